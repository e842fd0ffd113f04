# float repr/str: shortest round-trip, exponents, signed zero, inf/nan
for x in [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1.5e300 * 1.5e300, -1e309, float("nan"), 100.0, 1e100, 9007199254740993.0, 0.30000000000000004, 4.35, 2.675, 1.1e-10, 3.14159265358979]:
    print(repr(x), str(x))
print(float("1e500"), float("-1e500"), float("1e-500"), float("-1e-500"))
print(repr(float("0.1")), repr(float(".5")), repr(float("5.")), repr(float("1_0.5")), repr(float("  -1.5e-3 ")), repr(float("Infinity")), repr(float("-iNF")), repr(float("nan")))
print([0.1, 1e-7], (1e20, -2.5), {1.5: 2.0})

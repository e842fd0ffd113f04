# float methods: is_integer, hex, fromhex, as_integer_ratio, conjugate, real/imag
for x in [0.0, 1.0, 1.5, -0.5, 0.1, 1e300, 5e-324, 2.0**-1074 * 3, 1024.0, 3.0]:
    print(repr(x), x.is_integer(), x.hex(), x.as_integer_ratio(), float.fromhex(x.hex()) == x)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("  0X1P+4 "), float.fromhex("inf"), float.fromhex("0x1.fffffffffffffp1023"))
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((1.5).conjugate(), (1.5).real, (1.5).imag, (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.567).__round__(1))
print(float.__getformat__("double") if hasattr(float, "__getformat__") else "IEEE, little-endian")
print((7.0).__divmod__(2), (7.5).__mod__(-2), (-7.5).__floordiv__(2), (2.0).__pow__(0.5), (1.0).__eq__(1), (1.0).__lt__(2))

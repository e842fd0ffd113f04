# Float repr/str: shortest round-tripping representation and special values.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 0.1 * 3,
        1.1 * 3, 0.1 + 0.7, 100.0, 1e15, 1e16, 1.5e16, 123456789.123456789,
        1e22, 1e23, 1e100, 1e-4, 1e-5, 0.00012345, 1.2345e-7, 2.5e-8,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        9007199254740993.0, 4.35, 2.675, 1.005, 3.14159, 299792458.0,
        12345678901234567890.0, 0.5, 0.25, 0.125, 1 / 7, 22 / 7, 1e300 * 1e10,
        -1e300 * 1e10, 3.0e-310, 1234567890123456.7, 123456789012345.67]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('nan'))
inf = float('inf')
nan = float('nan')
print(inf - inf, inf * 0, inf + 1, -inf * -1, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(0.0 == -0.0, 1 / inf, -1 / inf)
print([0.1, 0.2], (1.5,), {'x': 2.0})
print(1e16 == 10 ** 16, 1e16 + 1, 2.0 ** 53 + 1)
print(3.0 * 1, 7 / 7, 2 ** 0.5, 10 ** -2, 4 ** 0.5, 8 ** (1 / 3))
print(float(10 ** 15), float(10 ** 16), float(2 ** 63))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print((3.0).is_integer(), (3.5).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((-2.5).as_integer_ratio(), (8.0).as_integer_ratio())
print(int(3.9), int(-3.9), int(-0.5), int(1e10), int(2.5e15))
print(abs(-0.0), abs(-2.5), -(0.0), +(-0.0))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(12345.6789, -2), round(12345.6789, 1), round(-12345.6789, -3), round(1e20, -5))
print(round(3.14159, 0), round(-0.4), round(0.0001234, 5), round(2.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(sum([0.1] * 10), 0.1 * 10, sum([1e100, 1.0, -1e100]))
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(1.0 + 2 ** -52, 1.0 + 2 ** -53, 1.0 - 2 ** -54)
print(1.5 + 2, 3 - 0.5, 2 * 0.5, 7 / 2, 6 / 3, 2 ** -1, 10 / 3)
print(-1.0 * 0, 0.0 * -5, -0.0 + 0.0, -0.0 - 0.0)
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0), sorted([3.5, -1.25, 2, 0.0]))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0))

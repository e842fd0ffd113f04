# bin/oct/hex/str/repr of ints, int<->float conversions and round
for n in [0, 1, -1, 10, -10, 255, 2**31, -(2**63), 2**64 + 1]:
    print(n, bin(n), oct(n), hex(n), repr(n), float(n), str(n).zfill(3))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(5, 2), round(15, -1), round(25, -1), round(-15, -1))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(1234.5678, -2), round(0.125, 2), round(0.375, 2))
print(int(3.999), int(-3.999), int(1e15), int(-0.0), float(7), float(-7), 7 / 1, 7.0 // 2, 7 // 2.0)
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -(10**400) < -1e308)
print(0.1 + 0.2 == 0.3, abs(-0.0), -0.0 == 0, int("-0"), 1.0 * 0, -1 * 0.0)

# arbitrary-precision integer arithmetic, repr, comparisons
a = 2**200 + 12345
b = -(3**100)
print(a, b)
print(a + b, a - b, a * b, a // 7, a % 1000003, b // 13, b % 13)
print(a >> 100, a << 50, b >> 7, b << 3, a & 0xFFFF, b | 0xFF, a ^ b, ~a)
print(abs(b), -a, a > b, a == 2**200 + 12345, hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100))
print(str(10**50), len(str(7**500)), str(7**500)[:20], str(-(7**300))[-10:])
print(int(str(3**200)) == 3**200, 3**200 % 2**64, divmod(3**200, 2**100 + 1))
print(max(2**100, 2**99), min(-(2**100), 5), sum([2**64] * 10), 2**64 * 1.0, float(2**100), float(-(2**1023)))
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(2**100 / 2**50, (2**100 + 1) / 3, 10**30 / 10**10, 2**1000 // 3**600)
print(pow(7, 10**3, 10**40), (10**20).bit_length(), (-(10**20)).bit_length())
import math
print(math.factorial(40), math.isqrt(10**40 + 5), math.gcd(2**100, 6**50), math.comb(60, 30))
print(round(10**20 + 5, -1), round(-(10**20) - 5, -1), round(123456789 * 10**20, -25))

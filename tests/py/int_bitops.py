# Bitwise operations and shifts on small, negative and big ints.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 15)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 3 << 100)
print(-1 << 3, -5 << 1, 1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 100, 1 >> 100)
print(2 ** 64 >> 1, (2 ** 64 + 5) >> 64, -(2 ** 64) >> 1, -(2 ** 64) >> 63, -(2 ** 64) >> 65)
big = 2 ** 100 + 2 ** 50 + 1
print(big & 0xFFFF, big & (2 ** 51 - 1), big | 2 ** 60, big ^ big, big ^ -1, -big & 0xFF)
print((-big) & (2 ** 100), (-big) | 7, (-big) ^ (2 ** 100), ~big, ~-big)
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0F0F, 0xF0F0 ^ 0xFFFF, ~0, ~-1)
print((5).bit_length(), (-5).bit_length(), (255).bit_length(), (256).bit_length(), (2 ** 64).bit_length())
print(bin(big), hex(-big))
print(bin(0b1011 & 0b0110), bin(0b1011 | 0b0110), bin(0b1011 ^ 0b0110))
x = 0
for i in range(0, 70, 7):
    x |= 1 << i
print(x, bin(x).count('1'), x.bit_count() if hasattr(x, 'bit_count') else bin(x).count('1'))
mask = (1 << 32) - 1
print((0x12345678 << 8) & mask, (0xDEADBEEF * 0x9E3779B1) & mask, (-1) & mask, (2 ** 40 + 7) & mask)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(v) for v in (0, 1, 7, 255, 2 ** 100 - 1, 12345)])
def reverse_bits8(v):
    r = 0
    for _ in range(8):
        r = (r << 1) | (v & 1)
        v >>= 1
    return r
print([reverse_bits8(v) for v in (1, 2, 0b10110000, 255)])
print(True & False, True | False, True ^ True, ~True, True << 3, type(True & True).__name__)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
try:
    1.0 & 1
except TypeError:
    print('TypeError float &')
v = 6
v &= 3
v |= 8
v ^= 1
v <<= 2
v >>= 1
print(v)
print(-7 >> 1, -7 // 2, 7 >> 1, -(7 >> 1), -2 ** 70 >> 69, (-2 ** 70 + 1) >> 69)
print(sum(1 << k for k in range(10)) == 1023, 0x7FFFFFFFFFFFFFFF + 1 == 1 << 63, -0x8000000000000000 - 1)
print((1 << 63) - 1 == 9223372036854775807, (1 << 63) * 2, -(1 << 63) // -1)

# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(-3 // 2, -(3 // 2))
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 0)
print(2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, 7 % 3 * 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3, 6 & 3 | 8)
print(1 << 2 + 1, (1 << 2) + 1, 256 >> 2 * 2)
print(~5 + 1, -~5, ~-5, ~~7, - - 3, +-+1)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 + 2 == 3 and 4 < 5, 1 < 2 == 2)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2)
print(3 in [1, 2, 3] == True, (3 in [1, 2, 3]) == True)
print(True + True, True * 10, False - 1)
print(5 if 0 else 6 if 1 else 7)
print((5 if 0 else 6) if 0 else 7)
print(0 or '' or [] or 'last')
print(1 and 2 and 3, 1 and 0 and 3)
print(None or 0, [] and 1, 'a' or 1/0)
print(not not 'x', not '', not [0])
print(-7 % 3, 7 % -3, -7 // 3, 7 // -3)
print(1 + 2 * 3 ** 2 // 4 - 5 % 3)
print(2 ** 10 > 1000 == True)
print(3 - -3, 3 + -3, 3--3)
print(1 if 1 else 0 + 100)
print([1, 2] + [3] * 2)
print('ab' * 2 + 'c', 2 * 'xy')
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(0.1 + 0.2 == 0.3, 1 < 1.5 < 2, -1 < -0.5)
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], 'abc' < 'abd', 'Z' < 'a')
print(not None is None, None is not None)
x = 5
x += 3 * 2
print(x)
x -= 1 + 1
x *= 2 - 3
print(x)
x //= 4
print(x)
x **= 2
x %= 7
print(x)
x <<= 3
x |= 1
x ^= 5
x &= 0xFF
x >>= 1
print(x)
y = 7
y /= 2
print(y)
a = b = c = 9
print(a, b, c)
print((a := 3) + a, a)
print(1, (2, 3)[0], [4, 5][-1], {'k': 6}['k'], 'str'[1])
print(-1 ** 0.5 if False else 'skip')
print(10 / 4, 10 // 4, 10 % 4, -10 / 4)
print(divmod(17, 5), 17 == 5 * 3 + 2)

# int and float mixed arithmetic result types and values
pairs = [(7, 2), (7, 2.0), (7.0, 2), (-7, 2), (2**64, 3), (3, 2**64), (True, 2), (5, True)]
for a, b in pairs:
    res = [a + b, a - b, a * b, a / b, a // b, a % b]
    print(repr(a), repr(b), [type(r).__name__ for r in res], res)
print(2 ** 10, 2 ** -1, 2.0 ** 10, (-2) ** 2, -2 ** 2, 10 ** 20, 10.0 ** 20, 0 ** 0, 0.0 ** 0.0)
print(7 // -2, -7 // -2, 7 % -2, 7.5 // 2, -7.5 % 2, 1e300 * 1e300, 10 / 4, 10 // 4, type(10 / 5).__name__)

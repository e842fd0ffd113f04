# Floor division and modulo with negative operands, ints and floats.
for a in (7, -7, 6, -6, 0, 1, -1):
    row = []
    for b in (3, -3, 2, -2, 7):
        row.append('%d//%d=%d %d%%%d=%d' % (a, b, a // b, a, b, a % b))
    print(' '.join(row))
for a in (17, -17):
    for b in (5, -5):
        q, r = divmod(a, b)
        print('divmod', a, b, (q, r), q * b + r == a)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, 7.5 // -2)
print(divmod(-7.5, 2), divmod(7.5, 2), divmod(-7, 2.0))
print(0.0 % -3.0, -0.0 % 3.0, 6.0 % 3, -6.0 % 3)
print(5.5 // 1, -5.5 // 1, 1e300 // 1e-300 if False else 1e10 // 3)
print(-2 ** 100 // 3, -2 ** 100 % 3, 2 ** 100 % -7, 2 ** 100 // -7)
print(int(-7 / 2), int(7 / -2), -7 // 2.0, round(-3.5), round(-2.5))
print(pow(-2, 3), (-2) ** -1, 0 ** 0, pow(-3, 3, 5), pow(3, -1, 7), pow(-1, 5, 3))
print(pow(2, 10, 1), pow(0, 0, 5), pow(7, 0, 13))
print(-1 // 10 ** 20, -1 % 10 ** 20)
print(10 % 1, -10 % 1, -0 // 5, 0 // -5, 0 % -5)
print(7 % 0.5, -7 % 0.5, 7.25 % 0.5, -7.25 % 0.5)
print(True // 2, -True // 2, False % 3)
try:
    1 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
for expr in ('5 % 0', 'divmod(1, 0)', '1.0 / 0', '1 // 0.0', '2.5 % 0.0', '0 ** -1'):
    try:
        eval(expr)
        print(expr, 'no error')
    except ZeroDivisionError:
        print(expr, 'ZeroDivisionError')
try:
    pow(2, -1, 4)
except ValueError:
    print('pow no inverse ValueError')
print(sum(x // 3 for x in range(-10, 11)), sum(x % 3 for x in range(-10, 11)))
print([i % 4 for i in range(-6, 7)])
print([i // 4 for i in range(-6, 7)])
print([-i % 5 for i in range(6)])

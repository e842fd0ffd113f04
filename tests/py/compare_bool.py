# Comparisons, identity, bool operators and bool as int.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != 5)
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 3 == 3, 1 == 1 == 1.0, 2 != 3 != 2)
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(v(0) and v(1), v(2) or v(3), v(0) or v(0.0) or v(''), v(1) and v('') and v(3))
print(not 0, not 1, not [], not [0], not None, not 'a')
print(None is None, None == None, None is not None, [] is [], [] == [])
x = [1]
y = x
print(x is y, x == [1], x is not [1])
print(True == 1, False == 0, True is True, True + True + True, True * 2.5, -True, True / 2)
print(True and 5, False or 'x', 0 or None, [] or {}, 'a' and 'b')
print(bool('False'), bool(' '), bool(0j) if False else bool(0), bool(-1), bool(float('nan')))
print(str(True), repr(False), int(True), float(False), True.__class__.__name__, isinstance(False, int))
print(sum([True, False, True, True]), max(True, 2), [True, False].count(1), {True: 'a', 1: 'b'})
print(1 == 1.0 == True, 'a' == 'a', 'a' + 'b' == 'ab', (1, 2) == (1, 2), [1, [2]] == [1, [2]])
print(float('inf') > 10 ** 400, -float('inf') < -10 ** 400, 10 ** 400 > 1e308, 2 ** 53 + 1 > 2.0 ** 53)
print(0.1 + 0.2 > 0.3, 1e-320 > 0, -0.0 < 0.0, -0.0 == 0.0)
print('abc' < 'abd', 'abc' < 'abcd', '' < 'a', 'A' < 'a', 'Z' < 'a', 'é' > 'e', '10' < '9')
print([1, 2] < [1, 2, 3], (1, 'a') < (1, 'b'), [3] > [2, 100], (1, 2) == (1, 2.0))
print({1, 2} == {2, 1}, {1: 'a'} == {1: 'a'}, {1, 2} < {1, 2, 3}, {1, 4} > {1})
for a, b in [(1, 'a'), ([1], (1,)), (None, 0), ({}, [])]:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(1, 'a'), (None, 0), ([1], (1,)), ({1}, [1])]:
    try:
        a < b
        print('no error')
    except TypeError as e:
        print('TypeError', e)
nan = float('nan')
print(nan == nan, nan != nan, nan < 0, nan > 0, [nan] == [nan], nan in [nan])
print(max(1, True), min(False, 0), sorted([True, 0, -1, 2, False]))
print(3 if True else 4, (False, True)[1 > 0], ['no', 'yes'][True])
a = 5
print(0 < a < 10 and a % 2 == 1, not a > 3 or a < 4, not (a > 3 or a < 4))
print(isinstance(True, bool), isinstance(1, bool), type(True + 1).__name__, type(not 1).__name__)

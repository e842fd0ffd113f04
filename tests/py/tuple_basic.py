# tuples: creation, packing/unpacking, immutability, comparison, hashing.
t = (1, 2, 3)
print(t, (1,), (), tuple('abc'), tuple([4, 5]), tuple(range(3)), tuple())
one = 1,
print(one, type(one).__name__, len(one), (1) == 1, (1,) == 1)
packed = 1, 'two', 3.0
a, b, c = packed
print(a, b, c)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = t
*init, last = t
h, *mid, tl = (1, 2, 3, 4, 5)
print(first, rest, init, last, h, mid, tl)
p, *q = (9,)
print(p, q)
print(t[0], t[-1], t[1:], t[::-1], t[5:], t[:0])
print(t + (4,), t * 2, () * 3, 2 in t, 7 not in t)
print((1, 2, 2, 3, 2).count(2), (5, 6, 7).index(7), len(t), min(t), max(t), sum(t))
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 9), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2))
print((1, 'a') < (1, 'b'), (0, 0) <= (0, 0), ('a', 1) != ('a', 1.0))
d = {(0, 0): 'origin', (1, 2): 'pt'}
print(d[(0, 0)], d[1, 2], (1, 2) in d, hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    hash(([1],))
except TypeError:
    print('TypeError unhashable')
try:
    t[10]
except IndexError as e:
    print('IndexError', e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print('ValueError', e)
inner = ([1], [2])
inner[0].append(99)
print(inner)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested)
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'Z')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs))
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
def multi():
    return 1, [2], 'three'
res = multi()
print(res, type(res).__name__)
m, n = 10, 20
m, n = n, m
print(m, n)
a1 = a2 = (1, 2)
print(a1 == a2, list(zip(*[(1, 'a'), (2, 'b')])))
print(tuple(x * x for x in range(4)), tuple(reversed(t)), tuple(sorted((3, 1, 2))))
print(repr((None, True, 'q', 1.5, (2,))), str(('é',)))
print(((1, 2),) + ((3,),), t.__len__(), (1, 2).__getitem__(0))

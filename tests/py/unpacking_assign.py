# Assignment forms: unpacking, star targets, chained, augmented, subscripts.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 'xyz'
print(a, b, c)
(a, b), c = [1, 2], 3
print(a, b, c)
[a, [b, c]] = (4, (5, 6))
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = 'abc'
print(head, tail)
x, *y = [1]
print(x, y)
a, *b, c, d = 1, 2, 3, 4, 5, 6
print(a, b, c, d)
for i, (j, *k) in enumerate([(1, 2, 3), (4,), (5, 6)]):
    print(i, j, k)
p = q = r = []
p.append(1)
print(p, q, r, p is r)
n = m = 5
n += 1
print(n, m)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d['a'], d['b'] = 'AB'
print(d)
class O:
    pass
o = O()
o.x, o.y = 3, 4
print(o.x, o.y)
arr = [1, 2, 3, 4]
arr[0], arr[-1] = arr[-1], arr[0]
print(arr)
arr[1:3] = 'ab'
print(arr)
t = 1, 2, 3
print(t, [*t, *'ab'], (*t,), {*t} == {1, 2, 3}, {**{'k': 1}, 'j': 2})
print(*[1, 2, 3], sep='-')
print(*'abc', 'd', *[], sep='')
s = 'x'
s += 'y'
s *= 3
print(s)
lst2 = [1]
lst2 *= 3
lst2 += (4, 5)
print(lst2)
tup = (1,)
tup += (2,)
print(tup)
cnt = {'k': 1}
cnt['k'] += 10
cnt['k'] **= 2
print(cnt)
o.x += 100
print(o.x)
nested = [[1, 2], [3, 4]]
nested[1][0] += 30
print(nested)
try:
    a, b = 1
except TypeError as e:
    print('TypeError', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
def gen():
    yield 1
    yield 2
g1, g2 = gen()
print(g1, g2)
k, v = max({'a': 3, 'b': 7}.items(), key=lambda kv: kv[1])
print(k, v)
(((deep,),),) = (((42,),),)
print(deep)
_, _, third = (1, 2, 3)
print(_, third)
x = y = z = 0
x, y, z = z + 1, x + 2, y + 3
print(x, y, z)

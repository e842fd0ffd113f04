# list methods and behaviour.
a = [3, 1, 2]
a.append(5)
a.extend([9, 8])
a.extend(range(2))
a.extend('xy')
print(a, len(a))
a.insert(0, 'first')
a.insert(-1, 'penult')
a.insert(100, 'last')
a.insert(-100, 'veryfirst')
print(a)
a.remove('x')
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(9), a.index(1, 3), a.count(1), a.count('nope'))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
r = [1, 2, 3]
r.reverse()
c = r.copy()
c.append(0)
print(r, c, r == c[:3])
c.clear()
print(c, len(c))
s = list(range(10))
s[2:5] = ['a']
print(s)
s[1:1] = [100, 200]
print(s)
s[::2] = [0] * len(s[::2])
print(s)
del s[::3]
print(s)
del s[1:3]
s[-1:] = []
print(s)
print([0] * 3, [[0] * 2] * 2, [1, 2] * 0, [] * 5)
grid = [[0] * 2] * 2
grid[0][0] = 7
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 7
print(grid)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] == [1, 2])
x = [1, 2]
y = x
y += [3]
print(x, y, x is y)
y = y + [4]
print(x, y, x is y)
rec = [1]
rec.append(rec)
print(rec, len(rec))
print(list('abc'), list((1, 2)), list(range(3)), list({'k': 1}), list())
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]), 2 in [1, 2], [1] in [[1], 2])
print([1, [2, [3, [4]]]][1][1][1][0], [1, 2, 3][-1], [1, 2, 3][-3])
e = []
for bad in [lambda: e.pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1, 2][2]]:
    try:
        bad()
    except (IndexError, ValueError) as ex:
        print(type(ex).__name__, ex)
try:
    l3 = [1, 2, 3]
    l3[3] = 0
except IndexError as ex:
    print('IndexError', ex)
try:
    [3, 'a', 1].sort()
except TypeError:
    print('TypeError mixed sort')
m = [3, 1, 2]
print(m.sort(), m, m.append(4), m.reverse(), m)
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1], [[1, 2], [3]] + [[4]])
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))

# list corner cases: aliasing, nested multiplication, in-place during iteration, del, comprehension copies
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
c = b
b = b + [4]
print(b, c)
d = list(range(10))
del d[2], d[3]
print(d)
e = [3, 1, 2]
print(sorted(e), e, e.sort(), e, list(reversed(e)), e[::-1])
print([1, 2, 3].__contains__(2), [1].__add__([2]), [1, 2].__getitem__(-1), [].__len__(), [1, 2] * True)
f = [0] * 5
f[1:4] = range(3)
print(f, f.index(2), [x for x in f if x], list(map(lambda v: v + 1, f)))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(r) for r in zip(*[[1, 2], [3, 4], [5, 6]])])

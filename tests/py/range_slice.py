# range objects, slicing of sequences, slice objects.
print(range(5), range(1, 10, 2), range(0), range(5, 0, -1))
print(list(range(5)), list(range(2, 8)), list(range(1, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 1)), list(range(1, 5, -1)), list(range(-3, 3)))
print(len(range(0, 10 ** 6, 7)), len(range(10, -10, -3)), len(range(3, 3)), range(10 ** 20)[-1])
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], list(r[1:3]))
print(7 in r, 8 in r, 31 in r, r.index(11), r.count(7), r.start, r.stop, r.step)
print(range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(1, 4, 2) == range(1, 5, 2))
print(list(reversed(range(4))), sum(range(101)), max(range(-5, 5)), min(range(3, 9)))
print(range(10 ** 20)[10 ** 19], 10 ** 19 in range(10 ** 20))
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(3)[3]
except IndexError as e:
    print('IndexError', e)
s = 'abcdefgh'
L = list(range(10))
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[-5:-2], s[::2], s[1::3], s[::-1], s[-2::-2])
print(s[6:2:-1], s[2:6:-1], s[100:], s[-100:2], s[3:3], s[::-3], s[5:-100:-2])
print(L[::3], L[8:1:-2], L[-1:-4:-1], L[1:-1], L[:100], L[-100:], L[::-1][:3])
sl = slice(1, 7, 2)
print(sl, sl.start, sl.stop, sl.step, L[sl], s[sl], slice(3), slice(None, None, -1))
print(L[slice(None, None, -2)], s[slice(-3, None)], slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(10), slice(None).indices(0))
try:
    L[::0]
except ValueError as e:
    print('ValueError', e)
t = tuple(range(6))
print(t[1:4], t[::-2], t[4:1:-1], (1, 2)[5:])
M = list(range(10))
M[2:4] = 'xy'
M[-2:] = [None]
print(M)
M[::-3] = ['A', 'B', 'C']
print(M)
try:
    M[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
n = [1, 2, 3, 4, 5, 6]
del n[::2]
print(n)
n[1:2] = []
print(n)
n[:0] = [0]
print(n)
big = range(-10 ** 18, 10 ** 18, 10 ** 17)
print(len(big), big[5], big[-1], big[3:6])
for i in range(3, 0, -1):
    print('countdown', i)
print([x for x in range(20)][5:15:4], 'hello world'[::-1].split()[::-1])

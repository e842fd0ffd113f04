# Iteration protocol: iter/next, sentinels, old-style __getitem__ iteration, zip/map laziness.
it = iter([10, 20, 30])
print(next(it), list(it), next(it, 'exhausted'))
s = iter('ab')
print(next(s), next(s), next(s, None))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), [v for v in Squares()][::2])
class Repeat:
    def __init__(self, v, n):
        self.v, self.n = v, n
    def __iter__(self):
        for _ in range(self.n):
            yield self.v
r = Repeat('z', 3)
print(list(r), list(r), ''.join(r))
class Count:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
c = Count()
print(list(c), list(c))
n = [0]
def tick():
    n[0] += 1
    return n[0]
print(list(iter(tick, 4)))
z = zip([1, 2, 3], 'abc')
print(next(z), list(z))
m = map(lambda v: v * 2, [1, 2, 3])
print(next(m), list(m), list(m))
e = enumerate('xyz', start=1)
print(next(e), dict(e))
f = filter(str.isupper, 'aBcDe')
print(list(f))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(zip('abc', range(10), [True, False, None, 0])))
a, b, c = iter([1, 2, 3])
print(a, b, c)
print(sorted(iter([3, 1, 2])), sum(iter(range(5))), max(iter([4, 8, 2])), tuple(iter((1,))))
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
def chain(*iterables):
    for itb in iterables:
        for x in itb:
            yield x
print(list(chain([1, 2], 'ab', range(2))))
def pairwise(seq):
    it = iter(seq)
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 2, 3, 4])))
it = iter(range(10))
print([x for x in it if x % 3 == 0], list(it))
it1 = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it1, it1)))
print('a' in iter('abc'), 5 in iter(range(3)))
it = iter(range(5))
print(3 in it, list(it))
print(iter(it) is it, iter(iter([1])) is not None)

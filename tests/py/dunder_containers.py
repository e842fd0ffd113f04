# Special methods for containers, iterators, callables and attribute fallback.
class Seq:
    def __init__(self, n):
        self.data = list(range(n))
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return 'slice(%s, %s, %s)' % (i.start, i.stop, i.step)
        return self.data[i] * 10
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __contains__(self, v):
        print('contains called')
        return v in self.data
s = Seq(5)
print(len(s), s[2], s[-1], s[1:3], s[::2], 3 in s, 30 in s, bool(Seq(0)))
s[0] = 7
del s[1]
print(s.data, list(s), [v for v in s])
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(4)), sum(Countdown(10)), 2 in Countdown(3))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return self.n + x + sum(rest)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Seq(1)))
class Dyn:
    real = 'real attr'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.x_hello, getattr(d, 'x_y'), hasattr(d, 'nope'), getattr(d, 'nope', 'dflt'))
class Rev:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        yield from self.items
    def __reversed__(self):
        return iter(self.items[::-1] + ['(custom reversed)'])
    def __len__(self):
        return len(self.items)
rv = Rev([1, 2, 3])
print(list(rv), list(reversed(rv)), len(rv), bool(Rev([])), sorted(rv, reverse=True), max(rv))
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
grid = Grid()
grid[0, 1] = '#'
grid[2, 2] = '@'
print('\n'.join(''.join(grid[r, c] for c in range(3)) for r in range(3)))

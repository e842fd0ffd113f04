# Special methods: operators, comparisons, containers, callables, conversions.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if o == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '<%s,%s>' % (self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b), sum([a, b, Vec(0, 1)]))
print(repr(a), str(a), [a, b], (a,), {'k': a}, f'{a} {a!r}')
print(a == Vec(1, 2), a != Vec(1, 2), a == 'x', a != b, bool(Vec(0, 0)), bool(a))
print(sorted([Vec(3, 4), Vec(1, 0), Vec(0, 2)]), max([a, b]), min([a, b]), b > a)
print(len({Vec(1, 2), Vec(1, 2), Vec(2, 1)}), {a: 'first'}[Vec(1, 2)])
try:
    a + 'str'
except TypeError as e:
    print('TypeError', e)
try:
    a * a
except TypeError as e:
    print('TypeError', e)
try:
    a <= b
except TypeError:
    print('TypeError no __le__')
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Num(%d)' % self.v
    def __floordiv__(self, o):
        return Num(self.v // o)
    def __mod__(self, o):
        return Num(self.v % o)
    def __pow__(self, o):
        return Num(self.v ** o)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __gt__(self, o):
        print('gt called')
        return self.v > o.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return self.v
    def __len__(self):
        return 3
n = Num(17)
orig = n
n += 3
print(n // 3, n % 6, n ** 2, 100 - n, n is orig, int(n), float(n), bin(n), [0, 1, 2, 3][Num(2)])
print(Num(1) < Num(2), bool(Num(0)))
class Eq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == getattr(o, 'k', None)
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(0), Eq(1)], [Eq(2)].index(Eq(2)))
try:
    hash(Eq(1))
except TypeError:
    print('TypeError unhashable: __eq__ without __hash__')
class Plain:
    pass
print(Plain() == Plain(), isinstance(hash(Plain()), int))
class OnlyStr:
    def __str__(self):
        return 'only-str'
print(OnlyStr(), str(OnlyStr()), '%s' % OnlyStr(), repr(OnlyStr()).startswith('<'))

# subclasses of built-in types: extra attributes, overridden methods, the built-in methods on
# instances, isinstance, __new__ for immutable types
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, isinstance(ad, dict), type(ad).__name__, len(ad), sorted(ad.keys()))

class Tens(dict):
    kind = 'tens'
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
t = Tens({'x': 1}, y=2)
t['z'] = 3
t.note = 'extra'
print(t['x'], t.get('x'), t, dict(t), t.note, t.kind, 'y' in t, list(t.items()))
del t['z']
print(t, t.pop('y'), t, t == {'x': 1}, {**t})

class Missing(dict):
    def __missing__(self, key):
        return key.upper()
m = Missing(a='x')
print(m['a'], m['b'], m.get('b'), 'b' in m)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
s += [5]
s.extend((6,))
print(s, s.peek(), len(s), s[1:3], type(s).__name__, isinstance(s, list), s + [0], sorted(s, reverse=True))
s.sort(reverse=True)
s[0] = 'top'
del s[1]
print(s, s.index(4), s.count(1), s.pop(), list(reversed(s)), s == ['top', 5, 4, 3, 2], sum(s[1:]))
s2 = Stack()
print(s2, bool(s2), len(s2))

class Sq(list):
    def __init__(self, n):
        super().__init__(i * i for i in range(n))
        self.n = n
print(Sq(4), Sq(4).n)

class Money(int):
    def __new__(cls, amount, currency='EUR'):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj
    def __repr__(self):
        return 'Money(' + str(int(self)) + ', ' + self.currency + ')'
m = Money(5, 'USD')
print(m, repr(m), m + 1, m * 2, m == 5, m < 10, isinstance(m, int), m.currency, hash(m) == hash(5))
print(str(m), int(m), float(m), -m, abs(Money(-3)), [10, 20, 30, 40, 50, 60][m], f'{m:03d}', m.bit_length())
print({5: 'five'}[m], sorted([Money(3), Money(1), 2]), max(Money(2), Money(7)), bool(Money(0)))

class Half(float):
    def halve(self):
        return self / 2
print(Half(3.0).halve(), Half('1.5') + 1, isinstance(Half(1), float), round(Half(2.567), 2))

class Name(str):
    def greet(self):
        return 'Hello, ' + self + '!'
n = Name('ada')
print(n, n.greet(), n.upper(), n.title(), len(n), n[0], n == 'ada', 'd' in n, n.split('d'), repr(n))
print({'ada': 1}[n], n + 'x', '-'.join([n, n]), n.startswith('a'), f'[{n:>5}]', '%s!' % n, sorted([Name('b'), 'a']))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
x, y = p
print(p, p.first, p.swap(), len(p), x, y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)), p + (3,), p.index(2), list(p))

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
tg = Tags(['a'])
tg.add_all('b', 'c')
tg |= {'d'}
print(sorted(tg), len(tg), 'b' in tg, isinstance(tg, set), type(tg).__name__, Tags())

class Frozen(frozenset):
    pass
fz = Frozen([1, 2])
print(fz, len(fz), 1 in fz, hash(fz) == hash(frozenset([1, 2])))

class Raw(bytes):
    pass
r = Raw(b'abc')
print(r, len(r), r[0], r.upper(), isinstance(r, bytes), r == b'abc')

class MyErr(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr('bad', 7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

# built-ins that take an int subclass where an int is expected
class Idx(int):
    pass
print(list(range(Idx(3))), 'abcd'[Idx(1)], [0] * Idx(2), chr(Idx(65)), '%d|%s|%r' % (Idx(4), Idx(5), Idx(6)))
print(hex(Idx(255)), bin(Idx(5)), (1, 2, 3)[Idx(2)], [1, 2, 3][Idx(1):], 'x' * Idx(3), abs(Idx(-2)), format(Idx(5), 'b'))
for bad in (lambda: int.__new__(list), lambda: object.__new__(Stack), lambda: type('X', (int, str), {}),
            lambda: hash(Stack()), lambda: type.__new__(int, 'x', (), {})):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
s3 = Stack()
s3.append(s3)
print(s3)

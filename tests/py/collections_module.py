# collections: namedtuple, deque (maxlen), defaultdict, OrderedDict, Counter.
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
x, y = p
print(x + y, len(p), list(p), p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), p < Point(1, 3), 2 in p)
print(Point.__name__, p.count(1), p.index(2), p + (3,), p * 2)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3._fields)
R = namedtuple('R', 'a def a _x', rename=True)
print(R._fields)
for bad in (lambda: namedtuple('T', 'a a'), lambda: namedtuple('T', 'a _b'), lambda: namedtuple('T', 'a class'),
            lambda: namedtuple('1T', 'a'), lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
            lambda: Point._make([1]), lambda: p._replace(z=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 3
except AttributeError:
    print('AttributeError')

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([8, 9]); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(1), d.index(2), 3 in d, list(reversed(d)))
d.remove('a'); d.reverse(); print(d); d.insert(1, 'z'); print(d)
d[0] = 'first'; del d[1]; print(d, d.copy() == d, d == deque(d), bool(deque()))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(7); print(m)
m.extend([1, 2]); print(m)
m.extendleft([5]); print(m)
print(deque('ab') + deque('c'), deque([1]) * 3, deque(maxlen=0))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], len(dd), 'c' in dd, dd['c'], sorted(dd))
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print(cnt, dict(cnt), cnt.get('z'), cnt.default_factory)
nd = defaultdict(None, {'k': 1})
try:
    nd['missing']
except KeyError as e:
    print('KeyError', e)
print(nd, nd.copy(), nd.pop('k'), nd.setdefault('q', 5), nd)
try:
    defaultdict(3)
except TypeError as e:
    print(e)

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict())
print(OrderedDict.fromkeys('xy', 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.most_common(), sorted(c.elements()), c.total())
c.update('aaz'); c.update({'b': 5}); print(c)
c.subtract('aaaa'); print(c)
a, b = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
print(Counter(), Counter({'x': 2}), Counter(x=1, y=0), Counter('ab') == Counter('ba'))
del c['a']; del c['not there']; print(c)
a += Counter(c=5); print(a)
print(sorted(Counter([1, 1, 2]).items()), list(Counter('hello')))

# the classes are real subclasses of tuple and dict
from collections import namedtuple, defaultdict, OrderedDict, Counter
Pt = namedtuple('Pt', 'x y')
pt = Pt(3, 4)
print(isinstance(pt, tuple), '%s-%s' % pt, pt + (5,), pt * 2, pt[::-1], sorted(Pt(2, 1)), tuple(pt), max(pt))
try:
    pt.x = 9
except AttributeError as e:
    print('AttributeError')
try:
    pt.z = 9
except AttributeError as e:
    print('AttributeError:', e)
class Pt3(namedtuple('Pt3', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'Pt3<%d,%d,%d>' % self
print(Pt3(1, -2, 3).norm1, str(Pt3(1, 2, 3)), repr(Pt3(1, 2, 3)), Pt3._make([4, 5, 6]))
dd = defaultdict(list)
dd['a'].append(1)
print(isinstance(dd, dict), dict(dd), {**dd}, len(dd), list(dd.items()), dd == {'a': [1]})
od = OrderedDict(b=1, a=2)
print(isinstance(od, dict), od, json_like := dict(od), od == {'a': 2, 'b': 1}, od == OrderedDict(a=2, b=1))
cn = Counter('hello')
print(isinstance(cn, dict), cn['l'], cn['zz'], dict(cn) == {'h': 1, 'e': 1, 'l': 2, 'o': 1}, sorted(cn), len(cn))
cn.update({'h': 2})
cn2 = cn.copy()
print(type(cn2).__name__, cn2 == cn, cn2['h'], type(dd.copy()).__name__, type(od.copy()).__name__)

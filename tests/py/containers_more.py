# Methods of list, tuple, dict, set, frozenset and dict views: edge cases, errors, iteration order.


def attempt(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Eq:
    # equality written in Python: the methods must compare through Python code
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    def __repr__(self):
        return 'Eq(' + repr(self.v) + ')'


class It:
    # an iterable only Python can iterate
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def gen(*xs):
    for x in xs:
        yield x


def failing_gen():
    yield 1
    yield 2
    raise ValueError('gen failed')


print('--- list')
l = [1, 2]
l.append(l)
print(l, len(l))
l = [1, 2]
l.extend(l)
print(l)
l.extend((7, 8))
l.extend(range(3))
l.extend('ab')
l.extend({'k': 1, 'j': 2})
l.extend(gen(10, 11))
l.extend(It([12]))
l.extend(iter([13, 14]))
l.extend({5: 0}.values())
l.extend({6: 'six'}.items())
print(l)
l2 = [0]
attempt('extend failing gen', lambda: l2.extend(failing_gen()))
print(l2)
attempt('extend int', lambda: [].extend(5))
attempt('extend none', lambda: [].extend(None))
l = ['a', 'b', 'c']
for i, v in [(0, 'x'), (-1, 'y'), (2, 'z'), (99, 'end'), (-99, 'start'), (True, 't')]:
    l.insert(i, v)
print(l)
attempt('insert str index', lambda: l.insert('1', 0))
attempt('insert float index', lambda: l.insert(1.0, 0))
attempt('insert huge index', lambda: l.insert(2 ** 70, 0))
l.insert(2 ** 40, 'big')
l.insert(-2 ** 40, 'small')
print(l)
p = [10, 20, 30, 40, 50]
print(p.pop(), p.pop(0), p.pop(-2), p.pop(True), p)
attempt('pop out of range', lambda: p.pop(5))
attempt('pop -2', lambda: p.pop(-2))
attempt('pop empty', lambda: [].pop())
attempt('pop empty bad index', lambda: [].pop('x'))
attempt('pop huge', lambda: [1].pop(2 ** 70))
r = [3, 1, 3, 2, 3]
r.remove(3)
print(r)
attempt('remove missing', lambda: r.remove(9))
r2 = [Eq(1), Eq(2), Eq(2)]
r2.remove(Eq(2))
print(r2)
attempt('remove Eq missing', lambda: r2.remove(Eq(7)))
mixed = [1, 'a', 2.0, None, (1, 2), [3], True]
print(mixed.index(2), mixed.index(1), mixed.index('a'), mixed.index(None), mixed.index((1, 2)), mixed.index([3]))
print(mixed.index(True), mixed.index(1, 1), mixed.index(True, 2))
attempt('index start', lambda: mixed.index('a', 2))
attempt('index stop', lambda: mixed.index(None, 0, 3))
print(mixed.index(None, -5), mixed.index(None, -100, 100), mixed.index(None, 0, 2 ** 70))
attempt('index str missing', lambda: mixed.index('zz'))
attempt('index float missing', lambda: mixed.index(2.5))
attempt('index tuple missing', lambda: mixed.index((9,)))
attempt('index Eq missing', lambda: [Eq(1)].index(Eq(2)))
print([Eq(1), Eq(2)].index(Eq(2)), [0, Eq(3), 5].index(5))
attempt('index bad start', lambda: [1].index(1, 'a'))
attempt('index no args', lambda: [1].index())
attempt('index 4 args', lambda: [1].index(1, 2, 3, 4))
print([1, 1.0, True, 2].count(1), [[1], [1], (1,)].count([1]), [Eq(1), Eq(1), 1].count(Eq(1)), [].count(0))
nan = float('nan')
print([nan, nan].count(nan), [nan].index(nan), nan in [nan])
rv = [1, 2, 3, 4]
rv.reverse()
print(rv, [].reverse(), [5].copy(), rv.copy() is rv, rv.copy() == rv)
rv.clear()
print(rv, len(rv))
rv.append(1)
print(rv)
it = reversed([1, 2, 3])
print(list(it), list(reversed([])), [x for x in reversed(['a'])])
shrink = [1, 2, 3, 4]
out = []
for x in reversed(shrink):
    out.append(x)
    if x == 4:
        shrink.pop()
        shrink.pop()
print(out)
print([1, 2].__reversed__().__next__())
attempt('append no arg', lambda: [].append())
attempt('append two', lambda: [].append(1, 2))
attempt('append kw', lambda: [].append(x=1))
attempt('insert one', lambda: [].insert(1))
attempt('pop two', lambda: [].pop(1, 2))
attempt('copy arg', lambda: [].copy(1))
attempt('clear kw', lambda: [].clear(x=1))
attempt('count none', lambda: [].count())
attempt('descriptor', lambda: list.append((1,), 2))
attempt('unbound', lambda: list.append())
la = [1]
list.append(la, 2)
print(la, list.pop(la), la)

print('--- sort')
s = [5, -1, 3.5, True, 2 ** 70, -2 ** 65, 0, 3, 1e30, float('-inf')]
s.sort()
print(s)
s.sort(reverse=True)
print(s)
w = ['pear', 'Apple', 'fig', 'apple', '', 'ä', 'z']
w.sort()
print(w)
w.sort(reverse=True)
print(w)
t = [(2, 'b'), (1, 'z'), (2, 'a'), (1,), (), (1, 'z', 0), (1.5, 'q')]
t.sort()
print(t)
t.sort(reverse=1)
print(t)
st = [(1, 'x'), (0, 'y'), (1, 'a'), (0, 'b')]
st.sort(key=lambda p: p[0])
print(st)
st.sort(key=lambda p: p[0], reverse=True)
print(st)
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
objs = [Eq(3), Eq(1), Eq(2)]
objs.sort(key=lambda e: e.v)
print(objs)
lists = [[2, 1], [1, 2, 3], [1, 2], []]
lists.sort()
print(lists)
lists.sort(key=lambda x: x, reverse=True)
print(lists)
eqs = [3, 1, 2]
eqs.sort(key=None)
print(eqs)
one = [1]
attempt('sort one key raises', lambda: one.sort(key=lambda x: 1 / 0))
print(one)
attempt('sort mixed', lambda: [3, 'a', 1].sort())
attempt('sort mixed tuples', lambda: [(1, 'a'), ('b', 2)].sort())
attempt('sort nested mixed', lambda: [[1], [1, 'a'], [1, 2]].sort())
attempt('sort none', lambda: [None, None].sort())
attempt('sort key mixed', lambda: [1, 2].sort(key=lambda x: 'a' if x == 1 else 1))
attempt('sort bad key', lambda: [1, 2].sort(key=1))
attempt('sort positional', lambda: [1].sort(None))
attempt('sort bad kw', lambda: [1].sort(foo=1))
attempt('sort reverse none', lambda: [1].sort(reverse=None))
attempt('sort reverse float', lambda: [1].sort(reverse=1.5))
ke = [3, 1, 2]
attempt('sort key raises', lambda: ke.sort(key=lambda x: 1 // (x - 1)))
print(ke)
big = [(i * 7919) % 1009 for i in range(1009)]
big.sort()
print(big[:5], big[-5:], big == list(range(1009)))
big.sort(key=lambda x: -x)
print(big[:3])
stable = [(i % 3, i) for i in range(12)]
stable.sort(key=lambda p: p[0])
print(stable)
stable.sort(key=lambda p: p[0], reverse=True)
print(stable)
fl = [0.5, 1, -0.0, 0, 2 ** 53 + 1, 2.0 ** 53, False]
fl.sort()
print(fl)

print('--- tuple')
tp = (1, 'a', 1.0, Eq(1), True, None)
print(tp.count(1), tp.count(Eq(1)), tp.count('b'), tp.index('a'), tp.index(None), tp.index(Eq(1)))
print(tp.index(1, 1), tp.index(1, -4))
attempt('tuple index missing', lambda: tp.index(2))
attempt('tuple index Eq missing', lambda: (Eq(1), 3).index(Eq(5)))
attempt('tuple index range', lambda: (1, 2, 3).index(1, 1))
attempt('tuple index bad', lambda: (1,).index(1, 'x'))
attempt('tuple count none', lambda: ().count())
attempt('tuple descriptor', lambda: tuple.index([], 1))

print('--- dict')
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get(1.0, 'no'))
attempt('get unhashable', lambda: d.get([]))
attempt('get no args', lambda: d.get())
attempt('get 3 args', lambda: d.get(1, 2, 3))
attempt('get kw', lambda: d.get(key=1))
print(d.setdefault('c'), d.setdefault('a', 9), d.setdefault('e', [1]), d)
attempt('setdefault unhashable', lambda: d.setdefault({}, 1))
print(d.pop('c'), d.pop('zz', None), d.pop('zz', 'dflt'), d)
attempt('pop missing', lambda: d.pop('zz'))
attempt('pop missing tuple', lambda: d.pop((1, 2)))
attempt('pop unhashable', lambda: d.pop([]))
attempt('pop empty unhashable', lambda: {}.pop([]))
attempt('pop no args', lambda: d.pop())
pi = {1: 'a', 2: 'b', 3: 'c'}
print(pi.popitem(), pi.popitem(), pi)
pi[4] = 'd'
pi[2] = 'e'
print(pi.popitem(), pi.popitem(), pi.popitem(), pi)
attempt('popitem empty', lambda: pi.popitem())
attempt('popitem arg', lambda: pi.popitem(1))
many = {i: i for i in range(200)}
popped = [many.popitem()[0] for _ in range(150)]
print(popped[:3], popped[-1], len(many), list(many)[-3:])
many[1000] = 'x'
print(many.popitem(), many.popitem(), len(many))
while many:
    many.popitem()
print(many, len(many))
many['again'] = 1
print(many)
u = {'a': 1}
u.update({'b': 2, 'a': 10})
u.update([('c', 3), ['d', 4]], e=5)
u.update((('f', 6),))
u.update(x=0)
u.update()
u.update({})
u.update(u)
u.update(u.items())
u.update(gen(('g', 7)))
u.update(['hi'])
u.update(It([('j', 8)]))
u.update(zip('kl', [11, 12]))
print(u)
v = {}
attempt('update int', lambda: v.update(5))
attempt('update non-pair', lambda: v.update([('ok', 1), 7]))
print(v)
attempt('update bad length', lambda: v.update([('a', 1), (1, 2, 3)]))
attempt('update str length', lambda: v.update(['abc']))
attempt('update gen non-pair', lambda: v.update(gen((1, 2), 3)))
attempt('update two', lambda: v.update({}, {}))
attempt('update unhashable', lambda: v.update([([], 1)]))
print(v)


class Mapping:
    def keys(self):
        return ['m1', 'm2']

    def __getitem__(self, k):
        return k.upper() if hasattr(k, 'upper') else k


v.update(Mapping())
print(v)
print(dict.fromkeys('abca'), dict.fromkeys(range(3), 0), dict.fromkeys({'x': 1}), {}.fromkeys([1, 2], []))
print(dict.fromkeys(gen(3, 1)), dict.fromkeys(It([5])), dict.fromkeys({5, 3, 1}), dict.fromkeys(()))
attempt('fromkeys int', lambda: dict.fromkeys(1))
attempt('fromkeys none', lambda: dict.fromkeys())
attempt('fromkeys 3', lambda: dict.fromkeys(1, 2, 3))
attempt('fromkeys unhashable', lambda: dict.fromkeys([[]]))
cp = {'l': [1], 'n': 1}
c2 = cp.copy()
c2['l'].append(2)
c2['n'] = 2
print(cp, c2, c2 is cp)
c2.clear()
print(c2, len(c2), c2.get('l'))
c2['x'] = 1
c2.update(y=2)
print(c2, list(c2))
attempt('clear arg', lambda: c2.clear(1))
attempt('keys arg', lambda: c2.keys(1))
attempt('descriptor dict', lambda: dict.get(1, 2))
rd = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(rd)), list(reversed(rd.keys())), list(reversed(rd.values())), list(reversed(rd.items())))
print(list(reversed({})), list(rd.__reversed__()))
rit = reversed(rd)
next(rit)
rd['z'] = 0


def drain(i):
    return list(i)


attempt('reversed changed', lambda: drain(rit))

print('--- views')
d = {'a': 1, 'b': 2, 'c': 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(len(ks), len(vs), len(its), 'b' in ks, 'z' in ks, ('b', 2) in its, ('b', 3) in its, 2 in vs)
print(sorted(ks.__and__({'b', 'x'})), sorted(ks.__or__(['z'])), sorted(ks.__sub__({'b'})), sorted(ks.__xor__(['b', 'q'])))
print(sorted(ks.__rand__(['a', 'q'])), sorted(ks.__ror__({'y'})), sorted(ks.__rsub__(['a', 'm'])), sorted(ks.__rxor__(['c'])))
print(sorted(its.__and__([('a', 1), ('b', 0)])), sorted(its.__or__([('z', 0)])), sorted(its.__sub__({('a', 1)})))
print(sorted(its.__xor__({'b': 2, 'c': 30, 'd': 4}.items())))
print(sorted(ks.__and__(gen('a', 'c', 'q'))), sorted(ks.__or__(It(['w']))), sorted(ks.__and__({'a': 0, 'q': 1}.keys())))
print(ks.__eq__({'a', 'b', 'c'}), ks.__eq__(['a', 'b', 'c']), ks.__ne__({'a'}), ks.__lt__({'a', 'b', 'c', 'd'}))
print(ks.__le__({'a', 'b', 'c'}), ks.__gt__({'a'}), ks.__ge__({'a', 'b', 'c', 'd'}), its.__eq__({('a', 1), ('b', 2), ('c', 3)}))
print(ks.__eq__(d.keys()), its.__eq__({'a': 1, 'b': 2, 'c': 4}.items()), ks.__le__({'c': 0, 'b': 0, 'a': 0}.keys()))
print(ks.isdisjoint({'x'}), ks.isdisjoint(['b']), ks.isdisjoint(ks), {}.keys().isdisjoint({}.keys()), ks.isdisjoint(gen('q')))
print(its.isdisjoint([('a', 1)]), its.isdisjoint([('a', 2)]), its.isdisjoint([[]]), its.isdisjoint({('c', 3): 0}))
attempt('keys and int', lambda: ks.__and__(1))
attempt('keys or int', lambda: ks.__or__(1))
attempt('keys ror int', lambda: ks.__ror__(1))
attempt('keys and unhashable', lambda: ks.__and__([[]]))
print(its.__and__([[]]))
attempt('isdisjoint int', lambda: ks.isdisjoint(1))
attempt('isdisjoint none', lambda: its.isdisjoint())
attempt('items eq unhashable', lambda: {'a': [1]}.items().__eq__({('a', 1)}))
dl = {'k': [1, 2], 'm': Eq(3)}
print(dl.items().__contains__(('k', [1, 2])), dl.items().__contains__(('m', Eq(3))), dl.items().__contains__(('m', Eq(4))))
print(d.keys().__contains__('a'), d.items().__contains__(('a', 1)), d.items().__contains__(['a', 1]), d.items().__contains__(('a', 1, 2)))
attempt('items contains unhashable', lambda: d.items().__contains__(([], 1)))
print(dl.items().isdisjoint([('k', [1, 2])]), dl.items().isdisjoint([('k', [2])]))
print(dl.items().__eq__(dl.items()), {'k': [1]}.items().__eq__({'k': [1]}.items()), {'k': [1]}.items().__eq__({'k': [2]}.items()))
print(dl.items().__xor__({'k': [1, 2], 'm': dl['m']}.items()))
attempt('items xor unhashable', lambda: {'k': [1, 2], 'n': [5]}.items().__xor__({'k': [1, 2]}.items()))
print(list(reversed(ks)), list(ks.__reversed__()), list(vs.__reversed__()), list(its.__reversed__()))
ints = {i * 8: i for i in range(1, 7)}
print(ints.keys().__or__([1]), ints.keys().__and__(set(range(0, 50, 16))), ints.keys().__sub__([8]), ints.keys().__xor__([1, 8]))

print('--- set')
s = {1, 2, 3}
s.add(4)
s.add(1)
print(s)
s.discard(2)
s.discard(99)
s.remove(3)
print(s)
attempt('remove missing', lambda: s.remove(3))
attempt('remove unhashable', lambda: s.remove([]))
attempt('discard unhashable', lambda: s.discard({}))
attempt('add unhashable', lambda: s.add([]))
fs = {frozenset({1}), 2}
fs.remove({1})
print(fs)
fs.add(frozenset())
fs.discard(set())
print(fs)
attempt('remove set missing', lambda: fs.remove({5}))
pp = set(range(20))
print([pp.pop() for _ in range(3)], len(pp))
pp.add(0)
print(pp.pop(), pp.pop())
attempt('pop empty', lambda: set().pop())
attempt('pop arg', lambda: set().pop(1))
cs = {5, 6}
cc = cs.copy()
cc.add(7)
print(cs, cc, cc is cs)
cs.clear()
print(cs, len(cs))
cs.add(40)
print(cs)
fz = frozenset([1, 2])
print(fz.copy() is fz, type(fz.copy()).__name__)
u = {1, 2, 3}
u.update({8, 16, 24, 32})
print(u)
u2 = {1, 2, 3}
u2.update([8, 16, 24, 32])
print(u2)
big = set()
for x in [8, 16, 24, 32, 40]:
    big.add(x)
print(big, big.copy(), big.union(), big.union([1]), big.union({100, 200}, [3], range(2)))
u3 = set()
u3.update({1: 'a', 9: 'b'}, 'x' if False else [17], range(3))
print(u3)
u3.update()
u3.update(gen(100, 101), It([102]))
print(sorted(u3))
attempt('update int', lambda: u3.update([5], 7))
print(5 in u3)
attempt('union int', lambda: u3.union(7))
attempt('union kw', lambda: u3.union(x=1))
a = {1, 2, 3, 4, 5, 6}
print(a.intersection({2, 4, 6, 8}), a.intersection([6, 1, 6]), a.intersection(), a.intersection(range(3), {1, 9}))
print({1}.intersection({1.0}), {1.0}.intersection({1, 2}), a.intersection(gen(2, 3)))
print(a.difference({1, 2}), a.difference([5]), a.difference(), a.difference({1}, [2], range(3, 5)), a.difference({'x': 0, 5: 1}))
print(set(range(100)).difference(range(10)) == set(range(10, 100)), a.difference(gen(1, 2, 3)))
print(a.symmetric_difference({5, 6, 7}), a.symmetric_difference([7, 7, 1]), a.symmetric_difference({1: 0, 70: 0}))
print(a.symmetric_difference(gen(1, 70)))
iu = {1, 2, 3, 4, 5, 6}
iu.intersection_update({1, 2, 3, 10}, [3, 2])
print(iu)
iu.intersection_update(gen(2))
print(iu)
du = set(range(100))
du.difference_update(range(90))
du.add(300)
print(du)
du.difference_update({91, 92}, [93], gen(94))
print(du)
du.difference_update(du)
print(du)
su = {1, 2, 3}
su.symmetric_difference_update([3, 4, 4])
print(su)
su.symmetric_difference_update({1: 0, 5: 0})
print(su)
su.symmetric_difference_update(su)
print(su)
su2 = {1, 2}
su2.symmetric_difference_update(gen(2, 3))
print(su2)
attempt('symdiff none', lambda: su2.symmetric_difference())
attempt('symdiff two', lambda: su2.symmetric_difference(1, 2))
attempt('symdiff int', lambda: su2.symmetric_difference_update(1))
attempt('diff update int', lambda: su2.difference_update(1))
attempt('intersection update int', lambda: su2.intersection_update(1))
print(su2)
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issubset({1}), set().issubset(''), {1}.issubset(gen(1)), {1}.issubset(frozenset([1])))
print({1, 2}.issuperset([1]), {1, 2}.issuperset({1, 3}), {1}.issuperset([]), {1}.issuperset(gen(2)))
print({1, 2}.isdisjoint([3]), {1, 2}.isdisjoint({2, 9, 10}), set().isdisjoint(set()), {1}.isdisjoint(gen(1)))
attempt('issubset int', lambda: {1}.issubset(1))
attempt('issuperset int', lambda: {1}.issuperset(1))
attempt('isdisjoint int', lambda: {1}.isdisjoint(1))
attempt('isdisjoint unhashable', lambda: {1}.isdisjoint([[1]]))
attempt('issubset none', lambda: {1}.issubset())
attempt('set descriptor', lambda: set.add(frozenset(), 1))
attempt('set union descriptor', lambda: set.union(frozenset()))
attempt('frozenset descriptor', lambda: frozenset.union(set()))
f = frozenset([1, 2, 3])
print(f.union([4]), f.intersection({2, 3, 9}), f.difference([1]), f.symmetric_difference([3, 5]))
print(type(f.union()).__name__, type(f.intersection([1])).__name__, type(f.difference()).__name__, type(f.symmetric_difference([])).__name__)
print(type({1}.union(f)).__name__, f.issubset([1, 2, 3, 4]), f.issuperset({1}), f.isdisjoint([7]))
print(f.union(gen(9)), f.intersection(It([1, 2])))
attempt('frozenset symdiff none', lambda: f.symmetric_difference())
attempt('frozenset add', lambda: f.add(1))
print(frozenset([1]) | {2}, f.__or__({9}), f.__and__({1}), f.__sub__({1}), f.__xor__({1, 7}), f.__eq__(frozenset([3, 2, 1])))
print(len(f), 2 in f, sorted(iter(f)), f.__len__(), f.__contains__(3), hash(f) == f.__hash__())
print(f.__le__({1, 2, 3}), f.__lt__({1, 2, 3}), f.__ge__({1}), f.__gt__(frozenset()), f.__eq__([1, 2, 3]), f.__lt__([1]))
print(f.__ror__({7}), f.__rsub__({1, 7}), f.__rand__({2, 7}), f.__rxor__({2, 7}), f.__or__([1]))
order = set()
for x in [64, 0, 128, 1, 65, 192, 2]:
    order.add(x)
print(order)
order.discard(0)
order.add(256)
print(order)

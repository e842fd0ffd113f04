# sets and frozensets (printed in sorted order: iteration order is not specified).
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s, type(s).__name__)
print(set(), frozenset(), {1}, frozenset({1}), type({}).__name__, set('') == set())
s.add(10)
s.add(1)
s.discard(99)
s.discard(3)
print(sorted(s))
s.remove(10)
try:
    s.remove(10)
except KeyError as e:
    print('KeyError', e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([3, 9], {3})), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference([4, 6])))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {1, 9}.issubset(a), a.issuperset([1, 2]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b), {1, 2} == {2, 1}, {1} == frozenset([1]))
c = set(a)
c |= {100}
c &= {1, 2, 100}
c -= {2}
c ^= {7}
print(sorted(c))
c.update([5], (6,), 'x' if False else [8])
print(sorted(c))
c.intersection_update(range(6))
print(sorted(c))
c.difference_update({1})
c.symmetric_difference_update({5, 42})
print(sorted(c))
one = {'only'}
print(one.pop(), one, len(one))
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
fs = frozenset([1, 2, 3])
d = {fs: 'frozen', frozenset(): 'empty'}
print(d[frozenset([3, 2, 1])], d[frozenset()], hash(fs) == hash(frozenset([1, 2, 3])))
try:
    fs.add(4)
except AttributeError:
    print('AttributeError frozenset.add')
try:
    {[1]}
except TypeError:
    print('TypeError unhashable')
print(sorted({x % 5 for x in range(20)}), sorted({c for c in 'mississippi'}))
print(len({1, 1.0, True}), len({0, False, 0.0, -0.0}), sorted({(1, 2), (0, 5), (1, 2)}))
print(sorted(set('hello') & set('world')), sorted(set([3, 1]) | frozenset([2])))
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
e = set()
e.add(())
print(e, len(e), set([None]), sorted(set(range(5)) - {0, 4}))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(len(set(words)), sorted(set(words))[:4])
print(sum({1, 2, 3}), max({4, 9, 2}), min(frozenset([4, 9, 2])), sorted({-1, -5, 3}, reverse=True))
c2 = {1, 2, 3}
c2.clear()
print(c2, bool(c2), bool({0}))

# dict operations and insertion order.
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['b'], 'a' in d, 'z' in d, 'z' not in d)
print(dict(x=1, y=2), dict([('p', 1), ('q', 2)]), dict({'m': 0}, n=1), dict(), {})
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(zip('xyz', range(3))))
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'))
print(d.setdefault('a', 100), d.setdefault('n', []), d)
d['n'].append(1)
print(d.pop('n'), d.pop('zz', 'none'), d)
d['d'] = 4
print(d.popitem(), d)
d.update({'b': 20, 'e': 5})
d.update(f=6)
d.update([('g', 7)])
print(d)
del d['a']
d['a'] = 'back'
print(list(d), d)
d['b'] = 'overwritten keeps position'
print(d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
try:
    del d['missing']
except KeyError as e:
    print('KeyError del', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
k = {}
k[1] = 'int'
k[1.0] = 'float'
k[True] = 'bool'
print(k, len(k))
k[(1, 2)] = 'tuple'
k[None] = 'none'
k['1'] = 'str'
print(k)
try:
    k[[1]] = 'list'
except TypeError:
    print('TypeError unhashable list')
sq = {n: n * n for n in range(6) if n % 2}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 1.0}, {'a': 1} == {'a': 2})
nested = {'outer': {'inner': [1, {'deep': True}]}}
print(nested['outer']['inner'][1]['deep'], nested)
orig = {'l': [1]}
cp = orig.copy()
cp['l'].append(2)
cp['new'] = 1
print(orig, cp)
cp.clear()
print(cp, len(cp), bool(cp), bool(orig))
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
print(repr({'q': "it's", 1.5: None, (1,): [2]}), str({}))
e = {}
for i in range(100):
    e[i] = i
for i in range(0, 100, 3):
    del e[i]
print(len(e), list(e)[:5], list(e)[-3:])
for i in range(0, 100, 3):
    e[i] = -i
print(list(e)[-3:], e[99], e[98])

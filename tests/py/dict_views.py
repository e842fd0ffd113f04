# dict views: keys/values/items, dynamic behaviour, set operations.
d = {'a': 1, 'b': 2, 'c': 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
print(len(ks), len(vs), len(its), 'a' in ks, 2 in vs, ('c', 3) in its, ('c', 4) in its)
d['d'] = 4
del d['a']
print(ks, vs, its)
print(list(ks), list(vs), list(its))
for k, v in d.items():
    print(k, v)
print(sorted(ks & {'b', 'x'}), sorted(ks | {'z'}), sorted(ks - {'b'}), sorted(ks ^ {'b', 'q'}))
print(ks == {'b', 'c', 'd'}, ks == ['b', 'c', 'd'], its == {('b', 2), ('c', 3), ('d', 4)})
print(sorted(its & {('b', 2), ('c', 0)}), ks.isdisjoint({'x'}), ks.isdisjoint({'b'}))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(sum(d.values()), max(d.keys()), min(d.items()), sorted(d.values(), reverse=True))
e = {}
print(e.keys(), e.values(), e.items(), list(e), bool(e.keys()))
it = iter(d)
print(next(it), next(it))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as ex:
    print('RuntimeError', ex)
print(d)
try:
    for k in d.keys():
        del d[k]
except RuntimeError as ex:
    print('RuntimeError', ex)
print(d)
d2 = {'x': 1, 'y': 2}
for k in list(d2):
    d2[k * 2] = d2.pop(k)
print(d2)
vals = d2.values()
d2['zz'] = 99
print(list(vals), 99 in vals)
items = list(d2.items())
items.sort(key=lambda kv: kv[1], reverse=True)
print(items, dict(items))
print([k for k in {'p': 0, 'q': 1}], [v for v in {'p': 0, 'q': 1}.values()])
print({**{'a': 1}, 'b': 2, **{'a': 3}}, dict(**{'k': 'v'}))

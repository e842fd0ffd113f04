# list/set/dict comprehensions and generator expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(4)] for r in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row])
print(sorted({c.lower() for c in 'Hello World' if c.isalpha()}))
print({k: len(k) for k in ['a', 'bb', 'ccc']})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print(['even' if n % 2 == 0 else 'odd' for n in range(5)])
print(sum(x for x in range(101)), any(x > 5 for x in [1, 9]), all(x > 0 for x in [1, -1]))
print(max(len(w) for w in 'a quick brown fox'.split()), min((abs(x - 7), x) for x in [1, 5, 9, 12]))
x = 'outer'
res = [x for x in range(3)]
print(x, res)
factor = 3
print([factor * i for i in range(4)])
print([(i, c) for i, c in enumerate('abc')], [a + b for a, b in zip([1, 2], [10, 20])])
print(dict((k, v) for k, v in [('p', 1), ('q', 2)]), set(x % 4 for x in range(10)) == {0, 1, 2, 3})
g = (i * 2 for i in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
def noisy(v):
    print('eval', v)
    return v
lazy = (noisy(i) for i in range(3))
print('before consuming')
for item in lazy:
    print('got', item)
print([c for c in 'hello' if c not in 'aeiou'], ''.join(c.upper() for c in 'abc'))
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]])
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
print([[y for y in range(x)] for x in range(4)])
print([i for i in range(3)] + [j for j in range(3, 0, -1)])
nested = [[1, [2, 3]], [4, [5]]]
print([b for a in nested for b in a[1]])
print(sum(1 for _ in range(10)), list(x for x in []), [x for x in ()])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([(lambda v: v * i)(10) for i in range(3)])
def gen_in_func():
    base = 100
    return [base + i for i in range(3)], {base - i for i in range(2)} == {100, 99}
print(gen_in_func())
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
counts = {}
[counts.__setitem__(ch, counts.get(ch, 0) + 1) for ch in 'banana']
print(counts)
try:
    [1 / (x - 2) for x in range(5)]
except ZeroDivisionError:
    print('ZeroDivisionError inside comprehension')
try:
    print([undefined_name_q for _ in range(1)])
except NameError:
    print('NameError inside comprehension')
print([i for i in range(10)][::3], list(zip(*[iter(range(6))] * 2)))

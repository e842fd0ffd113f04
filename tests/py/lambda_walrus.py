# lambda expressions and assignment expressions (walrus).
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda x: x % 3, range(7))))
make = lambda n: lambda x: x + n
print(make(3)(4), make(-1)(0))
cond = lambda x: 'pos' if x > 0 else ('zero' if x == 0 else 'neg')
print([cond(v) for v in (-1, 0, 1)])
print((lambda x, y: x ** y)(2, 10), (lambda: (yield_ := 3) * 2)())
print(sq.__name__, (lambda: 0).__name__)
fs = {'double': lambda x: x * 2, 'neg': lambda x: -x}
print({k: f(7) for k, f in fs.items()})
if (n := len('hello')) > 3:
    print('long string', n)
print(n)
data = [4, 8, 15, 16, 23, 42]
pos = 0
while (cur := data[pos]) < 16:
    print('cur', cur)
    pos += 1
print('stopped at', cur, pos)
vals = [y for x in range(6) if (y := x * x) % 2 == 0]
print(vals, y)
total = 0
partial = [total := total + v for v in range(1, 6)]
print(partial, total)
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(['hi', 'hey', 'hello', 'greetings']), first_long(['a']))
print((z := 5) + 1, z, [z := z + 1, z + 1], z)
print(f'{(w := 10)}', w)
stack = [1, 2, 3]
out = []
while stack and (top := stack.pop()) != 1:
    out.append(top)
print(out, top, stack)
def counter():
    count = 0
    def step():
        nonlocal count
        return (count := count + 1)
    return step
s = counter()
print(s(), s(), s())
pairs = [(1, 'one'), (2, 'two')]
lookup = lambda k: next((v for kk, v in pairs if kk == k), 'none')
print(lookup(2), lookup(3))
print(list(filter(lambda x: x % 2, range(10))), max([3, -7, 5], key=lambda v: abs(v)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(0))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))

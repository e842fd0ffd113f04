# Generators: yield, yield from, send, throw, close, generator expressions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def with_return():
    yield 1
    return 'done'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', e.value)
def delegator():
    r = yield from with_return()
    print('delegate got', r)
    yield from [10, 20]
    yield from count_up(2)
    return 'outer done'
print(list(delegator()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def take(n, it):
    for _ in range(n):
        yield next(it)
print(list(take(5, fib())))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())
gen = count_up(3)
print(list(gen), list(gen), iter(gen) is gen)
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def gen_raises():
    yield 1
    raise ValueError('inside gen')
try:
    for v in gen_raises():
        print('value', v)
except ValueError as e:
    print('ValueError', e)
g = count_up(2)
try:
    g.send(1)
except TypeError:
    print('TypeError send non-None to just-started generator')
print(type(count_up).__name__, type(count_up(1)).__name__)

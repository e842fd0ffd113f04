# generator pipelines: lazy evaluation order, infinite generators with islice, generator state
import itertools
log = []
def numbers():
    n = 0
    while True:
        log.append("gen %d" % n)
        yield n
        n += 1
def squares(it):
    for x in it:
        log.append("sq %d" % x)
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(itertools.islice(evens(squares(numbers())), 3)))
print(log)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)), next(x for x in fib() if x > 1000))
g = (i for i in range(3))
print(g.__next__(), list(g), sum(i * i for i in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]))
def counter():
    i = 0
    while i < 3:
        received = yield i
        i += received or 1
c = counter()
print(next(c), c.send(2), list(c))

# closures keeping state: counters, accumulators, memoization, function factories
def make_acc(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make_acc(10)
print(acc(1), acc(5), acc(-20))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def power(e):
    return lambda b: b ** e
sq, cube = power(2), power(3)
print(sq(5), cube(2), [power(i)(2) for i in range(5)])
print(acc.__closure__ is not None, len(acc.__closure__), acc.__closure__[0].cell_contents)
def outer():
    fns = {}
    for name in ["a", "b"]:
        def f(name=name):
            return name * 2
        fns[name] = f
    return fns
print({k: v() for k, v in outer().items()})

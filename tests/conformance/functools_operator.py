# functools.reduce/partial/lru_cache/cmp_to_key and operator helpers
import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1), functools.reduce(max, [3, 9, 2]))
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.keywords, functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("x"))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.contains([1], 1), operator.getitem({1: 2}, 1), operator.truediv(1, 4), operator.floordiv(7, 2), operator.index(5))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)

# functools and operator: reduce, partial, lru_cache, cache, cmp_to_key, wraps, total_ordering; operator's functions.
import functools
import operator
from functools import reduce, partial, lru_cache, cache, cmp_to_key, wraps, total_ordering

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 7))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
p = partial(int, base=2)
print(p('1010'), p.args, p.keywords, p.func is int)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
q = partial(f, 1, d=5)
print(q(2), q(2, 3, d=9), partial(q, 7)(), partial(q, 7).args)
try:
    partial(5)
except TypeError as e:
    print(e)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits, fact.cache_info().misses)
@lru_cache(maxsize=None, typed=True)
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info())
print(sorted([3, 1, 2, 5], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def documented(x):
    """the doc"""
    return x + 1
print(documented.__name__, documented.__doc__, documented(1), documented.__wrapped__(5))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), sorted(V(x) for x in [3, 1, 2])[0].v)
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(2) <= W(2), W(3) >= W(2))
try:
    @total_ordering
    class Z:
        pass
except ValueError as e:
    print(e)

o = operator
class Hint:
    def __length_hint__(self): return 4
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1), o.ne(1, 2), o.ge(1, 2), o.gt(3, 2), o.not_(0), o.truth([]), o.is_(None, None), o.is_not(1, None))
print(o.abs(-3), o.add(1, 2), o.and_(6, 3), o.floordiv(7, 2), o.index(5), o.inv(5), o.invert(0), o.lshift(1, 4), o.mod(7, 3), o.mul(3, 4))
print(o.neg(3), o.or_(4, 1), o.pos(-2), o.pow(2, 10), o.rshift(16, 2), o.sub(5, 7), o.truediv(7, 2), o.xor(5, 1), o.concat([1], [2]))
print(o.contains([1, 2], 2), o.countOf([1, 2, 1], 1), o.getitem('abc', 1), o.indexOf('abc', 'c'), o.length_hint([1, 2]), o.length_hint(Hint()), o.length_hint(5, 3))
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l)
print(o.iadd([1], [2]), o.isub(5, 2), o.imul(3, 3), o.ior(1, 2), o.iand(3, 1), o.ixor(3, 1), o.ilshift(1, 2), o.irshift(8, 1), o.imod(7, 4), o.ifloordiv(7, 2), o.itruediv(1, 4), o.ipow(2, 3), o.iconcat('a', 'b'))
print(o.__add__(1, 2), o.__getitem__([5], 0))
for name in ('concat', 'indexOf'):
    try:
        getattr(o, name)(1, 2)
    except Exception as e:
        print(type(e).__name__, e)
g = o.itemgetter(1)
print(g('abc'), o.itemgetter(0, 2)('abc'), o.itemgetter('k')({'k': 4}), g)
class P:
    def __init__(self): self.x = 1; self.sub = self
print(o.attrgetter('x')(P()), o.attrgetter('x', 'sub.x')(P()), o.attrgetter('sub.sub.x')(P()), o.attrgetter('x', 'y'))
m = o.methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), o.methodcaller('upper')('x'), m)
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=o.itemgetter(0, 1)))
try:
    o.attrgetter(1)
except TypeError as e:
    print(e)
class Meth:
    def __init__(self):
        self.calls = 0
    @lru_cache(maxsize=None)
    def twice(self, x):
        self.calls += 1
        return 2 * x
    @partial
    def plain(self):
        return 'partial on a class is no method'
mm = Meth()
print(mm.twice(3), mm.twice(3), mm.calls, Meth.twice.cache_info())
print(Meth.plain(1))

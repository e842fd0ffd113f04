# decorators: stacking order, with arguments, on classes and methods, functools.wraps
import functools
trace = []
def deco(tag):
    def wrap(f):
        trace.append("decorate " + tag)
        @functools.wraps(f)
        def inner(*a, **k):
            trace.append("call " + tag)
            return f(*a, **k)
        return inner
    return wrap
@deco("outer")
@deco("inner")
def add(a, b=1):
    "adds"
    return a + b
print(add(2), add(2, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(trace)
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)
def twice(f):
    return lambda *a: f(f(*a))
class M:
    @staticmethod
    @twice
    def inc(x):
        return x + 1
print(M.inc(1), M().inc(5))
@(lambda f: f() * 2)
def value():
    return 21
print(value)
def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)

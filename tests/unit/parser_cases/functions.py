def f(): pass
def f(a): pass
def f(a, b): return a + b
def f(a, b=1, c=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(a, /): pass
def f(a, b, /, c, d): pass
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f(a=1, /, b=2): pass
def f(a,): pass
def f(a, *b,): pass
def f(a, **b,): pass
def f(a: int, b: "str" = "x", *c: int, d: float = 1.0, **e: dict) -> None:
    pass
def f(*, a, b): pass
def f(a, /, *, b): pass
@dec
def f(): pass
@dec1
@dec2(arg)
@dec3.attr[0]
@(lambda f: f)
@x := y
def f():
    """docstring"""
    return
@dec
class C: pass
class C(): pass
class C(Base): pass
class C(A, B, metaclass=M, **kw):
    x = 1
    def method(self, *a):
        return self
class C(*bases, key=1): pass
class C(A, *b, k=v, **kw): pass
def gen():
    yield
    yield 1
    yield 1, 2
    yield from g()
    x = yield
    x = yield 1
    y = yield from z
    await_ = (yield)
    f((yield x))
    return (yield)
lambda: 0
lambda x: x
lambda x, y=1: x
lambda *a, **k: 0
lambda a, /, b, *, c: 0
lambda *, k=1: k
lambda a=1, /, b=2, *c, d, e=5, **f: 0
f = lambda x: lambda y: x + y
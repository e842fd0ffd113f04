# __new__ and __init__: singletons, immutable subclass __new__, __init__ returning non-None
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a, b = Single(1), Single(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, u + "d", isinstance(u, str), len(u), u.lower())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)
class Other:
    def __new__(cls):
        return 42
print(Other())
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class Tracked:
    count = 0
    def __init__(self):
        type(self).count += 1
Tracked(); Tracked()
print(Tracked.count)
class WithRepr(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __repr__(self):
        return "W" + tuple.__repr__(self)
print(WithRepr(1, 2), WithRepr(1, 2)[0], len(WithRepr(1, 2)))

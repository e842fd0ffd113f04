# descriptor protocol: data vs non-data, __set_name__, precedence over instance dict
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("need int for " + self.name)
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class P:
    a = Typed()
    b = NonData()
p = P()
print(p.a, isinstance(P.a, Typed))
p.a = 5
print(p.a, p._a)
try:
    p.a = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(p.b)
p.__dict__["b"] = "instance wins"
p.__dict__["a"] = "ignored"
print(p.b, p.a)
class Del:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): print("deleting")
class Q:
    d = Del()
del Q().d
class Ro:
    def __get__(self, o, t=None): return "ro"
    def __set__(self, o, v): raise AttributeError("read-only")
class R:
    r = Ro()
try:
    R().r = 1
except AttributeError as e:
    print(type(e).__name__, e)
def f(self): return "bound"
class S: pass
S.meth = f
print(S().meth(), f.__get__(S())(), type(S.__dict__["meth"]).__name__)

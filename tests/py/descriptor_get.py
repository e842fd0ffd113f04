# Descriptors written in Python (__get__ on a class attribute) and attributes computed by Python
# code (property, __getattr__) that are then called like methods.
class Desc:
    def __get__(self, obj, cls):
        return ('got', None if obj is None else type(obj).__name__, cls.__name__)

class Plain:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)

class C:
    d = Desc()
    @Plain
    def m(self, x):
        return ('m', x)
    @property
    def prop(self):
        return len
    def __getattr__(self, name):
        return lambda *a, **k: (name, a, k)

c = C()
print(c.d, C.d)
print(c.m(5), type(C.m).__name__)
print(c.prop([1, 2, 3]), c.other(1, k=2), c.other())
c.d = 'instance wins'
print(c.d)
f = c.m
print(f(6))
print([c.prop(s) for s in ('a', 'bb')])

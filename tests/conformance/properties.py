# property: getter, setter, deleter, docstrings, read-only errors, inheritance override
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleted")
        self._c = None
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.c = 100
print(t.c, t.f, Temp.c.__doc__, type(Temp.c).__name__)
try:
    t.c = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.c
print(t.c)
try:
    t.f = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.f
except AttributeError as e:
    print(type(e).__name__, e)
class Child(Temp):
    @property
    def c(self):
        return "child"
print(Child().c)
p = property(None)
class Z:
    x = p
try:
    Z().x
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.c.fget.__name__, Temp.c.fset is not None, Temp.f.fset)

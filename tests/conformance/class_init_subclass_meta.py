# __init_subclass__, metaclasses, __class_getitem__, type() three-arg form
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(Plugin.registry)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["made_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print("Meta call", cls.__name__, a)
        return super().__call__(*a)
    def __repr__(cls):
        return "<class via Meta %s>" % cls.__name__
class C(metaclass=Meta):
    def __init__(self, x): self.x = x
print(C.made_by, C(5).x, repr(C), type(C).__name__, isinstance(C, Meta))
class D(C): pass
print(type(D).__name__, D.made_by)
class G:
    def __class_getitem__(cls, item):
        return "G[%s]" % (item.__name__ if isinstance(item, type) else item)
print(G[int], G["x"], list[int], dict[str, int], tuple[int, ...])
T = type("T", (object,), {"v": 1, "m": lambda self: self.v + 1})
print(T.__name__, T().m(), T.__bases__[0].__name__)
print(type(int), type(Meta), Meta.__mro__[1].__name__)

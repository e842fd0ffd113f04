# object(): attributes, default methods, __class__, comparisons and hashing defaults
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o == o, o != object(), type(o).__name__, o.__class__ is object, isinstance(o, object), hash(o) == hash(o))
print(object.__name__, type(object.__init__).__name__ if False else "init", callable(object))
class A:
    pass
print(A.__eq__(A(), 1), A().__ne__(1), A.__hash__ is object.__hash__, A.__str__ is object.__str__, A().__class__.__name__)
print(type.__name__, type(type).__name__, object.__class__.__name__, int.__class__.__name__, A.__class__.__name__)
print(str.__name__, str.__qualname__, list.__mro__[-1].__name__, int.__bases__, bool.__bases__, len.__name__, [].append.__name__)
print(NotImplemented, repr(NotImplemented), Ellipsis, ..., type(...).__name__, type(NotImplemented).__name__, None.__class__.__name__)
print(bool(NotImplemented) if False else "skip", ... is Ellipsis, type(None)() is None)

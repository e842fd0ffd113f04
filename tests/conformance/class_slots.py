# __slots__: fixed attributes, no __dict__, inheritance
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a, hasattr(s, "__dict__"), hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
s.b = 2
print(s.b)
del s.a
print(hasattr(s, "a"))
class T(S):
    pass
t = T()
t.c = 5
print(t.c, t.__dict__)
class U(S):
    __slots__ = ("d",)
u = U()
u.d = 4
u.a = 1
print(u.d, u.a, hasattr(u, "__dict__"))

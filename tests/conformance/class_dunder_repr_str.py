# __repr__/__str__/__format__ and their fallbacks in print, containers, f-strings
class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
    def __repr__(self): return "B()"
class C:
    def __format__(self, spec): return "C[" + spec + "]"
print(A(), str(A()), [A()], (A(),), {"k": A()}, f"{A()}")
print(B(), [B()], "%s|%r" % (B(), B()), "{}|{!r}|{!s}".format(B(), B(), B()))
print(format(C(), "xyz"), f"{C():>5}", "{:abc}".format(C()))
class D:
    pass
try:
    format(D(), "x")
except TypeError as e:
    print(type(e).__name__, e)
d = D()
print(format(d, "") == str(d))
class E(Exception):
    def __str__(self): return "custom E"
print(E(), repr(E("a")), str(E("a")))
class F:
    def __repr__(self): return 42
try:
    repr(F())
except TypeError as e:
    print(type(e).__name__, e)

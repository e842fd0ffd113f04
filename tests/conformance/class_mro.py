# MRO: C3 linearization, super() chains in diamonds, inconsistent hierarchy error
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print([k.__name__ for k in D.__mro__], D().who(), D.mro() == list(D.__mro__))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
class K1(O): pass
class K2(O): pass
class K3(K1, K2): pass
print([k.__name__ for k in K3.__mro__], K3.__bases__ == (K1, K2), K1.__base__.__name__, object.__bases__)
print(issubclass(D, A), issubclass(D, (X, C)), isinstance(D(), B), D.__name__, D.__qualname__, D.__module__)
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.extra = super(Derived, self).__class__.__name__
print(Derived(4).v, Derived(4).extra)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

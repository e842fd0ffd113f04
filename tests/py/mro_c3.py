# C3 method resolution order and CPython's errors for inconsistent hierarchies
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])

class X: 
    def who(self): return 'X'
class Y(X):
    def who(self): return 'Y>' + super().who()
class W(X):
    def who(self): return 'W>' + super().who()
class V(Y, W):
    def who(self): return 'V>' + super().who()
print(V().who(), [c.__name__ for c in V.__mro__])

try:
    class Bad(X, Y): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print('TypeError:', e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class R(Q1, Q2): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class NoBool(bool): pass
except TypeError as e:
    print('TypeError:', e)
print(issubclass(V, X), issubclass(X, V), V.__bases__ == (Y, W), V.__base__ is Y)

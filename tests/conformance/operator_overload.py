# arithmetic operator overloading: forward, reflected, in-place, NotImplemented fallback
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V%r" % (self.c,)
    def __add__(self, o):
        if isinstance(o, V): return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, int): return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k): return V(*[a * k for a in self.c]) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(*[-a for a in self.c])
    def __abs__(self): return sum(a * a for a in self.c)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*[a / k for a in self.c])
    def __floordiv__(self, k): return V(*[a // k for a in self.c])
    def __mod__(self, k): return V(*[a % k for a in self.c])
    def __pow__(self, k, m=None): return V(*[pow(a, k, m) for a in self.c])
    def __lshift__(self, k): return V(*[a << k for a in self.c])
    def __and__(self, o): return "and"
    def __rsub__(self, o): return "rsub %r" % (o,)
    def __invert__(self): return "inverted"
    def __pos__(self): return "pos"
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, -a, abs(b), a @ b, b / 2, b // 2, b % 3, a ** 2, pow(b, 2, 5), a << 2, a & b, 5 - a, ~a, +a)
try:
    a - b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
x = Acc(); y = x; x += 1; x += 2
print(x is y, x.v)
c = V(1); d = c; c += V(5); print(c, d, c is d)
class Sub(V):
    def __radd__(self, o): return "Sub radd wins"
print(V(1) + Sub(2))
class Div:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(divmod(Div(), 3), divmod(3, Div()))

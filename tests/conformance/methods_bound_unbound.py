# bound methods: identity, equality, __self__/__func__, storing and calling later, methods of builtins
class C:
    def m(self, x):
        return (self.v, x)
    def __init__(self, v):
        self.v = v
a, b = C(1), C(2)
bm = a.m
print(bm(10), C.m(b, 20), bm.__self__ is a, bm.__func__ is C.m, bm == a.m, a.m == b.m, bm.__name__)
calls = [a.m, b.m]
print([f(0) for f in calls])
ap = [].append
lst = [3, 1]
push = lst.append
push(2)
print(lst, ap.__name__, push.__self__ is lst, "abc".upper.__self__, sorted.__name__)
m = map(str.upper, ["a", "b"])
print(list(m), list(map(C.m, [a, b], "xy")), getattr(a, "m")(5))
f = a.m
a.v = 99
print(f(1))

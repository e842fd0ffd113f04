# str() of various objects and str methods on conversions
print(str(), str(1), str(1.5), str(-0.0), str(True), str(None), str([1, "a"]), str((1,)), str({1: "x"}))
print(str(1e100), str(1e-7), str(123456789012345678901234567890))
print(str(b"x"), str(bytearray(b"x")))
print(str("abc"), str(object="abc"))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
print(str(A()), repr(A()), [A()], f"{A()}", f"{A()!r}", "%s %r" % (A(), A()))
class B:
    def __repr__(self):
        return "B-repr"
print(str(B()), format(B()))
class C:
    def __str__(self):
        return 5
try:
    str(C())
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"\xff", "latin-1"), str(b"ab", encoding="ascii", errors="strict"))

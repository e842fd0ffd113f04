# exception objects: args, str/repr, attributes, catching by base class, tuple handlers
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError("a", "b"), IndexError(3), OSError(2, "nope"), StopIteration(5), SystemExit(3), UnicodeError("u")]:
    print(repr(e), "|", str(e), "|", e.args)
try:
    raise KeyError("missing")
except LookupError as e:
    print("caught via base", type(e).__name__, e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple handler", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print("class raised", repr(e))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
print(StopIteration(7).value, SystemExit(4).code, SystemExit().code, KeyboardInterrupt.__mro__[1].__name__)
try:
    try:
        raise ValueError("x")
    except TypeError:
        print("wrong")
except ValueError:
    print("propagated")
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
e = ValueError("msg")
e.extra = 1
print(e.extra, e.with_traceback(None) is e, isinstance(e, BaseException))
try:
    raise e
except ValueError as caught:
    print(caught is e)
x = "still bound"
try:
    raise ValueError
except ValueError as x:
    pass
try:
    print(x)
except NameError as ne:
    print(type(ne).__name__, ne)

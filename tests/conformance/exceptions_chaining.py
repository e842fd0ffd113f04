# exception chaining: __cause__, __context__, __suppress_context__, raise from None
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("converted") from e
    except ValueError as v:
        return v
v = chain()
print(repr(v), repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
def implicit():
    try:
        try:
            {}["k"]
        except KeyError:
            raise TypeError("during handling")
    except TypeError as t:
        return t
t = implicit()
print(repr(t), repr(t.__context__), t.__cause__, t.__suppress_context__)
def none():
    try:
        try:
            int("x")
        except ValueError:
            raise RuntimeError("clean") from None
    except RuntimeError as r:
        return r
r = none()
print(repr(r), r.__cause__, repr(r.__context__), r.__suppress_context__)
e = Exception("x")
e.__cause__ = KeyError("manual")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("a") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
def nested_finally():
    try:
        try:
            raise KeyError("first")
        finally:
            raise IndexError("second")
    except IndexError as e:
        return repr(e), repr(e.__context__)
print(nested_finally())

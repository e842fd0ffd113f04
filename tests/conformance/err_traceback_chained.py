# traceback of an exception raised from another, and of an implicit context
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input %r" % s) from e
try:
    parse("x")
except RuntimeError:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")

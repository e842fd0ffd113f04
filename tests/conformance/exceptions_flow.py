# try/except/else/finally control flow: return/break/continue in finally, else semantics
def g(x):
    out = []
    try:
        if x == 1:
            raise ValueError
        out.append("body")
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(g(0), g(1))
def ret_override():
    try:
        return 1
    finally:
        return 2
print(ret_override())
def swallow():
    try:
        raise KeyError
    finally:
        return "swallowed"
print(swallow())
def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
def reraise():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
    except ValueError as e:
        return repr(e)
print(reraise())
def exc_in_else():
    try:
        try:
            pass
        except ValueError:
            return "no"
        else:
            raise KeyError("from else")
    except KeyError as e:
        return repr(e)
print(exc_in_else())
import sys
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# with: __enter__/__exit__ order, exception suppression, multiple managers, contextlib
import contextlib
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", repr(e))
@contextlib.contextmanager
def tag(n):
    print("<%s>" % n)
    try:
        yield n
    finally:
        print("</%s>" % n)
with tag("p") as t:
    print("inside", t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppress ok")
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
with contextlib.nullcontext(42) as v:
    print(v)

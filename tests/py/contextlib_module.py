# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator, async forms
import asyncio
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("inner")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


# a contextmanager used as a decorator, once per call
@tag("call")
def work(x):
    print("working", x)
    return x * 2


print(work(3))
print(work(4))
print(tag.__name__, tag.__wrapped__.__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback ran", 1)
    print("stack body", names)

with ExitStack() as stack:
    stack.enter_context(tag("moved"))
    later = stack.pop_all()
print("popped")
later.close()


def raiser():
    raise ValueError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(raiser)
        stack.callback(print, "first callback")
except ValueError as e:
    print("ExitStack raised", e)

with ExitStack() as stack:
    stack.push(suppress(TypeError))
    raise TypeError("pushed suppress")
print("after push")

try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print("TypeError", e)


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self

    def __exit__(self, *exc):
        print("deco exit")
        return False


@Deco()
def decorated():
    print("decorated body")


decorated()


@contextlib.asynccontextmanager
async def atag(name):
    print("async <" + name + ">")
    try:
        yield name
    finally:
        print("async </" + name + ">")


async def main():
    async with atag("a") as n:
        print("async inside", n)
    async with contextlib.AsyncExitStack() as stack:
        v = await stack.enter_async_context(atag("s"))
        stack.callback(print, "sync callback")
        print("async stack", v)
    async with nullcontext("n") as n:
        print("async null", n)


asyncio.run(main())

# throw() and close() into a generator suspended in `yield from` go to the subiterator first (PEP 380)
import sys


def inner(log):
    try:
        yield "i1"
        yield "i2"
    except KeyError as e:
        log.append("inner caught " + repr(e))
        yield "from inner handler"
        return "inner result"
    finally:
        log.append("inner finally")


def middle(log):
    try:
        r = yield from inner(log)
        log.append("middle got " + repr(r))
        yield "middle after"
    finally:
        log.append("middle finally")


def outer(log):
    try:
        r = yield from middle(log)
        log.append("outer got " + repr(r))
    finally:
        log.append("outer finally")


# three deep: the innermost catches and yields back up through both levels
log = []
g = outer(log)
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "end"))
print(log)

# not caught inside: raised in the middle at its yield from
def middle_catch(log):
    try:
        yield from inner(log)
    except ValueError as e:
        log.append("middle caught " + repr(e))
        yield "middle handled"

log = []
g = middle_catch(log)
next(g)
print(g.throw(ValueError, ValueError("v")))
print(log, g.gi_yieldfrom)

# the subgenerator returns while handling the throw: the yield from ends with its value
def returner():
    try:
        yield 1
    except KeyError:
        return "returned"

def taker():
    v = yield from returner()
    yield "taker got " + v

g = taker()
next(g)
print(g.throw(KeyError))

# close(): finally blocks run innermost first
log = []
g = outer(log)
next(g)
print(type(g.gi_yieldfrom).__name__, type(g.gi_yieldfrom.gi_yieldfrom).__name__)
print(g.close(), log, g.gi_frame)
print(next(g, "closed"))

# close() with a subgenerator that ignores GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def deleg():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("deleg sees", e)
        raise

g = deleg()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised", e)

# the subgenerator's cleanup raising: that exception replaces GeneratorExit in the delegator
def bad_cleanup():
    try:
        yield 1
    finally:
        raise OSError("cleanup failed")

def deleg2():
    try:
        yield from bad_cleanup()
    except OSError as e:
        print("deleg2 caught", e)

g = deleg2()
next(g)
print(g.close())

# throw(GeneratorExit) closes the subgenerator, then GeneratorExit is raised in the delegator
def deleg3():
    try:
        yield from outer([])
    except GeneratorExit:
        yield "deleg3 survived GeneratorExit"

g = deleg3()
next(g)
print(g.throw(GeneratorExit))


# iterators that are not generators (no generator is left suspended: CPython would close it when freed)
class WithThrow:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done")
        return self.n
    def throw(self, *args):
        print("WithThrow.throw", args)
        if args[0] is KeyError:
            return "handled"
        if args[0] is IndexError:
            raise StopIteration("stopped by throw")
        raise args[0]("rethrown")
    def close(self):
        print("WithThrow.close")

class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return "plain"

def over(it):
    try:
        r = yield from it
        yield "yield from gave " + repr(r)
    except Exception as e:
        yield "over caught " + repr(e)
    except GeneratorExit:
        print("over closed")
        raise

g = over(WithThrow())
print(next(g), g.throw(KeyError), next(g))
print(g.throw(IndexError))
g.close()
g = over(WithThrow())
next(g)
print(g.throw(ValueError))
g = over(WithThrow())
next(g)
print(g.close())
g = over(Plain())
next(g)
print(g.throw(TypeError("no throw method")))
g = over(Plain())
next(g)
print(g.close())
g = over(iter([1, 2]))
next(g)
print(g.throw(KeyError))


# send() on to an iterator's send method
class Echo:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        if v == "stop":
            raise StopIteration("echo stopped")
        return "echo " + v

def relay():
    r = yield from Echo()
    yield r

g = relay()
print(next(g), g.send("hi"), g.send("stop"))


# coroutines: throw() into an await goes to the awaited iterator
class Waiter:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError:
            return "awoken by KeyError"

async def coro():
    r = await Waiter()
    print("coro got", r)
    return r

c = coro()
print(c.send(None), type(c.cr_await).__name__)
try:
    c.throw(KeyError)
except StopIteration as e:
    print("coroutine finished with", e.value)

print(sys.version_info >= (3, 0))

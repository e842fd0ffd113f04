# generators: send, throw, close, return values, GeneratorExit handling, state errors
def echo():
    got = yield "ready"
    while True:
        try:
            got = yield "got %r" % (got,)
        except ValueError as e:
            got = "handled " + str(e)
g = echo()
print(next(g), g.send(1), g.send("x"), g.throw(ValueError("bad")), g.send(None))
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.value)
def ret():
    yield 1
    return "result"
r = ret(); next(r)
try:
    next(r)
except StopIteration as e:
    print("return value", e.value)
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
c = cleanup(); next(c); c.close(); c.close()
def refuse():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = refuse(); next(x)
try:
    x.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    echo().send(5)
except TypeError as e:
    print(type(e).__name__, e)
def unthrown():
    yield 1
u = unthrown()
try:
    u.throw(KeyError("early"))
except KeyError as e:
    print("propagated", repr(e))
def selfref():
    yield next(s)
s = selfref()
try:
    next(s)
except ValueError as e:
    print(type(e).__name__, e)
def stop_inside():
    raise StopIteration("x")
    yield
try:
    next(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)

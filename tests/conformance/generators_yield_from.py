# yield from: delegation of values, send, throw, return value, iterables
def sub():
    x = yield "s1"
    print("sub got", x)
    yield "s2"
    return "sub-done"
def main():
    r = yield from sub()
    print("main got", r)
    yield from [10, 20]
    yield from range(2)
    return "main-done"
g = main()
print(next(g), g.send("hello"), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("finished", e.value)
def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught in sub"
def outer():
    yield from catcher()
o = outer(); next(o)
print(o.throw(KeyError))
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def gen_exprs():
    return sum(x * x for x in range(5)), list(x for x in "ab"), any(x > 3 for x in range(5)), all(x for x in [])
print(gen_exprs())
def closing():
    try:
        yield from sub()
    finally:
        print("outer finally")
cg = closing(); next(cg); cg.close()
print(type(main()).__name__, hasattr(g, "gi_frame"), hasattr(g, "send"))

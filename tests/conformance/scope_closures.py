# closures: late binding, cell sharing, nonlocal, default-arg capture
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(make())
def make2():
    return [(lambda i=i: i)() for i in range(3)]
print(make2())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "changed"
    return mid()()
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return f()
print(unbound())
def local_before():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
z = "global"
local_before()
print(counter.__code__.co_name if hasattr(counter, "__code__") else "counter", inc.__name__, inc.__qualname__)

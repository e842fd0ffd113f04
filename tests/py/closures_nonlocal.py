# Closures, cells, nonlocal.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_bound()])
def shared():
    val = []
    def add(x):
        val.append(x)
        return len(val)
    def get():
        return list(val)
    return add, get
add, get = shared()
add('a')
add('b')
print(get())
def three_levels():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = x + '+inner'
            return x
        r = inner()
        return r + '|' + x
    return mid() + '|' + x
print(three_levels())
def late_binding():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(late_binding())
def skip_level():
    v = 'a'
    def mid():
        def inner():
            nonlocal v
            v += 'b'
        inner()
        inner()
    mid()
    return v
print(skip_level())
def shadow():
    x = 'enclosing'
    def inner():
        x = 'local'
        return x
    return inner(), x
print(shadow())
def unbound():
    y = 1
    def inner():
        try:
            print(y)
        except UnboundLocalError as e:
            print('UnboundLocalError')
        y = 2
        return y
    return inner()
print(unbound())
def acc_gen():
    total = 0
    def acc(n):
        nonlocal total
        total += n
        return total
    return acc
a = acc_gen()
print([a(i) for i in range(5)])
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def fib_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nx = fib_closure()
print([nx() for _ in range(12)])
def cell_in_loop():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fns.append(f)
    return [f() for f in fns]
print(cell_in_loop())
def param_closure(n):
    def power(x):
        return x ** n
    return power
sq, cube = param_closure(2), param_closure(3)
print(sq(4), cube(2), sq(cube(2)))
x = 'global x'
def reads_global():
    def inner():
        return x
    return inner()
print(reads_global())
def del_in_closure():
    z = 5
    def get():
        return z
    del z
    try:
        get()
    except NameError as e:
        print(type(e).__name__)
del_in_closure()

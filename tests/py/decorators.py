# Function and class decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    wrapper.__name__ = fn.__name__
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('bob'), greet.__name__)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def tag(label):
    def deco(fn):
        def wrapper():
            return '<%s>%s</%s>' % (label, fn(), label)
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'hi'
print(text())
order = []
def trace(name):
    order.append('factory ' + name)
    def deco(fn):
        order.append('apply ' + name)
        return fn
    return deco
@trace('outer')
@trace('inner')
def traced():
    pass
print(order)
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def work(x):
    return x + 1
work(1)
work(2)
print(work(3), work.calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry), registry['Alpha'] is Alpha)
def add_method(cls):
    cls.describe = lambda self: 'I am ' + type(self).__name__
    return cls
@add_method
class Gamma:
    pass
print(Gamma().describe())
def log_method(fn):
    def wrapper(self, *a):
        print('calling', fn.__name__, a)
        return fn(self, *a)
    return wrapper
class Calc:
    @log_method
    def add(self, a, b):
        return a + b
    @staticmethod
    @count_calls
    def sq(x):
        return x * x
print(Calc().add(2, 3), Calc.sq(4), Calc.sq(5), Calc.sq.calls)
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('bad arg %r' % (a,))
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def pair(n, s):
    return s * n
print(pair(2, 'ab'))
try:
    pair('x', 'y')
except TypeError as e:
    print('TypeError', e)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.v)
deco_list = [shout]
@deco_list[0]
def indexed():
    return 'expr decorator'
print(indexed())
@(lambda f: lambda: f() * 2)
def lam():
    return 21
print(lam())

# Function parameters: defaults, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 20), f(1, c=30), f(a=5, b=6, c=7), f(*[1, 2]), f(**{'a': 0, 'c': 9}))
def va(*args, **kwargs):
    return args, kwargs
print(va(), va(1, 2), va(x=1, y=2), va(1, *[2, 3], z=4, **{'w': 5}))
def kwonly(a, *, key, opt=None):
    return a, key, opt
print(kwonly(1, key=2), kwonly(1, opt=3, key=4))
def posonly(a, b, /, c, *, d=0):
    return a, b, c, d
print(posonly(1, 2, 3), posonly(1, 2, c=3, d=4))
def mixed(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6, d=7))
def po_kw(x, /, **kw):
    return x, kw
print(po_kw(1, x=2))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def default_eval(x=counter):
    return x
counter = 20
print(default_eval())
def noret():
    pass
def multiret():
    return 1, 2
print(noret(), multiret())
def documented(x):
    """Return x doubled."""
    return x * 2
print(documented.__name__, documented.__doc__, documented(21))
def g(**kw):
    return sorted(kw.items())
print(g(**{'a-b': 1, 'c': 2}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def outer_call(*args, **kwargs):
    return f(*args, **kwargs)
print(outer_call(7, c=8))
try:
    f()
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, d=4)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, a=1)
except TypeError as e:
    print('TypeError', e)
try:
    kwonly(1, 2)
except TypeError:
    print('TypeError kwonly positional')
try:
    posonly(a=1, b=2, c=3)
except TypeError:
    print('TypeError posonly by keyword')
try:
    kwonly(1)
except TypeError:
    print('TypeError missing kwonly')
def recurse_defaults(n, acc=0):
    return acc if n == 0 else recurse_defaults(n - 1, acc + n)
print(recurse_defaults(10))
def star_only(*args):
    return len(args), sum(args)
print(star_only(*range(10)), star_only())
def unpack_in_call(a, b, c, d):
    return a + b + c + d
print(unpack_in_call(*'ab', *['c'], 'd'), unpack_in_call(1, *(2, 3), d=4))
print(f.__defaults__, kwonly.__kwdefaults__)
fn = f
print(fn(0), fn is f, callable(fn))

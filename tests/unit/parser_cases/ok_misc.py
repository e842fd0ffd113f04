print(*a, sep='')
print >>f, x
x = a[..., 1]
x = a == (not b)
with a, b as c:
    pass
del (a, b), [c]
def f():
    global g
    x = yield from y
    return x
def outer():
    a = 1
    def inner():
        nonlocal a
        a += 1
    return inner
if (n := len(a)) > 10:
    pass
x = [y for y in range(10) if y % 2 if y > 3]
x = {**a, 'b': 1, **c}
x = {*a, *b}
x = (*a, *b)
x = [*a, *b]
x = not a in b
x = a if not b else c
x = lambda: (yield)
x = -1 ** 2
x = (-1) ** 2
x = 1 - -1
x = ~~a
x = a.b.c(d)[e].f
@property
def p(self): return self._p
class A(B, metaclass=M):
    '''doc'''
    x: int = 0
    y: 'str'
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
x = f'{x!r:>{width}.{precision}}'
x = f"{'nested'}" f'{"quotes"}'
x = rb'\d' br"\w"
x = 1_2.3_4e5_6j
x = 0b_1_0 | 0o_7_7 ^ 0x_f_f
assert isinstance(x, int), f"bad {x!r}"
for i, (a, b) in enumerate(zip(x, y)):
    continue
while True:
    try:
        break
    except (ValueError, TypeError) as e:
        raise RuntimeError("x") from e
    finally:
        pass
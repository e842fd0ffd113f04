# iterable unpacking: starred targets, nested, in calls, literals, errors
a, *b = [1, 2, 3]; print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = range(5); print(a, b, c)
a, *b, c = (1, 2); print(a, b, c)
(a, b), [c, *d] = (1, 2), "abc"; print(a, b, c, d)
first, *_ = iter([9, 8, 7]); print(first)
print([*range(3), *"ab"], (*[1], 2), {*(1, 2), 3}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], *(3,), x=1, **{"y": 2}), f(**{}), f(*"ab"))
for bad in ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "f(**{'x': 1}, x=2)", "f(**[1])", "f(*5)"]:
    try:
        exec(bad, {"f": f})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for i, (x, *y) in enumerate([(1, 2, 3), (4,)]):
    print(i, x, y)
h, = [42]; print(h)
[p] = "q"; print(p)
d = {}
d["k"], d["j"] = 1, 2
print(d)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 9
print(i, lst)

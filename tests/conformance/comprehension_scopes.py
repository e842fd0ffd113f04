# comprehension scoping: loop vars don't leak, class scope, nested, walrus leaks to enclosing
x = "outer"
r = [x for x in range(3)]
print(r, x)
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v}, {c for c in "hello"} == set("helo"), list(x * 2 for x in range(3)))
class C:
    n = 3
    vals = [i for i in range(n)]
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
total = 0
out = [total := total + v for v in range(5)]
print(out, total)
print([y for z in [[1, 2], [3]] for y in z if y != 2], [i for i in range(10) if i % 2 if i % 3])
g = (i for i in range(3))
print(next(g), list(g), list(g))
try:
    [zz for q in range(1)]
except NameError as e:
    print(type(e).__name__, e)
def f():
    k = 10
    return [k + i for i in range(2)], (lambda: [k for _ in range(1)])()
print(f())
print([(lambda: i)() for i in range(3)], [f() for f in [lambda i=i: i * i for i in range(3)]])

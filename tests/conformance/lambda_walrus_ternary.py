# lambda, conditional expressions, walrus operator
sq = lambda x: x * x
print(sq(4), (lambda *a, **k: (a, k))(1, b=2), (lambda: "no args")(), sq.__name__)
print([(lambda x=i: x)() for i in range(3)], sorted([3, 1, 2], key=lambda v: -v))
x = 5
print("big" if x > 3 else "small", "a" if 0 else "b" if 0 else "c", (1 if True else 2) + 1)
data = [1, 5, 3, 8]
if (n := len(data)) > 3:
    print("long", n)
print([y for v in data if (y := v * 2) > 5], y)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print((z := 10) + z, z)
def f():
    return [w := 3, w * 2]
print(f())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(7), (lambda x: (lambda y: x + y))(1)(2))

# tuple packing/unpacking, swaps, nested unpacking in for loops and comprehensions
a, b = 1, 2
a, b = b, a
print(a, b)
x = 1, 2, 3
print(x, type(x).__name__, len(x))
(p, q), r = (1, 2), 3
print(p, q, r)
pairs = [(1, "a"), (2, "b")]
print([f"{n}{s}" for n, s in pairs], {s: n for n, s in pairs}, dict(pairs))
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
t = ()
print(t, (), tuple(), () == tuple(), (1,) * 3, (1, 2) + (3,))
def multi():
    return 1, [2, 3], "x"
n, (m, k), s = multi()
print(n, m, k, s)
single = 5,
print(single, len(single))

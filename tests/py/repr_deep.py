# repr of deeply nested containers: deeper than the C repr goes, the prelude's repr takes over,
# one Python frame per level, so 500 levels stay within the recursion limit as in CPython.
x = []
for i in range(500):
    x = [x]
r = repr(x)
print(len(r), r[:5], r[-5:])
t = ()
for i in range(300):
    t = (t, i)
print(len(repr(t)))
d = {}
for i in range(300):
    d = {i: d}
print(len(repr(d)), repr(d)[:12])
s = [frozenset({1}), {2}, set(), frozenset()]
print(repr(s))

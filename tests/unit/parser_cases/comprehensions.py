[x for x in y]
[x for x in y if x]
[x for x in y if a if b]
[x for x in y for z in w]
[x for x in y if a for z in w if b]
[(x, y) for x, y in z]
[x for x, in y]
[x for *a, b in c]
[x for a.b in c]
[x for a[0] in c]
{x for x in y}
{k: v for k, v in d.items()}
{k: v for k in a for v in b if k}
(x for x in y)
(x for x in y if x for z in x)
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
[x for x in (a if b else c)]
[lambda: x for x in y]
[[y for y in x] for x in z]
[x := 1 for y in z]
[(x := 1) for y in z]
[x for x in y if (z := x)]
sum(x for x in y if x)
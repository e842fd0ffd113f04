f()
f(a)
f(a, b)
f(a,)
f(*a)
f(**k)
f(a, *b, c, *d, e=1, **f)
f(a=1, *b)
f(a=1, b=2, **c, d=3)
f(*a, b)
f(x := 1)
f(a, (yield))
f(a)(b)(c)
a.b(c).d[e]
f(a for b in c)
a[1]
a[1:2]
a[1:]
a[:2]
a[:]
a[::]
a[::2]
a[1:2:3]
a[1:2, 3]
a[1:2, ::3]
a[:, 1]
a[1,]
a[1, 2]
a[(1, 2)]
a[*b]
a[*b, c]
a[x := 1]
a[(x := 1)]
a[x := 1, y]
a[b][c]
a[b, c:d, e:f:g]
a[lambda: x]
a[x if y else z]
a[-1]
a[::-1]
a[b:c,]
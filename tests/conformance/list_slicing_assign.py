# list slice assignment and deletion, extended slices
a = list(range(10))
a[2:5] = ["x"]; print(a)
a[:0] = [-1, -2]; print(a)
a[len(a):] = [99]; print(a)
a[::2] = list("ABCDEF")[:len(a[::2])]; print(a)
del a[1::3]; print(a)
del a[:2]; print(a)
a[1:3] = []; print(a)
a[-2:] = "zz"; print(a)
b = [1, 2, 3, 4]
b[1:3] = b; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = list(range(6))
c[5:1:-2] = ["p", "q"]; print(c)
c[10:20] = [7]; print(c)
print(c[::-1], c[-2::-2], c[100:], c[-100:1], c[1:-1:2])
try:
    c[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    c[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    c["a"]
except TypeError as e:
    print(type(e).__name__, e)
del c[-1]; print(c)

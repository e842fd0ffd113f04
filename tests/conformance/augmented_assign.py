# augmented assignment on names, attributes, subscripts, with evaluation-once semantics
x = 5; x += 2; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 6
print(x)
f = 1.5; f /= 2; f -= 0.25; print(f)
s = "a"; s += "b"; s *= 3; print(s)
l = [1]; l2 = l; l += [2]; l *= 2; print(l, l is l2)
t = (1,); t2 = t; t += (2,); print(t, t is t2)
class O: pass
o = O(); o.v = 1; o.v += 10; print(o.v)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 5
print(arr, calls)
d = {"k": [1]}
d["k"] += [2]; d.setdefault("n", 0); d["n"] += 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 10; print(m)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
a = b = c = 7
a += 1
print(a, b, c)
i, j = 1, 2
i, j = j, i
print(i, j)

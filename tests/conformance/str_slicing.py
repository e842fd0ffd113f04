# str indexing and slicing with negative indices and steps
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), s[2:100])
print(s[slice(1, 4)], s[slice(None, None, 3)])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
u = "héllo wörld"
print(u[1], u[-4], u[::-1], u[1:8:3])
print(s[True], s[False:True])

# slice objects: repr, indices(), attributes, use with custom __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice("a", "b")))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4), slice(None, None, 3).indices(0))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1], g[1:2], g[1:2:3], g[::], g[:, 1], g[..., 1:], g["x"], g[1:2, ::3])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), [1, 2, 3, 4][slice(1, 3)], "abcdef"[slice(None, None, -2)])
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)

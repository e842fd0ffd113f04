# bytearray: mutation, slices, methods, repr
ba = bytearray(b"hello")
ba[0] = 72
print(ba, repr(ba), len(ba))
ba.append(33)
ba.extend(b"!!")
ba.extend([63])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(108)
print(ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.reverse()
print(ba)
ba += b"abc"
print(ba, ba * 2)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
c = bytearray(b"abc")
d = c.copy()
d[0] = 0
print(c, d, c == b"abc", c.upper(), c.split(b"b"), c.find(b"c"), c.hex())
try:
    c[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.remove(120)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(bytearray.fromhex("41 42"), c[1], c[0:2], bytes(c))

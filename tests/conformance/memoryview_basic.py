# memoryview basics over bytes and bytearray
m = memoryview(b"abcdef")
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.readonly, m.format, m.itemsize, m.nbytes)
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv.readonly, mv.tobytes(), mv.hex())
print(m == b"abcdef", bytes(m[::2]), m[::-1].tobytes())
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
with memoryview(b"ab") as q:
    print(q.tobytes())
try:
    q.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
print(list(memoryview(b"\x01\xff").cast("b")))

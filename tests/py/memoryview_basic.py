# memoryview over bytes and bytearray: len, indexing, slicing (views), tobytes, tolist, release,
# readonly, format/itemsize, cast, writes through to a bytearray, and the errors


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.ndim)
print(m.nbytes, m.shape, m.strides, m.obj, m.hex(), bytes(m), list(m))
s = m[1:4]
print(type(s).__name__, s.tobytes(), len(s), s[0], m[::2].tobytes(), m[::-1].tobytes(), s[1:].tobytes())
print(m == b"abcdef", m == memoryview(b"abcdef"), m != b"x", m[1:3] == b"bc")
show("index", lambda: m[10])


def write_ro():
    m[0] = 1


show("readonly write", write_ro)
show("not bytes-like", lambda: memoryview("text"))
show("int", lambda: memoryview(5))

ba = bytearray(b"hello")
mv = memoryview(ba)
print(mv.readonly, mv.obj is ba)
mv[0] = ord("j")
mv[1:3] = b"EL"
print(ba)
ba[4] = ord("O")
print(mv.tobytes(), mv[4])
sub = mv[2:]
sub[0] = ord("x")
print(ba, sub.tobytes())


def bad_len():
    mv[0:2] = b"abc"


def bad_value():
    mv[0] = 256


show("length mismatch", bad_len)
show("bad value", bad_value)

c = memoryview(b"ab").cast("c")
print(c.format, c[0], c.tolist())
signed = memoryview(bytes([255, 1])).cast("b")
print(signed.tolist(), signed[0])

with memoryview(b"ctx") as cm:
    print(cm.tobytes())
show("released len", lambda: len(cm))
show("released tobytes", lambda: cm.tobytes())
r = memoryview(b"r")
r.release()
r.release()
show("released index", lambda: r[0])
print(memoryview(memoryview(b"nested")).tobytes(), bytearray(memoryview(b"mv")))

# bytearray: constructors, indexing and slicing (read and write), mutation methods, bytes methods,
# operators, comparisons with bytes, repr, decode, hex/fromhex, and the errors


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(bytearray(), bytearray(b"abc"), bytearray(4), bytearray([65, 66, 67]), bytearray(range(3)))
print(bytearray("héllo", "utf-8"), bytearray("abc", "ascii", "strict"), bytearray(bytearray(b"copy")))
print(bytearray(memoryview(b"view")), bytearray(iter([1, 2])), bytearray((x for x in b"gen")))
show("str without encoding", lambda: bytearray("abc"))
show("negative", lambda: bytearray(-1))
show("float", lambda: bytearray(1.5))
show("out of range", lambda: bytearray([256]))
show("bad item", lambda: bytearray(["a"]))
show("encoding without str", lambda: bytearray(b"x", "utf-8"))

ba = bytearray(b"hello world")
print(len(ba), ba[0], ba[-1], ba[1:4], ba[::2], ba[::-1], type(ba[1:3]).__name__)
show("index", lambda: ba[20])
show("str index", lambda: ba["x"])
ba[0] = ord("H")
ba[-1] = 68
ba[6:11] = b"WORLD"
print(ba)
ba[0:1] = [106, 106]
print(ba)
ba[2:4] = bytearray()
print(ba)
del ba[0]
del ba[-3:]
print(ba)


def setbad():
    ba[0] = 300


def setstr():
    ba[0] = "a"


show("set out of range", setbad)
show("set str", setstr)

b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
b.insert(0, 64)
b.insert(100, 105)
print(b)
print(b.pop(), b.pop(0), b)
b.remove(ord("c"))
print(b)
show("remove missing", lambda: b.remove(ord("z")))
show("pop empty", lambda: bytearray().pop())
show("append bad", lambda: b.append(1000))
show("append str", lambda: b.append("x"))
show("extend str", lambda: b.extend("xy"))
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, len(b))

x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y is x)
x *= 2
print(x, y)
print(x + b"!", b"!" + x, type(b"!" + x).__name__, x * 2, 2 * bytearray(b"z"))
show("concat str", lambda: x + "s")
print(x == b"abcdabcd", b"abcdabcd" == x, x != b"a", x < b"b", bytearray(b"b") > b"a", x == "abcdabcd")
print(bytearray(b"a") == bytearray(b"a"), bytearray(b"a") <= bytearray(b"b"))
show("hash", lambda: hash(bytearray(b"a")))

s = bytearray(b"  Hello, World  ")
print(s.strip(), s.lower(), s.upper(), s.split(b","), s.strip().split())
print(s.find(b"o"), s.rfind(b"o"), s.count(b"l"), s.index(b"W"), s.startswith(b"  H"), s.endswith(bytearray(b"  ")))
print(s.replace(b"l", b"L"), s.strip().partition(b", "), bytearray(b"a,b").rsplit(b","))
print(bytearray(b"-").join([b"a", bytearray(b"b"), b"c"]), bytearray(b"abc").center(7, b"*"))
print(bytearray(b"123").isdigit(), bytearray(b"abc").isalpha(), bytearray(b"x\ny").splitlines())
print(bytearray(b"caf\xc3\xa9").decode(), bytearray(b"abc").decode("ascii"), bytearray(b"\xff").decode("latin-1"))
show("decode error", lambda: bytearray(b"\xff").decode())
print(bytearray(b"\x01\xab").hex(), bytearray.fromhex("de ad be ef"), bytearray(b"abc").hex("-"))
print(ord("a") in bytearray(b"abc"), b"bc" in bytearray(b"abc"), 120 in bytearray(b"abc"))
print(list(bytearray(b"hi")), [c for c in reversed(bytearray(b"hi"))], sorted(bytearray(b"cab")))
print(bytes(bytearray(b"back")), bytearray(b"x") * 0, str(bytearray(b"s")))
print(isinstance(bytearray(), bytearray), type(bytearray()).__name__, bytearray)
print(bytearray(b"tr").translate(bytes.maketrans(b"t", b"T")), bytearray(b"a\tb").expandtabs(4))

# bytes repr, hex/fromhex, indexing, constructors
print(repr(b""), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x00\t\n\r\x7f\x80\xff\\"))
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2), b"\x01\x02\x03".hex(" ", -2))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  BE EF"), bytes.fromhex(""))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], list(b[:2]), b[10:])
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"x"), bytes(bytearray(b"y")))
for bad in [(-1,), ([256],), ("abc",), (1.5,)]:
    try:
        bytes(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"ab" + b"cd", b"ab" * 3, b"ab" < b"ac", b"ab" == bytearray(b"ab"), b"a" == "a")
print(list(iter(b"az")), len(b"abc"), bytes.maketrans(b"ab", b"xy")[97:99])
print(b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
print(hash(b"abc") == hash(b"abc"), b"%s-%d-%x" % (b"a", 5, 255), b"%c" % 65, b"%r" % b"x" if False else b"%a" % "é")

# str.encode / bytes.decode with utf-8, ascii, latin-1 and error handlers
s = "héllo €"
print(s.encode())
print(s.encode("utf-8"))
print(s.encode("latin-1", "replace"))
print(s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
b = s.encode()
print(b.decode(), b.decode("utf-8"))
print(b"\xff\xfeabc".decode("utf-8", "replace"))
print(b"\xff\xfeabc".decode("utf-8", "ignore"))
print(b"\xff\xfeabc".decode("latin-1"))
print(repr(b"\xff".decode("utf-8", "backslashreplace")))
try:
    b"\xffabc".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"abc\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("abc".encode("UTF8"), "abc".encode("utf_8"), "x".encode(encoding="ascii"))
print(str(b"abc", "ascii"), str(b"abc"))
print("\U0001F600".encode(), len("\U0001F600"), len("\U0001F600".encode()))

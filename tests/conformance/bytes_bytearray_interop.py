# bytes and bytearray together: comparisons, concatenation, conversions, methods returning types
b = b"abc"
ba = bytearray(b"abc")
print(b == ba, ba == b, b + ba, type(b + bytes(ba)).__name__, ba + b, type(ba + b).__name__)
print(bytes(ba), bytearray(b), list(ba), ba[0], ba[-1:], type(ba[0:1]).__name__, b[0:1])
ba2 = ba.upper()
print(ba2, type(ba2).__name__, ba.replace(b"b", b"B"), ba.split(b"b"), ba.startswith(b"a"), ba.find(b"c"))
print(b"".join([b"x", b"y"]), bytearray(b"-").join([b"1", b"2"]), b"%d-%s" % (5, b"z"), len(ba * 3))
print(sorted(b"cab"), max(b"xyz"), bytes(reversed(b"abc")), b"abc".hex(), ba.hex("-"), bytes.fromhex("ff00"))
print(b"a b".split(), b"aXbXc".split(b"X", 1), b"  x ".strip(), b"x".ljust(3, b"."), b"AbC".lower(), b"abc".title())
ba.extend(b"def"); ba[0:2] = b"XY"; ba.append(0x21)
print(ba, ba.decode(), bytes(ba).decode("ascii"), ba.count(b"d"), ba.index(b"e"), b"d" in ba, 0x21 in ba)

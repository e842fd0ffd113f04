# struct pack/unpack with byte orders and sizes
import struct
print(struct.pack("<HI", 1, 2), struct.pack(">HI", 1, 2), struct.pack("!q", -1), struct.pack("<d", 1.5), struct.pack("3s", b"abcd"), struct.pack("?", 5))
print(struct.unpack("<HI", b"\x01\x00\x02\x00\x00\x00"), struct.unpack(">f", struct.pack(">f", 0.1)), struct.calcsize("<HI"), struct.calcsize("@HI"), struct.calcsize("<5sd"))
print(list(struct.iter_unpack("<h", b"\x01\x00\xff\xff")), struct.unpack_from("<B", b"\x00\x07", 1), struct.Struct("<i").pack(7))
for bad in [("<B", 256), ("<h", 1.5), ("<i",)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print(type(e).__name__, e)

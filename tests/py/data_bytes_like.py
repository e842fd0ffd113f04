# bytearray and memoryview in the data modules: struct.pack_into (and CPython's partial writes), unpack from them, hashing, binascii, base64, json.loads.
import struct, hashlib, binascii, base64, json
b = bytearray(8)
for f in [lambda: struct.pack_into('<i', b, 2, 7), lambda: struct.pack_into('<i', b, -4, 9), lambda: struct.pack_into('<i', b, 6, 1), lambda: struct.pack_into('<i', b, -2, 1),
          lambda: struct.pack_into('<i', b, -10, 1), lambda: struct.pack_into('<i', b'abcd', 0, 1), lambda: struct.pack_into('<i', b), lambda: struct.pack_into('<i'),
          lambda: struct.pack_into(), lambda: struct.pack_into('<i', b, 0), lambda: struct.pack_into('<i', b, 'x', 1), lambda: struct.Struct('<h').pack_into(b, 0, 5),
          lambda: struct.unpack_from('<h', b, 2), lambda: struct.unpack('<h', bytearray(b'ab')), lambda: struct.unpack('<h', memoryview(b'ab')),
          lambda: list(struct.iter_unpack('<h', bytearray(b'abcd'))), lambda: struct.pack_into('<h', memoryview(b), 0, 3), lambda: struct.pack_into('<h', memoryview(b'ab'), 0, 3),
          lambda: struct.pack_into('<hh', b, 0, 1, 'x'), lambda: struct.pack_into('<q', b, 1, 1),
          lambda: hashlib.sha256(bytearray(b'abc')).hexdigest(), lambda: hashlib.md5(memoryview(b'abc')).hexdigest(), lambda: hashlib.new('sha1', bytearray(b'x')).hexdigest(),
          lambda: binascii.hexlify(bytearray(b'\x01\xff')), lambda: binascii.crc32(memoryview(b'abc')), lambda: binascii.a2b_base64(bytearray(b'YWJj')),
          lambda: base64.b64encode(bytearray(b'hi')), lambda: base64.b64decode(bytearray(b'aGk=')), lambda: base64.b32encode(bytearray(b'hi')), lambda: base64.encodebytes(bytearray(b'x')),
          lambda: json.loads(bytearray(b'[1, "a"]')), lambda: json.loads(memoryview(b'[1]'))]:
    try:
        r = f()
        print(repr(r), b)
    except Exception as e:
        print(type(e).__name__, e)
print(struct.pack('3s3p', bytearray(b'ab'), bytearray(b'cd')))
try:
    struct.pack('c', bytearray(b'x'))
except struct.error as e:
    print(e)

# binascii and base64: hex, base64 (strict and lenient), base32, base16, crc32.
import base64, binascii
for d in [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'\xff\xfe\x00hello world', bytes(range(256))]:
    e = base64.b64encode(d); print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d)[:20])
    print(base64.b32encode(d)[:40], base64.b32decode(base64.b32encode(d)) == d, base64.b16encode(d)[:20], base64.b16decode(base64.b16encode(d)) == d)
    print(binascii.hexlify(d)[:30], binascii.crc32(d), binascii.crc32(d, 12345), binascii.crc_hqx(d, 0))
    print(base64.b32hexencode(d)[:30], base64.encodebytes(d)[:30])
print(binascii.hexlify(b'abcdef', '-', 2), binascii.hexlify(b'abcde', b':', -2))
print(base64.b64decode('YW Jj\nZA=='), base64.b64decode(b'YWJjZA==garbage'), base64.urlsafe_b64decode('-_-_'))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b32decode('me======', casefold=True), base64.b32decode('ME0=====', map01='L') if 0 else '')
for f in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a'), lambda: base64.b64decode('ab!c', validate=True),
          lambda: base64.b64decode(3), lambda: base64.b64encode('s'), lambda: base64.b32decode('abc'), lambda: base64.b32decode('AB======'),
          lambda: base64.b32decode('A1======'), lambda: base64.b16decode('ag'), lambda: base64.b16decode('abc'), lambda: binascii.unhexlify('abc'),
          lambda: binascii.unhexlify('zz'), lambda: binascii.unhexlify('é'), lambda: binascii.a2b_base64('ab=c', strict_mode=True),
          lambda: binascii.a2b_base64('=abc', strict_mode=True), lambda: binascii.a2b_base64('abcd=', strict_mode=True), lambda: binascii.a2b_base64('ab!d', strict_mode=True),
          lambda: binascii.a2b_base64('abcdabcda'), lambda: base64.b64decode('YWJj', validate=True)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e, isinstance(e, ValueError))
print(binascii.Error.__mro__)

# struct: pack/unpack/calcsize/iter_unpack/unpack_from/Struct in every byte order, CPython's messages.
import struct
for m in '@=<>!':
    for c in 'bBhHiIlLqQnNP':
        try:
            sz = struct.calcsize(m + c)
        except struct.error as e:
            print(m, c, e); continue
        signed = c.islower()
        lo, hi = (-(1 << (8*sz-1)), (1 << (8*sz-1))-1) if signed else (0, (1 << (8*sz))-1)
        for v in [lo, hi, 0, 1, -1, lo-1, hi+1, 2**31, 2**63, 2**64, -2**63-1, 2**70, -2**70]:
            try:
                b = struct.pack(m + c, v); print(m, c, v, b, struct.unpack(m + c, b))
            except Exception as e:
                print(m, c, v, type(e).__name__, e)
    for c in 'efd':
        for v in [0.0, -0.0, 1.5, -2.25, 1e-8, 65504.0, 65520.0, 65519.0, 1e-300, 3.4e38, 3.5e38, 1e308, float('inf'), -float('inf'), float('nan'), 0.1, 1/3, 5.960464477539063e-08, 2.9e-08, 3e-08, 6.1e-05, 7, True]:
            try:
                b = struct.pack(m + c, v); print(m, c, v, b, struct.unpack(m + c, b))
            except Exception as e:
                print(m, c, v, type(e).__name__, e)
for f in ['bi?q', '@bi?q', '<bi?q', 'x', '3x', 'ci', 'hq', 'iq', '5s', '5p', '0s', '2h3x', '@qbh', 'e', ' i i ', '']:
    print(f, struct.calcsize(f))
print(struct.pack('3s2sc?', b'abcdef', b'x', b'z', 5), struct.unpack('3s2sc?', b'abcxyz\x00'))
print(struct.pack('5p3p1p', b'ab', b'abcdef', b'q'), struct.unpack('5p3p', b'\x09abcd\x02xy'))
print(struct.pack('>hxHxxi', 1, 2, 3), struct.unpack('>hxHxxi', struct.pack('>hxHxxi', 1, 2, 3)))
print(list(struct.iter_unpack('<hb', b'\x01\x02\x03\x04\x05\x06')), struct.unpack_from('<h', b'\x01\x02\x03\x04', 2), struct.unpack_from('<h', b'\x01\x02\x03\x04', -2), struct.unpack_from('<h', buffer=b'\x01\x02\x03\x04', offset=1))
s = struct.Struct('<2i'); print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00\x00\x00'), struct.Struct(b'>h').format)
print(struct.error.__mro__, struct.error.__module__, struct.pack('!I', 0xdeadbeef), struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('?', b'\x02'))
class Idx:
    def __index__(self):
        return 5
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('i', Idx()), struct.pack('d', Flt()), struct.pack('<e', Idx()))
for f in [lambda: struct.pack('<f', 1e300), lambda: struct.pack('<e', 1e6), lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 'a'),
          lambda: struct.pack('s', 'a'), lambda: struct.pack('p', 1), lambda: struct.pack('i'), lambda: struct.pack('i', 1, 2),
          lambda: struct.unpack('i', b'abc'), lambda: struct.unpack('i', 'abcd'), lambda: struct.pack('z'), lambda: struct.pack('3'),
          lambda: struct.calcsize(1), lambda: struct.pack('<P', 1), lambda: struct.pack('d', 'x'), lambda: struct.pack('i', 1.0),
          lambda: struct.unpack_from('i', b'abcdef', 4), lambda: struct.unpack_from('i', b'abcdef', -10), lambda: struct.unpack_from('i', b'abcdef', 10),
          lambda: list(struct.iter_unpack('i', b'abcdef')), lambda: struct.iter_unpack('', b''), lambda: struct.Struct(1),
          lambda: struct.calcsize('99999999999999999999i'), lambda: struct.pack('x', 1), lambda: struct.pack('3 i', 1), lambda: struct.pack('=n', 1),
          lambda: struct.unpack_from('i', b'abcd', 'x'), lambda: struct.pack('d', 2**1024)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

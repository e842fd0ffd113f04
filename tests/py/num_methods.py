# Methods and attributes of int, bool and float: bit ops, bytes, ratios, hex, rounding, errors.
def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


ints = [0, 1, -1, 5, -5, 255, 256, 2 ** 31, -2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 3 ** 100, -(7 ** 77), True, False]
print('bit_length', [n.bit_length() for n in ints])
print('bit_count', [n.bit_count() for n in ints])
print('ratio', [n.as_integer_ratio() for n in ints[:6] + [True, False, 2 ** 70]])
print('attrs', [(n.real, n.imag, n.numerator, n.denominator, n.conjugate()) for n in [7, -3, True, False, 2 ** 65]])
print('attr types', type(True.real).__name__, type(True.numerator).__name__, type(True.conjugate()).__name__,
      type(True.__trunc__()).__name__, type((5).imag).__name__)
print('dunders', [(n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__()) for n in [7, -7, True, 2 ** 70]])
print('int round', [t(n.__round__, d) for n, d in [(15, -1), (25, -1), (-15, -1), (-25, -1), (1234, -2), (1250, -2),
                                                   (1350, -2), (5, 2), (5, -1), (49, -2), (50, -2), (150, -2),
                                                   (2 ** 70, -10), (123456, -30), (5, None), (5, 1.0), (True, -1)]])
print('int round errors', t((5).__round__, 1, 2), t((5).__round__, ndigits=1), t(int.__round__, 1.5))
print('getnewargs', (5).__getnewargs__(), True.__getnewargs__(), (2.5).__getnewargs__())

print('to_bytes', [t(n.to_bytes, 10, 'big', signed=True) for n in ints],
      [t(n.to_bytes, 9, 'little') for n in [0, 1, 255, 2 ** 64, 2 ** 72 - 1]])
print('to_bytes defaults', (5).to_bytes(), (5).to_bytes(2), (5).to_bytes(length=2, byteorder='little'),
      (1024).to_bytes(2, 'big'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'),
      (-1).to_bytes(0, 'big', signed=True))
edge = [(-128, 1), (-129, 1), (127, 1), (128, 1), (255, 1), (-256, 2), (-32768, 2), (-32769, 2), (32767, 2), (1, 0)]
print('to_bytes edges', [t(n.to_bytes, k, 'big', signed=True) for n, k in edge])
print('to_bytes errors', t((5).to_bytes, 1, 'middle'), t((-5).to_bytes, 1, 'big'), t((500).to_bytes, 1, 'big'),
      t((5).to_bytes, -1, 'big'), t((5).to_bytes, 1, 5), t((5).to_bytes, 1, 'big', True), t((5).to_bytes, 1.5),
      t((5).to_bytes, 1, 'big', sign=False), t((5).to_bytes, 2 ** 70), t(int.to_bytes))
print('from_bytes', [t(int.from_bytes, b, o, signed=s) for b in [b'', b'\x01', b'\x80', b'\xff\xff', b'\x01\x00',
                                                                 b'\x00\x80', b'\xff' * 20, b'\x80' + b'\x00' * 20]
                     for o in ['big', 'little'] for s in [False, True]])
print('from_bytes misc', t(int.from_bytes, b'\x01\x02'), t(int.from_bytes, [1, 2], 'little'), t(int.from_bytes, (255, 0)),
      t(int.from_bytes, range(3)), t(int.from_bytes, iter([1, 0])), t(int.from_bytes, bytes=b'\x01', byteorder='little'),
      t(bool.from_bytes, b'\x01'), t(bool.from_bytes, b'\x00'), t(int.from_bytes, b''))
print('from_bytes errors', t(int.from_bytes, 'ab'), t(int.from_bytes, 5), t(int.from_bytes, [1, 256]),
      t(int.from_bytes, [1, 'a']), t(int.from_bytes, b'\x01', 'mid'), t(int.from_bytes, b'\x01', byteorder=5),
      t(int.from_bytes), t(int.from_bytes, b'\x01', 'big', True), t(int.from_bytes, b'\x01', 'big', x=1),
      t(int.from_bytes, b'\x01', 'big', signed=True, x=1))
roundtrip = [n for n in [0, 1, -1, 2 ** 100 + 12345, -(3 ** 90)] if int.from_bytes(n.to_bytes(60, 'big', signed=True), 'big', signed=True) == n]
print('roundtrip', len(roundtrip))
print('method errors', t(int.bit_length, 'a'), t((5).bit_length, 1), t((5).bit_length, x=1), t(int.bit_length),
      t(int.bit_count, 2.0), t((5).as_integer_ratio, 1), t((5).conjugate, 1), t((5).__trunc__, 1))

floats = [0.0, -0.0, 0.5, -2.5, 3.0, 0.1, 1e300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
          2.225073858507201e-308, 123.456, float('inf'), float('-inf'), float('nan')]
print('is_integer', [x.is_integer() for x in floats])
print('float ratio', [t(x.as_integer_ratio) for x in floats])
print('hex', [x.hex() for x in floats])
hexes = ['0x1.8p1', '1.8p1', '0X1P-1074', '0x1p-1075', '0x3p-1076', '0x1.0000000000000fp0', '0x1.00000000000008p0',
         '0x1.00000000000018p0', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', 'inf', '-infinity', 'nan',
         '-NaN', '+0x.8', '0x.', '0x', '1', 'a', 'fp1', '0x1p', '0x1p+', '0x1.p-1', '  0x10  ', '0x1_0',
         '0x1p99999999999999999999', '0x0p99999999999999999999', '0x1p-99999999999999999999',
         '0x0.0000000000000000000000001p100', '0x1e', '0x1.e', '1e', '-0x0p0', '0x1.000000000000080000000000001p0',
         '0x.0000000000001p-1022', '0x0.00000000000008p-1022', '0x0.00000000000018p-1022', '0x1p1024',
         '0x1.fffffffffffffp1023', '0x0.8p-1074', '0x0.80000001p-1074', '\t0x1\n', '0x1 p1', '0x1.2.3', '']
print('fromhex', [t(float.fromhex, s) for s in hexes])
print('fromhex roundtrip', all(float.fromhex(x.hex()) == x for x in floats if x == x))
print('fromhex errors', t(float.fromhex), t(float.fromhex, '1', 2), t(float.fromhex, 5), t(float.fromhex, b'0x1'))
print('float attrs', [(x.real, x.imag, x.conjugate()) for x in [1.5, -0.0, float('inf')]])
print('float dunders', [(t(x.__trunc__), t(x.__floor__), t(x.__ceil__), t(x.__round__)) for x in
                        [2.5, -2.5, 3.5, 0.5, -0.5, 1e20, -1e300, float('inf'), float('nan')]])
rounds = [(2.675, 2), (2.5, 0), (0.125, 2), (0.375, 2), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (-0.4, 0),
          (5e-324, 323), (1e-320, 322), (1e300, -299), (1.7976931348623157e308, -308), (0.5, 400), (123.0, -400),
          (-123.0, -400), (float('inf'), -400), (float('nan'), 3), (1.5, None), (1.5, 2 ** 70), (1.5, -2 ** 70),
          (0.1 + 0.2, 15), (2.5e-5, 5), (1e22, -22), (5e22, -23), (15.0, -1), (25.0, -1), (-35.0, -1)]
print('float round', [t(x.__round__, n) for x, n in rounds])
print('float round errors', t((1.5).__round__, 1.0), t((1.5).__round__, 1, 2), t((1.5).__round__, ndigits=1),
      t(float.__round__, 1))
print('float errors', t((1.5).is_integer, 1), t(float.hex, 1), t(float.hex), t((1.5).as_integer_ratio, 1),
      t((1.5).__floor__, 1), t(float.__getformat__, 'double'), t(float.__getformat__, 'float'),
      t(float.__getformat__, 'x'), t(float.__getformat__, 5))


class Ix:
    def __index__(self):
        return 2


print('index objects', t((2.567).__round__, Ix()), t((1234).__round__, Ix()), t(int.from_bytes, [Ix(), 1]))

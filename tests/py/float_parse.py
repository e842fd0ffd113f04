# float() and int() parsing of strings and conversions.
for s in ['3.14', ' -2.5e-3 ', '1_000.25', 'inf', '-Infinity', '+INF', 'nan', 'NaN',
          '+1E5', '.5', '5.', '-.5e+2', '1e400', '-1e400', '1e-400', '0.1',
          '2.2250738585072011e-308', '4.9e-324', '2.4e-324', '2.5e-324',
          '1.7976931348623157e308', '1.7976931348623159e308', '9007199254740993',
          '0.30000000000000004', '123456789012345678901234567890', '\t42\n',
          '0000.000100', '1e0', '-0', '-0.0', '1_2.3_4e1_0']:
    print(repr(s), repr(float(s)))
for s in ['abc', '', ' ', '1__0', '_1', '1_', '0x10', '1e', 'e5', '1.2.3', '--1', 'in f', '1,5']:
    try:
        float(s)
        print(repr(s), 'parsed?')
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(float(True), float(5), float(-7), float(2 ** 63), float(10 ** 20), float(3.5))
for v in [0.1, 1 / 3, 1e-310, 123.456, 5e-324, 1.7976931348623157e308, 2.0 ** 70]:
    print(float(repr(v)) == v, float(str(v)) == v)
for s in ['  12  ', '-0', '+5', '1_000', '007', '-  3' if False else '-3', '\n99\t',
          '123456789012345678901234567890', '0']:
    print(repr(s), int(s))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0b101', 0))
print(int('0o17', 0), int('17', 8), int('z', 36), int('Zz', 36), int('10', 2), int('12', 3))
print(int('-0x1F', 16), int(' +0b11 ', 0), int('1_0', 0), int('0', 0), int('00', 0))
print(int(3.99), int(-3.99), int(-0.5), int(True), int(False), int(1e18))
for s, base in [('1.5', 10), ('', 10), (' ', 10), ('12a', 10), ('2', 2), ('0x', 16),
                ('08', 0), ('1__2', 10), ('_1', 10), ('abc', 10)]:
    try:
        int(s, base)
        print(repr(s), base, 'parsed?')
    except ValueError as e:
        print(repr(s), base, 'ValueError', e)
for bad in [float('inf'), float('-inf')]:
    try:
        int(bad)
    except OverflowError as e:
        print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    int('5', 1)
except ValueError as e:
    print('ValueError', e)
try:
    int(None)
except TypeError:
    print('TypeError int(None)')
try:
    float([1])
except TypeError:
    print('TypeError float([1])')
print(str(12), str(-0), str(10 ** 20), repr(-15), str(1.0), str(-1e-9))

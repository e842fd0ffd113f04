#!/usr/bin/env python3
"""gen_dtoa_cases.py: prints the CPython-derived case tables pasted into tests/unit/test_dtoa.c.

Run with the CPython version the interpreter imitates (3.11) and paste the output between the
"generated" markers of test_dtoa.c. The seed is fixed so the tables are reproducible.
"""
import math
import random
import struct
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

random.seed(20240611)
getcontext().prec = 2000


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def cstr(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append('\\' + ch)
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


# Values that exercise rounding ties, carries, exponent switches and the range ends.
VALUES = [
    0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 1 / 3, 2 / 3, 9.5, 0.05, 0.06,
    0.001, 0.0001234, 123.456, 99.99, 999999.5, 0.999999, 9.9999, 1e-7, 1234567.0, 12345.678,
    100.0, 1e6, 1e15, 1e16, 1e17, 123456789012345678.0, 1e22, 1e23, 1e100, 1e300, 1e-4, 1e-5,
    9.999999e-5, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
    1.7976931348623157e308, 0.30000000000000004, float(2 ** 53), float(2 ** 53 + 2), float(2 ** 63),
    math.pi, -math.e, 2.0 ** -1022, 2.0 ** -1074 * 3, 1.25e-10, 6.02214076e23, -273.15,
    float('inf'), float('-inf'), float('nan'),
]

SPECS = []
for t in ['e', 'E', 'f', 'F', 'g', 'G', '%', '']:
    for p in [-1, 0, 17]:
        SPECS.append((t, p, False))
    SPECS.append((t, 1, True))
SPECS.append(('r', -1, False))

# Single cases from the brief and other notable ones.
EXTRA = [
    (0.1, 'f', 30, False), (1e300, 'f', -1, False), (1e300, 'f', 0, False), (5e-324, 'e', 60, False),
    (5e-324, 'f', 330, False), (0.1, 'e', 60, False), (1.0, '', 3, False), (1e20, '', 3, False),
    (123.0, '', 3, False), (1.0, '', 0, False), (1.0, '', 3, True), (1e16, '', -1, True),
    (0.0, 'g', -1, True), (0.5, 'f', 0, False), (1.5, 'f', 0, False), (2.5, 'f', 0, False),
    (0.5, 'f', 0, True), (0.4, 'f', 0, True), (0.001, 'f', 1, False), (-0.001, 'f', 1, False),
    (0.0049, '%', 1, False), (1e308, '%', -1, False), (9.5, 'e', 0, False), (8.5, 'e', 0, False),
    (0.125, 'f', 2, False), (0.375, 'f', 2, False), (1e-10, 'g', 1, False), (123456.0, 'g', 6, False),
    (1234567.0, 'g', 6, False), (0.0001, 'g', -1, False), (0.00001, 'g', -1, False),
    (1.7976931348623157e308, 'f', 3, False), (2.0 ** -1074, 'g', 1000, False),
    (2.0 ** -1074, 'f', 1100, False), (1.0 / 3, 'f', 200, False), (2.0 ** 60, 'f', 5, True),
]

fmt = []


def add_fmt(x, t, p, alt):
    if t == 'r':
        want = repr(x)
    else:
        spec = ('#' if alt else '') + ('.%d' % p if p >= 0 else '') + t
        want = format(x, spec)
    fmt.append((bits(x), t, p, alt, want))


for x in VALUES:
    for t, p, alt in SPECS:
        if t in 'fF%' and t and abs(x) > 1e25 and x != float('inf'):
            continue  # hundreds of digits each; EXTRA and the random cases cover these
        add_fmt(x, t, p, alt)
for x, t, p, alt in EXTRA:
    add_fmt(x, t, p, alt)
# random doubles: repr across the whole range plus a few fixed formats
for i in range(200):
    x = from_bits(random.getrandbits(64))
    if x != x:
        continue
    add_fmt(x, 'r', -1, False)
    t = random.choice(['e', 'g', '', 'f', '%'] if abs(x) < 1e25 else ['e', 'g', ''])
    add_fmt(x, t, random.choice([-1, 0, 1, 3, 8, 16, 20]), random.random() < 0.3)

# Parsing: valid and invalid strings after whitespace stripping.
PARSE = [
    '0', '-0', '+0', '0.0', '-0.0', '00', '000.000e-5', '1', '-1', '1.', '.5', '-.5', '+.5e-3', '5.',
    '1e5', '1E5', '1e+5', '1e-5', '1.5e300', '1e308', '1.7976931348623157e308', '1.7976931348623158e308',
    '1.7976931348623159e308', '1e309', '1e400', '-1e400', '1e-400', '-1e-400', '2.4703282292062327e-324',
    '2.4703282292062328e-324', '4.9406564584124654e-324', '5e-324', '1e-323', '2.2250738585072011e-308',
    '2.2250738585072014e-308', '0.1', '0.30000000000000004', '123456789012345678', '9007199254740993',
    '9007199254740993.0000000000000000000001', '0.1e1', '100e-2', '3.14159265358979323846264338327950288',
    '1_000.5', '1_0', '1_000_000', '0.000_001', '1e1_0', '1_2.3_4e5_6', '1.5e-1_0',
    'inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'infinity', 'nan', '-nan', '+nan', 'NaN', 'NAN',
    '0e999999999999999999999', '1e-999999999999999999999', '1e999999999999999999999',
    '0.' + '0' * 400 + '1e400', '1' + '0' * 400 + 'e-400', '9' * 800 + 'e-800',
    '0.' + '9' * 1000, '1.' + '0' * 1000 + '1', '0x10', 'e5', '1e', '1e+', '1e-', '.', '-', '+', '',
    '.e5', '1.5e5.5', '1..5', '1.5.', '--1', '+-1', '1e++5', '_1', '1_', '1__0', '1_.5', '1._5', '1.5_',
    '1e_10', '1e10_', '1_e10', '+_1', '_', 'in', 'na', 'infinit', 'infinityy', 'nann',
    'inf_', '1j', '1f', '1d', 'nan(1)', '1,5',
]
# halfway cases between neighbouring doubles, exact and nudged either way
for i in range(60):
    b = (random.randint(1, 2045) << 52) | random.getrandbits(52)
    if random.random() < 0.3:
        b = random.getrandbits(52)  # subnormal
    x, y = from_bits(b), from_bits(b + 1)
    mid = (Fraction(x) + Fraction(y)) / 2
    s = format(Decimal(mid.numerator) / Decimal(mid.denominator), 'e')
    mant, ex = s.split('e')
    k = i % 3
    if k == 1:
        s = mant + '0' * random.randint(0, 40) + '1e' + ex
    elif k == 2:
        s = mant[:-1] + str(int(mant[-1]) - 1) + '9' * random.randint(0, 40) + 'e' + ex
    PARSE.append(s)
for i in range(100):
    x = from_bits(random.getrandbits(64))
    if x != x:
        continue
    PARSE.append(random.choice(['%.17g' % x, '%.16g' % x, '%.15g' % x, '%.20e' % x, '%.3e' % x, repr(x)]))

print('/* ---- generated by tests/unit/gen_dtoa_cases.py (CPython %s) ---- */' % sys.version.split()[0])
print('static const FmtCase fmt_cases[] = {')
for b, t, p, alt, want in fmt:
    tc = "'%s'" % t if t else '0'
    print('    {0x%016xULL, %s, %d, %d, %s},' % (b, tc, p, int(alt), cstr(want)))
print('};')
print('static const ParseCase parse_cases[] = {')
for s in PARSE:
    try:
        v = float(s)
        print('    {%s, 1, 0x%016xULL},' % (cstr(s), bits(v)))
    except ValueError:
        print('    {%s, 0, 0},' % cstr(s))
print('};')
print('/* ---- end of generated tables ---- */')

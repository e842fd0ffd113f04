# str and bytes methods, format(), str.format/format_map and %-formatting: edge cases and error messages.
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# unicode case mapping
for s in ['héllo wörld', 'ΑΒΓ', 'αβγ', 'Ünïcödé', 'straße', 'ﬁsh', 'İstanbul', 'ǆungla', 'ΟΔΟΣ ΟΔΟΣ.', 'ΣΑΣ', 'Σ', 'aΣb', "A'Σ", 'Ꭰꭰ', 'ſ', 'ŉ', 'ΐ', 'ᾳ', 'ᾼ', '𐐀𐐨', 'Ⓐⓐ', 'ǅ', 'ß', 'ǰ', 'ﬀ', 'ΣΣ', 'ᏸ', 'K', 'ǈa ǉb', "they're bill's", 'hello   world', '123abc', 'aBc DeF', 'x_y-z', '', 'µ', 'ÿ', 'ı', 'ẞ']:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.swapcase(), s.capitalize(), s.title())
    print(' ', s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isidentifier(), s.isprintable(), s.isascii(), s.isspace())
for s in ['123', '½', '²', '٣', '१२', 'Ⅻ', '一', '3.5', '', ' ', '\t\n\x0b\x0c\r\x1c\x1f\x85\u2028', '\u200b', 'a\u0300', '_a', '1a', 'a1', 'é', '\x7f', '\u00ad', 'a b']:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isprintable(), s.isidentifier())

# find family
s = 'héllo wörld héllo'
for a in [('l',), ('l', 3), ('l', -5), ('l', 3, 5), ('', 0), ('', 20), ('', 17), ('', 18), ('ö', 0, -1), ('héllo', 1), ('héllo', -20), ('z',), ('l', None, None), ('l', 2**100), ('l', -2**100)]:
    print(a, s.find(*a), s.rfind(*a), s.count(*a))
show(lambda: s.index('z'))
show(lambda: s.rindex('z', 2))
show(lambda: s.find(1))
show(lambda: s.find('a', 'b'))
show(lambda: s.find())
show(lambda: s.find('a', 1, 2, 3))
show(lambda: s.count('l', 1.5))
show(lambda: 'abc'.find('', 2, 1))
show(lambda: 'abc'.count('', 2, 1))
show(lambda: 'aaaa'.count('aa'))
show(lambda: 'abc'.count('', 5))
show(lambda: 'abc'.rfind('', 1, 2))
for a in [('he',), ('hé',), ('llo', 2), ('l', 2, 3), ('', 17), ('', 18), (('x', 'wö'), 6), ('o', -1), ('h', -100)]:
    print(a, s.startswith(*a), s.endswith(*a))
show(lambda: s.startswith(1))
show(lambda: s.endswith((1,)))
show(lambda: s.startswith(['a']))
show(lambda: s.startswith())

# split family
for x in ['a,b,,c', '', ',', ',,', 'a', ' a  b\tc\n', '  ', 'a b c d e']:
    print(repr(x), x.split(','), x.split(',', 1), x.rsplit(',', 1), x.split(), x.split(None, 1), x.rsplit(None, 1), x.split(maxsplit=0), x.rsplit(maxsplit=2), x.split(' '))
print('a\u2003b\u00a0c\x1cd'.split(), 'a\u2003b'.split('\u2003'), 'héllo wörld'.split('ö'), 'xyxyx'.split('xy'), 'xyxyx'.rsplit('xy'), 'aaa'.split('a'), 'aaa'.rsplit('aa'))
show(lambda: 'a'.split(''))
show(lambda: 'a'.split(1))
show(lambda: 'a'.split(x=1))
show(lambda: 'a'.split(',', 1, 2))
show(lambda: 'a,b'.split(sep=',', maxsplit=-5))
show(lambda: 'a,b'.split(',', sep=','))
for x in ['a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', '\n', '\r\n\r\n', 'x\n\n', '', 'no newline']:
    print(x.splitlines(), x.splitlines(True), x.splitlines(keepends=1))
print(b'a\nb\x0bc\r\n'.splitlines(), b'a\nb\x0bc\r\n'.splitlines(True))

# join
print('-'.join(['a', 'b']), '-'.join(('x',)), '-'.join('abc'), ''.join('abc'), '--'.join('é'), 'é'.join(['x', 'y', 'z']), '-'.join({'k': 1, 'j': 2}), '+'.join(x for x in 'pq'), '.'.join(iter(['a', 'b'])))
show(lambda: '-'.join(['a', 2]))
show(lambda: '-'.join([1]))
show(lambda: '-'.join(5))
show(lambda: '-'.join(x for x in [1]))
show(lambda: '-'.join())
show(lambda: b'-'.join([b'a', 'b']))
show(lambda: b'-'.join((b'a', b'b')))
show(lambda: b'-'.join(x for x in [b'a', b'c']))

# strip
for x in ['  a b  ', '\u2003\u2003a\u2003', 'xxaxx', '', '   ', 'ééaéé']:
    print(repr(x.strip()), repr(x.lstrip()), repr(x.rstrip()), repr(x.strip('xé')), repr(x.lstrip('x ')), repr(x.rstrip(None)))
show(lambda: 'a'.strip(1))
show(lambda: 'a'.rstrip('a', 'b'))
print(b' \x1ca \t'.strip(), b'xyaxy'.strip(b'yx'), b'aab'.lstrip(b'a'), b'baa'.rstrip(b'a'))

# replace
for a in [('a', 'b'), ('a', 'b', 1), ('', '-'), ('', '-', 2), ('', '-', 0), ('ll', ''), ('x', 'y'), ('é', 'ee'), ('l', 'L', -1), ('l', 'L', 0), ('héllo', 'X')]:
    print(a, 'héllo wörld'.replace(*a))
print(''.replace('', 'x'), ''.replace('', 'x', 0), 'abc'.replace('abc', ''), 'aaa'.replace('aa', 'b'))
show(lambda: 'a'.replace(1, 'b'))
show(lambda: 'a'.replace('a', 2))
show(lambda: 'a'.replace('a', 'b', 'c'))
show(lambda: 'a'.replace('a'))
print(b'abcabc'.replace(b'b', b'XX'), b'abc'.replace(b'', b'-'), b'abc'.replace(b'b', b'', 1))

# partition
for sep in ['=', 'x', 'é', 'héllo']:
    print('k=v=é'.partition(sep), 'k=v=é'.rpartition(sep))
show(lambda: 'a'.partition(''))
show(lambda: 'a'.partition(1))
print(b'k=v'.partition(b'='), b'k=v'.rpartition(b'x'), b'k=v'.partition(b'x'))
show(lambda: b'a'.partition('a'))

# padding
for w in [-1, 0, 3, 4, 5, 6, 7, 8]:
    print(repr('abc'.center(w)), repr('ab'.center(w, 'é')), repr('é'.ljust(w, '*')), repr('é'.rjust(w)), repr('-4'.zfill(w)), repr('+é'.zfill(w)), repr('é'.zfill(w)), repr(''.zfill(w)))
show(lambda: 'a'.center(5, 'ab'))
show(lambda: 'a'.center(5, 1))
show(lambda: 'a'.center('5'))
show(lambda: 'a'.center())
show(lambda: 'a'.ljust(3, ''))
show(lambda: 'a'.zfill())
show(lambda: 'a'.zfill(2.0))
print(b'ab'.center(6, b'-'), b'ab'.rjust(4), b'-1'.zfill(4), b'ab'.ljust(1))
show(lambda: b'a'.center(3, 'x'))
show(lambda: b'a'.center(3, b'xy'))

# expandtabs
for x in ['a\tb', '\t', 'ab\tc\td', 'a\nb\tc', 'é\tx', 'abcdefgh\tx', 'a\r\tb']:
    print(repr(x.expandtabs()), repr(x.expandtabs(4)), repr(x.expandtabs(0)), repr(x.expandtabs(-1)), repr(x.expandtabs(tabsize=3)))
show(lambda: 'a'.expandtabs('x'))
print(b'a\tb'.expandtabs(), b'a\tb'.expandtabs(2))

# removeprefix/suffix
print('héllo'.removeprefix('hé'), 'héllo'.removesuffix('lo'), 'héllo'.removeprefix(''), 'héllo'.removesuffix('x'), 'a'.removeprefix('ab'))
show(lambda: 'a'.removeprefix(1))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'bc'))

# encode/decode
for enc in ['utf-8', 'UTF8', 'utf_8', 'ascii', 'latin-1', 'Latin1', 'iso-8859-1', 'L1', 'us-ascii']:
    show(lambda: 'aé'.encode(enc))
show(lambda: 'a€b€€c'.encode('ascii'))
show(lambda: 'a€b'.encode('latin-1'))
show(lambda: 'é'.encode('ascii', 'ignore'))
show(lambda: 'é€😀'.encode('ascii', 'replace'))
show(lambda: 'é€😀'.encode('ascii', 'backslashreplace'))
show(lambda: 'é€😀'.encode('latin-1', 'xmlcharrefreplace'))
show(lambda: 'é'.encode('ascii', 'bogus'))
show(lambda: 'a'.encode('ascii', 'bogus'))
show(lambda: 'a'.encode('foo'))
show(lambda: 'a'.encode(1))
show(lambda: 'a'.encode(encoding='ascii', errors='strict'))
show(lambda: '\ud800'.encode())
show(lambda: 'a\ud800\udc00'.encode('utf-8'))
show(lambda: 'a\ud800b'.encode('utf-8', 'replace'))
for b in [b'abc', b'\xc3\xa9', b'\xff', b'a\xc3', b'\xe2\x82', b'\xe2\x82x', b'\xc3\x28', b'\xf0\x9f\x98\x80', b'\xf4\x90\x80\x80', b'\xc0\x80', b'\xe0\x80\x80', b'\x80abc', b'\xf0\x9f\x98']:
    show(lambda: b.decode())
    show(lambda: b.decode('utf-8', 'replace'))
    show(lambda: b.decode('utf-8', 'ignore'))
    show(lambda: b.decode('utf-8', 'backslashreplace'))
    show(lambda: b.decode('ascii'))
    show(lambda: b.decode('latin-1'))
try:
    b'ab\xffc'.decode()
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e.encoding, e.object)
try:
    'ab€c'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, e.encoding, e.object)
except UnicodeError as e:
    print('UE', e)

# hex / fromhex
print(b'\x01\x02\x03\x04\x05'.hex(), b'\x01\x02\x03\x04\x05'.hex('-'), b'\x01\x02\x03\x04\x05'.hex(':', 2), b'\x01\x02\x03\x04\x05'.hex(':', -2), b''.hex(':'), b'\xab'.hex(b' ', 3))
show(lambda: b'a'.hex('ab'))
show(lambda: b'a'.hex(1))
show(lambda: bytes.fromhex(' 01 0a FF  '))
show(lambda: bytes.fromhex('0 1'))
show(lambda: bytes.fromhex('01x'))
show(lambda: bytes.fromhex('é'))
show(lambda: bytes.fromhex(b'01'))

# translate / maketrans
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdef'.translate(t), 'é'.translate({233: 'E', 'x': 1}), 'abc'.translate({97: None, 98: 'BB', 99: 0x20ac}))
print(sorted(str.maketrans({'a': 1, 2: 'b', 'c': None}).items()))
show(lambda: str.maketrans(1))
show(lambda: str.maketrans('ab', 'c'))
show(lambda: str.maketrans({1.5: 2}))
show(lambda: str.maketrans({'ab': 2}))
show(lambda: 'abc'.translate({97: 1.5}))
show(lambda: 'abc'.translate({97: -1}))
show(lambda: 'abc'.translate(['x', None, 'Z']))
show(lambda: 'abc'.translate(1))
class Tbl:
    def __getitem__(self, k):
        if k == 98: return 'B'
        raise LookupError
print('abc'.translate(Tbl()))
bt = bytes.maketrans(b'ab', b'xy')
print(len(bt), b'abcab'.translate(bt), b'abcab'.translate(bt, b'c'), b'abc'.translate(None, b'b'))
show(lambda: b'a'.translate(b'x'))
show(lambda: bytes.maketrans(b'a', b'bc'))

# misc errors / descriptors
show(lambda: str.upper(5))
show(lambda: 'a'.upper(1))
show(lambda: 'a'.upper(x=1))
show(lambda: str.lower('ABC'))
show(lambda: bytes.upper(b'abc'))
print(b'Hello World'.title(), b'hello world'.capitalize(), b'HeLLo'.swapcase(), b'Hello'.istitle(), b'ABC'.isupper(), b'abc1'.islower(), b'a1'.isalnum(), b' \t'.isspace(), b'\x1c'.isspace(), b''.isalpha(), b'\xe9'.isalpha(), b'\xff'.isascii())


vals = [0, 1, -1, 5, -5, 42, 255, -255, 1234, -1234, 1234567, 2**70, -2**70, True, False,
        0.0, -0.0, 1.5, -1.5, 0.1, 1e-7, 1e16, 1e20, 123456.789, -0.00001, 2.5, 3.14159, float('inf'), float('-inf'), float('nan'),
        'abc', 'é', '', 'hello world']
specs = ['', 'd', 'x', 'X', 'o', 'b', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', '10', '<10', '>10', '^10', '=10', '*^11', '010', '+', ' ', '-',
         '+010', ' 10', '#x', '#o', '#b', '#X', '#010x', ',', '_', ',d', '_x', '_b', '.2f', '.0f', '.3e', '.3g', '.3', '.0', '#.0f', '#g', '#.3g', '#', '10.3',
         '<+10.2f', '^+12,.2f', '=+12_.1f', '08,d', '09,d', '012,.2f', '0=8,d', 'z.2f', 'z', 'z.1e', '+z.0f', '.2%', '08.3%', '.1s', '10.2s', 'é^7', '0<6', '0>6', '0^6',
         ',.1f', '_g', ',e', ',%', ',n', '.2n', 'c<5', '=^5', '#_b', ',x', ',c', '.5', 'x<', 'e<10.3']
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), out)

# big ints
for v in [10**25, -10**25, 2**64, 10**400]:
    for sp in ['', ',', '_', 'x', '#_x', 'e', '.3e', 'f', '%', 'g', '40', '<40', '^+40,']:
        show(lambda: format(v, sp))

# str.format
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
        self.d = {'k': 'v', 1: 'one'}
    @property
    def prop(self):
        return 'propval'
    def __repr__(self):
        return 'P()'
p = P()
for f, a, k in [
    ('{} {}', ('a', 'b'), {}), ('{1}{0}{1}', ('a', 'b'), {}), ('{x}{y}', (), {'x': 1, 'y': 2}), ('{0.x} {0.items[1]} {0.d[k]} {0.d[1]}', (p,), {}),
    ('{p.prop}', (), {'p': p}), ('{!r} {!s} {!a}', ('é', 'é', 'é'), {}), ('{0!r:>10}|', ('x',), {}), ('{:{}}|', ('x', 5), {}), ('{:{w}.{p}f}', (3.14159,), {'w': 10, 'p': 2}),
    ('{0:{1}{2}}', (5, '>', 8), {}), ('{{}} {{{0}}}', (1,), {}), ('{0[0][1]}', ([[1, 2]],), {}), ('{[1]}', ('ab',), {}),
    ('{0:%Y}', (p,), {}), ('{0}', (p,), {}), ('{0!s:>5}', (p,), {}), ('{a[b]}', (), {'a': {'b': 'c'}}), ('{:d}', ('s',), {}), ('{:,}', (10**10,), {}),
    ('{', (), {}), ('}', (), {}), ('{0', (1,), {}), ('{0!}', (1,), {}), ('{0!x}', (1,), {}), ('{0!rr}', (1,), {}), ('{0[}', (1,), {}), ('{0[0]x}', ([1],), {}),
    ('{0.}', (1,), {}), ('{0[]}', (1,), {}), ('{}{0}', (1,), {}), ('{0}{}', (1,), {}), ('{a{b}}', (), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{0.x}', (1,), {}),
    ('{0[1]}', ([1],), {}), ('{0[x]}', ([1],), {}), ('{1}', (1,), {}), ('{x}', (1,), {}), ('{99999999999999999999}', (), {}), ('{0!é}', (1,), {}),
    ('{0:x}}', (1,), {}), ('{!r:}', (), {}), ('{0[-1]}', ([1],), {}), ('{0[0]}', ({0: 'zero'},), {}), ('{0:{1}}', (5, '{'), {}), ('{:>{w}}', ('a',), {'w': 4}),
    ('{0.prop:>10}', (p,), {}), ('{0.nope}', (p,), {}), ('{} {}', (1,), {}), ('{:.{}}', (3.14159, 3), {}), ('{:s}', (p,), {}), ('{0:{a}}', (1,), {'a': '>3'}),
    ('é{0}é{1}', ('ü', 'ö'), {}), ('{0!s}', (b'x',), {}), ('{:c}', (0x1F600,), {}), ('{0:=^{1}}', ('mid', 9), {}), ('{}', ({'a': [1, (2,)]},), {}),
]:
    show(lambda: f.format(*a, **k))
show(lambda: '{a}-{b}'.format_map({'a': 1, 'b': 2}))
show(lambda: '{0}'.format_map({}))
show(lambda: '{}'.format_map({}))
show(lambda: '{a}'.format_map({}))
show(lambda: 'x'.format_map(1))
show(lambda: '{a}'.format_map(1))
class M:
    def __getitem__(self, k):
        return k * 2
show(lambda: '{ab}{c}'.format_map(M()))
show(lambda: str.format('{}', 1))
show(lambda: 'a'.format_map())

# __format__
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return format('$%d.%02d' % divmod(self.c, 100), spec)
class Bad:
    def __format__(self, spec):
        return 5
class Plain:
    def __str__(self):
        return 'plain!'
show(lambda: format(Money(1234), '>10'))
show(lambda: '{:*<9}|{}'.format(Money(5), Money(100)))
show(lambda: f'{Money(99):^9}')
show(lambda: format(Bad(), ''))
show(lambda: format(Plain()))
show(lambda: format(Plain(), ''))
show(lambda: format(Plain(), 'x'))
show(lambda: '{:>8}'.format(Plain()))
show(lambda: '{}'.format(Plain()))
show(lambda: format(1, 2))
show(lambda: format())
show(lambda: format(1, 'd', 3))
show(lambda: (5).__format__('x'))
show(lambda: (2.5).__format__('.2f'))
show(lambda: 'ab'.__format__('>4'))
show(lambda: True.__format__('d'))
show(lambda: format(None, ''))
show(lambda: format([1], ''))
show(lambda: format(int, ''))

# f-strings
x, w, pr, name = 42, 8, 2, 'héllo'
print(f'{x:>{w}}|{3.14159:{w}.{pr}f}|{name!r:^12}|{name:*<10}|{x:#0{w}x}|{x!s:>5}|{-x:+}')
print(f'{Money(250):>8}', f'{Plain()}', f'{Plain()!r:.5}')

# percent
for f, a in [('%s %d', ('a', 5)), ('%5d|%-5d|%05d|%+d|% d|%+05d', (42, 42, 42, 42, 42, -42)), ('%x %X %o %#x %#X %#o', (255, 255, 8, 255, 255, 8)),
             ('%e %E %f %g %G', (12345.678, 0.000123, 3.14159, 1e-5, 1e20)), ('%.2f %10.3f|%-10.3f|', (2.675, 3.14159, 3.14159)),
             ('%r %a %s', ('é', 'é', 'é')), ('%c%c', (72, 'i')), ('%(a)s-%(b)05.1f', {'a': 'x', 'b': 2.25}), ('%*d|%-*d|%.*f', (5, 3, 4, 7, 2, 3.14159)),
             ('%d %i %u', (3.9, -3.9, True)), ('%s', ([1, 2],)), ('%s', [1, 2]), ('%s', {'k': 1}), ('%d%%', 50), ('%.3d|%#.3x|%08.3d', (5, 5, -5)),
             ('%#o %#x', (0, 0)), ('%.0f %#.0f %#g %g', (0.5, 1.0, 1.0, 1e16)), ('%5r|%.2r', ('x', 'xyz')), ('%hd %Ld', (5, 6)), ('%x', -2**70),
             ('%d', 'x'), ('%x', 1.5), ('%f', 'a'), ('%c', 'ab'), ('%c', -1), ('%(k)s', 5), ('%s %s', [1]), ('abc', [1]), ('abc', 5), ('%', 1), ('%(', {}),
             ('%(a)', {'a': 1}), ('%5', 1), ('%z', 1), ('%\u20ac', 1), ('%*d', ('a', 1)), ('%d', float('inf')), ('%d', float('nan')), ('%lld', 5),
             ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%5%', ()), ('%5%', (1,)), ('%s%z', (1,)), ('%.*s', (-1, 'abc')), ('%*s|', (-3, 'a')),
             ('%s', ()), ('%s', ((),)), ('%%s', ()), ('%F', 1e300), ('%.100f', 1.0), ('%-3c|', 'x'), ('%f', 10**400), ('%.2s', 'é€x'), ('%5s|', 'é'),
             ('%s|%r', (p, p)), ('%s', (Plain(),)), ('%d', (Money(1),)), ('%.1f', (Money(1),)),
             ('%e', 10**25), ('%i', 2.7e20), ('%c', True), ('%010f', float('inf')), ('%-010d|', 5), ('%+ d', 5), ('%(a)%', {'a': 1}), ('%-%', ())]:
    show(lambda: f % a)
class I:
    def __repr__(self):
        return 'I()'
    def __index__(self):
        return 77
class F:
    def __repr__(self):
        return 'F()'
    def __float__(self):
        return 2.5
class N:
    def __repr__(self):
        return 'N()'
    def __int__(self):
        return 9
for f in ['%d', '%x', '%o', '%c', '%f', '%s', '%r', '%i']:
    for o in [I(), F(), N()]:
        show(lambda: f % (o,))
show(lambda: '%s %s' % (I(), Plain()))
show(lambda: '%(a)d %(b)s' % {'a': I(), 'b': Plain()})
show(lambda: '%(a)x %(b)r %s' % {'a': I(), 'b': Plain()})

show(lambda: bytes.upper('x'))
show(lambda: str.upper(b'x'))
show(lambda: str.find())
show(lambda: bytes.find(1, 2))
show(lambda: str.split.__name__)
show(lambda: 'x'.format_map({'x': 1}))
print('{0:{1}}'.format(5, ''))
print('%.3s|%-6.2f|%+.2e' % ('abcdef', 3.14159, 12345.678))

# keyword arguments and arity messages
show(lambda: 'a'.center(width=5))
show(lambda: 'a'.strip(chars='a'))
show(lambda: 'a'.replace('a', 'b', count=1))
show(lambda: 'a'.startswith(prefix='a'))
show(lambda: 'a'.join(iterable=[]))
show(lambda: 'a'.partition(sep='a'))
show(lambda: b'a'.decode(encoding='ascii'))
show(lambda: b'a'.decode('ascii', 'strict', 1))
show(lambda: 'a'.encode('ascii', 'strict', 1))
show(lambda: b'\x01\x02'.hex(sep='-'))
show(lambda: 'a'.splitlines(keepends=True, x=1))
show(lambda: 'a'.expandtabs(1, 2))
show(lambda: 'a'.zfill(5, 1))
show(lambda: 'a'.count())
show(lambda: 'a'.format_map({}, {}))
show(lambda: str.maketrans())
show(lambda: str.maketrans('a', 'b', 'c', 'd'))
show(lambda: 'abc'.translate())

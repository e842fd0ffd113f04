# re: flags (I M S X A U), inline and scoped flags, Unicode classes, bytes patterns.
import re

def show(p, s, flags=0):
    print(repr(p), repr(s), flags, re.findall(p, s, flags))

show('abc', 'ABC abc aBc', re.I)
show('[a-c]+', 'ABC xyz', re.I)
show('[^a-c]+', 'ABCxyz', re.I)
show('É', 'éÉ', re.I)
show('[à-ö]+', 'ÀÉÖ', re.I)
show('straße', 'STRASSE straße', re.I)
show(r'(a)\1', 'aA Aa', re.I)
show(r'\w+', 'héllo wörld', re.A)
show(r'\w+', 'héllo wörld')
show(r'\d+', '12٣٤5', re.A)
show(r'\d+', '12٣٤5')
show(r'\s+', 'a\u00a0b\u2003c\x1cd', re.A)
show(r'\s+', 'a\u00a0b\u2003c\x1cd')
show(r'\bé', 'é aé', re.A)
show(r'\bé', 'é aé')
show('é', 'É', re.I | re.A)
show('[é]', 'É', re.I | re.A)
show('^a.', 'ab\nac\na\n', re.M)
show('^a.', 'ab\nac\na\n', re.M | re.S)
show('.$', 'ab\ncd\n', re.M)
show('.$', 'ab\ncd\n')
show('a.b', 'a\nb', re.S)
show(r'\Aa|b\Z', 'ab\nab', re.M)
show('''
    (\\d+)   # number
    \\s* [.] # dot
    \\ x     # escaped space
    [ ]y     # space in a class
''', '12 . xy 3.  x y', re.X)
show('a b # c', 'ab', re.X)
show('(?x) a b', 'ab')
show('(?i)abc', 'ABC')
show('(?i:a)b', 'Ab AB ab')
show('a(?i:b)c', 'aBc ABC abC')
show('(?-i:a)b', 'ab Ab aB', re.I)
show('(?s:.)(.)', 'a\n\nb')
show('(?m:^a)|^b', 'b\na\nb')
show('(?x:a b)c d', 'abc d')
show('(?a:\\w+)é', 'éé aé')
show('(?ims)^A.B$', 'x\na\nb')
show('(?u)\\w', 'é')
show('(?i)[^\\W\\d_]+', 'Ab1Cd')
show('k', 'K\u212a', re.I)
show('[\\w-]+', 'a-b c_d')

# flags are RegexFlag values that combine like ints
f = re.I | re.M
print(f, repr(f), f.value, re.I.name, f.name, int(f), f & re.I, f & re.S, ~re.I & re.M, f ^ re.M)
print(re.NOFLAG, re.I | 1024, 2 | re.M, re.I == 2, re.I + 1, '%d %s' % (re.I, re.I), f'{re.M:x}')
print(re.compile('a', f).flags, re.compile('a', 10).flags, re.search('A', 'xa', f))

# bytes patterns
print(re.findall(rb'\w+', b'abc d\xe9f'), re.findall(rb'[a-z]+', b'ABC abc', re.I))
print(re.match(rb'(\d+)-(?P<n>\d+)', b'12-34').groups(), re.match(rb'(?P<n>x)', b'x').groupdict())
print(re.search(rb'\xe9+', b'caf\xe9\xe9'), re.search(b'.', b'\n'), re.fullmatch(rb'\x00\xff', b'\x00\xff'))
print(re.findall(rb'(?i)\xe9', b'\xe9\xc9'), re.findall(rb'\s', b'a \x1cb'), re.split(rb'\W+', b'a, b'))
print(re.compile(rb'a+').pattern, re.compile(b'a', re.I).flags, re.escape(b'\xe9.'))
m = re.search(rb'(b+)', b'abbc')
print(m, m.group(1), m.span(1), m[0], m.expand(rb'<\1>'))

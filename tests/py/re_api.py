# re: the Match and Pattern objects, the compile cache, escape and purge.
import re

m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'hi Jane Doe there')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m[1], m['first'], m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('opt'), m.start(3))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.expand(r'\2, \1 [\g<first>] \g<0> \g<3> \\ \n'), repr(m.expand(r'a\tb')))
print(bool(m), type(m).__name__, type(m))
for g in (4, -1, 'nope', '1', None, 1.0):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
print(m.group(True), m.span(False))

m = re.match(r'((a)|(b))+', 'ab')
print(m.lastindex, m.lastgroup, m.groups(), m.regs)
m = re.match(r'(?P<outer>(?P<inner>a)b)', 'ab')
print(m.lastindex, m.lastgroup)
m = re.match(r'(a)(?P<n>b)?', 'a')
print(m.lastindex, m.lastgroup, m.groupdict(), m.span('n'))
print(re.match('abc', 'abc').lastindex, re.match('x', 'x').groups(), re.match('x', 'x').groupdict())
print(re.search('.+', 'a\'b"c'), re.match('', 'x'), re.search('é+', 'caféé'))
print(re.search(b'b+', b'abbc'))

p = re.compile(r'(?P<key>\w+)=(?P<val>\d*)', re.I)
print(p, repr(p), p.pattern, p.flags, p.groups, p.groupindex)
print(p.match('k=1'), p.search('  k=12 '), p.fullmatch('k='), p.findall('a=1 b= c=3'))
print(re.compile('x'), re.compile('x', re.M | re.S | re.X), re.compile('x', re.A))
print(re.compile(b'x'), re.compile(b'x', re.I | re.L), re.compile('(?i)x'), re.compile('(?s)x').flags)
print(re.compile('a' * 250))
print(re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags, re.compile('(?u)x').flags)
print(re.compile('(a)(b)(?:c)(?P<d>d)').groups, re.compile('(a)(b)(?:c)(?P<d>d)').groupindex)

# the cache: the same arguments give the same object; purge empties it
a = re.compile('ab+c')
print(a is re.compile('ab+c'), a == re.compile('ab+c'), a != re.compile('ab+c', re.I))
print(re.compile(a) is a, hash(a) == hash(re.compile('ab+c')), a == 'ab+c')
re.purge()
b = re.compile('ab+c')
print(b == a, b.pattern == a.pattern)
try:
    re.compile(a, re.I)
except ValueError as e:
    print('ValueError', e)
for bad in (1, None, ['a']):
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
for args in (('a', 1), ('a', b'a'), (b'a', 'a'), ('a', None)):
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)

print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o'), re.escape('a-b&c~d#e f\tg\nh'))
print(re.escape('hello_world42é'), re.escape(b'a.b c'), re.escape(''))
for s in ['1.5+2', 'x*y', '[a]', 'tab\there']:
    print(re.fullmatch(re.escape(s), s) is not None, re.findall(re.escape(s), s + s))

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.I | re.S | re.X == 82, re.error.__name__, issubclass(re.error, Exception))
print(isinstance(re.compile('x'), re.Pattern), isinstance(re.match('x', 'x'), re.Match))

# re: what search, match and fullmatch find for each kind of syntax (spans and groups).
import re

def show(p, s, flags=0):
    try:
        m = re.search(p, s, flags)
    except re.error as e:
        print(repr(p), 'error:', e)
        return
    if m is None:
        print(repr(p), repr(s), None)
    else:
        print(repr(p), repr(s), m.span(), m.groups())

# literals, dot, classes
for p, s in [('abc', 'xxabcxx'), ('a.c', 'abc a\nc'), ('a.c', 'a\nc'), ('[abc]+', 'xxbcay'),
             ('[^abc]+', 'abxyzc'), ('[a-z0-9]+', 'AB12cd!'), ('[-a]+', 'x-a-b'),
             ('[a-]+', 'x-a-b'), ('[]a]+', 'x]a]'), ('[^]a]+', ']]bc'), (r'[\]]', 'a]'),
             (r'[\d.]+', 'v1.25b'), (r'[^\W\d]+', '12ab_3'), (r'[\s,]+', 'a , b'),
             ('[a-cx-z]+', 'wxyzabcd'), (r'[\x41-\x43]+', 'ABCD'), (r'[\u00e0-\u00ff]+', 'caféé!'),
             ('[.]', 'a.b'), ('[*+?]+', 'a*+?b'), ('[$^]', 'a^'), ('x[^x]x', 'xxaxx')]:
    show(p, s)

# escapes
for p, s in [(r'\d+', 'ab123c'), (r'\D+', '12ab3'), (r'\w+', '!!hé_1!'), (r'\W+', 'ab!?cd'),
             (r'\s+', 'a \t\nb'), (r'\S+', '  ab  '), (r'\bfoo\b', 'a foo b'), (r'\bfoo\b', 'afoo'),
             (r'\Bo\B', 'foo'), (r'\Aab', 'ab'), (r'\Aab', 'cab'), (r'ab\Z', 'ab\n'), (r'ab\Z', 'cab'),
             (r'\t\n', 'a\t\nb'), (r'\x41\u0042\U00000043', 'ABC'), (r'\101\0', 'A\0'), (r'\.\*', 'a.*'),
             (r'\\', 'a\\b'), (r'\a\f\v\r', '\a\f\v\r'), (r'[\b]', 'a\bb'), (r'\-\#\ ', '-# '),
             (r'\d', '٣'), (r'\w', 'é'), (r'\s', '\u2003'), (r'\1', 'x')]:
    show(p, s)

# anchors
for p, s in [('^ab', 'ab'), ('^ab', 'cab'), ('ab$', 'cab'), ('ab$', 'ab\n'), ('ab$', 'ab\nc'),
             ('^$', ''), ('^', 'abc'), ('$', 'abc'), ('$', 'abc\n'), ('a^b', 'ab'), ('a|^b', 'cb')]:
    show(p, s)

# quantifiers, greedy and lazy
for p, s in [('a*', 'aaab'), ('a+', 'baaa'), ('a?b', 'ab'), ('a*?', 'aaa'), ('a+?', 'aaa'),
             ('a??b', 'ab'), ('a{2}', 'aaaa'), ('a{2,3}', 'aaaa'), ('a{2,}', 'aaaaa'), ('a{,2}', 'aaa'),
             ('a{2,3}?', 'aaaa'), ('a{,2}?b', 'aab'), ('a{0}b', 'ab'), ('a{1}', 'a'), ('x{,}', 'xx'),
             ('a{', 'a{'), ('a{1', 'a{1'), ('a{x}', 'a{x}'), ('a{}', 'a{}'), ('{1}', '{1}'),
             ('a{1,2', 'a{1,2'), ('<.*>', '<a><b>'), ('<.*?>', '<a><b>'), ('<[^>]*>', '<a><b>'),
             ('(ab)+', 'ababab'), ('(ab)*?c', 'ababc'), ('(?:ab){2}', 'abababab'),
             ('(?:a|bc){2,3}', 'abcbca'), ('(?:ab){2,}?', 'ababab'), ('(a|b){3}', 'abab'),
             ('(?:x?){3}y', 'y'), ('(a*)*b', 'aab'), ('(a*)+b', 'b'), ('(a|)*b', 'aab'),
             ('(?:a*)*', 'aaa'), ('(a?)*?b', 'ab'), ('.*b', 'abcb'), ('.*?b', 'abcb'),
             ('\\d{2,4}-\\d{2}', 'x12345-67'), ('(\\d+)(\\d+)', '12345'), ('(\\d+?)(\\d+)', '12345'),
             ('a*+a', 'aaa'), ('a++b', 'aaab'), ('(?:ab)?+ab', 'ab'), ('a{1,2}+a', 'aaa'), ('.?+', 'x')]:
    show(p, s)

# groups, alternation, backreferences
for p, s in [('(a)(b)(c)', 'abc'), ('(a(b(c)))', 'abc'), ('(a)|(b)', 'b'), ('(?:a|b)c', 'bc'),
             ('a|ab|abc', 'abc'), ('abc|ab|a', 'abc'), ('(cat|category)s', 'categorys'),
             ('(?P<x>a+)(?P=x)', 'aaaa'), (r'(\w)\1', 'abccd'), (r'(a)(b)?\2', 'aa'),
             (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" ok'), ('(a)|b', 'b'), (r'(a|b)*\1', 'abab'),
             ('()', 'x'), ('(?:)', ''), ('(|a)+', 'aa'), ('(a|b|c|d)+', 'dcbax'),
             (r'(\d+)\.(\d+)', 'v3.14'), ('(a)(?:b)(c)', 'abc'), (r'(?#comment)a', 'a')]:
    show(p, s)

# lookaround, atomic groups, conditionals
for p, s in [('foo(?=bar)', 'foobaz foobar'), ('foo(?!bar)', 'foobar foobaz'),
             ('(?<=\\$)\\d+', 'cost $42'), ('(?<!\\$)\\b\\d+', '$42 17'), ('(?<=ab|cd)x', 'cdx'),
             ('(?=(\\w+))\\w', 'abc'), ('(?!a)\\w+', 'abc'), ('\\w+(?<=c)', 'abcd'),
             ('(?<=a)', 'ba'), ('(?<!^)x', 'xx'), ('(?>a+)b', 'aaab'), ('(?>a+)a', 'aaa'),
             ('(?>ab|a)b', 'ab'), ('(a)?(?(1)b|c)', 'ab'), ('(a)?(?(1)b|c)', 'c'),
             ('(?P<n>a)?(?(n)b)', 'b'), ('^(<)?\\w+(?(1)>)$', '<abc>'), ('^(<)?\\w+(?(1)>)$', '<abc'),
             ('(?=a)*b', 'b'), ('a(?=b(?=c))', 'abc'), ('(?<=(a))b', 'ab'), ('(?<!(x))b', 'ab')]:
    show(p, s)

# match, fullmatch, pos and endpos
p = re.compile(r'\d+')
print(p.match('12ab'), p.match('ab12'), p.match('ab12', 2), p.search('ab12cd34', 5))
print(p.fullmatch('123'), p.fullmatch('123a'), p.fullmatch('123a', 0, 3), p.search('1234', 1, 3))
print(re.compile('^a').search('ba', 1), re.compile('^a', re.M).search('b\na', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'\bb').search('ab', 1))
print(re.compile('').match('abc', 2, 1), re.compile('a|ab').fullmatch('ab'))
print(p.match('123', -5), p.match('123', 10), p.search('123', 0, -1), p.match('12345', 1, 3))
print(re.match('(?:a|ab)(?:c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(a+)(?:b\1)+', 'aabaabaab'), re.match('x*', ''), re.search('(?i)b', 'AB'))

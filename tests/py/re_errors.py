# re: malformed patterns and templates raise re.error with CPython's message and position.
import re

def bad(p, flags=0):
    try:
        re.compile(p, flags)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), '->', type(e).__name__, e)

for p in ['(ab', 'ab)', '(a(b)', 'a))', '*a', 'a**', 'a*+*', '+', '?', 'a{2}{3}', '(*)', '|*',
          '^*', '$+', r'\b*', 'a{3,2}', 'a{99999999999}', 'a{1,99999999999}', '[abc', '[', '[^',
          '[a-', '[]', '[z-a]', r'[\d-z]', r'[a-\w]', r'\q', r'\c', 'a\\', '\\', r'[\q]', r'\x4', r'\x',
          r'\u12', r'\U0011ffff', r'\U1234', r'\N{DASH', r'\N', r'[\A]', r'\8', r'\2', r'(a)\2', r'(a\1)',
          r'\400', r'[\400]', r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)', '(?P<a', '(?P<>x)', '(?P<a>', '(?P=x)',
          '(?P=a', '(?P<a>a(?P=a))', '(?Px)', '(?P', '(?', '(?z)', '(?<x)', '(?<', '(?#abc', '(?i',
          '(?iz)', '(?i-', '(?-z:a)', '(?i-i:a)', '(?-a:x)', 'a(?i)b', '(?L)a', '(?au)a', '(?t:a)',
          '(?i', '(?x', '(?-', '(?-i', '(?-i)', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(-1)a)',
          '(?(a-b)x)', '(?(2)a)(b)', '(a)(?(3)b)', '(?<=a+)b', '(?<!a|bc)x', '(?<=(a)\\1)b',
          '(a)(?<=\\1)', '(?<=x(?=y))', '(?<=(?P<n>a)(?P=n))x', 'x\n(\ny', 'ab\n\ncd)', '\n*',
          '(?x)a  b\n  (c', '(?x) # c\n [', 'a{,2', '(?P<a>b)(?P=a', '(?P<a!>b)', '(?(1', '(?(1)', '(?(1)a']:
    bad(p)
bad('a', re.L)
bad('a', re.A | re.U)
bad(b'a', re.U)
bad(b'a', re.A | re.L)
bad(b'(?u)a')
bad(b'\\u0041')
bad(b'[\\xe9-\\x41]')
bad(b'\\\xe9q(')
bad('(?<=a|bb)x')
bad('(?<=ab|cd)x')

# templates
for p, r in [('(a)', r'\2'), ('(a)', r'\g<2>'), ('(a)', r'\g<x>'), ('(a)', r'\g<1'), ('(a)', r'\g'),
             ('(a)', r'\g<>'), ('(a)', r'\g<a b>'), ('(a)', r'\g<-1>'), ('(a)', r'\q'), ('(a)', '\\'),
             ('(a)', r'\400'), ('(a)', r'\10'), ('(?P<n>a)', r'\g<m>'), ('(a)', r'\g<99999999999>')]:
    try:
        print(repr(r), re.sub(p, r, 'a'))
    except (re.error, IndexError) as e:
        print(repr(r), '->', type(e).__name__, e)
try:
    re.match('(a)', 'a').expand(r'\3')
except re.error as e:
    print('expand ->', e)
for r in (1, b'x'):
    try:
        re.sub('a', r, 'a')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1, 'bab')
except TypeError as e:
    print('TypeError', e)
e = re.error('msg')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('msg', 'ab\ncd', 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
print(type(e), re.error.__module__, re.error.__qualname__)

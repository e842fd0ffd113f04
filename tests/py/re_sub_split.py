# re: findall, finditer, sub, subn and split, with empty matches, templates and counts.
import re

for p, s in [(r'\w+', 'hello big world'), (r'(\w)(\d)', 'a1 b2 c'), (r'(a)|(b)', 'abc'),
             (r'(\w+)=(\d+)?', 'x=1 y= z=3'), ('', 'abc'), ('x*', 'axxb'), (r'\b', 'ab cd'),
             ('a|', 'bab'), ('(a)|', 'ab'), ('.', ''), ('[aeiou]', 'education'), ('(?=a)', 'aba'),
             (r'\d+', 'no digits'), ('(?:ab)+', 'ababxab'), ('^', 'a\nb'), ('(?m)^\\w', 'a\nb\nc')]:
    print(repr(p), re.findall(p, s), [m.span() for m in re.finditer(p, s)])

p = re.compile(r'\d')
print(p.findall('a1b2c3d4', 3), p.findall('a1b2c3d4', 2, 5), p.findall('12', 5), p.findall('12', 1, 0))
it = p.finditer('1a2b3', 1)
print(next(it), [(m.group(), m.pos, m.endpos) for m in it])
print([m.group() for m in re.finditer(r'\w+', 'one two three')], type(re.findall('a', 'a')))

# sub and subn
for p, r, s in [(r'\d+', '#', 'a12b345c'), ('x*', '-', 'abxd'), ('', '-', 'abc'), (r'\b', '|', 'ab cd'),
                (r'(\w+) (\w+)', r'\2 \1', 'hello world'), (r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcd'),
                (r'(\w)', r'[\g<1>\g<0>]', 'ab'), (r'(a)|b', r'<\1>', 'ab'), ('a', r'\n\t\\', 'bab'),
                ('a', r'\&\-\ ', 'a'), ('(a)', r'\1\0', 'a'), ('(a)', r'\0101', 'a'),
                ('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)', r'\10\9', 'abcdefghij'), ('a', r'\141', 'a'),
                ('(a)', r'\g<0>\g<1>', 'xa'), ('a*', 'x', 'baaac'), ('(?:)', '-', ''), ('^', '>', 'a\nb'),
                ('(?m)^', '>', 'a\nb\n'), ('(?m)$', '<', 'a\nb\n'), ('$', '<', 'a\n')]:
    print(repr(p), repr(r), repr(re.sub(p, r, s)), re.subn(p, r, s))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=1), re.subn('a', 'b', 'aaaa', 3))
print(re.sub('a', 'b', 'aaa', -1), re.sub('A', 'b', 'aAa', flags=re.I), re.subn('x', '', 'axbx'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w)(\w)?', lambda m: m.group(2) or '?', 'abc'), re.sub('b', lambda m: None, 'abc'))
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'].upper() + str(m.span()), 'ab cd'))
print(re.compile(r'\s+').sub(' ', '  lots   of \t space  '), re.compile('o').subn('0', 'foo', 1))
print(re.sub('é', 'e', 'café crème'), re.sub('(.)', r'\1\1', 'hé!'))

# split
for p, s in [(r'\W+', 'Words, words, words.'), (r'(\W+)', 'Words, words, words.'), (r'\s', ''),
             ('x*', 'axbc'), ('', 'abc'), (r'\b', 'ab cd'), ('(a)|b', 'xaybz'), ('[,;]', ',a;'),
             ('(,)(;)?', 'a,b;c'), ('(?=b)', 'abab'), ('$', 'ab'), ('^', 'ab')]:
    print(repr(p), repr(s), re.split(p, s))
print(re.split(r'\W+', 'a b c d', 2), re.split(r'\W+', 'a b c', maxsplit=1), re.split(',', 'a,b', -1))
print(re.split('x', 'axbXc', flags=re.I), re.compile(',').split('a,b,,c', 2))

# bytes subjects
print(re.findall(rb'\w+', b'ab cd\xe9'), re.sub(rb'(\w)', rb'<\1>', b'ab'), re.split(rb',', b'a,b'))
print(re.subn(b'a', b'\\n', b'aba'), re.sub(b'a', lambda m: m.group() * 2, b'ab'))

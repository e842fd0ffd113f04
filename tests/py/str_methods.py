# str methods, including non-ASCII text.
s = 'héllo wörld'
print(s.upper(), s.title(), s.capitalize(), s.swapcase(), 'HÉLLO'.lower())
print('ΑΒΓ'.lower(), 'αβγ'.upper(), 'Ünïcödé'.casefold(), len(s), len('日本語'))
print(s.find('ö'), s.index('w'), s.rfind('l'), s.find('zz'), s.count('l'), s.count(''))
print('abcabc'.find('c', 3), 'abcabc'.rfind('a', 0, 3), 'abcabc'.rindex('b'), 'aaaa'.count('aa'))
print('  pad  '.strip() + '|', '  pad  '.lstrip() + '|', '  pad  '.rstrip() + '|')
print('xxhixx'.strip('x'), '--a-b--'.lstrip('-'), 'abcba'.rstrip('ab'), '\t\n x \r\n'.strip())
print('a,b,,c'.split(','), 'a b  c '.split(), ' a b '.split(' '), 'a,b,c'.split(',', 1))
print('a,b,c'.rsplit(',', 1), ''.split(), ''.split(','), 'abc'.split('abc'), 'x'.split('x'))
print('one\ntwo\r\nthree\rfour'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), 'é'.join(['1', '2']))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'))
print('hello'.startswith('he'), 'hello'.startswith(('x', 'hel')), 'hello'.startswith('l', 2))
print('hello'.endswith('lo'), 'hello'.endswith(('a', 'b')), 'hello'.endswith('ell', 0, 4))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(7, '*') + ']', '[' + 'abc'.center(6) + ']')
print('[' + 'ab'.ljust(5, '.') + ']', '[' + 'ab'.rjust(5) + ']', '[' + 'abcdef'.ljust(3) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print('123'.isdigit(), '12a'.isdigit(), ''.isdigit(), 'abcé'.isalpha(), 'ab1'.isalnum(), 'a b'.isalnum())
print(' \t\n'.isspace(), ''.isspace(), 'ABC'.isupper(), 'AbC'.isupper(), 'abc'.islower(), '123'.islower())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'x1y'.isidentifier(), '1x'.isidentifier())
print('123'.isdecimal(), '½'.isnumeric(), 'abc'.isascii(), 'é'.isascii())
print('a\tbc\td'.expandtabs(), 'a\tb'.expandtabs(4), repr('\t'.expandtabs(2)))
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
print("they're bill's friends".title(), 'hello WORLD'.capitalize())
print('abc' * 3, 'abc' * 0, 'abc' * -1 == '', 3 * 'é')
print('ab' in 'cabd', '' in 'x', 'é' in s, 'z' not in s)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'é' > 'z', 'abc' == 'ab' + 'c')
print(s[0], s[1], s[-1], s[2:5], s[::-1], s[::2])
print(ord('é'), chr(233), ord('€'), chr(8364), ord('A'), ord('\n'))
print([c for c in 'héé'], list('ab'), str(123) + str(4.5) + str(None))
print('%s|%s' % ('Title Case'.swapcase(), 'MiXeD'.lower()))
print('tab\tsep'.split('\t'), 'a  b'.split(' '), '  lead'.split(None, 1))
print('abc'.encode(), 'héllo'.encode('utf-8'), 'héllo'.encode('utf-8').decode('utf-8'))
print(str.upper('x'), 'CamelCaseString'.lower().count('c'), 'mississippi'.replace('ss', 'SS'))
print(max('hello'), min('hello'), sorted('hello'), ''.join(sorted('banana')))
print('x'.join(str(i) for i in range(5)), 'Python'.index('th'))
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'[5]
except IndexError as e:
    print('IndexError', e)
try:
    'abc'[0] = 'z'
except TypeError:
    print('TypeError str immutable')
try:
    'a' + 1
except TypeError:
    print('TypeError str + int')
t = 'immutable'
u = t.upper()
print(t, u, t is not u)
print(len(''), len(' '), len('\n'), len('é'), len('😀'), '😀'.encode('utf-8'))

# Lexical structure: numeric literals, string literals, escapes, line joining.
print(0, 00, 0_0, 000)
print(123_456_789)
print(0x_ff, 0XFF, 0o777, 0O17, 0b1010, 0B1_0)
print(0xdead_beef, 0o1_7, 0b1111_0000)
print(1., .5, 1.5e3, 1E-3, 1_0.2_5, 1e1_0)
print(0.000_1, 1_000.0, 0e0, 00.5)
print(9999999999999999999999, -0x10)
print('single', "double", '''triple s''', """triple d""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('tab\there', 'nl\\n literal')
print('\x41\x62\101\u00e9\U0001F600'.encode('utf-8'))
print(len('\x41\x62\101\u00e9\U0001F600'))
print('\0' == '\x00', len('\0\00\000'))
print(r'raw\n\t', len(r'raw\n'), r'\\')
print(rb'raw\x00', br'B\n')
print(b'bytes\x00\xff', B'up')
print('adjacent' ' strings' " concatenate")
print('a' 'b'
      'c')
x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2
     + 3)
print(y)
lst = [
    1,
    2,
    3,   # trailing comma and comment
]
print(lst)
d = {'k': 1,
     'j': 2}
print(d)
a = 1; b = 2; c = a + b  # semicolons
print(a, b, c)
if True: print('one-line if')
for i in range(2): print('one-line for', i)
s = """line1
line2\
 continued
line3"""
print(s)
print(repr(s))
print(repr('a\nb\tc\rd\x00e\x7f'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\\'), repr('é'), repr('日本'))
print(True, False, None)
print(type(1).__name__, type(1.0).__name__, type('').__name__, type(b'').__name__)
print(type(True).__name__, type(None).__name__)
print([1,2][0]if True else 2)
print(0xA + 0o10 + 0b10)
print('''a 'quoted' "string" inside''')
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == '\u00e9')
ñ = 'unicode identifier'
print(ñ)
_private = 5; __dunder_like = 6; CamelCase9 = 7
print(_private, __dunder_like, CamelCase9)

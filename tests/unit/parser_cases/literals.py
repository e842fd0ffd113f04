0
1
0o17
0O17
0x1F
0XFF
0b101
0B1
1_000_000
0x_FF_FF
0o_7
0b_1_0
0_0
00
0.0
1.
.5
1.5
1e10
1E10
1e-5
1.5e+3
1_0.5_5e-1_0
0e0
00.5
012.5
012e3
012j
1j
1J
1.5j
1e3j
.5j
10_0j
True
False
None
...
'abc'
"abc"
'''abc'''
"""abc"""
'a' 'b'
'a' "b" """c"""
r'raw\n'
R"raw"
b'bytes'
B"bytes"
br'x'
rb'x'
Rb'x'
bR'x'
BR'x'
rB'x'
u'unicode'
U'unicode'
b'a' b'b'
'\n\t\\\'\"'
'''multi
line
string'''
"""a
b""" "c"
('implicit'
 'join')
x = ('a' # comment
     "b")
'it\'s'
"say \"hi\""
'\x41\101\u0041\N{LATIN SMALL LETTER A}'
''
""
b''
r''
''''''
'caf\xe9 ☃ é'
'''quote ' inside'''
"""double "" inside"""
'back\
slash'
'''
'''
x = 1if y else 2
x = [0x1for x in y]
x = 1 if 1else 2
x = 1or 2
x = 1in y
x = 1is y
x = 1and 2
x = 1.0if y else 2
x = 0b1or 2
# complex(str): CPython's grammar (brackets, signs, j alone, inf/nan, underscores) and its errors; complex(0.0, -0.0) keeps the sign.
for s in ['1+2j', '1-2j', '  (1+2j)  ', '( 3.5e2-4.25j )', 'j', '-j', '+j', '2j', '-2.5J', '1', '-1.5', 'inf', '-infj', 'nanj', '1+infj', 'infinity-nanj', '1e5j', '1e-5+1e+5j',
          '1_000+2_0j', '.5j', '5.+.5j', '1+j', '1-j', '', ' ', 'j1', '1+2', '1 + 2j', '(1+2j', '1+2j)', '()', '1+2jj', '1__0j', '_1j', '1_j', 'abc', '1e', '1e+j', '++1j', '1+-2j', '0x1j', '(j)', '\t-0j\n', '-0', '1.5e400j', 'in', 'nanx']:
    try:
        print(repr(s), repr(complex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for f in [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]), lambda: complex(1, []), lambda: complex(real='3j'), lambda: complex(b'1')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(complex(0.0, -0.0), complex(-0.0, -0.0), complex(1j, 1j), complex(1, 2j), complex(2j))

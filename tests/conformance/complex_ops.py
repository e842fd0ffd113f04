# complex numbers: construction, arithmetic, repr, attributes
zs = [complex(1, 2), 3j, -1j, complex(0, 0), complex(-0.0, -0.0), 1 + 0j, complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e3j"), complex(2), complex(1.5, -2.5), complex(float("inf"), float("nan"))]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, abs(a), a ** 2, a == 3 + 4j, a != b, -a, +a, a * 2, 2 / a, a + 1.5)
print(complex(1, 2) == complex(1.0, 2.0), 1 + 0j == 1, hash(1 + 0j) == hash(1), pow(1j, 2), 1j ** 0.5)
for bad in ["1+", "1+2", "(1+2j", "1 + 2j", "abc"]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for expr in ["1j / 0", "1j < 2j", "divmod(1j, 1)", "1j // 1", "int(1j)"]:
    try:
        print(eval(expr))
    except (ZeroDivisionError, TypeError) as e:
        print(expr, type(e).__name__, e)
print(format(3j, ""), f"{1+1j}", complex("(1+2j)"), str(1.5-2j))

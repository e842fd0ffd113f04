# complex numbers: literals, arithmetic, repr, hash, comparison.
a = 1 + 2j
b = 3 - 1j
print(a, b, a + b, a - b, a * b, a / b, -a, a ** 2, abs(3 + 4j), 0j, 1j, -1j, 2.5j)
print(a == complex(1, 2), a != b, a.real, a.imag, a.conjugate(), bool(0j), bool(1j), complex(), complex(1.5))
print(hash(1 + 0j) == hash(1), {a: 1}[1 + 2j], repr(complex(-0.0, 1)), (1e20 + 1e-5j))
try:
    a < b
except TypeError as e:
    print(e)

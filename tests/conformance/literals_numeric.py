# numeric literals: underscores, bases, floats, imaginary, large
print(1_000_000, 0x_FF, 0o17, 0b1010_1010, 0XAB, 0O7, 0B1)
print(1.5e3, 1_0.0_1, .5, 5., 1e-3, 1E+3, 0e0, 00.5, 1_2e1_0)
print(3j, 1.5j, 1e3j, 0j, 10_000j, type(3j).__name__)
print(123456789012345678901234567890, -0x7fffffffffffffff, 0xffffffffffffffffffff)
print(0.1 + 0.2, 1 / 3, 2 ** 0.5, 1e308 * 10, -1e308 * 10, 1e-320)

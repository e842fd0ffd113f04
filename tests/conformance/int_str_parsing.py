# int <-> str in many bases and widths, underscores, large numbers
for base in [2, 3, 8, 10, 16, 36]:
    print(base, int("1" * 20, base), int("-10", base), int("  +11 ", base))
print(int("0b1010", 0), int("0B1010", 0), int("0o777", 0), int("0XfF", 0), int("1_000_000"), int("0_0"), int("0x_ff", 16))
print(str(2**200), str(-(10**40 + 1)), repr(0), repr(-0), str(int("000123")))
print(int("9" * 100) + 1 == 10**100, len(str(2**3000)), str(2**3000)[-6:])
for bad in ["0b2", "0o8", "0xg", "1_", "0 x1", "١٢3x"]:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(type(e).__name__, e)

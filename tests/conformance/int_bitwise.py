# bitwise operators with negative numbers and big values, shifts and their errors
vals = [0, 1, -1, 5, -5, 255, -256, 2**40 + 3, -(2**65)]
for a in vals:
    print(a, ~a, a & 0xF0, a | 3, a ^ -1, a << 3, a >> 2, a & -a if a else 0)
print(-1 >> 100, 1 << 100, -7 >> 1, -8 >> 3, 7 >> 64, (2**100) >> 99)
for bad in ["1 << -1", "1 >> -2", "1.0 << 1", "1 & 1.0"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(True & 3, True | False, 6 & True, ~False)

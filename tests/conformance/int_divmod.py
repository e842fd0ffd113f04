# integer division, modulo, divmod, pow with all sign combinations
for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 3, -3, 7]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(1, 0), (0, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            print(divmod(a, b) if op == "divmod" else eval("a %s b" % op))
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 0), pow(0, 0), 2 ** -2, (-8) ** (1 / 3) if False else (-2) ** 3)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(10**20 // 7, 10**20 % 7, -(10**20) // 7, -(10**20) % 7, divmod(10**30, -(10**15 + 7)))
print(pow(10**20, 5, 10**9 + 7), pow(12345678901234567890, -1, 10**9 + 7))

# abs, round, divmod, pow, sum, hex/oct/bin, chr/ord, int conversions via builtins
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), abs(-0.0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(100), start=-50), sum([]), sum(iter([1.5, 2])))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(chr(65), chr(0x1F600), chr(0), ord("A"), ord("€"), ord(b"a"), ord(bytearray(b"b")))
for bad in ["chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "ord(5)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hex(255), oct(-8), bin(5), hex(2**70), bin(0), oct(0))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 100), pow(2.0, 3), pow(-2, 2), pow(4, 0.5))
print(round(3.14159, 3), round(-3.5), round(1e20), round(12345, -2), round(1.23456e-5, 7), round(float("inf")) if False else round(0.5 + 1e-16))
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
print(all([]), any([]), all([1, 0]), any([0, 0.0, 1]), all("abc"), any(x > 2 for x in [1, 2, 3]))
print(len("abc"), len([1, 2]), len({1: 2}), len(range(10)), len(b"xy"), len(set()))

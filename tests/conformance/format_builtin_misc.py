# format() and str.format with mixed types: bool, None, containers, nested specs, conversion flags
print(format(True), format(True, "^6"), format(None, ""), format([1, 2]), format((1,), ""), format({"a": 1}))
print(format(3, "b"), format(3.0, "%"), format(-3, "+"), format(12345.6789, ",.2f"), format(0.000123, ".2e"), format(1234, "_x"))
print("{0!r:>8}|{0!s:<8}|{0:^8}".format("ab"), "{:>6.2%}".format(0.123), "{:=+8.2f}".format(-3.14159))
print("{:c}{:c}".format(72, 105), "{:#o} {:#b} {:#X}".format(8, 5, 255), "{:08.3f}".format(-1.5))
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print(type(e).__name__, e)
print("{:.3}".format(3.14159), "{:.3}".format("abcdef"), "{:10}|".format(True), "{:<10}|".format(1.5), "{}".format(1e21))

# str.format: positional, keyword, attribute, index, conversions, nested specs
print("{} {}".format(1, 2))
print("{1} {0} {1}".format("a", "b"))
print("{x} {y}".format(x=1, y=2))
print("{0[1]} {0[a]}".format({1: "one", "a": "A"}))
print("{0[0]}{0[2]}".format("xyz"))
class P:
    x = 3
    y = [4, 5]
print("{0.x} {0.y[1]}".format(P()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}}|".format("ab", w=5))
print("{:{f}{a}{w}}|".format("ab", f="*", a="^", w=7))
print("{{}} {{{}}}".format(7))
print("{0:.{1}f}".format(3.14159, 2))
print("{:,}".format(1234567), "{:_}".format(1234567))
for bad in ["{", "}", "{0", "{:{:{}}}", "{0!x}", "{a.}", "{0[}"]:
    try:
        print(bad.format(1, 2, 3))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print("{0}".format_map({}) if False else "{a}".format_map({"a": 9}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))

# float() parsing and conversions
for s in ["1", "  1.5  ", "-1e3", "1E-3", "+.5", "5.", "1_000.5", "0x1p3", "inf", "-Infinity", "nan", "-nan", "1e", "e1", "1..2", "", " ", "1_", "1__0", "\u0663.\u0665", "١٢"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(3), float(True), float(b"2.5"), float(10**20))
for bad in [None, [], "x" * 3]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)

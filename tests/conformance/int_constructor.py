# int() from strings, bases, floats, objects
print(int(), int(5), int(-5.9), int(5.9), int("  42  "), int("-0"), int("+7"), int("1_000"), int(True))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2), int("Z", 36))
print(int("0", 0), int("00", 0), int("1_2", 0), int("\u0663\u0664"), int(" \t12\n"), int(b"12"), int(bytearray(b"13")))
for args in [("",), ("abc",), ("1.5",), ("12", 1), ("12", 37), ("012", 0), ("1__2",), ("_1",), ("0x",  16), (None,), ([],), (1.5, 10), (float("inf"),), (float("nan"),), ("9", 8)]:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 8
class N:
    def __int__(self):
        return 9
print(int(N()), int("6", base=I()))
print(int(1e20), int(-1e20), int(2**100 + 0.0), int("9" * 40))

# bool: arithmetic, repr, logic operators, bool() of objects
print(True + True, True * 3, True / 2, -True, ~True, True & False, True | False, True ^ True, True == 1, False == 0, True is True)
print(repr(True), str(False), int(True), float(False), bool(0), bool(""), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(0j), bool("0"))
print(type(True & True), type(True + 1), type(True | 2), isinstance(True, int), issubclass(bool, int), True > False, sorted([True, False, 1, 0]))
class Z:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return False
class N:
    pass
print(bool(Z()), bool(B()), bool(N()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or [], not 1, not [], (1, 2) and "x")
print({True: "a", 1: "b"}, hash(True), True.real, True.bit_length(), f"{True}", f"{True:d}", "%s %d" % (True, True))

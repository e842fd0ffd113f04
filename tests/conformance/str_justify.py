# str.center/ljust/rjust/zfill/expandtabs
print(repr("ab".center(6)), repr("ab".center(5)), repr("abc".center(6)), repr("ab".center(7, "*")))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "-")), repr("abcdef".ljust(3)))
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+42".zfill(5)), repr("".zfill(3)), repr("abc".zfill(2)), repr("-".zfill(3)))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nx\ty".expandtabs(3)), repr("\t".expandtabs(0)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("x".center(0)), repr("x".rjust(-1)))

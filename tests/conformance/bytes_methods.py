# bytes methods: split, strip, find, replace, join, case, predicates
b = b"  Hello World  "
print(b.split(), b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"a b".split(maxsplit=0))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(108))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"abc def".capitalize())
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), b"abc".startswith(b"b", 1))
print(b"a=b".partition(b"="), b"a=b=c".rpartition(b"="), b"xab".removeprefix(b"x"), b"abx".removesuffix(b"x"))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4))
print(b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b"abc" in b"xabcx", 98 in b"abc", b"" in b"a")
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b",".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)

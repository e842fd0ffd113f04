# str.strip/lstrip/rstrip with and without chars
print(repr("  hi  ".strip()))
print(repr("  hi  ".lstrip()))
print(repr("  hi  ".rstrip()))
print(repr("xxhixx".strip("x")))
print(repr("xyhiyx".strip("xy")))
print(repr("xyhiyx".lstrip("yx")))
print(repr("xyhiyx".rstrip("yx")))
print(repr("\t\n hi \r\x0b\x0c".strip()))
print(repr("hi".strip("")))
print(repr("".strip()))
print(repr("aaaa".strip("a")))
print(repr("  hi  ".strip(None)))
print(repr("\u2003hi\u2003".strip()))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)

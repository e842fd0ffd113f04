# str.startswith/endswith with tuples and ranges
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith(("x", "ld")), s.endswith(""))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("d", -1), s.startswith("o", -5))
print(s.startswith(()), "".startswith(""), "".endswith("a"))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(1)
except TypeError as e:
    print(type(e).__name__, e)

# str.find/rfind/index/rindex/count with start/end
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"))
print(s.find("hello", 1), s.rfind("hello", 0, 10))
print(s.find("zzz"), s.rfind("zzz"))
print(s.find(""), s.rfind(""), s.find("", 100), s.find("", 18))
print(s.find("o", -5), s.find("o", -100, -10))
print(s.index("world"), s.rindex("l"))
print(s.count("l"), s.count("l", 5), s.count("l", 5, 10), s.count(""))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1))
print(s.find("h", None, None), s.count("o", None))
for f in (s.index, s.rindex):
    try:
        f("zzz")
    except ValueError as e:
        print(type(e).__name__, e)
print("abc".find("c", 2, 3), "abc".find("c", 3))
print("x" in s, "world" in s, "" in s)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)

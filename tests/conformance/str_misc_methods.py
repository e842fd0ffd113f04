# remaining str methods: count, index on unicode, format_map, isascii, zfill, str.__mod__, __contains__
s = "Mississippi"
print(s.count("ss"), s.count("i", 3, -1), s.index("ss", 3), s.rindex("s"), s.rfind("ss", 0, 5), s.lower().count("m"))
print(s.replace("ss", "SS", 1), s.partition("ss"), s.rpartition("ss"), s.split("ss"), s.rsplit("i", 2))
print(s.ljust(15, "."), s.center(15, "~"), s.swapcase(), s.startswith("Miss"), s.endswith(("pi", "x")), s.isalpha(), s.istitle())
print(str.upper("abc"), str.join("-", ["a", "b"]), str.__len__("abc"), str.__contains__("abc", "b"), str.__getitem__("abc", 1), str.__add__("a", "b"), str.__mul__("ab", 2), str.__mod__("%d", 5))
print("abc".__eq__("abc"), "a".__lt__("b"), "a".__eq__(1), "abc".__hash__() == hash("abc"), "x".__format__(">3"), "x".__str__(), "x".__repr__())
print("%s" % "x", "{0}{0}".format("ab"), "a".join("123"), "".join(reversed("abc")), "abc"[::-1] == "cba", " ".join(["x"] * 3))

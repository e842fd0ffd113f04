# str methods on empty strings and single characters; methods that return new objects
e = ""
print(e.upper(), e.split(","), e.join([]), e.center(3, "*"), e.zfill(2), e.partition("x"), e.title(), e.isspace(), e.isalnum(), e.strip("x"))
print("a".split("a"), "a".partition("a"), "a".rpartition("a"), "a".center(4), "a" * 3, "a".swapcase(), "a".count(""), "a".find("a", 1))
print("x".join(["", ""]), ",".join(["", "a", ""]), "".join(["a"]) == "a", "abc".replace("abc", ""), " ".isspace(), "\t".expandtabs(2) == "  ")
print("aAa".count("a"), "ab" in "abab", "abab".rfind("ab"), "abab".rindex("ba"), "ab".startswith(("a", "z")), "".endswith(""))

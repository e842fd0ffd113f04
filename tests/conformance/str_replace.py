# str.replace with counts, empty patterns
print("aaa".replace("a", "b"))
print("aaa".replace("a", "b", 2))
print("aaa".replace("a", "b", 0))
print("aaa".replace("a", "b", -1))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("".replace("", "x"))
print("abcabc".replace("bc", ""))
print("abc".replace("x", "y"))
print("ab" * 3 .replace("ba", "|") if False else ("ab" * 3).replace("ba", "|"))
print("héllo".replace("é", "e"))
try:
    "a".replace(1, "b")
except TypeError as e:
    print(type(e).__name__, e)

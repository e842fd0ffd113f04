# str.maketrans / translate
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcd".translate(t3))
print("abc".translate({97: 98}))
print("abc".translate({}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
class Tab:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        raise LookupError
print("abca".translate(Tab()))

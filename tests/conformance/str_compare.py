# str comparisons, min/max, sorting by code point
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("é" > "z", "\U0001F600" > "\uffff", "a" == "a", "a" != "A")
print(sorted(["banana", "Apple", "cherry", "apple", "éclair", "Banana"]))
print(max("hello"), min("hello"))
print("abc" == b"abc", "1" == 1)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(["b", "a", "c"], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))

# str.join, concatenation, repetition
print(",".join(["a", "b", "c"]))
print("".join([]))
print("-".join("abc"))
print(", ".join(str(i) for i in range(5)))
print("x".join(("1",)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2)
s = "a"
s += "b"
s *= 2
print(s)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(",".join({"b": 1, "a": 2}))

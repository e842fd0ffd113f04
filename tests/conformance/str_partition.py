# str.partition / rpartition / removeprefix / removesuffix
print("a=b=c".partition("="))
print("a=b=c".rpartition("="))
print("abc".partition("x"))
print("abc".rpartition("x"))
print("abc".partition("abc"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "abc".removeprefix(""))
print("file.txt".removesuffix(".txt"), "file".removesuffix(".txt"), "abc".removesuffix(""))

# str case conversion: upper, lower, title, capitalize, swapcase, casefold
for s in ["hello world", "HELLO", "hELLo wORLD", "they're bill's", "ß straße", "ǆ", "123abc", "a1b2", "", "ﬁ", "İstanbul", "ΣΑΣ"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("hello_world-foo bar".title())
print("Ab".swapcase().swapcase())

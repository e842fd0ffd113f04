# non-ASCII strings: len, indexing, case, find, slicing, ord/chr round trips, escapes
s = "naïve café – 日本語 😀"
print(len(s), s[2], s[-1], s[13:16], s.upper(), s.find("日"), s.index("😀"), s.count("é"), s[::-1])
print([ord(c) for c in "é日😀"], "".join(chr(c) for c in [233, 26085, 128512]), "\u00e9" == "é", "\N{LATIN SMALL LETTER E WITH ACUTE}" if False else "é")
print("ǅ".lower(), "ǅ".upper(), "ǅ".title(), "ß".upper(), "ŉ".upper(), "ΐ".upper(), "İ".lower(), len("İ".lower()))
print("Straße".casefold() == "strasse", "ﬀ".upper(), "Ω".lower(), "σς".upper(), "ΣΑΣ ΣΑΣ".lower())
print("日本".center(6, "*"), "é".ljust(3, "-"), "%-4s|" % "日", "{:^5}".format("é"), "日本語".encode("utf-8"), len("日本語".encode()))
print("a\u0301" == "á", len("a\u0301"), sorted(["é", "e", "f", "ê"]), max("日本"), "😀" > "日")
print("x\u00a0y".split(), "\u2000".isspace(), "٣".isdigit(), "½".isnumeric(), "ⅷ".isnumeric(), "𝟘".isdecimal())

# repr() of strings: quote choice and escapes
for s in ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\r", "\x00\x07\x1f\x7f", "\x80\x9f\xa0\xff", "é", "\u200b", "\u2028", "\U0001F600", "\ud800", "back\\slash", "\ufeff", "\U000e0001", ""]:
    print(repr(s), ascii(s))
print(str(repr("a")), repr(repr("a")))

# str.is* predicates over a range of inputs
tests = ["", "abc", "ABC", "Abc", "Abc Def", "abc1", "123", "1.5", "\u00b2", "\u0663", "\u2155", " ", "\t\n", "_a", "a b", "é", "Σ", "a_1", "1a", "class", "\x00", "ⅷ"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
for t in tests:
    print(repr(t), " ".join(str(int(getattr(t, p)())) for p in preds))

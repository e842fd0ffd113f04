# chr/ord over ranges, str.isX over ASCII, and building tables
print("".join(chr(c) for c in range(32, 127)))
print([c for c in range(128) if chr(c).isspace()], [c for c in range(128) if chr(c).isprintable()][:5])
print(sum(1 for c in range(128) if chr(c).isalnum()), sum(1 for c in range(128) if chr(c).ispunctuation()) if False else sum(1 for c in range(128) if not chr(c).isalnum() and chr(c).isprintable() and not chr(c).isspace()))
print([hex(ord(c)) for c in "Aé€😀"], [chr(0x3b1 + i) for i in range(5)], ord("\n"), chr(10) == "\n")
print({c: ord(c) - ord("a") for c in "abcxyz"}, "".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "hello"))

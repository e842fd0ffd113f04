# str.splitlines with every line boundary and keepends
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines())
print("\n".splitlines())
print("\n\n".splitlines(keepends=True))
print("abc\n".splitlines())
print("abc\r\n".splitlines(True))
print("no newline".splitlines())
print("a\r\rb".splitlines())

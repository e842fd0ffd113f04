# string and bytes literals: escapes, raw, concatenation, triple quotes, unicode escapes
print("a\tb\\n", r"a\tb\n", "\x41\101\u0042\U00000043", b"\x41\101", rb"\x41", "it's", 'say "x"')
print("implicit" " concat" ' works', """triple
line""", '''single
triple''', len("\N{BULLET}") if False else len("\u2022"))
print(repr("\a\b\f\v\0"), repr(b"\a\b\f\v\0"), "\
continued", "é" == "\xe9", "\u00e9" == "é")
print(f"{'nested'}", F"upper", rf"\t{1+1}", fr"{2}\n", b"bytes" + B"BYTES", R"raw\d")
print("tab\there".expandtabs(4), "multi\nline".splitlines(), len("\r\n"), "\101\x42\u0043")

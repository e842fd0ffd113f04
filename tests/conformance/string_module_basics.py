# string module constants and capwords, str.format alignment tables
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"))
for row in [("name", 3, 1.5), ("longer", 12, 22.25)]:
    print("{:<8}|{:>4}|{:^8.2f}|".format(*row))

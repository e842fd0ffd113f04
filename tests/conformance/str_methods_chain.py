# chained str method calls on realistic text processing
line = "  Name: Alice ; Age: 30 ; City: Paris  "
fields = dict(part.strip().split(": ") for part in line.strip().split(";"))
print(fields)
print(" | ".join(f"{k.lower():>5}={v.upper()}" for k, v in fields.items()))
csv = "id,name,score\n1,ann,90\n2,bob,85\n"
rows = [r.split(",") for r in csv.strip().splitlines()]
print(rows[0], [(int(a), b.title(), int(c)) for a, b, c in rows[1:]])
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase".lower(), "-".join("a b  c".split()))
s = "The rain in Spain"
print(s.lower().count("ain"), s.find("Spain"), s[s.index("in"):], s.rsplit(" ", 1)[-1], s.swapcase()[:8])
print("%-10s|%5.1f|%03d" % ("left", 2.345, 7), "{:*^11}".format("mid"), "x".join(map(str, range(4))))
print(" ".join(w[::-1] for w in "hello world".split()), "".join(c for c in "a1b2c3" if c.isdigit()))

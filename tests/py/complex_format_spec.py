# format(complex, spec): fill/align/sign/z/#/width/grouping/precision, types e f g n and none, and the errors
zs = [1 + 2j, 1.5 - 2j, -0.25j, 0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(1e20, -1e-5), 1234567.125 + 2j,
      complex(float('nan'), float('inf')), complex(-float('inf'), -float('nan')), 3j, -3 + 0j, 1e-7 + 1e16j, complex(-0.001, -0.004)]
specs = ["", "<20", ">20", "^20", "*^21", "+", " ", "-", ".3", ".0", "10.2", "e", "E", ".2e", "f", "F", ".1f", "g", "G", ".3g",
         "#g", "#.0f", "#", ",", "_", ",.2f", "_.1f", "+.3g", " .2f", "n", ".2n", "z.1f", "z", "z.2g", ">30.1f", "x<16.1e", "20", "#.3"]
for z in zs:
    print(repr(z), "|".join(format(z, s) for s in specs))
for s in ["010", "=10", "%", "d", "s", "x", "c", "0<10", ".2%", "10,", "b", "r"]:
    try:
        print(s, repr(format(1 + 2j, s)))
    except (ValueError, TypeError) as e:
        print(s, type(e).__name__, e)
print(f"{1+2j:>{12}.{2}f}|", "{:^16.2e}".format(-1 - 1j), "%s" % (1 + 1j))

# format() of complex numbers with a format spec
for z in [1 + 2j, 1.5 - 2j, -0.25j, complex(1e20, -1e-5)]:
    print(format(z, ".2f"), format(z, "^24"), format(z, "g"), format(z, "e"), format(z, "+.3g"), f"{z:>30.1f}|")

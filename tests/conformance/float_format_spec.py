# format() of floats: f, e, g, %, n-less specs, alignment, grouping, alt form
xs = [0.0, -0.0, 1.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 1e16, 123456789.0, 0.5, 2.5, 1e300, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%", "10.2f", "<10.1f", "^12.3e", "+.2f", " .2f", "010.2f", ",.2f", "_.1f", "*>10", ".10g", "r" if False else "", "z.1f" if False else "-.1f", "n" if False else ".5"]
for x in xs:
    out = []
    for s in specs:
        try:
            out.append(format(x, s))
        except ValueError as e:
            out.append("ERR")
    print(repr(x), "|".join(out))
for bad in ["d", "x", "c", "s"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1e-5:g} {1e-4:g} {123456:g} {1234567:g} {1e16:.0f}")
print(f"{12.0:.3} {12.5:.1} {0.000012345:.2} {1.0:.0e} {99.99:.1f} {9.995:.2f}")

# format() of ints: every part of the format-spec mini language
n = 1234567
for spec in ["", "d", "10d", "<10d", ">10", "^10", "=10", "+", "-", " ", "010", "+010", ",", "_", "10,", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "_x", "c", "n", "e", ".2e", "f", ".1f", "%", ".0%", "g", "G", "*^12,", "#010x", "0=+12"]:
    try:
        print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec != "c" else "")
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
for spec in ["s", ".2d", ",b", "=c", "#c"]:
    try:
        print(format(65, spec))
    except ValueError as e:
        print(type(e).__name__, e)
print(format(0, "#x"), format(0, "#b"), format(-0, "+d"), format(True, "d"), format(True, ""), format(False, "5"))
print(format(10**30, ","), format(-(10**25), "_x"), format(2**64, "#o"))
print(f"{255:#06x}", f"{5:03}", f"{-5:03}", f"{42:<5}|", f"{42:x<5}|", f"{42:^+7}|")

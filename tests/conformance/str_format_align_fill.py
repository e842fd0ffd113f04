# format spec for str: fill, align, width, precision, and errors for numeric-only options
for spec in ["", "10", "<10", ">10", "^10", "*<8", "-^9", ".2", "10.3", "^7.1", "0>5", "x^6"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)))
for bad in ["=10", "+", ",", "d", "#", "010"]:
    try:
        print(repr(format("hi", bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(repr(format("日本", "^6")), repr(format("é", "*>3")), repr("{:>{}}".format("x", 4)))

# messages of common built-in errors
cases = [
    "1 + 'a'", "'a' + 1", "[1] + 'a'", "len(5)", "int('x')", "float('y')", "[].pop()", "{}['k']",
    "(1, 2)[5]", "'abc'.index('z')", "None.attr", "1 / 0", "1 % 0", "2 ** 10000.0", "undefined_var",
    "int.nope", "(lambda x: x)()", "abs('a')", "-'a'", "~1.5", "hash([])", "object().__foo__",
    "[1, 2].index(3)", "{1, 2}.remove(3)", "'a' * 'b'", "iter(1)", "next(iter([]))", "dict(a=1)['b']",
    "chr('a')", "sorted([1, None])", "max([])", "'%d' % 'x'", "divmod(1, 0)", "bytes('a')", "range(1, 2, 0)",
]
for c in cases:
    try:
        eval(c)
        print(c, "no error")
    except Exception as e:
        print(c, "->", type(e).__name__, e)

# printf-style % formatting of str
print("%s %d %i %f %r" % ("a", 1, 2, 1.5, "b"))
print("%5s|%-5s|%.2s|" % ("ab", "ab", "abcdef"))
print("%05d|%+d|% d|%-5d|%x|%X|%o|%#x|%#o|%#X" % (42, 42, 42, 42, 255, 255, 8, 255, 8, 255))
print("%e|%E|%g|%G|%.3e|%10.4f|%-10.2f|" % (12345.678, 0.00012, 1e-5, 1e20, 3.14159, 2.5, 2.5))
print("%c%c" % (65, "b"))
print("%%|%s" % "x")
print("%(a)s-%(b)d" % {"a": "x", "b": 3})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%d" % 3.9, "%d" % True, "%x" % -255, "%.0f" % 2.5, "%.0f" % 3.5)
print("%a" % "é", "%r" % "é")
for fmt, arg in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", 1114112), ("%c", "ab"), ("%(a)s", (1,))]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
print("%s" % {"k": 1}, "%i" % 10**20)

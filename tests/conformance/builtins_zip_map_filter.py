# zip/map/filter/enumerate/reversed: laziness, strict, multiple iterables
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])), dict(zip("ab", [1, 2])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isupper, "aBcD")))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)), next(enumerate("z", -1)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("lazy")
print(next(m), list(m))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
z = zip([1, 2], [3, 4])
print(iter(z) is z, next(z), list(z), list(z))

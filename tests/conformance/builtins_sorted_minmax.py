# min/max/sorted with key, default, multiple args, ties, errors
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("abc"), min([], default="empty"), max([], default=None))
print(max([1, 3, 3.0, 2]), min([2, 1, 1.0]), max(["b", "aa", "c"], key=len), min(["bb", "a", "c"], key=len), max((1, "z"), (1, "a")))
print(max([("a", 2), ("b", 2)], key=lambda t: t[1]), min({3: "x", 1: "y"}), max(range(5), key=lambda x: -x), max(iter([4, 9, 2])))
for bad in ["min([])", "max()", "min(1)", "max(1, 2, default=0)", "min([1, 'a'])"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([[2, 1], [1, 2], [1]]), sorted([-1, 1, -2], key=abs), sorted([0.5, -0.5], key=abs))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))

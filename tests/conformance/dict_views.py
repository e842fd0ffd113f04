# dict views: keys/values/items, set operations, live updates, repr, reversed
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(sorted(it & {("a", 1)}), it == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), k.isdisjoint(["x"]), v == v)
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d["new"]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {}
print(e.keys(), e.values(), e.items(), list(e), {1: 2}.keys() == {1}, type(k).__name__, type(v).__name__, type(it).__name__)
m = d.keys().mapping if hasattr(d.keys(), "mapping") else d
print(m == d)

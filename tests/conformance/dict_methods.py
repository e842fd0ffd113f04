# dict methods: get, setdefault, pop, popitem, update, fromkeys, copy, clear
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("z", "dflt"), d)
try:
    d.pop("z")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 1}, y=2); d.update([("w", 0)]); d.update(b=20)
print(d, d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
e = d.copy(); e["new"] = 1; print(d, e)
e.clear(); print(e, len(d))
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({1: 2}, z=3), dict(zip("ab", range(2))))
for bad in [[1, 2], [(1, 2, 3)], 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}[1, 2], "a" in {"a": 1}, 1 in {"a": 1})
print(d | {"q": 9}, {**d, "r": 1})
d |= {"s": 2}; print(d)
print(sorted(d), list(reversed(d)), len(d), d == dict(d), d != {})

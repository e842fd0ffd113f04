# and/or/not short-circuit and return values, truthiness of many objects
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t("") or t("last"))
print(t([1]) or t(2))
print(not t(0), not t("x"))
vals = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [[]], (), (0,), {}, {0: 0}, set(), None, True, False, 0j, range(0), range(1), b"", bytearray()]
print([bool(v) for v in vals])
x = None
print(x is None, x is not None, x == None, (x or "default"), (0 or None) is None)
print(1 if [] else 2, [] or {} or () or "end", "a" and "b" and "c", 0 and 1/0)

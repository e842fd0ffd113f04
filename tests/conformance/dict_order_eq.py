# dict insertion order, re-insertion, deletion, equality ignores order, int key hashing
d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(d)
del d[3]; d[3] = 0; print(d)
d[5] = "updated"; print(d)
print({1: 2, 3: 4} == {3: 4, 1: 2}, list({3: 4, 1: 2}), {-1: 0, -2: 0}, {2**64: 1, 0.5: 2})
print({i: i for i in range(20) if i % 3})
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big))
print(dict(sorted({"b": 1, "a": 2}.items())), dict(reversed(list({"x": 1, "y": 2}.items()))))

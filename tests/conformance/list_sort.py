# list.sort/sorted: key, reverse, stability, mixed types error
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
print(sorted([3.5, 1, 2.25, -1, True]), sorted("hello"), sorted({3: 1, 1: 2}), sorted((x * x % 7 for x in range(10))))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: -k.v))
recs = [(i % 3, i) for i in range(12)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted([], reverse=True), sorted([1]), sorted([2, 1], key=None))

# set algebra on integers and tuples, comprehensions, frozenset keys, sorted output of string sets
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens | threes), sorted(evens - threes), sorted(evens ^ threes))
print(len(evens), min(evens), max(evens), sum(evens), 4 in evens, 5 in evens)
words = {"apple", "banana", "cherry", "apple"}
print(sorted(words), len(words), sorted(w.upper() for w in words), {len(w) for w in words} == {5, 6})
pairs = {(1, 2), (2, 1), (1, 2)}
print(sorted(pairs), {frozenset(p) for p in pairs} == {frozenset({1, 2})})
s = set()
for i in range(5):
    s.add(i * i % 7)
print(sorted(s), s == {0, 1, 2, 4}, s.issubset(range(7)), set(range(3)) < set(range(4)))
print(sorted(set("mississippi")), "".join(sorted(set("hello world") - {" "})))

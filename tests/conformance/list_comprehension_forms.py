# list/set/dict comprehensions and generator expressions: filters, nesting, conditional expressions
n = 5
print([i * i for i in range(n)], [i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([x if x % 2 else -x for x in range(6)], [(x, y) for x in "ab" for y in range(2)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)], [v for row in [[1, 2], [3]] for v in row])
print({w: len(w) for w in "a bb ccc".split()}, {x % 3 for x in range(10)}, sum(x for x in range(101) if x % 2))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [row[::-1] for row in matrix], [max(r) for r in matrix])
print([c.upper() for c in "hello" if c not in "aeiou"], list(enumerate(x * 2 for x in "ab")), [i for i, c in enumerate("banana") if c == "a"])
print([(lambda v: v + 1)(i) for i in range(3)], [f"{i}:{j}" for i, j in zip(range(3), "xyz")], any(i > 3 for i in range(5)))

# tuple: count/index, concatenation, hashing, constructor, single-element repr
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(1, 1), t[1:4], t[::-1], len(t), 2 in t, t + (4,), t * 2, () * 3)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print((1,), (), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), (1, "a", None, 1.5))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
a, *b = t
print(a, b, tuple(x * 2 for x in t), sum(t), min(t), max(t), sorted(t))
print(hash((1, 2, 3)), hash((-1, 0)), hash((1.5, "x" == "x")))

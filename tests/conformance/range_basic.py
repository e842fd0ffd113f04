# range: len, index, count, contains, slicing, reversed, repr, equality
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 1), range(-3, 3)]:
    print(r, list(r), len(r), r[0] if r else None, r[-1] if r else None, 3 in r, r.count(4), bool(r))
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[::2], r[-2:], r.index(9), r.start, r.stop, r.step, list(reversed(r)))
try:
    r.index(10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
print(range(0) == range(2, 2), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)), 2.0 in range(3), "a" in range(3), list(range(-5, -15, -4)))
print(len(range(0, 10**6, 7)), range(10**6)[-1], sum(range(101)), max(range(7)), min(range(3, 9)))

# set and frozenset operators, in-place forms, comparisons, mixing
a, b = {1, 2, 3}, {3, 4}
print(a | b, a & b, a - b, a ^ b, b - a, a <= a, a < a, {1} < a, a > {1}, a >= b)
fa = frozenset(a)
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, fa & b, fa == a, hash(fa) == hash(frozenset([3, 2, 1])))
c = set(a); c |= {9}; c &= {1, 9, 3}; c -= {3}; c ^= {5}; print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset(), frozenset([1, 2]), repr(frozenset({3})), set(frozenset([4])), {frozenset([1]): "x"})
print(frozenset([1, 2]).union([3]), frozenset([1, 2]).copy(), len(frozenset("abcabc")))
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
print({x % 4 for x in range(20)}, {(1, 2), (1, 2)}, {1.0, 1, True}, {0, False, 0.0})
print(sorted({"b", "c", "a"}), sorted(frozenset("hello")))

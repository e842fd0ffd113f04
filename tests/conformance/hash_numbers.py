# hash() of numbers is defined by the language: equal numbers hash equal, special values
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**64), 10**30, 1.5, -1.5, 0.1, 1e300, 1e-300, float("inf"), float("-inf"), 3 + 4j, 1j, complex(1.5, -2), True, False]:
    print(repr(v), hash(v))
print(hash(2.0) == hash(2), hash(2**70 * 1.0) == hash(2**70), hash(-0.0) == hash(0), hash(complex(5, 0)) == hash(5))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((1.5, -1)), hash(frozenset()) if False else hash((None,)) == hash((None,)))
print(hash(None) == hash(None), hash(range(3)) == hash(range(3)))

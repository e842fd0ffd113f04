# set methods: add, discard, remove, pop, update variants, copy, clear (int elements: deterministic order)
s = {3, 1, 2}
s.add(5); s.add(1); s.discard(9); s.discard(3); s.remove(2)
print(s, len(s), 5 in s, 9 not in s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
t = {1, 2, 3, 4}
print(t.union({5}), t.intersection({2, 3, 9}), t.difference({1}), t.symmetric_difference({4, 5}), t.union([6], (7,)), t.intersection([1], [1, 2]))
print(t.issubset({1, 2, 3, 4, 5}), t.issuperset([1, 2]), t.isdisjoint({9}), {1}.isdisjoint([1]))
u = set(t); u.update([10], {11}); print(sorted(u))
u.intersection_update({1, 10, 11, 99}); print(sorted(u))
u.difference_update([10]); print(u)
u.symmetric_difference_update({1, 2}); print(u)
v = {7}; print(v.pop(), v)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
w = t.copy(); w.clear(); print(w, t, set(), set("aab") == {"a", "b"}, set([1, 1, 2]), set(range(5)))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), sorted({-1, -5, 3, 100, 64, 0}))

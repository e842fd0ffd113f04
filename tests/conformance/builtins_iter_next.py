# iter/next: default values, sentinel form, exhausted iterators, iter on non-iterables
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
s = "ab"
i1 = iter(s)
print(iter(i1) is i1, list(i1), list(i1))
d = {"x": 1}
print(list(iter(d)), list(iter(d.items())), next(iter(range(5, 9))), next(iter({7})))
class OldSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(OldSeq()), list(iter(OldSeq())), 4 in OldSeq())
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)

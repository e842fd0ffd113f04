# user iterators in for loops, unpacking, in, zip; StopIteration ends loops; iterator exhaustion
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), 2 in c, 9 in c, max(c), sorted(c), [*c], dict(zip(c, "abc")))
a, b, d = c
print(a, b, d)
class Once:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "only"
o = Once()
print(list(o), list(o))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class Gi:
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
for v in Gi():
    print("gi", v)
print(list(enumerate(Countdown(2))), sum(Countdown(4)), any(Countdown(0)), tuple(reversed(list(Countdown(3)))))

# container/numeric protocol dunders on user classes: len, getitem, contains, iter, call, bool, index
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("Seq index out of range")
        return i * 10
s = Seq(4)
print(len(s), s[1], s[-1], s[1:3], list(s), 20 in s, 25 in s, list(reversed(s)), sorted(s, reverse=True), bool(Seq(0)))
class Cont:
    def __contains__(self, x): return x == "yes"
print("yes" in Cont(), "no" in Cont(), "no" not in Cont())
class Call:
    def __call__(self, *a, **k): return (a, sorted(k.items()))
print(Call()(1, 2, z=3), callable(Call()), callable(Call))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), hex(Idx()), range(10)[Idx()], [1, 2, 3, 4][Idx():])
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()), tuple(It()), [x * 2 for x in It()], dict.fromkeys(It()))
class Setter:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
x = Setter(); x[1] = "a"; x["k"] = "b"; del x[1]
print(x.d)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Seq(2)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)

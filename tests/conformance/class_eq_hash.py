# __eq__/__hash__ interplay: unhashable when __eq__ defined, set/dict membership
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
class H(P):
    def __hash__(self): return hash(self.v)
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, {H(3): "x"}[H(3)], P(1) == P(1), P(1) != P(2), P(1) == 1)
class Default:
    pass
a = Default()
print(a == a, a != a, a == Default(), hash(a) == hash(a), len({a, a}))
class NE:
    def __eq__(self, o): return True
print(NE() != NE(), NE() == 5)
class OnlyNe:
    def __ne__(self, o): return "ne called"
print(OnlyNe() != 1, OnlyNe() == 1)
class Rev:
    def __eq__(self, o): return "rev eq"
print(1 == Rev(), Rev() == 1, [Rev()] == [1], Rev() in [1])
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)

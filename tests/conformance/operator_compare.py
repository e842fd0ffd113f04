# rich comparisons: reflection, NotImplemented, functools.total_ordering, errors
import functools
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
print(N(1) < N(2))
print(N(1) > N(2))
class Only:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(Only(2) > Only(1), sorted([Only(3), Only(1)], key=lambda o: o).__len__())
try:
    Only(1) <= Only(2)
except TypeError as e:
    print(type(e).__name__, e)
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2), T(2) == T(2), T(2) != T(2))
class Weird:
    def __lt__(self, o): return "truthy"
print(Weird() < 1, bool(Weird() < 1))
try:
    object() < object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] < {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    def __eq__(self, o): return "sub eq"
print(1 == Sub(1), Sub(1) == 1)

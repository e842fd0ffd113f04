# enum: members, values, iteration, lookup, auto, IntEnum, Flag, reprs
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color), Color.RED == 1)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
class N(enum.IntEnum):
    A = enum.auto()
    B = enum.auto()
print(N.A, N.B + 1, N.A < N.B, int(N.B), repr(N.A), f"{N.B}", N(2))
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(Perm.W), bool(Perm(0)), Perm(6))
class S(enum.Enum):
    def describe(self):
        return self.name.lower()
    ONE = "1"
print(S.ONE.describe(), S("1"), {c.name: c.value for c in Color})

# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique; members by name and value, iteration,
# aliases, repr/str/format as CPython 3.11
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED
    def describe(self):
        return self.name.lower() + '=' + str(self.value)
    @classmethod
    def favourite(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color(1) is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), [m.name for m in Color], Color.RED in Color)
print(Color.GREEN.describe(), Color.favourite(), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(sorted(Color.__members__), repr(Color), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(f'{Color.RED}', '%s' % Color.BLUE, str(Color.GREEN), {Color.RED: 'r'}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED))
print(list(reversed(Color)), Color.RED.__class__ is Color)
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(Num.TWO, repr(Num.TWO), Num.TWO + 1, Num.TWO * Num.THREE, Num.ONE < Num.THREE, Num.TWO == 2, int(Num.THREE))
print(f'{Num.ONE}', format(Num.TWO, '03d'), sorted([Num.THREE, Num.ONE, 2]), [10, 20, 30, 40][Num.THREE], isinstance(Num.ONE, int))
print(Num(2) is Num.TWO, {1: 'one'}[Num.ONE], str(Num.THREE), Num.THREE.name, Num.THREE.value, max(Num))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])

class Lower(StrEnum):
    X = auto()
    Y = 'why'
print(Lower.X, repr(Lower.X), Lower.Y == 'why', Lower.X.upper(), f'[{Lower.Y}]', Lower('why') is Lower.Y)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw.value, bool(Perm(0)), Perm.R & Perm.W, repr(Perm(0)))
print(list(Perm), rw & Perm.R, Perm(6) is rw or Perm(6) == rw, ~Perm.R, repr(Perm.R | Perm.W | Perm.X))

class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(Bits.A, Bits.C.value, repr(Bits.A | Bits.B), Bits.A | 4, (Bits.A | Bits.B) + 1, isinstance(Bits.B, int), [b.value for b in Bits])

try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
except ValueError as e:
    print('ValueError:', e)

@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Shade = Enum('Shade', [('LIGHT', 10), ('DARK', 20)])
print(Shade(20), Shade.LIGHT.value)

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status('ACTIVE'), Status('inactive'))
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)

# dataclasses: the decorator's generated methods, field(), frozen, order, asdict/astuple/replace/fields
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
import dataclasses
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), repr(Point(x=3, y=4)))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__match_args__, Point.y, Point.__doc__)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    total: ClassVar[int] = 0


a = Inventory("a")
b = Inventory("b")
a.items.append("apple")
print(a, b, a.items is b.items)
print(Inventory("x", ["i"], 3, "t") == Inventory("x", ["i"], 3, "u"))
print([f.name for f in fields(Inventory)], Inventory.total)
print(asdict(a), astuple(a))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), len({Version(1), Version(1), Version(2)}))
v = Version(1)
try:
    v.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(replace(v, minor=7), v)
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError", e)


@dataclass
class Line:
    start: Point
    end: Point
    tags: dict = field(default_factory=dict)


ln = Line(Point(0, 0), Point(1, 1), {"k": [Point(2, 2)]})
print(asdict(ln))
print(astuple(ln))
print(is_dataclass(ln), is_dataclass(Line), is_dataclass(5))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 10


w = WithPost(4)
print(w, w.b)
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError", e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2


print(Derived(0), Derived(0, 5, 6), [f.name for f in fields(Derived)])


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), hash(Plain(1)) is not None)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return "Custom!"


print(Custom(1), Custom(1) == Custom(1))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)

try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

try:
    fields(5)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError", e)

match Point(3, 4):
    case Point(x, y):
        print("matched", x, y)

P3 = dataclasses.make_dataclass("P3", [("a", int), ("b", int, 5)])
print(P3(1), P3(1, 2) == P3(1, 2))

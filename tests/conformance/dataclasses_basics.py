# dataclasses: generated init/repr/eq/order, defaults, field(), frozen, asdict, replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
a = Item("a", 2)
b = Item("b")
print(a, b, a == Item("a", 2), a < b, sorted([b, a])[0].name, asdict(a), astuple(b))
print(replace(a, qty=9), [f.name for f in fields(Item)])
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(p, hash(p) == hash(P(1)), {p: 1}[P(1, 0)])
@dataclass
class Post:
    v: int
    double: int = field(init=False)
    def __post_init__(self):
        self.double = self.v * 2
print(Post(4))
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)

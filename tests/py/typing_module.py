# typing: annotated code runs; the names exist, subscripting works, nothing is checked
from typing import (Any, List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, Protocol,
                    Iterable, Iterator, Sequence, Mapping, Set, cast, overload, TYPE_CHECKING,
                    NamedTuple, ClassVar, Final, Literal, NewType, get_origin, get_args)
import typing

if TYPE_CHECKING:
    import nonexistent_module_for_types

T = TypeVar("T")
K = TypeVar("K", bound=int)
print(T, K, T.__name__)


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


def total(values: Dict[str, int], scale: float = 1.0) -> float:
    return sum(values.values()) * scale


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def pairs(xs: Iterable[Tuple[str, int]]) -> Iterator[str]:
    for k, v in xs:
        yield f"{k}={v}"


print(first([3, 4]), first([]))
print(total({"a": 1, "b": 2}, 2))
print(apply(lambda v: v + 1, 41))
print(list(pairs([("a", 1), ("b", 2)])))


class Stack(Generic[T]):
    items: List[T]
    limit: ClassVar[int] = 10

    def __init__(self) -> None:
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack.limit, Stack.__annotations__["limit"])


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet()


print(welcome(English()))

x: Any = 5
y: Union[int, str] = "s"
z: Optional[List[int]] = None
MAX: Final = 3
mode: Literal["r", "w"] = "r"
print(x, y, z, MAX, mode)
print(cast(int, "not really an int"))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...])
print(Callable[[int], str], typing.Any, Sequence[int], Mapping[str, float], Set[bytes])
print(get_origin(List[int]) is list, get_args(Dict[str, int]))


@overload
def double(v: int) -> int:
    ...


@overload
def double(v: str) -> str:
    ...


def double(v):
    return v * 2


print(double(2), double("ab"))

UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__)

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x + p.y)
print(List.__origin__ is list)

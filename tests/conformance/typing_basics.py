# typing: annotations are not enforced; generic aliases and helpers
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, cast, get_origin, get_args
T = TypeVar("T")
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]), cast(int, "not checked"))
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_args(Union[int, str]), get_origin(Optional[int]) is Union)
x: Dict[str, Tuple[int, ...]] = {"a": (1, 2)}
print(x, Any is not None, callable(first))
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
print(apply(lambda n: n + 1, 1), repr(List[int]), repr(Optional[str]))

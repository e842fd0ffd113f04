# isinstance/issubclass with tuples, bool/int, abstract bases, errors, callable, type()
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (list, (tuple, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object), issubclass(int, object))
print(issubclass(bool, (str, int)), issubclass(ValueError, Exception), issubclass(KeyError, (IndexError, LookupError)), issubclass(type, object))
for bad in ["isinstance(1, 1)", "issubclass(1, int)", "isinstance(1, (int, 1))", "issubclass(int, [int])"]:
    try:
        print(bad, eval(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(type(1), type("a"), type(None), type(type), type([]).__name__, type(1.5) is float, type(True) is bool, type(int) is type)
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable("x".upper), callable(None))
from collections.abc import Iterable, Sequence, Mapping, Hashable, Callable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance([], Hashable), isinstance(len, Callable), isinstance(5, Iterable))
print(isinstance(1, int | str), isinstance("a", int | None), int | str)

# typing.py: the names of the typing module, so that annotated scripts run. Nothing is checked:
# subscripting a special form gives an alias object with a readable repr; TypeVar, Generic,
# Protocol, NamedTuple, TypedDict, cast, overload and friends work as at run time in CPython.

import collections as _collections

TYPE_CHECKING = False


class _Form:
    # Any, Union, Optional, Callable, ...: subscriptable, reprs as 'typing.NAME'
    def __init__(self, name, doc=None):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return _Alias(Union, (params[0], type(None)), 'Optional')   # its origin is Union, as CPython's
        return _Alias(self, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate ' + repr(self))

    def __or__(self, other):
        return _Alias(Union, (self, other), 'Union')

    def __ror__(self, other):
        return _Alias(Union, (other, self), 'Union')

    def __reduce__(self):
        return self._name


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return t.__module__ + '.' + t.__qualname__
    if t is ...:
        return '...'
    if t is None:
        return 'None'
    if isinstance(t, list):
        return '[' + ', '.join(_type_repr(a) for a in t) + ']'
    return repr(t)


class _Alias:
    # List[int], Dict[str, int], Optional[X], Callable[[int], str], ...
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional' or (self._name == 'Union' and len(self.__args__) == 2 and type(None) in self.__args__):
            other = [a for a in self.__args__ if a is not type(None)]
            return 'typing.Optional[' + _type_repr(other[0]) + ']'
        return 'typing.' + self._name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        o = self.__origin__
        if isinstance(o, type):
            return o(*args, **kwargs)
        raise TypeError('Cannot instantiate ' + repr(self))

    def __eq__(self, other):
        return isinstance(other, _Alias) and self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return _Alias(Union, (self, other), 'Union')

    def __ror__(self, other):
        return _Alias(Union, (other, self), 'Union')

    def __mro_entries__(self, bases):
        o = self.__origin__
        return (o,) if isinstance(o, type) else ()


class _Generic:
    # List, Dict, ...: subscriptable names standing for a built-in class
    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


Any = _Form('Any')
Union = _Form('Union')
Optional = _Form('Optional')
Tuple = _Generic(tuple, 'Tuple')
List = _Generic(list, 'List')
Dict = _Generic(dict, 'Dict')
Set = _Generic(set, 'Set')
FrozenSet = _Generic(frozenset, 'FrozenSet')
Type = _Generic(type, 'Type')
DefaultDict = _Generic(_collections.defaultdict, 'DefaultDict')
OrderedDict = _Generic(_collections.OrderedDict, 'OrderedDict')
Counter = _Generic(_collections.Counter, 'Counter')
Deque = _Generic(_collections.deque, 'Deque')
Iterable = _Generic(object, 'Iterable')
Iterator = _Generic(object, 'Iterator')
Generator = _Generic(object, 'Generator')
Sequence = _Generic(object, 'Sequence')
MutableSequence = _Generic(object, 'MutableSequence')
Mapping = _Generic(object, 'Mapping')
MutableMapping = _Generic(object, 'MutableMapping')
AbstractSet = _Generic(object, 'AbstractSet')
MutableSet = _Generic(object, 'MutableSet')
Collection = _Generic(object, 'Collection')
Container = _Generic(object, 'Container')
Hashable = _Generic(object, 'Hashable')
Sized = _Generic(object, 'Sized')
Reversible = _Generic(object, 'Reversible')
Awaitable = _Generic(object, 'Awaitable')
Coroutine = _Generic(object, 'Coroutine')
AsyncIterable = _Generic(object, 'AsyncIterable')
AsyncIterator = _Generic(object, 'AsyncIterator')
AsyncGenerator = _Generic(object, 'AsyncGenerator')
ContextManager = _Generic(object, 'ContextManager')
AsyncContextManager = _Generic(object, 'AsyncContextManager')
Pattern = _Generic(object, 'Pattern')
Match = _Generic(object, 'Match')
IO = _Generic(object, 'IO')
TextIO = _Generic(object, 'TextIO')
BinaryIO = _Generic(object, 'BinaryIO')
SupportsInt = _Generic(object, 'SupportsInt')
SupportsFloat = _Generic(object, 'SupportsFloat')
SupportsIndex = _Generic(object, 'SupportsIndex')
SupportsAbs = _Generic(object, 'SupportsAbs')
Text = str
AnyStr = None
NoReturn = _Form('NoReturn')
Never = _Form('Never')
Self = _Form('Self')
LiteralString = _Form('LiteralString')
ClassVar = _Form('ClassVar')
Final = _Form('Final')
Literal = _Form('Literal')
Annotated = _Form('Annotated')
TypeAlias = _Form('TypeAlias')
TypeGuard = _Form('TypeGuard')
Concatenate = _Form('Concatenate')
Required = _Form('Required')
NotRequired = _Form('NotRequired')
Unpack = _Form('Unpack')


def _callable_getitem(params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    return _Alias(Callable, params, 'Callable')



class _CallableForm(_Generic):
    def __getitem__(self, params):
        return _callable_getitem(params)


Callable = _CallableForm(object, 'Callable')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return _Alias(Union, (self, other), 'Union')


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class Generic:
    # class C(Generic[T]): subscripting the class gives back the class
    @classmethod
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable')


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @overload-decorated functions '
            'outside a stub module should always be followed by an implementation that is not '
            '@overload-ed.')
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, **kwargs):
    # the functional form only (the class form needs a metaclass)
    if fields is None:
        fields = list(kwargs.items())
    return _collections.namedtuple(typename, [f[0] for f in fields])


def TypedDict(typename, fields=None, total=True, **kwargs):
    # the functional form: instances are plain dicts
    return dict

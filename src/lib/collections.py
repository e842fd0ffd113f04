# collections.py: namedtuple, deque, defaultdict, OrderedDict, Counter. myriad cannot subclass tuple or
# dict yet, so these wrap a tuple, list or dict (isinstance(x, dict) is False: docs/PYTHON.md).
from itertools import chain as _chain, repeat as _repeat
from operator import itemgetter as _itemgetter

_KEYWORDS = {'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
             'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
             'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
             'return', 'try', 'while', 'with', 'yield'}


# ---- namedtuple ----

class _NamedTupleBase:
    __slots__ = ('_t',)

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                            % (type(self).__name__, len(fields) + 1, len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in self._field_defaults:
                values.append(self._field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in self._field_defaults]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                % (type(self).__name__, len(missing), '' if len(missing) == 1 else 's',
                                   _join_names(missing)))
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (type(self).__name__, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (type(self).__name__, name))
        object.__setattr__(self, '_t', tuple(values))

    def __setattr__(self, name, value):
        if name in self._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    @classmethod
    def _make(cls, iterable):
        t = tuple(iterable)
        if len(t) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(t)))
        return cls(*t)

    def _replace(self, **kwds):
        values = [kwds.pop(name, v) for name, v in zip(self._fields, self._t)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._t))

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self._t)))

    def __getnewargs__(self):
        return self._t

    def __iter__(self): return iter(self._t)
    def __len__(self): return len(self._t)
    def __getitem__(self, i): return self._t[i]
    def __contains__(self, x): return x in self._t
    def __hash__(self): return hash(self._t)
    def __eq__(self, other): return self._t == _as_tuple(other)
    def __ne__(self, other): return self._t != _as_tuple(other)
    def __lt__(self, other): return self._t < _as_tuple(other)
    def __le__(self, other): return self._t <= _as_tuple(other)
    def __gt__(self, other): return self._t > _as_tuple(other)
    def __ge__(self, other): return self._t >= _as_tuple(other)
    def __add__(self, other): return self._t + _as_tuple(other)
    def __radd__(self, other): return _as_tuple(other) + self._t
    def __mul__(self, n): return self._t * n
    __rmul__ = __mul__
    def count(self, x): return self._t.count(x)
    def index(self, x, *args): return self._t.index(x, *args)


def _as_tuple(x):
    return x._t if isinstance(x, _NamedTupleBase) else x


def _join_names(names):
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + ' and ' + q[1]
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _field_property(index, name):
    def get(self):
        return self._t[index]
    return property(get, doc='Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    ns = {'__slots__': (), '_fields': tuple(field_names), '_field_defaults': field_defaults,
          '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
          '__match_args__': tuple(field_names)}
    for index, name in enumerate(field_names):
        ns[name] = _field_property(index, name)
    cls = type(typename, (_NamedTupleBase,), ns)
    # CPython names the caller's module; without frame introspection this is __main__'s
    cls.__module__ = '__main__' if module is None else module
    return cls


# ---- deque ----

class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._d = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._d) > self._maxlen:
            del self._d[:len(self._d) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._d) > self._maxlen:
            del self._d[self._maxlen:]

    def append(self, x):
        self._d.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._d.insert(0, x)
        self._trim_right()

    def pop(self):
        if not self._d:
            raise IndexError('pop from an empty deque')
        return self._d.pop()

    def popleft(self):
        if not self._d:
            raise IndexError('pop from an empty deque')
        return self._d.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        d = self._d
        if len(d) > 1:
            n %= len(d)
            if n:
                d[:] = d[-n:] + d[:-n]

    def clear(self): self._d.clear()
    def count(self, x): return self._d.count(x)
    def reverse(self): self._d.reverse()
    def copy(self): return deque(self._d, self._maxlen)
    __copy__ = copy

    def index(self, x, start=0, stop=None):
        try:
            if stop is None:
                return self._d.index(x, start)
            return self._d.index(x, start, stop)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,)) from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._d) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._d.insert(i, x)

    def remove(self, value):
        try:
            self._d.remove(value)
        except ValueError:
            raise ValueError('%r is not in deque' % (value,)) from None

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        n = len(self._d)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i): return self._d[self._index(i)]
    def __setitem__(self, i, x): self._d[self._index(i)] = x
    def __delitem__(self, i): del self._d[self._index(i)]
    def __len__(self): return len(self._d)
    def __bool__(self): return bool(self._d)
    def __iter__(self): return iter(self._d)
    def __reversed__(self): return reversed(self._d)
    def __contains__(self, x): return x in self._d

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d == other._d
    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d != other._d
    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d < other._d
    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d <= other._d
    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d > other._d
    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d >= other._d
    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._d + other._d, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._d * n, self._maxlen)
    __rmul__ = __mul__

    def __imul__(self, n):
        self._d *= n
        self._trim_left()
        return self

    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (self._d,)
        return 'deque(%r, maxlen=%d)' % (self._d, self._maxlen)


# ---- the dict wrappers ----

class _DictWrap:
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got %d' % len(args))
        if args:
            other = args[0]
            if isinstance(other, _DictWrap):
                other = other._d
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value): self._d[key] = value
    def __delitem__(self, key): del self._d[key]
    def __contains__(self, key): return key in self._d
    def __iter__(self): return iter(self._d)
    def __reversed__(self): return reversed(self._d)
    def __len__(self): return len(self._d)
    def __bool__(self): return bool(self._d)
    def keys(self): return self._d.keys()
    def values(self): return self._d.values()
    def items(self): return self._d.items()
    def get(self, key, default=None): return self._d.get(key, default)
    def clear(self): self._d.clear()
    __hash__ = None

    def setdefault(self, key, default=None):
        if key not in self._d:
            self[key] = default
        return self._d[key]

    def pop(self, key, *default):
        if key in self._d:
            v = self._d[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._d:
            raise KeyError('popitem(): dictionary is empty')
        return self._d.popitem()

    def __eq__(self, other):
        if isinstance(other, _DictWrap):
            other = other._d
        if not isinstance(other, dict):
            return NotImplemented
        return self._d == other

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _new_like(self):
        c = type(self).__new__(type(self))
        c._d = {}
        return c

    def copy(self):
        c = self._new_like()
        c._d = self._d.copy()
        return c
    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrap)):
            return NotImplemented
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictWrap):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _DictWrap.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def _new_like(self):
        c = _DictWrap._new_like(self)
        c.default_factory = self.default_factory
        return c

    def copy(self):
        c = self._new_like()
        c._d = self._d.copy()
        return c
    __copy__ = copy

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.default_factory, self._d)


class OrderedDict(_DictWrap):
    def move_to_end(self, key, last=True):
        d = self._d
        v = d.pop(key)
        if last:
            d[key] = v
        else:
            rest = list(d.items())
            d.clear()
            d[key] = v
            d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        key = next(reversed(self._d)) if last else next(iter(self._d))
        return key, self._d.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._d == other._d and list(self._d) == list(other._d)
        return _DictWrap.__eq__(self, other)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        c = cls()
        for k in iterable:
            c[k] = value
        return c

    def __repr__(self):
        if not self._d:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self._d.items()))


class Counter(_DictWrap):
    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        return _chain.from_iterable(_repeat(k, v) for k, v in self._d.items() if v > 0)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrap)):
                for k, v in iterable.items():
                    d[k] = d.get(k, 0) + v
            else:
                for k in iterable:
                    d[k] = d.get(k, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrap)):
                for k, v in iterable.items():
                    d[k] = d.get(k, 0) - v
            else:
                for k in iterable:
                    d[k] = d.get(k, 0) - 1
        if kwds:
            self.subtract(kwds)

    def __delitem__(self, key):
        if key in self._d:
            del self._d[key]

    def __repr__(self):
        if not self._d:
            return '%s()' % type(self).__name__
        try:
            body = ', '.join('%r: %r' % kv for kv in self.most_common())
        except TypeError:
            body = ', '.join('%r: %r' % kv for kv in self._d.items())
        return '%s({%s})' % (type(self).__name__, body)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def _keep_positive(self):
        for k in [k for k, v in self._d.items() if not v > 0]:
            del self._d[k]
        return self

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._d.items():
            n = v + other[k]
            if n > 0:
                result[k] = n
        for k, v in other._d.items():
            if k not in self._d and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._d.items():
            n = v - other[k]
            if n > 0:
                result[k] = n
        for k, v in other._d.items():
            if k not in self._d and v < 0:
                result[k] = 0 - v
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._d.items():
            o = other[k]
            n = o if v < o else v
            if n > 0:
                result[k] = n
        for k, v in other._d.items():
            if k not in self._d and v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._d.items():
            o = other[k]
            n = v if v < o else o
            if n > 0:
                result[k] = n
        return result

    def __pos__(self):
        result = Counter()
        for k, v in self._d.items():
            if v > 0:
                result[k] = v
        return result

    def __neg__(self):
        result = Counter()
        for k, v in self._d.items():
            if v < 0:
                result[k] = 0 - v
        return result

    def __iadd__(self, other):
        for k, v in other._d.items():
            self._d[k] = self[k] + v
        return self._keep_positive()

    def __isub__(self, other):
        for k, v in other._d.items():
            self._d[k] = self[k] - v
        return self._keep_positive()

    def __ior__(self, other):
        for k, v in other._d.items():
            if v > self[k]:
                self._d[k] = v
        return self._keep_positive()

    def __iand__(self, other):
        for k, v in self._d.items():
            o = other[k]
            if o < v:
                self._d[k] = o
        return self._keep_positive()

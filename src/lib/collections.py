# collections.py: namedtuple (a tuple subclass), deque (a list underneath), and the dict subclasses
# defaultdict, OrderedDict and Counter.
from itertools import chain as _chain, repeat as _repeat
from operator import itemgetter as _itemgetter

_KEYWORDS = {'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
             'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
             'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
             'return', 'try', 'while', 'with', 'yield'}


# ---- namedtuple ----

def _make_new(typename, fields, field_defaults):
    def __new__(_cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                            % (typename, len(fields) + 1, len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in field_defaults]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                % (typename, len(missing), '' if len(missing) == 1 else 's',
                                   _join_names(missing)))
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
        return tuple.__new__(_cls, values)
    return __new__


@classmethod
def _nt_make(cls, iterable):
    t = tuple(iterable)
    if len(t) != len(cls._fields):
        raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(t)))
    return tuple.__new__(cls, t)


def _nt_replace(self, /, **kwds):
    values = [kwds.pop(name, v) for name, v in zip(self._fields, self)]
    if kwds:
        raise ValueError('Got unexpected field names: %r' % list(kwds))
    return self._make(values)


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_repr(self):
    return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)))


def _nt_getnewargs(self):
    return tuple(self)


def _join_names(names):
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + ' and ' + q[1]
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _field_property(index, name):
    def get(self):
        return tuple.__getitem__(self, index)
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
          '__match_args__': tuple(field_names),
          '__new__': _make_new(typename, tuple(field_names), field_defaults), '_make': _nt_make,
          '_replace': _nt_replace, '_asdict': _nt_asdict, '__repr__': _nt_repr,
          '__getnewargs__': _nt_getnewargs}
    for index, name in enumerate(field_names):
        ns[name] = _field_property(index, name)
    cls = type(typename, (tuple,), ns)
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


# ---- dict subclasses ----

class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)
    __copy__ = copy

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.default_factory, dict(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        v = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, v)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, v)
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def copy(self):
        return type(self)(self)
    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    @classmethod
    def fromkeys(cls, iterable, value=None):
        c = cls()
        for k in iterable:
            c[k] = value
        return c

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        return _chain.from_iterable(_repeat(k, v) for k, v in self.items() if v > 0)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    dict.__setitem__(self, k, dict.get(self, k, 0) + v)
            else:
                for k in iterable:
                    dict.__setitem__(self, k, dict.get(self, k, 0) + 1)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    dict.__setitem__(self, k, dict.get(self, k, 0) - v)
            else:
                for k in iterable:
                    dict.__setitem__(self, k, dict.get(self, k, 0) - 1)
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)
    __copy__ = copy

    def __delitem__(self, key):
        if key in self:
            dict.pop(self, key)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            body = ', '.join('%r: %r' % kv for kv in self.most_common())
        except TypeError:
            body = ', '.join('%r: %r' % kv for kv in self.items())
        return '%s({%s})' % (type(self).__name__, body)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def _keep_positive(self):
        for k in [k for k, v in self.items() if not v > 0]:
            dict.pop(self, k)
        return self

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            n = v + other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            n = v - other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v < 0:
                result[k] = 0 - v
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            o = other[k]
            n = o if v < o else v
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            o = other[k]
            n = v if v < o else o
            if n > 0:
                result[k] = n
        return result

    def __pos__(self):
        result = Counter()
        for k, v in self.items():
            if v > 0:
                result[k] = v
        return result

    def __neg__(self):
        result = Counter()
        for k, v in self.items():
            if v < 0:
                result[k] = 0 - v
        return result

    def __iadd__(self, other):
        for k, v in other.items():
            dict.__setitem__(self, k, self[k] + v)
        return self._keep_positive()

    def __isub__(self, other):
        for k, v in other.items():
            dict.__setitem__(self, k, self[k] - v)
        return self._keep_positive()

    def __ior__(self, other):
        for k, v in other.items():
            if v > self[k]:
                dict.__setitem__(self, k, v)
        return self._keep_positive()

    def __iand__(self, other):
        for k, v in list(self.items()):
            o = other[k]
            if o < v:
                dict.__setitem__(self, k, o)
        return self._keep_positive()


# prelude_bytes.py (appended to prelude.py): bytearray and memoryview, written in Python over a list
# of ints; the bytes methods that apply run on a bytes copy.

def _byte_value(v):
    if type(v) is not int and not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    if v < 0 or v > 255:
        raise ValueError('byte must be in range(0, 256)')
    return v


def _byte_list(src):
    # the ints of a bytes-like object or an iterable of ints
    if type(src) is bytes:
        return list(src)
    if isinstance(src, bytearray):
        return list(src._a)
    if isinstance(src, memoryview):
        return src.tolist()
    if isinstance(src, str):
        raise TypeError('cannot convert \'str\' object to bytearray')
    try:
        it = iter(src)
    except TypeError:
        raise TypeError("cannot convert '" + type(src).__name__ + "' object to bytearray") from None
    return [_byte_value(v) for v in it]


def _as_bytes(v):
    # bytes-like arguments of delegated methods become bytes
    if isinstance(v, bytearray):
        return bytes(v._a)
    if isinstance(v, memoryview):
        return v.tobytes()
    if type(v) is tuple:
        return tuple(_as_bytes(x) for x in v)
    return v


class bytearray:
    __hash__ = None

    def __init__(self, source=None, encoding=None, errors=None):
        if source is None:
            if encoding is not None or errors is not None:
                raise TypeError('encoding or errors without sequence argument')
            self._a = []
        elif isinstance(source, str):
            if encoding is None:
                raise TypeError('string argument without an encoding')
            self._a = list(source.encode(encoding) if errors is None else source.encode(encoding, errors))
        elif encoding is not None or errors is not None:
            raise TypeError('encoding without a string argument' if encoding is not None else
                            'errors without a string argument')
        elif isinstance(source, int):
            if source < 0:
                raise ValueError('negative count')
            self._a = [0] * source
        else:
            self._a = _byte_list(source)

    def __repr__(self):
        return type(self).__name__ + '(' + repr(bytes(self._a)) + ')'

    __str__ = __repr__

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __reversed__(self):
        return reversed(self._a)

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = bytearray()
            r._a = self._a[i]
            return r
        try:
            return self._a[i]
        except IndexError:
            raise IndexError('bytearray index out of range') from None
        except TypeError:
            raise TypeError('bytearray indices must be integers or slices, not ' + type(i).__name__) from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if isinstance(v, int):
                raise TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            self._a[i] = _byte_list(v)
            return
        try:
            self._a[i] = _byte_value(v)
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __delitem__(self, i):
        try:
            del self._a[i]
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __contains__(self, v):
        if isinstance(v, int):
            return _byte_value(v) in self._a
        return _as_bytes(v) in bytes(self._a)

    def _cmp_other(self, other):
        if isinstance(other, (bytes, bytearray, memoryview)):
            return bytes(_as_bytes(other))
        return None

    def __eq__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else bytes(self._a) == o

    def __ne__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else bytes(self._a) != o

    def __lt__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else bytes(self._a) < o

    def __le__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else bytes(self._a) <= o

    def __gt__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else bytes(self._a) > o

    def __ge__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else bytes(self._a) >= o

    def __add__(self, other):
        if not isinstance(other, (bytes, bytearray, memoryview)):
            raise TypeError("can't concat " + type(other).__name__ + ' to bytearray')
        r = bytearray()
        r._a = self._a + _byte_list(other)
        return r

    def __radd__(self, other):
        if type(other) is bytes:
            return other + bytes(self._a)
        return NotImplemented

    def __iadd__(self, other):
        if not isinstance(other, (bytes, bytearray, memoryview)):
            raise TypeError("can't concat " + type(other).__name__ + ' to bytearray')
        self._a.extend(_byte_list(other))
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        r = bytearray()
        r._a = self._a * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        self._a *= n
        return self

    def __mod__(self, args):
        return bytearray(bytes(self._a) % args)

    def __alloc__(self):
        return len(self._a) + 1

    def append(self, v):
        self._a.append(_byte_value(v))

    def extend(self, it):
        if isinstance(it, str):
            raise TypeError("'str' object cannot be interpreted as an integer")
        self._a.extend(_byte_list(it))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError('pop from empty bytearray')
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def insert(self, i, v):
        self._a.insert(i, _byte_value(v))

    def remove(self, v):
        v = _byte_value(v)
        if v not in self._a:
            raise ValueError('value not found in bytearray')
        self._a.remove(v)

    def reverse(self):
        self._a.reverse()

    def clear(self):
        self._a = []

    def copy(self):
        r = bytearray()
        r._a = list(self._a)
        return r

    def decode(self, encoding='utf-8', errors='strict'):
        return bytes(self._a).decode(encoding, errors)

    def hex(self, *args):
        return bytes(self._a).hex(*args)

    @classmethod
    def fromhex(cls, s):
        return cls(bytes.fromhex(s))

    def join(self, items):
        r = bytearray()
        r._a = list(bytes(self._a).join([_as_bytes(x) for x in items]))
        return r

    @staticmethod
    def maketrans(frm, to):
        return bytes.maketrans(_as_bytes(frm), _as_bytes(to))


def _ba_wrap(r):
    if type(r) is bytes:
        b = bytearray()
        b._a = list(r)
        return b
    if type(r) is list:
        return [_ba_wrap(x) for x in r]
    if type(r) is tuple:
        return tuple(_ba_wrap(x) for x in r)
    return r


def _ba_delegate(name):
    method = getattr(bytes, name)

    def f(self, *args, **kwargs):
        return _ba_wrap(method(bytes(self._a), *[_as_bytes(a) for a in args], **kwargs))
    f.__name__ = name
    f.__qualname__ = 'bytearray.' + name
    return f


for _name in ('count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith', 'split', 'rsplit',
              'strip', 'lstrip', 'rstrip', 'replace', 'upper', 'lower', 'partition', 'rpartition',
              'isdigit', 'isalpha', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle', 'isascii',
              'splitlines', 'title', 'capitalize', 'swapcase', 'center', 'ljust', 'rjust', 'zfill',
              'expandtabs', 'translate', 'removeprefix', 'removesuffix'):
    if hasattr(bytes, _name):
        setattr(bytearray, _name, _ba_delegate(_name))


class memoryview:
    # a view of a bytes or bytearray object (format 'B', one dimension); slices are views too
    __hash__ = None

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self._obj, self._start, self._stop, self._step = obj._obj, obj._start, obj._stop, obj._step
            self._fmt = obj._fmt
        elif type(obj) is bytes or isinstance(obj, bytearray):
            self._obj, self._start, self._stop, self._step = obj, 0, len(obj), 1
            self._fmt = 'B'
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '" + type(obj).__name__ + "'")
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def _data(self):
        return self._obj._a if isinstance(self._obj, bytearray) else self._obj

    def _range(self):
        return range(self._start, self._stop, self._step)

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def readonly(self):
        self._check()
        return type(self._obj) is bytes

    @property
    def format(self):
        self._check()
        return self._fmt

    @property
    def itemsize(self):
        self._check()
        return 1

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def nbytes(self):
        self._check()
        return len(self._range())

    @property
    def shape(self):
        self._check()
        return (len(self._range()),)

    @property
    def strides(self):
        self._check()
        return (self._step,)

    @property
    def c_contiguous(self):
        self._check()
        return self._step == 1

    contiguous = c_contiguous

    def __len__(self):
        self._check()
        return len(self._range())

    def _item(self, v):
        return bytes([v]) if self._fmt == 'c' else v - 256 if self._fmt == 'b' and v > 127 else v

    def __getitem__(self, i):
        self._check()
        r = self._range()
        if isinstance(i, slice):
            sub = r[i]
            m = memoryview(self)
            m._start, m._stop, m._step = sub.start, sub.stop, sub.step
            return m
        if not isinstance(i, int):
            raise TypeError('memoryview: invalid slice key')
        try:
            return self._item(self._data()[r[i]])
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None

    def __setitem__(self, i, v):
        self._check()
        if type(self._obj) is bytes:
            raise TypeError('cannot modify read-only memory')
        r = self._range()
        data = self._obj._a
        if isinstance(i, slice):
            sub = r[i]
            vals = _byte_list(v)
            if len(vals) != len(sub):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            for k, v2 in zip(sub, vals):
                data[k] = v2
            return
        if isinstance(v, int) and not 0 <= v <= 255:
            raise ValueError("memoryview: invalid value for format '" + self._fmt + "'")
        try:
            data[r[i]] = _byte_value(v)
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None

    def __iter__(self):
        self._check()
        data = self._data()
        return iter([self._item(data[k]) for k in self._range()])

    def tobytes(self, order=None):
        self._check()
        data = self._data()
        return bytes([data[k] for k in self._range()])

    def tolist(self):
        self._check()
        data = self._data()
        return [self._item(data[k]) for k in self._range()]

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def release(self):
        self._released = True

    def cast(self, format, shape=None):
        self._check()
        if format not in ('B', 'b', 'c'):
            raise ValueError("memoryview: destination format must be a native single character format "
                             "prefixed with an optional '@'")
        m = memoryview(self)
        m._fmt = format
        return m

    def toreadonly(self):
        self._check()
        m = memoryview(bytes(self.tobytes()))
        return m

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __eq__(self, other):
        if self._released:
            return self is other
        if isinstance(other, (bytes, bytearray, memoryview)):
            if isinstance(other, memoryview) and other._released:
                return False
            return self.tolist() == list(_as_bytes(other)) if self._fmt != 'c' else self.tobytes() == _as_bytes(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        if self._released:
            return '<released memory at 0x' + format(id(self), 'x') + '>'
        return '<memory at 0x' + format(id(self), 'x') + '>'

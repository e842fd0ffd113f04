# array.py: arrays of one C number type (typecodes b B h H i I l L q Q f d), values checked and
# converted as CPython's array does (the same ranges and messages as the embedding API's buffer).
import struct

typecodes = 'bBhHiIlLqQfd'
_SIZE = {'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_FORMAT = {'l': 'q', 'L': 'Q'}   # struct's standard sizes: C long is 64 bits here

_LONG = (-2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long', 'Python int too large to convert to C long')
_ULONG = (0, 2 ** 64 - 1, 'Python int too large to convert to C unsigned long', "can't convert negative value to unsigned int")
# the C conversions a stored int goes through, in CPython's order: the first range it leaves names the error
_RANGES = {
    'b': (_LONG, (-32768, 32767, 'signed short integer is greater than maximum', 'signed short integer is less than minimum'),
          (-128, 127, 'signed char is greater than maximum', 'signed char is less than minimum')),
    'B': (_LONG, (0, 255, 'unsigned byte integer is greater than maximum', 'unsigned byte integer is less than minimum')),
    'h': (_LONG, (-32768, 32767, 'signed short integer is greater than maximum', 'signed short integer is less than minimum')),
    'H': (_LONG, (-2 ** 31, 2 ** 31 - 1, 'signed integer is greater than maximum', 'signed integer is less than minimum'),
          (0, 65535, 'unsigned short is greater than maximum', 'unsigned short is less than minimum')),
    'i': (_LONG, (-2 ** 31, 2 ** 31 - 1, 'signed integer is greater than maximum', 'signed integer is less than minimum')),
    'I': (_ULONG, (0, 2 ** 32 - 1, 'unsigned int is greater than maximum', '')),
    'l': (_LONG,),
    'L': (_ULONG,),
    'q': ((-2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),),
    'Q': ((0, 2 ** 64 - 1, 'int too big to convert', "can't convert negative int to unsigned"),),
}


def _convert(tc, v):
    if tc == 'f' or tc == 'd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            x = float(v)
        else:
            raise TypeError('must be real number, not ' + type(v).__name__)
        return struct.unpack('f', struct.pack('f', x))[0] if tc == 'f' else x
    if not isinstance(v, int):
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    for lo, hi, over, under in _RANGES[tc]:
        if v > hi:
            raise OverflowError(over)
        if v < lo:
            raise OverflowError(under)
    return int(v)


class array:
    __module__ = 'array'

    def __init__(self, typecode, initializer=None):
        if type(typecode) is not str or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not ' + type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            raise TypeError("cannot use a str to initialize an array with typecode '" + typecode + "'")
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            for v in initializer._items:   # another typecode: each value converted (as CPython)
                self._items.append(_convert(typecode, v))
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZE[self._tc]

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend with array (not "' + type(other).__name__ + '")')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')

    def append(self, v):
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(_convert(self._tc, v))

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self._items.extend([_convert(self._tc, v) for v in lst])

    def insert(self, i, v):
        self._items.insert(i, _convert(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def _format(self):
        return '<' + str(len(self._items)) + _FORMAT.get(self._tc, self._tc)

    def tobytes(self):
        return struct.pack(self._format(), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _SIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        self._items.extend(struct.unpack('<' + str(len(data) // size) + _FORMAT.get(self._tc, self._tc), data))

    def byteswap(self):
        size = _SIZE[self._tc]
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        raise NotImplementedError('array.buffer_info: arrays have no address in myriad')

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "' + type(v).__name__ + '") to array slice')
            self._same(v)
            self._items[i] = v._items
            return
        v = _convert(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        r = array(self._tc)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        r = array(self._tc)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._items *= n
        return self

    def __eq__(self, other):
        return isinstance(other, array) and self._items == other._items

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __repr__(self):
        if not self._items:
            return "array('" + self._tc + "')"
        return "array('" + self._tc + "', " + repr(self._items) + ')'


ArrayType = array

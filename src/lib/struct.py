# struct.py: packing values into bytes and back as C structs lay them out (float bits from _struct).
import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    __module__ = 'struct'


# code -> (native size, standard size or 0 where the code is native-only)
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
          'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, 0),
          'N': (8, 0), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (8, 0)}
_NATIVE_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_MAXSIZE = (1 << 63) - 1
_MISSING = object()


def _parse(fmt):
    # -> (native, little, size, [(code, count, offset)])
    order = fmt[:1]
    if order and order in '@=<>!':
        fmt = fmt[1:]
    else:
        order = '@'
    native = order == '@'
    little = order in '@=<'
    items = []
    size = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            continue
        if '0' <= c <= '9':
            num = ord(c) - 48
            while i < n and '0' <= fmt[i] <= '9':
                num = num * 10 + ord(fmt[i]) - 48
                if num > _MAXSIZE // 10:
                    raise error('total struct size too long')
                i += 1
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
            i += 1
        else:
            num = 1
        sz = _SIZES.get(c)
        if sz is None or (not native and sz[1] == 0):
            raise error('bad char in struct format')
        isz = sz[0] if native else sz[1]
        if native and isz > 1:
            size = (size + isz - 1) // isz * isz
        if c == 's' or c == 'p':
            items.append((c, num, size))
            size += num
        elif c == 'x':
            size += num
        else:
            for _ in range(num):
                items.append((c, isz, size))
                size += isz
        if size > _MAXSIZE:
            raise error('total struct size too long')
    return native, little, size, items


def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    try:
        idx = type(v).__index__
    except AttributeError:
        raise error('required argument is not an integer') from None
    return idx(v)


def _range_error(code, native, little, v, size, signed):
    lo = -(1 << (8 * size - 1)) if signed else 0
    hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
    if lo <= v <= hi:
        return None
    # CPython uses its native packers where the standard size is the native one (little-endian host)
    as_native = native or (little and code not in 'lL')
    if code in 'bB' or (as_native and code in 'hH'):
        if -(1 << 63) <= v < (1 << 63):
            return '%s format requires %d <= number <= %d' % (_NATIVE_NAMES[code], lo, hi)
        return 'argument out of range'
    if not little and size == 8:
        return 'int too large to convert'
    if signed:
        if not -(1 << 63) <= v < (1 << 63) or size == 8:
            return 'argument out of range'
    elif v < 0 or v >= (1 << 64) or size == 8:
        return 'argument out of range'
    return "'%s' format requires %d <= number <= %d" % (code, lo, hi)


def _float_arg(v):
    # as CPython, any failure to get a double becomes struct.error
    if isinstance(v, float):
        return v
    try:
        return float(_index_or_float(v))
    except Exception:
        raise error('required argument is not a float') from None


def _index_or_float(v):
    if isinstance(v, int):
        return v
    try:
        return type(v).__float__(v)
    except AttributeError:
        return type(v).__index__(v)


def _pack(st, args, fname, partial=None):
    native, little, size, items = st
    if len(args) != len(items):
        raise error('%s expected %d items for packing (got %d)' % (fname, len(items), len(args)))
    out = [0] * size
    order = 'little' if little else 'big'
    k = 0
    try:
        for code, isz, off in items:
            v = args[k]
            k += 1
            if type(v) is bytearray and code in 'sp':
                v = bytes(v)
            if code in 'bBhHiIlLqQnN':
                v = _int_arg(v)
                signed = code in 'bhilqn'
                msg = _range_error(code, native, little, v, isz, signed)
                if msg is not None:
                    raise error(msg)
                bs = v.to_bytes(isz, order, signed=signed)
            elif code == 'P':
                v = _int_arg(v)
                if not -(1 << 63) <= v < (1 << 64):
                    raise error('int too large to convert')
                bs = (v & 0xFFFFFFFFFFFFFFFF).to_bytes(8, order)
            elif code in 'efd':
                v = _float_arg(v)
                try:
                    bits = _struct.float_bits(v, isz)
                except OverflowError:
                    if code != 'f' or not native:
                        raise
                    bits = 0xFF800000 if v < 0 else 0x7F800000   # CPython's native 'f' casts to inf
                bs = bits.to_bytes(isz, order)
            elif code == '?':
                bs = b'\x01' if v else b'\x00'
            elif code == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                bs = v
            elif code == 's':
                if not isinstance(v, bytes):
                    raise error("argument for 's' must be a bytes object")
                bs = v[:isz]
            else:
                if not isinstance(v, bytes):
                    raise error("argument for 'p' must be a bytes object")
                n = min(len(v), isz - 1)
                bs = (bytes([min(n, 255)]) + v[:n]) if isz else b''
            out[off:off + len(bs)] = bs
    except BaseException:
        if partial is not None:   # pack_into leaves what was packed before the error, as CPython
            partial(bytes(out))
        raise
    return bytes(out)


def _buffer(buf):
    if isinstance(buf, bytes):
        return buf
    if isinstance(buf, (bytearray, memoryview)):
        return bytes(buf)
    raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)


def _unpack_at(st, buf, base):
    native, little, size, items = st
    order = 'little' if little else 'big'
    res = []
    for code, isz, off in items:
        off += base
        if code in 'bBhHiIlLqQnNP':
            res.append(int.from_bytes(buf[off:off + isz], order, signed=code in 'bhilqn'))
        elif code in 'efd':
            res.append(_struct.bits_float(int.from_bytes(buf[off:off + isz], order), isz))
        elif code == '?':
            res.append(buf[off] != 0)
        elif code == 'c':
            res.append(buf[off:off + 1])
        elif code == 's':
            res.append(buf[off:off + isz])
        else:
            n = buf[off] if isz else 0
            if n >= isz:
                n = isz - 1
            res.append(buf[off + 1:off + 1 + n])
    return tuple(res)


class Struct:
    __module__ = '_struct'

    def __init__(self, *args, **kw):
        if len(args) + len(kw) > 1:
            raise TypeError('Struct() takes at most 1 argument (%d given)' % (len(args) + len(kw)))
        format = args[0] if args else kw.get('format', _MISSING)
        if format is _MISSING:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(format).__name__)
        self._st = _parse(format)
        self.format = format
        self.size = self._st[2]

    def pack(self, *args):
        return _pack(self._st, args, 'pack')

    def pack_into(self, *args):
        st = self._st
        if len(args) != len(st[3]) + 2:
            if not args:
                raise error('pack_into expected buffer argument')
            if len(args) == 1:
                raise error('pack_into expected offset argument')
            raise error('pack_into expected %d items for packing (got %d)' % (len(st[3]), len(args) - 2))
        buffer = args[0]
        if not (isinstance(buffer, bytearray) or (isinstance(buffer, memoryview) and not buffer.readonly)):
            raise TypeError('argument must be read-write bytes-like object, not %s' % type(buffer).__name__)
        offset = _int_arg_type(args[1])
        n = len(buffer)
        size = self.size
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d' % (size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (size + offset, size, offset, n))
        def put(data):
            buffer[offset:offset + size] = data
        put(_pack(st, args[2:], 'pack_into', put))

    def unpack(self, buffer):
        buf = _buffer(buffer)
        if len(buf) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return _unpack_at(self._st, buf, 0)

    def unpack_from(self, buffer, offset=0):
        buf = _buffer(buffer)
        offset = _int_arg_type(offset)
        n = len(buf)
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at '
                        'offset %d (actual buffer size is %d)' % (self.size + offset, self.size, offset, n))
        return _unpack_at(self._st, buf, offset)

    def iter_unpack(self, buffer):
        buf = _buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buf) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return _iter(self._st, buf, self.size)

    def __repr__(self):
        return '<_struct.Struct object at %s>' % hex(id(self))


def _iter(st, buf, size):
    for base in range(0, len(buf), size):
        yield _unpack_at(st, buf, base)


def _int_arg_type(v):
    if isinstance(v, int):
        return int(v)
    try:
        return type(v).__index__(v)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None


_cache = {}


def _get(fmt):
    s = _cache.get(fmt)   # as CPython's cache: an unhashable format fails here
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


# the functions check their arguments with the messages of CPython's C functions

def calcsize(*args):
    if len(args) != 1:
        raise TypeError('_struct.calcsize() takes exactly one argument (%d given)' % len(args))
    return _get(args[0]).size


def pack(*args):
    if not args:
        raise TypeError('missing format argument')
    return _pack(_get(args[0])._st, args[1:], 'pack')


def pack_into(*args):
    if not args:
        raise TypeError('missing format argument')
    return _get(args[0]).pack_into(*args[1:])


def unpack(*args):
    if len(args) != 2:
        raise TypeError('unpack expected 2 arguments, got %d' % len(args))
    return _get(args[0]).unpack(args[1])


def unpack_from(*args, **kw):
    if not args:
        raise TypeError('unpack_from() takes at least 1 positional argument (0 given)')
    if len(args) + len(kw) > 3:
        raise TypeError('unpack_from() takes at most 3 arguments (%d given)' % (len(args) + len(kw)))
    return _unpack_from2(*args, **kw)


def _unpack_from2(format, buffer=_MISSING, offset=0):
    if buffer is _MISSING:
        raise TypeError("unpack_from() missing required argument 'buffer' (pos 2)")
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(*args):
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d' % len(args))
    return _get(args[0]).iter_unpack(args[1])

# binascii.py: hex, base64 and CRC-32 conversions between binary data and ASCII (crc32 in C, _hash).
import _hash

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64',
           'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    __module__ = 'binascii'


class Incomplete(Exception):
    __module__ = 'binascii'


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VAL = {c: i for i, c in enumerate(_B64)}
_HEX = b'0123456789abcdef'


def _need_bytes(data):
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if not isinstance(data, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return data


def _ascii_arg(data):
    # the a2b functions also take ASCII-only str
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if not isinstance(data, bytes):
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)
    return data


_MISSING = object()


def hexlify(*args, **kw):
    n = len(args) + len(kw)
    if n > 3:
        raise TypeError('hexlify() takes at most 3 arguments (%d given)' % n)
    return _hexlify(*args, **kw)


def _hexlify(data=_MISSING, sep=None, bytes_per_sep=1):
    if data is _MISSING:
        raise TypeError("hexlify() missing required argument 'data' (pos 1)")
    data = _need_bytes(data)
    if sep is None:
        return data.hex().encode()
    if isinstance(sep, str):
        sep = sep.encode('ascii')
    elif not isinstance(sep, bytes):
        len(sep)
        raise TypeError("a bytes-like object is required, not '%s'" % type(sep).__name__)
    if not isinstance(bytes_per_sep, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(bytes_per_sep).__name__)
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    return data.hex(sep.decode('ascii'), bytes_per_sep).encode()


b2a_hex = hexlify


def unhexlify(*args):
    if len(args) != 1:
        raise TypeError('binascii.unhexlify() takes exactly one argument (%d given)' % len(args))
    s = _ascii_arg(args[0])
    if len(s) % 2:
        raise Error('Odd-length string')
    out = []
    for i in range(0, len(s), 2):
        hi = _hexval(s[i])
        lo = _hexval(s[i + 1])
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    raise Error('Non-hexadecimal digit found')


def _one_positional(name, args, kw):
    if len(args) + len(kw) > 2:
        raise TypeError('%s() takes at most 2 arguments (%d given)' % (name, len(args) + len(kw)))
    if len(args) != 1:
        raise TypeError('%s() takes exactly 1 positional argument (%d given)' % (name, len(args)))


def b2a_base64(*args, newline=True, **kw):
    _one_positional('b2a_base64', args, kw)
    data = _need_bytes(args[0])
    out = []
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += [_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]]
        i += 3
    if n - i == 1:
        v = data[i] << 16
        out += [_B64[v >> 18], _B64[(v >> 12) & 63], 61, 61]
    elif n - i == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out += [_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], 61]
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(*args, strict_mode=False, **kw):
    # CPython's decoder: skips what is not base64 (unless strict), stops at complete padding
    _one_positional('a2b_base64', args, kw)
    s = _ascii_arg(args[0])
    if strict_mode and s and s[0] == 61:
        raise Error('Leading padding not allowed')
    out = []
    quad = 0
    left = 0
    pads = 0
    padding = False
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        i += 1
        if c == 61:
            padding = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VAL.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            quad = 1
            left = v
        elif quad == 1:
            quad = 2
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
        elif quad == 2:
            quad = 3
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
        else:
            quad = 0
            out.append(((left << 6) | v) & 255)
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


def crc32(*args):
    if not 1 <= len(args) <= 2:
        raise TypeError('crc32 expected %s, got %d' % ('at least 1 argument' if not args else 'at most 2 arguments', len(args)))
    data = _need_bytes(args[0])
    crc = args[1] if len(args) > 1 else 0
    if not isinstance(crc, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(crc).__name__)
    return _hash.crc32(data, crc & 0xFFFFFFFF)


def crc_hqx(data, crc, /):
    data = _need_bytes(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc

# json.py: JSON encoding and decoding as CPython's json module (string loops in C, _json).
import _json

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---- encoding ----

def _floatstr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == _INF:
        text = 'Infinity'
    elif o == -_INF:
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class _Encoder:
    # one encoding run: the settings, the output chunks, and the containers being encoded
    def __init__(self, enc, indent):
        self.default = enc.default
        self.ascii = enc.ensure_ascii
        self.allow_nan = enc.allow_nan
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.circular = enc.check_circular
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator
        self.indent = indent
        self.stack = []
        self.out = []

    def enter(self, o):
        if self.circular:
            for x in self.stack:
                if x is o:
                    raise ValueError('Circular reference detected')
            self.stack.append(o)

    def leave(self):
        if self.circular:
            self.stack.pop()

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(_json.encode_str(o, self.ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(_floatstr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.default(o), level)
            self.leave()

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = self.item_sep + nl
            out.append('[' + nl)
        else:
            nl = None
            sep = self.item_sep
            out.append('[')
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(sep)
            # containers inline: one Python frame per level of nesting, as deep as CPython goes
            if isinstance(v, (list, tuple)):
                self.array(v, level)
            elif isinstance(v, dict):
                self.object(v, level)
            else:
                self.value(v, level)
        if nl is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.leave()

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = self.item_sep + nl
            out.append('{' + nl)
        else:
            nl = None
            sep = self.item_sep
            out.append('{')
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, v in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not ' + key.__class__.__name__)
            if first:
                first = False
            else:
                out.append(sep)
            out.append(_json.encode_str(key, self.ascii))
            out.append(self.key_sep)
            # containers inline: one Python frame per level of nesting, as deep as CPython goes
            if isinstance(v, (list, tuple)):
                self.array(v, level)
            elif isinstance(v, dict):
                self.object(v, level)
            else:
                self.value(v, level)
        if nl is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.leave()


class JSONEncoder:
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _json.encode_str(o, bool(self.ensure_ascii))
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        e = _Encoder(self, indent)
        e.ascii = bool(e.ascii)
        e.value(o, 0)
        return iter(e.out)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    for chunk in cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                     allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                     sort_keys=sort_keys, **kw).iterencode(obj):
        fp.write(chunk)


# ---- decoding: the scanner works on the document's UTF-8 bytes, so indexing is constant time ----

_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': float('nan')}


class _Scan:
    def __init__(self, dec, s, b):
        self.s = s
        self.b = b
        self.n = len(b)
        self.strict = dec.strict
        self.object_hook = dec.object_hook
        self.pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant

    def fail(self, msg, pos):
        # byte offsets become character offsets for the message
        s = self.s
        if len(s) != self.n:
            pos = len(self.b[:pos].decode('utf-8'))
        raise JSONDecodeError(msg, s, pos)

    def ws(self, i):
        b = self.b
        n = self.n
        while i < n:
            c = b[i]
            if c != 32 and c != 10 and c != 13 and c != 9:
                break
            i += 1
        return i

    def string(self, i):
        r = _json.scanstring(self.b, i, self.strict)
        if r[0] is None:
            self.fail(r[2], r[1])
        return r

    def value(self, i):
        b = self.b
        if i >= self.n:
            self.fail('Expecting value', i)
        c = b[i]
        if c == 34:
            return self.string(i + 1)
        if c == 123:
            return self.object(i + 1)
        if c == 91:
            return self.array(i + 1)
        if c == 110 and b[i:i + 4] == b'null':
            return None, i + 4
        if c == 116 and b[i:i + 4] == b'true':
            return True, i + 4
        if c == 102 and b[i:i + 5] == b'false':
            return False, i + 5
        if c == 78 and b[i:i + 3] == b'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 73 and b[i:i + 8] == b'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == 45 and b[i:i + 9] == b'-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        b = self.b
        n = self.n
        j = i
        if j < n and b[j] == 45:
            j += 1
        if j < n and b[j] == 48:
            j += 1
        elif j < n and 49 <= b[j] <= 57:
            j += 1
            while j < n and 48 <= b[j] <= 57:
                j += 1
        else:
            self.fail('Expecting value', i)
        isfloat = False
        if j + 1 < n and b[j] == 46 and 48 <= b[j + 1] <= 57:
            j += 2
            while j < n and 48 <= b[j] <= 57:
                j += 1
            isfloat = True
        if j < n and (b[j] == 101 or b[j] == 69):
            k = j + 1
            if k < n and (b[k] == 43 or b[k] == 45):
                k += 1
            if k < n and 48 <= b[k] <= 57:
                while k < n and 48 <= b[k] <= 57:
                    k += 1
                j = k
                isfloat = True
        text = b[i:j].decode()
        return (self.parse_float(text) if isfloat else self.parse_int(text)), j

    def object(self, i):
        b = self.b
        i = self.ws(i)
        pairs = []
        if i < self.n and b[i] == 125:
            i += 1
        else:
            if i >= self.n or b[i] != 34:
                self.fail('Expecting property name enclosed in double quotes', i)
            i += 1
            while True:
                key, i = self.string(i)
                if i >= self.n or b[i] != 58:
                    i = self.ws(i)
                    if i >= self.n or b[i] != 58:
                        self.fail("Expecting ':' delimiter", i)
                i = self.ws(i + 1)
                # nested containers inline: one Python frame per level of nesting
                c = b[i] if i < self.n else -1
                if c == 91:
                    v, i = self.array(i + 1)
                elif c == 123:
                    v, i = self.object(i + 1)
                else:
                    v, i = self.value(i)
                pairs.append((key, v))
                i = self.ws(i)
                c = b[i] if i < self.n else -1
                i += 1
                if c == 125:
                    break
                if c != 44:
                    self.fail("Expecting ',' delimiter", i - 1)
                i = self.ws(i)
                if i >= self.n or b[i] != 34:
                    self.fail('Expecting property name enclosed in double quotes', i)
                i += 1
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs), i
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, i

    def array(self, i):
        b = self.b
        i = self.ws(i)
        values = []
        if i < self.n and b[i] == 93:
            return values, i + 1
        while True:
            c = b[i] if i < self.n else -1
            if c == 91:
                v, i = self.array(i + 1)
            elif c == 123:
                v, i = self.object(i + 1)
            else:
                v, i = self.value(i)
            values.append(v)
            i = self.ws(i)
            c = b[i] if i < self.n else -1
            i += 1
            if c == 93:
                break
            if c != 44:
                self.fail("Expecting ',' delimiter", i - 1)
            i = self.ws(i)
        return values, i


class JSONDecoder:
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        b = s.encode('utf-8')
        sc = _Scan(self, s, b)
        obj, end = sc.value(sc.ws(0))
        end = sc.ws(end)
        if end != len(b):
            sc.fail('Extra data', end)
        return obj

    def raw_decode(self, s, idx=0):
        b = s.encode('utf-8')
        sc = _Scan(self, s, b)
        start = len(s[:idx].encode('utf-8')) + max(0, idx - len(s))
        obj, end = sc.value(start)
        if len(s) != len(b):
            end = len(b[:end].decode('utf-8'))
        return obj, end


_default_decoder = JSONDecoder()


def _detect_encoding(b):
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith((b'\xff\xfe', b'\xfe\xff', b'\x00\x00\xfe\xff')):
        return 'utf-16' if not b.startswith(b'\xff\xfe\x00\x00') else 'utf-32'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = bytes(s)
        enc = _detect_encoding(s)
        if enc == 'utf-8-sig':
            s = s[3:]
            enc = 'utf-8'
        s = s.decode(enc)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not ' + s.__class__.__name__)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)

# re.py: regular expressions as CPython's re module: Pattern and Match objects, the module
# functions and the compiled-pattern cache, over _re_parse, _re_compile and _re_engine.

import _re_parse
import _re_compile
import _re_engine
from _re_parse import error

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag:
    """The flags (re.I, re.M, ...): they combine with | & ^ ~ and act as ints."""
    # built-in types cannot be subclassed yet, so this is not an int subclass

    def __init__(self, value):
        self.value = value

    @property
    def name(self):
        return _flag_text(self.value, '')

    def __repr__(self):
        return _flag_text(self.value, 're.')

    __str__ = __repr__

    def __format__(self, spec):
        return format(self.value, spec) if spec else repr(self)

    def __int__(self):
        return self.value

    __index__ = __int__

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        if isinstance(other, RegexFlag):
            other = other.value
        return self.value == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __bool__(self):
        return self.value != 0

    def __or__(self, other):
        v = _flag_value(other)
        return NotImplemented if v is None else RegexFlag(self.value | v)

    def __and__(self, other):
        v = _flag_value(other)
        return NotImplemented if v is None else RegexFlag(self.value & v)

    def __xor__(self, other):
        v = _flag_value(other)
        return NotImplemented if v is None else RegexFlag(self.value ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self.value & 511)

    def __add__(self, other):
        return self.value + other

    def __radd__(self, other):
        return other + self.value

    def __sub__(self, other):
        return self.value - other

    def __rsub__(self, other):
        return other - self.value


def _flag_value(x):
    if isinstance(x, RegexFlag):
        return x.value
    if type(x) is int or type(x) is bool:
        return int(x)
    return None


# RegexFlag's members in their order of definition, which is the order their names print in
_FLAG_ORDER = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]


def _flag_text(v, prefix):
    if v == 0:
        return prefix + 'NOFLAG'
    names = []
    for bit, name in _FLAG_ORDER:
        if v & bit:
            names.append(prefix + name)
            v &= ~bit
    if v:
        names.append(hex(v))
    return '|'.join(names)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]

_MAXSIZE = 9223372036854775807
_run = _re_engine.run
_search = _re_engine.search


def _type_name(x):
    return type(x).__name__


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __init__(self, pattern, flags, groups, groupindex, prog):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._prog = prog
        self._isbytes = not isinstance(pattern, str)
        self._names = None

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and flags & 292 == 32:
            flags &= ~32
        r = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % r
        names = []
        for v, name in _FLAG_NAMES:
            if flags & v:
                names.append('re.' + name)
                flags &= ~v
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (r, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._isbytes == other._isbytes)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _subject(self, string):
        if isinstance(string, str):
            if self._isbytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
        elif isinstance(string, bytes):
            if not self._isbytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
        else:
            raise TypeError("expected string or bytes-like object, got '%s'" % _type_name(string))
        return _re_engine.subject(string)

    def _range(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _one(self, string, pos, endpos, anchored, full):
        S = self._subject(string)
        pos, endpos = self._range(string, pos, endpos)
        if not anchored and pos > endpos:
            return None
        regs = [-1] * self._prog.nregs
        st = _search(self._prog, S, pos, endpos, regs, full, False, anchored)
        if st < 0:
            return None
        return Match(self, string, pos, endpos, regs, st)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, True, False)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, True, True)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, False, False)

    def _iter(self, string, pos, endpos, limit):
        S = self._subject(string)
        pos, endpos = self._range(string, pos, endpos)
        return _matches(self._prog, S, pos, endpos, limit)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        ng = self.groups
        empty = string[:0]
        for st, regs in self._iter(string, pos, endpos, 0):
            if ng == 0:
                out.append(string[st:regs[1]])
            elif ng == 1:
                a = regs[2]
                b = regs[3]
                out.append(string[a:b] if a >= 0 and b >= 0 else empty)
            else:
                t = []
                for g in range(1, ng + 1):
                    a = regs[2 * g]
                    b = regs[2 * g + 1]
                    t.append(string[a:b] if a >= 0 and b >= 0 else empty)
                out.append(tuple(t))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        S = self._subject(string)
        pos, endpos = self._range(string, pos, endpos)
        return _finditer(self, string, pos, endpos, _matches(self._prog, S, pos, endpos, 0))

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        ng = self.groups
        if maxsplit < 0:
            self._subject(string)
            return [string]
        for st, regs in self._iter(string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:st])
            for g in range(1, ng + 1):
                a = regs[2 * g]
                b = regs[2 * g + 1]
                out.append(string[a:b] if a >= 0 and b >= 0 else None)
            last = regs[1]
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        if callable(repl):
            fn = repl
            tmpl = None
        else:
            fn = None
            tmpl = _template(self, repl)
        pieces = []
        last = 0
        n = 0
        if count < 0:
            self._subject(string)
            return string, 0
        for st, regs in self._iter(string, 0, _MAXSIZE, count):
            if st > last:
                pieces.append(string[last:st])
            if fn is not None:
                r = fn(Match(self, string, 0, len(string), regs, st))
                if r is not None:
                    pieces.append(r)
            elif len(tmpl) == 1 and type(tmpl[0]) is not int:
                pieces.append(tmpl[0])
            else:
                pieces.append(_expand(string, tmpl, regs, st))
            last = regs[1]
            n += 1
        if last < len(string) or not pieces:
            pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)


def _matches(prog, S, pos, endpos, limit):
    # yields (start, regs) of successive matches, with CPython's rules for empty matches
    nregs = prog.nregs
    adv = False
    n = 0
    while pos <= endpos and (not limit or n < limit):
        regs = [-1] * nregs
        st = _search(prog, S, pos, endpos, regs, False, adv, False)
        if st < 0:
            return
        e = regs[1]
        yield st, regs
        n += 1
        adv = e == st
        pos = e


def _finditer(pattern, string, pos, endpos, it):
    for st, regs in it:
        yield Match(pattern, string, pos, endpos, regs, st)


def _expand(string, tmpl, regs, st):
    out = []
    for p in tmpl:
        if type(p) is int:
            if p == 0:
                out.append(string[st:regs[1]])
            else:
                a = regs[2 * p]
                b = regs[2 * p + 1]
                if a >= 0 and b >= 0:
                    out.append(string[a:b])
        else:
            out.append(p)
    return string[:0].join(out)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, regs, start):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._regs = regs
        self._start = start

    def _index(self, g):
        if type(g) is int or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str) or isinstance(g, bytes):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                g = g.__index__()
            except (AttributeError, TypeError):
                raise IndexError('no such group') from None
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError('no such group')

    def _span(self, g):
        if g == 0:
            return self._start, self._regs[1]
        a = self._regs[2 * g]
        b = self._regs[2 * g + 1]
        if a < 0 or b < 0:
            return -1, -1
        return a, b

    def _get(self, g, default=None):
        a, b = self._span(g)
        if a < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, g in self.re._groupindex.items():
            d[name] = self._get(g, default)
        return d

    def start(self, group=0):
        return self._span(self._index(group))[0]

    def end(self, group=0):
        return self._span(self._index(group))[1]

    def span(self, group=0):
        return self._span(self._index(group))

    @property
    def regs(self):
        return tuple([self._span(g) for g in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        g = self._regs[0]
        return g if g >= 0 else None

    @property
    def lastgroup(self):
        g = self._regs[0]
        if g < 0:
            return None
        for name, i in self.re._groupindex.items():
            if i == g:
                return name
        return None

    def expand(self, template):
        return _expand(self.string, _template(self.re, template), self._regs, self._start)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._start, self._regs[1], self.string[self._start:self._regs[1]])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 64
_tcache = {}
_MAXTCACHE = 64


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    tree, allflags, ngroups, groupindex, state = _re_parse.parse(pattern, flags)
    prog = _re_compile.compile_tree(tree, state, ngroups, not isinstance(pattern, str))
    p = Pattern(pattern, allflags, ngroups - 1, groupindex, prog)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def _template(pattern, repl):
    key = (type(repl), repl, pattern.pattern, pattern.flags)
    t = _tcache.get(key)
    if t is None:
        if not isinstance(repl, (str, bytes)):
            raise TypeError('decoding to str: need a bytes-like object, %s found'
                            % _type_name(repl))
        t = _re_parse.parse_template(repl, pattern.groups, pattern._groupindex)
        if len(_tcache) >= _MAXTCACHE:
            _tcache.clear()
        _tcache[key] = t
    return t


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()
    _tcache.clear()


def template(pattern, flags=0):
    return _compile(pattern, _flag_value(flags) | 1)


_SPECIAL = {}
for _c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _SPECIAL[ord(_c)] = '\\' + _c
del _c


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    return str(pattern, 'latin1').translate(_SPECIAL).encode('latin1')

# _re_parse.py: the re module's parser: pattern text to a tree of tuples, with CPython's errors.
#
# Tree nodes (flags are the effective flags where the node was written, so scoped flags are
# already applied):
#   ('lit', ch, flags)            one character (bytes patterns are decoded as latin-1)
#   ('set', items, neg, flags)    items: ('l', ch) | ('r', lo, hi) | ('c', 'd'/'D'/'s'/'S'/'w'/'W')
#   ('any', flags)                '.'
#   ('at', kind, flags)           kind: '^' '$' 'A' 'Z' 'b' 'B'
#   ('seq', [nodes])
#   ('alt', [seq, ...])
#   ('group', gid or None, seq)   gid None: a non-capturing group
#   ('rep', lo, hi, kind, node)   kind: 'g' greedy, 'l' lazy, 'p' possessive
#   ('ref', gid, flags)           backreference
#   ('look', dir, neg, seq)       dir 1 lookahead, -1 lookbehind
#   ('atomic', seq)
#   ('cond', gid, yes, no)        (?(gid)yes|no), no may be None

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

T, I, L, M, S, U, X, DEBUG, A = 1, 2, 4, 8, 16, 32, 64, 128, 256
_FLAGS = {'i': I, 'L': L, 'm': M, 's': S, 'x': X, 'a': A, 't': T, 'u': U}
_TYPE_FLAGS = A | L | U
_GLOBAL_FLAGS = DEBUG | T

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SPECIAL = '.\\[{()*+?^$|'
_REPEAT_CHARS = '*+?{'
_ESCAPES = {'\\a': '\a', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r', '\\t': '\t',
            '\\v': '\v', '\\\\': '\\'}
_CATEGORIES = {'\\d': 'd', '\\D': 'D', '\\s': 's', '\\S': 'S', '\\w': 'w', '\\W': 'W'}
_ATS = {'\\A': 'A', '\\Z': 'Z', '\\b': 'b', '\\B': 'B'}


class error(Exception):
    """Exception raised for invalid regular expressions (re.error)."""
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = self.colno = None
        Exception.__init__(self, text)


class _Source:
    # Tokens are one character or a backslash with the character after it; `next` is the
    # token ahead, `index` the offset just past it.
    def __init__(self, pattern):
        self.pattern = pattern
        self.istext = isinstance(pattern, str)
        s = pattern if self.istext else pattern.decode('latin-1')
        # indexing a non-ASCII str walks its UTF-8, so such patterns are read from a list
        self.s = s if s.isascii() else list(s)
        self.n = len(s)
        self.index = 0
        self.next = None
        self.advance()

    def advance(self):
        k = self.index
        if k >= self.n:
            self.next = None
            return
        c = self.s[k]
        if c == '\\':
            k += 1
            if k >= self.n:
                raise error('bad escape (end of pattern)', self.pattern, self.n - 1)
            c += self.s[k]
        self.index = k + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self.advance()
            return True
        return False

    def get(self):
        t = self.next
        self.advance()
        return t

    def getwhile(self, n, chars):
        out = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in chars:
                break
            out += c
            self.advance()
        return out

    def getuntil(self, term, what):
        out = ''
        while True:
            c = self.next
            self.advance()
            if c is None:
                if not out:
                    raise self.error('missing ' + what)
                raise self.error('missing %s, unterminated name' % term, len(out))
            if c == term:
                if not out:
                    raise self.error('missing ' + what, 1)
                return out
            out += c

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, k):
        self.index = k
        self.advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = _ascii_msg(msg)
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, len(name) + offset)


def _ascii_msg(msg):
    # bytes patterns report non-ASCII characters of a message as backslash escapes
    if msg.isascii():
        return msg
    out = []
    for c in msg:
        o = ord(c)
        out.append(c if o < 128 else ('\\x%02x' % o if o < 256 else '\\u%04x' % o))
    return ''.join(out)


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name):
        gid = len(self.groupwidths)
        self.groupwidths.append(None)
        if gid + 1 > MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error('redefinition of group name %r as group %d; was group %d'
                            % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def checkgroup(self, gid):
        return gid < len(self.groupwidths) and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, src):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise src.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise src.error('cannot refer to group defined in the same lookbehind subpattern')


def width(node, state):
    """(min, max) number of characters the node matches, capped at MAXREPEAT - 1."""
    k = node[0]
    if k == 'seq':
        lo = hi = 0
        for n in node[1]:
            a, b = width(n, state)
            lo += a
            hi += b
    elif k == 'lit' or k == 'set' or k == 'any':
        return 1, 1
    elif k == 'alt':
        lo, hi = MAXREPEAT - 1, 0
        for n in node[1]:
            a, b = width(n, state)
            lo = min(lo, a)
            hi = max(hi, b)
    elif k == 'group':
        lo, hi = width(node[2], state)
    elif k == 'atomic':
        lo, hi = width(node[1], state)
    elif k == 'rep':
        a, b = width(node[4], state)
        lo, hi = a * node[1], b * node[2]
    elif k == 'ref':
        lo, hi = state.groupwidths[node[1]]
    elif k == 'cond':
        lo, hi = width(node[2], state)
        if node[3] is not None:
            a, b = width(node[3], state)
            lo, hi = min(lo, a), max(hi, b)
        else:
            lo = 0
    else:
        return 0, 0
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _class_escape(src, esc):
    # an escape inside [...]: a ('l', ch) or ('c', cat) item
    c = _ESCAPES.get(esc)
    if c is not None:
        return ('l', c)
    c = _CATEGORIES.get(esc)
    if c is not None:
        return ('c', c)
    return ('l', _char_escape(src, esc, True))


def _hex_escape(src, esc, ndig):
    esc += src.getwhile(ndig, _HEXDIGITS)
    if len(esc) != ndig + 2:
        raise src.error('incomplete escape %s' % esc, len(esc))
    v = int(esc[2:], 16)
    if v > 0x10FFFF:
        raise src.error('bad escape %s' % esc, len(esc))
    return chr(v)


def _char_escape(src, esc, inclass):
    # \x \u \U \N octal and escaped punctuation; letters and stray digits are bad escapes
    c = esc[1]
    if c == 'x':
        return _hex_escape(src, esc, 2)
    if c == 'u' and src.istext:
        return _hex_escape(src, esc, 4)
    if c == 'U' and src.istext:
        return _hex_escape(src, esc, 8)
    if c == 'N' and src.istext:
        if not src.match('{'):
            raise src.error('missing {')
        name = src.getuntil('}', 'character name')
        raise src.error('undefined character name %r' % name, len(name) + 4)
    if inclass and c in _OCTDIGITS:
        esc += src.getwhile(2, _OCTDIGITS)
        v = int(esc[1:], 8)
        if v > 0o377:
            raise src.error('octal escape value %s outside of range 0-0o377' % esc, len(esc))
        return chr(v)
    if c in _DIGITS or c in _ASCIILETTERS:
        raise src.error('bad escape %s' % esc, len(esc))
    return c


def _escape(src, esc, state, flags):
    # an escape outside [...]
    c = _CATEGORIES.get(esc)
    if c is not None:
        return ('set', [('c', c)], False, flags)
    c = _ATS.get(esc)
    if c is not None:
        return ('at', c, flags)
    c = _ESCAPES.get(esc)
    if c is not None:
        return ('lit', c, flags)
    d = esc[1]
    if d == '0':
        esc += src.getwhile(2, _OCTDIGITS)
        return ('lit', chr(int(esc[1:], 8)), flags)
    if d in _DIGITS:
        if src.next is not None and src.next in _DIGITS:
            esc += src.get()
            if d in _OCTDIGITS and esc[2] in _OCTDIGITS and src.next is not None \
                    and src.next in _OCTDIGITS:
                esc += src.get()
                v = int(esc[1:], 8)
                if v > 0o377:
                    raise src.error('octal escape value %s outside of range 0-0o377' % esc,
                                    len(esc))
                return ('lit', chr(v), flags)
        gid = int(esc[1:])
        if gid < state.groups():
            if not state.checkgroup(gid):
                raise src.error('cannot refer to an open group', len(esc))
            state.checklookbehindgroup(gid, src)
            return ('ref', gid, flags)
        raise src.error('invalid group reference %d' % gid, len(esc) - 1)
    return ('lit', _char_escape(src, esc, False), flags)


def _parse_alt(src, state, verbose, nested, flags):
    # a|b|c
    items = []
    while True:
        items.append(_parse_seq(src, state, verbose, nested + 1, not nested and not items, flags))
        if not src.match('|'):
            break
        if not nested:
            verbose = state.flags & X
            flags = state.flags
    if len(items) == 1:
        return items[0]
    return ('alt', items)


def _parse_class(src, flags):
    here = src.tell() - 1
    items = []
    neg = src.match('^')
    while True:
        this = src.get()
        if this is None:
            raise src.error('unterminated character set', src.tell() - here)
        if this == ']' and items:
            break
        if this[0] == '\\':
            code1 = _class_escape(src, this)
        else:
            code1 = ('l', this)
        if src.match('-'):
            that = src.get()
            if that is None:
                raise src.error('unterminated character set', src.tell() - here)
            if that == ']':
                items.append(code1)
                items.append(('l', '-'))
                break
            if that[0] == '\\':
                code2 = _class_escape(src, that)
            else:
                code2 = ('l', that)
            if code1[0] != 'l' or code2[0] != 'l' or code2[1] < code1[1]:
                raise src.error('bad character range %s-%s' % (this, that),
                                len(this) + 1 + len(that))
            items.append(('r', code1[1], code2[1]))
        else:
            items.append(code1)
    if len(items) == 1 and items[0][0] == 'l' and not neg:
        return ('lit', items[0][1], flags)
    return ('set', items, neg, flags)


def _parse_repeat(src, this, seq):
    # returns (lo, hi), or None when '{' turned out to be a literal
    here = src.tell()
    if this == '?':
        lo, hi = 0, 1
    elif this == '*':
        lo, hi = 0, MAXREPEAT
    elif this == '+':
        lo, hi = 1, MAXREPEAT
    else:
        if src.next == '}':
            return None
        lo, hi = 0, MAXREPEAT
        a = b = ''
        while src.next is not None and src.next in _DIGITS:
            a += src.get()
        if src.match(','):
            while src.next is not None and src.next in _DIGITS:
                b += src.get()
        else:
            b = a
        if not src.match('}'):
            src.seek(here)
            return None
        if a:
            lo = int(a)
            if lo >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
        if b:
            hi = int(b)
            if hi >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if hi < lo:
                raise src.error('min repeat greater than max repeat', src.tell() - here)
    if not seq or seq[-1][0] == 'at':
        raise src.error('nothing to repeat', src.tell() - here + len(this))
    if seq[-1][0] == 'rep':
        raise src.error('multiple repeat', src.tell() - here + len(this))
    return lo, hi


def _parse_seq(src, state, verbose, nested, first, flags):
    seq = []
    while True:
        this = src.next
        if this is None or this == '|' or this == ')':
            break
        src.advance()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = src.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            seq.append(_escape(src, this, state, flags))
        elif this not in _SPECIAL:
            seq.append(('lit', this, flags))
        elif this == '[':
            seq.append(_parse_class(src, flags))
        elif this in _REPEAT_CHARS:
            r = _parse_repeat(src, this, seq)
            if r is None:
                seq.append(('lit', '{', flags))
                continue
            item = seq[-1]
            if item[0] == 'group' and item[1] is None:
                item = item[2]
            kind = 'l' if src.match('?') else 'p' if src.match('+') else 'g'
            seq[-1] = ('rep', r[0], r[1], kind, item)
        elif this == '.':
            seq.append(('any', flags))
        elif this == '^':
            seq.append(('at', '^', flags))
        elif this == '$':
            seq.append(('at', '$', flags))
        else:
            node = _parse_group(src, state, verbose, nested, first, flags, seq)
            if node is None:
                continue
            if node[0] == 'flags':
                verbose = state.flags & X
                flags = state.flags
                continue
            seq.append(node)
    return ('seq', seq)


def _parse_group(src, state, verbose, nested, first, flags, seq):
    start = src.tell() - 1
    capture = True
    atomic = False
    name = None
    add = rem = 0
    if src.match('?'):
        c = src.get()
        if c is None:
            raise src.error('unexpected end of pattern')
        if c == 'P':
            if src.match('<'):
                name = src.getuntil('>', 'group name')
                src.checkgroupname(name, 1)
            elif src.match('='):
                name = src.getuntil(')', 'group name')
                src.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise src.error('unknown group name %r' % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise src.error('cannot refer to an open group', len(name) + 1)
                state.checklookbehindgroup(gid, src)
                return ('ref', gid, flags)
            else:
                c = src.get()
                if c is None:
                    raise src.error('unexpected end of pattern')
                raise src.error('unknown extension ?P' + c, len(c) + 2)
        elif c == ':':
            capture = False
        elif c == '#':
            while True:
                if src.next is None:
                    raise src.error('missing ), unterminated comment', src.tell() - start)
                if src.get() == ')':
                    return None
        elif c in '=!<':
            d = 1
            if c == '<':
                c = src.get()
                if c is None:
                    raise src.error('unexpected end of pattern')
                if c not in '=!':
                    raise src.error('unknown extension ?<' + c, len(c) + 2)
                d = -1
                outer = state.lookbehindgroups
                if outer is None:
                    state.lookbehindgroups = state.groups()
            p = _parse_alt(src, state, verbose, nested + 1, flags)
            if d < 0 and outer is None:
                state.lookbehindgroups = None
            if not src.match(')'):
                raise src.error('missing ), unterminated subpattern', src.tell() - start)
            return ('look', d, c == '!', p)
        elif c == '(':
            return _parse_cond(src, state, verbose, nested, flags, start)
        elif c == '>':
            capture = False
            atomic = True
        elif c in _FLAGS or c == '-':
            r = _parse_flags(src, state, c)
            if r is None:
                if not first or seq:
                    raise src.error('global flags not at the start of the expression',
                                    src.tell() - start)
                return ('flags',)
            add, rem = r
            capture = False
        else:
            raise src.error('unknown extension ?' + c, len(c) + 1)
    gid = None
    if capture:
        try:
            gid = state.opengroup(name)
        except error as e:
            raise src.error(e.msg, len(name) + 1) from None
    sub_verbose = (verbose or (add & X)) and not (rem & X)
    p = _parse_alt(src, state, sub_verbose, nested + 1, (flags | add) & ~rem)
    if not src.match(')'):
        raise src.error('missing ), unterminated subpattern', src.tell() - start)
    if gid is not None:
        state.groupwidths[gid] = width(p, state)
    if atomic:
        return ('atomic', p)
    return ('group', gid, p)


def _parse_cond(src, state, verbose, nested, flags, start):
    name = src.getuntil(')', 'group name')
    if name.isidentifier():
        gid = state.groupdict.get(name)
        if gid is None:
            raise src.error('unknown group name %r' % name, len(name) + 1)
    else:
        try:
            gid = int(name)
            if gid < 0:
                raise ValueError
        except ValueError:
            raise src.error('bad character in group name %r' % name, len(name) + 1) from None
        if not gid:
            raise src.error('bad group number', len(name) + 1)
        if gid >= MAXGROUPS:
            raise src.error('invalid group reference %d' % gid, len(name) + 1)
        if gid not in state.grouprefpos:
            state.grouprefpos[gid] = src.tell() - len(name) - 1
    state.checklookbehindgroup(gid, src)
    yes = _parse_seq(src, state, verbose, nested + 1, False, flags)
    no = None
    if src.match('|'):
        no = _parse_seq(src, state, verbose, nested + 1, False, flags)
        if src.next == '|':
            raise src.error('conditional backref with more than two branches')
    if not src.match(')'):
        raise src.error('missing ), unterminated subpattern', src.tell() - start)
    return ('cond', gid, yes, no)


def _parse_flags(src, state, c):
    # (?aiLmsux) sets global flags: returns None; (?flags-flags:...) returns (add, remove)
    add = rem = 0
    if c != '-':
        while True:
            f = _FLAGS[c]
            if src.istext:
                if c == 'L':
                    raise src.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif c == 'u':
                raise src.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= f
            if (f & _TYPE_FLAGS) and (add & _TYPE_FLAGS) != f:
                raise src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            c = src.get()
            if c is None:
                raise src.error('missing -, : or )')
            if c in ')-:':
                break
            if c not in _FLAGS:
                raise src.error('unknown flag' if c.isalpha() else 'missing -, : or )', len(c))
    if c == ')':
        state.flags |= add
        return None
    if add & _GLOBAL_FLAGS:
        raise src.error('bad inline flags: cannot turn on global flag', 1)
    if c == '-':
        c = src.get()
        if c is None:
            raise src.error('missing flag')
        if c not in _FLAGS:
            raise src.error('unknown flag' if c.isalpha() else 'missing flag', len(c))
        while True:
            f = _FLAGS[c]
            if f & _TYPE_FLAGS:
                raise src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            rem |= f
            c = src.get()
            if c is None:
                raise src.error('missing :')
            if c == ':':
                break
            if c not in _FLAGS:
                raise src.error('unknown flag' if c.isalpha() else 'missing :', len(c))
    if rem & _GLOBAL_FLAGS:
        raise src.error('bad inline flags: cannot turn off global flag', 1)
    if add & rem:
        raise src.error('bad inline flags: flag turned on and off', 1)
    return add, rem


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & L:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & A:
            flags |= U
        elif flags & U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & U:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & L and flags & A:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def parse(pattern, flags):
    """Returns (tree, flags, number of groups including group 0, groupindex dict)."""
    src = _Source(pattern)
    state = _State(flags)
    tree = _parse_alt(src, state, flags & X, 0, flags)
    state.flags = _fix_flags(pattern, state.flags)
    if src.next is not None:
        raise src.error('unbalanced parenthesis')
    for g in state.grouprefpos:
        if g >= state.groups():
            raise error('invalid group reference %d' % g, pattern, state.grouprefpos[g])
    return tree, state.flags, state.groups(), state.groupdict, state


def parse_template(repl, groups, groupindex):
    """A replacement template as a list of literal text pieces and group numbers."""
    src = _Source(repl)
    out = []
    lit = []

    def addgroup(index, offset):
        if index > groups:
            raise src.error('invalid group reference %d' % index, offset)
        if lit:
            out.append(''.join(lit))
            del lit[:]
        out.append(index)

    while True:
        this = src.get()
        if this is None:
            break
        if this[0] != '\\':
            lit.append(this)
            continue
        c = this[1]
        if c == 'g':
            if not src.match('<'):
                raise src.error('missing <')
            name = src.getuntil('>', 'group name')
            if name.isidentifier():
                index = groupindex.get(name)
                if index is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise src.error('bad character in group name %r' % name,
                                    len(name) + 1) from None
                if index >= MAXGROUPS:
                    raise src.error('invalid group reference %d' % index, len(name) + 1)
            addgroup(index, len(name) + 1)
        elif c == '0':
            if src.next is not None and src.next in _OCTDIGITS:
                this += src.get()
                if src.next is not None and src.next in _OCTDIGITS:
                    this += src.get()
            lit.append(chr(int(this[1:], 8) & 0xff))
        elif c in _DIGITS:
            octal = False
            if src.next is not None and src.next in _DIGITS:
                this += src.get()
                if c in _OCTDIGITS and this[2] in _OCTDIGITS and src.next is not None \
                        and src.next in _OCTDIGITS:
                    this += src.get()
                    octal = True
                    v = int(this[1:], 8)
                    if v > 0o377:
                        raise src.error('octal escape value %s outside of range 0-0o377'
                                        % this, len(this))
                    lit.append(chr(v))
            if not octal:
                addgroup(int(this[1:]), len(this) - 1)
        else:
            e = _ESCAPES.get(this)
            if e is not None:
                lit.append(e)
            elif c in _ASCIILETTERS:
                raise src.error('bad escape %s' % this, len(this))
            else:
                lit.append(this)
    if lit:
        out.append(''.join(lit))
    if not src.istext:
        out = [p.encode('latin-1') if type(p) is str else p for p in out]
    return out

# _re_compile.py: the re module's compiler: a parse tree to a program for _re_engine.
#
# A program is a list of tuples (opcode first); the opcodes and their operands are listed in
# _re_engine.py, which runs them. Character tests are compiled to the set of ASCII characters
# they accept plus, for other characters, a "slow" description (neg, items, icase, unicode)
# that _re_engine.slow_in evaluates.

from _re_parse import error, width, MAXREPEAT, I, M, S, A, L
from _re_engine import slow_in

SUCCESS, CHAR, SET, ANY, ANYALL, STR, SPLIT, JMP, MARK, MARKEND, AT, REF = range(12)
REP1, REP1L, LOOK, LOOKEND, ATOM, ATOMEND, REPINIT, REPMAX, REPMIN, REPINC, COND = range(12, 23)

AT_BEG, AT_BOL, AT_EOL, AT_EOLM, AT_END, AT_BND, AT_NBND = range(7)

_ASCII = [chr(k) for k in range(128)]


class Program:
    """A compiled pattern: code, register count and what a search can skip ahead by."""
    def __init__(self):
        self.code = []
        self.nregs = 0
        self.prefix = ''        # every match starts with this text
        self.first = None       # (ascii set, slows) the first character must pass, or None
        self.anchored = False   # can only match at the start of the string


class _Ctx:
    def __init__(self, state, ngroups, isbytes):
        self.state = state
        self.code = []
        self.nregs = 2 * ngroups
        self.isbytes = isbytes

    def reg(self, n):
        r = self.nregs
        self.nregs += n
        return r

    def emit(self, ins):
        self.code.append(ins)
        return len(self.code) - 1


def _uni(ctx, flags):
    return not ctx.isbytes and not (flags & (A | L))


def _cased(c):
    return c.lower() != c or c.upper() != c


# class tests shared by every compile (\w, \d, [a-z] ... recur across patterns)
_tests = {}


def _test(ctx, items, neg, flags):
    """(ascii chars, slow or None) for a character class; the ASCII characters it accepts are
    kept as a str, which costs far less heap than a set and tests almost as fast."""
    icase = bool(flags & I)
    uni = _uni(ctx, flags)
    key = (tuple(items), neg, icase, uni)
    t = _tests.get(key)
    if t is not None:
        return t
    ts = (neg, items, icase, uni)
    acc = []
    for c in _ASCII:
        if slow_in(c, ts):
            acc.append(c)
    slow = ts
    if not neg and not (icase and uni):
        slow = None
        for it in items:
            if it[0] == 'c' or (it[0] == 'l' and it[1] > '\x7f') or (it[0] == 'r' and it[2] > '\x7f'):
                slow = ts
    t = (''.join(acc), slow)
    if len(_tests) >= 256:
        _tests.clear()
    _tests[key] = t
    return t


def _lit_test(ctx, c, flags):
    # a literal: None when an exact comparison will do
    if not (flags & I) or not _cased(c) or (c > '\x7f' and not _uni(ctx, flags)):
        return None
    return _test(ctx, [('l', c)], False, flags)


def _single(ctx, node):
    """(kind, data, slow) when the node matches exactly one character without side effects."""
    k = node[0]
    while k == 'seq' and len(node[1]) == 1:
        node = node[1][0]
        k = node[0]
    if k == 'group' and node[1] is None:
        return _single(ctx, node[2])
    if k == 'lit':
        t = _lit_test(ctx, node[1], node[2])
        if t is None:
            return 0, node[1], None
        return 3, t[0], t[1]
    if k == 'set':
        t = _test(ctx, node[1], node[2], node[3])
        return 3, t[0], t[1]
    if k == 'any':
        return (2 if node[1] & S else 1), None, None
    return None


def _emit_seq(ctx, nodes):
    k = 0
    n = len(nodes)
    while k < n:
        node = nodes[k]
        if node[0] == 'lit' and _lit_test(ctx, node[1], node[2]) is None:
            j = k + 1
            while j < n and nodes[j][0] == 'lit' and _lit_test(ctx, nodes[j][1], nodes[j][2]) is None:
                j += 1
            if j - k >= 2:
                s = ''.join([nd[1] for nd in nodes[k:j]])
                ctx.emit((STR, s, len(s), list(s)))
                k = j
                continue
        _emit(ctx, node)
        k += 1


def _emit(ctx, node):
    k = node[0]
    if k == 'seq':
        _emit_seq(ctx, node[1])
    elif k == 'lit' or k == 'set' or k == 'any':
        kind, data, slow = _single(ctx, node)
        if kind == 0:
            ctx.emit((CHAR, data))
        elif kind == 3:
            ctx.emit((SET, data, slow))
        else:
            ctx.emit((ANYALL,) if kind == 2 else (ANY,))
    elif k == 'at':
        _emit_at(ctx, node)
    elif k == 'group':
        g = node[1]
        if g is None:
            _emit(ctx, node[2])
        else:
            ctx.emit((MARK, 2 * g))
            _emit(ctx, node[2])
            ctx.emit((MARKEND, 2 * g + 1, g))
    elif k == 'alt':
        jumps = []
        alts = node[1]
        for a in alts[:-1]:
            sp = ctx.emit([SPLIT, 0, 0])
            ctx.code[sp][1] = sp + 1
            _emit(ctx, a)
            jumps.append(ctx.emit([JMP, 0]))
            ctx.code[sp][2] = len(ctx.code)
        _emit(ctx, alts[-1])
        for j in jumps:
            ctx.code[j][1] = len(ctx.code)
    elif k == 'rep':
        _emit_rep(ctx, node)
    elif k == 'ref':
        ctx.emit((REF, node[1], bool(node[2] & I), _uni(ctx, node[2])))
    elif k == 'look':
        _emit_look(ctx, node)
    elif k == 'atomic':
        _emit_atomic(ctx, node[1])
    elif k == 'cond':
        c = ctx.emit([COND, node[1], 0])
        _emit(ctx, node[2])
        if node[3] is not None:
            j = ctx.emit([JMP, 0])
            ctx.code[c][2] = len(ctx.code)
            _emit(ctx, node[3])
            ctx.code[j][1] = len(ctx.code)
        else:
            ctx.code[c][2] = len(ctx.code)
    else:
        raise error('internal: unknown node %r' % (k,))


def _emit_at(ctx, node):
    kind, flags = node[1], node[2]
    if kind == '^':
        ctx.emit((AT, AT_BOL if flags & M else AT_BEG))
    elif kind == '$':
        ctx.emit((AT, AT_EOLM if flags & M else AT_EOL))
    elif kind == 'A':
        ctx.emit((AT, AT_BEG))
    elif kind == 'Z':
        ctx.emit((AT, AT_END))
    else:
        t = _test(ctx, [('c', 'w')], False, flags & ~I)
        ctx.emit((AT, AT_BND if kind == 'b' else AT_NBND, t[0], t[1]))


def _emit_atomic(ctx, sub):
    r = ctx.reg(1)
    ctx.emit((ATOM, r))
    _emit(ctx, sub)
    ctx.emit((ATOMEND, r))


def _emit_look(ctx, node):
    d, neg, sub = node[1], node[2], node[3]
    w = 0
    if d < 0:
        lo, hi = width(sub, ctx.state)
        if lo != hi:
            raise error('look-behind requires fixed-width pattern')
        w = lo
    r = ctx.reg(2)
    at = ctx.emit([LOOK, r, neg, w, 0, d < 0])
    _emit(ctx, sub)
    ctx.emit((LOOKEND, r, neg, d < 0))
    ctx.code[at][4] = len(ctx.code)


def _size(node):
    # a rough instruction count, to decide whether unrolling a counted repeat is cheap
    k = node[0]
    if k == 'seq' or k == 'alt':
        return sum([_size(n) for n in node[1]]) + 1
    if k == 'group':
        return _size(node[2]) + 2
    if k == 'rep':
        return _size(node[4]) + 4
    if k == 'look' or k == 'atomic':
        return _size(node[-1]) + 2
    if k == 'cond':
        return _size(node[2]) + (_size(node[3]) if node[3] else 0) + 2
    return 1


def _emit_rep(ctx, node):
    lo, hi, kind, item = node[1], node[2], node[3], node[4]
    if kind == 'p':
        _emit_atomic(ctx, ('rep', lo, hi, 'g', item))
        return
    if hi == 0:
        return
    lazy = kind == 'l'
    one = _single(ctx, item)
    if one is not None:
        if lo == 1 and hi == 1:
            _emit(ctx, item)
            return
        ctx.emit((REP1L if lazy else REP1, one[0], one[1], one[2], lo, hi, None))
        return
    nullable = width(item, ctx.state)[0] == 0
    size = _size(item)
    unbounded = hi == MAXREPEAT
    if not nullable and (lo <= 1 or lo * size <= 64) and (unbounded or hi * size <= 64):
        # unrolled: lo copies, then a loop or (hi - lo) optional copies
        for _ in range(lo - 1 if unbounded and lo else lo):
            _emit(ctx, item)
        if unbounded:
            if lo:
                top = len(ctx.code)
                _emit(ctx, item)
                ctx.emit((SPLIT, len(ctx.code) + 1, top) if lazy else (SPLIT, top, len(ctx.code) + 1))
            else:
                top = ctx.emit([SPLIT, 0, 0])
                _emit(ctx, item)
                ctx.emit((JMP, top))
                end = len(ctx.code)
                ctx.code[top][1:] = [end, top + 1] if lazy else [top + 1, end]
            return
        splits = []
        for _ in range(hi - lo):
            splits.append(ctx.emit([SPLIT, 0, 0]))
            _emit(ctx, item)
        end = len(ctx.code)
        for sp in splits:
            ctx.code[sp][1:] = [end, sp + 1] if lazy else [sp + 1, end]
        return
    r = ctx.reg(2)
    ctx.emit((REPINIT, r))
    top = ctx.emit([REPMIN if lazy else REPMAX, r, lo, hi, 0])
    ctx.emit((REPINC, r))
    _emit(ctx, item)
    ctx.emit((JMP, top))
    ctx.code[top][4] = len(ctx.code)


def _prefix(node):
    """(text, whole): literal text every match of node starts with, and whether that is all."""
    k = node[0]
    if k == 'lit':
        if node[2] & I and _cased(node[1]):
            return '', False
        return node[1], True
    if k == 'seq':
        out = ''
        for n in node[1]:
            t, whole = _prefix(n)
            out += t
            if not whole:
                return out, False
        return out, True
    if k == 'group':
        return _prefix(node[2])
    return '', False


def _first(ctx, node):
    """(ascii set, slows) the first character of any match passes, or None if unknown."""
    k = node[0]
    if k == 'seq':
        for n in node[1]:
            # zero-width items say nothing about the first character: look past them
            if (n[0] == 'group' and n[2][0] == 'seq' and not n[2][1]) or n[0] == 'at' \
                    or n[0] == 'look':
                continue
            return _first(ctx, n)
        return None
    if k == 'lit' or k == 'set':
        one = _single(ctx, node)
        if one[0] == 0:
            c = one[1]
            if c > '\x7f':
                return '', [(False, [('l', c)], False, True)]
            return c, []
        return one[1], ([one[2]] if one[2] is not None else [])
    if k == 'group':
        return _first(ctx, node[2])
    if k == 'atomic':
        return _first(ctx, node[1])
    if k == 'rep':
        if node[1] == 0:
            return None
        return _first(ctx, node[4])
    if k == 'alt':
        chars = ''
        slows = []
        for a in node[1]:
            f = _first(ctx, a)
            if f is None:
                return None
            for c in f[0]:
                if c not in chars:
                    chars += c
            slows = slows + f[1]
        return chars, slows
    return None


def _anchored(node):
    while True:
        k = node[0]
        if k == 'seq':
            if not node[1]:
                return False
            node = node[1][0]
        elif k == 'group':
            node = node[2]
        elif k == 'at':
            return node[1] == 'A' or (node[1] == '^' and not node[2] & M)
        else:
            return False


def compile_tree(tree, state, ngroups, isbytes):
    ctx = _Ctx(state, ngroups, isbytes)
    _emit(ctx, tree)
    ctx.emit((SUCCESS,))
    code = ctx.code
    for pc in range(len(code)):
        ins = code[pc]
        if ins[0] == REP1 and code[pc + 1][0] == CHAR:
            ins = ins[:6] + (code[pc + 1][1],)
        code[pc] = tuple(ins)
    p = Program()
    p.code = code
    p.nregs = max(ctx.nregs, 2)
    p.prefix = _prefix(tree)[0]
    p.anchored = _anchored(tree)
    if not p.prefix:
        f = _first(ctx, tree)
        if f is not None and (f[0] or f[1]):
            p.first = (f[0], tuple(f[1]))
    return p

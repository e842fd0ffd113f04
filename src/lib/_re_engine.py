# _re_engine.py: the re module's matcher: a backtracking machine with an explicit stack.
#
# The subject S is the string itself when it is ASCII (indexing is then O(1)), otherwise a list
# of its characters (bytes subjects are decoded as latin-1 first). Registers: regs[0] is the
# last closed group (lastindex), regs[2g] and regs[2g+1] the span of group g, then the registers
# of loops, lookarounds and atomic groups. Every register write pushes an undo entry, so a
# failed attempt leaves regs as it found them.
#
# The backtrack stack holds triples:
#   (pc >= 0, i, 0)      a choice point: resume at pc at position i
#   (-1, r, old)         undo a register write
#   (-2 - pc, j, bound)  a single-character repeat at pc that may give back (greedy) or take
#                        (lazy) one more character
#
# Instructions (tuples, opcode first; numbers as in _re_compile):
#   0 SUCCESS                      1 CHAR c          2 SET aset slow     3 ANY    4 ANYALL
#   5 STR text n list              6 SPLIT a b (try a first, then b)    7 JMP t
#   8 MARK r    9 MARKEND r g      10 AT kind [wordset slow]            11 REF g icase unicode
#   12 REP1 / 13 REP1L kind data slow lo hi nextc   (kind 0 char, 1 any, 2 anyall, 3 set)
#   14 LOOK r neg width exit behind   15 LOOKEND r neg behind
#   16 ATOM r   17 ATOMEND r         18 REPINIT r    19 REPMAX / 20 REPMIN r lo hi exit
#   21 REPINC r                      22 COND g nopc

_ASCII_SPACE = ' \t\n\r\f\v'
_ASCII_WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'


def _cat(c, cat, uni):
    if cat == 'd' or cat == 'D':
        r = c.isdecimal() if uni else '0' <= c <= '9'
    elif cat == 's' or cat == 'S':
        r = c.isspace() if uni else c in _ASCII_SPACE
    elif uni:
        r = c.isalnum() or c == '_'
    else:
        r = c in _ASCII_WORD
    return r if cat.islower() else not r


def _in_items(c, items, uni):
    for it in items:
        k = it[0]
        if k == 'l':
            if c == it[1]:
                return True
        elif k == 'r':
            if it[1] <= c <= it[2]:
                return True
        elif _cat(c, it[1], uni):
            return True
    return False


def slow_in(c, ts):
    """Whether character c passes the class ts = (neg, items, icase, unicode)."""
    neg, items, icase, uni = ts
    if _in_items(c, items, uni):
        return not neg
    if icase and (uni or c < '\x80'):
        lo = c.lower()
        up = c.upper()
        if len(lo) == 1 and lo != c and _in_items(lo, items, uni):
            return not neg
        if len(up) == 1 and up != c:
            if _in_items(up, items, uni):
                return not neg
            lo = up.lower()
            if len(lo) == 1 and lo != c and _in_items(lo, items, uni):
                return not neg
    return neg


def _one(ins, c):
    # the character test of a REP1/REP1L instruction
    k = ins[1]
    if k == 0:
        return c == ins[2]
    if k == 3:
        return c in ins[2] or (ins[3] is not None and c > '\x7f' and slow_in(c, ins[3]))
    if k == 1:
        return c != '\n'
    return True


def _lower(c):
    lo = c.lower()
    return lo if len(lo) == 1 else c


def _at(ins, S, i, end):
    k = ins[1]
    if k == 0:
        return i == 0
    if k == 1:
        return i == 0 or S[i - 1] == '\n'
    if k == 2:
        return i == end or (i == end - 1 and S[i] == '\n')
    if k == 3:
        return i == end or S[i] == '\n'
    if k == 4:
        return i == end
    if end == 0:
        return False
    ws = ins[2]
    sl = ins[3]
    before = False
    if i > 0:
        c = S[i - 1]
        before = c in ws or (sl is not None and c > '\x7f' and slow_in(c, sl))
    after = False
    if i < end:
        c = S[i]
        after = c in ws or (sl is not None and c > '\x7f' and slow_in(c, sl))
    return (before != after) == (k == 5)


def _ref(ins, S, i, end, regs):
    # a backreference: the new position, or -1
    g = ins[1]
    a = regs[2 * g]
    b = regs[2 * g + 1]
    if a < 0 or b < 0 or b < a:
        return -1
    n = b - a
    if i + n > end:
        return -1
    if not ins[2]:
        if S[a:b] == S[i:i + n]:
            return i + n
        return -1
    for k in range(n):
        x = S[a + k]
        y = S[i + k]
        if x != y:
            if not ins[3] and (x > '\x7f' or y > '\x7f'):
                return -1
            if _lower(x) != _lower(y) and x.upper() != y.upper():
                return -1
    return i + n


def _cut(stack, h):
    # drops the choice points above height h, keeping the undo entries
    if len(stack) == h:
        return
    keep = stack[h:]
    del stack[h:]
    for k in range(0, len(keep), 3):
        if keep[k] == -1:
            stack.append(-1)
            stack.append(keep[k + 1])
            stack.append(keep[k + 2])


def run(code, S, i, end, regs, full, adv):
    """Match code at position i; returns the end position (regs filled) or -1 (regs intact)."""
    start = i
    isstr = type(S) is str
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    while True:
        ins = code[pc]
        op = ins[0]
        if op == 1:
            if i < end and S[i] == ins[1]:
                i += 1
                pc += 1
                continue
        elif op == 2:
            if i < end:
                c = S[i]
                if c in ins[1] or (ins[2] is not None and c > '\x7f' and slow_in(c, ins[2])):
                    i += 1
                    pc += 1
                    continue
        elif op == 12 and i + ins[4] <= end:
            hi = ins[5]
            lim = end if hi >= end - i else i + hi
            j = i
            k = ins[1]
            if k == 3:
                aset = ins[2]
                sl = ins[3]
                while j < lim:
                    c = S[j]
                    if c in aset or (sl is not None and c > '\x7f' and slow_in(c, sl)):
                        j += 1
                    else:
                        break
            elif k == 0:
                c = ins[2]
                while j < lim and S[j] == c:
                    j += 1
            elif k == 1:
                if isstr:
                    j = S.find('\n', i, lim)
                    if j < 0:
                        j = lim
                else:
                    while j < lim and S[j] != '\n':
                        j += 1
            else:
                j = lim
            least = i + ins[4]
            if j >= least:
                nc = ins[6]
                if nc is not None:
                    while j >= least and (j >= end or S[j] != nc):
                        j -= 1
                if j >= least:
                    if j > least:
                        push(-2 - pc)
                        push(j)
                        push(least)
                    i = j
                    pc += 1
                    continue
        elif op == 5:
            n = ins[2]
            if i + n <= end:
                if S.startswith(ins[1], i) if isstr else S[i:i + n] == ins[3]:
                    i += n
                    pc += 1
                    continue
        elif op == 6:
            push(ins[2])
            push(i)
            push(0)
            pc = ins[1]
            continue
        elif op == 7:
            pc = ins[1]
            continue
        elif op == 8:
            r = ins[1]
            push(-1)
            push(r)
            push(regs[r])
            regs[r] = i
            pc += 1
            continue
        elif op == 9:
            r = ins[1]
            push(-1)
            push(r)
            push(regs[r])
            push(-1)
            push(0)
            push(regs[0])
            regs[r] = i
            regs[0] = ins[2]
            pc += 1
            continue
        elif op == 0:
            if not ((full and i != end) or (adv and i == start)):
                return i
        elif op == 3:
            if i < end and S[i] != '\n':
                i += 1
                pc += 1
                continue
        elif op == 4:
            if i < end:
                i += 1
                pc += 1
                continue
        elif op == 10:
            if _at(ins, S, i, end):
                pc += 1
                continue
        elif op == 13:
            hi = ins[5]
            lim = end if hi >= end - i else i + hi
            j = i
            least = i + ins[4]
            if least <= lim:
                while j < least and _one(ins, S[j]):
                    j += 1
                if j == least:
                    if j < lim:
                        push(-2 - pc)
                        push(j)
                        push(lim)
                    i = j
                    pc += 1
                    continue
        elif op == 19 or op == 20:
            # a counted loop: regs[r] iterations so far, regs[r + 1] where the last
            # iteration beyond the minimum started (an empty one there ends the loop)
            r = ins[1]
            c = regs[r]
            if c < ins[2]:
                push(-1)
                push(r)
                push(c)
                regs[r] = c + 1
                pc += 2
                continue
            if c < ins[3] and i != regs[r + 1]:
                if op == 19:
                    push(ins[4])
                    push(i)
                    push(0)
                    pc += 1
                    continue
                push(pc + 1)
                push(i)
                push(0)
            pc = ins[4]
            continue
        elif op == 21:
            r = ins[1]
            push(-1)
            push(r)
            push(regs[r])
            push(-1)
            push(r + 1)
            push(regs[r + 1])
            regs[r] += 1
            regs[r + 1] = i
            pc += 1
            continue
        elif op == 18:
            r = ins[1]
            push(-1)
            push(r)
            push(regs[r])
            push(-1)
            push(r + 1)
            push(regs[r + 1])
            regs[r] = 0
            regs[r + 1] = -1
            pc += 1
            continue
        elif op == 11:
            j = _ref(ins, S, i, end, regs)
            if j >= 0:
                i = j
                pc += 1
                continue
        elif op == 14:
            r = ins[1]
            w = ins[3]
            if i >= w:
                push(-1)
                push(r)
                push(regs[r])
                push(-1)
                push(r + 1)
                push(regs[r + 1])
                regs[r] = len(stack)
                regs[r + 1] = i
                if ins[2]:
                    push(ins[4])
                    push(i)
                    push(0)
                i -= w
                pc += 1
                continue
            if ins[2]:
                pc = ins[4]
                continue
        elif op == 15:
            r = ins[1]
            if not ins[3] or i == regs[r + 1]:
                h = regs[r]
                if ins[2]:
                    while len(stack) > h:
                        b = pop()
                        a = pop()
                        if pop() == -1:
                            regs[a] = b
                else:
                    _cut(stack, h)
                    i = regs[r + 1]
                    pc += 1
                    continue
        elif op == 16:
            r = ins[1]
            push(-1)
            push(r)
            push(regs[r])
            regs[r] = len(stack)
            pc += 1
            continue
        elif op == 17:
            _cut(stack, regs[ins[1]])
            pc += 1
            continue
        elif op == 22:
            g = ins[1]
            if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = ins[2]
            continue
        # failure: back to the latest choice point
        while stack:
            b = pop()
            a = pop()
            e = pop()
            if e >= 0:
                pc = e
                i = a
                break
            if e == -1:
                regs[a] = b
                continue
            p = -2 - e
            ins = code[p]
            if ins[0] == 12:
                j = a - 1
                nc = ins[6]
                if nc is not None:
                    while j >= b and S[j] != nc:
                        j -= 1
                    if j < b:
                        continue
                if j > b:
                    push(e)
                    push(j)
                    push(b)
                i = j
                pc = p + 1
                break
            if _one(ins, S[a]):
                j = a + 1
                if j < b:
                    push(e)
                    push(j)
                    push(b)
                i = j
                pc = p + 1
                break
        else:
            return -1


def subject(string):
    """The indexable form of a str or bytes subject."""
    if type(string) is not str:
        string = string.decode('latin-1')
    if string.isascii():
        return string
    return list(string)


def search(prog, S, pos, end, regs, full, adv, anchored):
    """First match at or after pos: its start (regs filled, end in regs[1]) or -1."""
    code = prog.code
    if anchored:
        e = run(code, S, pos, end, regs, full, adv)
        if e < 0:
            return -1
        regs[1] = e
        return pos
    if prog.anchored:
        if pos != 0:
            return -1
        e = run(code, S, pos, end, regs, full, adv)
        if e < 0:
            return -1
        regs[1] = e
        return pos
    prefix = prog.prefix
    first = prog.first
    isstr = type(S) is str
    i = pos
    while i <= end:
        if prefix:
            if isstr:
                i = S.find(prefix, i, end)
                if i < 0:
                    return -1
            else:
                c = prefix[0]
                while i < end and S[i] != c:
                    i += 1
                if i >= end:
                    return -1
        elif first is not None:
            aset = first[0]
            slows = first[1]
            while i < end:
                c = S[i]
                if c in aset:
                    break
                if c > '\x7f' and slows:
                    ok = False
                    for sl in slows:
                        if slow_in(c, sl):
                            ok = True
                            break
                    if ok:
                        break
                i += 1
            if i >= end:
                return -1
        e = run(code, S, i, end, regs, full, adv and i == pos)
        if e >= 0:
            regs[1] = e
            return i
        i += 1
    return -1

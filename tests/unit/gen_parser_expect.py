#!/usr/bin/env python3
"""gen_parser_expect.py: writes the expected results of the parser tests from CPython 3.11 itself.

For every tests/unit/parser_cases/NAME.py (NAME.eval.py: eval input) it writes NAME.ast, the tree
from CPython's own `ast` module in the canonical S-expression form that test_parser.c prints for
the myriad tree, or NAME.err, "LINE:COL: KIND: message" from CPython's SyntaxError (COL is the
0-based byte column of the caret, -1 when CPython gives no caret).

Usage: python3 tests/unit/gen_parser_expect.py [case_dir] [--check]
"""
import ast
import io
import os
import re
import sys
import tokenize

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_parser_expect.py needs CPython 3.11 (the parser mirrors its grammar and messages)")


def q(b):
    """Quotes bytes the way the C dumper does."""
    out = ['"']
    for c in b:
        if c == 0x5C:
            out.append('\\\\')
        elif c == 0x22:
            out.append('\\"')
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append('\\x%02x' % c)
    out.append('"')
    return ''.join(out)


class Dumper:
    def __init__(self, src):
        self.src = src
        self.lines = re.split('\r\n|\r|\n', src)

    def segment(self, n):
        """Source text of node n from its positions (byte columns)."""
        l0, c0, l1, c1 = n.lineno - 1, n.col_offset, n.end_lineno - 1, n.end_col_offset
        if l0 == l1:
            return self.lines[l0].encode()[c0:c1].decode()
        parts = [self.lines[l0].encode()[c0:].decode()]
        parts += self.lines[l0 + 1:l1]
        parts.append(self.lines[l1].encode()[:c1].decode())
        return '\n'.join(parts)

    @staticmethod
    def pos(n):
        return '@%d:%d-%d' % (n.lineno, n.col_offset, n.end_lineno)

    def lst(self, xs, fn=None):
        fn = fn or self.node
        return '[' + ' '.join(fn(x) for x in xs) + ']'

    def opt(self, x):
        return '_' if x is None else self.node(x)

    def string_tokens(self, n):
        seg = self.segment(n)
        toks = []
        for t in tokenize.generate_tokens(io.StringIO('(' + seg + ')').readline):
            if t.type == tokenize.STRING:
                toks.append(q(t.string.encode('utf-8', 'surrogatepass')))
        return '[' + ' '.join(toks) + ']'

    def joined_values(self, values):
        return '[' + ' '.join(self.fpart(v) for v in values) + ']'

    def fpart(self, v):
        if isinstance(v, ast.Constant):
            return '(Lit %s)' % q(v.value.encode('utf-8', 'surrogatepass'))
        if isinstance(v, ast.FormattedValue):
            spec = '_' if v.format_spec is None else '(JoinedStr %s)' % self.joined_values(v.format_spec.values)
            return '(FormattedValue %s %d %s)' % (self.node(v.value), v.conversion, spec)
        raise ValueError('unexpected f-string part %r' % v)

    def arguments(self, a):
        arg = lambda x: '(arg%s %s)' % (self.pos(x), x.arg)
        return '(arguments %s %s %s %s %s %s %s)' % (
            self.lst(a.posonlyargs, arg), self.lst(a.args, arg),
            '_' if a.vararg is None else arg(a.vararg),
            self.lst(a.kwonlyargs, arg), self.lst(a.kw_defaults, self.opt),
            '_' if a.kwarg is None else arg(a.kwarg), self.lst(a.defaults))

    def node(self, n):
        t = type(n).__name__
        p = self.pos(n) if hasattr(n, 'lineno') else ''
        N, L, O = self.node, self.lst, self.opt
        if isinstance(n, (ast.operator, ast.boolop, ast.unaryop, ast.cmpop)):
            return t
        if t == 'FunctionDef':
            return '(FunctionDef%s %s %s %s %s)' % (p, n.name, self.arguments(n.args), L(n.body), L(n.decorator_list))
        if t == 'ClassDef':
            return '(ClassDef%s %s %s %s %s %s)' % (p, n.name, L(n.bases), L(n.keywords), L(n.body), L(n.decorator_list))
        if t == 'Return':
            return '(Return%s %s)' % (p, O(n.value))
        if t == 'Delete':
            return '(Delete%s %s)' % (p, L(n.targets))
        if t == 'Assign':
            return '(Assign%s %s %s)' % (p, L(n.targets), N(n.value))
        if t == 'AugAssign':
            return '(AugAssign%s %s %s %s)' % (p, N(n.target), N(n.op), N(n.value))
        if t == 'AnnAssign':
            return '(AnnAssign%s %s %s %s %d)' % (p, N(n.target), N(n.annotation), O(n.value), n.simple)
        if t == 'For':
            return '(For%s %s %s %s %s)' % (p, N(n.target), N(n.iter), L(n.body), L(n.orelse))
        if t == 'While':
            return '(While%s %s %s %s)' % (p, N(n.test), L(n.body), L(n.orelse))
        if t == 'If':
            return '(If%s %s %s %s)' % (p, N(n.test), L(n.body), L(n.orelse))
        if t == 'With':
            return '(With%s %s %s)' % (p, L(n.items), L(n.body))
        if t == 'withitem':
            return '(withitem %s %s)' % (N(n.context_expr), O(n.optional_vars))
        if t == 'Raise':
            return '(Raise%s %s %s)' % (p, O(n.exc), O(n.cause))
        if t == 'Try':
            return '(Try%s %s %s %s %s)' % (p, L(n.body), L(n.handlers), L(n.orelse), L(n.finalbody))
        if t == 'ExceptHandler':
            return '(ExceptHandler%s %s %s %s)' % (p, O(n.type), n.name or '_', L(n.body))
        if t == 'Assert':
            return '(Assert%s %s %s)' % (p, N(n.test), O(n.msg))
        if t == 'Import':
            return '(Import%s %s)' % (p, L(n.names))
        if t == 'ImportFrom':
            return '(ImportFrom%s %s %s %d)' % (p, n.module or '_', L(n.names), n.level)
        if t == 'alias':
            return '(alias%s %s %s)' % (p, n.name, n.asname or '_')
        if t in ('Global', 'Nonlocal'):
            return '(%s%s [%s])' % (t, p, ' '.join(n.names))
        if t == 'Expr':
            return '(Expr%s %s)' % (p, N(n.value))
        if t in ('Pass', 'Break', 'Continue'):
            return '(%s%s)' % (t, p)
        if t == 'BoolOp':
            return '(BoolOp%s %s %s)' % (p, N(n.op), L(n.values))
        if t == 'NamedExpr':
            return '(NamedExpr%s %s %s)' % (p, N(n.target), N(n.value))
        if t == 'BinOp':
            return '(BinOp%s %s %s %s)' % (p, N(n.left), N(n.op), N(n.right))
        if t == 'UnaryOp':
            return '(UnaryOp%s %s %s)' % (p, N(n.op), N(n.operand))
        if t == 'Lambda':
            return '(Lambda%s %s %s)' % (p, self.arguments(n.args), N(n.body))
        if t == 'IfExp':
            return '(IfExp%s %s %s %s)' % (p, N(n.test), N(n.body), N(n.orelse))
        if t == 'Dict':
            return '(Dict%s %s %s)' % (p, L(n.keys, O), L(n.values))
        if t == 'Set':
            return '(Set%s %s)' % (p, L(n.elts))
        if t in ('ListComp', 'SetComp', 'GeneratorExp'):
            return '(%s%s %s %s)' % (t, p, N(n.elt), L(n.generators))
        if t == 'DictComp':
            return '(DictComp%s %s %s %s)' % (p, N(n.key), N(n.value), L(n.generators))
        if t == 'comprehension':
            return '(comprehension %s %s %s)' % (N(n.target), N(n.iter), L(n.ifs))
        if t == 'Yield':
            return '(Yield%s %s)' % (p, O(n.value))
        if t == 'YieldFrom':
            return '(YieldFrom%s %s)' % (p, N(n.value))
        if t == 'Compare':
            return '(Compare%s %s %s %s)' % (p, N(n.left), L(n.ops), L(n.comparators))
        if t == 'Call':
            return '(Call%s %s %s %s)' % (p, N(n.func), L(n.args), L(n.keywords))
        if t == 'keyword':
            return '(keyword%s %s %s)' % (p, n.arg or '_', N(n.value))
        if t == 'JoinedStr':
            return '(JoinedStr%s %s)' % (p, self.joined_values(n.values))
        if t == 'Constant':
            if isinstance(n.value, (str, bytes)):
                return '(Str%s %s)' % (p, self.string_tokens(n))
            return '(Constant%s %s)' % (p, self.segment(n))
        if t == 'Attribute':
            return '(Attribute%s %s %s)' % (p, N(n.value), n.attr)
        if t == 'Subscript':
            return '(Subscript%s %s %s)' % (p, N(n.value), N(n.slice))
        if t == 'Starred':
            return '(Starred%s %s)' % (p, N(n.value))
        if t == 'Name':
            return '(Name%s %s)' % (p, n.id)
        if t in ('List', 'Tuple'):
            return '(%s%s %s)' % (t, p, L(n.elts))
        if t == 'Slice':
            return '(Slice%s %s %s %s)' % (p, O(n.lower), O(n.upper), O(n.step))
        raise ValueError('node kind %s not covered' % t)


def expected(path):
    """(suffix, text) for one case file."""
    raw = open(path, 'rb').read()
    src = raw.decode('utf-8')
    mode = 'eval' if path.endswith('.eval.py') else 'exec'
    try:
        tree = ast.parse(raw, filename=path, mode=mode)
    except SyntaxError as e:
        lines = re.split('\r\n|\r|\n', src)
        if e.offset is None or e.offset < 1:
            col = -1
        else:
            line = lines[e.lineno - 1] if e.lineno and e.lineno <= len(lines) else ''
            col = len(line[:e.offset - 1].encode('utf-8'))
        return '.err', '%d:%d: %s: %s\n' % (e.lineno or 0, col, type(e).__name__, e.msg)
    d = Dumper(src)
    if mode == 'eval':
        return '.ast', d.node(tree.body) + '\n'
    return '.ast', ''.join(d.node(s) + '\n' for s in tree.body)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    check = '--check' in sys.argv
    case_dir = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'parser_cases')
    stale = 0
    for name in sorted(os.listdir(case_dir)):
        if not name.endswith('.py'):
            continue
        path = os.path.join(case_dir, name)
        suffix, text = expected(path)
        base = path[:-3]
        out = base + suffix
        other = base + ('.ast' if suffix == '.err' else '.err')
        old = open(out).read() if os.path.exists(out) else None
        if old != text or os.path.exists(other):
            stale += 1
            if check:
                print('stale: %s' % out)
            else:
                with open(out, 'w') as f:
                    f.write(text)
                if os.path.exists(other):
                    os.remove(other)
    if check and stale:
        sys.exit(1)


if __name__ == '__main__':
    main()

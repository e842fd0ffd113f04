"""cpython_repl.py: what `myriad repl -n N` must print for an input file, produced by CPython itself.

Every interpreter i of the session is played by one CPython code.InteractiveConsole whose globals hold
tid = i and nthreads = N; the input is fed line by line as at Python's prompt. For N = 1 the output is
CPython's own; for N > 1 each input's outputs are grouped as myriad groups them: stdout groups, then
stderr of interpreters that did not fail, then failures (keyed by the traceback's last line, shown
with the first interpreter's traceback), each group headed by its id ranges.
Usage: cpython_repl.py INPUT N [LIMIT]  (prints stdout and stderr merged, in myriad's order)."""
import codeop
import io
import sys
import traceback


COMPOUND = ("if", "while", "for", "try", "with", "def", "class", "async")


def starts_compound(line):
    s = line.lstrip(" \t")
    if s.startswith("@"):
        return True
    return any(s.startswith(k) and s[len(k):len(k) + 1] in (" ", "\t", ":", "(") for k in COMPOUND)


def run_input(src, final, env):
    """Compiles and runs one input as Python's prompt does; returns (stdout, stderr, failed, syntax,
    exited), or None while more lines could complete it (an empty line, or the end of input, ends
    a block that never began: then the SyntaxError is CPython's compile() error)."""
    try:
        code = codeop.compile_command(src, "<stdin>", "single")
        if code is None and (final or src.endswith("\n\n")):
            code = compile(src, "<stdin>", "single")
    except SyntaxError as e:
        code = e
    if code is None:
        return None
    out, err = io.StringIO(), io.StringIO()
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    failed = syntax = exited = False
    try:
        if isinstance(code, SyntaxError):
            syntax = True
            err.write("".join(traceback.format_exception_only(type(code), code)))
        else:
            try:
                exec(code, env)
            except SystemExit:
                exited = True
            except BaseException as e:
                failed = True
                err.write("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)))
    finally:
        sys.stdout, sys.stderr = real
    return out.getvalue(), err.getvalue(), failed, syntax, exited


def play(lines, tid, n):
    """One interpreter's session: (stdout, stderr, failed, syntax, exited) for every input."""
    env = {"__name__": "__main__", "__doc__": None, "tid": tid, "nthreads": n}
    sys.displayhook = sys.__displayhook__
    results, buf = [], []
    for line in lines + [None]:
        final = line is None
        if final and not buf:
            break
        if not final:
            if not buf and (line.strip() == "" or line.startswith(":")):
                continue
            buf.append(line)
            if starts_compound(buf[0]) and line.strip() != "":
                continue
        r = run_input("\n".join(buf) + "\n", final, env)
        if r is None:
            continue
        results.append(r)
        buf = []
        if r[4]:
            break
    return results


def ranges(ids):
    parts, start, prev = [], None, None
    for i in ids:
        if start is None:
            start = prev = i
        elif i == prev + 1:
            prev = i
        else:
            parts.append((start, prev))
            start = prev = i
    if start is not None:
        parts.append((start, prev))
    text = [str(a) if a == b else f"{a}-{b}" for a, b in parts]
    if len(text) > 12:
        text = text[:10] + ["...", text[-1]]
    return ",".join(text)


def group_lines(groups, limit):
    """groups: list of (ids, text) by first id."""
    lines = []
    for ids, text in groups[:limit]:
        head = f"[{ranges(ids)}]" + (f" ({len(ids)}x)" if len(ids) > 1 else "")
        if text.endswith("\n") and "\n" not in text[:-1] and len(text) > 1:
            lines.append(head + " " + text)
            continue
        lines.append(head + "\n")
        body = text[:-1] if text.endswith("\n") else text
        for part in body.split("\n"):
            lines.append("  " + part + "\n")
        if not text.endswith("\n"):
            lines.append("\\ no newline at end\n")
    rest = groups[limit:]
    if rest:
        more = sum(len(ids) for ids, _ in rest)
        lines.append(f"... {len(rest)} more distinct output{'' if len(rest) == 1 else 's'} from {more} "
                     f"interpreter{'' if more == 1 else 's'} (:limit N shows more)\n")
    return "".join(lines)


def grouped(items, key):
    order, by = [], {}
    for tid, value in items:
        k = key(value)
        if k not in by:
            by[k] = ([], value)
            order.append(k)
        by[k][0].append(tid)
    return [(by[k][0], by[k][1]) for k in order]


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    with open(path) as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    sessions = [play(lines, tid, n) for tid in range(n)]
    if n == 1:
        sys.stdout.write("".join(o + e for o, e, *_ in sessions[0]))
        return
    for k in range(max(len(s) for s in sessions)):
        rows = [(tid, s[k]) for tid, s in enumerate(sessions) if k < len(s)]
        if rows[0][1][3]:   # a syntax error is found once, on the host
            sys.stdout.write(rows[0][1][1])
            continue
        outs = grouped([(t, r[0]) for t, r in rows if r[0]], lambda v: v)
        errs = grouped([(t, r[1]) for t, r in rows if r[1] and not r[2] and not r[4]], lambda v: v)
        fails = grouped([(t, r[1]) for t, r in rows if r[2]], lambda v: v.rstrip("\n ").split("\n")[-1])
        sys.stdout.write(group_lines(outs, limit) + group_lines(errs, limit) + group_lines(fails, limit))


main()

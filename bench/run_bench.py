#!/usr/bin/env python3
"""run_bench.py: myriad against CPython on the workloads bench/*.py, side by side, on this machine.

Measures, for every workload W.py (each prints a checksum):
  (a) one interpreter:   `myriad run W.py` vs `python3 W.py`, wall time, best of --reps;
  (b) many interpreters: `myriad run W.py -n N --threads T` vs N `python3 W.py` processes run
      T at a time (T = number of cores), as interpreter runs per second.
Every output is checked against python3's: a differing output is reported loudly (the run exits
with status 1); a workload that myriad cannot run (a missing feature) is reported as "fails" with
its error line, and the run goes on.

Prints a Markdown table (for docs/PERFORMANCE.md) and writes it to build/bench.md.
Standard library only.
"""

import argparse
import concurrent.futures
import datetime
import math
import os
import platform
import shlex
import shutil
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)


class RunFailure(Exception):
    """A command that exited non-zero, timed out, or printed the wrong output."""

    def __init__(self, kind, line, detail=""):
        super().__init__(line)
        self.kind = kind        # "fails", "timeout", "wrong output"
        self.line = line        # one line for the table
        self.detail = detail    # more text for stderr


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def error_line(stderr, rc):
    """The line that says what went wrong: the exception line of a traceback, else the first line."""
    lines = [l.strip() for l in stderr.splitlines() if l.strip()]
    if not lines:
        return "exit status %d, no error output" % rc
    if any(l.startswith("Traceback") for l in lines):
        # the exception is the last line of the traceback (skip myriad's own summary lines, if any)
        for l in reversed(lines):
            if not l.startswith("myriad:") and not l.startswith("File ") and not l.startswith("^"):
                return l
    return lines[0]


def one_line(s, limit=110):
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 3] + "..."


def run_cmd(argv, timeout):
    """Runs argv in bench/, returns (wall seconds, stdout, stderr, rc). Raises RunFailure on timeout."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, cwd=BENCH_DIR, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RunFailure("timeout", "timeout after %gs" % timeout, " ".join(argv))
    wall = time.perf_counter() - t0
    return (wall, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode)


def diff_text(expected, got, limit=20):
    import difflib
    d = list(difflib.unified_diff(expected.splitlines(), got.splitlines(), "python3", "myriad", lineterm="", n=1))
    if len(d) > limit:
        d = d[:limit] + ["... (%d more diff lines)" % (len(d) - limit)]
    return "\n".join(d)


def checked(argv, expected, timeout, who):
    """Runs argv; returns its wall time if it succeeded with exactly the expected stdout."""
    wall, out, err, rc = run_cmd(argv, timeout)
    if rc != 0:
        raise RunFailure("fails" if who == "myriad" else "python3 fails", error_line(err, rc),
                         "$ %s\n(exit status %d)\n%s" % (" ".join(argv), rc, err[-2000:]))
    if expected is not None and out != expected:
        raise RunFailure("wrong output", "output differs from python3's",
                         "$ %s\n%s" % (" ".join(argv), diff_text(expected, out)))
    return wall, out


def grouped_output(out, n):
    """What `myriad run -n N` prints on stdout when all N interpreters print `out` (see myriad --help)."""
    if out == "":
        return ""
    hdr = "[0]" if n == 1 else "[0-%d] (%dx)" % (n - 1, n)
    lines = out.split("\n")
    ends_nl = out.endswith("\n")
    if ends_nl:
        lines.pop()
    if len(lines) == 1 and lines[0] != "" and ends_nl:
        return "%s %s\n" % (hdr, lines[0])
    if len(lines) == 1 and lines[0] != "":   # one line without a newline: still on the header line
        return "%s %s\n" % (hdr, lines[0])
    text = hdr + "\n" + "".join("  %s\n" % l for l in lines)
    if not ends_nl:
        text += "\\ no newline at end\n"
    return text


def bench_single(name, myriad, python, reps, timeout, res):
    """(a): best-of-reps wall times of python3 and myriad, one interpreter each, into res."""
    py_times = []
    expected = None
    for _ in range(reps):
        wall, out = checked([python, name + ".py"], expected, timeout, "python3")
        expected = out if expected is None else expected
        py_times.append(wall)
    res["expected"] = expected
    res["py"] = min(py_times)
    my_times = []
    for _ in range(reps):
        wall, _out = checked([myriad, "run", name + ".py", "--backend", "cpu"], expected, timeout, "myriad")
        my_times.append(wall)
    res["my"] = min(my_times)


def bench_many(name, myriad, python, expected, n, threads, timeout):
    """(b): N interpreters on `threads` cores. Returns (python3 runs/s, myriad runs/s)."""
    # python3: N processes, `threads` at a time
    def one(_i):
        return checked([python, name + ".py"], expected, timeout, "python3")

    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as ex:
        for _ in ex.map(one, range(n)):
            pass
    py_wall = time.perf_counter() - t0
    # myriad: one process, N interpreters, all printing the same checksum
    want = grouped_output(expected, n)
    my_wall, _ = checked([myriad, "run", name + ".py", "-n", str(n), "--threads", str(threads), "--backend", "cpu"],
                         want, timeout * max(1, n // threads + 1), "myriad")
    return n / py_wall, n / my_wall


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt_s(x):
    return "–" if x is None else "%.3f" % x


def fmt_rate(x):
    return "–" if x is None else ("%.2f" % x if x < 100 else "%.0f" % x)


def fmt_ratio(x):
    return "–" if x is None else "%.2fx" % x


def tool_version(argv):
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        return p.stdout.decode("utf-8", "replace").strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"


def load_average():
    try:
        return "%.2f" % os.getloadavg()[0]
    except (OSError, AttributeError):
        return "unknown"


def git_rev():
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, timeout=30).stdout.decode().strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               timeout=30).stdout.decode().strip()
        return rev + (" (with uncommitted changes)" if dirty else "") if rev else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def workloads():
    names = []
    for f in sorted(os.listdir(BENCH_DIR)):
        if f.endswith(".py") and not f.endswith("_bench.py") and not f.startswith("_"):   # *_bench.py: the runners
            names.append(f[:-3])
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--myriad", default=os.path.join(ROOT, "build", "myriad"), help="myriad binary (default build/myriad)")
    ap.add_argument("--python", default=shutil.which("python3") or "python3", help="CPython to compare with (default python3)")
    ap.add_argument("--quick", action="store_true", help="one repetition and a smaller N")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="run only this workload (repeatable, or comma-separated)")
    ap.add_argument("--reps", type=int, default=None, help="repetitions for (a), best taken (default 3, --quick 1)")
    ap.add_argument("-n", type=int, default=None, help="interpreters for (b) (default 8*cores, --quick 2*cores)")
    ap.add_argument("--threads", type=int, default=None, help="cores used in (b) (default: all, nproc)")
    ap.add_argument("--no-many", action="store_true", help="skip (b)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds allowed for one run (default 300)")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench.md"), help="where to write the table")
    args = ap.parse_args()

    myriad = os.path.abspath(args.myriad)
    if not os.access(myriad, os.X_OK):
        sys.exit("run_bench: no myriad binary at %s (build it first: make)" % myriad)
    python = args.python
    cores = os.cpu_count() or 1
    threads = args.threads or cores
    reps = args.reps or (1 if args.quick else 3)
    n_many = args.n or ((2 if args.quick else 8) * threads)

    names = workloads()
    if args.only:
        want = [w.strip().removesuffix(".py") for o in args.only for w in o.split(",") if w.strip()]
        unknown = [w for w in want if w not in names]
        if unknown:
            sys.exit("run_bench: no workload %s (have: %s)" % (", ".join(unknown), ", ".join(names)))
        names = [w for w in names if w in want]

    load_before = load_average()
    cmdline = "python3 bench/run_bench.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    print("run_bench: %d workloads, best of %d; (b): N=%d interpreters on %d cores" % (len(names), reps, n_many, threads),
          file=sys.stderr)
    rows = []
    wrong = []
    for name in names:
        row = {"name": name, "py": None, "my": None, "a": None, "py_rate": None, "my_rate": None, "b": None,
               "note": None, "expected": None}
        print("  %-14s" % name, end=" ", file=sys.stderr, flush=True)
        try:
            r = row
            bench_single(name, myriad, python, reps, args.timeout, row)
            row["a"] = r["py"] / r["my"]
            print("(a) python3 %.3fs myriad %.3fs" % (r["py"], r["my"]), end=" ", file=sys.stderr, flush=True)
            if not args.no_many:
                pr, mr = bench_many(name, myriad, python, r["expected"], n_many, threads, args.timeout)
                row["py_rate"], row["my_rate"], row["b"] = pr, mr, mr / pr
                print("(b) python3 %.2f/s myriad %.2f/s" % (pr, mr), end="", file=sys.stderr)
            print(file=sys.stderr)
        except RunFailure as f:
            row["note"] = "%s: %s" % (f.kind, f.line)
            print("\n    %s %s: %s" % ("!!!" if f.kind != "fails" else "--", f.kind.upper(), f.line),
                  file=sys.stderr)
            if f.detail:
                print("    " + f.detail.replace("\n", "\n    "), file=sys.stderr)
            if f.kind != "fails":   # a wrong output, or the workload itself is broken
                wrong.append(name)
        rows.append(row)

    date = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = []
    lines.append("Machine: %s, %d cores; %s; %s; %s; myriad commit %s" %
                 (cpu_model(), cores, date, tool_version([python, "--version"]), tool_version([myriad, "--version"]), git_rev()))
    lines.append("")
    lines.append("Command: `%s` (myriad: `%s`); 1-minute load average before / after: %s / %s"
                 % (cmdline.strip(), os.path.relpath(myriad, ROOT), load_before, load_average()))
    lines.append("")
    lines.append("(a) one interpreter: wall time of `myriad run W.py` and `python3 W.py`, best of %d. "
                 "(b) %d interpreters: `myriad run W.py -n %d --threads %d` against %d `python3 W.py` processes "
                 "run %d at a time, in runs per second. Speedup = myriad / python3 speed (> 1: myriad is faster)."
                 % (reps, n_many, n_many, threads, n_many, threads))
    lines.append("")
    lines.append("| workload | python3 (s) | myriad (s) | speedup (a) | python3 runs/s | myriad runs/s | speedup (b) |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        if r["note"] and r["a"] is None:
            lines.append("| %s | %s | **%s** | – | – | – | – |" % (r["name"], fmt_s(r["py"]), one_line(r["note"]).replace("|", "\\|")))
            continue
        b = fmt_ratio(r["b"]) if not r["note"] else one_line(r["note"]).replace("|", "\\|")
        lines.append("| %s | %s | %s | %s | %s | %s | %s |" % (r["name"], fmt_s(r["py"]), fmt_s(r["my"]), fmt_ratio(r["a"]),
                                                         fmt_rate(r["py_rate"]), fmt_rate(r["my_rate"]), b))
    ga = geomean([r["a"] for r in rows])
    gb = geomean([r["b"] for r in rows])
    nfail = sum(1 for r in rows if r["note"])
    lines.append("| **geometric mean** | | | **%s** | | | **%s** |" % (fmt_ratio(ga), fmt_ratio(gb)))
    if nfail:
        lines.append("")
        lines.append("%d of %d workloads failed (see the table); the geometric means are over the others." % (nfail, len(rows)))
    table = "\n".join(lines) + "\n"
    print()
    print(table, end="")
    try:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w") as f:
            f.write(table)
        print("\nrun_bench: table written to %s" % os.path.relpath(os.path.abspath(args.out)), file=sys.stderr)
    except OSError as e:
        print("run_bench: cannot write %s: %s" % (args.out, e), file=sys.stderr)
    if wrong:
        print("\nrun_bench: ERROR: wrong output, timeout or broken workload: %s" % ", ".join(wrong),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

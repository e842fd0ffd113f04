#!/usr/bin/env python3
"""Runner for the myriad Python test corpus in tests/py/ (standard library only).

Usage
-----
  python3 tests/run_py_tests.py [--myriad build/myriad] [--filter SUBSTR]
                                [--dir DIR] [--known FILE] [--summary]
                                [--python] [--regen] [--extra-args ARG ...]

  --myriad PATH     interpreter under test (default: build/myriad)
  --filter SUBSTR   only scripts whose file name contains SUBSTR
  --dir DIR         the corpus directory (default tests/py; tests/conformance is
                    the conformance corpus: `make conformance`)
  --known FILE      the list of known failures (default tests/known_failures.txt,
                    or DIR/known_differences.txt with --dir)
  --summary         end with a pass-rate line and the list of failing scripts
  --python          self-check: run the corpus under CPython (with the tid
                    emulation below) instead of myriad and compare against the
                    expected files
  --regen           (re)write the expected files with CPython; this is what
                    tests/regen_expected.sh runs
  --extra-args ...  everything after this flag is appended to every myriad
                    command line, e.g. `--extra-args --heap 1M` (a single quoted
                    string such as "--heap 1M" is split shell-style); must be
                    the last option

The last line printed is exactly `N passed, M failed` (`, K skipped` when runs listed as
known failures fail); exit status 1 if M > 0. With --summary, a pass-rate line follows.

Conventions
-----------
* Scripts are run from the repository root as `tests/py/NAME.py` (so paths in
  tracebacks read `File "tests/py/NAME.py", line N, in NAME`), stdin is
  /dev/null, with a timeout of 30 s per invocation.

* Single-interpreter run of every script:
      build/myriad run tests/py/NAME.py -n 1 [EXTRA...]
  compared with:
      NAME.out   expected stdout
      NAME.err   expected stderr -- only for error tests (file name starts
                 with `err_`); both sides are normalized first: CPython's
                 caret-only lines (whitespace plus at least one `^` or `~`)
                 are removed and `File "<absolute repo root>/` is shortened
                 to `File "` (CPython reports the script by absolute path)
      NAME.code  expected exit status, present only when nonzero (absent = 0)
  Non-error tests must exit 0 with empty stderr.

* Multi-interpreter directive: a script whose FIRST line is
      # myriad: n=K            (K > 1; several allowed as `n=4,16`)
  is additionally run as
      build/myriad run tests/py/NAME.py -n K --each [EXTRA...]
  and its stdout is compared with NAME.nK.out; exit status must be 0 and
  stderr empty.

* `--each` output format (see format_each()): for interpreter ids
  k = 0, 1, ..., K-1 in that order, every line of interpreter k's stdout is
  printed as `[k] ` + line + `\\n` (no padding of k).  A final line without a
  trailing newline is still terminated with `\\n`; an interpreter with empty
  stdout contributes nothing.

* tid emulation under CPython: myriad predefines the globals `tid` (0..K-1)
  and `nthreads` (K).  CPython does not, so:
    - every script that uses them begins with
          try:
              tid
          except NameError:
              tid, nthreads = 0, 1
      and the single-interpreter expectation is simply `python3 tests/py/NAME.py`
      (tid 0 of 1), exactly what `myriad run ... -n 1` must produce;
    - the `-n K --each` expectation is produced by running CPython once per
      k in 0..K-1 through TID_WRAPPER below (runpy.run_path with
      init_globals={'tid': k, 'nthreads': K}, run_name='__main__',
      sys.argv = [script]) and combining the K stdouts with format_each().
  CPython is run with PYTHONIOENCODING=utf-8 and PYTHONUTF8=1, and with
  PYTHONPATH=tests/pylib: links to the test-only modules of src/lib
  (_imptest_*), which myriad has in its image.

* Files: CPython runs each script (by its absolute path) with a fresh empty
  temporary directory as its working directory, removed afterwards (the K
  runs of a `-n K` expectation share one), so a script that writes files can
  only touch its own scratch space; on myriad the script starts in the empty
  shared file system of the run (`_fs.home()`, '/'). A script that uses files
  therefore makes its own directory with a relative name, works inside it,
  removes it at the end, and never prints an absolute path.
"""

import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_DIR = "tests/py"          # relative to ROOT; scripts are run by this path (--dir)
TIMEOUT = 30                   # seconds per interpreter invocation
DIFF_LINES = 20

TID_WRAPPER = (
    "import sys, runpy\n"
    "p, k, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])\n"
    "sys.argv = [p]\n"
    "runpy.run_path(p, init_globals={'tid': k, 'nthreads': n}, run_name='__main__')\n"
)

DIRECTIVE_RE = re.compile(r"^#\s*myriad:\s*n\s*=\s*([0-9]+(?:\s*,\s*[0-9]+)*)\s*$")
CARET_RE = re.compile(r"^[ \t]*[\^~][ \t\^~]*$")


# ---------------------------------------------------------------- helpers

def is_err_test(name):
    return name.startswith("err_")


def directive_counts(script_path):
    """K values from a first-line `# myriad: n=K[,K2...]` directive."""
    with open(os.path.join(ROOT, script_path), encoding="utf-8") as f:
        first = f.readline().rstrip("\r\n")
    m = DIRECTIVE_RE.match(first)
    if not m:
        return []
    ks = [int(x) for x in m.group(1).split(",")]
    return [k for k in ks if k > 1]


def strip_carets(text):
    """Drop lines made only of whitespace and ^/~ (CPython 3.11 position marks)."""
    lines = text.split("\n")
    return "\n".join(l for l in lines if not CARET_RE.match(l))


def normalize_stderr(text):
    """Caret lines removed; `File "<abs repo root>/tests/..."` made relative.

    CPython >= 3.9 reports the main script by absolute path even when started
    as `python3 tests/py/NAME.py`; the expected files use the relative path.
    Applied to expected and actual stderr alike.
    """
    text = text.replace('File "%s%s' % (ROOT, os.sep), 'File "')
    return strip_carets(text)


def format_each(outputs):
    """Combine per-interpreter stdouts (list indexed by tid) into --each form."""
    res = []
    for k, text in enumerate(outputs):
        pieces = text.split("\n")
        if pieces and pieces[-1] == "":
            pieces.pop()
        for p in pieces:
            res.append("[%d] %s\n" % (k, p))
    return "".join(res)


def decode(b):
    return b.decode("utf-8", errors="replace")


def run_cmd(cmd, env=None, cwd=ROOT):
    """Run cmd from cwd (ROOT); return (rc, stdout, stderr) or (None, out, 'timeout')."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired as e:
        return None, decode(e.stdout or b""), "TIMEOUT after %d s" % TIMEOUT
    except OSError as e:
        return None, "", "cannot run %s: %s" % (cmd[0], e)
    return p.returncode, decode(p.stdout), decode(p.stderr)


# ---------------------------------------------------------------- backends

class MyriadBackend:
    def __init__(self, exe, extra):
        self.exe = exe
        self.extra = extra

    def single_cmd(self, script):
        return [self.exe, "run", script, "-n", "1"] + self.extra

    def each_cmd(self, script, k):
        return [self.exe, "run", script, "-n", str(k), "--each"] + self.extra

    def run_single(self, script):
        return run_cmd(self.single_cmd(script))

    def run_each(self, script, k):
        return run_cmd(self.each_cmd(script, k))


class PythonBackend:
    def __init__(self, exe):
        self.exe = exe
        # tests/pylib holds the few test-only modules of src/lib (links), so CPython imports them too
        self.env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1",
                        PYTHONPATH=os.path.join(ROOT, "tests", "pylib"))

    def run_single(self, script):
        tmp = tempfile.mkdtemp(prefix="myriad-py-")
        try:
            return run_cmd([self.exe, os.path.join(ROOT, script)], env=self.env, cwd=tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def run_each(self, script, k):
        outs, errs, rc = [], [], 0
        tmp = tempfile.mkdtemp(prefix="myriad-py-")
        try:
            for t in range(k):
                r, o, e = run_cmd([self.exe, "-c", TID_WRAPPER, os.path.join(ROOT, script),
                                   str(t), str(k)], env=self.env, cwd=tmp)
                if r is None:
                    return None, format_each(outs + [o]), e
                outs.append(o)
                errs.append(e)
                if r != 0 and rc == 0:
                    rc = r
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return rc, format_each(outs), "".join(errs)


# ---------------------------------------------------------------- tests

def list_scripts(filt):
    d = os.path.join(ROOT, TEST_DIR)
    names = sorted(n for n in os.listdir(d) if n.endswith(".py"))
    if filt:
        names = [n for n in names if filt in n]
    return names


def read_expected(path):
    full = os.path.join(ROOT, path)
    if not os.path.exists(full):
        return None
    with open(full, "rb") as f:
        return decode(f.read())


def write_file(path, text):
    with open(os.path.join(ROOT, path), "wb") as f:
        f.write(text.encode("utf-8"))


def short_diff(expected, actual, label):
    d = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                  "expected " + label, "actual " + label,
                                  lineterm="", n=2))
    if len(d) > DIFF_LINES:
        d = d[:DIFF_LINES] + ["... (%d more diff lines)" % (len(d) - DIFF_LINES)]
    return ["    " + l for l in d]


def check_single(backend, name):
    """Return list of problem lines (empty = pass)."""
    script = "%s/%s" % (TEST_DIR, name)
    base = script[:-3]
    exp_out = read_expected(base + ".out")
    if exp_out is None:
        return ["missing %s.out (run tests/regen_expected.sh)" % base]
    err_test = is_err_test(name)
    exp_err, exp_code = "", 0
    if err_test:
        exp_err = read_expected(base + ".err")
        if exp_err is None:
            return ["missing %s.err (run tests/regen_expected.sh)" % base]
        code = read_expected(base + ".code")
        exp_code = int(code.strip()) if code is not None else 0
    rc, out, err = backend.run_single(script)
    if rc is None:
        return [err]
    probs = []
    if rc != exp_code:
        probs.append("exit status %d, expected %d" % (rc, exp_code))
    if out != exp_out:
        probs.append("stdout differs")
        probs += short_diff(exp_out, out, "stdout")
    if err_test:
        if normalize_stderr(err) != normalize_stderr(exp_err):
            probs.append("stderr differs")
            probs += short_diff(normalize_stderr(exp_err), normalize_stderr(err), "stderr")
    elif err != "":
        probs.append("unexpected stderr:")
        probs += ["    " + l for l in err.splitlines()[:DIFF_LINES]]
    return probs


def check_each(backend, name, k):
    script = "%s/%s" % (TEST_DIR, name)
    base = script[:-3]
    exp_out = read_expected("%s.n%d.out" % (base, k))
    if exp_out is None:
        return ["missing %s.n%d.out (run tests/regen_expected.sh)" % (base, k)]
    rc, out, err = backend.run_each(script, k)
    if rc is None:
        return [err]
    probs = []
    if rc != 0:
        probs.append("exit status %d, expected 0" % rc)
    if out != exp_out:
        probs.append("stdout differs")
        probs += short_diff(exp_out, out, "stdout")
    if err != "":
        probs.append("unexpected stderr:")
        probs += ["    " + l for l in err.splitlines()[:DIFF_LINES]]
    return probs


KNOWN_FAILURES = "tests/known_failures.txt"   # --known; DIR/known_differences.txt for another --dir


def load_known_failures():
    """Labels of runs that are known not to pass yet (one per line, '#' comments): each is a gap
    in myriad that an open issue tracks. They are reported as skipped, never hidden."""
    known = set()
    # a backend's own list comes on top (tests/gpu.sh: KNOWN_FAILURES_EXTRA=tests/gpu/known_failures.txt)
    for rel in [KNOWN_FAILURES] + os.environ.get("KNOWN_FAILURES_EXTRA", "").split():
        path = os.path.join(ROOT, rel)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if line:
                known.add(line)
    return known


def run_tests(backend, names, known=frozenset(), summary=False):
    passed = failed = skipped = 0
    failing = []
    for name in names:
        runs = [(name[:-3], lambda: check_single(backend, name))]
        for k in directive_counts("%s/%s" % (TEST_DIR, name)):
            runs.append(("%s [-n %d --each]" % (name[:-3], k),
                         lambda k=k: check_each(backend, name, k)))
        for label, fn in runs:
            probs = fn()
            if probs:
                failing.append(label)
            if probs and label in known:
                skipped += 1
                print("XFAIL %s: %s (listed in %s)" % (label, probs[0], KNOWN_FAILURES))
            elif probs:
                failed += 1
                print("FAIL %s: %s" % (label, probs[0]))
                for line in probs[1:]:
                    print(line)
            else:
                passed += 1
                if label in known:
                    print("XPASS %s: passes now; remove it from %s" % (label, KNOWN_FAILURES))
    if skipped:
        print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    else:
        print("%d passed, %d failed" % (passed, failed))
    if summary:
        total = passed + failed + skipped
        print("%s: %d/%d runs pass (%.1f%%)%s" % (TEST_DIR, passed, total, 100.0 * passed / max(total, 1),
              "; failing: " + " ".join(failing) if failing else ""))
    return 1 if failed else 0


def regen(python, names, all_scripts):
    """Write expected files for `names`; remove stale expected files."""
    be = PythonBackend(python)
    bad = 0
    for name in names:
        script = "%s/%s" % (TEST_DIR, name)
        base = script[:-3]
        err_test = is_err_test(name)
        rc, out, err = be.run_single(script)
        if rc is None:
            print("regen: %s: %s" % (name, err), file=sys.stderr)
            bad += 1
            continue
        if not err_test and (rc != 0 or err != ""):
            print("regen: %s: non-error test exited %d / wrote stderr:\n%s"
                  % (name, rc, err), file=sys.stderr)
            bad += 1
        write_file(base + ".out", out)
        for ext in (".err", ".code"):
            p = os.path.join(ROOT, base + ext)
            if os.path.exists(p):
                os.remove(p)
        if err_test:
            write_file(base + ".err", normalize_stderr(err))
            if rc != 0:
                write_file(base + ".code", "%d\n" % rc)
        ks = directive_counts(script)
        for f in os.listdir(os.path.join(ROOT, TEST_DIR)):
            m = re.match(re.escape(name[:-3]) + r"\.n([0-9]+)\.out$", f)
            if m and int(m.group(1)) not in ks:
                os.remove(os.path.join(ROOT, TEST_DIR, f))
        for k in ks:
            rc, out, err = be.run_each(script, k)
            if rc != 0 or err != "":
                print("regen: %s -n %d: exited %s / stderr:\n%s" % (name, k, rc, err),
                      file=sys.stderr)
                bad += 1
            write_file("%s.n%d.out" % (base, k), out)
    # expected files whose script no longer exists
    stems = {n[:-3] for n in all_scripts}
    for f in os.listdir(os.path.join(ROOT, TEST_DIR)):
        if f.endswith((".out", ".err", ".code")) and f.split(".")[0] not in stems:
            os.remove(os.path.join(ROOT, TEST_DIR, f))
    print("regenerated expected files for %d scripts%s"
          % (len(names), "" if not bad else " (%d problems)" % bad))
    return 1 if bad else 0


def main(argv):
    ap = argparse.ArgumentParser(description="Run the myriad Python test corpus.")
    ap.add_argument("--myriad", default="build/myriad",
                    help="interpreter under test (default build/myriad)")
    ap.add_argument("--filter", default=None, help="only scripts whose name contains this")
    ap.add_argument("--dir", default=None, help="corpus directory (default tests/py)")
    ap.add_argument("--known", default=None, help="known-failures list (see the top of this file)")
    ap.add_argument("--summary", action="store_true", help="print the pass rate and the failing scripts")
    ap.add_argument("--python", action="store_true",
                    help="self-check the expected files with CPython")
    ap.add_argument("--python-exe", default=sys.executable,
                    help="CPython used by --python/--regen (default: this one)")
    ap.add_argument("--regen", action="store_true",
                    help="regenerate expected files with CPython")
    ap.add_argument("--allow-any-python", action="store_true",
                    help="let --regen use a CPython other than 3.11")
    ap.add_argument("--extra-args", nargs=argparse.REMAINDER, default=[],
                    help="arguments appended to every myriad invocation (must be last)")
    args = ap.parse_args(argv)
    extra = [tok for a in args.extra_args for tok in shlex.split(a)]
    global TEST_DIR, KNOWN_FAILURES
    if args.dir:
        TEST_DIR = os.path.relpath(os.path.join(ROOT, args.dir), ROOT) if not os.path.isabs(args.dir) \
            else os.path.relpath(args.dir, ROOT)
        KNOWN_FAILURES = os.path.join(TEST_DIR, "known_differences.txt")
    if args.known:
        KNOWN_FAILURES = args.known
    names = list_scripts(args.filter)

    if args.regen:
        ver = subprocess.run([args.python_exe, "-c",
                              "import sys; print('%d.%d' % sys.version_info[:2])"],
                             stdout=subprocess.PIPE, text=True).stdout.strip()
        if ver != "3.11" and not args.allow_any_python:
            print("regen: expected files are defined by CPython 3.11, %s is %s "
                  "(use --allow-any-python to override)" % (args.python_exe, ver),
                  file=sys.stderr)
            return 2
        return regen(args.python_exe, names, list_scripts(None))

    if args.python:
        backend = PythonBackend(args.python_exe)
    else:
        exe = args.myriad
        if not os.path.isabs(exe):
            exe = os.path.join(ROOT, exe)
        backend = MyriadBackend(exe, extra)
        return run_tests(backend, names, load_known_failures(), args.summary)
    return run_tests(backend, names, summary=args.summary)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

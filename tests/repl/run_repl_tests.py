"""run_repl_tests.py: feeds each case of cases.txt to `myriad repl` through a pipe and compares its
output (stdout and stderr merged) with CPython's (expected/, made by regen.sh).
Usage: run_repl_tests.py MYRIAD [EXTRA_ARGS...]   e.g. --backend gpu"""
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    myriad, extra = sys.argv[1], sys.argv[2:]
    failures = total = 0
    with open(os.path.join(HERE, "cases.txt")) as f:
        cases = [line.split() for line in f if line.strip() and not line.startswith("#")]
    for name, n, limit in cases:
        total += 1
        with open(os.path.join(HERE, name + ".in"), "rb") as inp:
            got = subprocess.run([myriad, "repl", "-n", n, "--limit", limit] + extra, stdin=inp,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300).stdout
        with open(os.path.join(HERE, "expected", f"{name}.n{n}.l{limit}.out"), "rb") as e:
            want = e.read()
        if got == want:
            print(f"ok   repl {name} -n {n} --limit {limit}")
            continue
        failures += 1
        print(f"FAIL repl {name} -n {n} --limit {limit}")
        sys.stdout.writelines(difflib.unified_diff(want.decode(errors="replace").splitlines(True),
                                                   got.decode(errors="replace").splitlines(True),
                                                   "expected", "got"))
    print(f"repl: {total - failures} of {total} passed")
    sys.exit(1 if failures else 0)


main()

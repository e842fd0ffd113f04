#!/usr/bin/env python3
"""run_limits.py: runaway recursion, a full heap, an endless loop under --max-steps and bad source,
each in its own interpreter of one run: each must end with its own clean status, and the
interpreters around them must finish normally; and unseeded random streams differ per interpreter. Usage: run_limits.py [MYRIAD [EXTRA ARGS...]]."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    myriad = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "myriad")
    extra = sys.argv[2:]   # e.g. --backend gpu
    passed = failed = 0

    def check(name, cond, detail=""):
        nonlocal passed, failed
        if cond:
            passed += 1
        else:
            failed += 1
            print("FAIL %s %s" % (name, detail))

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "r.jsonl")
        p = subprocess.run([myriad, "run", "tests/limits/mixed.py", "-n", "8", "--heap", "1M",
                            "--max-steps", "2000000", "--jsonl", out, "-q"] + extra,
                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        check("exit status 1 when some interpreters fail", p.returncode == 1, "got %d" % p.returncode)
        recs = [json.loads(l) for l in open(out, encoding="utf-8")]
        check("one record per interpreter", [r["id"] for r in recs] == list(range(8)))
        by = {r["id"]: r for r in recs}
        for i in (0, 6, 7):
            check("interpreter %d unharmed" % i, by[i]["status"] == "ok" and
                  by[i]["stdout"] == "interpreter %d finished\n" % i, repr(by[i]))
        r = by[1]
        check("recursion", r["status"] == "error" and r["error"].rstrip().endswith(
            "RecursionError: maximum recursion depth exceeded"), repr(r)[:300])
        check("recursion traceback folded", "[Previous line repeated" in (r["error"] or ""), "")
        r = by[2]
        check("memory", r["status"] == "error" and r["error"].rstrip().endswith("MemoryError"), repr(r)[:300])
        r = by[3]
        check("steps", r["status"] == "steps", repr(r)[:300])
        r = by[4]
        check("exec syntax error", r["status"] == "ok" and "syntax error caught: invalid syntax 1" in r["stdout"], repr(r)[:300])
        r = by[5]
        check("deep nesting", r["status"] == "ok" and "nesting caught: too many nested parentheses" in r["stdout"], repr(r)[:300])
        # --compile-each: the code objects are the interpreter's own (heap ids, below the image's)
        src = "def f():\n    pass\nprint(id(f.__code__) > id(f))\n"
        for flag, want in (([], "True"), (["--compile-each"], "False")):
            p = subprocess.run([myriad, "run", "-c", src, "-n", "2"] + flag + extra, cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
            check("code compiled %s" % ("by each interpreter" if flag else "once"),
                  p.returncode == 0 and p.stdout == "[0-1] (2x) %s\n" % want, p.stdout + p.stderr)
        # the smallest heap (4 KiB): a hello runs; a big list is a clean MemoryError
        p = subprocess.run([myriad, "run", "-c", "print('hi', tid)", "-n", "64", "--heap", "4K"] + extra, cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        check("4 KiB heaps run", p.returncode == 0 and p.stdout.count(" hi ") == 64, p.stdout[-300:] + p.stderr[-300:])
        p = subprocess.run([myriad, "run", "-c", "x = [0] * 100000", "--heap", "4K"] + extra, cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        check("4 KiB heap: MemoryError", p.returncode == 1 and p.stderr.rstrip().endswith("MemoryError"), p.stderr[-300:])
        # random without a seed: every interpreter draws its own stream; a seed gives the same one
        for code, distinct in (("import random; print(random.random(), random.getrandbits(64))", 16),
                               ("import random; random.seed(3); print(random.random())", 1)):
            p = subprocess.run([myriad, "run", "-c", code, "-n", "16", "--jsonl", out] + extra, cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
            outs = {json.loads(l)["stdout"] for l in open(out, encoding="utf-8")}
            check("random streams: %d distinct" % distinct, p.returncode == 0 and len(outs) == distinct, repr(outs)[:300])
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

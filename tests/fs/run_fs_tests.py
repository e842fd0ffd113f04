#!/usr/bin/env python3
"""Tests of the shared file system (standard library only).

    python3 tests/fs/run_fs_tests.py [--myriad build/myriad] [--regen] [--extra-args ARG ...]

1. Swarm scripts: every tests/fs/NAME.py whose first line is `# myriad: n=K` runs as
   `myriad run tests/fs/NAME.py -n K --each`; its stdout must equal NAME.nK.out, which --regen
   writes with tests/fs/swarm.py (K CPython processes sharing a scratch directory). Each runs
   again with --threads 3 on the CPU, so barriers must park interpreters that share a worker.
2. Host checks: --mount / --save round trips, a read-only mount, a full file system (ENOSPC).
The last line is `N passed, M failed`; exit status 1 if M > 0.
"""
import os
import random
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def directive(path):
    with open(path) as f:
        first = f.readline()
    if first.startswith("# myriad: n="):
        return [int(k) for k in first.split("=", 1)[1].split(",")]
    return []


def run(cmd, **kw):
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=120, **kw)


class Results:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("ok   ", name)
        else:
            self.failed += 1
            print("FAIL ", name, detail)


def swarm_tests(myriad, extra, regen, res):
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name in ("swarm.py", "run_fs_tests.py"):
            continue
        script = os.path.join("tests", "fs", name)
        for k in directive(os.path.join(HERE, name)):
            expected_path = os.path.join(HERE, "%s.n%d.out" % (name[:-3], k))
            if regen:
                p = run([sys.executable, os.path.join(HERE, "swarm.py"), script, str(k)])
                if p.returncode != 0:
                    sys.exit("regen failed for %s: %s" % (name, p.stderr.decode()))
                with open(expected_path, "wb") as f:
                    f.write(p.stdout)
                continue
            with open(expected_path, "rb") as f:
                expected = f.read()
            for threads in ([], ["--threads", "3"]):
                cmd = [myriad, "run", script, "-n", str(k), "--each"] + threads + extra
                p = run(cmd)
                ok = p.returncode == 0 and p.stdout == expected and not p.stderr
                res.check(" ".join(cmd[1:]), ok, "\n--- got:\n%s\n--- stderr:\n%s" % (p.stdout.decode()[:2000], p.stderr.decode()[:2000]))


def make_tree(root):
    """A host directory with text, binary, empty and nested files; returns {relpath: bytes}."""
    rng = random.Random(7)
    files = {
        "a.txt": b"alpha\nbeta\n",
        "empty.txt": b"",
        "sub/b.bin": bytes(rng.randrange(256) for _ in range(300000)),
        "deep/x/y/z.txt": "gr\u00fc\u00df dich\n".encode() * 1000,
    }
    for rel, data in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    return files


def read_tree(root):
    out = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                out[os.path.relpath(p, root)] = f.read()
    return out


def host_tests(myriad, extra, res):
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
        files = make_tree(src)
        code = (
            "import myriad, os\n"
            "with open('/data/a.txt', 'a') as f: f.write('from %d\\n' % myriad.tid)\n"
            "myriad.barrier()\n"
            "if myriad.tid == 0:\n"
            "    with open('/data/new.txt', 'w') as f: f.write(str(sorted(os.listdir('/data'))))\n"
            "    print(os.path.getsize('/data/sub/b.bin'), open('/data/deep/x/y/z.txt').read()[:9])\n"
        )
        p = run([myriad, "run", "-c", code, "-n", "8", "--mount", src + ":/data", "--save", "/data:" + out] + extra)
        got = read_tree(out) if os.path.isdir(out) else {}
        want = dict(files)
        lines = sorted(got.get("a.txt", b"").splitlines())
        want_lines = sorted(files["a.txt"].splitlines() + [b"from %d" % t for t in range(8)])
        ok = (p.returncode == 0 and lines == want_lines
              and all(got.get(k) == v for k, v in want.items() if k != "a.txt")
              and got.get("new.txt") == b"['a.txt', 'deep', 'empty.txt', 'new.txt', 'sub']"
              and p.stdout == "[0] 300000 gr\u00fc\u00df dich\n".encode())
        res.check("--mount and --save round trip", ok, "%r %r %r" % (p.stdout, p.stderr, sorted(got)))

        code = (
            "try:\n    open('/ro/a.txt', 'a')\nexcept OSError as e:\n    print(type(e).__name__, e)\n"
            "try:\n    open('/ro/new.txt', 'w')\nexcept OSError as e:\n    print(type(e).__name__, e)\n"
            "print(open('/ro/a.txt').read().split())\n"
        )
        p = run([myriad, "run", "-c", code, "--mount", src + ":/ro:ro"] + extra)
        want = ("OSError [Errno 30] Read-only file system: '/ro/a.txt'\n"
                "OSError [Errno 30] Read-only file system: '/ro/new.txt'\n['alpha', 'beta']\n")
        res.check("read-only mount", p.stdout.decode() == want, "%r %r" % (p.stdout, p.stderr))

        code = (
            "with open('keep.txt', 'w') as f: f.write('precious\\n' * 1000)\n"
            "n = 0\n"
            "try:\n"
            "    with open('fill.bin', 'wb') as f:\n"
            "        while True:\n"
            "            f.write(b'z' * 65536); f.flush(); n += 1\n"
            "except OSError as e:\n"
            "    print(type(e).__name__, e.errno, e.strerror)\n"
            "print(n > 4, open('keep.txt').read() == 'precious\\n' * 1000)\n"
            "import os\nos.remove('fill.bin')\n"
            "with open('again.bin', 'wb') as f: f.write(b'y' * 65536 * 4)\n"
            "print(os.path.getsize('again.bin'))\n"
        )
        p = run([myriad, "run", "-c", code, "--fs-size", "1M"] + extra)
        want = "OSError 28 No space left on device\nTrue True\n262144\n"
        res.check("a full file system gives ENOSPC and keeps what is there", p.stdout.decode() == want,
                  "%r %r" % (p.stdout, p.stderr))

        # files left open are written when the script ends, whichever way it ends (as CPython does)
        saved = os.path.join(tmp, "unclosed")
        code = (
            "import sys, os\n"
            "os.makedirs('/u', exist_ok=True)\n"
            "f = open('/u/t%d.txt' % tid, 'w'); f.write('text %d\\n' % tid)\n"
            "b = open('/u/b%d.bin' % tid, 'ab'); b.write(b'bytes')\n"
            "if tid == 1: sys.exit(2)\n"
            "if tid == 2: 1/0\n"
        )
        p = run([myriad, "run", "-c", code, "-n", "3", "--save", "/u:" + saved] + extra)
        got = read_tree(saved) if os.path.isdir(saved) else {}
        want = {}
        for t in range(3):
            want["t%d.txt" % t] = b"text %d\n" % t
            want["b%d.bin" % t] = b"bytes"
        res.check("files left open are written at the end (normal, sys.exit, an exception)", got == want,
                  "%r %r" % (got, p.stderr))

        # leaving the REPL does the same in every interpreter still there, after atexit's functions
        saved = os.path.join(tmp, "replsave")
        inp = b'import atexit\nr = atexit.register(print, "bye", tid)\nf = open("/f%d" % tid, "w")\nn = f.write("kept")\n'
        p = run([myriad, "repl", "-n", "2", "--save", "/:" + saved] + extra, input=inp)
        got = read_tree(saved) if os.path.isdir(saved) else {}
        res.check("leaving the REPL runs atexit's functions and writes files left open",
                  p.stdout == b"[0] bye 0\n[1] bye 1\n" and got.get("f0") == b"kept" and got.get("f1") == b"kept",
                  "%r %r %r" % (p.stdout, p.stderr, got))

        p = run([myriad, "run", "-c", "pass", "--mount", os.path.join(tmp, "missing") + ":/x"] + extra)
        res.check("mounting a missing directory is a clean error",
                  p.returncode != 0 and b"--mount" in p.stderr and b"No such file" in p.stderr, repr(p.stderr))


def main():
    args = sys.argv[1:]
    extra = []
    if "--extra-args" in args:
        i = args.index("--extra-args")
        extra = [a for x in args[i + 1:] for a in shlex.split(x)]
        args = args[:i]
    myriad = os.path.join(ROOT, "build", "myriad")
    if "--myriad" in args:
        myriad = os.path.abspath(args[args.index("--myriad") + 1])
    res = Results()
    swarm_tests(myriad, extra, "--regen" in args, res)
    if "--regen" in args:
        return
    host_tests(myriad, extra, res)
    print("%d passed, %d failed" % (res.passed, res.failed))
    sys.exit(1 if res.failed else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The shared file system against a real one: N myriad interpreters each append one line to one file
(and, second workload, each write a file of their own), against python3 processes on every host
core doing the same N operations on a tmpfs (/dev/shm), open-write-close per line as an
interpreter does. Prints lines per second for both and the ratio, measured in one run.

    python3 bench/fs_bench.py --myriad build/myriad [-n 1000000] [--backend gpu]
"""
import argparse
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import tempfile
import time

MYRIAD_SCRIPTS = {
    "one file": "with open('/shared.txt', 'a') as f:\n    f.write('line %d\\n' % tid)\n",
    "own files": "import os\nos.makedirs('/out', exist_ok=True)\n"
                 "with open('/out/%d.txt' % tid, 'w') as f:\n    f.write('line %d\\n' % tid)\n",
}


def py_worker(args):
    kind, root, first, last = args
    if kind == "one file":
        path = os.path.join(root, "shared.txt")
        for t in range(first, last):
            with open(path, "a") as f:
                f.write("line %d\n" % t)
    else:
        out = os.path.join(root, "out")
        os.makedirs(out, exist_ok=True)
        for t in range(first, last):
            with open(os.path.join(out, "%d.txt" % t), "w") as f:
                f.write("line %d\n" % t)


def run_python(kind, n, procs):
    root = tempfile.mkdtemp(dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    try:
        step = (n + procs - 1) // procs
        jobs = [(kind, root, i * step, min(n, (i + 1) * step)) for i in range(procs)]
        t0 = time.perf_counter()
        with mp.get_context("fork").Pool(procs) as pool:
            pool.map(py_worker, jobs)
        dt = time.perf_counter() - t0
        if kind == "one file":
            with open(os.path.join(root, "shared.txt")) as f:
                assert sum(1 for _ in f) == n
        return dt
    finally:
        shutil.rmtree(root)


def run_myriad(myriad, kind, n, extra):
    t0 = time.perf_counter()
    p = subprocess.run([myriad, "run", "-c", MYRIAD_SCRIPTS[kind], "-n", str(n)] + extra,
                       capture_output=True)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("myriad failed: %s" % p.stderr.decode()[:500])
    return dt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--myriad", default="build/myriad")
    ap.add_argument("-n", type=int, default=1000000)
    ap.add_argument("--backend", default="auto")
    args = ap.parse_args()
    procs = os.cpu_count() or 1
    print("| workload | N | python3 (%d procs, tmpfs) lines/s | myriad (%s) lines/s | ratio |" % (procs, args.backend))
    print("|---|---:|---:|---:|---:|")
    for kind in MYRIAD_SCRIPTS:
        tp = run_python(kind, args.n, procs)
        tm = run_myriad(args.myriad, kind, args.n, ["--backend", args.backend])
        print("| %s | %d | %.0f | %.0f | %.2fx |" % (kind, args.n, args.n / tp, args.n / tm, tp / tm))


if __name__ == "__main__":
    main()

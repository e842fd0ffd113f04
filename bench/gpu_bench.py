#!/usr/bin/env python3
"""gpu_bench.py: throughput of the GPU backend against python3 on every core of the same host.

For each workload of bench/ at a reduced size (--scale, passed as the script's argument):
  python3: one process per host core, each running the workload --py-reps times in-process
           (stdout discarded), timed together: runs per second = cores * reps / wall time.
  myriad:  `myriad run W.py SCALE -n N --backend gpu` (every interpreter must print python3's
           output), wall time of the whole command: runs per second = N / wall, and bytecodes
           per second from the steps --jsonl reports.
  --contig: the same with a second binary built with contiguous heaps (GPU_STRIDE=1), for the
           interleaved-against-contiguous ratio.
Prints a Markdown table. Usage:
  python3 bench/gpu_bench.py --myriad build/myriad [--contig build/contig/myriad] [-n 65536]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from run_bench import BENCH_DIR, workloads

# One python3 process: the workload `reps` times, each with its own tid (as myriad's interpreters have).
PY_LOOP = r"""
import io, runpy, sys
path, scale, reps, proc = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
real = sys.stdout
for r in range(reps):
    sys.argv = [path, scale]
    sys.stdout = io.StringIO()
    runpy.run_path(path, init_globals={"tid": proc * reps + r}, run_name="__main__")
sys.stdout = real
"""


def python_rate(python, path, scale, cores, reps):
    procs = []
    t0 = time.perf_counter()
    for proc in range(cores):
        procs.append(subprocess.Popen([python, "-c", PY_LOOP, path, str(scale), str(reps), str(proc)],
                                      stdout=subprocess.DEVNULL))
    for p in procs:
        if p.wait() != 0:
            raise SystemExit("python3 failed on " + path)
    wall = time.perf_counter() - t0
    return cores * reps / wall


def myriad_rate(exe, path, scale, n, expected):
    with tempfile.TemporaryDirectory() as tmp:
        jl = os.path.join(tmp, "r.jsonl")
        t0 = time.perf_counter()
        p = subprocess.run([exe, "run", "-n", str(n), "--backend", "gpu", "--jsonl", jl, "-q", path, str(scale)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t0
        if p.returncode != 0 and not os.path.exists(jl):
            raise SystemExit("myriad failed on %s: rc %d\n%s" % (path, p.returncode, p.stderr[-2000:]))
        steps, bad = 0, 0
        with open(jl, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                steps += r["steps"]
                if r["stdout"] != expected or r["status"] != "ok":
                    bad += 1
    if p.returncode != 0 or bad:
        raise SystemExit("myriad failed on %s: rc %d, %d wrong outputs\n%s" % (path, p.returncode, bad, p.stderr[-2000:]))
    return n / wall, steps / wall, wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--myriad", default="build/myriad")
    ap.add_argument("--contig", default=None, help="a build with contiguous heaps, for comparison")
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", type=int, default=65536, help="interpreters on the GPU")
    ap.add_argument("--scale", type=float, default=0.002, help="workload size (1 = make bench's)")
    ap.add_argument("--cores", type=int, default=os.cpu_count())
    ap.add_argument("--py-reps", type=int, default=50)
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    print("GPU benchmark: -n %d, scale %g, python3 on %d cores (%d runs each)\n" % (a.n, a.scale, a.cores, a.py_reps))
    cols = "| workload | python3 runs/s (%d cores) | myriad GPU runs/s | speedup | GPU bytecodes/s | GPU wall (s) |" % a.cores
    if a.contig:
        cols += " contiguous runs/s | interleaved / contiguous |"
    print(cols)
    print("|" + "---|" * (cols.count("|") - 1))
    for w in workloads():
        if a.only and a.only not in w:
            continue
        path = os.path.join(BENCH_DIR, w + ".py")
        expected = subprocess.run([a.python, path, str(a.scale)], stdout=subprocess.PIPE, text=True, check=True).stdout
        py = python_rate(a.python, path, a.scale, a.cores, a.py_reps)
        rate, bps, wall = myriad_rate(a.myriad, path, a.scale, a.n, expected)
        row = "| %s | %.0f | %.0f | %.1fx | %.3g | %.2f |" % (w, py, rate, rate / py, bps, wall)
        if a.contig:
            crate, _, _ = myriad_rate(a.contig, path, a.scale, a.n, expected)
            row += " %.0f | %.2fx |" % (crate, rate / crate)
        print(row, flush=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""CPython as the oracle for scripts that share files: runs a script as K CPython processes at once,
each with `tid`, `nthreads` and a `myriad` module (tid, nthreads, barrier), all in one scratch working
directory (myriad's shared file system), and prints their stdout in `myriad run --each` form.

    python3 tests/fs/swarm.py SCRIPT K
"""
import io
import multiprocessing as mp
import os
import sys
import tempfile
import types


class SwarmBarrier:
    """A barrier that, like myriad.barrier(), waits only for the processes still running."""

    def __init__(self, k):
        self.cond = mp.Condition()
        self.alive = mp.Value("i", k, lock=False)
        self.arrived = mp.Value("i", 0, lock=False)
        self.generation = mp.Value("i", 0, lock=False)

    def _open_if_all_here(self):
        if self.arrived.value and self.arrived.value == self.alive.value:
            self.arrived.value = 0
            self.generation.value += 1
            self.cond.notify_all()

    def wait(self):
        with self.cond:
            gen = self.generation.value
            self.arrived.value += 1
            self._open_if_all_here()
            while self.generation.value == gen:
                self.cond.wait()

    def leave(self):
        with self.cond:
            self.alive.value -= 1
            self._open_if_all_here()


def run_one(path, tid, k, barrier, results):
    out = io.StringIO()
    sys.stdout = out
    mod = types.ModuleType("myriad")
    mod.tid, mod.nthreads, mod.barrier = tid, k, barrier.wait
    sys.modules["myriad"] = mod
    g = {"__name__": "__main__", "tid": tid, "nthreads": k}
    try:
        with open(path) as f:
            code = compile(f.read(), path, "exec")
        exec(code, g)
    finally:
        sys.stdout = sys.__stdout__
        barrier.leave()
        results.put((tid, out.getvalue()))


def main():
    path, k = os.path.abspath(sys.argv[1]), int(sys.argv[2])
    ctx = mp.get_context("fork")
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        barrier = SwarmBarrier(k)
        results = ctx.Queue()
        procs = [ctx.Process(target=run_one, args=(path, t, k, barrier, results)) for t in range(k)]
        for p in procs:
            p.start()
        outs = dict(results.get() for _ in procs)
        for p in procs:
            p.join()
    for t in range(k):
        for line in outs[t].splitlines():
            sys.stdout.write("[%d] %s\n" % (t, line))


if __name__ == "__main__":
    main()

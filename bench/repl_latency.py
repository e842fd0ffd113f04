"""repl_latency.py: how long a REPL input takes from Enter to its printed result: `:time INPUT` in a
`myriad repl -n N` session fed through a pipe (compile on the host, run on every interpreter,
gather and group the output, print it). Prints the median of REPS timings per input.
Usage: repl_latency.py --myriad build/myriad [-n 1000000] [--reps 5] [EXTRA myriad args...]"""
import argparse
import re
import statistics
import subprocess

# the two inputs the goal names, and the worst case for grouping: N distinct outputs
INPUTS = ["x = tid * 2", "print(sum(range(1000)))", "print(tid)"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--myriad", default="build/myriad")
    ap.add_argument("-n", default="1000000")
    ap.add_argument("--reps", type=int, default=5)
    args, extra = ap.parse_known_args()
    script = "".join(f":time {line}\n" for line in INPUTS for _ in range(args.reps))
    out = subprocess.run([args.myriad, "repl", "-n", args.n] + extra, input=script.encode(),
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600).stdout.decode()
    times = [float(t) for t in re.findall(r"^time: ([0-9.]+) ms", out, re.M)]
    if len(times) != len(INPUTS) * args.reps:
        print(out)
        raise SystemExit("repl_latency: missing timings")
    for k, line in enumerate(INPUTS):
        ts = times[k * args.reps:(k + 1) * args.reps]
        print(f"{line!r:32} -n {args.n}: median {statistics.median(ts):8.2f} ms (min {min(ts):.2f}, max {max(ts):.2f})")


main()

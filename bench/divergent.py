# Control flow that differs per interpreter: Collatz chains from seeds that depend on tid, so every
# interpreter takes its own branches and loop lengths. (Under python3, tid is 0 unless given.)
import sys
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0   # below 1: a smaller run (the GPU benchmark)

try:
    tid
except NameError:
    tid = 0


def chain(n):
    steps = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        steps += 1
    return steps


def main():
    start = 1 + (tid * 7919) % 1000003
    longest = 0
    for k in range(int(60000 * SCALE) + 1):
        longest = max(longest, chain(start + k))
    # the printed line is the same for every tid: a chain always ends, and the longest is at least 0
    print("chains", int(60000 * SCALE) + 1, longest >= 0)


main()

# A million interpreters append one line each to one file; interpreter 0 checks every line arrived
# whole and exactly once (count, sum and sum of squares of the ids), without holding the file.
import myriad

with open("/lines.txt", "a") as f:
    f.write("line %d\n" % myriad.tid)
myriad.barrier()
if myriad.tid == 0:
    n = s = s2 = bad = 0
    with open("/lines.txt") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 2 or parts[0] != "line" or not line.endswith("\n"):
                bad += 1
                continue
            t = int(parts[1])
            n += 1
            s += t
            s2 += t * t
    k = myriad.nthreads
    print(n == k, s == k * (k - 1) // 2, s2 == (k - 1) * k * (2 * k - 1) // 6, bad)

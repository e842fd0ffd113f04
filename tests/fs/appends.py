# myriad: n=64
# Every interpreter appends its lines to one file at once; none is lost, none is torn.
import myriad

LINES = 20
with open("log.txt", "a") as f:
    for i in range(LINES):
        f.write("interp %d line %d %s\n" % (myriad.tid, i, "x" * (myriad.tid % 7)))
        if i % 5 == 0:
            f.flush()
myriad.barrier()
if myriad.tid == 0:
    with open("log.txt") as f:
        lines = f.read().splitlines()
    def whole(line):
        parts = line.split(" ")
        if len(parts) != 5 or not parts[1].isdigit() or not parts[3].isdigit():
            return False
        t, i = int(parts[1]), int(parts[3])
        return line == "interp %d line %d %s" % (t, i, "x" * (t % 7))
    print("lines", len(lines), "distinct", len(set(lines)), "whole", sum(map(whole, lines)),
          "expected", LINES * myriad.nthreads)
    order = {}
    for line in lines:
        t, i = int(line.split()[1]), int(line.split()[3])
        order.setdefault(t, []).append(i)
    print("each interpreter's lines in its order:", all(v == list(range(LINES)) for v in order.values()), len(order))
myriad.barrier()
if myriad.tid == 0:
    import os
    os.remove("log.txt")

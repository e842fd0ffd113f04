# A million interpreters append one line each to one file; interpreter 0 checks every line arrived
# whole and exactly once (count, sum and sum of squares of the ids). It uses _fs, the layer under
# open(), because io's modules do not fit next to the work in a 72 KiB heap (the default at a
# million interpreters); open() itself is tested by tests/fs at smaller counts.
import myriad
import _fs

h = _fs.open("/lines.txt", 2 | 4 | 8)   # write, append, create
_fs.append(h, b"line %d\n" % myriad.tid)
_fs.close(h)
myriad.barrier()
if myriad.tid == 0:
    n = s = s2 = bad = pos = 0
    rest = b""
    h = _fs.open("/lines.txt", 1)
    while True:
        piece = _fs.read(h, pos, 4096)
        if not piece:
            break
        pos += len(piece)
        lines = (rest + piece).split(b"\n")
        rest = lines.pop()
        for line in lines:
            parts = line.split()
            if len(parts) != 2 or parts[0] != b"line":
                bad += 1
                continue
            t = int(parts[1])
            n += 1
            s += t
            s2 += t * t
    bad += len(rest)
    k = myriad.nthreads
    print(n == k, s == k * (k - 1) // 2, s2 == (k - 1) * k * (2 * k - 1) // 6, bad)

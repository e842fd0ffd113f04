import myriad, _fs
h = _fs.open("/log", 2 | 4 | 8)
_fs.append(h, b"line %d\n" % myriad.tid)
_fs.close(h)
w = _fs.open("/leader", 2 | 8 | 32)
won = type(w) is not int
if won:
    _fs.append(w, b"%d" % myriad.tid)
    _fs.close(w)
v = _fs.open("/votes", 2 | 4 | 8)
_fs.append(v, b"1" if won else b"0")
_fs.close(v)
myriad.barrier()
if myriad.tid == 0:
    h = _fs.open("/log", 1)
    size = _fs.size(h)
    n = s = 0
    pos = 0
    while pos < size:
        chunk = _fs.read(h, pos, 60000)
        pos += len(chunk)
        n += chunk.count(b"\n")
    v = _fs.open("/votes", 1)
    votes = _fs.read(v, 0, -1)
    print("lines", n, "votes", len(votes), "winners", votes.count(b"1"))
myriad.barrier()
print("done")

# myriad: n=50
# Map, barrier, reduce: every interpreter writes a partial result to its own file; after the
# barrier interpreter 0 reads them all; after a second barrier everyone reads the total.
import myriad
import os

if myriad.tid == 0:
    os.makedirs("parts", exist_ok=True)
myriad.barrier()
partial = sum(i * i for i in range(myriad.tid * 100, (myriad.tid + 1) * 100))
with open(os.path.join("parts", "part-%05d.txt" % myriad.tid), "w") as f:
    f.write("%d\n" % partial)
myriad.barrier()
if myriad.tid == 0:
    names = sorted(os.listdir("parts"))
    total = 0
    for name in names:
        with open(os.path.join("parts", name)) as f:
            total += int(f.read())
    print("parts", len(names), names[0], names[-1])
    with open("total.txt", "w") as f:
        f.write(str(total))
myriad.barrier()
with open("total.txt") as f:
    total = int(f.read())
print("total", total, total == sum(i * i for i in range(100 * myriad.nthreads)))

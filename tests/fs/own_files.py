# myriad: n=40
# Each interpreter makes its own directory and files, reads them back, renames and removes some;
# nobody sees half of another's work.
import myriad
import os

d = "home%d" % myriad.tid
os.mkdir(d)
for i in range(5):
    with open(os.path.join(d, "f%d.txt" % i), "w") as f:
        f.write("%d:%d\n" % (myriad.tid, i) * (i + 1))
os.rename(os.path.join(d, "f0.txt"), os.path.join(d, "first.txt"))
os.remove(os.path.join(d, "f4.txt"))
names = sorted(os.listdir(d))
sizes = [os.path.getsize(os.path.join(d, n)) for n in names]
with open(os.path.join(d, "f3.txt")) as f:
    ok = f.read() == ("%d:3\n" % myriad.tid) * 4
print(names, len(sizes), ok)
myriad.barrier()
if myriad.tid == 0:
    homes = [n for n in os.listdir(".") if n.startswith("home")]
    print("homes", len(homes), all(len(os.listdir(h)) == 4 for h in homes))

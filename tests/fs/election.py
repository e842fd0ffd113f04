# myriad: n=64
# Creating a file with mode "x" is atomic: exactly one interpreter wins the race.
import myriad

try:
    with open("leader", "x") as f:
        f.write(str(myriad.tid))
    won = True
except FileExistsError as e:
    won = False
    err = (e.errno, e.strerror, e.filename)
myriad.barrier()
with open("leader") as f:
    leader = int(f.read())
if won != (leader == myriad.tid):
    print("wrong: interpreter", myriad.tid, "won", won, "leader", leader)
if not won and err != (17, "File exists", "leader"):
    print("wrong error", err)
with open("votes", "a") as f:
    f.write("%d\n" % won)
myriad.barrier()
if myriad.tid == 0:
    with open("votes") as f:
        votes = f.read().split()
    print("votes", len(votes), "winners", votes.count("1"))

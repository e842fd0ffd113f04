"""Word count over a mounted corpus: interpreters cooperate through the shared file system.

    build/myriad run examples/wordcount.py -n 8 --mount examples/corpus:/corpus:ro --save /out:wc-out

Map: interpreter `tid` counts the words of every nthreads-th file of /corpus and writes its counts
to /partial/TID.txt. Barrier. Reduce: interpreter 0 merges the partial counts and writes
/out/counts.txt, the most frequent words first.
"""
import os
import myriad

names = sorted(os.listdir("/corpus"))
counts = {}
for name in names[myriad.tid::myriad.nthreads]:
    with open(os.path.join("/corpus", name), encoding="utf-8") as f:
        for line in f:
            for word in line.lower().split():
                word = word.strip(".,;:!?\"'()[]-")
                if word:
                    counts[word] = counts.get(word, 0) + 1

os.makedirs("/partial", exist_ok=True)
with open("/partial/%d.txt" % myriad.tid, "w") as f:
    for word, n in counts.items():
        f.write("%s %d\n" % (word, n))

myriad.barrier()

if myriad.tid == 0:
    total = {}
    for part in os.listdir("/partial"):
        with open(os.path.join("/partial", part)) as f:
            for line in f:
                word, n = line.split()
                total[word] = total.get(word, 0) + int(n)
    ranked = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
    os.makedirs("/out", exist_ok=True)
    with open("/out/counts.txt", "w") as f:
        for word, n in ranked:
            f.write("%s %d\n" % (word, n))
    print("%d files, %d words, %d distinct" % (len(names), sum(total.values()), len(total)))
    for word, n in ranked[:5]:
        print("%6d %s" % (n, word))

# Dict and list work: insert, lookup, membership, iteration, comprehensions, indexing.
# (Only operators and builtins: no dict/list methods.)
import sys
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0   # below 1: a smaller run (the GPU benchmark)

def main():
    for rep in range(max(1, int(8 * SCALE))):
        out = work(rep)
    print(out)

def work(rep):
    d = {}
    for i in range(int(100000 * SCALE)):
        d[i * 7 % 100003] = i
    hits = 0
    for k in range(0, int(200000 * SCALE), 3):
        if k in d:
            hits += d[k]
    names = {}
    for i in range(int(30000 * SCALE)):
        key = "k" + str(i % 5000)
        if key in names:
            names[key] = names[key] + 1
        else:
            names[key] = 1
    s = 0
    for k in names:
        s += names[k]
    lst = [i * 3 % 1000 for i in range(int(100000 * SCALE))]
    sq = [x * x for x in lst if x % 2 == 0]
    acc = 0
    n = len(lst)
    for i in range(n):
        acc += lst[i] - lst[n - 1 - i] * 2
    for i in range(0, n, 2):
        lst[i] = lst[i] + 1
    pairs = {x: x % 97 for x in sq}
    lst2 = sorted([pairs[x] for x in pairs])
    grow = []
    for i in range(int(20000 * SCALE)):
        grow += [i % 7]
    return (rep, hits, len(names), s, len(sq), acc, sum(lst), sum(lst2), lst2[len(lst2) // 2], sum(grow))

main()

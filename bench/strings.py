# String building: concatenation, slicing, indexing, comparison, str() of ints, ord/chr.
# (Only operators and builtins: no str/list methods.)
import sys
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0   # below 1: a smaller run (the GPU benchmark)

def main():
    total = 0
    for r in range(int(50000 * SCALE)):
        s = ""
        for i in range(100):
            s = s + str(i % 10)
        t = s[10:60] + s[:5] + s[-5:]
        u = t[::2]
        total += len(s) + len(t) + len(u)
        if u[3] == "6":
            total += 1
        if s[20:30] == "0123456789":
            total += 2
    h = 0
    for i in range(int(400000 * SCALE)):
        w = "item" + str(i) + chr(65 + i % 26)
        h = (h * 131 + ord(w[len(w) - 1]) + len(w)) % 1000003
        if w[4:6] == "12":
            h += 1
    print(total, h)

main()

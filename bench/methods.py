# Method calls and attribute access on instances of a small class hierarchy.
import sys
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0   # below 1: a smaller run (the GPU benchmark)

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x = self.x * k % 1009
        self.y = self.y * k % 1013


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


class Counter2(Counter):
    def bump(self, k):
        return Counter.bump(self, k * 2)


def main():
    v = Vec(1, 2)
    w = Vec(3, 4)
    total = 0
    for i in range(int(600000 * SCALE)):
        u = v.add(w)
        total += u.dot(w) % 1000
        v.scale(3)
    c = Counter()
    c2 = Counter2()
    for i in range(int(1200000 * SCALE)):
        c.bump(i % 5)
        c2.bump(1)
    print(total, v.x, v.y, c.n, c2.n)

main()

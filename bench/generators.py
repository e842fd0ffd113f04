# Generators: a pipeline of generator functions and generator expressions.
import sys
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0   # below 1: a smaller run (the GPU benchmark)

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x % 10007

def main():
    total = 0
    for v in squares(evens(count(int(2000000 * SCALE)))):
        total += v
    g = sum(x % 13 for x in range(int(3000000 * SCALE)))
    print(total, g)

main()

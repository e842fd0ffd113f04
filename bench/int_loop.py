# Integer arithmetic in a tight loop.
import sys
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0   # below 1: a smaller run (the GPU benchmark)

def main():
    total = 0
    for i in range(int(8000000 * SCALE)):
        total += i * i % 7
    x = 0
    i = 0
    while i < 2000000 * SCALE:
        x = (x * 31 + i) & 0xFFFFF
        i += 1
    print(total, x)

main()

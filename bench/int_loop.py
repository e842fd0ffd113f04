# Integer arithmetic in a tight loop.
def main():
    total = 0
    for i in range(8000000):
        total += i * i % 7
    x = 0
    i = 0
    while i < 2000000:
        x = (x * 31 + i) & 0xFFFFF
        i += 1
    print(total, x)

main()

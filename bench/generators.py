# Generators: a pipeline of generator functions and generator expressions.
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
    for v in squares(evens(count(2000000))):
        total += v
    g = sum(x % 13 for x in range(3000000))
    print(total, g)

main()

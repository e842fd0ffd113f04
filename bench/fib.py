# Recursive function calls.
import math
import sys
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0   # below 1: a smaller run (the GPU benchmark)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

# fib(n) costs about 1.618**n calls
print(fib(33 + round(math.log(SCALE) / math.log(1.618))))

# myriad: n=16
# Sixteen interpreters with data-dependent work.
try:
    tid
except NameError:
    tid, nthreads = 0, 1
limit = 50 * (tid + 1)
sieve = [True] * (limit + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(limit ** 0.5) + 1):
    if sieve[i]:
        for j in range(i * i, limit + 1, i):
            sieve[j] = False
primes = [i for i, p in enumerate(sieve) if p]
print(tid, 'primes below', limit, len(primes), primes[-1])
fib = [0, 1]
while len(fib) < 10 + tid * 5:
    fib.append(fib[-1] + fib[-2])
print(tid, 'fib', fib[-1])
print(tid, 'share', '%.4f' % ((tid + 1) / nthreads))
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
w = words[tid % len(words)]
print(tid, w * (1 + tid % 3))

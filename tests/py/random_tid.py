# myriad: n=4
# random in several interpreters: each seeds with its tid and gets CPython's stream for that seed.
try:
    tid
except NameError:
    tid, nthreads = 0, 1
import random
import collections
random.seed(tid)
print(tid, random.random(), random.randrange(1000), random.sample(range(50), 3))
print(collections.Counter(random.choice('ab') for _ in range(20)).most_common())

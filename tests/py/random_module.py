# random: CPython's exact streams for seeded generators (MT19937 and the module's algorithms).
import random
random.seed(12345)
print(random.random(), random.random())
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100), random.getrandbits(200))
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(0, 100, 7), random.randrange(10, 0, -3), random.randrange(2**70))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample('abcdefg', 3), random.sample(range(10**6), 5))
print(random.choice('hello'), random.uniform(1, 5), random.gauss(), random.gauss(1, 2), random.gauss())
print(random.choices('abc', k=5), random.choices('abc', [1, 2, 3], k=5), random.choices(range(4), cum_weights=[1,2,3,4], k=3))
print(random.sample(['a','b','c'], 5, counts=[1,2,3]) if False else random.sample(['a','b','c'], 4, counts=[1,2,3]))
for s in [0, 1, -1, 2**32, 2**100 + 7, -2**70, 3.5, -0.25, "hello", b"bytes", "", True]:
    random.seed(s); print(repr(s), random.random(), random.getrandbits(40))
r = random.Random(42); print(r.random(), r.randint(0, 10**20), r.triangular(), r.expovariate(2), r.normalvariate())
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
random.seed(99, version=1); print(random.random())
random.seed("abc", version=1); print(random.random())
print(random.randbytes(5))
print(random.Random().random() != random.Random().random())
class R(random.Random):
    pass
print(R(7).random() == random.Random(7).random())
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t(random.choice, [])
t(random.randrange, 0)
t(random.randrange, 5, 5)
t(random.randrange, 0, 10, 0)
t(random.randrange, 10, 0, 2)
t(random.randrange, 3, step=2)
t(random.getrandbits, -1)
t(random.sample, {1, 2}, 1)
t(random.sample, [1, 2], 3)
t(random.sample, [1, 2], -1)
t(random.seed, [1])
t(random.choices, 'ab', [1], k=2)
t(random.choices, 'ab', 3)
t(random.choices, 'ab', [0, 0])
t(random.choices, 'ab', [1, 1], cum_weights=[1, 2])
t(random.sample, 'ab', 1, counts=[1])
t(random.randint, 1, 'a')
random.seed(2024)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 3.0)], random.betavariate(2, 3), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
print(0 <= random.SystemRandom().random() < 1)
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
ns = {}
exec('from random import *', ns)
print(sorted(k for k in ns if k != '__builtins__') == sorted(random.__all__), 'Random' in ns, '_inst' in ns)
import copy
g = random.Random(11)
g.random()
h = copy.copy(g); k = copy.deepcopy(g)
print(g.random() == h.random() == k.random(), g.getrandbits(70) == h.getrandbits(70))

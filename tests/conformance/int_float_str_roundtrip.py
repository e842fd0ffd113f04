# str(x) and repr(x) of numbers round-trip through int()/float()
import random
rng = random.Random(12345)
ok = True
for _ in range(500):
    f = rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-300, 300)
    if float(repr(f)) != f:
        ok = False
    n = rng.getrandbits(rng.randint(1, 200)) * rng.choice([-1, 1])
    if int(str(n)) != n or int(hex(n), 16) != n or int(bin(n), 0) != n:
        ok = False
print(ok)
print([repr(rng.random()) for _ in range(3)], rng.randint(0, 10**30))
print(repr(1 / 7), repr(22 / 7), str(1e-310), repr(2.0 ** 60), repr(2.0 ** 70), str(123456789.123456789))

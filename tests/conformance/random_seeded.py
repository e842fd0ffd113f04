# random with a fixed seed reproduces CPython's sequence
import random
random.seed(2024)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
r = random.Random("seed")
items = list(range(10))
r.shuffle(items)
print(items, r.sample(range(100), 5), r.randrange(0, 100, 7), r.getrandbits(40), r.choices("xyz", k=5))
print(round(r.gauss(0, 1), 12), round(r.expovariate(2), 12), r.random() < 1)

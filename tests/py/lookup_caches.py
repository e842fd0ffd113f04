# Lookups that the interpreter caches must see every change: globals shadowing builtins, deleted and
# re-added globals, class attributes changed, deleted, or added to a base after instances used them.
def use_len(x):
    return len(x)

print(use_len("abc"))
def len(x):
    return "shadowed"
print(use_len("abc"))
del len
print(use_len("abcd"))

counter = 1
def read_counter():
    return counter
for i in range(3):
    print(read_counter())
    counter += 10
del counter
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
counter = 99
print(read_counter())

# many globals: the dict grows (new entries array) while a cached lookup is live
def read_z():
    return z
z = 0
print(read_z())
for k in range(40):
    globals()["g%d" % k] = k
    z = k
print(read_z(), g39)

class Base:
    def who(self):
        return "base"
class Derived(Base):
    pass
d = Derived()
print(d.who())
Base.who = lambda self: "patched base"
print(d.who())
Derived.who = lambda self: "derived"
print(d.who())
del Derived.who
print(d.who())
print(hasattr(d, "extra"))
Base.extra = 5
print(d.extra, hasattr(d, "extra"))
del Base.extra
print(hasattr(d, "extra"))

class Slotless:
    pass
s = Slotless()
s.__class__ = Derived
print(s.who())

# methods looked up in a loop while the class changes between iterations
class Counter:
    step = 1
    def bump(self, n):
        return n + self.step
c = Counter()
n = 0
for i in range(6):
    n = c.bump(n)
    if i == 2:
        Counter.step = 100
print(n)

# a builtin name looked up in a loop, then shadowed inside the loop
total = 0
for i in range(5):
    total += abs(-i)
    if i == 2:
        abs = lambda v: 1000
print(total)

# myriad: n=4
# Each interpreter takes a different path: branches, loop lengths, exceptions.
try:
    tid
except NameError:
    tid, nthreads = 0, 1
if tid % 2 == 0:
    print('even path', tid)
else:
    print('odd path', tid)
n = 0
for i in range(tid * 1000):
    n += i % 7
print('loop', tid * 1000, 'iterations ->', n)
def collatz_len(v):
    c = 0
    while v != 1:
        v = v // 2 if v % 2 == 0 else 3 * v + 1
        c += 1
    return c
print('collatz', 27 + tid, collatz_len(27 + tid))
try:
    if tid == 1:
        raise ValueError('tid one raises')
    if tid == 2:
        {}['missing']
    if tid == 3:
        1 / 0
    print('no exception for', tid)
except ValueError as e:
    print('ValueError', e)
except KeyError as e:
    print('KeyError', e)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
def rec(k):
    return 0 if k == 0 else 1 + rec(k - 1)
print('recursion depth', rec(50 * (tid + 1)))
acc = []
k = tid
while len(acc) < 3 + tid:
    acc.append(k)
    k = (k * 7 + 3) % 11
print('acc', acc)
s = ''.join(chr(ord('a') + (tid + j) % 26) for j in range(5))
print('string', s, s[::-1])
lines = tid % 3
for j in range(lines):
    print('extra line', j)
def gen(m):
    for q in range(m):
        yield q * q
print('gen', list(gen(tid + 2)))
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Box(%r)' % (self.v,)
print([Box(tid)] * (tid + 1))
print('done', tid)

# for/else and while/else, break/continue inside try/finally.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for i in range(3):
    continue
else:
    print('else after continue-only loop, i =', i)
n = 0
while n < 3:
    n += 1
else:
    print('while else ran, n =', n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print('not printed')
print('while broke at', n)
while False:
    pass
else:
    print('while False else')
primes = []
for cand in range(2, 30):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)
for outer in range(3):
    for inner in range(3):
        if inner == 1:
            break
    else:
        print('inner else never')
    print('outer', outer, 'inner stopped at', inner)
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    else:
        out.append('else')
    return out
print(loop_finally())
def return_in_loop():
    for i in range(5):
        try:
            if i == 2:
                return 'returned %d' % i
        finally:
            print('cleanup', i)
print(return_in_loop())
def finally_overrides():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'loop done'
print(finally_overrides())
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        break
print('rest after break', list(it))
k = 0
for k in range(0):
    pass
print('k unchanged', k)
words = ['apple', 'banana', 'cherry']
for w in words:
    if w.startswith('z'):
        break
else:
    print('no z-word')
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
else:
    total *= 100
print(total)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
i = 0
while i < 3:
    i += 1
    for j in range(3):
        if j == i:
            break
    else:
        print('inner completed for i =', i)

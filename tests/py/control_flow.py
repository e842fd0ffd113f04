# if/elif/else, while, break/continue, pass, truthiness.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2 == 0:
        if n > 100:
            return 'big even'
        return 'even'
    else:
        return 'odd'
print([classify(n) for n in (-5, 0, 4, 7, 200)])
for i in range(1, 16):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz(27), collatz(1), collatz(97))
i = 0
total = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 20:
        break
    total += i
print(i, total)
for x in range(5):
    pass
print('after pass', x)
class Empty:
    pass
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
for v in [0, 0.0, -0.0, '', [], (), {}, set(), None, False, range(0), b'', Falsy(), Sized(),
          1, -1, 0.1, ' ', [0], (None,), {0: 0}, {0}, True, range(1), b'\x00', Empty()]:
    print('T' if v else 'F', end='')
print()
n = 10
while n:
    n -= 3 if n > 3 else n
    print('n =', n)
if []:
    print('no')
elif {}:
    print('no')
else:
    print('else branch')
x = 5
if x > 3 and x < 10 or x == 100:
    print('range ok')
if not (x == 5):
    print('no')
else:
    print('x is 5')
if x: pass
print('chained:', 1 < x < 10, 10 > x > 6)
result = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        if (a + b) % 2:
            continue
        result.append((a, b))
print(result)
count = 0
while count < 3:
    count += 1
    try:
        if count == 2:
            continue
        print('body', count)
    finally:
        print('finally', count)
def first_negative(seq):
    for i, v in enumerate(seq):
        if v < 0:
            return i
    return None
print(first_negative([3, 4, -1, -2]), first_negative([1]))
print('end')

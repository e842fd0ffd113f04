# Recursion: legal depth and RecursionError.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)
print(sum_to(400))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301), is_even(7))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(1, 10))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
mv = hanoi(5, 'A', 'C', 'B', [])
print(len(mv), mv[:3])
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append(items[i] + p)
    return out
print(permutations('abc'), len(permutations('abcde')))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
print(depth(450))
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
head = None
for i in range(300):
    head = Node(i, head)
def length(node):
    return 0 if node is None else 1 + length(node.nxt)
print(length(head))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print('RecursionError mutual')
def catch_deep(n):
    try:
        return catch_deep(n + 1)
    except RecursionError:
        return 'caught at some depth'
print(catch_deep(0))
def flatten(x):
    return [y for e in x for y in flatten(e)] if isinstance(x, list) else [x]
nested = 1
for i in range(100):
    nested = [nested, i]
print(len(flatten(nested)), flatten(nested)[:4])
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 60, 6 ** 30), gcd(1071, 462))

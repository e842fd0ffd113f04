# recursive functions: factorial, fibonacci, mutual recursion, recursive data structures
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
def perms(s):
    return [s] if len(s) <= 1 else [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(fact(30), is_even(100), is_odd(7), flatten([1, [2, [3, [4, []]]], 5]))
print(len(hanoi(10)), hanoi(2), perms("abc"))
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def total(t):
    return t["v"] + sum(total(k) for k in t["kids"])
def depth(t):
    return 1 + max((depth(k) for k in t["kids"]), default=0)
print(total(tree), depth(tree))

# A few small realistic programs.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i in range(n + 1) if is_p[i]]
ps = sieve(1000)
print(len(ps), ps[:10], ps[-3:], sum(ps))
def queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n:
            sols.append(cur[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            cur.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur)
            cur.pop()
    place(0, set(), set(), set(), [])
    return sols
q6 = queens(6)
print(len(q6), q6)
for r in q6[0]:
    print(''.join('Q' if c == r else '.' for c in range(6)))
print(len(queens(8)))
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
freq = {}
for word in text.lower().replace(',', ' ').split():
    freq[word] = freq.get(word, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amt
        self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds('%s has only %d' % (self.owner, self.balance))
        self.balance -= amt
        self.history.append(('wd', amt))
    def transfer(self, other, amt):
        self.withdraw(amt)
        other.deposit(amt)
    def __repr__(self):
        return 'Account(%r, %d)' % (self.owner, self.balance)
alice, bob = Account('alice', 100), Account('bob')
alice.transfer(bob, 30)
bob.deposit(5)
for op in [lambda: bob.withdraw(1000), lambda: alice.deposit(-1)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(alice, bob, alice.history, bob.history)
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), fib(200), len(memo))
records = [
    {'name': 'Ann', 'dept': 'eng', 'age': 34, 'salary': 120},
    {'name': 'Bob', 'dept': 'ops', 'age': 29, 'salary': 90},
    {'name': 'Cid', 'dept': 'eng', 'age': 29, 'salary': 110},
    {'name': 'Dee', 'dept': 'ops', 'age': 41, 'salary': 95},
    {'name': 'Eve', 'dept': 'eng', 'age': 34, 'salary': 130},
]
by_age = sorted(records, key=lambda r: r['age'])
print([r['name'] for r in by_age])
by_dept_salary = sorted(records, key=lambda r: (r['dept'], -r['salary']))
print([(r['dept'], r['name']) for r in by_dept_salary])
totals = {}
for r in records:
    totals.setdefault(r['dept'], []).append(r['salary'])
print({k: (sum(v), sum(v) / len(v)) for k, v in totals.items()})
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 1], [1, 0]]
r = [[1, 0], [0, 1]]
for _ in range(30):
    r = matmul(r, m)
print(r)
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in '+-*/':
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[tok])
        else:
            st.append(float(tok))
    return st.pop()
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('1 3 /'))
if __name__ == '__main__':
    print('main guard ran')

# for/while with else, break, continue, nested loops, loop variable after loop
for i in range(3):
    pass
else:
    print("for else", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
out = []
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if b > 1:
            break
        out.append((a, b))
print(out)
for x in []:
    print("never")
else:
    print("empty else")
for i, c in enumerate("ab"):
    pass
print(i, c)
total = 0
for v in range(10):
    if v % 2: continue
    total += v
print(total)

# while loops: counters, break/continue/else, nested, walrus conditions
i = 0
out = []
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i > 8:
        break
    out.append(i)
else:
    out.append("else")
print(out, i)
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
        depth += 1
print(depth)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)

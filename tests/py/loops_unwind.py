# break/continue/return inside except handlers, with statements and finally blocks, then more code:
# the compiler's stack model must stay right after each of them.
def search(items):
    found = []
    for x in items:
        try:
            v = 10 // x
        except ZeroDivisionError:
            if found:
                break
            else:
                continue
        found.append(v)
    try:
        return found
    finally:
        found.append('after')
print(search([1, 2, 0, 5]), search([0, 1]))
def first_ok(rows):
    for r in rows:
        try:
            if r < 0:
                raise ValueError(r)
        except ValueError as e:
            if r == -1:
                continue
            return 'bad %s' % e
        else:
            return 'ok %d' % r
    return 'none'
print(first_ok([-1, 3]), first_ok([-2, 3]), first_ok([-1]))
total = 0
for i in range(6):
    try:
        if i % 2:
            continue
        total += i
    except Exception:
        break
    finally:
        total += 100
print(total)
def nested():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
            finally:
                out.append((i, j))
        else:
            out.append('no break')
    return out
print(nested())

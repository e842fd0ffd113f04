# An uncaught exception raised two calls deep: traceback on stderr, exit status 1.
def check(value):
    if value < 0:
        raise ValueError('bad')
    return value

def process(items):
    total = 0
    for item in items:
        total += check(item)
    return total

print('start')
print(process([1, 2, 3]))
print(process([4, -5, 6]))
print('never printed')

# json: nesting deeper than two Python frames per level would allow (CPython goes to ~990; kept within 256K heaps).
import json, sys
print(sys.getrecursionlimit())
for n in [100, 300, 490, 600]:
    try:
        v = json.loads('[' * n + ']' * n)
        print(n, 'loads ok')
    except RecursionError as e:
        print(n, 'loads RecursionError')
    x = []
    for i in range(n):
        x = [x]
    try:
        print(n, len(json.dumps(x)))
    except RecursionError as e:
        print(n, 'dumps RecursionError')

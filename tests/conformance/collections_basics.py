# collections: Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4], c.total())
c.update("aaz"); c.subtract({"a": 1}); print(c.most_common(1), c["z"])
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=2), Counter(a=2, b=1) & Counter(a=1))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory is list, defaultdict(int)["missing"])
dq = deque([1, 2, 3], maxlen=4)
dq.append(4); dq.append(5); dq.appendleft(0); dq.rotate(1)
print(dq, dq.maxlen, dq.popleft(), dq.pop(), len(dq), list(reversed(dq)), dq[0])
Pt = namedtuple("Pt", ["x", "y"], defaults=[0])
p = Pt(1)
print(p, p.x, p[1], p._asdict(), p._replace(y=5), Pt._fields, Pt._make([3, 4]), tuple(p), p == (1, 0))
od = OrderedDict(a=1, b=2)
od.move_to_end("a"); print(od, list(od), od.popitem(last=False))

# heapq (CPython's exact heap layouts), bisect, copy (copy, deepcopy with memo), string.
import heapq, bisect, copy, string, random

random.seed(5)
data = [random.randrange(100) for _ in range(30)]
h = list(data)
heapq.heapify(h)
print(h)
heapq.heappush(h, -1); heapq.heappush(h, 50)
print(h[:8], heapq.heappop(h), heapq.heappop(h), h[:8])
print(heapq.heapreplace(h, 77), heapq.heappushpop(h, -5), heapq.heappushpop(h, 99), h[:6])
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data + [50, 77, 99])[1:])
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len),
      heapq.nlargest(2, [(1, 'a'), (3, 'b'), (3, 'c')], key=lambda t: t[0]), heapq.nsmallest(0, data))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge([5, 3], [4, 1], reverse=True)),
      list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge()))
ts = [(1, 'x'), (2, 'y')]
heapq.heappush(ts, (0, 'z')); print(ts)
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

s = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(s, 2), bisect.bisect_right(s, 2), bisect.bisect(s, 2), bisect.bisect(s, 0), bisect.bisect(s, 9))
print(bisect.bisect_left(s, 2, 2), bisect.bisect_right(s, 2, 0, 2), bisect.bisect_left(s, 5, hi=3))
bisect.insort(s, 3); bisect.insort_left(s, 2); bisect.insort_right(s, 9); print(s)
recs = [('a', 1), ('b', 4), ('c', 9)]
print(bisect.bisect_left(recs, 4, key=lambda r: r[1]), bisect.bisect_right(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ('d', 5), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect_left(s, 1, -1)
except ValueError as e:
    print(e)

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
shared = [1]
t = (shared, shared)
dt = copy.deepcopy(t)
print(dt, dt[0] is dt[1], dt[0] is shared)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
tup = (1, 'a', (2, 3))
print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup, copy.copy({1, 2}), copy.deepcopy({'x': {1: 2}}))
class Obj:
    def __init__(self, v): self.v = v; self.items = [v]
o = Obj(3)
o2 = copy.copy(o); o3 = copy.deepcopy(o)
o.items.append(4)
print(o2.v, o2.items, o3.items, type(o3).__name__)
class Custom:
    def __init__(self): self.n = 0
    def __copy__(self): r = Custom(); r.n = 'shallow'; return r
    def __deepcopy__(self, memo): r = Custom(); r.n = ('deep', len(memo) >= 0); return r
print(copy.copy(Custom()).n, copy.deepcopy(Custom()).n, copy.deepcopy([Custom()])[0].n)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords('  hello   wORLD  foo'), string.capwords('a-b-c', '-'), string.capwords(''))

# heapq and bisect: heap operations, merge, nlargest, sorted insertion
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 8, 3]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
bisect.insort(a, 4); bisect.insort_left(a, 3)
print(a, bisect.bisect_left([(1, "a"), (3, "c")], (2,)), bisect.bisect([1, 2, 3], 2, lo=2), bisect.bisect_left(["a", "c"], "b"))

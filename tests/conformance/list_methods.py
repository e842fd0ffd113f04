# list methods: append, extend, insert, remove, pop, index, count, clear, copy, reverse
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.extend(range(2)); a.extend("ab")
print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "neg"); a.insert(-100, "front")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(2), a.index(0, 3), a.count(0), a.count("zz"))
for f, args in [(a.remove, ("zz",)), (a.index, ("zz",)), ([].pop, ()), (a.pop, (100,)), (a.index, (3, 0, 1))]:
    try:
        f(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
b = a.copy(); b.reverse(); print(b, a == b[::-1])
b.clear(); print(b, len(a))
c = [1, 2]; c += (3, 4); c += "x"; print(c)
c *= 2; print(c)
print([1, 2] + [3], [0] * 3, 2 * [None], [] * 5, [1, [2]] * 2)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("abc"), list(range(3)), list({1: 2, 3: 4}), list((1, 2)))

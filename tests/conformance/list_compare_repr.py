# list/tuple comparisons, equality with nested and recursive containers, repr of self-reference
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] == (1,), [[1]] == [[1]])
print((1, 2) < (1, 3), (1,) < (1, 0), () == (), (1, (2, 3)) < (1, (2, 4)))
nan = float("nan")
x = [nan]
print(x == x, [nan] == [nan], nan in x, x.count(nan), x.index(nan))
a = [1]
a.append(a)
print(a, repr(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, "a"], [1, 2] != [1, 2], max([[1, 2], [1, 3], [0, 9]]))

# itertools: the common combinatoric and slicing iterators
import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(1, 3)))
print(list(it.chain([1], (2, 3), "x")), list(it.chain.from_iterable([[1], [2, 3]])), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, 0, 2])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.pairwise("abcd")), [list(t) for t in it.tee([1, 2], 2)])
print(list(it.islice("abcdefg", 1, None, 2)), list(it.islice(range(10), 2, 8, 3)))

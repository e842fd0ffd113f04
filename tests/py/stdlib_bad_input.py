# Bad and odd arguments to every module function written in Python: the same outcome (value or
# exception type) as CPython, and never a crash.
import itertools, functools, operator, collections, heapq, bisect, copy, string, random
mods = [itertools, functools, operator, collections, heapq, bisect, copy, string, random]
names = {
 itertools: ['count','cycle','repeat','accumulate','chain','compress','dropwhile','takewhile','islice','starmap','tee','zip_longest','product','permutations','combinations','combinations_with_replacement','pairwise','filterfalse'],
 functools: ['reduce','partial','lru_cache','cache','cmp_to_key','wraps'],
 operator: ['add','itemgetter','attrgetter','methodcaller','neg','getitem','contains','index','concat'],
 collections: ['namedtuple','deque','defaultdict','OrderedDict','Counter'],
 heapq: ['heappush','heappop','heapify','heapreplace','heappushpop','nlargest','nsmallest','merge'],
 bisect: ['bisect_left','bisect_right','insort_left','insort_right'],
 copy: ['copy','deepcopy'],
 string: ['capwords'],
 random: ['seed','random','randint','choice','shuffle','sample','uniform','gauss','getrandbits','choices','triangular','expovariate'],
}
argsets = [(), (None,), (1,), ('ab',), ([3,1],), (1, 2), ('ab', 'c'), ([], None), (None, None, None), (1.5,), ([1], -1), (-1,), ({}, 2)]
for m in mods:
    for n in names[m]:
        f = getattr(m, n)
        for a in argsets:
            try:
                r = f(*a)
                try:
                    r = list(itertools.islice(r, 5)) if hasattr(r, '__next__') else 'ok'
                except Exception as e:
                    r = 'lazy ' + type(e).__name__
            except Exception as e:
                r = type(e).__name__
            print(m.__name__, n, a, r)

# functools.py: the functools module: reduce, partial, lru_cache/cache, cmp_to_key, wraps, total_ordering.

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"

    def __get__(self, obj, objtype=None):
        # a partial stored on a class is not a method (as CPython's C partial)
        return self


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K


_ORDER_OPS = ('__lt__', '__le__', '__gt__', '__ge__')

def _derive(root, op):
    # the other three comparisons from one, CPython's formulas (NotImplemented passes through)
    if root == '__lt__':
        if op == '__gt__':
            def f(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented: return r
                return not r and self != other
        elif op == '__le__':
            def f(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented: return r
                return r or self == other
        else:
            def f(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented: return r
                return not r
    elif root == '__le__':
        if op == '__ge__':
            def f(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented: return r
                return not r or self == other
        elif op == '__lt__':
            def f(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented: return r
                return r and self != other
        else:
            def f(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented: return r
                return not r
    elif root == '__gt__':
        if op == '__lt__':
            def f(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented: return r
                return not r and self != other
        elif op == '__ge__':
            def f(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented: return r
                return r or self == other
        else:
            def f(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented: return r
                return not r
    else:
        if op == '__le__':
            def f(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented: return r
                return not r or self == other
        elif op == '__gt__':
            def f(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented: return r
                return r and self != other
        else:
            def f(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented: return r
                return not r
    f.__name__ = op
    return f


def total_ordering(cls):
    roots = [op for op in _ORDER_OPS if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for op in _ORDER_OPS:
        if op != root and op not in roots:
            setattr(cls, op, _derive(root, op))
    return cls


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key

_kwd_mark = object()


class _CacheInfoT:
    # CacheInfo(hits=, misses=, maxsize=, currsize=), a named tuple in CPython
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits, self.misses, self.maxsize, self.currsize = hits, misses, maxsize, currsize
    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))
    def __eq__(self, other):
        return tuple(self) == tuple(other)
    def __getitem__(self, i):
        return tuple(self)[i]
    def __len__(self):
        return 4
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


class _LruWrapper:
    def __init__(self, func, maxsize, typed):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}          # key -> result, in recency order (oldest first)
        self._hits = self._misses = 0
        update_wrapper(self, func)

    def __call__(self, *args, **kwds):
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache[key]
            if self._maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if self._maxsize is None:
            cache[key] = result
        elif self._maxsize > 0:
            if key in cache:
                return result
            if len(cache) >= self._maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info(self):
        return _CacheInfoT(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _LruWrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    def decorating_function(user_function):
        return _LruWrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return _LruWrapper(user_function, None, False)

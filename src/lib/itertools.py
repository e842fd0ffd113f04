# itertools.py: the itertools module in Python (generators where CPython has dedicated iterator types).

_MARK_TIMES = object()


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not any(hasattr(type(v), m) for m in ('__index__', '__int__', '__float__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    def __init__(self, object, times=_MARK_TIMES):
        self._obj = object
        if times is _MARK_TIMES:
            times = None
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x

def cycle(iterable):
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for x in it:
            total = x
            break
        else:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total

def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


class chain:
    # a class so that chain.from_iterable exists; iterating is a generator underneath
    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for it in sources:
            for x in it:
                yield x

    @classmethod
    def from_iterable(cls, iterable):
        c = cls.__new__(cls)
        c._gen = cls._run(iter(iterable))
        return c

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d

def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(pred, it):
    for x in it:
        if not pred(x):
            yield x
            break
    for x in it:
        yield x

def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))

def _filterfalse(pred, it):
    for x in it:
        if not (bool(x) if pred is None else pred(x)):
            yield x


class groupby:
    # the current group's iterator reads the shared source; moving on to the next key makes the
    # previous group empty, as in CPython
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MARK
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _MARK or self._currkey == self._tgtkey:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _step(self):
        self._currvalue = next(self._it)
        self._currkey = self._currvalue if self._keyfunc is None else self._keyfunc(self._currvalue)

    def _grouper(self, tgtkey, gid):
        while self._id is gid and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return

_MARK = object()


def _islice_args(args):
    n = len(args)
    if n == 1:
        start, stop, step = None, args[0], None
    elif n == 2:
        start, stop, step = args[0], args[1], None
    elif n == 3:
        start, stop, step = args
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
    def idx(v, dflt, msg):
        if v is None:
            return dflt
        try:
            i = v.__index__()
        except AttributeError:
            raise ValueError(msg) from None
        if i < 0:
            raise ValueError(msg)
        return i
    if n == 1:
        stop = idx(stop, None, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        return 0, stop, 1
    msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
    start = idx(start, 0, msg)
    stop = idx(stop, None, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    step = idx(step, 1, 'Step for islice() must be a positive integer or None.')
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return start, stop, step

def _islice(it, start, stop, step):
    # consumes exactly as CPython's islice: skipped items as it goes, never past stop
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item

def islice(iterable, *args):
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    start, stop, step = _islice_args(args)
    return _islice(iter(iterable), start, stop, step)


def _starmap(func, it):
    for args in it:
        yield func(*args)

def starmap(function, iterable):
    return _starmap(function, iter(iterable))


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buf = []
        self.base = 0          # index of buf[0] in the stream
        self.readers = []


class _Tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        k = self._pos - d.base
        if k < len(d.buf):
            v = d.buf[k]
        else:
            v = next(d.it)
            d.buf.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        return _Tee(self._data, self._pos)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if isinstance(it, _Tee):
        return tuple([it] + [it.__copy__() for _ in range(n - 1)]) if n else ()
    data = _TeeData(it)
    return tuple(_Tee(data, 0) for _ in range(n))


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                values.append(fillvalue)
        yield tuple(values)

def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod

def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _check_r(r, n):
    if r is None and n is not None:
        return n
    if not isinstance(r, int):
        if r is None:
            raise TypeError("'NoneType' object cannot be interpreted as an integer")
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r

def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return

def permutations(iterable, r=None):
    pool = tuple(iterable)
    return _permutations(pool, _check_r(r, len(pool)))

def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)

def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r, None))

def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)

def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations_wr(pool, _check_r(r, None))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b

def pairwise(iterable):
    return _pairwise(iter(iterable))

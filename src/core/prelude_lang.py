
# prelude_lang.py (appended to prelude.py): the run-time side of match statements and async
# generators, called by the code the compiler emits (LOAD_PRELUDE).

# ---- match: each helper returns the subject's parts as a sequence, or None for no match

_MATCH_SELF = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def _match_seq(s, n, star):
    # sequence patterns match list, tuple, range and memoryview (not str, bytes, bytearray)
    if not isinstance(s, (list, tuple, range, memoryview)):
        return None
    size = len(s)
    if star < 0:
        if size != n:
            return None
        return s if type(s) is list or type(s) is tuple else list(s)
    if size < n - 1:
        return None
    items = list(s)
    after = n - 1 - star
    return items[:star] + [items[star:size - after]] + items[size - after:]


def _match_map(s, keys, rest):
    if not isinstance(s, dict):
        return None
    if len(s) < len(keys):
        return None
    seen = set()
    vals = []
    for k in keys:
        if k in seen:
            raise ValueError('mapping pattern checks duplicate key (' + repr(k) + ')')
        seen.add(k)
        if k not in s:
            return None
        vals.append(s[k])
    if rest:
        d = dict(s)
        for k in keys:
            del d[k]
        vals.append(d)
    return vals


_MISSING = object()


def _match_class(s, cls, npos, kwnames):
    if not isinstance(cls, type):
        raise TypeError('called match pattern must be a type')
    if not isinstance(s, cls):
        return None
    vals = []
    names = []
    if npos:
        margs = getattr(cls, '__match_args__', _MISSING)
        if margs is _MISSING:
            for b in _MATCH_SELF:
                if issubclass(cls, b):
                    if npos > 1:
                        raise TypeError(cls.__name__ + '() accepts 1 positional sub-pattern (' + str(npos) + ' given)')
                    vals.append(s)
                    break
            else:
                margs = ()
        elif type(margs) is not tuple:
            raise TypeError(cls.__name__ + '.__match_args__ must be a tuple (got ' + type(margs).__name__ + ')')
        if not vals:
            if npos > len(margs):
                plural = '' if len(margs) == 1 else 's'
                raise TypeError(cls.__name__ + '() accepts ' + str(len(margs)) + ' positional sub-pattern' + plural +
                                ' (' + str(npos) + ' given)')
            for i in range(npos):
                name = margs[i]
                if type(name) is not str:
                    raise TypeError('__match_args__ elements must be strings (got ' + type(name).__name__ + ')')
                names.append(name)
    names.extend(kwnames)
    for i in range(len(names)):
        name = names[i]
        if name in names[:i]:
            raise TypeError(cls.__name__ + '() got multiple sub-patterns for attribute ' + repr(name))
        v = getattr(s, name, _MISSING)
        if v is _MISSING:
            return None
        vals.append(v)
    return vals


# ---- coroutines and async generators

class _AsyncGenValue:
    # what an async generator's own 'yield v' passes up, told apart from what its awaits pass up
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


_gen_send_any = _myriad.gen_send_any
_gen_throw_any = _myriad.gen_throw_at


class _CoroWrapper:
    # coroutine.__await__(): an iterator over the coroutine
    def __init__(self, coro):
        self._coro = coro

    def __iter__(self):
        return self

    def __next__(self):
        return self._coro.send(None)

    def send(self, v):
        return self._coro.send(v)

    def throw(self, *a):
        return self._coro.throw(*a)

    def close(self):
        return self._coro.close()


def _coro_await(coro):
    return _CoroWrapper(coro)


def _agen_step(ag, mode, val):
    # one step of an async generator, as a generator the awaiting coroutine drives: runs the
    # generator's frame until it yields its own value (the result) or ends; values its awaits pass
    # up go on up to the event loop, and what comes back goes down again
    try:
        if mode == 0:
            r = _gen_send_any(ag, val)
        else:
            r = _gen_throw_any(ag, val)
    except StopIteration:
        if mode == 2:
            return None
        raise StopAsyncIteration from None
    except GeneratorExit:
        if mode == 2:
            return None
        raise
    while True:
        if type(r) is _AsyncGenValue:
            if mode == 2:
                raise RuntimeError('async generator ignored GeneratorExit')
            return r.value
        try:
            sent = yield r
        except BaseException as e:
            try:
                r = _gen_throw_any(ag, e)
            except StopIteration:
                raise StopAsyncIteration from None
            continue
        try:
            r = _gen_send_any(ag, sent)
        except StopIteration:
            if mode == 2:
                return None
            raise StopAsyncIteration from None


class _AsyncGenAwaitable:
    def __init__(self, ag, mode, val):
        self._args = (ag, mode, val)

    def __await__(self):
        return _agen_step(*self._args)


def _agen_anext(ag):
    return _AsyncGenAwaitable(ag, 0, None)


def _agen_asend(ag, v):
    return _AsyncGenAwaitable(ag, 0, v)


def _agen_athrow(ag, typ, val=None, tb=None):
    if isinstance(typ, type):
        typ = typ() if val is None else typ(val)
    return _AsyncGenAwaitable(ag, 1, typ)


def _agen_aclose(ag):
    return _AsyncGenAwaitable(ag, 2, GeneratorExit())

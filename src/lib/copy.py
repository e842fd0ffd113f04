# copy.py: the copy module: shallow and deep copies, with deepcopy's memo for shared and cyclic objects.

class Error(Exception):
    pass

error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type, type(len), type(Ellipsis),
           type(NotImplemented))


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    f = getattr(cls, '__copy__', None)
    if f is not None:
        return f(x)
    if cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
        raise Error("un(shallow)copyable object of type %s" % cls)
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    cls = type(x)
    y = object.__new__(cls)
    if memo is not None:
        _memo_put(memo, x, y)
    state = getattr(x, '__dict__', None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    return y


_BOOK = object()   # the key of this module's own record in a memo


def _memo_sync(memo):
    # CPython keys the memo by id(); in myriad an id changes when the collector moves the object.
    # The record [its own id, originals, copies, ids] is newer than every original, so if any
    # original moved the record moved too, and then every entry is re-keyed by the current ids.
    book = memo.get(_BOOK)
    if book is None:
        book = [0, [], [], []]
        memo[_BOOK] = book
        book[0] = id(book)
        return book
    if book[0] != id(book):
        xs, ys, ds = book[1], book[2], book[3]
        for i in range(len(ds)):
            if memo.get(ds[i]) is ys[i]:
                del memo[ds[i]]
        for i in range(len(ds)):
            ds[i] = id(xs[i])
            memo[ds[i]] = ys[i]
        book[0] = id(book)
    return book


def _memo_put(memo, x, y):
    book = _memo_sync(memo)
    d = id(x)
    memo[d] = y
    book[1].append(x)
    book[2].append(y)
    book[3].append(d)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    _memo_sync(memo)
    y = memo.get(id(x), _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type) or cls is frozenset and all(type(e) in _ATOMIC for e in x):
        y = x
    elif cls is list:
        y = []
        _memo_put(memo, x, y)
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple met again through its own items is that copy; one whose items all come back
        # identical is itself (as CPython)
        _memo_sync(memo)
        y = memo.get(id(x), _nil)
        if y is not _nil:
            return y
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        _memo_put(memo, x, y)
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        f = getattr(cls, '__deepcopy__', None)
        if f is not None:
            y = f(x, memo)
        else:
            if cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
                raise Error("un(deep)copyable object of type %s" % cls)
            y = _reconstruct(x, memo)
    if y is not x:
        _memo_sync(memo)
        if memo.get(id(x), _nil) is not y:
            _memo_put(memo, x, y)
    return y

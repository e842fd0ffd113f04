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
        memo[id(x)] = y
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


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type) or cls is frozenset and all(type(e) in _ATOMIC for e in x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple whose items come back identical is itself (as CPython)
        if d in memo:
            return memo[d]
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
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
        memo[d] = y
        # keep x alive as long as the memo (as CPython does)
        memo.setdefault(id(memo), []).append(x)
    return y

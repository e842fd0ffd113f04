# prelude.py: Python code compiled into the shared image: the slow paths of operators and builtins
# (anything that must call Python code), and the builtins that are simplest written in Python.
# Names starting with '_' stay private; the others become builtins; '_sys_X' becomes sys.X.

_BINOPS = {
    1: ('__add__', '__radd__', '__iadd__', '+'), 2: ('__sub__', '__rsub__', '__isub__', '-'),
    3: ('__mul__', '__rmul__', '__imul__', '*'), 4: ('__matmul__', '__rmatmul__', '__imatmul__', '@'),
    5: ('__truediv__', '__rtruediv__', '__itruediv__', '/'),
    6: ('__floordiv__', '__rfloordiv__', '__ifloordiv__', '//'), 7: ('__mod__', '__rmod__', '__imod__', '%'),
    8: ('__pow__', '__rpow__', '__ipow__', '**'), 9: ('__lshift__', '__rlshift__', '__ilshift__', '<<'),
    10: ('__rshift__', '__rrshift__', '__irshift__', '>>'), 11: ('__or__', '__ror__', '__ior__', '|'),
    12: ('__xor__', '__rxor__', '__ixor__', '^'), 13: ('__and__', '__rand__', '__iand__', '&'),
}

_CMPOPS = {
    20: ('__eq__', '__eq__', '=='), 21: ('__ne__', '__ne__', '!='), 22: ('__lt__', '__gt__', '<'),
    23: ('__le__', '__ge__', '<='), 24: ('__gt__', '__lt__', '>'), 25: ('__ge__', '__le__', '>='),
}

_lookup = _myriad.lookup


def _binop(a, b, op):
    name, rname, iname, sym = _BINOPS[op & 0xFF]
    ta = type(a)
    tb = type(b)
    if op & 0x100:
        f = _lookup(ta, iname)
        if f is not None:
            r = f(a, b)
            if r is not NotImplemented:
                return r
        sym = sym + '='
    fa = _lookup(ta, name)
    fb = _lookup(tb, rname) if tb is not ta else None
    if fb is not None and issubclass(tb, ta) and fb is not _lookup(ta, rname):
        r = fb(b, a)
        if r is not NotImplemented:
            return r
        fb = None
    if fa is not None:
        r = fa(a, b)
        if r is not NotImplemented:
            return r
    if fb is not None:
        r = fb(b, a)
        if r is not NotImplemented:
            return r
    if sym == '**':
        sym = '** or pow()'
    raise TypeError("unsupported operand type(s) for " + sym + ": '" + ta.__name__ + "' and '" + tb.__name__ + "'")


def _cmp(a, b, op):
    name, rname, sym = _CMPOPS[op]
    ta = type(a)
    tb = type(b)
    reflected_done = False
    if ta is not tb and issubclass(tb, ta):
        fb = _lookup(tb, rname)
        if fb is not None:
            r = fb(b, a)
            if r is not NotImplemented:
                return r
            reflected_done = True
    fa = _lookup(ta, name)
    if fa is not None:
        r = fa(a, b)
        if r is not NotImplemented:
            return r
    if not reflected_done:
        fb = _lookup(tb, rname)
        if fb is not None:
            r = fb(b, a)
            if r is not NotImplemented:
                return r
    if op == 20:
        return a is b
    if op == 21:
        return a is not b
    raise TypeError("'" + sym + "' not supported between instances of '" + ta.__name__ + "' and '" + tb.__name__ + "'")


def _ne_from_eq(a, b, op):
    f = _lookup(type(a), '__eq__')
    r = f(a, b)
    if r is NotImplemented:
        return r
    return not r


def _cmp_containers(a, b, op):
    eq = _containers_equal(a, b)
    return eq if op == 20 else not eq


def _containers_equal(a, b):
    if type(a) is dict:
        if len(a) != len(b):
            return False
        for k in a:
            if k not in b:
                return False
            x = a[k]
            y = b[k]
            if not (x is y or x == y):
                return False
        return True
    if len(a) != len(b):
        return False
    i = 0
    n = len(a)
    while i < n:
        x = a[i]
        y = b[i]
        if not (x is y or x == y):
            return False
        i += 1
    return True


def _seq_cmp(a, b, op):
    n = min(len(a), len(b))
    i = 0
    while i < n:
        x = a[i]
        y = b[i]
        if not (x is y or x == y):
            return _cmp(x, y, op)
        i += 1
    la = len(a)
    lb = len(b)
    if op == 22:
        return la < lb
    if op == 23:
        return la <= lb
    if op == 24:
        return la > lb
    return la >= lb


def _cmp_sets(a, b, op):
    if op == 23:
        return len(a) <= len(b) and all(x in b for x in a)
    if op == 22:
        return len(a) < len(b) and all(x in b for x in a)
    if op == 25:
        return len(a) >= len(b) and all(x in a for x in b)
    return len(a) > len(b) and all(x in a for x in b)


def _truth(x):
    f = _lookup(type(x), '__bool__')
    if f is not None:
        r = f(x)
        if r is not True and r is not False:
            raise TypeError('__bool__ should return bool, returned ' + type(r).__name__)
        return r
    f = _lookup(type(x), '__len__')
    if f is not None:
        return _len(x) != 0
    return True


def _not(x, _=None):
    return not _truth(x)


def _len(x):
    r = _lookup(type(x), '__len__')(x)
    if type(r) is not int:
        if type(r) is bool:
            return int(r)
        raise TypeError("'" + type(r).__name__ + "' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('__len__() should return >= 0')
    return r


def _join(sep, items):
    # the prelude's own join, so that it depends on no str method
    r = ''
    first = True
    for x in items:
        if first:
            r = x
            first = False
        else:
            r = r + sep + x
    return r


def _repr(x):
    f = _lookup(type(x), '__repr__')
    if f is not _lookup(object, '__repr__') and type(f) is not type(len):
        r = f(x)
        if type(r) is not str:
            raise TypeError('__repr__ returned non-string (type ' + type(r).__name__ + ')')
        return r
    t = type(x)
    if t is list:
        return '[' + _join(', ', [repr(e) for e in x]) + ']'
    if t is tuple:
        if len(x) == 1:
            return '(' + repr(x[0]) + ',)'
        return '(' + _join(', ', [repr(e) for e in x]) + ')'
    if t is dict:
        return '{' + _join(', ', [repr(k) + ': ' + repr(x[k]) for k in x]) + '}'
    if t is set:
        if not x:
            return 'set()'
        return '{' + _join(', ', [repr(e) for e in x]) + '}'
    if t is frozenset:
        if not x:
            return 'frozenset()'
        return 'frozenset({' + _join(', ', [repr(e) for e in x]) + '})'
    return f(x)


def _str(x):
    f = _lookup(type(x), '__str__')
    if f is _lookup(object, '__str__') or f is None:
        return _repr(x)
    r = f(x)
    if type(r) is not str:
        raise TypeError('__str__ returned non-string (type ' + type(r).__name__ + ')')
    return r


def _contains_iter(c, item):
    for x in c:
        if x is item or x == item:
            return True
    return False


def _contains_call(f, args):
    return bool(f(*args))


def _update(target, src, op):
    t = type(target)
    if t is list:
        target += [x for x in src]
    elif t is set:
        target |= {x for x in src}
    else:
        if op == 50 or not hasattr(src, 'keys'):
            if hasattr(src, 'keys'):
                for k in src.keys():
                    if k in target:
                        raise TypeError("got multiple values for keyword argument '" + str(k) + "'")
                    target[k] = src[k]
                return
            raise TypeError("'" + type(src).__name__ + "' object is not a mapping")
        for k in src.keys():
            target[k] = src[k]


def _to_list(it, _=None):
    return [x for x in it]


def _iadd_list(l, it, _=None):
    l += [x for x in it]
    return l


def _list_from_iter(it=()):
    return [x for x in it]


def _tuple_from_iter(it=()):
    return tuple(_list_from_iter(it))


def _set_from_iter(it=()):
    return {x for x in it}


def _frozenset_from_iter(it=()):
    return frozenset(_set_from_iter(it))


def _bytes_from_iter(it, encoding=None, errors=None):
    return bytes(_list_from_iter(it))


def _dict_from(src, **kw):
    d = {}
    if hasattr(src, 'keys'):
        for k in src.keys():
            d[k] = src[k]
    else:
        i = 0
        for item in src:
            pair = tuple(item)
            if len(pair) != 2:
                raise ValueError('dictionary update sequence element #' + str(i) + ' has length ' + str(len(pair)) + '; 2 is required')
            d[pair[0]] = pair[1]
            i += 1
    for k in kw:
        d[k] = kw[k]
    return d


def _int_from_obj(x, base=None):
    for name in ('__int__', '__index__', '__trunc__'):
        f = _lookup(type(x), name)
        if f is not None:
            return f(x)
    raise TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + type(x).__name__ + "'")


def _float_from_obj(x):
    f = _lookup(type(x), '__float__')
    if f is not None:
        return f(x)
    f = _lookup(type(x), '__index__')
    if f is not None:
        return float(f(x))
    raise TypeError("float() argument must be a string or a real number, not '" + type(x).__name__ + "'")


def _construct(cls, *args, **kw):
    obj = cls.__new__(cls, *args, **kw)
    if isinstance(obj, cls):
        init = _lookup(type(obj), '__init__')
        if init is not _lookup(object, '__init__'):
            r = init(obj, *args, **kw)
            if r is not None:
                raise TypeError("__init__() should return None, not '" + type(r).__name__ + "'")
    return obj


def __build_class__(func, name, *bases, metaclass=None, **kwds):
    ns = {}
    cell = _myriad.run_class_body(func, ns)
    if metaclass is None:
        metaclass = type
        for b in bases:
            mt = type(b)
            if issubclass(mt, metaclass):
                metaclass = mt
    cls = metaclass(name, bases, ns, **kwds)
    if cell is not None:
        _myriad.set_cell(cell, cls)
    for k in ns:
        v = ns[k]
        sn = _lookup(type(v), '__set_name__')
        if sn is not None:
            sn(v, cls, k)
    for b in cls.__mro__[1:]:
        d = b.__dict__
        f = d['__init_subclass__'] if b is not object and '__init_subclass__' in d else None
        if f is not None:
            if type(f) is classmethod:
                f.__func__(cls, **kwds)
            else:
                f(cls, **kwds)
            break
    return cls


def _exec_code(code, g, l):
    _myriad.run_code(code, g, l)
    return None


def _displayhook(x, _=None):
    if x is not None:
        print(repr(x))


def _print(*args, sep=' ', end='\n', file=None, flush=False):
    if sep is None:
        sep = ' '
    if end is None:
        end = '\n'
    text = _join(sep, [str(a) for a in args]) + end
    if file is None:
        _myriad.write(1, text)
    else:
        file.write(text)


def _getattr_default(obj, name, default):
    try:
        return getattr(obj, name)
    except AttributeError:
        return default


def _next_default(it, default):
    try:
        return next(it)
    except StopIteration:
        return default


def _getitem_iter(obj, _=None):
    # iteration through __getitem__ with 0, 1, 2, ... until IndexError
    i = 0
    while True:
        try:
            v = obj[i]
        except IndexError:
            return
        yield v
        i += 1


def _iter_callable(f, sentinel):
    while True:
        v = f()
        if v == sentinel:
            return
        yield v


def _divmod(a, b):
    f = _lookup(type(a), '__divmod__')
    if f is not None:
        r = f(a, b)
        if r is not NotImplemented:
            return r
    f = _lookup(type(b), '__rdivmod__')
    if f is not None:
        r = f(b, a)
        if r is not NotImplemented:
            return r
    raise TypeError("unsupported operand type(s) for divmod(): '" + type(a).__name__ + "' and '" + type(b).__name__ + "'")


def _round(x, ndigits=None):
    f = _lookup(type(x), '__round__')
    if ndigits is None:
        return f(x)
    return f(x, ndigits)


def _list_setslice(l, s, it):
    l[s] = list(it)


class _Stream:
    def __init__(self, fd):
        self._fd = fd

    def write(self, s):
        return _myriad.write(self._fd, s)

    def flush(self):
        pass


_sys_stdout = _Stream(1)
_sys_stderr = _Stream(2)


def _sys_exit(code=None):
    raise SystemExit(code) if code is not None else SystemExit()


def _sys_getrecursionlimit():
    return 1000


# ---- builtins written in Python ----

def hasattr(obj, name):
    try:
        getattr(obj, name)
        return True
    except AttributeError:
        return False


def enumerate(iterable, start=0):
    n = start
    for x in iterable:
        yield (n, x)
        n += 1


def zip(*iterables, strict=False):
    if not iterables:
        return
    its = [iter(x) for x in iterables]
    while True:
        items = []
        for it in its:
            try:
                items.append(next(it))
            except StopIteration:
                if strict and (items or len(its) > 1):
                    raise ValueError('zip() argument ' + str(len(items) + 1) + ' is shorter than argument 1')
                return
        yield tuple(items)


def map(func, *iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            yield func(x)
        return
    for args in zip(*iterables):
        yield func(*args)


def filter(func, iterable):
    for x in iterable:
        if (func(x) if func is not None else x):
            yield x


def reversed(seq):
    f = _lookup(type(seq), '__reversed__')
    if f is not None:
        return f(seq)
    return _reversed_gen(seq)


def _reversed_gen(seq):
    i = len(seq) - 1
    while i >= 0:
        yield seq[i]
        i -= 1


def any(iterable):
    for x in iterable:
        if x:
            return True
    return False


def all(iterable):
    for x in iterable:
        if not x:
            return False
    return True


def sum(iterable, start=0):
    total = start
    for x in iterable:
        total = total + x
    return total


def _minmax(args, key, default, is_min, name):
    if len(args) == 1:
        it = iter(args[0])
        try:
            best = next(it)
        except StopIteration:
            if default is _missing:
                raise ValueError(name + '() arg is an empty sequence')
            return default
    elif len(args) == 0:
        raise TypeError(name + ' expected at least 1 argument, got 0')
    else:
        if default is not _missing:
            raise TypeError('Cannot specify a default for ' + name + '() with multiple positional arguments')
        it = iter(args[1:])
        best = args[0]
    if key is None:
        for x in it:
            if (x < best) if is_min else (x > best):
                best = x
        return best
    bestk = key(best)
    for x in it:
        k = key(x)
        if (k < bestk) if is_min else (k > bestk):
            best = x
            bestk = k
    return best


_missing = object()


def min(*args, key=None, default=_missing):
    return _minmax(args, key, default, True, 'min')


def max(*args, key=None, default=_missing):
    return _minmax(args, key, default, False, 'max')


def sorted(iterable, *, key=None, reverse=False):
    items = list(iterable)
    _merge_sort(items, key, reverse)
    return items


def _merge_sort(items, key, reverse):
    # stable merge sort on (key, index) pairs; reverse keeps equal items in order, like list.sort
    n = len(items)
    if n < 2:
        return
    keys = [key(x) for x in items] if key is not None else items[:]
    idx = list(range(n))
    width = 1
    buf = [0] * n
    while width < n:
        i = 0
        while i < n:
            mid = min(i + width, n)
            hi = min(i + 2 * width, n)
            a = i
            b = mid
            k = i
            while a < mid and b < hi:
                ka = keys[idx[a]]
                kb = keys[idx[b]]
                if (ka < kb) if reverse else (kb < ka):
                    buf[k] = idx[b]
                    b += 1
                else:
                    buf[k] = idx[a]
                    a += 1
                k += 1
            while a < mid:
                buf[k] = idx[a]
                a += 1
                k += 1
            while b < hi:
                buf[k] = idx[b]
                b += 1
                k += 1
            i += 2 * width
        idx, buf = buf, idx
        width *= 2
    src = items[:]
    j = 0
    while j < n:
        items[j] = src[idx[j]]
        j += 1


def vars(obj=_missing):
    if obj is _missing:
        return globals()
    try:
        return obj.__dict__
    except AttributeError:
        raise TypeError('vars() argument must have __dict__ attribute')


def dir(obj=_missing):
    if obj is _missing:
        return sorted(globals().keys())
    names = set()
    if isinstance(obj, type):
        for c in obj.__mro__:
            for k in c.__dict__:
                names.add(k)
    else:
        d = _myriad.instance_dict(obj)
        if d is not None:
            for k in d:
                names.add(k)
        for c in type(obj).__mro__:
            for k in c.__dict__:
                names.add(k)
    return sorted(names)


def locals():
    return globals()

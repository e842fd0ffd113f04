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
    # loops, not comprehensions: one frame per nesting level keeps deep data within the recursion limit
    parts = []
    if t is dict:
        for k in x:
            parts.append(repr(k) + ': ' + repr(x[k]))
        return '{' + _join(', ', parts) + '}'
    if t is list or t is tuple or t is set or t is frozenset:
        for e in x:
            parts.append(repr(e))
    if t is list:
        return '[' + _join(', ', parts) + ']'
    if t is tuple:
        if len(x) == 1:
            return '(' + parts[0] + ',)'
        return '(' + _join(', ', parts) + ')'
    if t is set:
        if not x:
            return 'set()'
        return '{' + _join(', ', parts) + '}'
    if t is frozenset:
        if not x:
            return 'frozenset()'
        return 'frozenset({' + _join(', ', parts) + '})'
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


def _format_value(v, conv, spec):
    # an f-string field with a conversion that needs Python code: f'{v!a}', f'{obj!r:>10}'
    v = str(v) if conv == 1 else repr(v) if conv == 2 else ascii(v)
    return v if spec is None else format(v, spec)


def _range_count(r, x):
    return sum(1 for v in r if v == x)


def _range_index(r, x):
    for i, v in enumerate(r):
        if v == x:
            return i
    raise ValueError(repr(x) + ' is not in range')


def _pow3(a, b, m):
    r = _lookup(type(a), '__pow__')(a, b, m)
    if r is NotImplemented:
        raise TypeError("unsupported operand type(s) for ** or pow(): '" + type(a).__name__ + "', '" +
                        type(b).__name__ + "', '" + type(m).__name__ + "'")
    return r


def _iter_checked(x):
    # iter(x) for a class with __iter__: what it returns must be an iterator
    f = _lookup(type(x), '__iter__')
    if f is None:
        raise TypeError("'" + type(x).__name__ + "' object is not iterable")
    r = f(x)
    if not hasattr(r, '__next__'):
        raise TypeError("iter() returned non-iterator of type '" + type(r).__name__ + "'")
    return r


def _not_call(f, args):
    return not f(*args)


def _funcstr(f):
    # a callable as CPython names it in call errors: module.qualname(), no module for builtins
    q = getattr(f, '__qualname__', None)
    if not isinstance(q, str):
        return str(f)
    m = getattr(f, '__module__', None)
    return (m + '.' + q if isinstance(m, str) and m != 'builtins' else q) + '()'


def _update(target, src, merge, func=None):
    # LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE (merge); func: the callable of f(*x), f(**x)
    t = type(target)
    if t is list:
        if _lookup(type(src), '__iter__') is None and _lookup(type(src), '__getitem__') is None:
            what = 'Value' if func is None else _funcstr(func) + ' argument'
            raise TypeError(what + ' after * must be an iterable, not ' + type(src).__name__)
        target += [x for x in src]
    elif t is set:
        target |= {x for x in src}
    else:
        if merge or not hasattr(src, 'keys'):
            if hasattr(src, 'keys'):
                for k in src.keys():
                    if k in target:
                        raise TypeError(_funcstr(func) + " got multiple values for keyword argument '" + str(k) + "'")
                    target[k] = src[k]
                return
            if merge:
                raise TypeError(_funcstr(func) + ' argument after ** must be a mapping, not ' + type(src).__name__)
            raise TypeError("'" + type(src).__name__ + "' object is not a mapping")
        for k in src.keys():
            target[k] = src[k]


def _to_list(it, _=None):
    # unpacking: any iterable becomes a list first
    if _lookup(type(it), '__iter__') is None and _lookup(type(it), '__getitem__') is None:
        raise TypeError('cannot unpack non-iterable ' + type(it).__name__ + ' object')
    return [x for x in it]


def _iadd_list(l, it, _=None):
    l += [x for x in it]
    return l


def _list_from_iter(it=()):
    return [x for x in it]


def _tuple_from_iter(it=()):
    return tuple(_list_from_iter(it))


def _set_from_iter(it=()):
    s = set()
    for x in it:
        _set_add(s, x)
    return s


def _frozenset_from_iter(it=()):
    return frozenset(_set_from_iter(it))


def _bytes_from_iter(it, encoding=None, errors=None):
    try:
        items = _list_from_iter(it)
    except TypeError:
        if _lookup(type(it), '__iter__') is None and _lookup(type(it), '__getitem__') is None:
            raise TypeError("cannot convert '" + type(it).__name__ + "' object to bytes") from None
        raise
    return bytes(items)


def _dict_from(src, **kw):
    d = {}
    if hasattr(src, 'keys'):
        for k in src.keys():
            d[k] = src[k]
    else:
        i = 0
        for item in src:
            try:
                pair = tuple(item)
            except TypeError:
                raise TypeError('cannot convert dictionary update sequence element #' + str(i) + ' to a sequence') from None
            if len(pair) != 2:
                raise ValueError('dictionary update sequence element #' + str(i) + ' has length ' + str(len(pair)) + '; 2 is required')
            d[pair[0]] = pair[1]
            i += 1
    for k in kw:
        d[k] = kw[k]
    return d


def _dec_digit(c):
    # the value of a Unicode decimal digit: decimal digits come in runs of ten, 0 to 9
    n = ord(c)
    k = 0
    while chr(n - k - 1).isdecimal():
        k += 1
    return str(k % 10)


def _ascii_number(s):
    # int() and float() of a str with non-ASCII characters: Unicode digits and spaces made ASCII;
    # None if something else non-ASCII is left
    s = ''.join(_dec_digit(c) if c > '\x7f' and c.isdecimal() else c for c in s.strip())
    return s if s.isascii() else None


def _int_unicode(s, base=10):
    t = _ascii_number(s)
    if t is not None:
        try:
            return int(t, base)
        except ValueError:
            pass
    raise ValueError('invalid literal for int() with base %d: %r' % (base, s))


def _float_unicode(s):
    t = _ascii_number(s)
    if t is not None:
        try:
            return float(t)
        except ValueError:
            pass
    raise ValueError('could not convert string to float: %r' % (s,))


def _int_base_index(x, base):
    return int(x, _index(base))


def _int_from_obj(x, base=None):
    if isinstance(x, (bytearray, memoryview)):
        return int(bytes(x)) if base is None else int(bytes(x), base)
    for name in ('__int__', '__index__', '__trunc__'):
        f = _lookup(type(x), name)
        if f is not None:
            return f(x)
    raise TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + type(x).__name__ + "'")


def _float_from_obj(x):
    f = _lookup(type(x), '__float__')
    if f is not None:
        r = f(x)
        if not isinstance(r, float):
            raise TypeError(type(x).__name__ + '.__float__ returned non-float (type ' + type(r).__name__ + ')')
        return r
    f = _lookup(type(x), '__index__')
    if f is not None:
        return float(f(x))
    raise TypeError("float() argument must be a string or a real number, not '" + type(x).__name__ + "'")


def _construct(cls, /, *args, **kw):
    obj = cls.__new__(cls, *args, **kw)
    if isinstance(obj, cls):
        init = _lookup(type(obj), '__init__')
        if init is not _lookup(object, '__init__'):
            r = init(obj, *args, **kw)
            if r is not None:
                raise TypeError("__init__() should return None, not '" + type(r).__name__ + "'")
    return obj


def _calculate_meta(meta, bases):
    winner = meta
    for b in bases:
        bt = type(b)
        if issubclass(winner, bt):
            continue
        if issubclass(bt, winner):
            winner = bt
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) '
                        'subclass of the metaclasses of all its bases')
    return winner


def _resolve_bases(bases):
    # PEP 560: a base that is not a class may stand for others (list[int], typing.Generic[T])
    new = []
    for b in bases:
        f = None if isinstance(b, type) else getattr(b, '__mro_entries__', None)
        if f is None:
            new.append(b)
        else:
            new.extend(f(bases))
    return tuple(new)


def __build_class__(func, name, /, *bases, metaclass=None, **kwds):
    for b in bases:
        if not isinstance(b, type):
            orig, bases = bases, _resolve_bases(bases)
            break
    else:
        orig = None
    if metaclass is None:
        metaclass = type(bases[0]) if bases else type
    if isinstance(metaclass, type):
        metaclass = _calculate_meta(metaclass, bases)
    prep = getattr(metaclass, '__prepare__', None)
    ns = {} if prep is None else prep(name, bases, **kwds)
    cell = _myriad.run_class_body(func, ns)
    if orig is not None and orig != bases:
        ns['__orig_bases__'] = orig
    cls = metaclass(name, bases, ns, **kwds)
    if cell is not None:
        _myriad.set_cell(cell, cls)
    return cls


def _type_new(mcls, name, bases, ns, /, **kwds):
    # type.__new__: the class, then __set_name__ of its attributes and its parent's __init_subclass__
    cls = _myriad.type_new(mcls, name, bases, ns)
    for k, v in list(ns.items()):
        sn = _lookup(type(v), '__set_name__')
        if sn is not None:
            sn(v, cls, k)
    for b in cls.__mro__[1:]:
        d = b.__dict__
        if '__init_subclass__' in d:
            f = d['__init_subclass__']
            if b is object:
                if kwds:
                    raise TypeError(cls.__name__ + '.__init_subclass__() takes no keyword arguments')
            elif type(f) is classmethod:
                f.__func__(cls, **kwds)
            else:
                f(cls, **kwds)
            break
    return cls


def _type_call(name, bases, ns, /, **kwds):
    # type(name, bases, dict): the most derived metaclass of the bases makes the class
    if '__module__' not in ns:
        g = _myriad.caller_globals()
        if '__name__' in g:
            ns = dict(ns)
            ns['__module__'] = g['__name__']
    meta = _calculate_meta(type, bases)
    if meta is not type:
        return meta(name, bases, ns, **kwds)
    return _type_new(type, name, bases, ns, **kwds)


def _type_call_default(cls, /, *args, **kw):
    # type.__call__: what super().__call__() in a metaclass's __call__ does
    return _construct(cls, *args, **kw)


def _type_prepare(*args, **kw):
    return {}


type.__new__ = staticmethod(_type_new)
type.__call__ = _type_call_default
type.__prepare__ = staticmethod(_type_prepare)


def _box_new(cls, /, *args, **kw):
    base = _myriad.box_base(cls)
    if base is list or base is dict or base is set:
        return _myriad.box(cls, base())
    return _myriad.box(cls, base(*args, **kw))


def _dict_missing_getitem(d, key):
    if dict.__contains__(d, key):
        return dict.__getitem__(d, key)
    return type(d).__missing__(d, key)


def _isinstance_hook(obj, cls):
    # isinstance() when a metaclass defines __instancecheck__ (abc.ABCMeta)
    if type(cls) is tuple:
        for c in cls:
            if _isinstance_hook(obj, c):
                return True
        return False
    f = _lookup(type(cls), '__instancecheck__')
    if f is not None and type(f) is not type(len):
        return bool(f(cls, obj))
    return cls in type(obj).__mro__


def _issubclass_hook(sub, cls):
    if type(cls) is tuple:
        for c in cls:
            if _issubclass_hook(sub, c):
                return True
        return False
    f = _lookup(type(cls), '__subclasscheck__')
    if f is not None and type(f) is not type(len):
        return bool(f(cls, sub))
    return cls in sub.__mro__


def _set_sub_repr(s):
    return type(s).__name__ + '(' + (repr(set(s)) if s else '') + ')'


def _list_init(self, *args):
    if len(args) > 1:
        raise TypeError('list expected at most 1 argument, got ' + str(len(args)))
    list.clear(self)
    if args:
        list.extend(self, args[0])


def _dict_init(self, /, *args, **kw):
    if len(args) > 1:
        raise TypeError('dict expected at most 1 argument, got ' + str(len(args)))
    dict.update(self, *args, **kw)


def _set_init(self, *args):
    if len(args) > 1:
        raise TypeError('set expected at most 1 argument, got ' + str(len(args)))
    set.clear(self)
    if args:
        set.update(self, args[0])


def _exec_code(code, g, l):
    _myriad.run_code(code, g, l)
    return None


class _Quitter:
    """exit() and quit(), which CPython's site module adds (the REPL's way out)."""
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name

    def __call__(self, code=None):
        raise SystemExit(code)


exit = _Quitter('exit')
quit = _Quitter('quit')


def _import_source(name, code):
    # runs a standard module written in Python (src/lib) in this interpreter: registered first so
    # that a circular import sees it, removed again if its body raises (as CPython does)
    m = _myriad.module_new(name, code)
    mods = _myriad.modules()
    mods[name] = m
    try:
        _myriad.run_code(code, m.__dict__, m.__dict__)
    except BaseException:
        if name in mods:
            del mods[name]
        raise
    return mods[name]


def _import_dotted(name, fromlist):
    # import a.b.c: each package in turn, then the whole name (a module such as os registers its
    # submodule os.path in sys.modules); the statement binds a, or a.b.c for `from a.b.c import x`
    parts = name.split('.')
    top = m = _myriad.import_module(parts[0])
    prefix = parts[0]
    for p in parts[1:]:
        prefix = prefix + '.' + p
        m = _myriad.import_module(prefix)
    return m if fromlist is not None else top


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
        if flush:
            file.flush()


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


def _index(x):
    f = _lookup(type(x), '__index__')
    if f is None:
        raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")
    r = f(x)
    if type(r) is not int:
        raise TypeError('__index__ returned non-int (type ' + type(r).__name__ + ')')
    return r


def _getitem_index(obj, key):
    if type(key) is slice:
        return obj[slice(*[None if x is None else _index(x) for x in (key.start, key.stop, key.step)])]
    return obj[_index(key)]


def _int_prefix(x, base, _=None):
    n = _index(x)
    return bin(n) if base == 2 else oct(n) if base == 8 else hex(n)


def _list_setslice(l, s, it):
    try:
        items = list(it)
    except TypeError:
        if _lookup(type(it), '__iter__') is None and _lookup(type(it), '__getitem__') is None:
            raise TypeError('can only assign an iterable' if s.step is None else 'must assign iterable to extended slice') from None
        raise
    l[s] = items


# ---- dicts and sets whose keys hash and compare in Python ----

def _hkey_find(c, key, h):
    for i in _myriad.hash_candidates(c, h):
        k = _myriad.key_at(c, i)
        if k is key or k == key:
            return i
    return -1


def _dict_getitem(d, key):
    i = _hkey_find(d, key, hash(key))
    if i < 0:
        raise KeyError(key)
    return _myriad.value_at(d, i)


def _dict_setitem(d, key, v):
    h = hash(key)
    i = _hkey_find(d, key, h)
    if i < 0:
        _myriad.insert_new(d, key, h, v)
    else:
        _myriad.set_value_at(d, i, v)


def _dict_delitem(d, key):
    i = _hkey_find(d, key, hash(key))
    if i < 0:
        raise KeyError(key)
    _myriad.delete_at(d, i)


def _hash_contains(c, key):
    if type(c) is not dict and type(c) is not set and type(c) is not frozenset:
        c = _myriad.view_dict(c)
    return _hkey_find(c, key, hash(key)) >= 0


def _set_add(s, key):
    h = hash(key)
    if _hkey_find(s, key, h) < 0:
        _myriad.insert_new(s, key, h, None)


def _build_set(*items):
    s = set()
    for x in items:
        _set_add(s, x)
    return s


def _build_map(*kv):
    d = {}
    i = 0
    while i < len(kv):
        _dict_setitem(d, kv[i], kv[i + 1])
        i += 2
    return d


def _report_uncaught(exc, _=None):
    # an uncaught exception whose str() is Python code: compute the messages, C prints the rest
    msgs = {}
    e = exc
    n = 0
    while e is not None and n < 16:
        try:
            m = str(e)
        except BaseException:
            m = '<exception str() failed>'
        msgs[e] = m
        if e.__cause__ is not None:
            e = e.__cause__
        elif e.__suppress_context__:
            e = None
        else:
            e = e.__context__
        n += 1
    _myriad.print_uncaught(exc, msgs)


class _Stream:
    def __init__(self, fd):
        self._fd = fd

    def write(self, s):
        return _myriad.write(self._fd, s)

    def flush(self):
        pass


_sys_stdout = _Stream(1)
_sys_stderr = _Stream(2)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    # io is imported on the first open(): a script that opens no file does not pay for it
    import io
    return io.open(file, mode, buffering, encoding, errors, newline, closefd, opener)


def _sys_exit(code=None):
    raise SystemExit(code) if code is not None else SystemExit()


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
                if strict:
                    _zip_strict_check(its, len(items))
                return
        yield tuple(items)


def _zip_strict_check(its, i):
    # CPython's messages: argument i+1 ran out before the ones before it, or a later one has more
    if i:
        raise ValueError('zip() argument %d is shorter than argument%s%d' % (i + 1, ' ' if i == 1 else 's 1-', i))
    for i in range(1, len(its)):
        try:
            next(its[i])
        except StopIteration:
            continue
        raise ValueError('zip() argument %d is longer than argument%s%d' % (i + 1, ' ' if i == 1 else 's 1-', i))


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
    if _lookup(type(seq), '__getitem__') is None and not isinstance(seq, (range, bytes, bytearray, memoryview)):
        raise TypeError("'" + type(seq).__name__ + "' object is not reversible")
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
    if isinstance(start, (str, bytes, bytearray)):
        raise TypeError("sum() can't sum " + ('strings' if isinstance(start, str) else 'bytes' if isinstance(start, bytes) else 'bytearray') +
                        " [use " + ("''" if isinstance(start, str) else "b''") + ".join(seq) instead]")
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
        return _myriad.caller_locals()
    try:
        return obj.__dict__
    except AttributeError:
        raise TypeError('vars() argument must have __dict__ attribute')


def dir(obj=_missing):
    if obj is _missing:
        return sorted(_myriad.caller_locals())
    if type(obj) is type(sys):
        return sorted(obj.__dict__)   # a module lists its globals, as CPython's module.__dir__
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



# ---- containers.c: the parts of list/dict/set methods that must run Python code ----

def _cont_list_extend(l, it):
    app = l.append
    for x in it:
        app(x)


def _cont_list_index(s, x, i, stop, err):
    # list.index/tuple.index from item i on, once an item's __eq__ is Python code
    while i < stop and i < len(s):
        y = s[i]
        if y is x or y == x:
            return i
        i += 1
    raise ValueError(repr(x) + ' is not in list' if err is None else err)


def _cont_list_count(s, x, i, n):
    while i < len(s):
        y = s[i]
        if y is x or y == x:
            n += 1
        i += 1
    return n


def _cont_list_remove(l, x, i):
    while i < len(l):
        y = l[i]
        if y is x or y == x:
            del l[i]
            return
        i += 1
    raise ValueError('list.remove(x): x not in list')


def _cont_list_reversed(l):
    # list.__reversed__: stops early if the list shrinks under it, as CPython's iterator does
    i = len(l) - 1
    while i >= 0 and i < len(l):
        yield l[i]
        i -= 1


def _cont_sort_key(l, key, reverse):
    keys = [key(x) for x in l]
    _myriad.cont_sort_by(l, keys, reverse)


def _cont_sort_idx(l, keys, reverse):
    # sort by keys that need Python comparisons: sort the positions, then place the items
    items = l[:]
    idx = list(range(len(items)))
    _merge_sort(idx, keys.__getitem__, reverse)
    l[:] = [items[i] for i in idx]


def _cont_dict_reversed(d, kind):
    # reversed() of a dict or a view (kind: 0 keys, 1 values, 2 items)
    keys = list(d)
    n = len(keys)
    i = n - 1
    while i >= 0:
        if len(d) != n:
            raise RuntimeError('dictionary changed size during iteration')
        k = keys[i]
        i -= 1
        if kind == 0:
            yield k
        elif kind == 1:
            yield d[k]
        else:
            yield (k, d[k])


def _cont_dict_get(d, k, default):
    return d[k] if k in d else default


def _cont_dict_setdefault(d, k, default):
    if k in d:
        return d[k]
    d[k] = default
    return default


def _cont_dict_pop(d, k, rest):
    if k in d:
        v = d[k]
        del d[k]
        return v
    if rest:
        return rest[0]
    raise KeyError(k)


def _cont_dict_popitem(d):
    k = list(d)[-1]
    v = d[k]
    del d[k]
    return (k, v)


def _cont_set_discard(s, key, remove):
    # set.discard/remove of a key hashed in Python (the table helpers of the hashing slow path)
    i = _hkey_find(s, key, hash(key))
    if i >= 0:
        _myriad.delete_at(s, i)
    elif remove:
        raise KeyError(key)


def _cont_dict_update(d, args, kw):
    if args:
        src = args[0]
        if hasattr(src, 'keys'):
            for k in src.keys():
                d[k] = src[k]
        else:
            i = 0
            for item in src:
                try:
                    pair = item if type(item) is tuple or type(item) is list else list(item)
                except TypeError:
                    raise TypeError('cannot convert dictionary update sequence element #' + str(i) + ' to a sequence') from None
                if len(pair) != 2:
                    raise ValueError('dictionary update sequence element #' + str(i) + ' has length ' + str(len(pair)) + '; 2 is required')
                d[pair[0]] = pair[1]
                i += 1
    for k in kw:
        d[k] = kw[k]


def _cont_fromkeys(cls, it, value):
    d = cls()
    for k in it:
        d[k] = value
    return d


def _cont_it(x):
    # an argument as the C set methods take it: sets and dicts as they are, other iterables as lists
    t = type(x)
    if t is set or t is frozenset or t is dict:
        return x
    return list(x)


def _cont_set_call(s, name, args, each):
    f = getattr(s, name)
    if each:
        for a in args:
            f(_cont_it(a))
        return None
    return f(*[_cont_it(a) for a in args])


def _cont_is_view(x):
    t = type(x)
    return t is type({}.keys()) or t is type({}.items())


_CONT_VIEW_OPS = {2: ('__sub__', '__rsub__'), 11: ('__or__', '__ror__'), 12: ('__xor__', '__rxor__'),
                  13: ('__and__', '__rand__')}


def _cont_view_binop(a, b, op):
    # a view operator with an operand only Python can iterate: as a list, then the C version
    names = _CONT_VIEW_OPS[op]
    if _cont_is_view(a):
        return _lookup(type(a), names[0])(a, b if _cont_is_view(b) else _cont_it(b))
    return _lookup(type(b), names[1])(b, _cont_it(a))


def _cont_view_in(v, d, x):
    # x in v, v a keys or items view of the dict d (None: v is a set)
    if d is None:
        return x in v
    if type(v) is type({}.keys()):
        return x in d
    if type(x) is not tuple or len(x) != 2 or x[0] not in d:
        return False
    w = d[x[0]]
    return w is x[1] or w == x[1]


def _cont_view_and(a, b, da, db):
    if da is None:
        a, b, da, db = b, a, db, da
    if type(b) is set and len(a) <= len(b):
        return b.intersection(a)
    if db is not None and len(b) > len(a):
        a, b, da, db = b, a, db, da
    r = set()
    for x in b:
        if _cont_view_in(a, da, x):
            r.add(x)
    return r


def _cont_view_isdisjoint(a, b, da, db):
    if a is b:
        return len(a) == 0
    if db is not None or type(b) is set or type(b) is frozenset:
        if len(b) > len(a):
            a, b, da, db = b, a, db, da
    for x in b:
        if _cont_view_in(a, da, x):
            return False
    return True


def _cont_all_in(x, y, dy):
    for e in x:
        if not _cont_view_in(y, dy, e):
            return False
    return True


def _cont_view_cmp(a, b, da, db, op):
    # CPython's dictview_richcompare, a a keys/items view and b set-like
    la = len(a)
    lb = len(b)
    if op == 20 or op == 21:
        ok = la == lb and _cont_all_in(a, b, db)
        return ok if op == 20 else not ok
    if op == 22:
        return la < lb and _cont_all_in(a, b, db)
    if op == 23:
        return la <= lb and _cont_all_in(a, b, db)
    if op == 24:
        return la > lb and _cont_all_in(b, a, da)
    return la >= lb and _cont_all_in(b, a, da)


def _cont_items_xor(d1, d2):
    tmp = d1.copy()
    r = set()
    for k in d2:
        v2 = d2[k]
        if k in tmp:
            v1 = tmp[k]
            if v1 is v2 or v1 == v2:
                del tmp[k]
                continue
        r.add((k, v2))
    r.update(tmp.items())
    return r


# ---- str and bytes helpers (str_methods.c, format.c): the parts that may run Python code ----

def _bytes_join(sep, items):
    # bytes.join with bytearray or memoryview items
    out = []
    for i, x in enumerate(items):
        if isinstance(x, (bytearray, memoryview)):
            x = bytes(x)
        elif type(x) is not bytes:
            raise TypeError('sequence item %d: expected a bytes-like object, %s found' % (i, type(x).__name__))
        out.append(x)
    return sep.join(out)


def _ord_buffer(x):
    if isinstance(x, bytearray):
        if len(x) != 1:
            raise TypeError('ord() expected a character, but string of length %d found' % len(x))
        return x[0]
    raise TypeError('ord() expected string of length 1, but ' + type(x).__name__ + ' found')


def _str_join(sep, it):
    # sep.join(it) for iterables other than list, tuple and str
    try:
        it = iter(it)
    except TypeError:
        raise TypeError('can only join an iterable')
    return sep.join([x for x in it])


def _str_translate(s, table):
    # s.translate(table) when table is not a dict: its __getitem__ decides
    out = []
    for c in s:
        try:
            r = table[ord(c)]
        except LookupError:
            out += [c]
            continue
        if r is None:
            continue
        if type(r) is int:
            if r < 0 or r > 0x10ffff:
                raise ValueError('character mapping must be in range(0x110000)')
            out += [chr(r)]
        elif type(r) is str:
            out += [r]
        else:
            raise TypeError('character mapping must return integer, None or str')
    return ''.join(out)


def _str_format_obj(v, spec):
    # format(v, spec) when v's class defines __format__
    r = _lookup(type(v), '__format__')(v, spec)
    if type(r) is not str:
        raise TypeError('__format__ must return a str, not ' + type(r).__name__)
    return r


def _str_format(fmt, args, kw, depth=2, auto=None):
    # str.format (args a tuple, kw a dict or None) and format_map (args None, kw the mapping) when
    # a field needs Python code; auto is the numbering state: [0 unset/1 automatic/2 manual, next]
    if depth <= 0:
        raise ValueError('Max string recursion exceeded')
    if auto is None:
        auto = [0, 0]
    out = []
    for lit, first, rest, conv, spec, expand in _myriad.format_parse(fmt):
        out += [lit]
        if first is None:
            continue
        if first == '' or type(first) is int:
            if first == '':
                if auto[0] == 2:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto[0] = 1
                first = auto[1]
                auto[1] += 1
            else:
                if auto[0] == 1:
                    raise ValueError('cannot switch from automatic field numbering to manual field specification')
                auto[0] = 2
            if args is None:
                raise ValueError('Format string contains positional fields')
            if first >= len(args):
                raise IndexError('Replacement index %d out of range for positional args tuple' % first)
            obj = args[first]
        elif kw is None:
            raise KeyError(first)
        else:
            obj = kw[first]
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        if conv is not None:
            if conv == 'r':
                obj = repr(obj)
            elif conv == 's':
                obj = str(obj)
            elif conv == 'a':
                obj = ascii(obj)
            else:
                raise ValueError('Unknown conversion specifier ' + (conv if ' ' < conv < '\x7f' else '\\x%x' % ord(conv)))
        if expand:
            spec = _str_format(spec, args, kw, depth - 1, auto)
        out += [format(obj, spec)]
    return ''.join(out)


def _str_percent(fmt, args):
    # fmt % args when an argument needs Python code: convert those here, then format in C
    vals = []
    b = type(fmt) is bytes
    for x, c, keyed in _myriad.percent_plan(fmt, args):
        if keyed:
            x = args[x]
        vals += [_str_pconv(x, c, b)]
    return _myriad.percent_format(fmt, args, vals)


def _str_pconv(x, c, b):
    # one argument of '%' formatting, converted for conversion c as CPython does it
    t = type(x)
    if c == 'r' or c == 'a':
        return ascii(x) if c == 'a' or b else repr(x)
    if c == 's' or c == 'b':
        if not b:
            return str(x)
        if t is bytes:
            return x
        f = _lookup(t, '__bytes__')
        if f is None:
            raise TypeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + t.__name__ + "'")
        return f(x)
    if t is int or t is float or t is bool or t is str or t is bytes or c == '*':
        return x
    if c == 'c':
        f = _lookup(t, '__index__')
        return f(x) if f is not None else x
    if c == 'o' or c == 'x' or c == 'X':
        f = _lookup(t, '__index__')
        if f is None:
            raise TypeError('%' + c + ' format: an integer is required, not ' + t.__name__)
        return f(x)
    if c == 'd' or c == 'i' or c == 'u':
        if _lookup(t, '__int__') is None and _lookup(t, '__index__') is None:
            raise TypeError('%' + c + ' format: a real number is required, not ' + t.__name__)
        return int(x)
    if _lookup(t, '__float__') is None and _lookup(t, '__index__') is None:
        raise TypeError('must be real number, not ' + t.__name__)
    return float(x)


# ---- math, sys, int and float (mod_math.c, mod_sys.c, num_methods.c): the paths that run Python
# code: __float__ / __index__ / __floor__ of instances of Python classes, iterables other than
# lists and tuples, and sys's Python-level members ----

def _math_real(x):
    t = type(x)
    if t is float or t is int or t is bool:
        return x
    f = _lookup(t, '__float__')
    if f is not None:
        r = f(x)
        if type(r) is not float:
            raise TypeError(t.__name__ + '.__float__ returned non-float (type ' + type(r).__name__ + ')')
        return r
    if _lookup(t, '__index__') is not None:
        return _math_index(x)
    raise TypeError('must be real number, not ' + t.__name__)


def _math_index(x):
    t = type(x)
    if t is int or t is bool:
        return x
    f = _lookup(t, '__index__')
    if f is None:
        raise TypeError("'" + t.__name__ + "' object cannot be interpreted as an integer")
    r = f(x)
    if type(r) is not int and type(r) is not bool:
        raise TypeError('__index__ returned non-int (type ' + type(r).__name__ + ')')
    return r


def _math_conv(x, k):
    if k == 'r':
        return _math_real(x)
    if k == 'i':
        return _math_index(x)
    return x


def _math_call(f, kinds, kwkind, *args, **kw):
    # f called again with converted arguments: kinds has a letter per positional argument ('r' a
    # real number, 'i' an integer, '-' as it is), its last letter repeating; kwkind for keywords
    conv = []
    n = len(kinds)
    i = 0
    for a in args:
        conv.append(_math_conv(a, kinds[i] if i < n else kinds[n - 1]))
        i += 1
    ckw = {}
    for k in kw:
        ckw[k] = _math_conv(kw[k], kwkind)
    return f(*conv, **ckw)


def _math_round_via(f, x, name):
    # math.floor / math.ceil of an object: its __floor__ / __ceil__, else f of its float value
    m = _lookup(type(x), name)
    if m is not None:
        return m(x)
    return f(_math_real(x))


def _math_trunc(x):
    m = _lookup(type(x), '__trunc__')
    if m is None:
        raise TypeError('type ' + type(x).__name__ + " doesn't define __trunc__ method")
    return m(x)


def _math_fsum(f, it):
    return f([_math_real(x) for x in it])


def _math_dist(f, p, q):
    p = tuple(p)   # both iterables first, then their items, as CPython
    q = tuple(q)
    return f(tuple([_math_real(x) for x in p]), tuple([_math_real(x) for x in q]))


def _math_prod(it, start):
    r = start
    for x in it:
        r = r * x
    return r


def _num_bytes(b):
    f = _lookup(type(b), '__bytes__')
    if f is not None:
        return f(b)
    return bytes([_math_index(x) for x in b])


def _num_from_bytes(cls, *args, **kw):
    # int.from_bytes of something that is not bytes, a list or a tuple of ints
    if args:
        args = (_num_bytes(args[0]),) + args[1:]
    elif 'bytes' in kw:
        kw['bytes'] = _num_bytes(kw['bytes'])
    return cls.from_bytes(*args, **kw)


def _sysm_sizeof_py(x):
    # sys.getsizeof of an instance whose class defines __sizeof__: that, plus CPython's GC header
    # and managed-dict pre-header
    r = _math_index(_lookup(type(x), '__sizeof__')(x))
    if r < 0:
        raise ValueError('__sizeof__() should return >= 0')
    return r + 32


class _StructSeq:
    # sys.version_info, sys.float_info, ...: read by index or by name, iterated, compared and
    # hashed as the tuple of its values
    def __init__(self, name, fields, values):
        self._name = name
        self._fields = fields
        self._values = values
        i = 0
        for f in fields:
            setattr(self, f, values[i])
            i += 1

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, x):
        return x in self._values

    def __hash__(self):
        return hash(self._values)

    def __add__(self, other):
        return self._values + other

    def count(self, x):
        return self._values.count(x)

    def index(self, x):
        return self._values.index(x)

    def __eq__(self, other):
        o = _struct_other(other)
        return NotImplemented if o is None else self._values == o

    def __ne__(self, other):
        o = _struct_other(other)
        return NotImplemented if o is None else self._values != o

    def __lt__(self, other):
        o = _struct_other(other)
        return NotImplemented if o is None else self._values < o

    def __le__(self, other):
        o = _struct_other(other)
        return NotImplemented if o is None else self._values <= o

    def __gt__(self, other):
        o = _struct_other(other)
        return NotImplemented if o is None else self._values > o

    def __ge__(self, other):
        o = _struct_other(other)
        return NotImplemented if o is None else self._values >= o

    def __repr__(self):
        parts = []
        i = 0
        for f in self._fields:
            parts.append(f + '=' + repr(self._values[i]))
            i += 1
        return self._name + '(' + _join(', ', parts) + ')'


def _struct_other(o):
    if type(o) is _StructSeq:
        return o._values
    if type(o) is tuple:
        return o
    return None


class _Namespace:
    # sys.implementation: attributes with a repr like types.SimpleNamespace's
    def __init__(self, items):
        self._items = items
        for k, v in items:
            setattr(self, k, v)

    def __repr__(self):
        return 'namespace(' + _join(', ', [k + '=' + repr(v) for k, v in self._items]) + ')'


_sys_version_info = _StructSeq('sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),
                               (3, 11, 7, 'final', 0))
_sys_float_info = _StructSeq('sys.float_info', ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
                                                'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'),
                             (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                              2.220446049250313e-16, 2, 1))
_sys_int_info = _StructSeq('sys.int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                                            'str_digits_check_threshold'), (30, 4, 4300, 640))
_sys_implementation = _Namespace((('name', 'myriad'), ('cache_tag', None), ('version', _sys_version_info),
                                  ('hexversion', 0x030B07F0)))
_sys___stdout__ = _sys_stdout
_sys___stderr__ = _sys_stderr
_sys_getrecursionlimit = sys.getrecursionlimit   # the native, which reads the interpreter's limit


def _import_path(name):
    # a user module: NAME.py found in a directory of this interpreter's sys.path, in the shared
    # file system (the script's own directory is /app); compiled here, run like _import_source
    import _fs
    mods = _myriad.modules()
    s = mods.get('sys')
    for d in (s.path if s is not None else ('/app', '/lib')):
        if not isinstance(d, str) or not d.startswith('/'):
            continue
        path = d.rstrip('/') + '/' + name + '.py'
        h = _fs.open(path, 1)
        if type(h) is int:
            continue
        try:
            src = _fs.read(h, 0, -1)
        finally:
            _fs.close(h)
        return _import_source(name, compile(src.decode(), path, 'exec'))
    e = ModuleNotFoundError("No module named '%s'" % name)
    e.name = name
    raise e


class _GenericAlias:
    # list[int], dict[str, int], ...: what subscripting a built-in class gives (types.GenericAlias)
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if type(args) is tuple else (args,)

    def __repr__(self):
        def r(a):
            if a is ...:
                return '...'
            if isinstance(a, type):
                m = a.__module__
                return a.__qualname__ if m == 'builtins' else m + '.' + a.__qualname__
            return repr(a)
        return r(self.__origin__) + '[' + ', '.join(r(a) for a in self.__args__) + ']'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params)


_GenericAlias.__name__ = _GenericAlias.__qualname__ = 'GenericAlias'


def _generic_alias(cls, params):
    return _GenericAlias(cls, params)

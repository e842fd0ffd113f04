# dataclasses.py: the @dataclass decorator (init, repr, eq, order, frozen, unsafe_hash, match_args,
# kw_only), field(), fields(), asdict(), astuple(), replace(), is_dataclass(), make_dataclass().
# Methods are generated as source and exec'd, as CPython does, so argument errors read the same.

import copy as _copy


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


_brepr = repr


class InitVar:
    def __init__(self, type):
        self.type = type

    @classmethod
    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) + ',default=' + repr(self.default) +
                ',default_factory=' + repr(self.default_factory) + ',init=' + repr(self.init) + ',repr=' +
                repr(self.repr) + ',hash=' + repr(self.hash) + ',compare=' + repr(self.compare) + ',metadata=' +
                repr(self.metadata) + ',kw_only=' + repr(self.kw_only) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    name = getattr(tp, '_name', None)
    return name == 'ClassVar'


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return tp is InitVar or isinstance(tp, InitVar)


def _make(name, args, body, globs, qualname):
    # one method from source text; the defaults and helpers are passed in through globs
    src = 'def ' + name + '(' + ', '.join(args) + '):\n' + ''.join('    ' + line + '\n' for line in body)
    ns = {}
    exec(src, globs, ns)
    fn = ns[name]
    fn.__qualname__ = qualname + '.' + name
    return fn


def _tuple_src(obj, flds):
    return '(' + ''.join(obj + '.' + f.name + ', ' for f in flds) + ')'


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    ann = cls.__dict__.get('__annotations__', {})
    own = []
    kw_mode = kw_only
    for name, tp in ann.items():
        if tp is KW_ONLY or (isinstance(tp, type) and tp is _KW_ONLY_TYPE):
            kw_mode = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        f._field_type = 'classvar' if _is_classvar(tp) else 'initvar' if _is_initvar(tp) else 'field'
        if f.kw_only is MISSING:
            f.kw_only = kw_mode
        if f._field_type == 'field' and f.default is not MISSING and _unhashable(f.default):
            raise ValueError('mutable default ' + str(type(f.default)) + ' for field ' + name +
                             ' is not allowed: use default_factory')
        own.append(f)
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in ann:
            raise TypeError(repr_name(name) + ' is a field but has no type annotation')
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_fields = [f for f in fields.values() if f._field_type == 'field']
    qual = cls.__qualname__
    globs = {'MISSING': MISSING, '__dataclass_builtins_object__': object,
             'FrozenInstanceError': FrozenInstanceError, '__dataclass_cls__': cls}
    if init:
        init_fields = [f for f in fields.values() if f._field_type in ('field', 'initvar')]
        args = ['self']
        kw_args = []
        seen_default = None
        for f in init_fields:
            if not f.init:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                a = f.name
            elif f.default is not MISSING:
                globs['__dataclass_dflt_' + f.name + '__'] = f.default
                a = f.name + '=__dataclass_dflt_' + f.name + '__'
            else:
                globs['__dataclass_dflt_' + f.name + '__'] = f.default_factory
                a = f.name + '=__dataclass_HAS_DEFAULT_FACTORY__'
            if f.kw_only:
                kw_args.append(a)
                continue
            if '=' in a:
                seen_default = f.name
            elif seen_default is not None:
                raise TypeError('non-default argument ' + repr_name(f.name) + ' follows default argument')
            args.append(a)
        if kw_args:
            args.append('*')
            args.extend(kw_args)
        globs['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
        body = []
        for f in all_fields:
            if f.default_factory is not MISSING:
                factory = '__dataclass_dflt_' + f.name + '__'
                globs[factory] = f.default_factory
                if f.init:
                    value = (factory + '() if ' + f.name + ' is __dataclass_HAS_DEFAULT_FACTORY__ else ' + f.name)
                else:
                    value = factory + '()'
            elif f.init:
                value = f.name
            elif f.default is not MISSING:
                globs['__dataclass_dflt_' + f.name + '__'] = f.default
                value = '__dataclass_dflt_' + f.name + '__'
            else:
                continue
            if frozen:
                body.append('__dataclass_builtins_object__.__setattr__(self, ' + _brepr(f.name) + ', ' + value + ')')
            else:
                body.append('self.' + f.name + ' = ' + value)
        if hasattr(cls, '__post_init__'):
            iv = [f.name for f in init_fields if f._field_type == 'initvar']
            body.append('self.__post_init__(' + ', '.join(iv) + ')')
        if not body:
            body = ['pass']
        _set_new_attribute(cls, '__init__', _make('__init__', args, body, globs, qual))
    if repr:
        rf = [f for f in all_fields if f.repr]
        parts = ', '.join(f.name + '=" + repr(self.' + f.name + ') + "' for f in rf)
        body = ['return self.__class__.__qualname__ + "(' + parts + ')"']
        _set_new_attribute(cls, '__repr__', _make('__repr__', ['self'], body, globs, qual))
    cmp_fields = [f for f in all_fields if f.compare]
    if eq:
        body = ['if other.__class__ is self.__class__:',
                '    return ' + _tuple_src('self', cmp_fields) + ' == ' + _tuple_src('other', cmp_fields),
                'return NotImplemented']
        _set_new_attribute(cls, '__eq__', _make('__eq__', ['self', 'other'], body, globs, qual))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            body = ['if other.__class__ is self.__class__:',
                    '    return ' + _tuple_src('self', cmp_fields) + ' ' + op + ' ' + _tuple_src('other', cmp_fields),
                    'return NotImplemented']
            if _set_new_attribute(cls, name, _make(name, ['self', 'other'], body, globs, qual)):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__ +
                                '. Consider using functools.total_ordering')
    if frozen:
        names = tuple(f.name for f in fields.values())
        globs['__dataclass_frozen_names__'] = names
        for name, args, tail in (('__setattr__', ['self', 'name', 'value'], 'super(cls, self).__setattr__(name, value)'),
                                 ('__delattr__', ['self', 'name'], 'super(cls, self).__delattr__(name)')):
            body = ['cls = __dataclass_cls__',
                    'if type(self) is cls or name in __dataclass_frozen_names__:',
                    '    raise FrozenInstanceError(' + _brepr(('cannot assign to field ' if name == '__setattr__'
                                                            else 'cannot delete field ')) + ' + repr(name))',
                    tail]
            if _set_new_attribute(cls, name, _make(name, args, body, globs, qual)):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__)
    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)
        cls.__hash__ = _make('__hash__', ['self'], ['return hash(' + _tuple_src('self', hash_fields) + ')'], globs, qual)
    elif eq and frozen and not has_hash:
        cls.__hash__ = _make('__hash__', ['self'], ['return hash(' + _tuple_src('self', hash_fields) + ')'], globs, qual)
    elif eq and not frozen and not has_hash:
        cls.__hash__ = None
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in fields.values()
                                                       if f._field_type in ('field', 'initvar') and f.init and not f.kw_only))
    if '__doc__' not in cls.__dict__ or cls.__doc__ is None:
        cls.__doc__ = _signature_doc(cls, fields.values())
    return cls


def _unhashable(v):
    return isinstance(v, (list, dict, set, bytearray)) or getattr(type(v), '__hash__', 0) is None


def _format_annotation(tp):
    # as inspect.signature writes annotations
    if getattr(tp, '__module__', None) == 'typing' or type(tp).__module__ == 'typing':
        return _brepr(tp).replace('typing.', '')
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return tp.__module__ + '.' + tp.__qualname__
    return _brepr(tp)


def _signature_doc(cls, fields):
    parts = []
    star = False
    for f in fields:
        if f._field_type == 'classvar' or not f.init:
            continue
        if f.kw_only and not star:
            parts.append('*')
            star = True
        t = f.name + ': ' + _format_annotation(f.type)
        if f.default is not MISSING:
            t += ' = ' + _brepr(f.default)
        elif f.default_factory is not MISSING:
            t += ' = <factory>'
        parts.append(t)
    return cls.__name__ + '(' + ', '.join(parts) + ')'


def repr_name(name):
    return _brepr(name)


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type == 'field')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if hasattr(obj, '_fields') and hasattr(obj, '_asdict'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in tuple(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if hasattr(obj, '_fields') and hasattr(obj, '_asdict'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in tuple(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == 'classvar':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type == 'initvar' and f.default is MISSING:
                raise ValueError('InitVar ' + repr(f.name) + ' must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    ann = {}
    for item in fields:
        if isinstance(item, str):
            ann[item] = 'typing.Any'
        elif len(item) == 2:
            ann[item[0]] = item[1]
        else:
            ann[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = ann
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)

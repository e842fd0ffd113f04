/* type.c: classes: creation with C3 method resolution order, attribute lookup, descriptors. */
#include "vm.h"
#include "natives.h"

/* A name starting with two underscores: special attributes are among them. */
MY_INLINE bool is_dunder(Interp *I, Value name) {
    return (mem_ld(&I->H, v_as_ref(name) + STR_DATA) & 0xFFFF) == 0x5F5F && str_nbytes(I, name) >= 2;
}

static MY_FN Value type_lookup_mro(Interp *I, Ref type, Value name) {
    Value mro = ld(I, type + TYPE_MRO);
    if (!v_is_obj(mro)) {
        Value d = ld(I, type + TYPE_DICT);
        return v_is_obj(d) ? dict_get_str(I, d, name) : V_NULL;
    }
    uint32_t n = tuple_len(I, mro);
    int64_t h = str_hash(I, name);
    for (uint32_t i = 0; i < n; i++) {
        Value d = ld(I, v_as_ref(fld(I, mro, 1 + i)) + TYPE_DICT);
        if (!v_is_obj(d)) continue;
        Value v = dict_get_h(I, d, name, h);
        if (v != V_NULL) return v;
    }
    return V_NULL;
}

/* Lookups through the MRO are cached by (type, name), absent names included. */
MY_OUTLINE Value type_lookup(Interp *I, Ref type, Value name) {
    Ref nr = v_as_ref(name);
    TypeCacheEntry *e = &I->type_cache[(type * 7u ^ nr * 3u ^ (nr >> 4)) % MY_TYPE_CACHE];
    if (e->type == type && e->name == nr) return e->value;
    Value v = type_lookup_mro(I, type, name);
    if (v != V_ERR) { e->type = type; e->name = nr; e->value = v; }
    return v;
}

/* Forgets every cached lookup: objects moved, or a class's attributes changed. */
MY_FN void lookup_caches_clear(Interp *I) {
    for (uint32_t i = 0; i < MY_TYPE_CACHE; i++) I->type_cache[i].type = 0;
    for (uint32_t i = 0; i < MY_GLOBAL_CACHE; i++) I->global_cache[i].globals = 0;
}

MY_FN Value type_lookup_id(Interp *I, Ref type, NameId id) { return type_lookup(I, type, name_v(I, id)); }

static MY_FN bool type_is_class(Interp *I, Value v) {
    return v_is_obj(v) && is_subtype(I, hdr_type(I, v_as_ref(v)), TYPE_REF(T_TYPE));
}

static MY_FN Value attr_error(Interp *I, Value obj, Value name) {
    if (type_is_class(I, obj)) return raise_fmt(I, T_ATTRIBUTE_ERROR, "type object '%s' has no attribute '%s'", type_name_v(I, v_as_ref(obj)), name, 0);
    if (is_type(I, obj, T_MODULE)) return raise_fmt(I, T_ATTRIBUTE_ERROR, "module '%s' has no attribute '%s'", fld(I, obj, MODULE_NAME), name, 0);
    return raise_fmt(I, T_ATTRIBUTE_ERROR, "'%T' object has no attribute '%s'", obj, name, 0);
}

/* A builtin method bound to self: a fresh builtin object carrying self. */
static MY_FN Value bind_builtin(Interp *I, Value bf, Value self) {
    Ref r = obj_alloc(I, T_BUILTIN, BUILTIN_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + BUILTIN_ID, fld(I, bf, BUILTIN_ID));
    st(I, r + BUILTIN_SELF, self);
    st(I, r + BUILTIN_NAME, fld(I, bf, BUILTIN_NAME));
    return v_obj(r);
}

/* Which NK_* kind a builtin in a type dict was installed as: kept in the sign of its id slot. */
MY_FN int builtin_kind(Interp *I, Value bf);

static MY_FN Value call_getter(Interp *I, Value getter, Value obj) {
    I->tail_callable = getter;
    I->tail_args = tuple_pack2(I, obj, V_NONE);
    if (I->tail_args == V_ERR) return V_ERR;
    I->tail_args = tuple_from_values(I, v_as_ref(I->tail_args) + 1, 1);
    if (I->tail_args == V_ERR) return V_ERR;
    I->tail_kwargs = V_NULL;
    I->tail_mode = TAIL_CALL;
    return V_TAILCALL;
}

static MY_FN Value tail3(Interp *I, Value f, Value a, Value b, Value c, int n);

/* Binds what the class dict holds to obj, as the descriptor protocol does. */
static MY_FN Value bind_attr(Interp *I, Value v, Value obj, Value cls) {
    if (!v_is_obj(v)) return v;
    Ref t = hdr_type(I, v_as_ref(v));
    if (t == TYPE_REF(T_FUNCTION)) return obj == V_NULL ? v : method_new(I, v, obj);
    if (t == TYPE_REF(T_STATICMETHOD)) return fld(I, v, WRAP_FUNC);
    if (t == TYPE_REF(T_CLASSMETHOD)) {
        Value f = fld(I, v, WRAP_FUNC);
        return is_type(I, f, T_BUILTIN) ? bind_builtin(I, f, cls) : method_new(I, f, cls);
    }
    if (t == TYPE_REF(T_BUILTIN)) {
        int k = builtin_kind(I, v);
        if (fld(I, v, BUILTIN_SELF) != V_NULL) return v;
        if (k == NK_CLASSMETHOD) return bind_builtin(I, v, cls);
        if (k == NK_STATIC) return v;
        if (k == NK_GETTER) {
            if (obj == V_NULL) return v;
            Value t2 = tuple_pack2(I, obj, V_NONE);
            if (t2 == V_ERR) return t2;
            return native_call(I, (uint32_t)v_as_int(fld(I, v, BUILTIN_ID)), v_as_ref(t2) + 1, 1, V_NULL);
        }
        return obj == V_NULL ? v : bind_builtin(I, v, obj);
    }
    if (t == TYPE_REF(T_PROPERTY)) {
        if (obj == V_NULL) return v;
        Value g = fld(I, v, PROP_FGET);
        if (g == V_NONE || g == V_NULL) return raise_msg(I, T_ATTRIBUTE_ERROR, "property has no getter");
        return call_getter(I, g, obj);
    }
    if (!type_is_builtin(t)) {
        /* an instance of a class with __get__ (functools.lru_cache on a method, ...): the VM calls
           __get__(descriptor, obj or None, cls) in place of this lookup */
        Value g = type_lookup_id(I, t, N___get__);
        if (is_type(I, g, T_FUNCTION)) return tail3(I, g, v, obj == V_NULL ? V_NONE : obj, cls, 3);
    }
    return v;
}

/* Special attributes that live in object fields rather than dicts. V_NULL if not one. */
static MY_FN Value special_attr(Interp *I, Value obj, Value name) {
    if (is_type(I, obj, T_CODE) && str_nbytes(I, name) > 3 && str_byte(I, name, 0) == 'c' && str_byte(I, name, 1) == 'o') {
        if (str_eq_cstr(I, name, "co_name")) return fld(I, obj, CODE_NAME);
        if (str_eq_cstr(I, name, "co_qualname")) return fld(I, obj, CODE_QUALNAME);
        if (str_eq_cstr(I, name, "co_filename")) return fld(I, obj, CODE_FILENAME);
        if (str_eq_cstr(I, name, "co_firstlineno")) return fld(I, obj, CODE_FIRSTLINE);
        return V_NULL;
    }
    if (is_type(I, obj, T_CELL) && str_eq_cstr(I, name, "cell_contents")) {
        Value v = fld(I, obj, CELL_VALUE);
        return v == V_NULL ? raise_msg(I, T_VALUE_ERROR, "Cell is empty") : v;
    }
    if (str_nbytes(I, name) < 4 || str_byte(I, name, 0) != '_' || str_byte(I, name, 1) != '_') {
        if (v_is_obj(obj) && kind_of(I, obj) >= T_FIRST_EXCEPTION) {
            Value args = fld(I, obj, EXC_ARGS);
            uint32_t n = tuple_len(I, args);
            if (str_eq_cstr(I, name, "args")) return args;
            /* fields CPython derives from the arguments, unless set on the instance */
            Value d = fld(I, obj, INST_DICT);
            if (d != V_NULL && dict_get_str(I, d, name) != V_NULL) return V_NULL;
            if (str_eq_cstr(I, name, "value") && isinstance_of(I, obj, T_STOP_ITERATION)) return n ? fld(I, args, 1) : V_NONE;
            if (str_eq_cstr(I, name, "code") && isinstance_of(I, obj, T_SYSTEM_EXIT)) return n == 0 ? V_NONE : n == 1 ? fld(I, args, 1) : args;
            if (isinstance_of(I, obj, T_OS_ERROR)) {
                int which = str_eq_cstr(I, name, "errno") ? 0 : str_eq_cstr(I, name, "strerror") ? 1 :
                            str_eq_cstr(I, name, "filename") ? 2 : str_eq_cstr(I, name, "filename2") ? 3 : -1;
                if (which >= 0) return oserror_field(I, obj, which);
            }
        }
        if (IS_GEN_LIKE(I, obj)) return gen_attr(I, obj, name);
        return V_NULL;
    }
    if (str_eq_cstr(I, name, "__class__")) return v_obj(type_of(I, obj));
    if (!v_is_obj(obj)) return V_NULL;
    Ref t = hdr_type(I, v_as_ref(obj));
    if (type_is_class(I, obj)) {
        Ref c = v_as_ref(obj);
        if (str_eq_cstr(I, name, "__name__")) return ld(I, c + TYPE_NAME);
        if (str_eq_cstr(I, name, "__qualname__")) return ld(I, c + TYPE_QUALNAME);
        if (str_eq_cstr(I, name, "__module__")) { Value m = ld(I, c + TYPE_MODULE); return m == V_NULL ? str_from_cstr(I, "builtins") : m; }
        if (str_eq_cstr(I, name, "__bases__")) return ld(I, c + TYPE_BASES);
        if (str_eq_cstr(I, name, "__mro__")) return ld(I, c + TYPE_MRO);
        if (str_eq_cstr(I, name, "__base__")) { Value b = ld(I, c + TYPE_BASE); return b == V_NULL ? V_NONE : b; }
        if (str_eq_cstr(I, name, "__dict__")) return dict_copy(I, ld(I, c + TYPE_DICT));
        if (str_eq_cstr(I, name, "__doc__")) { Value d = dict_get_str(I, ld(I, c + TYPE_DICT), name); return d == V_NULL ? V_NONE : d; }
        return V_NULL;
    }
    if (t == TYPE_REF(T_FUNCTION)) {
        if (str_eq_cstr(I, name, "__name__")) return fld(I, obj, FUNC_NAME);
        if (str_eq_cstr(I, name, "__qualname__")) return fld(I, obj, FUNC_QUALNAME);
        if (str_eq_cstr(I, name, "__module__")) return fld(I, obj, FUNC_MODULE);
        if (str_eq_cstr(I, name, "__doc__")) return fld(I, obj, FUNC_DOC);
        if (str_eq_cstr(I, name, "__defaults__")) { Value d = fld(I, obj, FUNC_DEFAULTS); return d == V_NULL ? V_NONE : d; }
        if (str_eq_cstr(I, name, "__kwdefaults__")) { Value d = fld(I, obj, FUNC_KWDEFAULTS); return d == V_NULL ? V_NONE : d; }
        if (str_eq_cstr(I, name, "__code__")) return fld(I, obj, FUNC_CODE);
        if (str_eq_cstr(I, name, "__globals__")) return fld(I, obj, FUNC_GLOBALS);
        if (str_eq_cstr(I, name, "__closure__")) { Value d = fld(I, obj, FUNC_CLOSURE); return d == V_NULL ? V_NONE : d; }
        if (str_eq_cstr(I, name, "__dict__")) {
            Value d = fld(I, obj, FUNC_DICT);
            if (d == V_NULL) { d = dict_new(I); if (d == V_ERR) return d; set_fld(I, obj, FUNC_DICT, d); }
            return d;
        }
        return V_NULL;
    }
    if (t == TYPE_REF(T_METHOD)) {
        if (str_eq_cstr(I, name, "__func__")) return fld(I, obj, METHOD_FUNC);
        if (str_eq_cstr(I, name, "__self__")) return fld(I, obj, METHOD_SELF);
        if (str_eq_cstr(I, name, "__name__") || str_eq_cstr(I, name, "__qualname__") || str_eq_cstr(I, name, "__doc__") ||
            str_eq_cstr(I, name, "__module__"))
            return getattr_value(I, fld(I, obj, METHOD_FUNC), name);
        return V_NULL;
    }
    if (t == TYPE_REF(T_BUILTIN)) {
        /* a method of a built-in type is TYPE.NAME, with no module; a function, its module's */
        uint32_t id = (uint32_t)v_as_int(fld(I, obj, BUILTIN_ID));
        bool method = native_kind(id) != NK_FUNCTION;
        if (str_eq_cstr(I, name, "__name__")) return fld(I, obj, BUILTIN_NAME);
        if (str_eq_cstr(I, name, "__qualname__")) {
            if (!method) return fld(I, obj, BUILTIN_NAME);
            Value dot = str_from_cstr(I, ".");
            Value q = dot == V_ERR ? dot : str_concat(I, ld(I, TYPE_REF(native_owner(id)) + TYPE_NAME), dot);
            return q == V_ERR ? q : str_concat(I, q, fld(I, obj, BUILTIN_NAME));
        }
        if (str_eq_cstr(I, name, "__module__")) {
            static MY_CONST char *const mod_names[] = MODULE_NAMES;
            return method ? V_NONE : str_from_cstr(I, mod_names[native_owner(id)]);
        }
        if (str_eq_cstr(I, name, "__self__")) { Value s = fld(I, obj, BUILTIN_SELF); return s == V_NULL ? V_NONE : s; }
        if (str_eq_cstr(I, name, "__doc__")) return V_NONE;
        return V_NULL;
    }
    if (t == TYPE_REF(T_GENERATOR) || t == TYPE_REF(T_COROUTINE) || t == TYPE_REF(T_ASYNC_GENERATOR)) {
        if (str_eq_cstr(I, name, "__name__")) return fld(I, obj, GEN_NAME);
        if (str_eq_cstr(I, name, "__qualname__")) return fld(I, obj, GEN_QUALNAME);
        return V_NULL;
    }
    if (t == TYPE_REF(T_MODULE)) {
        if (str_eq_cstr(I, name, "__dict__")) return fld(I, obj, MODULE_DICT);
        return V_NULL;
    }
    if (t == TYPE_REF(T_CODE)) {
        if (str_eq_cstr(I, name, "__name__")) return fld(I, obj, CODE_NAME);
        return V_NULL;
    }
    TypeId k = kind_of(I, obj);
    if (k >= T_FIRST_EXCEPTION) {
        if (str_eq_cstr(I, name, "__traceback__")) { Value v = fld(I, obj, EXC_TRACEBACK); return v == V_NULL ? V_NONE : v; }
        if (str_eq_cstr(I, name, "__cause__")) { Value v = fld(I, obj, EXC_CAUSE); return v == V_NULL ? V_NONE : v; }
        if (str_eq_cstr(I, name, "__context__")) { Value v = fld(I, obj, EXC_CONTEXT); return v == V_NULL ? V_NONE : v; }
        if (str_eq_cstr(I, name, "__suppress_context__")) return fld(I, obj, EXC_SUPPRESS);
    }
    if ((k == T_OBJECT || k >= T_FIRST_EXCEPTION) && !type_is_builtin(t) && str_eq_cstr(I, name, "__dict__")) {
        if (v_as_int(ld(I, t + TYPE_FLAGS)) & TF_SLOTS) return V_NULL;
        Value d = fld(I, obj, INST_DICT);
        if (d == V_NULL) { d = dict_new(I); if (d == V_ERR) return d; set_fld(I, obj, INST_DICT, d); }
        return d;
    }
    return V_NULL;
}

static MY_FN bool is_data_descriptor(Interp *I, Value v) {
    return v_is_obj(v) && hdr_type(I, v_as_ref(v)) == TYPE_REF(T_PROPERTY);
}

/* An instance of a Python class with __set__ or __delete__ (id: which one a store or delete needs,
   or __get__: a data descriptor read before the instance dict needs both). */
static MY_FN Value py_descriptor_method(Interp *I, Value v, NameId id) {
    if (!v_is_obj(v)) return V_NULL;
    Ref t = hdr_type(I, v_as_ref(v));
    if (type_is_builtin(t)) return V_NULL;
    if (id == N___get__) {
        if (type_lookup_id(I, t, N___set__) == V_NULL && type_lookup_id(I, t, N___delete__) == V_NULL) return V_NULL;
    } else if (type_lookup_id(I, t, N___set__) == V_NULL && type_lookup_id(I, t, N___delete__) == V_NULL) {
        return V_NULL;
    }
    Value f = type_lookup_id(I, t, id);
    return f == V_NULL ? V_NULL : f;
}

/* A name the instances of a class with __slots__ (TF_SLOTS) may hold: in the __slots__ of a class
   of its MRO (a str or an iterable of str). */
static MY_FN bool slot_allowed(Interp *I, Ref t, Value name) {
    Value mro = ld(I, t + TYPE_MRO);
    for (uint32_t i = 0; i < tuple_len(I, mro); i++) {
        Ref c = v_as_ref(fld(I, mro, 1 + i));
        if (type_is_builtin(c)) continue;
        Value s = dict_get_str(I, ld(I, c + TYPE_DICT), name_v(I, N___slots__));
        if (s == V_NULL) continue;
        if (is_str(I, s)) { if (str_eq(I, s, name)) return true; continue; }
        uint32_t n = is_type(I, s, T_TUPLE) ? tuple_len(I, s) : is_type(I, s, T_LIST) ? list_len(I, s) : 0;
        for (uint32_t j = 0; j < n; j++) {
            Value e = is_type(I, s, T_TUPLE) ? fld(I, s, 1 + j) : list_get(I, s, j);
            if (is_str(I, e) && str_eq(I, e, name)) return true;
        }
    }
    return false;
}

MY_OUTLINE Value super_getattr(Interp *I, Value sup, Value name);

MY_OUTLINE Value getattr_value(Interp *I, Value obj, Value name) {
    /* the common case first: an instance attribute of a class without properties (no data
       descriptor can take precedence over the instance dict then) */
    if (v_is_obj(obj)) {
        Ref t0 = hdr_type(I, v_as_ref(obj));
        if (!type_is_builtin(t0) && (v_as_int(ld(I, t0 + TYPE_FLAGS)) & TF_NO_PROPERTIES) &&
            v_as_int(ld(I, t0 + TYPE_KIND)) == T_OBJECT && !is_dunder(I, name)) {
            Value d = fld(I, obj, INST_DICT);
            if (d != V_NULL) {
                Value v = dict_get_str(I, d, name);
                if (v != V_NULL) return v;
            }
        }
    }
    if (is_type(I, obj, T_SUPER)) {
        if (str_eq_cstr(I, name, "__class__")) return v_obj(TYPE_REF(T_SUPER));   /* the super object's own */
        return super_getattr(I, obj, name);
    }
    Value sp = special_attr(I, obj, name);
    if (sp != V_NULL) return sp;
    Ref t = type_of(I, obj);
    if (type_is_class(I, obj)) {
        Value v = type_lookup(I, v_as_ref(obj), name);
        if (v != V_NULL) return bind_attr(I, v, V_NULL, obj);
        Value mv = type_lookup(I, t, name);   /* the metaclass */
        if (mv != V_NULL) return bind_attr(I, mv, obj, v_obj(t));
        return attr_error(I, obj, name);
    }
    if (is_type(I, obj, T_MODULE)) {
        Value v = dict_get_str(I, fld(I, obj, MODULE_DICT), name);
        if (v != V_NULL) return v;
        return attr_error(I, obj, name);
    }
    Value cv = type_lookup(I, t, name);
    if (cv != V_NULL && is_data_descriptor(I, cv)) {
        Value g = fld(I, cv, PROP_FGET);
        if (g == V_NONE || g == V_NULL)
            return raise_fmt(I, T_ATTRIBUTE_ERROR, "property '%s' of '%T' object has no getter", name, obj, 0);
        return bind_attr(I, cv, obj, v_obj(t));
    }
    if (cv != V_NULL && py_descriptor_method(I, cv, N___get__) != V_NULL) return bind_attr(I, cv, obj, v_obj(t));
    if (v_is_obj(obj)) {
        TypeId k = kind_of(I, obj);
        if ((k == T_OBJECT && !type_is_builtin(t)) || k >= T_FIRST_EXCEPTION) {
            Value d = fld(I, obj, INST_DICT);
            if (d != V_NULL) {
                Value v = dict_get_str(I, d, name);
                if (v != V_NULL) return v;
            }
        }
    }
    if (is_type(I, obj, T_FUNCTION) && fld(I, obj, FUNC_DICT) != V_NULL) {
        Value v = dict_get_str(I, fld(I, obj, FUNC_DICT), name);
        if (v != V_NULL) return v;
    }
    if (cv != V_NULL) return bind_attr(I, cv, obj, v_obj(t));
    if (!type_is_builtin(t)) {
        Value ga = type_lookup_id(I, t, N___getattr__);
        if (ga != V_NULL) {
            Value args = tuple_pack2(I, obj, name);
            if (args == V_ERR) return args;
            I->tail_callable = ga;
            I->tail_args = args;
            I->tail_kwargs = V_NULL;
            I->tail_mode = TAIL_CALL;
            return V_TAILCALL;
        }
    }
    return attr_error(I, obj, name);
}

static MY_FN Value tail3(Interp *I, Value f, Value a, Value b, Value c, int n) {
    Value args = n == 3 ? tuple_pack3(I, a, b, c) : tuple_pack2(I, a, b);
    if (args == V_ERR) return args;
    I->tail_callable = f;
    I->tail_args = args;
    I->tail_kwargs = V_NULL;
    I->tail_mode = TAIL_CALL;
    return V_TAILCALL;
}

/* Sets a class attribute, without a metaclass's __setattr__ (type.__setattr__). */
MY_OUTLINE Value type_setattr_plain(Interp *I, Value obj, Value name, Value v) {
    Ref c = v_as_ref(obj);
    if (REF_IS_IMAGE(c) && I->ref_tag == 0)
        return raise_fmt(I, T_TYPE_ERROR, "cannot set '%s' attribute of immutable type '%s'", name, type_name_v(I, c), 0);
    if (str_eq_cstr(I, name, "__name__")) { st(I, c + TYPE_NAME, v); return V_NONE; }
    if (str_eq_cstr(I, name, "__qualname__")) { st(I, c + TYPE_QUALNAME, v); return V_NONE; }
    /* a property or descriptor set later: this class reads its class attributes first again
       (subclasses made before keep their flag: a known limit) */
    bool descr = is_type(I, v, T_PROPERTY);
    if (!descr && v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v)))) {
        Ref vt = hdr_type(I, v_as_ref(v));
        descr = type_lookup_id(I, vt, N___get__) != V_NULL || type_lookup_id(I, vt, N___set__) != V_NULL ||
                type_lookup_id(I, vt, N___delete__) != V_NULL;
    }
    if (descr) st(I, c + TYPE_FLAGS, v_int(v_as_int(ld(I, c + TYPE_FLAGS)) & ~(int64_t)TF_NO_PROPERTIES));
    lookup_caches_clear(I);
    return dict_set(I, ld(I, c + TYPE_DICT), name, v);
}

MY_OUTLINE Value setattr_value(Interp *I, Value obj, Value name, Value v) {
    Ref t = type_of(I, obj);
    if (type_is_class(I, obj)) {
        if (!type_is_builtin(t)) {
            /* a metaclass's __setattr__ (enum's forbids reassigning members) */
            Value sa = type_lookup_id(I, t, N___setattr__);
            if (is_type(I, sa, T_FUNCTION)) return tail3(I, sa, obj, name, v, 3);
        }
        return type_setattr_plain(I, obj, name, v);
    }
    bool exc_instance = v_is_obj(obj) && kind_of(I, obj) >= T_FIRST_EXCEPTION;
    if (!type_is_builtin(t) || exc_instance) {
        Value sa = type_lookup_id(I, t, N___setattr__);
        if (sa != V_NULL && is_type(I, sa, T_FUNCTION)) return tail3(I, sa, obj, name, v, 3);
        Value cv = type_lookup(I, t, name);
        if (cv != V_NULL && is_data_descriptor(I, cv)) {
            Value s = fld(I, cv, PROP_FSET);
            if (s == V_NONE || s == V_NULL)
                return raise_fmt(I, T_ATTRIBUTE_ERROR, "property '%s' of '%T' object has no setter", name, obj, 0);
            return tail3(I, s, obj, v, V_NONE, 2);
        }
        Value ds = cv == V_NULL ? V_NULL : py_descriptor_method(I, cv, N___set__);
        if (ds != V_NULL) return tail3(I, ds, cv, obj, v, 3);
        if (cv != V_NULL && py_descriptor_method(I, cv, N___delete__) != V_NULL)
            return raise_msg(I, T_ATTRIBUTE_ERROR, "__set__");
        TypeId k = kind_of(I, obj);
        if (k == T_OBJECT && (v_as_int(ld(I, t + TYPE_FLAGS)) & TF_SLOTS) && !slot_allowed(I, t, name))
            return raise_fmt(I, T_ATTRIBUTE_ERROR, "'%T' object has no attribute '%s'", obj, name, 0);
        if (k == T_OBJECT && is_dunder(I, name) && str_eq_cstr(I, name, "__class__")) {
            /* between Python classes of plain instances: the header's type word changes */
            if (!type_is_class(I, v) || type_is_builtin(v_as_ref(v)) || v_as_int(ld(I, v_as_ref(v) + TYPE_KIND)) != T_OBJECT)
                return raise_fmt(I, T_TYPE_ERROR, "__class__ assignment only supported for mutable types or ModuleType subclasses", 0, 0, 0);
            Ref o = v_as_ref(obj);
            st(I, o, (ld(I, o) & ~(uint64_t)0xFFFFFFFFu) | v_as_ref(v));
            return V_NONE;
        }
        if (k == T_OBJECT || k >= T_FIRST_EXCEPTION) {
            if (k >= T_FIRST_EXCEPTION) {
                if (str_eq_cstr(I, name, "args")) { Value tv = is_type(I, v, T_TUPLE) ? v : V_ERR; if (tv == V_ERR) return raise_msg(I, T_TYPE_ERROR, "args must be a tuple"); set_fld(I, obj, EXC_ARGS, v); return V_NONE; }
                if (str_eq_cstr(I, name, "__cause__")) { set_fld(I, obj, EXC_CAUSE, v); set_fld(I, obj, EXC_SUPPRESS, V_TRUE); return V_NONE; }
                if (str_eq_cstr(I, name, "__context__")) { set_fld(I, obj, EXC_CONTEXT, v); return V_NONE; }
                if (str_eq_cstr(I, name, "__traceback__")) { set_fld(I, obj, EXC_TRACEBACK, v == V_NONE ? V_NULL : v); return V_NONE; }
                if (str_eq_cstr(I, name, "__suppress_context__")) { set_fld(I, obj, EXC_SUPPRESS, v); return V_NONE; }
            }
            Value d = fld(I, obj, INST_DICT);
            if (d == V_NULL) {
                d = dict_new(I);
                if (d == V_ERR) return d;
                /* allocate the entry before the dict becomes visible */
                if (dict_set(I, d, name, v) == V_ERR) return V_ERR;
                set_fld(I, obj, INST_DICT, d);
                return V_NONE;
            }
            return dict_set(I, d, name, v);
        }
    }
    if (is_type(I, obj, T_FUNCTION)) {
        Value d = fld(I, obj, FUNC_DICT);
        if (str_eq_cstr(I, name, "__name__")) { set_fld(I, obj, FUNC_NAME, v); return V_NONE; }
        if (str_eq_cstr(I, name, "__qualname__")) { set_fld(I, obj, FUNC_QUALNAME, v); return V_NONE; }
        if (str_eq_cstr(I, name, "__doc__")) { set_fld(I, obj, FUNC_DOC, v); return V_NONE; }
        if (str_eq_cstr(I, name, "__module__")) { set_fld(I, obj, FUNC_MODULE, v); return V_NONE; }
        if (str_eq_cstr(I, name, "__defaults__")) { set_fld(I, obj, FUNC_DEFAULTS, v == V_NONE ? V_NULL : v); return V_NONE; }
        if (d == V_NULL) {
            d = dict_new(I);
            if (d == V_ERR) return d;
            if (dict_set(I, d, name, v) == V_ERR) return V_ERR;
            set_fld(I, obj, FUNC_DICT, d);
            return V_NONE;
        }
        return dict_set(I, d, name, v);
    }
    if (is_type(I, obj, T_MODULE)) {
        Value d = fld(I, obj, MODULE_DICT);
        if (REF_IS_IMAGE(v_as_ref(d)) && I->ref_tag == 0) {
            d = dict_copy(I, d);
            if (d == V_ERR) return d;
            if (dict_set(I, d, name, v) == V_ERR) return V_ERR;
            set_fld(I, obj, MODULE_DICT, d);
            return V_NONE;
        }
        return dict_set(I, d, name, v);
    }
    if (type_lookup(I, t, name) != V_NULL)
        return raise_fmt(I, T_ATTRIBUTE_ERROR, "'%T' object attribute '%s' is read-only", obj, name, 0);
    return raise_fmt(I, T_ATTRIBUTE_ERROR, "'%T' object has no attribute '%s'", obj, name, 0);
}

MY_OUTLINE Value delattr_value(Interp *I, Value obj, Value name) {
    Ref t = type_of(I, obj);
    Value d = V_NULL;
    if (type_is_class(I, obj)) {
        if (REF_IS_IMAGE(v_as_ref(obj))) return raise_fmt(I, T_TYPE_ERROR, "cannot set '%s' attribute of immutable type '%s'", name, type_name_v(I, v_as_ref(obj)), 0);
        d = ld(I, v_as_ref(obj) + TYPE_DICT);
        lookup_caches_clear(I);
    } else if (!type_is_builtin(t)) {
        Value da = type_lookup_id(I, t, N___delattr__);
        if (da != V_NULL && is_type(I, da, T_FUNCTION)) return tail3(I, da, obj, name, V_NONE, 2);
        Value cv = type_lookup(I, t, name);
        if (cv != V_NULL && is_data_descriptor(I, cv)) {
            Value f = fld(I, cv, PROP_FDEL);
            if (f == V_NONE || f == V_NULL) return raise_fmt(I, T_ATTRIBUTE_ERROR, "property '%s' of '%T' object has no deleter", name, obj, 0);
            Value args = tuple_pack2(I, obj, V_NONE);
            if (args == V_ERR) return args;
            args = tuple_from_values(I, v_as_ref(args) + 1, 1);
            if (args == V_ERR) return args;
            I->tail_callable = f; I->tail_args = args; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
            return V_TAILCALL;
        }
        Value dd = cv == V_NULL ? V_NULL : py_descriptor_method(I, cv, N___delete__);
        if (dd != V_NULL) return tail3(I, dd, cv, obj, V_NONE, 2);
        if (cv != V_NULL && py_descriptor_method(I, cv, N___set__) != V_NULL)
            return raise_msg(I, T_ATTRIBUTE_ERROR, "__delete__");
        TypeId k = kind_of(I, obj);
        if (k == T_OBJECT || k >= T_FIRST_EXCEPTION) d = fld(I, obj, INST_DICT);
    } else if (is_type(I, obj, T_FUNCTION)) d = fld(I, obj, FUNC_DICT);
    else if (is_type(I, obj, T_MODULE)) d = fld(I, obj, MODULE_DICT);
    if (d != V_NULL) {
        Value r = dict_del(I, d, name);
        if (r == V_ERR) return r;
        if (r != V_NULL) return V_NONE;
    }
    return attr_error(I, obj, name);
}

/* ---- Class creation ---- */
/* C3 linearization: the class, then a merge of its bases' MROs and the bases list. */
static MY_FN Value c3_mro(Interp *I, Value cls, Value bases) {
    uint32_t nb = tuple_len(I, bases);
    Value seqs = list_new(I, nb + 1);
    if (seqs == V_ERR) return seqs;
    for (uint32_t i = 0; i < nb; i++) {
        Value bm = ld(I, v_as_ref(fld(I, bases, 1 + i)) + TYPE_MRO);
        Value l = list_from_values(I, v_as_ref(bm) + 1, tuple_len(I, bm));
        if (l == V_ERR || !list_append(I, seqs, l)) return V_ERR;
    }
    Value bl = list_from_values(I, v_as_ref(bases) + 1, nb);
    if (bl == V_ERR || !list_append(I, seqs, bl)) return V_ERR;
    Value out = list_new(I, 8);
    if (out == V_ERR || !list_append(I, out, cls)) return V_ERR;
    uint32_t ns = list_len(I, seqs);
    /* positions consumed in each sequence */
    Value pos = list_new(I, ns);
    if (pos == V_ERR) return V_ERR;
    for (uint32_t i = 0; i < ns; i++) list_append(I, pos, v_int(0));
    for (;;) {
        bool all_empty = true;
        Value cand = V_NULL;
        for (uint32_t i = 0; i < ns && cand == V_NULL; i++) {
            Value s = list_get(I, seqs, i);
            uint32_t p = (uint32_t)v_as_int(list_get(I, pos, i));
            if (p >= list_len(I, s)) continue;
            all_empty = false;
            Value head = list_get(I, s, p);
            bool in_tail = false;
            for (uint32_t j = 0; j < ns && !in_tail; j++) {
                Value s2 = list_get(I, seqs, j);
                uint32_t p2 = (uint32_t)v_as_int(list_get(I, pos, j));
                for (uint32_t k = p2 + 1; k < list_len(I, s2); k++) if (list_get(I, s2, k) == head) { in_tail = true; break; }
            }
            if (!in_tail) cand = head;
        }
        if (all_empty) break;
        if (cand == V_NULL) {
            StrBuf b;
            sb_init(I, &b, 64);
            sb_puts(I, &b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            /* the heads of the sequences left to merge, each once, as CPython lists them */
            bool first = true;
            for (uint32_t i = 0; i < ns; i++) {
                Value s = list_get(I, seqs, i);
                uint32_t p = (uint32_t)v_as_int(list_get(I, pos, i));
                if (p >= list_len(I, s)) continue;
                Value head = list_get(I, s, p);
                bool seen = false;
                for (uint32_t j = 0; j < i && !seen; j++) {
                    Value s2 = list_get(I, seqs, j);
                    uint32_t p2 = (uint32_t)v_as_int(list_get(I, pos, j));
                    seen = p2 < list_len(I, s2) && list_get(I, s2, p2) == head;
                }
                if (seen) continue;
                if (!first) sb_puts(I, &b, ", ");
                first = false;
                sb_put_str(I, &b, type_name_v(I, v_as_ref(head)));
            }
            Value m = sb_finish(I, &b);
            if (m == V_ERR) return m;
            return raise_fmt(I, T_TYPE_ERROR, "%s", m, 0, 0);
        }
        if (!list_append(I, out, cand)) return V_ERR;
        for (uint32_t i = 0; i < ns; i++) {
            Value s = list_get(I, seqs, i);
            uint32_t p = (uint32_t)v_as_int(list_get(I, pos, i));
            if (p < list_len(I, s) && list_get(I, s, p) == cand) list_set(I, pos, i, v_int(p + 1));
        }
    }
    return list_to_tuple(I, out);
}

/* The most derived metaclass of meta and the bases' metaclasses (0 after a TypeError). */
static MY_FN Ref winner_metaclass(Interp *I, Ref meta, Value bases) {
    uint32_t nb = tuple_len(I, bases);
    for (uint32_t i = 0; i < nb; i++) {
        Ref bt = type_of(I, fld(I, bases, 1 + i));
        if (is_subtype(I, meta, bt)) continue;
        if (is_subtype(I, bt, meta)) { meta = bt; continue; }
        raise_msg(I, T_TYPE_ERROR, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        return 0;
    }
    return meta;
}

/* The first built-in type other than object in a class's MRO: what its instances box (see BOX_*). */
MY_FN Ref boxed_base(Interp *I, Ref cls) {
    Value mro = ld(I, cls + TYPE_MRO);
    uint32_t n = tuple_len(I, mro);
    for (uint32_t i = 0; i < n; i++) {
        Ref b = v_as_ref(fld(I, mro, 1 + i));
        if (type_is_builtin(b) && b != TYPE_REF(T_OBJECT)) return b;
    }
    return TYPE_REF(T_OBJECT);
}

/* Built-in types whose subclasses' instances box a value of the type (BOX_VALUE). */
MY_FN bool kind_is_boxable(TypeId k) {
    return k == T_INT || k == T_FLOAT || k == T_STR || k == T_BYTES || k == T_TUPLE || k == T_LIST ||
           k == T_DICT || k == T_SET || k == T_FROZENSET || k == T_COMPLEX;
}

MY_OUTLINE Value type_new_class(Interp *I, Ref meta, Value name, Value bases, Value ns) {
    if (!is_str(I, name)) return raise_msg(I, T_TYPE_ERROR, "type.__new__() argument 1 must be str");
    if (!is_type(I, bases, T_TUPLE)) return raise_msg(I, T_TYPE_ERROR, "type.__new__() argument 2 must be tuple");
    if (!is_type(I, ns, T_DICT)) return raise_msg(I, T_TYPE_ERROR, "type.__new__() argument 3 must be dict");
    uint32_t nb = tuple_len(I, bases);
    TypeId kind = T_OBJECT;
    Value base = type_v(T_OBJECT);
    int64_t boxed = 0;
    Ref boxk = 0;
    for (uint32_t i = 0; i < nb; i++) {
        Value b = fld(I, bases, 1 + i);
        if (!type_is_class(I, b)) return raise_msg(I, T_TYPE_ERROR, "bases must be types");
        for (uint32_t j = 0; j < i; j++)
            if (fld(I, bases, 1 + j) == b) return raise_fmt(I, T_TYPE_ERROR, "duplicate base class %s", type_name_v(I, v_as_ref(b)), 0, 0);
        TypeId bk = (TypeId)v_as_int(ld(I, v_as_ref(b) + TYPE_KIND));
        int64_t bflags = v_as_int(ld(I, v_as_ref(b) + TYPE_FLAGS));
        if (bk == T_BOOL || bk == T_NONE || !(bflags & TF_BASETYPE))
            return raise_fmt(I, T_TYPE_ERROR, "type '%s' is not an acceptable base type", type_name_v(I, v_as_ref(b)), 0, 0);
        if (kind_is_boxable(bk) || (bflags & TF_BOXED)) {
            /* a subclass of a built-in value type: its instances box one (see BOX_*) */
            Ref bb = kind_is_boxable(bk) ? v_as_ref(b) : boxed_base(I, v_as_ref(b));
            if (boxk && boxk != bb) return raise_msg(I, T_TYPE_ERROR, "multiple bases have instance lay-out conflict");
            boxk = bb;
            boxed = TF_BOXED;
            if (kind == T_OBJECT && base == type_v(T_OBJECT)) base = b;
            continue;
        }
        if (bk != T_OBJECT && bk < T_FIRST_EXCEPTION && bk != T_TYPE)
            return raise_fmt(I, T_TYPE_ERROR, "subclassing built-in type '%s' is not supported yet", type_name_v(I, v_as_ref(b)), 0, 0);
        if (bk != T_OBJECT && kind == T_OBJECT) { kind = bk >= T_FIRST_EXCEPTION ? T_BASE_EXCEPTION : bk; base = b; }
        if (i == 0 && kind == T_OBJECT) base = b;
    }
    if (boxed && kind != T_OBJECT) return raise_msg(I, T_TYPE_ERROR, "multiple bases have instance lay-out conflict");
    meta = winner_metaclass(I, meta, bases);
    if (!meta) return V_ERR;
    if (nb == 0) {
        bases = tuple_pack2(I, type_v(T_OBJECT), V_NONE);
        if (bases == V_ERR) return bases;
        bases = tuple_from_values(I, v_as_ref(bases) + 1, 1);
        if (bases == V_ERR) return bases;
    }
    Value dict = dict_copy(I, ns);
    if (dict == V_ERR) return dict;
    Ref c = obj_alloc_typed(I, meta, TYPE_WORDS, false);
    if (!c) return V_ERR;
    Value cls = v_obj(c);
    Value mro = c3_mro(I, cls, bases);
    if (mro == V_ERR) return mro;
    Value qn = dict_get_str(I, dict, name_v(I, N___qualname__));
    if (qn == V_NULL) qn = name;
    else if (dict_del(I, dict, name_v(I, N___qualname__)) == V_ERR) return V_ERR;
    Value mod = dict_get_str(I, dict, name_v(I, N___module__));
    /* a class that defines __eq__ but not __hash__ is unhashable */
    if (dict_get_str(I, dict, name_v(I, N___eq__)) != V_NULL && dict_get_str(I, dict, name_v(I, N___hash__)) == V_NULL)
        if (dict_set(I, dict, name_v(I, N___hash__), V_NONE) == V_ERR) return V_ERR;
    /* __new__ is a static method, __init_subclass__ and __class_getitem__ class methods, even
       without decorators */
    static MY_CONST NameId implicit[3] = { N___new__, N___init_subclass__, N___class_getitem__ };
    for (int i = 0; i < 3; i++) {
        Value nf = dict_get_str(I, dict, name_v(I, implicit[i]));
        if (nf != V_NULL && is_type(I, nf, T_FUNCTION)) {
            Ref w = obj_alloc(I, i == 0 ? T_STATICMETHOD : T_CLASSMETHOD, WRAP_WORDS, false);
            if (!w) return V_ERR;
            st(I, w + WRAP_FUNC, nf);
            if (dict_set(I, dict, name_v(I, implicit[i]), v_obj(w)) == V_ERR) return V_ERR;
        }
    }
    st(I, c + TYPE_NAME, name);
    st(I, c + TYPE_BASES, bases);
    st(I, c + TYPE_MRO, mro);
    st(I, c + TYPE_DICT, dict);
    st(I, c + TYPE_KIND, v_int(kind));
    /* no property anywhere in the MRO: instance attributes can be read before the class's */
    int64_t flags = TF_HEAP | TF_BASETYPE | TF_HAS_DUNDERS | TF_NO_PROPERTIES | boxed;
    /* __slots__ in the class and in every Python class it derives from: instances get no __dict__ */
    if (dict_get_str(I, dict, name_v(I, N___slots__)) != V_NULL) {
        flags |= TF_SLOTS;
        for (uint32_t i = 1; i < tuple_len(I, mro); i++) {
            Ref mc = v_as_ref(fld(I, mro, 1 + i));
            if (!type_is_builtin(mc) && !(v_as_int(ld(I, mc + TYPE_FLAGS)) & TF_SLOTS)) { flags &= ~(int64_t)TF_SLOTS; break; }
        }
    }
    for (uint32_t i = 0; i < tuple_len(I, mro) && (flags & TF_NO_PROPERTIES); i++) {
        Ref mc = v_as_ref(fld(I, mro, 1 + i));
        if (type_is_builtin(mc)) continue;
        Value md = mc == c ? dict : ld(I, mc + TYPE_DICT);
        uint32_t pos = 0;
        Value k, v;
        while (dict_next(I, md, &pos, &k, &v))
            if (is_type(I, v, T_PROPERTY) || (v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v))) &&
                (type_lookup_id(I, hdr_type(I, v_as_ref(v)), N___get__) != V_NULL || type_lookup_id(I, hdr_type(I, v_as_ref(v)), N___set__) != V_NULL ||
                 type_lookup_id(I, hdr_type(I, v_as_ref(v)), N___delete__) != V_NULL))) { flags &= ~(int64_t)TF_NO_PROPERTIES; break; }
    }
    st(I, c + TYPE_FLAGS, v_int(flags));
    st(I, c + TYPE_QUALNAME, qn);
    st(I, c + TYPE_MODULE, mod == V_NULL ? V_NONE : mod);
    st(I, c + TYPE_BASE, base);
    return cls;
}

/* TypeError for a class whose __abstractmethods__ (abc) is not empty, as object.__new__ raises. */
static MY_FN Value abstract_error(Interp *I, Ref cls, Value am) {
    Value names = list_new(I, 4);
    if (names == V_ERR) return names;
    uint32_t pos = 0;
    Value k;
    while (set_next(I, am, &pos, &k)) {
        if (!is_str(I, k)) continue;
        uint32_t n = list_len(I, names), i = n;
        if (!list_append(I, names, k)) return V_ERR;
        while (i > 0 && str_cmp(I, list_get(I, names, i - 1), k) > 0) { list_set(I, names, i, list_get(I, names, i - 1)); i--; }
        list_set(I, names, i, k);
    }
    StrBuf b;
    sb_init(I, &b, 64);
    sb_puts(I, &b, "Can't instantiate abstract class ");
    sb_put_str(I, &b, type_name_v(I, cls));
    sb_puts(I, &b, list_len(I, names) == 1 ? " with abstract method " : " with abstract methods ");
    for (uint32_t i = 0; i < list_len(I, names); i++) {
        if (i) sb_puts(I, &b, ", ");
        sb_put_str(I, &b, list_get(I, names, i));
    }
    Value m = sb_finish(I, &b);
    if (m == V_ERR) return m;
    return raise_fmt(I, T_TYPE_ERROR, "%s", m, 0, 0);
}

MY_OUTLINE Value new_instance(Interp *I, Ref cls) {
    TypeId k = (TypeId)v_as_int(ld(I, cls + TYPE_KIND));
    if (!type_is_builtin(cls)) {
        Value am = type_lookup_id(I, cls, N___abstractmethods__);
        if (is_type(I, am, T_FROZENSET) && set_len(I, am) > 0) return abstract_error(I, cls, am);
    }
    if (!type_is_builtin(cls) && (v_as_int(ld(I, cls + TYPE_FLAGS)) & TF_BOXED))
        return raise_fmt(I, T_TYPE_ERROR, "object.__new__(%s) is not safe, use %s.__new__()", type_name_v(I, cls), type_name_v(I, cls), 0);
    if (REF_IS_IMAGE(cls) && cls >= TYPE_REF(0) && cls < TYPE_REF(T_COUNT) && k >= T_FIRST_EXCEPTION) k = T_BASE_EXCEPTION;
    if (k == T_OBJECT) {
        Ref r = obj_alloc_typed(I, cls, INST_WORDS, false);
        return r ? v_obj(r) : V_ERR;
    }
    if (k >= T_FIRST_EXCEPTION) return exc_new(I, cls, V_NULL);
    return raise_fmt(I, T_TYPE_ERROR, "cannot create '%s' instances", type_name_v(I, cls), 0, 0);
}

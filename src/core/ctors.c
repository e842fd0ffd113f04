/* ctors.c: what calling a built-in type does: int(x), str(x), list(it), range(...), type(...), ... */
#include "vm.h"
#include "natives.h"
#include "dtoa.h"

static MY_FN bool is_py(Interp *I, Value v) { return v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v))); }

/* Strips ASCII whitespace: the byte range left is returned through start and len. */
static MY_FN void strip_range(Interp *I, Value s, uint32_t *start, uint32_t *len) {
    uint32_t a = 0, b = str_nbytes(I, s);
    while (a < b) { uint32_t c = str_byte(I, s, a); if (c == ' ' || (c >= 9 && c <= 13)) a++; else break; }
    while (b > a) { uint32_t c = str_byte(I, s, b - 1); if (c == ' ' || (c >= 9 && c <= 13)) b--; else break; }
    *start = a;
    *len = b - a;
}

static MY_FN Value ctor_int(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    static MY_CONST char *const names[] = { "x", "base" };
    Value a[2];
    if (!args_parse(I, args, nargs, kwnames, "int", 2, 0, names, a)) return V_ERR;
    Value x = a[0];
    if (x == V_NULL) return v_int(0);
    if (a[1] == V_NULL) {
        if (is_int_value(I, x)) return v_is_bool(x) ? v_int(x == V_TRUE) : x;
        if (v_is_double(x)) return int_from_double(I, v_as_double(x));
        if (is_py(I, x)) return prelude_delegate(I, "_int_from_obj", args, nargs, kwnames);
    }
    int64_t base = 10;
    if (a[1] != V_NULL && is_py(I, a[1])) {   /* a base with __index__ */
        Value t = tuple_pack2(I, x, a[1]);
        return t == V_ERR ? t : prelude_tailcall(I, "_int_base_index", t);
    }
    if (a[1] != V_NULL && !int_to_i64(I, a[1], &base)) return raise_msg(I, T_TYPE_ERROR, "'str' object cannot be interpreted as an integer");
    if (base != 0 && (base < 2 || base > 36)) return raise_msg(I, T_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
    if (!is_str(I, x) && !is_type(I, x, T_BYTES)) {
        if (a[1] != V_NULL) return raise_msg(I, T_TYPE_ERROR, "int() can't convert non-string with explicit base");
        return raise_fmt(I, T_TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x, 0, 0);
    }
    Value r = int_parse(I, x, 0, str_nbytes(I, x), (int)base, false);
    if (r == V_NULL && is_str(I, x) && str_nchars(I, x) != str_nbytes(I, x)) {
        /* Unicode digits or spaces: the prelude makes them ASCII */
        Value t = tuple_pack2(I, x, v_int(base));
        return t == V_ERR ? t : prelude_tailcall(I, "_int_unicode", t);
    }
    if (r == V_NULL) {
        Value rep = op_repr(I, x);
        if (rep == V_ERR) return rep;
        return raise_fmt(I, T_VALUE_ERROR, "invalid literal for int() with base %d: %s", v_int(base), rep, 0);
    }
    return r;
}

static MY_FN Value ctor_float(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    if (!args_check(I, nargs, kwnames, "float", 0, 1)) return V_ERR;
    if (nargs == 0) return v_double(0.0);
    Value x = ARG(0);
    double d;
    if (v_is_double(x)) return x;
    if (is_int_value(I, x)) { if (!to_double(I, x, &d)) return V_ERR; return v_double(d); }
    if (is_str(I, x)) {
        uint32_t start, len;
        strip_range(I, x, &start, &len);
        char buf[512];
        if (len < sizeof buf) {
            for (uint32_t i = 0; i < len; i++) buf[i] = (char)str_byte(I, x, start + i);
            if (dtoa_parse(buf, (int)len, &d) == 0) return v_double(d);
        }
        if (str_nchars(I, x) != str_nbytes(I, x)) return prelude_delegate(I, "_float_unicode", args, nargs, kwnames);
        Value rep = op_repr(I, x);
        if (rep == V_ERR) return rep;
        return raise_fmt(I, T_VALUE_ERROR, "could not convert string to float: %s", rep, 0, 0);
    }
    if (is_py(I, x)) return prelude_delegate(I, "_float_from_obj", args, nargs, kwnames);
    if (is_type(I, x, T_BYTES)) {   /* float(b'2.5'): the bytes as ASCII text */
        Value t = bytes_decode(I, x, V_NULL, V_NULL);
        if (t == V_ERR) return t;
        Value t2 = tuple_pack2(I, t, V_NONE);
        if (t2 == V_ERR) return t2;
        return ctor_float(I, v_as_ref(t2) + 1, 1, V_NULL);
    }
    return raise_fmt(I, T_TYPE_ERROR, "float() argument must be a string or a real number, not '%T'", x, 0, 0);
}

static MY_FN Value ctor_str(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    static MY_CONST char *const names[] = { "object", "encoding", "errors" };
    Value a[3];
    if (!args_parse(I, args, nargs, kwnames, "str", 3, 0, names, a)) return V_ERR;
    if (a[0] == V_NULL) return image_root(I, ROOT_EMPTY_STR);
    if (a[1] != V_NULL || a[2] != V_NULL) {
        if (!is_type(I, a[0], T_BYTES)) return raise_msg(I, T_TYPE_ERROR, "decoding str is not supported");
        return bytes_decode(I, a[0], a[1] == V_NULL ? V_NONE : a[1], a[2] == V_NULL ? V_NONE : a[2]);
    }
    return op_str(I, a[0]);
}

/* list(x) and tuple(x): direct for built-in sequences, the prelude for other iterables. */
static MY_FN Value ctor_seq(Interp *I, TypeId t, Ref args, uint32_t nargs, Value kwnames) {
    if (!args_check(I, nargs, kwnames, t == T_LIST ? "list" : "tuple", 0, 1)) return V_ERR;
    if (nargs == 0) return t == T_LIST ? list_new(I, 0) : empty_tuple(I);
    Value x = ARG(0);
    if (is_type(I, x, T_LIST)) return t == T_LIST ? list_from_values(I, list_len(I, x) ? v_as_ref(fld(I, x, LIST_ITEMS)) + 1 : 0, list_len(I, x)) : list_to_tuple(I, x);
    if (is_type(I, x, T_TUPLE)) return t == T_TUPLE ? x : list_from_values(I, v_as_ref(x) + 1, tuple_len(I, x));
    if (is_type(I, x, T_RANGE) || is_str(I, x) || is_type(I, x, T_DICT) || is_type(I, x, T_SET) || is_type(I, x, T_FROZENSET) ||
        is_type(I, x, T_DICT_KEYS) || is_type(I, x, T_DICT_VALUES) || is_type(I, x, T_DICT_ITEMS) || is_type(I, x, T_BYTES)) {
        Value it = op_iter(I, x);
        if (it == V_ERR) return it;
        Value l = list_new(I, 0);
        if (l == V_ERR) return l;
        for (;;) {
            Value v = op_next(I, it);
            if (v == V_ERR) return v;
            if (v == V_NULL) break;
            if (!list_append(I, l, v)) return V_ERR;
        }
        return t == T_LIST ? l : list_to_tuple(I, l);
    }
    return prelude_delegate(I, t == T_LIST ? "_list_from_iter" : "_tuple_from_iter", args, nargs, kwnames);
}

static MY_FN Value ctor_range(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    if (!args_check(I, nargs, kwnames, "range", 1, 3)) return V_ERR;
    int64_t v[3] = { 0, 0, 1 };
    for (uint32_t i = 0; i < nargs; i++) {
        Value x = box_inner(I, ARG(i));   /* int subclasses (IntEnum) too */
        if (!is_int_value(I, x)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", ARG(i), 0, 0);
        int64_t n;
        if (!int_to_i64(I, x, &n) || n > SMALL_INT_MAX / 4 || n < SMALL_INT_MIN / 4) return raise_msg(I, T_OVERFLOW_ERROR, "range() arguments this large are not supported yet");
        v[nargs == 1 ? 1 : i] = n;
    }
    if (v[2] == 0) return raise_msg(I, T_VALUE_ERROR, "range() arg 3 must not be zero");
    int64_t len = 0;
    if (v[2] > 0 && v[0] < v[1]) len = (v[1] - v[0] - 1) / v[2] + 1;
    if (v[2] < 0 && v[0] > v[1]) len = (v[0] - v[1] - 1) / (-v[2]) + 1;
    Ref r = obj_alloc(I, T_RANGE, RANGE_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + RANGE_START, v_int(v[0]));
    st(I, r + RANGE_STOP, v_int(v[1]));
    st(I, r + RANGE_STEP, v_int(v[2]));
    st(I, r + RANGE_LEN, v_int(len));
    return v_obj(r);
}

static MY_FN Value ctor_dict(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    uint32_t nkw = kwnames == V_NULL ? 0 : tuple_len(I, kwnames);
    if (nargs - nkw > 1) return raise_fmt(I, T_TYPE_ERROR, "dict expected at most 1 argument, got %d", v_int(nargs - nkw), 0, 0);
    Value d;
    if (nargs - nkw == 1) {
        Value src = ARG(0);
        src = dict_plain(I, src);
        if (!is_type(I, src, T_DICT)) return prelude_delegate(I, "_dict_from", args, nargs, kwnames);
        d = dict_copy(I, src);
    } else {
        d = dict_new(I);
    }
    if (d == V_ERR) return d;
    for (uint32_t k = 0; k < nkw; k++)
        if (dict_set(I, d, fld(I, kwnames, 1 + k), ARG(nargs - nkw + k)) == V_ERR) return V_ERR;
    return d;
}

MY_FN bool key_needs_python(Interp *I, Value key);

static MY_FN Value ctor_set(Interp *I, TypeId t, Ref args, uint32_t nargs, Value kwnames) {
    if (!args_check(I, nargs, kwnames, t == T_SET ? "set" : "frozenset", 0, 1)) return V_ERR;
    Value s = set_new(I, t);
    if (s == V_ERR || nargs == 0) return s;
    Value x = ARG(0);
    if (is_type(I, x, T_LIST) || is_type(I, x, T_TUPLE)) {
        bool l = is_type(I, x, T_LIST);
        uint32_t n = l ? list_len(I, x) : tuple_len(I, x);
        for (uint32_t i = 0; i < n; i++)
            if (key_needs_python(I, l ? list_get(I, x, i) : fld(I, x, 1 + i)))
                return prelude_delegate(I, t == T_SET ? "_set_from_iter" : "_frozenset_from_iter", args, nargs, kwnames);
    }
    if (is_type(I, x, T_LIST) || is_type(I, x, T_TUPLE) || is_str(I, x) || is_type(I, x, T_RANGE) ||
        is_type(I, x, T_SET) || is_type(I, x, T_FROZENSET) || is_type(I, x, T_DICT) || is_type(I, x, T_DICT_KEYS)) {
        Value r = cont_set_update(I, s, x);   /* fills in the order CPython's set_update uses */
        return r == V_ERR || r == V_TAILCALL ? r : s;
    }
    return prelude_delegate(I, t == T_SET ? "_set_from_iter" : "_frozenset_from_iter", args, nargs, kwnames);
}

static MY_FN Value ctor_wrap(Interp *I, TypeId t, Ref args, uint32_t nargs, Value kwnames) {
    if (!args_check(I, nargs, kwnames, t == T_STATICMETHOD ? "staticmethod" : "classmethod", 1, 1)) return V_ERR;
    Ref r = obj_alloc(I, t, WRAP_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + WRAP_FUNC, ARG(0));
    return v_obj(r);
}

static MY_FN Value ctor_property(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    static MY_CONST char *const names[] = { "fget", "fset", "fdel", "doc" };
    Value a[4];
    if (!args_parse(I, args, nargs, kwnames, "property", 4, 0, names, a)) return V_ERR;
    Ref r = obj_alloc(I, T_PROPERTY, PROP_WORDS, false);
    if (!r) return V_ERR;
    for (int i = 0; i < 4; i++) st(I, r + 1 + (uint32_t)i, a[i] == V_NULL ? V_NONE : a[i]);
    return v_obj(r);
}

static MY_FN Value ctor_slice(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    if (!args_check(I, nargs, kwnames, "slice", 1, 3)) return V_ERR;
    Ref r = obj_alloc(I, T_SLICE, SLICE_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + SLICE_START, nargs == 1 ? V_NONE : ARG(0));
    st(I, r + SLICE_STOP, nargs == 1 ? ARG(0) : ARG(1));
    st(I, r + SLICE_STEP, nargs == 3 ? ARG(2) : V_NONE);
    return v_obj(r);
}

static MY_FN Value ctor_super(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    if (!args_check(I, nargs, kwnames, "super", 2, 2))
        return nargs == 0 ? raise_msg(I, T_RUNTIME_ERROR, "super(): no arguments") : V_ERR;
    Value t = ARG(0), obj = ARG(1);
    Ref ot;
    if (v_is_obj(obj) && is_subtype(I, hdr_type(I, v_as_ref(obj)), TYPE_REF(T_TYPE)) && is_subtype(I, v_as_ref(obj), v_as_ref(t)))
        ot = v_as_ref(obj);
    else {
        ot = type_of(I, obj);
        if (!is_subtype(I, ot, v_as_ref(t))) return raise_msg(I, T_TYPE_ERROR, "super(type, obj): obj must be an instance or subtype of type");
    }
    Ref r = obj_alloc(I, T_SUPER, SUPER_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + SUPER_TYPE, t);
    st(I, r + SUPER_OBJ, obj);
    st(I, r + SUPER_OBJTYPE, v_obj(ot));
    return v_obj(r);
}

static MY_FN Value ctor_bytes(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    static MY_CONST char *const names[] = { "source", "encoding", "errors" };
    Value a[3];
    if (!args_parse(I, args, nargs, kwnames, "bytes", 3, 0, names, a)) return V_ERR;
    Value s;
    if (a[0] == V_NULL) s = str_alloc(I, 0);
    else if (is_str(I, a[0])) {
        if (a[1] == V_NULL) return raise_msg(I, T_TYPE_ERROR, "string argument without an encoding");
        return str_encode(I, a[0], a[1], a[2] == V_NULL ? V_NONE : a[2]);
    } else if (is_int_value(I, a[0])) {
        int64_t n;
        if (!int_to_i64(I, a[0], &n) || n < 0) return raise_msg(I, T_VALUE_ERROR, "negative count");
        s = str_alloc(I, (uint32_t)n);
        if (s == V_ERR) return s;
        for (uint32_t i = 0; i < (uint32_t)n; i++) str_set_byte(I, s, i, 0);
    } else if (is_type(I, a[0], T_BYTES)) {
        return a[0];
    } else if (is_type(I, a[0], T_LIST) || is_type(I, a[0], T_TUPLE)) {
        bool l = is_type(I, a[0], T_LIST);
        uint32_t n = l ? list_len(I, a[0]) : tuple_len(I, a[0]);
        s = str_alloc(I, n);
        if (s == V_ERR) return s;
        for (uint32_t i = 0; i < n; i++) {
            Value v = l ? list_get(I, a[0], i) : fld(I, a[0], 1 + i);
            int64_t b;
            if (!is_int_value(I, v)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v, 0, 0);
            if (!int_to_i64(I, v, &b) || b < 0 || b > 255) return raise_msg(I, T_VALUE_ERROR, "bytes must be in range(0, 256)");
            str_set_byte(I, s, i, (uint32_t)b);
        }
    } else {
        return prelude_delegate(I, "_bytes_from_iter", args, nargs, kwnames);
    }
    if (s == V_ERR) return s;
    Ref r = v_as_ref(s);
    uint32_t n = str_nbytes(I, s);
    st(I, r, HDR_MAKE(TYPE_REF(T_BYTES), hdr_size(I, r), true));
    st(I, r + STR_INFO, (uint64_t)n | ((uint64_t)n << 32));
    return s;
}

MY_OUTLINE Value type_call_builtin(Interp *I, TypeId t, Ref args, uint32_t nargs, Value kwnames) {
    switch (t) {
    case T_OBJECT:
        if (!args_check(I, nargs, kwnames, "object", 0, 0)) return raise_msg(I, T_TYPE_ERROR, "object() takes no arguments");
        return new_instance(I, TYPE_REF(T_OBJECT));
    case T_TYPE:
        if (nargs == 1 && kwnames == V_NULL) return v_obj(type_of(I, ARG(0)));
        if (nargs - (kwnames == V_NULL ? 0 : tuple_len(I, kwnames)) == 3) return prelude_delegate(I, "_type_call", args, nargs, kwnames);
        return raise_msg(I, T_TYPE_ERROR, "type() takes 1 or 3 arguments");
    case T_INT: return ctor_int(I, args, nargs, kwnames);
    case T_FLOAT: return ctor_float(I, args, nargs, kwnames);
    case T_BOOL:
        if (!args_check(I, nargs, kwnames, "bool", 0, 1)) return V_ERR;
        return nargs == 0 ? V_FALSE : op_truth(I, ARG(0));
    case T_STR: return ctor_str(I, args, nargs, kwnames);
    case T_LIST: case T_TUPLE: return ctor_seq(I, t, args, nargs, kwnames);
    case T_DICT: return ctor_dict(I, args, nargs, kwnames);
    case T_SET: case T_FROZENSET: return ctor_set(I, t, args, nargs, kwnames);
    case T_RANGE: return ctor_range(I, args, nargs, kwnames);
    case T_SLICE: return ctor_slice(I, args, nargs, kwnames);
    case T_PROPERTY: return ctor_property(I, args, nargs, kwnames);
    case T_STATICMETHOD: case T_CLASSMETHOD: return ctor_wrap(I, t, args, nargs, kwnames);
    case T_SUPER: return ctor_super(I, args, nargs, kwnames);
    case T_BYTES: return ctor_bytes(I, args, nargs, kwnames);
    case T_COMPLEX: return complex_ctor(I, args, nargs, kwnames);
    case T_NONE: return V_NONE;
    default: break;
    }
    return raise_fmt(I, T_TYPE_ERROR, "cannot create '%s' instances", type_name_v(I, TYPE_REF(t)), 0, 0);
}

/* Attribute lookup through super(): the MRO of the object's type, after the given class. */
MY_OUTLINE Value super_getattr(Interp *I, Value sup, Value name) {
    Value t = fld(I, sup, SUPER_TYPE), obj = fld(I, sup, SUPER_OBJ);
    Ref ot = v_as_ref(fld(I, sup, SUPER_OBJTYPE));
    Value mro = ld(I, ot + TYPE_MRO);
    uint32_t n = tuple_len(I, mro), i = 0;
    while (i < n && fld(I, mro, 1 + i) != t) i++;
    for (i++; i < n; i++) {
        Value d = ld(I, v_as_ref(fld(I, mro, 1 + i)) + TYPE_DICT);
        Value v = dict_get_str(I, d, name);
        if (v == V_NULL) continue;
        bool obj_is_class = v_as_ref(obj) == ot;
        if (is_type(I, v, T_FUNCTION)) return obj_is_class ? v : method_new(I, v, obj);
        if (is_type(I, v, T_CLASSMETHOD)) return method_new(I, fld(I, v, WRAP_FUNC), v_obj(ot));
        if (is_type(I, v, T_STATICMETHOD)) return fld(I, v, WRAP_FUNC);
        if (is_type(I, v, T_BUILTIN)) {
            int k = native_kind((uint32_t)v_as_int(fld(I, v, BUILTIN_ID)));
            if (k == NK_STATIC || obj_is_class) return v;
            Ref r = obj_alloc(I, T_BUILTIN, BUILTIN_WORDS, false);
            if (!r) return V_ERR;
            st(I, r + BUILTIN_ID, fld(I, v, BUILTIN_ID));
            st(I, r + BUILTIN_SELF, k == NK_CLASSMETHOD ? v_obj(ot) : obj);
            st(I, r + BUILTIN_NAME, fld(I, v, BUILTIN_NAME));
            return v_obj(r);
        }
        if (is_type(I, v, T_PROPERTY)) {
            Value g = fld(I, v, PROP_FGET);
            Value args = tuple_new(I, 1);
            if (args == V_ERR) return args;
            set_fld(I, args, 1, obj);
            I->tail_callable = g; I->tail_args = args; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
            return V_TAILCALL;
        }
        return v;
    }
    return raise_fmt(I, T_ATTRIBUTE_ERROR, "'super' object has no attribute '%s'", name, 0, 0);
}

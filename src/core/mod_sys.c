/* mod_sys.c: the sys module's functions written in C and its constants (the rest is in the prelude). */
#include "vm.h"
#include "natives.h"

MY_FN Value vm_handled_exception(Interp *I);
/* num_methods.c */
MY_FN bool num_is_py(Interp *I, Value v);
MY_FN bool num_parse_args(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *fname,
                          int skip, int nposonly, int npos, int n, int required,
                          const char *const *names, Value *out);

/* CPython's messages for METH_NOARGS / METH_O functions of sys. */
static MY_FN bool sy_nargs(Interp *I, uint32_t nargs, Value kwnames, const char *name, uint32_t want) {
    if (kwnames != V_NULL && tuple_len(I, kwnames) > 0) {
        Value n = str_from_cstr(I, name);
        if (n != V_ERR) raise_fmt(I, T_TYPE_ERROR, "sys.%s() takes no keyword arguments", n, 0, 0);
        return false;
    }
    if (nargs == want) return true;
    Value n = str_from_cstr(I, name);
    if (n == V_ERR) return false;
    if (want == 0) raise_fmt(I, T_TYPE_ERROR, "sys.%s() takes no arguments (%d given)", n, v_int(nargs), 0);
    else raise_fmt(I, T_TYPE_ERROR, "sys.%s() takes exactly one argument (%d given)", n, v_int(nargs), 0);
    return false;
}

NATIVE(sysm_getrecursionlimit) {
    if (!sy_nargs(I, nargs, kwnames, "getrecursionlimit", 0)) return V_ERR;
    return v_int(I->recursion_limit);
}

/* The VM raises RecursionError once the Python call depth reaches the limit. */
NATIVE(sysm_setrecursionlimit) {
    if (!sy_nargs(I, nargs, kwnames, "setrecursionlimit", 1)) return V_ERR;
    Value v = ARG(0);
    if (v_is_double(v)) return raise_msg(I, T_TYPE_ERROR, "'float' object cannot be interpreted as an integer");
    if (!is_int_value(I, v)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v, 0, 0);
    int64_t n;
    if (!int_to_i64(I, v, &n) || n > 2147483647 || n < -2147483647 - 1)
        return raise_msg(I, T_OVERFLOW_ERROR, "Python int too large to convert to C int");
    if (n < 1) return raise_msg(I, T_VALUE_ERROR, "recursion limit must be greater or equal than 1");
    /* CPython counts one more level than the VM's frames (its module level is depth 2) */
    int64_t depth = (int64_t)I->depth + 1;
    if (depth >= n)
        return raise_fmt(I, T_RECURSION_ERROR, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                         v_int(n), v_int(depth), 0);
    I->recursion_limit = (uint32_t)n;
    return V_NONE;
}

NATIVE(sysm_intern) {
    if (!sy_nargs(I, nargs, kwnames, "intern", 1)) return V_ERR;
    Value s = ARG(0);
    if (!is_str(I, s)) return raise_fmt(I, T_TYPE_ERROR, "intern() argument must be str, not %T", s, 0, 0);
    return s;   /* equal strings already compare fast; identity is not promised here */
}

NATIVE(sysm_exc_info) {
    if (!sy_nargs(I, nargs, kwnames, "exc_info", 0)) return V_ERR;
    Value e = vm_handled_exception(I);
    if (e == V_NULL || e == V_NONE) return tuple_pack3(I, V_NONE, V_NONE, V_NONE);
    Value tb = fld(I, e, EXC_TRACEBACK);
    return tuple_pack3(I, v_obj(type_of(I, e)), e, tb == V_NULL ? V_NONE : tb);
}

NATIVE(sysm_exception) {
    if (!sy_nargs(I, nargs, kwnames, "exception", 0)) return V_ERR;
    Value e = vm_handled_exception(I);
    return e == V_NULL ? V_NONE : e;
}

NATIVE(sysm_getdefaultencoding) {
    if (!sy_nargs(I, nargs, kwnames, "getdefaultencoding", 0)) return V_ERR;
    return str_from_cstr(I, "utf-8");
}

NATIVE(sysm_getfilesystemencoding) {
    if (!sy_nargs(I, nargs, kwnames, "getfilesystemencoding", 0)) return V_ERR;
    return str_from_cstr(I, "utf-8");
}

/* ---- getsizeof: what CPython 3.11 reports on a 64-bit build, approximated from myriad's objects.
   Exact for None, bool, int, float, str, bytes and tuple; lists count their length (CPython adds
   any over-allocation); dicts and sets follow CPython's growth from insertions one at a time;
   other objects get CPython's usual size for their kind, or 8 bytes per heap word. ---- */

static MY_FN uint64_t sy_pow2_at_least(uint64_t v) {
    uint64_t p = 8;
    while (p < v) p <<= 1;
    return p;
}

static MY_FN uint64_t sy_dict_size(Interp *I, Value d) {
    uint32_t n = dict_len(I, d);
    if (n == 0) return 64;
    uint64_t s = 8;
    while (n > (2 * s) / 3) s = sy_pow2_at_least(3 * ((2 * s) / 3));   /* resized when full, to 3 * used */
    uint64_t usable = (2 * s) / 3;
    uint64_t ib = s <= 128 ? 1 : s <= 0x8000 ? 2 : s <= 0x80000000ull ? 4 : 8;
    bool all_str = true;      /* a table of only str keys drops the cached hash: 16-byte entries */
    uint32_t pos = 0;
    Value k, v;
    while (all_str && dict_next(I, d, &pos, &k, &v)) all_str = is_str(I, k);
    return 64 + 32 + s * ib + usable * (all_str ? 16 : 24);
}

static MY_FN uint64_t sy_set_size(Interp *I, Value s) {
    uint64_t n = set_len(I, s), table = 8;
    /* grows when fill * 5 >= mask * 3, to the first power of two above 4 * used */
    for (;;) {
        uint64_t trigger = (3 * (table - 1) + 4) / 5;
        if (n < trigger) break;
        uint64_t t = 8;
        while (t <= trigger * 4) t <<= 1;
        table = t;
    }
    return table == 8 ? 216 : 216 + 16 * table;
}

static MY_FN uint64_t sy_str_size(Interp *I, Value s) {
    uint32_t nb = str_nbytes(I, s), nc = str_nchars(I, s), maxcp = 0, pos = 0;
    if (nb == nc) return 49 + (uint64_t)nc;            /* ASCII */
    while (pos < nb) {
        uint32_t cp = utf8_decode_at(I, s, &pos);
        if (cp > maxcp) maxcp = cp;
    }
    if (maxcp < 256) return 73 + (uint64_t)nc;
    if (maxcp < 65536) return 74 + 2 * (uint64_t)nc;
    return 76 + 4 * (uint64_t)nc;
}

static MY_FN uint64_t sy_sizeof(Interp *I, Value v) {
    if (v_is_double(v)) return 24;
    if (v == V_NONE || v == V_NOTIMPL || v == V_ELLIPSIS) return 16;
    if (is_int_value(I, v)) {
        Value a = v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v;
        uint64_t bits = 0;
        if (v_is_int(a)) {
            int64_t x = v_as_int(a);
            uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
            while (m) { bits++; m >>= 1; }
        } else {
            uint64_t info = fld(I, a, BIG_INFO);
            uint32_t nd = (uint32_t)info;
            uint32_t top = nd ? mem_ld_u32(&I->H, v_as_ref(a) + BIG_DATA, nd - 1) : 0;
            bits = nd ? (uint64_t)(nd - 1) * 32 : 0;
            while (top) { bits++; top >>= 1; }
        }
        uint64_t digits = (bits + 29) / 30;               /* CPython's 30-bit digits */
        return 24 + 4 * (digits ? digits : 1);
    }
    TypeId k = kind_of(I, v);
    Ref t = type_of(I, v);
    switch (k) {
    case T_STR: return sy_str_size(I, v);
    case T_BYTES: return 33 + (uint64_t)str_nbytes(I, v);
    case T_TUPLE: return 40 + 8 * (uint64_t)tuple_len(I, v);
    case T_LIST: return 56 + 8 * (uint64_t)list_len(I, v);
    case T_DICT: return sy_dict_size(I, v);
    case T_SET: case T_FROZENSET: return sy_set_size(I, v);
    case T_COMPLEX: return 32;
    case T_RANGE: return 48;
    case T_SLICE: return 56;
    case T_FUNCTION: return 152;
    case T_BUILTIN: return 72;
    case T_METHOD: return 48;
    case T_CELL: return 40;
    case T_MODULE: return 72;
    case T_GENERATOR: return 208;
    case T_PROPERTY: return 80;
    case T_TYPE: return (v_as_int(ld(I, v_as_ref(v) + TYPE_FLAGS)) & TF_HEAP) ? 1688 : 424;
    default: break;
    }
    if (k >= T_LIST_ITER && k <= T_SEQ_ITER) return 48;
    if (k >= T_DICT_KEYS && k <= T_DICT_ITEMS) return 40;
    if (k >= T_FIRST_EXCEPTION) return 88;
    if (k == T_OBJECT) return type_is_builtin(t) ? 16 : 56;
    if (v_is_obj(v)) return 8 * (uint64_t)hdr_size(I, v_as_ref(v));
    return 16;
}

NATIVE(sysm_getsizeof) {
    static MY_CONST char *const names[] = { "object", "default" };
    Value a[2];
    if (!num_parse_args(I, args, nargs, kwnames, "getsizeof", 0, 0, 2, 2, 1, names, a)) return V_ERR;
    Value v = a[0];
    if (num_is_py(I, v) && type_lookup_id(I, type_of(I, v), N___sizeof__) != V_NULL) {
        Value t = tuple_new(I, 1);                 /* a class's own __sizeof__, plus the GC header */
        if (t == V_ERR) return t;
        set_fld(I, t, 1, v);
        return prelude_tailcall(I, "_sysm_sizeof_py", t);
    }
    return int_from_u64(I, sy_sizeof(I, v));
}

/* ---- constants, set once at image build ---- */
MY_FN void sys_module_init(Interp *B, Value dict) {
    dict_set(B, dict, str_from_cstr(B, "hexversion"), v_int(0x030B07F0));
    dict_set(B, dict, str_from_cstr(B, "api_version"), v_int(1013));
    dict_set(B, dict, str_from_cstr(B, "float_repr_style"), str_from_cstr(B, "short"));
    dict_set(B, dict, str_from_cstr(B, "dont_write_bytecode"), V_TRUE);
}

/* containers.c: the methods of list, tuple, dict, set, frozenset and the dict views, as CPython 3.11 has them. */
#include "vm.h"
#include "natives.h"
#include "ast.h"

/* Every static name here starts with ct_ / CT_: the CUDA build compiles the whole core as one unit. */

/* ---- small helpers ------------------------------------------------------------------------------ */

static MY_FN uint32_t ct_nkw(Interp *I, Value kwnames) { return kwnames == V_NULL ? 0 : tuple_len(I, kwnames); }

/* Error messages are assembled from C strings in a fixed buffer and then handed to raise_fmt, so they
   may still carry %T / %s / %d for Values. Names put in here never contain '%'. */
#define CT_MSG 200
static MY_FN void ct_cat(char *buf, uint32_t *n, const char *s) {
    while (*s && *n + 1 < CT_MSG) buf[(*n)++] = *s++;
    buf[*n] = 0;
}

static MY_FN TypeId ct_kind(Interp *I, Value v) { return v_is_obj(v) ? kind_of(I, v) : T_NONE; }
static MY_FN bool ct_is_anyset(Interp *I, Value v) { TypeId k = ct_kind(I, v); return k == T_SET || k == T_FROZENSET; }
static MY_FN bool ct_is_view(Interp *I, Value v) { TypeId k = ct_kind(I, v); return k == T_DICT_KEYS || k == T_DICT_ITEMS; }
static MY_FN bool ct_is_num(Interp *I, Value v) { return v_is_int(v) || v_is_double(v) || v_is_bool(v) || is_bigint(I, v); }

static MY_FN Value ct_key_error(Interp *I, Value key) {
    Value t = tuple_new(I, 1);
    if (t == V_ERR) return t;
    set_fld(I, t, 1, key);
    Value e = exc_new(I, TYPE_REF(T_KEY_ERROR), t);
    if (e == V_ERR) return e;
    I->exc = e;
    return V_ERR;
}

/* Tail-calls the prelude function `name` with n positional arguments. */
static MY_FN Value ct_tail(Interp *I, const char *name, uint32_t n, Value a, Value b, Value c, Value d, Value e) {
    Value t = tuple_new(I, n);
    if (t == V_ERR) return t;
    Value vs[5] = { a, b, c, d, e };
    for (uint32_t i = 0; i < n; i++) set_fld(I, t, 1 + i, vs[i]);
    return prelude_tailcall(I, name, t);
}

/* How an argument can be iterated: not at all, by C code here (built-in containers, whose iteration
   changes nothing visible, so a re-run instruction starts over cleanly), or only by Python code
   (generators, iterator objects, instances of classes). */
enum { CT_IT_NONE = 0, CT_IT_C, CT_IT_PY };
static MY_FN int ct_iterable(Interp *I, Value v) {
    if (!v_is_obj(v)) return CT_IT_NONE;
    if (!type_is_builtin(hdr_type(I, v_as_ref(v)))) return CT_IT_PY;
    switch (kind_of(I, v)) {
    case T_LIST: case T_TUPLE: case T_STR: case T_BYTES: case T_RANGE: case T_DICT: case T_SET: case T_FROZENSET:
    case T_DICT_KEYS: case T_DICT_VALUES: case T_DICT_ITEMS:
        return CT_IT_C;
    case T_GENERATOR: case T_LIST_ITER: case T_TUPLE_ITER: case T_STR_ITER: case T_BYTES_ITER: case T_RANGE_ITER:
    case T_DICT_KEYITER: case T_DICT_VALITER: case T_DICT_ITEMITER: case T_SET_ITER: case T_SEQ_ITER:
        return CT_IT_PY;
    default:
        return CT_IT_NONE;
    }
}

static MY_FN Value ct_not_iterable(Interp *I, Value v) {
    return raise_fmt(I, T_TYPE_ERROR, "'%T' object is not iterable", v, 0, 0);
}

/* A fresh list of the items of a CT_IT_C iterable. */
static MY_FN Value ct_collect(Interp *I, Value src) {
    Value it = op_iter(I, src);
    if (it == V_ERR) return it;
    Value l = list_new(I, 0);
    if (l == V_ERR) return l;
    for (;;) {
        Value x = op_next(I, it);
        if (x == V_ERR) return x;
        if (x == V_NULL) return l;
        if (!list_append(I, l, x)) return V_ERR;
    }
}

/* ---- argument checks with CPython's messages ----------------------------------------------------- */

enum { CT_NOARGS, CT_ONEARG, CT_RANGE };
#define CT_MANY 0x7FFFFFFFu

/* Checks self (ARG(0)) against the owner type k and the positional count (self excluded) against the
   calling convention CPython uses for the method: METH_NOARGS, METH_O, or a min..max range. */
static MY_FN bool ct_begin(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k, const char *meth,
                           int mode, uint32_t min, uint32_t max) {
    char buf[CT_MSG];
    uint32_t n = 0;
    uint32_t nkw = ct_nkw(I, kwnames), npos = nargs - nkw;
    if (npos == 0) {
        ct_cat(buf, &n, "unbound method "); ct_cat(buf, &n, kind_name(k)); ct_cat(buf, &n, ".");
        ct_cat(buf, &n, meth); ct_cat(buf, &n, "() needs an argument");
        raise_msg(I, T_TYPE_ERROR, buf);
        return false;
    }
    if (ct_kind(I, ARG(0)) != k) {
        ct_cat(buf, &n, "descriptor '"); ct_cat(buf, &n, meth); ct_cat(buf, &n, "' for '");
        ct_cat(buf, &n, kind_name(k)); ct_cat(buf, &n, "' objects doesn't apply to a '%T' object");
        raise_fmt(I, T_TYPE_ERROR, buf, ARG(0), 0, 0);
        return false;
    }
    if (nkw) {
        ct_cat(buf, &n, kind_name(k)); ct_cat(buf, &n, "."); ct_cat(buf, &n, meth);
        ct_cat(buf, &n, "() takes no keyword arguments");
        raise_msg(I, T_TYPE_ERROR, buf);
        return false;
    }
    uint32_t got = npos - 1;
    if (mode == CT_NOARGS || mode == CT_ONEARG) {
        if (got == (mode == CT_ONEARG ? 1u : 0u)) return true;
        ct_cat(buf, &n, kind_name(k)); ct_cat(buf, &n, "."); ct_cat(buf, &n, meth);
        ct_cat(buf, &n, mode == CT_ONEARG ? "() takes exactly one argument (%d given)" : "() takes no arguments (%d given)");
        raise_fmt(I, T_TYPE_ERROR, buf, v_int(got), 0, 0);
        return false;
    }
    if (got >= min && got <= max) return true;
    bool few = got < min;
    uint32_t lim = few ? min : max;
    ct_cat(buf, &n, meth);
    ct_cat(buf, &n, " expected ");
    if (min != max) ct_cat(buf, &n, few ? "at least " : "at most ");
    ct_cat(buf, &n, lim == 1 ? "%d argument, got %d" : "%d arguments, got %d");
    raise_fmt(I, T_TYPE_ERROR, buf, v_int(lim), v_int(got), 0);
    return false;
}

/* An index argument as CPython's Py_ssize_t conversion takes it (ints and bools; no __index__ yet). */
static MY_FN bool ct_ssize(Interp *I, Value v, int64_t *out) {
    if (v_is_int(v)) { *out = v_as_int(v); return true; }
    if (v_is_bool(v)) { *out = v == V_TRUE; return true; }
    if (is_bigint(I, v)) {
        if (int_to_i64(I, v, out)) return true;
        raise_msg(I, T_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return false;
    }
    raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v, 0, 0);
    return false;
}

/* A start/stop argument of index(): big values clamp instead of overflowing, as slice indices do. */
static MY_FN bool ct_slice_index(Interp *I, Value v, int64_t *out) {
    if (v_is_int(v)) { *out = v_as_int(v); return true; }
    if (v_is_bool(v)) { *out = v == V_TRUE; return true; }
    if (is_bigint(I, v)) {
        if (!int_to_i64(I, v, out)) *out = int_sign(I, v) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    raise_msg(I, T_TYPE_ERROR, "slice indices must be integers or have an __index__ method");
    return false;
}

/* ---- list ------------------------------------------------------------------------------------------ */

NATIVE(list_append_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "append", CT_ONEARG, 1, 1)) return V_ERR;
    if (!list_append(I, ARG(0), ARG(1))) return V_ERR;
    return V_NONE;
}

/* l.extend(src): everything is allocated before the list changes, so a re-run after a collection never
   appends twice. Sources only Python can iterate go to the prelude, which appends item by item (as
   CPython, items before a failing one stay appended). */
static MY_FN Value ct_list_extend(Interp *I, Value l, Value src) {
    bool sl = is_type(I, src, T_LIST);
    if (sl || is_type(I, src, T_TUPLE)) {
        uint32_t n = list_len(I, l), m = sl ? list_len(I, src) : tuple_len(I, src);
        if (!list_reserve(I, l, n + m)) return V_ERR;
        /* l.extend(l): the first n items are read before any is written past them */
        for (uint32_t i = 0; i < m; i++) list_set(I, l, n + i, sl ? list_get(I, src, i) : fld(I, src, 1 + i));
        set_fld(I, l, LIST_LEN, v_int(n + m));
        return V_NONE;
    }
    int it = ct_iterable(I, src);
    if (it == CT_IT_PY) return ct_tail(I, "_cont_list_extend", 2, l, src, 0, 0, 0);
    if (it == CT_IT_NONE) return ct_not_iterable(I, src);
    Value tmp = ct_collect(I, src);
    if (tmp == V_ERR) return tmp;
    return ct_list_extend(I, l, tmp);
}

NATIVE(list_extend_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "extend", CT_ONEARG, 1, 1)) return V_ERR;
    return ct_list_extend(I, ARG(0), ARG(1));
}

NATIVE(list_insert_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "insert", CT_RANGE, 2, 2)) return V_ERR;
    Value l = ARG(0);
    int64_t i, n = list_len(I, l);
    if (!ct_ssize(I, ARG(1), &i)) return V_ERR;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    if (!list_reserve(I, l, (uint32_t)n + 1)) return V_ERR;
    for (int64_t j = n; j > i; j--) list_set(I, l, (uint32_t)j, list_get(I, l, (uint32_t)(j - 1)));
    list_set(I, l, (uint32_t)i, ARG(2));
    set_fld(I, l, LIST_LEN, v_int(n + 1));
    return V_NONE;
}

/* Removes item i of l (no allocation). */
static MY_FN void ct_list_del(Interp *I, Value l, uint32_t i) {
    uint32_t n = list_len(I, l);
    for (uint32_t j = i; j + 1 < n; j++) list_set(I, l, j, list_get(I, l, j + 1));
    list_set(I, l, n - 1, V_NULL);   /* the GC must not keep the removed item alive */
    set_fld(I, l, LIST_LEN, v_int(n - 1));
}

NATIVE(list_pop_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "pop", CT_RANGE, 0, 1)) return V_ERR;
    Value l = ARG(0);
    int64_t i = -1, n = list_len(I, l);
    if (nargs > 1 && !ct_ssize(I, ARG(1), &i)) return V_ERR;
    if (n == 0) return raise_msg(I, T_INDEX_ERROR, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise_msg(I, T_INDEX_ERROR, "pop index out of range");
    Value v = list_get(I, l, (uint32_t)i);
    ct_list_del(I, l, (uint32_t)i);
    return v;
}

/* Items of a list or tuple. */
static MY_FN uint32_t ct_seq_len(Interp *I, Value s) { return is_type(I, s, T_TUPLE) ? tuple_len(I, s) : list_len(I, s); }
static MY_FN Value ct_seq_get(Interp *I, Value s, uint32_t i) { return is_type(I, s, T_TUPLE) ? fld(I, s, 1 + i) : list_get(I, s, i); }

NATIVE(list_remove_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "remove", CT_ONEARG, 1, 1)) return V_ERR;
    Value l = ARG(0), x = ARG(1);
    uint32_t n = list_len(I, l);
    for (uint32_t i = 0; i < n; i++) {
        Value y = list_get(I, l, i);
        bool known = true, eq = y == x || values_eq_simple(I, y, x, &known);
        if (!known) return ct_tail(I, "_cont_list_remove", 3, l, x, v_int(i), 0, 0);
        if (eq) { ct_list_del(I, l, i); return V_NONE; }
    }
    return raise_msg(I, T_VALUE_ERROR, "list.remove(x): x not in list");
}

/* list.index and tuple.index: the first i in [start, stop) with s[i] == x. */
static MY_FN Value ct_index(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "index", CT_RANGE, 1, 3)) return V_ERR;
    Value s = ARG(0), x = ARG(1);
    int64_t n = ct_seq_len(I, s), start = 0, stop = INT64_MAX;
    if (nargs > 2 && !ct_slice_index(I, ARG(2), &start)) return V_ERR;
    if (nargs > 3 && !ct_slice_index(I, ARG(3), &stop)) return V_ERR;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < n; i++) {
        Value y = ct_seq_get(I, s, (uint32_t)i);
        bool known = true, eq = y == x || values_eq_simple(I, y, x, &known);
        if (!known) {
            Value msg = k == T_TUPLE ? str_from_cstr(I, "tuple.index(x): x not in tuple") : V_NONE;
            if (msg == V_ERR) return msg;
            return ct_tail(I, "_cont_list_index", 5, s, x, v_int(i), v_int(stop < n ? stop : n), msg);
        }
        if (eq) return v_int(i);
    }
    if (k == T_TUPLE) return raise_msg(I, T_VALUE_ERROR, "tuple.index(x): x not in tuple");
    Value r = op_repr(I, x);
    if (r == V_ERR) return r;
    if (r == V_TAILCALL) return ct_tail(I, "_cont_list_index", 5, s, x, v_int(n), v_int(n), V_NONE);
    return raise_fmt(I, T_VALUE_ERROR, "%s is not in list", r, 0, 0);
}
NATIVE(list_index_m) { return ct_index(I, args, nargs, kwnames, T_LIST); }
NATIVE(tuple_index_m) { return ct_index(I, args, nargs, kwnames, T_TUPLE); }

static MY_FN Value ct_count(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "count", CT_ONEARG, 1, 1)) return V_ERR;
    Value s = ARG(0), x = ARG(1);
    uint32_t n = ct_seq_len(I, s), c = 0;
    for (uint32_t i = 0; i < n; i++) {
        Value y = ct_seq_get(I, s, i);
        bool known = true, eq = y == x || values_eq_simple(I, y, x, &known);
        if (!known) return ct_tail(I, "_cont_list_count", 4, s, x, v_int(i), v_int(c), 0);
        if (eq) c++;
    }
    return v_int(c);
}
NATIVE(list_count_m) { return ct_count(I, args, nargs, kwnames, T_LIST); }
NATIVE(tuple_count_m) { return ct_count(I, args, nargs, kwnames, T_TUPLE); }

NATIVE(list_reverse_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "reverse", CT_NOARGS, 0, 0)) return V_ERR;
    Value l = ARG(0);
    uint32_t n = list_len(I, l);
    for (uint32_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value t = list_get(I, l, i);
        list_set(I, l, i, list_get(I, l, j - 1));
        list_set(I, l, j - 1, t);
    }
    return V_NONE;
}

NATIVE(list_copy_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "copy", CT_NOARGS, 0, 0)) return V_ERR;
    Value l = ARG(0);
    uint32_t n = list_len(I, l);
    return list_from_values(I, n ? v_as_ref(fld(I, l, LIST_ITEMS)) + 1 : 0, n);
}

NATIVE(list_clear_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "clear", CT_NOARGS, 0, 0)) return V_ERR;
    set_fld(I, ARG(0), LIST_ITEMS, V_NULL);
    set_fld(I, ARG(0), LIST_LEN, v_int(0));
    return V_NONE;
}

NATIVE(list_reversed_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_LIST, "__reversed__", CT_NOARGS, 0, 0)) return V_ERR;
    return ct_tail(I, "_cont_list_reversed", 1, ARG(0), 0, 0, 0, 0);
}

/* ---- list.sort ------------------------------------------------------------------------------------
   A stable bottom-up merge sort in C for keys that compare without Python code: all numbers, all strs,
   or all tuples of numbers and strs. Anything else goes to the prelude's merge sort, and so does a
   sort whose tuples turn out to hold items that do not compare (it raises CPython's TypeError). */

enum { CT_SK_NUM = 1, CT_SK_STR, CT_SK_SEQ };

static MY_FN int ct_sort_class(Interp *I, Value v) {
    if (ct_is_num(I, v)) return CT_SK_NUM;
    if (is_str(I, v)) return CT_SK_STR;
    if (is_type(I, v, T_TUPLE) || is_type(I, v, T_LIST)) {
        uint32_t n = ct_seq_len(I, v);
        for (uint32_t i = 0; i < n; i++) {
            Value x = ct_seq_get(I, v, i);
            if (!ct_is_num(I, x) && !is_str(I, x)) return 0;
        }
        return is_type(I, v, T_TUPLE) ? CT_SK_SEQ : CT_SK_SEQ + 1;
    }
    return 0;
}

/* Three-way numeric compare, exact between ints and floats: -1/0/1, 2 unordered (NaN), 3 no memory. */
static MY_FN int ct_num_cmp(Interp *I, Value a, Value b) {
    if (v_is_bool(a)) a = v_int(a == V_TRUE);
    if (v_is_bool(b)) b = v_int(b == V_TRUE);
    bool da = v_is_double(a), db = v_is_double(b);
    if (!da && !db) return int_cmp(I, a, b);
    if (da && db) {
        double x = v_as_double(a), y = v_as_double(b);
        if (x != x || y != y) return 2;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    double f = da ? v_as_double(a) : v_as_double(b);
    Value iv = da ? b : a;
    int sign = da ? -1 : 1;   /* computed as (int, float), flipped when a is the float */
    if (f != f) return 2;
    int c;
    if (v_is_int(iv)) {
        double x = (double)v_as_int(iv);   /* small ints have 48 bits: exact as doubles */
        c = x < f ? -1 : x > f ? 1 : 0;
    } else if (f - f != 0) {
        c = f > 0 ? -1 : 1;                /* a big int against an infinity */
    } else {
        double fl = floor(f);
        Value fi = int_from_double(I, fl);
        if (fi == V_ERR) return 3;
        c = int_cmp(I, iv, fi);
        if (c == 0 && fl != f) c = -1;
    }
    return c * sign;
}

/* a < b for two scalars: 1/0, -1 with CPython's TypeError pending when they do not compare, -2 when
   memory ran out. */
static MY_FN int ct_lt_scalar(Interp *I, Value a, Value b) {
    bool sa = is_str(I, a), sb = is_str(I, b);
    if (sa && sb) return str_cmp(I, a, b) < 0;
    if (sa || sb) {
        raise_fmt(I, T_TYPE_ERROR, "'<' not supported between instances of '%T' and '%T'", a, b, 0);
        return -1;
    }
    int c = ct_num_cmp(I, a, b);
    if (c == 3) return -2;
    return c == -1;
}

/* a < b for keys of one C-sortable class (sequences compare item by item, as CPython's do). */
static MY_FN int ct_lt(Interp *I, Value a, Value b) {
    if (!is_type(I, a, T_TUPLE) && !is_type(I, a, T_LIST)) return ct_lt_scalar(I, a, b);
    uint32_t na = ct_seq_len(I, a), nb = ct_seq_len(I, b);
    for (uint32_t i = 0; i < na && i < nb; i++) {
        Value x = ct_seq_get(I, a, i), y = ct_seq_get(I, b, i);
        if (x == y && !v_is_double(x)) continue;
        bool known = true, eq = values_eq_simple(I, x, y, &known);
        if (!known) return -2;   /* only an int/float compare short of memory gets here */
        if (!eq) return ct_lt_scalar(I, x, y);
    }
    return na < nb;
}

/* Sorts list l by the parallel list keys (l itself when sorting by the items): V_NONE, or V_ERR with
   the list unchanged (keys that do not compare, or memory: the list gets its new item array only at
   the end, so a re-run after a collection starts from the same list). */
static MY_FN Value ct_sort_run(Interp *I, Value l, Value keys, bool reverse) {
    uint32_t n = list_len(I, l);
    Value ra = raw_new(I, n), rb = raw_new(I, n), out = array_new(I, n);
    if (ra == V_ERR || rb == V_ERR || out == V_ERR) return V_ERR;
    Ref src = v_as_ref(ra) + 1, dst = v_as_ref(rb) + 1;
    for (uint32_t i = 0; i < n; i++) st(I, src + i, (uint64_t)i);
    for (uint32_t width = 1; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = mid + width < n ? mid + width : n;
            uint32_t a = lo, b = mid, k = lo;
            while (a < mid && b < hi) {
                uint32_t ia = (uint32_t)ld(I, src + a), ib = (uint32_t)ld(I, src + b);
                Value ka = list_get(I, keys, ia), kb = list_get(I, keys, ib);
                /* take from the right run only when strictly before: equal keys keep their order,
                   reverse included (CPython reverses, sorts stably, and reverses back) */
                int c = reverse ? ct_lt(I, ka, kb) : ct_lt(I, kb, ka);
                if (c == -2) { if (I->exc == V_NULL) err_nomem(I); return V_ERR; }
                if (c < 0) return V_ERR;
                if (c) { st(I, dst + k++, (uint64_t)ib); b++; }
                else { st(I, dst + k++, (uint64_t)ia); a++; }
            }
            while (a < mid) st(I, dst + k++, ld(I, src + a++));
            while (b < hi) st(I, dst + k++, ld(I, src + b++));
        }
        Ref t = src; src = dst; dst = t;
    }
    for (uint32_t i = 0; i < n; i++) st(I, v_as_ref(out) + 1 + i, list_get(I, l, (uint32_t)ld(I, src + i)));
    set_fld(I, l, LIST_ITEMS, out);
    return V_NONE;
}

/* Whether every key has the same C-sortable class. */
static MY_FN bool ct_sortable(Interp *I, Value keys) {
    uint32_t n = list_len(I, keys);
    int cls = ct_sort_class(I, list_get(I, keys, 0));
    if (!cls) return false;
    for (uint32_t i = 1; i < n; i++) if (ct_sort_class(I, list_get(I, keys, i)) != cls) return false;
    return true;
}

NATIVE(list_sort_m) {
    uint32_t nkw = ct_nkw(I, kwnames), npos = nargs - nkw;
    if (npos == 0 || ct_kind(I, ARG(0)) != T_LIST) return ct_begin(I, args, nargs, V_NULL, T_LIST, "sort", CT_RANGE, 0, 0) ? V_NONE : V_ERR;
    if (npos > 1) return raise_msg(I, T_TYPE_ERROR, "sort() takes no positional arguments");
    if (nkw > 2) return raise_fmt(I, T_TYPE_ERROR, "sort() takes at most 2 keyword arguments (%d given)", v_int(nkw), 0, 0);
    Value key = V_NONE, rev = V_FALSE;
    for (uint32_t k = 0; k < nkw; k++) {
        Value kn = fld(I, kwnames, 1 + k);
        if (str_eq_cstr(I, kn, "key")) key = ARG(npos + k);
        else if (str_eq_cstr(I, kn, "reverse")) rev = ARG(npos + k);
        else return raise_fmt(I, T_TYPE_ERROR, "'%s' is an invalid keyword argument for sort()", kn, 0, 0);
    }
    bool reverse;
    if (v_is_bool(rev)) reverse = rev == V_TRUE;
    else if (v_is_int(rev)) reverse = v_as_int(rev) != 0;
    else if (is_bigint(I, rev)) reverse = true;
    else return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", rev, 0, 0);
    Value l = ARG(0);
    if (key != V_NONE) return ct_tail(I, "_cont_sort_key", 3, l, key, v_bool(reverse), 0, 0);
    if (list_len(I, l) < 2) return V_NONE;
    if (ct_sortable(I, l)) return ct_sort_run(I, l, l, reverse);
    return ct_tail(I, "_merge_sort", 3, l, V_NONE, v_bool(reverse), 0, 0);
}

/* _myriad.cont_sort_by(l, keys, reverse): the C half of list.sort(key=...), after the prelude has
   called the key function on every item. */
NATIVE(cont_sort_by_f) {
    MY_UNUSED(kwnames);
    if (nargs != 3 || !is_type(I, ARG(0), T_LIST) || !is_type(I, ARG(1), T_LIST)) return raise_msg(I, T_TYPE_ERROR, "cont_sort_by(list, keys, reverse)");
    Value l = ARG(0), keys = ARG(1);
    if (list_len(I, keys) != list_len(I, l)) return raise_msg(I, T_VALUE_ERROR, "list modified during sort");
    if (list_len(I, l) < 2) return V_NONE;
    bool reverse = ARG(2) == V_TRUE;
    if (ct_sortable(I, keys)) return ct_sort_run(I, l, keys, reverse);
    return ct_tail(I, "_cont_sort_idx", 3, l, keys, ARG(2), 0, 0);
}

/* ---- dict ------------------------------------------------------------------------------------------ */

/* hash(key) for the methods: V_TRUE, V_ERR, or V_NULL when the key's __hash__ is Python code. */
static MY_FN Value ct_hash(Interp *I, Value key, int64_t *h) { return hash_of(I, key, h); }

NATIVE(dict_get_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "get", CT_RANGE, 1, 2)) return V_ERR;
    Value d = ARG(0), k = ARG(1), dflt = nargs > 2 ? ARG(2) : V_NONE;
    int64_t h;
    Value r = ct_hash(I, k, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return ct_tail(I, "_cont_dict_get", 3, d, k, dflt, 0, 0);
    Value v = dict_get_h(I, d, k, h);
    if (v == V_ERR) return v;
    return v == V_NULL ? dflt : v;
}

NATIVE(dict_setdefault_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "setdefault", CT_RANGE, 1, 2)) return V_ERR;
    Value d = ARG(0), k = ARG(1), dflt = nargs > 2 ? ARG(2) : V_NONE;
    int64_t h;
    Value r = ct_hash(I, k, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return ct_tail(I, "_cont_dict_setdefault", 3, d, k, dflt, 0, 0);
    Value v = dict_get_h(I, d, k, h);
    if (v == V_ERR) return v;
    if (v != V_NULL) return v;
    if (dict_set_h(I, d, k, h, dflt) == V_ERR) return V_ERR;
    return dflt;
}

NATIVE(dict_pop_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "pop", CT_RANGE, 1, 2)) return V_ERR;
    Value d = ARG(0), k = ARG(1);
    /* CPython answers for an empty dict before hashing the key */
    if (dict_len(I, d) == 0) return nargs > 2 ? ARG(2) : ct_key_error(I, k);
    int64_t h;
    Value r = ct_hash(I, k, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) {
        Value rest = tuple_from_values(I, args + 2, nargs - 2);
        if (rest == V_ERR) return rest;
        return ct_tail(I, "_cont_dict_pop", 3, d, k, rest, 0, 0);
    }
    Value v = dict_get_h(I, d, k, h);
    if (v == V_ERR) return v;
    if (v == V_NULL) return nargs > 2 ? ARG(2) : ct_key_error(I, k);
    if (dict_del(I, d, k) == V_ERR) return V_ERR;
    return v;
}

/* The index of the last live entry, or -1. */
static MY_FN int64_t ct_dict_last(Interp *I, Value d) {
    int64_t i = v_as_int(fld(I, d, DICT_NENTRIES)) - 1;
    if (i < 0) return -1;
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES)) + 1;
    while (i >= 0 && ld(I, ent + 2 * (uint32_t)i) == V_NULL) i--;
    return i;
}

NATIVE(dict_popitem_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "popitem", CT_NOARGS, 0, 0)) return V_ERR;
    Value d = ARG(0);
    if (dict_len(I, d) == 0) return ct_key_error(I, str_from_cstr(I, "popitem(): dictionary is empty"));
    int64_t i = ct_dict_last(I, d);
    int64_t holes = v_as_int(fld(I, d, DICT_NENTRIES)) - 1 - i;
    if (holes > 16 && holes > (int64_t)dict_len(I, d)) {
        /* popping everything would rescan the deleted tail each time: compact (a fresh copy's table,
           taken over whole; nothing observable changes, so a re-run after a collection is harmless) */
        Value c = dict_copy(I, d);
        if (c == V_ERR) return c;
        for (uint32_t f = DICT_USED; f < DICT_WORDS; f++) set_fld(I, d, f, fld(I, c, f));
        i = ct_dict_last(I, d);
    }
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES)) + 1;
    Value k = ld(I, ent + 2 * (uint32_t)i), v = ld(I, ent + 2 * (uint32_t)i + 1);
    int64_t h;
    Value r = ct_hash(I, k, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return ct_tail(I, "_cont_dict_popitem", 1, d, 0, 0, 0, 0);
    Value t = tuple_pack2(I, k, v);
    if (t == V_ERR) return t;
    if (dict_del(I, d, k) == V_ERR) return V_ERR;
    return t;
}

static MY_FN Value ct_view_new(Interp *I, Value d, TypeId t) {
    Ref r = obj_alloc(I, t, VIEW_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + VIEW_DICT, d);
    return v_obj(r);
}

NATIVE(dict_keys_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "keys", CT_NOARGS, 0, 0)) return V_ERR;
    return ct_view_new(I, ARG(0), T_DICT_KEYS);
}
NATIVE(dict_values_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "values", CT_NOARGS, 0, 0)) return V_ERR;
    return ct_view_new(I, ARG(0), T_DICT_VALUES);
}
NATIVE(dict_items_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "items", CT_NOARGS, 0, 0)) return V_ERR;
    return ct_view_new(I, ARG(0), T_DICT_ITEMS);
}

NATIVE(dict_copy_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "copy", CT_NOARGS, 0, 0)) return V_ERR;
    return dict_copy(I, ARG(0));
}

NATIVE(dict_clear_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "clear", CT_NOARGS, 0, 0)) return V_ERR;
    Value d = ARG(0);
    if (REF_IS_IMAGE(v_as_ref(d)) && I->ref_tag == 0) return raise_msg(I, T_TYPE_ERROR, "cannot modify a read-only namespace");
    set_fld(I, d, DICT_USED, v_int(0));
    set_fld(I, d, DICT_NENTRIES, v_int(0));
    set_fld(I, d, DICT_ENTRIES, V_NULL);
    set_fld(I, d, DICT_HASHES, V_NULL);
    set_fld(I, d, DICT_INDEX, V_NULL);
    return V_NONE;
}

NATIVE(dict_reversed_m) {
    if (!ct_begin(I, args, nargs, kwnames, T_DICT, "__reversed__", CT_NOARGS, 0, 0)) return V_ERR;
    return ct_tail(I, "_cont_dict_reversed", 2, ARG(0), v_int(0), 0, 0, 0);
}

/* d[k] = v for the methods: V_NONE, V_ERR, or V_NULL (nothing done) when k's hash is Python code. */
static MY_FN Value ct_dict_set(Interp *I, Value d, Value k, Value v) {
    int64_t h;
    Value r = ct_hash(I, k, &h);
    if (r != V_TRUE) return r;
    return dict_set_h(I, d, k, h, v);
}

/* d.update(src, **kw). Setting a key is idempotent, so a re-run after a collection may redo the pairs
   already set; sources only Python can iterate (or pairs that are not lists or tuples) go to the
   prelude whole. */
static MY_FN Value ct_update_py(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    uint32_t nkw = ct_nkw(I, kwnames), npos = nargs - nkw;
    Value pos = tuple_from_values(I, args + 1, npos - 1);
    if (pos == V_ERR) return pos;
    Value kw = dict_new(I);
    if (kw == V_ERR) return kw;
    for (uint32_t k = 0; k < nkw; k++)
        if (dict_set(I, kw, fld(I, kwnames, 1 + k), ARG(npos + k)) == V_ERR) return V_ERR;
    return ct_tail(I, "_cont_dict_update", 3, ARG(0), pos, kw, 0, 0);
}

NATIVE(dict_update_m) {
    uint32_t nkw = ct_nkw(I, kwnames), npos = nargs - nkw;
    if (npos == 0 || ct_kind(I, ARG(0)) != T_DICT) return ct_begin(I, args, npos, V_NULL, T_DICT, "update", CT_RANGE, 0, 1) ? V_NONE : V_ERR;
    if (npos > 2) return raise_fmt(I, T_TYPE_ERROR, "update expected at most 1 argument, got %d", v_int(npos - 1), 0, 0);
    Value d = ARG(0);
    if (npos == 2) {
        Value src = ARG(1);
        int it = ct_iterable(I, src);
        if (is_type(I, src, T_DICT)) {
            if (src != d) {
                uint32_t pos = 0;
                Value k, v;
                while (dict_next(I, src, &pos, &k, &v)) {
                    Value r = ct_dict_set(I, d, k, v);
                    if (r == V_ERR) return r;
                    if (r == V_NULL) return ct_update_py(I, args, nargs, kwnames);
                }
            }
        } else if (it == CT_IT_NONE) {
            return ct_not_iterable(I, src);
        } else if (it == CT_IT_PY) {
            return ct_update_py(I, args, nargs, kwnames);
        } else {
            Value items = is_type(I, src, T_LIST) || is_type(I, src, T_TUPLE) ? src : ct_collect(I, src);
            if (items == V_ERR) return items;
            /* an item only Python can take apart sends the whole update there, before any change */
            uint32_t n = ct_seq_len(I, items);
            for (uint32_t i = 0; i < n; i++) {
                Value p = ct_seq_get(I, items, i);
                if (!is_type(I, p, T_LIST) && !is_type(I, p, T_TUPLE) && ct_iterable(I, p) != CT_IT_NONE)
                    return ct_update_py(I, args, nargs, kwnames);
            }
            /* setting a key is idempotent: a re-run after a collection may redo the pairs already set */
            for (uint32_t i = 0; i < n && i < ct_seq_len(I, items); i++) {
                Value p = ct_seq_get(I, items, i);
                if (!is_type(I, p, T_LIST) && !is_type(I, p, T_TUPLE))
                    return raise_fmt(I, T_TYPE_ERROR, "cannot convert dictionary update sequence element #%d to a sequence", v_int(i), 0, 0);
                uint32_t m = ct_seq_len(I, p);
                if (m != 2)
                    return raise_fmt(I, T_VALUE_ERROR, "dictionary update sequence element #%d has length %d; 2 is required", v_int(i), v_int(m), 0);
                Value r = ct_dict_set(I, d, ct_seq_get(I, p, 0), ct_seq_get(I, p, 1));
                if (r == V_ERR) return r;
                if (r == V_NULL) return ct_update_py(I, args, nargs, kwnames);
            }
        }
    }
    for (uint32_t k = 0; k < nkw; k++)
        if (dict_set(I, d, fld(I, kwnames, 1 + k), ARG(npos + k)) == V_ERR) return V_ERR;
    return V_NONE;
}

/* dict.fromkeys(iterable, value=None): a classmethod, ARG(0) is the class. */
NATIVE(dict_fromkeys_m) {
    uint32_t nkw = ct_nkw(I, kwnames);
    if (nkw) return raise_msg(I, T_TYPE_ERROR, "dict.fromkeys() takes no keyword arguments");
    if (nargs < 2) return raise_fmt(I, T_TYPE_ERROR, "fromkeys expected at least 1 argument, got %d", v_int(nargs ? nargs - 1 : 0), 0, 0);
    if (nargs > 3) return raise_fmt(I, T_TYPE_ERROR, "fromkeys expected at most 2 arguments, got %d", v_int(nargs - 1), 0, 0);
    Value cls = ARG(0), src = ARG(1), val = nargs > 2 ? ARG(2) : V_NONE;
    int it = ct_iterable(I, src);
    if (cls != type_v(T_DICT) || it == CT_IT_PY) return ct_tail(I, "_cont_fromkeys", 3, cls, src, val, 0, 0);
    if (it == CT_IT_NONE) return ct_not_iterable(I, src);
    Value d = dict_new(I);
    if (d == V_ERR) return d;
    Value iter = op_iter(I, src);
    if (iter == V_ERR) return iter;
    for (;;) {
        Value k = op_next(I, iter);
        if (k == V_ERR) return k;
        if (k == V_NULL) return d;
        Value r = ct_dict_set(I, d, k, val);
        if (r == V_ERR) return r;
        if (r == V_NULL) return ct_tail(I, "_cont_fromkeys", 3, cls, src, val, 0, 0);
    }
}

/* ---- set internals --------------------------------------------------------------------------------
   The table is set.c's (open addressing probed as CPython's). The operations below follow CPython's
   setobject.c step for step (one big resize before a merge, pointer copies into an empty table, which
   operand is iterated), because iteration order, and so printed sets, depend on it. */

#define CT_SET_DUMMY V_MK(V_TAG_SPECIAL, 20)   /* set.c's mark of a deleted slot */
#define CT_SET_MINSIZE 8u
#define CT_SET_PROBES 9u

static MY_FN uint32_t ct_set_used(Interp *I, Value s) { return (uint32_t)v_as_int(fld(I, s, SET_USED)); }
static MY_FN uint32_t ct_set_fill(Interp *I, Value s) { return (uint32_t)v_as_int(fld(I, s, SET_FILL)); }
static MY_FN uint32_t ct_set_slots(Interp *I, Value s) {
    Value k = fld(I, s, SET_KEYS);
    return k == V_NULL ? 0 : hdr_size(I, v_as_ref(k)) - 1;
}
/* An empty set without a table stands for CPython's 8-slot small table. */
static MY_FN uint32_t ct_set_mask(Interp *I, Value s) { uint32_t n = ct_set_slots(I, s); return (n ? n : CT_SET_MINSIZE) - 1; }
static MY_FN Value ct_slot_key(Interp *I, Value s, uint32_t j) { return ld(I, v_as_ref(fld(I, s, SET_KEYS)) + 1 + j); }
static MY_FN uint64_t ct_slot_hash(Interp *I, Value s, uint32_t j) { return ld(I, v_as_ref(fld(I, s, SET_HASHES)) + 1 + j); }
static MY_FN bool ct_live(Value k) { return k != V_NULL && k != CT_SET_DUMMY; }

/* set.pop()'s search finger, kept in one extra word after the hashes when the table has it. */
static MY_FN uint32_t ct_finger(Interp *I, Value s) {
    Value hs = fld(I, s, SET_HASHES);
    uint32_t n = ct_set_slots(I, s);
    if (hs == V_NULL || hdr_size(I, v_as_ref(hs)) - 1 <= n) return 0;
    return (uint32_t)ld(I, v_as_ref(hs) + 1 + n);
}

/* CPython's set_insert_clean: into a table known to hold no equal key and no dummies. */
static MY_FN void ct_insert_clean(Interp *I, Ref keys, Ref hs, uint32_t mask, Value key, uint64_t h) {
    uint64_t perturb = h;
    uint32_t i = (uint32_t)(h & mask);
    for (;;) {
        uint32_t probes = i + CT_SET_PROBES <= mask ? CT_SET_PROBES : 0;
        for (uint32_t j = i; ; j++) {
            if (ld(I, keys + j) == V_NULL) { st(I, keys + j, key); st(I, hs + j, h); return; }
            if (probes-- == 0) break;
        }
        perturb >>= 5;
        i = (uint32_t)((i * 5u + 1u + perturb) & mask);
    }
}

/* CPython's set_table_resize: a table of the least power of two above minused (at least 8), the live
   keys re-inserted in slot order. Allocates before changing the set. */
static MY_FN bool ct_set_resize(Interp *I, Value s, uint64_t minused) {
    uint32_t newsize = CT_SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    Value nk = array_new(I, newsize);
    if (nk == V_ERR) return false;
    Value nh = raw_new(I, newsize + 1);
    if (nh == V_ERR) return false;
    uint32_t finger = ct_finger(I, s), slots = ct_set_slots(I, s), used = 0;
    Ref keys = v_as_ref(nk) + 1, hs = v_as_ref(nh) + 1;
    for (uint32_t j = 0; j < slots; j++) {
        Value k = ct_slot_key(I, s, j);
        if (!ct_live(k)) continue;
        ct_insert_clean(I, keys, hs, newsize - 1, k, ct_slot_hash(I, s, j));
        used++;
    }
    st(I, hs + newsize, (uint64_t)finger);
    set_fld(I, s, SET_KEYS, nk);
    set_fld(I, s, SET_HASHES, nh);
    set_fld(I, s, SET_USED, v_int(used));
    set_fld(I, s, SET_FILL, v_int(used));
    return true;
}

/* Gives an empty table-less set its 8-slot table, so slots can be written directly. */
static MY_FN bool ct_set_ensure_table(Interp *I, Value s) {
    return fld(I, s, SET_KEYS) != V_NULL || ct_set_resize(I, s, 0);
}

/* The set type a method of a set or frozenset returns. */
static MY_FN TypeId ct_set_base(Interp *I, Value s) { return ct_kind(I, s) == T_FROZENSET ? T_FROZENSET : T_SET; }

/* CPython's set_merge: so |= other, other a set or frozenset. */
static MY_FN Value ct_set_merge(Interp *I, Value so, Value other) {
    uint32_t oused = ct_set_used(I, other);
    if (so == other || oused == 0) return V_NONE;
    if ((uint64_t)(ct_set_fill(I, so) + oused) * 5 >= (uint64_t)ct_set_mask(I, so) * 3) {
        if (!ct_set_resize(I, so, ((uint64_t)ct_set_used(I, so) + oused) * 2)) return V_ERR;
    } else if (!ct_set_ensure_table(I, so)) {
        return V_ERR;
    }
    uint32_t mask = ct_set_mask(I, so), oslots = ct_set_slots(I, other);
    Ref keys = v_as_ref(fld(I, so, SET_KEYS)) + 1, hs = v_as_ref(fld(I, so, SET_HASHES)) + 1;
    if (ct_set_fill(I, so) == 0) {
        if (mask == oslots - 1 && ct_set_fill(I, other) == oused) {
            /* same size, no dummies: the slots copy over as they are */
            for (uint32_t j = 0; j < oslots; j++) {
                Value k = ct_slot_key(I, other, j);
                if (k != V_NULL) { st(I, keys + j, k); st(I, hs + j, ct_slot_hash(I, other, j)); }
            }
        } else {
            for (uint32_t j = 0; j < oslots; j++) {
                Value k = ct_slot_key(I, other, j);
                if (ct_live(k)) ct_insert_clean(I, keys, hs, mask, k, ct_slot_hash(I, other, j));
            }
        }
        set_fld(I, so, SET_FILL, v_int(oused));
        set_fld(I, so, SET_USED, v_int(oused));
        return V_NONE;
    }
    for (uint32_t j = 0; j < oslots; j++) {
        Value k = ct_slot_key(I, other, j);
        if (ct_live(k) && set_add(I, so, k) == V_ERR) return V_ERR;
    }
    return V_NONE;
}

/* CPython's set_update_internal: so |= other for any C-iterable other. Adding is idempotent, so a
   re-run after a collection redoes it harmlessly. */
static MY_FN Value ct_set_update(Interp *I, Value so, Value other) {
    if (ct_is_anyset(I, other)) return ct_set_merge(I, so, other);
    if (is_type(I, other, T_DICT)) {
        uint32_t n = dict_len(I, other);
        if ((uint64_t)(ct_set_fill(I, so) + n) * 5 >= (uint64_t)ct_set_mask(I, so) * 3)
            if (!ct_set_resize(I, so, ((uint64_t)ct_set_used(I, so) + n) * 2)) return V_ERR;
        uint32_t pos = 0;
        Value k;
        while (dict_next(I, other, &pos, &k, 0)) if (set_add(I, so, k) == V_ERR) return V_ERR;
        return V_NONE;
    }
    if (ct_iterable(I, other) != CT_IT_C) return ct_not_iterable(I, other);
    Value it = op_iter(I, other);
    if (it == V_ERR) return it;
    for (;;) {
        Value k = op_next(I, it);
        if (k == V_ERR) return k;
        if (k == V_NULL) return V_NONE;
        if (set_add(I, so, k) == V_ERR) return V_ERR;
    }
}

/* For set() and frozenset() (ctors.c): fills the fresh set s from x as CPython's constructor does.
   V_NONE, V_ERR, or V_NULL when x needs Python iteration (nothing done). */
MY_FN Value cont_set_update(Interp *I, Value s, Value x) {
    if (ct_iterable(I, x) == CT_IT_PY) return V_NULL;
    return ct_set_update(I, s, x);
}

static MY_FN Value ct_set_copy(Interp *I, Value so, TypeId rt) {
    Value r = set_new(I, rt);
    if (r == V_ERR) return r;
    if (ct_set_merge(I, r, so) == V_ERR) return V_ERR;
    return r;
}

/* Gives s the table of the fresh set src (CPython swaps the bodies; src is dropped after). s keeps its
   pop finger, as CPython's swap leaves it: room for it is made first. */
static MY_FN bool ct_set_take(Interp *I, Value s, Value src) {
    uint32_t finger = ct_finger(I, s);
    if (finger && !ct_set_ensure_table(I, src)) return false;
    uint32_t n = ct_set_slots(I, src);
    Value hs = fld(I, src, SET_HASHES);
    if (finger && n && hdr_size(I, v_as_ref(hs)) - 1 <= n) {
        Value nh = raw_new(I, n + 1);
        if (nh == V_ERR) return false;
        for (uint32_t j = 0; j < n; j++) st(I, v_as_ref(nh) + 1 + j, ld(I, v_as_ref(hs) + 1 + j));
        set_fld(I, src, SET_HASHES, nh);
        hs = nh;
    }
    if (n && hdr_size(I, v_as_ref(hs)) - 1 > n) st(I, v_as_ref(hs) + 1 + n, (uint64_t)finger);
    for (uint32_t f = SET_USED; f < SET_WORDS; f++) set_fld(I, s, f, fld(I, src, f));
    return true;
}

/* An exact copy of s's table, dummies and finger included, so a change can be made on the copy and
   taken over at once. */
static MY_FN Value ct_set_clone(Interp *I, Value s) {
    Value r = set_new(I, ct_set_base(I, s));
    if (r == V_ERR) return r;
    Value ok = fld(I, s, SET_KEYS), oh = fld(I, s, SET_HASHES);
    if (ok != V_NULL) {
        uint32_t nk = hdr_size(I, v_as_ref(ok)) - 1, nh = hdr_size(I, v_as_ref(oh)) - 1;
        Value k = array_new(I, nk);
        if (k == V_ERR) return k;
        Value h = raw_new(I, nh);
        if (h == V_ERR) return h;
        for (uint32_t j = 0; j < nk; j++) st(I, v_as_ref(k) + 1 + j, ld(I, v_as_ref(ok) + 1 + j));
        for (uint32_t j = 0; j < nh; j++) st(I, v_as_ref(h) + 1 + j, ld(I, v_as_ref(oh) + 1 + j));
        set_fld(I, r, SET_KEYS, k);
        set_fld(I, r, SET_HASHES, h);
    }
    set_fld(I, r, SET_USED, fld(I, s, SET_USED));
    set_fld(I, r, SET_FILL, fld(I, s, SET_FILL));
    return r;
}

/* Empties s. CPython keeps the pop finger across a clear, so a set that has one gets an empty 8-slot
   table carrying it (allocated before anything changes). */
static MY_FN bool ct_set_clear(Interp *I, Value s) {
    uint32_t finger = ct_finger(I, s);
    Value k = V_NULL, h = V_NULL;
    if (finger) {
        k = array_new(I, CT_SET_MINSIZE);
        if (k == V_ERR) return false;
        h = raw_new(I, CT_SET_MINSIZE + 1);
        if (h == V_ERR) return false;
        st(I, v_as_ref(h) + 1 + CT_SET_MINSIZE, (uint64_t)finger);
    }
    set_fld(I, s, SET_KEYS, k);
    set_fld(I, s, SET_HASHES, h);
    set_fld(I, s, SET_USED, v_int(0));
    set_fld(I, s, SET_FILL, v_int(0));
    return true;
}

/* CPython's set_intersection: a new set of so's base type. */
static MY_FN Value ct_set_intersection(Interp *I, Value so, Value other) {
    if (so == other) return ct_set_copy(I, so, ct_set_base(I, so));
    Value r = set_new(I, ct_set_base(I, so));
    if (r == V_ERR) return r;
    if (ct_is_anyset(I, other)) {
        if (ct_set_used(I, other) > ct_set_used(I, so)) { Value t = so; so = other; other = t; }
        uint32_t n = ct_set_slots(I, other);
        for (uint32_t j = 0; j < n; j++) {
            Value k = ct_slot_key(I, other, j);
            if (!ct_live(k)) continue;
            Value c = set_contains(I, so, k);
            if (c == V_ERR) return c;
            if (c == V_TRUE && set_add(I, r, k) == V_ERR) return V_ERR;
        }
        return r;
    }
    if (ct_iterable(I, other) != CT_IT_C) return ct_not_iterable(I, other);
    Value it = op_iter(I, other);
    if (it == V_ERR) return it;
    for (;;) {
        Value k = op_next(I, it);
        if (k == V_ERR) return k;
        if (k == V_NULL) return r;
        Value c = set_contains(I, so, k);
        if (c == V_ERR) return c;
        if (c == V_TRUE && set_add(I, r, k) == V_ERR) return V_ERR;
    }
}

/* CPython's set_difference_update_internal: so -= other. Discarding allocates nothing and is
   idempotent; the closing resize (when over a quarter of the slots are dummies) allocates first. */
static MY_FN Value ct_set_diff_update(Interp *I, Value so, Value other) {
    if (so == other) return ct_set_clear(I, so) ? V_NONE : V_ERR;
    if (ct_is_anyset(I, other)) {
        if ((ct_set_used(I, other) >> 3) > ct_set_used(I, so)) {
            /* a much larger other: look its way up for so's keys instead (same result) */
            uint32_t n = ct_set_slots(I, so);
            for (uint32_t j = 0; j < n; j++) {
                Value k = ct_slot_key(I, so, j);
                if (!ct_live(k)) continue;
                Value c = set_contains(I, other, k);
                if (c == V_ERR) return c;
                if (c == V_TRUE && set_discard(I, so, k) == V_ERR) return V_ERR;
            }
        } else {
            uint32_t n = ct_set_slots(I, other);
            for (uint32_t j = 0; j < n; j++) {
                Value k = ct_slot_key(I, other, j);
                if (ct_live(k) && set_discard(I, so, k) == V_ERR) return V_ERR;
            }
        }
    } else {
        if (ct_iterable(I, other) != CT_IT_C) return ct_not_iterable(I, other);
        Value it = op_iter(I, other);
        if (it == V_ERR) return it;
        for (;;) {
            Value k = op_next(I, it);
            if (k == V_ERR) return k;
            if (k == V_NULL) break;
            if (set_discard(I, so, k) == V_ERR) return V_ERR;
        }
    }
    uint32_t used = ct_set_used(I, so);
    if (ct_set_fill(I, so) - used <= ct_set_mask(I, so) / 4) return V_NONE;
    return ct_set_resize(I, so, used > 50000 ? (uint64_t)used * 2 : (uint64_t)used * 4) ? V_NONE : V_ERR;
}

/* CPython's set_difference: a new set of so's base type. */
static MY_FN Value ct_set_difference(Interp *I, Value so, Value other) {
    uint32_t osize;
    bool od = is_type(I, other, T_DICT);
    if (ct_is_anyset(I, other)) osize = ct_set_used(I, other);
    else if (od) osize = dict_len(I, other);
    else osize = 0xFFFFFFFFu;
    if (osize == 0xFFFFFFFFu || (ct_set_used(I, so) >> 2) > osize) {
        Value r = ct_set_copy(I, so, ct_set_base(I, so));
        if (r == V_ERR) return r;
        if (ct_set_diff_update(I, r, other) == V_ERR) return V_ERR;
        return r;
    }
    Value r = set_new(I, ct_set_base(I, so));
    if (r == V_ERR) return r;
    uint32_t n = ct_set_slots(I, so);
    for (uint32_t j = 0; j < n; j++) {
        Value k = ct_slot_key(I, so, j);
        if (!ct_live(k)) continue;
        Value c;
        if (od) { c = dict_get_h(I, other, k, (int64_t)ct_slot_hash(I, so, j)); if (c != V_ERR) c = v_bool(c != V_NULL); }
        else c = set_contains(I, other, k);
        if (c == V_ERR) return c;
        if (c == V_FALSE && set_add(I, r, k) == V_ERR) return V_ERR;
    }
    return r;
}

/* Toggles key in so (CPython's discard-else-add step of a symmetric difference). */
static MY_FN Value ct_set_toggle(Interp *I, Value so, Value k) {
    Value r = set_discard(I, so, k);
    if (r == V_ERR) return r;
    if (r == V_FALSE && set_add(I, so, k) == V_ERR) return V_ERR;
    return V_NONE;
}

/* CPython's set_symmetric_difference_update: so ^= other. Toggling cannot be re-run, so unless so is
   a set nobody has seen yet (fresh) the work is done on an exact clone whose table so then takes. */
static MY_FN Value ct_set_symdiff_update(Interp *I, Value so, Value other, bool fresh) {
    if (so == other) return ct_set_clear(I, so) ? V_NONE : V_ERR;
    Value work = so;
    if (!fresh) { work = ct_set_clone(I, so); if (work == V_ERR) return work; }
    if (is_type(I, other, T_DICT)) {
        uint32_t pos = 0;
        Value k;
        while (dict_next(I, other, &pos, &k, 0)) if (ct_set_toggle(I, work, k) == V_ERR) return V_ERR;
    } else {
        Value os = other;
        if (!ct_is_anyset(I, other)) {
            os = set_new(I, ct_set_base(I, so));
            if (os == V_ERR) return os;
            if (ct_set_update(I, os, other) == V_ERR) return V_ERR;
        }
        uint32_t n = ct_set_slots(I, os);
        for (uint32_t j = 0; j < n; j++) {
            Value k = ct_slot_key(I, os, j);
            if (ct_live(k) && ct_set_toggle(I, work, k) == V_ERR) return V_ERR;
        }
    }
    if (!fresh && !ct_set_take(I, so, work)) return V_ERR;
    return V_NONE;
}

/* CPython's set_symmetric_difference: a copy of other (as so's base type) toggled with so's keys. */
static MY_FN Value ct_set_symdiff(Interp *I, Value so, Value other) {
    Value r = set_new(I, ct_set_base(I, so));
    if (r == V_ERR) return r;
    if (ct_set_update(I, r, other) == V_ERR) return V_ERR;
    if (ct_set_symdiff_update(I, r, so, true) == V_ERR) return V_ERR;
    return r;
}

static MY_FN Value ct_set_issubset(Interp *I, Value so, Value other) {
    if (!ct_is_anyset(I, other)) {
        Value t = set_new(I, T_SET);
        if (t == V_ERR) return t;
        if (ct_set_update(I, t, other) == V_ERR) return V_ERR;
        other = t;
    }
    if (ct_set_used(I, so) > ct_set_used(I, other)) return V_FALSE;
    uint32_t n = ct_set_slots(I, so);
    for (uint32_t j = 0; j < n; j++) {
        Value k = ct_slot_key(I, so, j);
        if (!ct_live(k)) continue;
        Value c = set_contains(I, other, k);
        if (c != V_TRUE) return c;
    }
    return V_TRUE;
}

static MY_FN Value ct_set_issuperset(Interp *I, Value so, Value other) {
    if (ct_is_anyset(I, other)) return ct_set_issubset(I, other, so);
    if (ct_iterable(I, other) != CT_IT_C) return ct_not_iterable(I, other);
    Value it = op_iter(I, other);
    if (it == V_ERR) return it;
    for (;;) {
        Value k = op_next(I, it);
        if (k == V_ERR) return k;
        if (k == V_NULL) return V_TRUE;
        Value c = set_contains(I, so, k);
        if (c != V_TRUE) return c;
    }
}

static MY_FN Value ct_set_isdisjoint(Interp *I, Value so, Value other) {
    if (so == other) return v_bool(ct_set_used(I, so) == 0);
    if (is_type(I, other, T_SET) || is_type(I, other, T_FROZENSET)) {
        if (ct_set_used(I, other) > ct_set_used(I, so)) { Value t = so; so = other; other = t; }
        uint32_t n = ct_set_slots(I, other);
        for (uint32_t j = 0; j < n; j++) {
            Value k = ct_slot_key(I, other, j);
            if (!ct_live(k)) continue;
            Value c = set_contains(I, so, k);
            if (c != V_FALSE) return c == V_TRUE ? V_FALSE : c;
        }
        return V_TRUE;
    }
    if (ct_iterable(I, other) != CT_IT_C) return ct_not_iterable(I, other);
    Value it = op_iter(I, other);
    if (it == V_ERR) return it;
    for (;;) {
        Value k = op_next(I, it);
        if (k == V_ERR) return k;
        if (k == V_NULL) return V_TRUE;
        Value c = set_contains(I, so, k);
        if (c != V_FALSE) return c == V_TRUE ? V_FALSE : c;
    }
}

/* discard/remove of a key that may be a set: CPython retries an unhashable set as a frozenset. */
static MY_FN Value ct_set_discard_key(Interp *I, Value s, Value key) {
    if (is_type(I, key, T_SET)) {
        Value fk = set_new(I, T_FROZENSET);
        if (fk == V_ERR) return fk;
        if (ct_set_merge(I, fk, key) == V_ERR) return V_ERR;
        key = fk;
    }
    return set_discard(I, s, key);
}

/* ---- set and frozenset methods ------------------------------------------------------------------- */

/* Methods taking iterables: any argument only Python can iterate sends the call to the prelude, which
   turns those into lists and calls the method again (one argument at a time where CPython mutates
   between arguments). */
static MY_FN Value ct_set_py_args(Interp *I, Ref args, uint32_t nargs, const char *meth, bool each) {
    for (uint32_t i = 1; i < nargs; i++) {
        if (ct_iterable(I, ARG(i)) != CT_IT_PY) continue;
        Value rest = tuple_from_values(I, args + 1, nargs - 1);
        if (rest == V_ERR) return rest;
        Value name = str_from_cstr(I, meth);
        if (name == V_ERR) return name;
        return ct_tail(I, "_cont_set_call", 4, ARG(0), name, rest, v_bool(each), 0);
    }
    return V_NULL;
}

#define CT_SET_PY(meth, each) \
    do { Value py_ = ct_set_py_args(I, args, nargs, meth, each); if (py_ != V_NULL) return py_; } while (0)

/* A key hashed by Python code goes to the prelude (V_NULL: not such a key). */
static MY_FN Value ct_set_key_py(Interp *I, Value s, Value key, int op) {
    int64_t h;
    if (is_type(I, key, T_SET)) return V_NULL;   /* unhashable: discard/remove retry it as a frozenset */
    Value r = hash_of(I, key, &h);
    if (r != V_NULL) return r == V_ERR ? r : V_NULL;
    if (op == 0) return ct_tail(I, "_set_add", 2, s, key, 0, 0, 0);
    return ct_tail(I, "_cont_set_discard", 3, s, key, v_bool(op == 2), 0, 0);
}

static MY_FN Value ct_m_add(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "add", CT_ONEARG, 1, 1)) return V_ERR;
    Value py = ct_set_key_py(I, ARG(0), ARG(1), 0);
    if (py != V_NULL) return py;
    return set_add(I, ARG(0), ARG(1));
}

static MY_FN Value ct_m_discard(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "discard", CT_ONEARG, 1, 1)) return V_ERR;
    Value py = ct_set_key_py(I, ARG(0), ARG(1), 1);
    if (py != V_NULL) return py;
    Value r = ct_set_discard_key(I, ARG(0), ARG(1));
    return r == V_ERR ? r : V_NONE;
}

static MY_FN Value ct_m_remove(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "remove", CT_ONEARG, 1, 1)) return V_ERR;
    Value py = ct_set_key_py(I, ARG(0), ARG(1), 2);
    if (py != V_NULL) return py;
    Value r = ct_set_discard_key(I, ARG(0), ARG(1));
    if (r == V_ERR) return r;
    if (r == V_FALSE) return ct_key_error(I, ARG(1));
    return V_NONE;
}

/* set.pop(): from CPython's search finger on, the first live slot (wrapping around). */
static MY_FN Value ct_m_pop(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "pop", CT_NOARGS, 0, 0)) return V_ERR;
    Value s = ARG(0);
    if (ct_set_used(I, s) == 0) return ct_key_error(I, str_from_cstr(I, "pop from an empty set"));
    uint32_t n = ct_set_slots(I, s);
    Value hs = fld(I, s, SET_HASHES);
    if (hdr_size(I, v_as_ref(hs)) - 1 <= n) {
        /* a table set.c made: give its hashes the extra word that keeps the finger */
        Value nh = raw_new(I, n + 1);
        if (nh == V_ERR) return nh;
        for (uint32_t j = 0; j < n; j++) st(I, v_as_ref(nh) + 1 + j, ld(I, v_as_ref(hs) + 1 + j));
        st(I, v_as_ref(nh) + 1 + n, 0);
        set_fld(I, s, SET_HASHES, nh);
        hs = nh;
    }
    uint32_t j = ct_finger(I, s) & (n - 1);
    while (!ct_live(ct_slot_key(I, s, j))) j = (j + 1) & (n - 1);
    Value key = ct_slot_key(I, s, j);
    st(I, v_as_ref(fld(I, s, SET_KEYS)) + 1 + j, CT_SET_DUMMY);
    st(I, v_as_ref(hs) + 1 + n, (uint64_t)(j + 1));
    set_fld(I, s, SET_USED, v_int(ct_set_used(I, s) - 1));
    return key;
}

static MY_FN Value ct_m_clear(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "clear", CT_NOARGS, 0, 0)) return V_ERR;
    return ct_set_clear(I, ARG(0)) ? V_NONE : V_ERR;
}

static MY_FN Value ct_m_copy(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "copy", CT_NOARGS, 0, 0)) return V_ERR;
    Value s = ARG(0);
    if (is_type(I, s, T_FROZENSET)) return s;   /* immutable: the copy is itself */
    return ct_set_copy(I, s, ct_set_base(I, s));
}

static MY_FN Value ct_m_update(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "update", CT_RANGE, 0, CT_MANY)) return V_ERR;
    CT_SET_PY("update", true);
    for (uint32_t i = 1; i < nargs; i++) if (ct_set_update(I, ARG(0), ARG(i)) == V_ERR) return V_ERR;
    return V_NONE;
}

static MY_FN Value ct_m_union(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "union", CT_RANGE, 0, CT_MANY)) return V_ERR;
    CT_SET_PY("union", false);
    Value so = ARG(0);
    Value r = ct_set_copy(I, so, ct_set_base(I, so));
    if (r == V_ERR) return r;
    for (uint32_t i = 1; i < nargs; i++) {
        if (ARG(i) == so) continue;
        if (ct_set_update(I, r, ARG(i)) == V_ERR) return V_ERR;
    }
    return r;
}

/* CPython's set_intersection_multi. */
static MY_FN Value ct_intersection_multi(Interp *I, Ref args, uint32_t nargs) {
    Value so = ARG(0);
    if (nargs == 1) return ct_set_copy(I, so, ct_set_base(I, so));
    Value r = so;
    for (uint32_t i = 1; i < nargs; i++) {
        r = ct_set_intersection(I, r, ARG(i));
        if (r == V_ERR) return r;
    }
    return r;
}

static MY_FN Value ct_m_intersection(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "intersection", CT_RANGE, 0, CT_MANY)) return V_ERR;
    CT_SET_PY("intersection", false);
    return ct_intersection_multi(I, args, nargs);
}

static MY_FN Value ct_m_intersection_update(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "intersection_update", CT_RANGE, 0, CT_MANY)) return V_ERR;
    CT_SET_PY("intersection_update", false);
    Value r = ct_intersection_multi(I, args, nargs);
    if (r == V_ERR) return r;
    if (r == ARG(0)) return V_NONE;
    return ct_set_take(I, ARG(0), r) ? V_NONE : V_ERR;
}

static MY_FN Value ct_m_difference(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "difference", CT_RANGE, 0, CT_MANY)) return V_ERR;
    CT_SET_PY("difference", false);
    Value so = ARG(0);
    if (nargs == 1) return ct_set_copy(I, so, ct_set_base(I, so));
    Value r = ct_set_difference(I, so, ARG(1));
    if (r == V_ERR) return r;
    for (uint32_t i = 2; i < nargs; i++) if (ct_set_diff_update(I, r, ARG(i)) == V_ERR) return V_ERR;
    return r;
}

static MY_FN Value ct_m_difference_update(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "difference_update", CT_RANGE, 0, CT_MANY)) return V_ERR;
    CT_SET_PY("difference_update", true);
    for (uint32_t i = 1; i < nargs; i++) if (ct_set_diff_update(I, ARG(0), ARG(i)) == V_ERR) return V_ERR;
    return V_NONE;
}

static MY_FN Value ct_m_symmetric_difference(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "symmetric_difference", CT_ONEARG, 1, 1)) return V_ERR;
    CT_SET_PY("symmetric_difference", false);
    return ct_set_symdiff(I, ARG(0), ARG(1));
}

static MY_FN Value ct_m_symmetric_difference_update(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "symmetric_difference_update", CT_ONEARG, 1, 1)) return V_ERR;
    CT_SET_PY("symmetric_difference_update", false);
    if (ct_set_symdiff_update(I, ARG(0), ARG(1), false) == V_ERR) return V_ERR;
    return V_NONE;
}

static MY_FN Value ct_m_issubset(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "issubset", CT_ONEARG, 1, 1)) return V_ERR;
    CT_SET_PY("issubset", false);
    return ct_set_issubset(I, ARG(0), ARG(1));
}

static MY_FN Value ct_m_issuperset(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "issuperset", CT_ONEARG, 1, 1)) return V_ERR;
    CT_SET_PY("issuperset", false);
    return ct_set_issuperset(I, ARG(0), ARG(1));
}

static MY_FN Value ct_m_isdisjoint(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "isdisjoint", CT_ONEARG, 1, 1)) return V_ERR;
    CT_SET_PY("isdisjoint", false);
    return ct_set_isdisjoint(I, ARG(0), ARG(1));
}

/* frozenset's comparisons: only against sets and frozensets (else NotImplemented), as CPython's. */
static MY_FN Value ct_fz_cmp(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *meth, uint32_t op) {
    if (!ct_begin(I, args, nargs, kwnames, T_FROZENSET, meth, CT_ONEARG, 1, 1)) return V_ERR;
    if (!ct_is_anyset(I, ARG(1))) return V_NOTIMPL;
    return op_compare(I, op, ARG(0), ARG(1));
}
NATIVE(frozenset_eq_m) { return ct_fz_cmp(I, args, nargs, kwnames, "__eq__", AST_OP_EQ); }
NATIVE(frozenset_ne_m) { return ct_fz_cmp(I, args, nargs, kwnames, "__ne__", AST_OP_NE); }
NATIVE(frozenset_lt_m) { return ct_fz_cmp(I, args, nargs, kwnames, "__lt__", AST_OP_LT); }
NATIVE(frozenset_le_m) { return ct_fz_cmp(I, args, nargs, kwnames, "__le__", AST_OP_LE); }
NATIVE(frozenset_gt_m) { return ct_fz_cmp(I, args, nargs, kwnames, "__gt__", AST_OP_GT); }
NATIVE(frozenset_ge_m) { return ct_fz_cmp(I, args, nargs, kwnames, "__ge__", AST_OP_GE); }

/* One native per (type, method): the type decides CPython's "descriptor ... doesn't apply" check. */
#define CT_SET_NATIVE(cname, T, impl) NATIVE(cname) { return impl(I, args, nargs, kwnames, T); }
CT_SET_NATIVE(set_add_m, T_SET, ct_m_add)
CT_SET_NATIVE(set_discard_m, T_SET, ct_m_discard)
CT_SET_NATIVE(set_remove_m, T_SET, ct_m_remove)
CT_SET_NATIVE(set_pop_m, T_SET, ct_m_pop)
CT_SET_NATIVE(set_clear_m, T_SET, ct_m_clear)
CT_SET_NATIVE(set_copy_m, T_SET, ct_m_copy)
CT_SET_NATIVE(set_update_m, T_SET, ct_m_update)
CT_SET_NATIVE(set_union_m, T_SET, ct_m_union)
CT_SET_NATIVE(set_intersection_m, T_SET, ct_m_intersection)
CT_SET_NATIVE(set_intersection_update_m, T_SET, ct_m_intersection_update)
CT_SET_NATIVE(set_difference_m, T_SET, ct_m_difference)
CT_SET_NATIVE(set_difference_update_m, T_SET, ct_m_difference_update)
CT_SET_NATIVE(set_symmetric_difference_m, T_SET, ct_m_symmetric_difference)
CT_SET_NATIVE(set_symmetric_difference_update_m, T_SET, ct_m_symmetric_difference_update)
CT_SET_NATIVE(set_issubset_m, T_SET, ct_m_issubset)
CT_SET_NATIVE(set_issuperset_m, T_SET, ct_m_issuperset)
CT_SET_NATIVE(set_isdisjoint_m, T_SET, ct_m_isdisjoint)
CT_SET_NATIVE(frozenset_copy_m, T_FROZENSET, ct_m_copy)
CT_SET_NATIVE(frozenset_union_m, T_FROZENSET, ct_m_union)
CT_SET_NATIVE(frozenset_intersection_m, T_FROZENSET, ct_m_intersection)
CT_SET_NATIVE(frozenset_difference_m, T_FROZENSET, ct_m_difference)
CT_SET_NATIVE(frozenset_symmetric_difference_m, T_FROZENSET, ct_m_symmetric_difference)
CT_SET_NATIVE(frozenset_issubset_m, T_FROZENSET, ct_m_issubset)
CT_SET_NATIVE(frozenset_issuperset_m, T_FROZENSET, ct_m_issuperset)
CT_SET_NATIVE(frozenset_isdisjoint_m, T_FROZENSET, ct_m_isdisjoint)
#undef CT_SET_NATIVE

/* ---- dict views ---------------------------------------------------------------------------------- */

static MY_FN Value ct_view_dict(Interp *I, Value v) { return fld(I, v, VIEW_DICT); }
static MY_FN Value ct_dict_or_none(Interp *I, Value v) { return ct_is_view(I, v) ? ct_view_dict(I, v) : V_NONE; }

/* x in view (keys or items): V_TRUE/V_FALSE/V_ERR, or V_NULL when Python code must decide. */
static MY_FN Value ct_view_contains(Interp *I, Value view, Value x) {
    Value d = ct_view_dict(I, view), key = x;
    bool items = ct_kind(I, view) == T_DICT_ITEMS;
    if (items) {
        if (!is_type(I, x, T_TUPLE) || tuple_len(I, x) != 2) return V_FALSE;
        key = fld(I, x, 1);
    }
    int64_t h;
    Value r = ct_hash(I, key, &h);
    if (r != V_TRUE) return r;
    Value v = dict_get_h(I, d, key, h);
    if (v == V_ERR || v == V_NULL) return v == V_ERR ? v : V_FALSE;
    if (!items) return V_TRUE;
    Value w = fld(I, x, 2);
    if (v == w) return V_TRUE;
    bool known = true, eq = values_eq_simple(I, v, w, &known);
    if (!known) return V_NULL;
    return v_bool(eq);
}

/* x in c, c a set, frozenset, keys view or items view. */
static MY_FN Value ct_setlike_contains(Interp *I, Value c, Value x) {
    return ct_is_view(I, c) ? ct_view_contains(I, c, x) : set_contains(I, c, x);
}

static MY_FN uint32_t ct_setlike_len(Interp *I, Value c) {
    return ct_is_view(I, c) ? dict_len(I, ct_view_dict(I, c)) : ct_set_used(I, c);
}

/* Falls back to the prelude's version of a view operation when membership needs Python __eq__. */
static MY_FN Value ct_view_py(Interp *I, const char *name, Value a, Value b) {
    return ct_tail(I, name, 4, a, b, ct_dict_or_none(I, a), ct_dict_or_none(I, b), 0);
}

/* CPython's _PyDictView_Intersect: a & b, a or b a keys/items view, b iterable by C. */
static MY_FN Value ct_view_and(Interp *I, Value a, Value b) {
    Value a0 = a, b0 = b;
    if (!ct_is_view(I, a)) { Value t = a; a = b; b = t; }
    uint32_t la = ct_setlike_len(I, a);
    if (is_type(I, b, T_SET) && la <= ct_set_used(I, b)) return ct_set_intersection(I, b, a);
    if (ct_is_view(I, b) && ct_setlike_len(I, b) > la) { Value t = a; a = b; b = t; }
    if (ct_iterable(I, b) != CT_IT_C) return ct_not_iterable(I, b);
    Value r = set_new(I, T_SET);
    if (r == V_ERR) return r;
    Value it = op_iter(I, b);
    if (it == V_ERR) return it;
    for (;;) {
        Value x = op_next(I, it);
        if (x == V_ERR) return x;
        if (x == V_NULL) return r;
        Value c = ct_view_contains(I, a, x);
        if (c == V_NULL) return ct_view_py(I, "_cont_view_and", a0, b0);
        if (c == V_ERR) return c;
        if (c == V_TRUE && set_add(I, r, x) == V_ERR) return V_ERR;
    }
}

/* CPython's dictitems_xor: items ^ items, pairs whose values differ stay in. */
static MY_FN Value ct_items_xor(Interp *I, Value a, Value b) {
    Value d1 = ct_view_dict(I, a), d2 = ct_view_dict(I, b);
    Value tmp = dict_copy(I, d1);
    if (tmp == V_ERR) return tmp;
    Value r = set_new(I, T_SET);
    if (r == V_ERR) return r;
    uint32_t pos = 0;
    Value k, v2;
    while (dict_next(I, d2, &pos, &k, &v2)) {
        Value v1 = dict_get(I, tmp, k);
        if (v1 == V_ERR) return v1;
        bool del = false;
        if (v1 != V_NULL) {
            bool known = true;
            del = v1 == v2 || values_eq_simple(I, v1, v2, &known);
            if (!known) return ct_tail(I, "_cont_items_xor", 2, d1, d2, 0, 0, 0);
        }
        if (del) {
            if (dict_del(I, tmp, k) == V_ERR) return V_ERR;
        } else {
            Value p = tuple_pack2(I, k, v2);
            if (p == V_ERR) return p;
            if (set_add(I, r, p) == V_ERR) return V_ERR;
        }
    }
    Value rest = ct_view_new(I, tmp, T_DICT_ITEMS);
    if (rest == V_ERR) return rest;
    if (ct_set_update(I, r, rest) == V_ERR) return V_ERR;
    return r;
}

/* For ops.c: a | b, a & b, a - b, a ^ b (op: AST_OP_*, in-place flag ignored, as views have no
   in-place forms) where a or b is a dict_keys or dict_items view: a new set, V_ERR or V_TAILCALL. */
MY_FN Value cont_view_binop(Interp *I, uint32_t op, Value a, Value b) {
    uint32_t bop = op & 0xFF;
    if (ct_iterable(I, a) == CT_IT_PY || ct_iterable(I, b) == CT_IT_PY)
        return ct_tail(I, "_cont_view_binop", 3, a, b, v_int(bop), 0, 0);
    if (bop == AST_OP_BITAND) return ct_view_and(I, a, b);
    if (bop == AST_OP_BITXOR && ct_kind(I, a) == T_DICT_ITEMS && ct_kind(I, b) == T_DICT_ITEMS) return ct_items_xor(I, a, b);
    if (ct_iterable(I, a) != CT_IT_C) return ct_not_iterable(I, a);
    Value r = set_new(I, T_SET);
    if (r == V_ERR) return r;
    /* dictviews_to_set: a keys view goes through its dict */
    if (ct_set_update(I, r, ct_kind(I, a) == T_DICT_KEYS ? ct_view_dict(I, a) : a) == V_ERR) return V_ERR;
    Value res;
    if (bop == AST_OP_BITOR) res = ct_set_update(I, r, b);
    else if (bop == AST_OP_SUB) res = ct_set_diff_update(I, r, b);
    else if (bop == AST_OP_BITXOR) res = ct_set_symdiff_update(I, r, b, true);
    else return raise_fmt(I, T_TYPE_ERROR, "unsupported operand type(s): '%T' and '%T'", a, b, 0);
    return res == V_ERR ? res : r;
}

/* Every item of a (set-like) is in b (set-like): V_TRUE/V_FALSE/V_ERR, V_NULL when Python decides. */
static MY_FN Value ct_all_in(Interp *I, Value a, Value b) {
    Value it = op_iter(I, a);
    if (it == V_ERR) return it;
    for (;;) {
        Value x = op_next(I, it);
        if (x == V_ERR) return x;
        if (x == V_NULL) return V_TRUE;
        Value c = ct_setlike_contains(I, b, x);
        if (c != V_TRUE) return c;
    }
}

/* CPython's dictview_richcompare(self, other, op), self a keys/items view: V_NOTIMPL unless other is
   a set, frozenset or such a view; V_NULL when Python must decide. */
static MY_FN Value ct_view_richcmp(Interp *I, Value self, Value other, uint32_t op) {
    if (!ct_is_anyset(I, other) && !ct_is_view(I, other)) return V_NOTIMPL;
    uint32_t ls = ct_setlike_len(I, self), lo = ct_setlike_len(I, other);
    Value ok = V_FALSE;
    switch (op) {
    case AST_OP_EQ: case AST_OP_NE:
        if (ls == lo) ok = ct_all_in(I, self, other);
        if (op == AST_OP_NE && (ok == V_TRUE || ok == V_FALSE)) ok = v_bool(ok == V_FALSE);
        break;
    case AST_OP_LT: if (ls < lo) ok = ct_all_in(I, self, other); break;
    case AST_OP_LE: if (ls <= lo) ok = ct_all_in(I, self, other); break;
    case AST_OP_GT: if (ls > lo) ok = ct_all_in(I, other, self); break;
    default: if (ls >= lo) ok = ct_all_in(I, other, self); break;
    }
    return ok;
}

static MY_FN uint32_t ct_swap_cmp(uint32_t op) {
    switch (op) {
    case AST_OP_LT: return AST_OP_GT;
    case AST_OP_GT: return AST_OP_LT;
    case AST_OP_LE: return AST_OP_GE;
    case AST_OP_GE: return AST_OP_LE;
    default: return op;
    }
}

static MY_FN Value ct_view_cmp_py(Interp *I, Value self, Value other, uint32_t op) {
    return ct_tail(I, "_cont_view_cmp", 5, self, other, ct_view_dict(I, self), ct_dict_or_none(I, other), v_int(op));
}

/* For ops.c: a <op> b (AST_OP_EQ..GE) where a or b is a dict_keys or dict_items view, with the
   reflected try and the identity / TypeError fallbacks of the comparison protocol. */
MY_FN Value cont_view_compare(Interp *I, uint32_t op, Value a, Value b) {
    Value r = V_NOTIMPL;
    if (ct_is_view(I, a)) {
        r = ct_view_richcmp(I, a, b, op);
        if (r == V_NULL) return ct_view_cmp_py(I, a, b, op);
    }
    if (r == V_NOTIMPL && ct_is_view(I, b)) {
        r = ct_view_richcmp(I, b, a, ct_swap_cmp(op));
        if (r == V_NULL) return ct_view_cmp_py(I, b, a, ct_swap_cmp(op));
    }
    if (r != V_NOTIMPL) return r;
    if (op == AST_OP_EQ) return v_bool(a == b);
    if (op == AST_OP_NE) return v_bool(a != b);
    const char *m = op == AST_OP_LT ? "'<' not supported between instances of '%T' and '%T'" :
                    op == AST_OP_LE ? "'<=' not supported between instances of '%T' and '%T'" :
                    op == AST_OP_GT ? "'>' not supported between instances of '%T' and '%T'" :
                                      "'>=' not supported between instances of '%T' and '%T'";
    return raise_fmt(I, T_TYPE_ERROR, m, a, b, 0);
}

static MY_FN Value ct_view_isdisjoint(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "isdisjoint", CT_ONEARG, 1, 1)) return V_ERR;
    Value self = ARG(0), other = ARG(1);
    if (self == other) return v_bool(dict_len(I, ct_view_dict(I, self)) == 0);
    int itk = ct_iterable(I, other);
    if (itk == CT_IT_PY) return ct_view_py(I, "_cont_view_isdisjoint", self, other);
    if (itk == CT_IT_NONE) return ct_not_iterable(I, other);
    Value a = self, b = other;
    /* iterate the shorter one when both are set-like */
    if ((ct_is_anyset(I, b) || ct_is_view(I, b)) && ct_setlike_len(I, b) > ct_setlike_len(I, a)) { a = other; b = self; }
    Value it = op_iter(I, b);
    if (it == V_ERR) return it;
    for (;;) {
        Value x = op_next(I, it);
        if (x == V_ERR) return x;
        if (x == V_NULL) return V_TRUE;
        Value c = ct_setlike_contains(I, a, x);
        if (c == V_NULL) return ct_view_py(I, "_cont_view_isdisjoint", self, other);
        if (c == V_ERR) return c;
        if (c == V_TRUE) return V_FALSE;
    }
}

/* For ops.c: x in view, view a dict_keys or dict_items: V_TRUE/V_FALSE/V_ERR, or V_TAILCALL when a
   key's hash or a value's == is Python code. */
MY_FN Value cont_view_contains(Interp *I, Value view, Value x) {
    Value r = ct_view_contains(I, view, x);
    if (r == V_NULL) return ct_tail(I, "_cont_view_in", 3, view, ct_view_dict(I, view), x, 0, 0);
    return r;
}

static MY_FN Value ct_view_contains_m(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "__contains__", CT_ONEARG, 1, 1)) return V_ERR;
    return cont_view_contains(I, ARG(0), ARG(1));
}

static MY_FN Value ct_view_reversed(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k) {
    if (!ct_begin(I, args, nargs, kwnames, k, "__reversed__", CT_NOARGS, 0, 0)) return V_ERR;
    int kind = k == T_DICT_KEYS ? 0 : k == T_DICT_VALUES ? 1 : 2;
    return ct_tail(I, "_cont_dict_reversed", 2, ct_view_dict(I, ARG(0)), v_int(kind), 0, 0, 0);
}

static MY_FN Value ct_view_bin(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k, const char *meth, uint32_t op, bool refl) {
    if (!ct_begin(I, args, nargs, kwnames, k, meth, CT_ONEARG, 1, 1)) return V_ERR;
    return refl ? cont_view_binop(I, op, ARG(1), ARG(0)) : cont_view_binop(I, op, ARG(0), ARG(1));
}

static MY_FN Value ct_view_cmp(Interp *I, Ref args, uint32_t nargs, Value kwnames, TypeId k, const char *meth, uint32_t op) {
    if (!ct_begin(I, args, nargs, kwnames, k, meth, CT_ONEARG, 1, 1)) return V_ERR;
    Value r = ct_view_richcmp(I, ARG(0), ARG(1), op);
    if (r == V_NULL) return ct_view_cmp_py(I, ARG(0), ARG(1), op);
    return r;
}

#define CT_VIEW_NATIVES(P, T) \
    NATIVE(P##_isdisjoint_m) { return ct_view_isdisjoint(I, args, nargs, kwnames, T); } \
    NATIVE(P##_reversed_m) { return ct_view_reversed(I, args, nargs, kwnames, T); } \
    NATIVE(P##_contains_m) { return ct_view_contains_m(I, args, nargs, kwnames, T); } \
    NATIVE(P##_and_m) { return ct_view_bin(I, args, nargs, kwnames, T, "__and__", AST_OP_BITAND, false); } \
    NATIVE(P##_rand_m) { return ct_view_bin(I, args, nargs, kwnames, T, "__rand__", AST_OP_BITAND, true); } \
    NATIVE(P##_or_m) { return ct_view_bin(I, args, nargs, kwnames, T, "__or__", AST_OP_BITOR, false); } \
    NATIVE(P##_ror_m) { return ct_view_bin(I, args, nargs, kwnames, T, "__ror__", AST_OP_BITOR, true); } \
    NATIVE(P##_sub_m) { return ct_view_bin(I, args, nargs, kwnames, T, "__sub__", AST_OP_SUB, false); } \
    NATIVE(P##_rsub_m) { return ct_view_bin(I, args, nargs, kwnames, T, "__rsub__", AST_OP_SUB, true); } \
    NATIVE(P##_xor_m) { return ct_view_bin(I, args, nargs, kwnames, T, "__xor__", AST_OP_BITXOR, false); } \
    NATIVE(P##_rxor_m) { return ct_view_bin(I, args, nargs, kwnames, T, "__rxor__", AST_OP_BITXOR, true); } \
    NATIVE(P##_eq_m) { return ct_view_cmp(I, args, nargs, kwnames, T, "__eq__", AST_OP_EQ); } \
    NATIVE(P##_ne_m) { return ct_view_cmp(I, args, nargs, kwnames, T, "__ne__", AST_OP_NE); } \
    NATIVE(P##_lt_m) { return ct_view_cmp(I, args, nargs, kwnames, T, "__lt__", AST_OP_LT); } \
    NATIVE(P##_le_m) { return ct_view_cmp(I, args, nargs, kwnames, T, "__le__", AST_OP_LE); } \
    NATIVE(P##_gt_m) { return ct_view_cmp(I, args, nargs, kwnames, T, "__gt__", AST_OP_GT); } \
    NATIVE(P##_ge_m) { return ct_view_cmp(I, args, nargs, kwnames, T, "__ge__", AST_OP_GE); }
CT_VIEW_NATIVES(dkeys, T_DICT_KEYS)
CT_VIEW_NATIVES(ditems, T_DICT_ITEMS)
#undef CT_VIEW_NATIVES
NATIVE(dvalues_reversed_m) { return ct_view_reversed(I, args, nargs, kwnames, T_DICT_VALUES); }

#undef CT_SET_PY
#undef CT_SET_DUMMY
#undef CT_SET_MINSIZE
#undef CT_SET_PROBES
#undef CT_MANY
#undef CT_MSG

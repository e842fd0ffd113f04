/* num_methods.c: the methods and attributes of int, bool and float, as CPython 3.11 has them. */
#include "vm.h"
#include "natives.h"
#include "ast.h"
#include "bigint.h"

/* ---- helpers shared with mod_math.c and mod_sys.c (which declare the prototypes they use) ---- */

/* An instance of a class written in Python: its dunders may be Python code, so the prelude decides. */
MY_FN bool num_is_py(Interp *I, Value v) {
    return v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v)));
}

/* Raises TypeError with a message whose only variable part is the singular/plural word. */
static MY_FN Value nm_raise_plural(Interp *I, const char *one, const char *many, uint32_t count,
                                   Value a, Value b, Value c) {
    return raise_fmt(I, T_TYPE_ERROR, count == 1 ? one : many, a, b, c);
}

/* Binds arguments the way CPython's argument clinic does, with its messages. Slots 0..skip-1 are
   implicit (self or cls) and left out of the counts in messages; the first nposonly slots can only
   be given by position, slots below npos by position or keyword, the rest only by keyword; the
   first `required` slots must be given. Missing optional slots are V_NULL. False: TypeError. */
MY_FN bool num_parse_args(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *fname,
                          int skip, int nposonly, int npos, int n, int required,
                          const char *const *names, Value *out) {
    uint32_t nkw = kwnames == V_NULL ? 0 : tuple_len(I, kwnames);
    uint32_t given = nargs - nkw;
    for (int i = 0; i < n; i++) out[i] = V_NULL;
    int minpos = required < npos ? required : npos;
    if (given + nkw > (uint32_t)n) {
        /* more arguments than parameters: counted before any keyword is looked at */
        Value f = str_from_cstr(I, fname);
        if (f == V_ERR) return false;
        uint32_t shown = (uint32_t)(n - skip);
        nm_raise_plural(I, "%s() takes at most %d argument (%d given)", "%s() takes at most %d arguments (%d given)",
                        shown, f, v_int(shown), v_int(nargs - (uint32_t)skip));
        return false;
    }
    if (given > (uint32_t)npos) {
        Value f = str_from_cstr(I, fname);
        if (f == V_ERR) return false;
        uint32_t shown = (uint32_t)(npos - skip);
        if (minpos == npos)
            nm_raise_plural(I, "%s() takes exactly %d positional argument (%d given)",
                            "%s() takes exactly %d positional arguments (%d given)", shown, f, v_int(shown), v_int(given - (uint32_t)skip));
        else
            nm_raise_plural(I, "%s() takes at most %d positional argument (%d given)",
                            "%s() takes at most %d positional arguments (%d given)", shown, f, v_int(shown), v_int(given - (uint32_t)skip));
        return false;
    }
    for (uint32_t i = 0; i < given; i++) out[i] = ld(I, args + i);
    for (uint32_t k = 0; k < nkw; k++) {
        Value kn = fld(I, kwnames, 1 + k);
        int j = nposonly;
        while (j < n && !str_eq_cstr(I, kn, names[j])) j++;
        Value f = str_from_cstr(I, fname);
        if (f == V_ERR) return false;
        if (j == n) {
            raise_fmt(I, T_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", kn, f, 0);
            return false;
        }
        if (out[j] != V_NULL) {
            raise_fmt(I, T_TYPE_ERROR, "argument for %s() given by name ('%s') and position (%d)", f, kn, v_int(j + 1 - skip));
            return false;
        }
        out[j] = ld(I, args + given + k);
    }
    for (int i = skip; i < required; i++) {
        if (out[i] != V_NULL) continue;
        Value f = str_from_cstr(I, fname);
        if (f == V_ERR) return false;
        if (i < nposonly) {
            uint32_t shown = (uint32_t)(minpos - skip);
            if (minpos == npos)
                nm_raise_plural(I, "%s() takes exactly %d positional argument (%d given)",
                                "%s() takes exactly %d positional arguments (%d given)", shown, f, v_int(shown), v_int(given - (uint32_t)skip));
            else
                nm_raise_plural(I, "%s() takes at least %d positional argument (%d given)",
                                "%s() takes at least %d positional arguments (%d given)", shown, f, v_int(shown), v_int(given - (uint32_t)skip));
        } else {
            Value an = str_from_cstr(I, names[i]);
            if (an != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s() missing required argument '%s' (pos %d)", f, an, v_int(i + 1 - skip));
        }
        return false;
    }
    return true;
}

/* Hands this whole call to the prelude function `name`: it receives the `nhead` values of head
   first, then the call's positional arguments, and the call's keyword arguments. */
MY_FN Value num_delegate(Interp *I, const char *name, const Value *head, uint32_t nhead,
                         Ref args, uint32_t nargs, Value kwnames) {
    uint32_t nkw = kwnames == V_NULL ? 0 : tuple_len(I, kwnames);
    uint32_t npos = nargs - nkw;
    Value t = tuple_new(I, nhead + npos);
    if (t == V_ERR) return t;
    for (uint32_t i = 0; i < nhead; i++) set_fld(I, t, 1 + i, head[i]);
    for (uint32_t i = 0; i < npos; i++) set_fld(I, t, 1 + nhead + i, ld(I, args + i));
    Value kw = V_NULL;
    if (nkw) {
        kw = dict_new(I);
        if (kw == V_ERR) return kw;
        for (uint32_t k = 0; k < nkw; k++)
            if (dict_set(I, kw, fld(I, kwnames, 1 + k), ld(I, args + npos + k)) == V_ERR) return V_ERR;
    }
    Value r = prelude_tailcall(I, name, t);
    I->tail_kwargs = kw;
    return r;
}

/* ---- reading ints: small, bool or big, as sign and 32-bit digits ---- */

static MY_FN uint32_t nm_popcount32(uint32_t v) {
    uint32_t n = 0;
    while (v) { v &= v - 1; n++; }
    return n;
}

/* Byte i (0 = least significant) of the magnitude. */
static MY_FN uint32_t nm_mag_byte(Interp *I, const IntView *x, uint32_t i) {
    return (int_view_digit(I, x, i >> 2) >> ((i & 3) * 8)) & 0xFFu;
}

/* Gives object r back to the allocator when it is the last one allocated. */
MY_FN void num_give_back(Interp *I, Ref r) {
    if (!r) return;
    uint32_t off = r & ~REF_IMAGE_BIT;
    if ((uint64_t)off + hdr_size(I, r) == (uint64_t)I->top) I->top = off;
}

/* A T_INT object with room for ndigits digits (0: out of memory, already flagged). */
MY_FN Ref num_big_alloc(Interp *I, uint32_t ndigits) {
    uint32_t w = BIG_WORDS(ndigits);
    return obj_alloc(I, T_INT, BIG_DATA + (w ? w : 1u), true);
}

/* The int sign * (n digits at obj's data), normalized: a small int (giving obj back) or obj made a
   proper big int, trimmed to its size when it is the last object. */
MY_FN Value num_big_finish(Interp *I, Ref obj, int s, uint32_t n) {
    Ref d = obj + BIG_DATA;
    n = big_normalize(&I->H, d, n);
    if (n <= 2) {
        uint64_t m = 0;
        if (n >= 1) m = mem_ld_u32(&I->H, d, 0);
        if (n == 2) m |= (uint64_t)mem_ld_u32(&I->H, d, 1) << 32;
        if (m == 0 || (s < 0 && m <= (uint64_t)SMALL_INT_MAX + 1u) || (s > 0 && m <= (uint64_t)SMALL_INT_MAX)) {
            num_give_back(I, obj);
            return m == 0 ? v_int(0) : s < 0 ? v_int((int64_t)0 - (int64_t)m) : v_int((int64_t)m);
        }
    }
    if (n & 1u) mem_st_u32(&I->H, d, n, 0);   /* the spare half of the last word stays zero */
    mem_st(&I->H, obj + BIG_INFO, (uint64_t)n | ((uint64_t)(uint32_t)(s < 0 ? -1 : 1) << 32));
    uint32_t words = BIG_DATA + (BIG_WORDS(n) ? BIG_WORDS(n) : 1u);
    uint32_t off = obj & ~REF_IMAGE_BIT, size = hdr_size(I, obj);
    if (words < size && (uint64_t)off + size == (uint64_t)I->top) {
        mem_st(&I->H, obj, HDR_MAKE(hdr_type(I, obj), words, true));
        I->top = off + words;
    }
    return v_obj(obj);
}

/* A bytes object of n bytes, contents unset. */
MY_FN Value bytes_alloc(Interp *I, uint32_t n) {
    Value s = str_alloc(I, n);
    if (s == V_ERR) return s;
    Ref r = v_as_ref(s);
    st(I, r, HDR_MAKE(TYPE_REF(T_BYTES), hdr_size(I, r), true));
    st(I, r + STR_INFO, (uint64_t)n | ((uint64_t)n << 32));
    return s;
}

static MY_FN Value nm_unbool(Value v) {
    if (v == V_TRUE) return v_int(1);
    if (v == V_FALSE) return v_int(0);
    return v;
}

static MY_FN bool nm_finite(double x) { return x - x == 0.0; }

/* ---- receiver and argument-count checks, with CPython's messages ---- */

/* ARG(0) must be an int (bool included) or a float. */
static MY_FN bool nm_self(Interp *I, Ref args, uint32_t nargs, bool is_float, const char *meth) {
    const char *tn = is_float ? "float" : "int";
    if (nargs == 0) {
        Value t = str_from_cstr(I, tn), m = str_from_cstr(I, meth);
        if (t != V_ERR && m != V_ERR) raise_fmt(I, T_TYPE_ERROR, "unbound method %s.%s() needs an argument", t, m, 0);
        return false;
    }
    Value v = ARG(0);
    if (is_float ? v_is_double(v) : is_int_value(I, v)) return true;
    Value t = str_from_cstr(I, tn), m = str_from_cstr(I, meth);
    if (t != V_ERR && m != V_ERR) raise_fmt(I, T_TYPE_ERROR, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", m, t, v);
    return false;
}

static MY_FN bool nm_no_kw(Interp *I, Value kwnames, bool is_float, const char *meth) {
    if (kwnames == V_NULL || tuple_len(I, kwnames) == 0) return true;
    Value t = str_from_cstr(I, is_float ? "float" : "int"), m = str_from_cstr(I, meth);
    if (t != V_ERR && m != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s.%s() takes no keyword arguments", t, m, 0);
    return false;
}

/* A method that takes no arguments besides self. */
static MY_FN bool nm_noargs(Interp *I, Ref args, uint32_t nargs, Value kwnames, bool is_float, const char *meth) {
    if (!nm_self(I, args, nargs, is_float, meth)) return false;
    if (!nm_no_kw(I, kwnames, is_float, meth)) return false;
    if (nargs == 1) return true;
    Value t = str_from_cstr(I, is_float ? "float" : "int"), m = str_from_cstr(I, meth);
    if (t != V_ERR && m != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s.%s() takes no arguments (%d given)", t, m, v_int(nargs - 1));
    return false;
}

/* ---- int ---- */

NATIVE(nm_int_bit_length) {
    if (!nm_noargs(I, args, nargs, kwnames, false, "bit_length")) return V_ERR;
    IntView x;
    int_view(I, ARG(0), &x);
    return int_from_u64(I, int_view_bitlen(I, &x));
}

NATIVE(nm_int_bit_count) {
    if (!nm_noargs(I, args, nargs, kwnames, false, "bit_count")) return V_ERR;
    IntView x;
    int_view(I, ARG(0), &x);
    uint64_t c = 0;
    for (uint32_t i = 0; i < x.n; i++) c += nm_popcount32(int_view_digit(I, &x, i));
    return int_from_u64(I, c);
}

/* The value itself as a plain int: conjugate, real, numerator, __trunc__, __floor__, __ceil__. */
static MY_FN Value nm_int_self(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *meth) {
    if (!nm_noargs(I, args, nargs, kwnames, false, meth)) return V_ERR;
    return nm_unbool(ARG(0));
}
NATIVE(nm_int_conjugate) { return nm_int_self(I, args, nargs, kwnames, "conjugate"); }
NATIVE(nm_int_trunc) { return nm_int_self(I, args, nargs, kwnames, "__trunc__"); }
NATIVE(nm_int_floor) { return nm_int_self(I, args, nargs, kwnames, "__floor__"); }
NATIVE(nm_int_ceil) { return nm_int_self(I, args, nargs, kwnames, "__ceil__"); }

NATIVE(nm_int_as_integer_ratio) {
    if (!nm_noargs(I, args, nargs, kwnames, false, "as_integer_ratio")) return V_ERR;
    return tuple_pack2(I, nm_unbool(ARG(0)), v_int(1));
}

NATIVE(nm_int_getnewargs) {
    if (!nm_noargs(I, args, nargs, kwnames, false, "__getnewargs__")) return V_ERR;
    Value t = tuple_new(I, 1);
    if (t != V_ERR) set_fld(I, t, 1, nm_unbool(ARG(0)));
    return t;
}

/* Getters: ARG(0) is the instance. */
static MY_FN bool nm_getter_self(Interp *I, Ref args, bool is_float, const char *name) {
    Value v = ARG(0);
    if (is_float ? v_is_double(v) : is_int_value(I, v)) return true;
    Value t = str_from_cstr(I, is_float ? "float" : "int"), m = str_from_cstr(I, name);
    if (t != V_ERR && m != V_ERR) raise_fmt(I, T_TYPE_ERROR, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", m, t, v);
    return false;
}
NATIVE(nm_int_real) { return nm_getter_self(I, args, false, "real") ? nm_unbool(ARG(0)) : V_ERR; }
NATIVE(nm_int_numerator) { return nm_getter_self(I, args, false, "numerator") ? nm_unbool(ARG(0)) : V_ERR; }
NATIVE(nm_int_imag) { return nm_getter_self(I, args, false, "imag") ? v_int(0) : V_ERR; }
NATIVE(nm_int_denominator) { return nm_getter_self(I, args, false, "denominator") ? v_int(1) : V_ERR; }

/* byteorder argument of to_bytes / from_bytes: 1 big, 0 little, -1 error raised. */
static MY_FN int nm_byteorder(Interp *I, Value v, const char *fname) {
    if (v == V_NULL) return 1;
    if (!is_str(I, v)) {
        Value f = str_from_cstr(I, fname);
        if (f != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s() argument 'byteorder' must be str, not %T", f, v, 0);
        return -1;
    }
    if (str_eq_cstr(I, v, "big")) return 1;
    if (str_eq_cstr(I, v, "little")) return 0;
    raise_msg(I, T_VALUE_ERROR, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* The truth of the keyword-only `signed` flag (an instance of a Python class counts as true). */
static MY_FN bool nm_flag(Interp *I, Value v) {
    if (v == V_NULL) return false;
    if (num_is_py(I, v)) return true;
    return op_truth(I, v) == V_TRUE;
}

NATIVE(nm_int_to_bytes) {
    static MY_CONST char *const names[] = { "self", "length", "byteorder", "signed" };
    Value a[4];
    if (!nm_self(I, args, nargs, false, "to_bytes")) return V_ERR;
    if (!num_parse_args(I, args, nargs, kwnames, "to_bytes", 1, 1, 3, 4, 1, names, a)) return V_ERR;
    int64_t n = 1;
    if (a[1] != V_NULL) {
        if (!is_int_value(I, a[1])) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", a[1], 0, 0);
        if (!int_to_i64(I, a[1], &n)) return raise_msg(I, T_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    int big = nm_byteorder(I, a[2], "to_bytes");
    if (big < 0) return V_ERR;
    bool sgn = nm_flag(I, a[3]);
    if (n < 0) return raise_msg(I, T_VALUE_ERROR, "length argument must be non-negative");
    if (n > 0x7FFFFFF0) return raise_msg(I, T_MEMORY_ERROR, 0);
    IntView x;
    int_view(I, ARG(0), &x);
    if (x.s < 0 && !sgn) return raise_msg(I, T_OVERFLOW_ERROR, "can't convert negative int to unsigned");
    uint64_t bits = int_view_bitlen(I, &x), room = (uint64_t)n * 8u;
    bool fits;
    if (x.s >= 0) fits = sgn ? bits < room || bits == 0 : bits <= room;
    else if (n == 0) fits = x.n == 1 && x.m == 1;   /* CPython lets -1 through as b'' */
    else {
        /* -v fits when v <= 2**(8n-1): bit_length(v - 1) <= 8n - 1 */
        bool pow2 = true;
        for (uint32_t i = 0; i + 1 < x.n && pow2; i++) pow2 = int_view_digit(I, &x, i) == 0;
        uint32_t top = int_view_digit(I, &x, x.n - 1);
        pow2 = pow2 && (top & (top - 1)) == 0;
        fits = (pow2 ? bits - 1 : bits) <= room - 1;
    }
    if (!fits) return raise_msg(I, T_OVERFLOW_ERROR, "int too big to convert");
    Value out = bytes_alloc(I, (uint32_t)n);
    if (out == V_ERR) return out;
    uint32_t carry = 1;
    for (uint32_t i = 0; i < (uint32_t)n; i++) {
        uint32_t b = nm_mag_byte(I, &x, i);
        if (x.s < 0) { b = (~b & 0xFFu) + carry; carry = b >> 8; b &= 0xFFu; }   /* two's complement */
        str_set_byte(I, out, big ? (uint32_t)n - 1 - i : i, b);
    }
    return out;
}

/* The int from n bytes (source byte i read by get(i)), with the class-dependent result. */
static MY_FN Value nm_int_from_byte_source(Interp *I, Value cls, Value src, uint32_t n, bool big, bool sgn) {
    bool is_list = is_type(I, src, T_LIST), is_bytes = is_type(I, src, T_BYTES);
    Value r = v_int(0);
    if (n > 0) {
        Ref obj = num_big_alloc(I, (n + 3) / 4);
        if (!obj) return V_ERR;
        Ref d = obj + BIG_DATA;
        uint32_t nd = (n + 3) / 4;
        for (uint32_t w = 0; w < BIG_WORDS(nd); w++) mem_st(&I->H, d + w, 0);
#define NM_SRC_BYTE(k) (is_bytes ? str_byte(I, src, (k)) : \
        (uint32_t)v_as_int(nm_unbool(is_list ? list_get(I, src, (k)) : fld(I, src, 1 + (k)))))
        uint32_t top = NM_SRC_BYTE(big ? 0 : n - 1);
        bool neg = sgn && (top & 0x80u);
        uint32_t carry = 1;
        for (uint32_t k = 0; k < n; k++) {
            uint32_t b = NM_SRC_BYTE(big ? n - 1 - k : k);
            if (neg) { b = (~b & 0xFFu) + carry; carry = b >> 8; b &= 0xFFu; }
            uint32_t di = k >> 2, dv = mem_ld_u32(&I->H, d, di);
            mem_st_u32(&I->H, d, di, dv | (b << ((k & 3) * 8)));
        }
#undef NM_SRC_BYTE
        r = num_big_finish(I, obj, neg ? -1 : 1, nd);
    }
    if (cls == type_v(T_INT)) return r;
    if (cls == type_v(T_BOOL)) return v_bool(r != v_int(0));
    /* a subclass: cls(value) */
    Value t = tuple_new(I, 1);
    if (t == V_ERR) return t;
    set_fld(I, t, 1, r);
    I->tail_callable = cls; I->tail_args = t; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
    return V_TAILCALL;
}

NATIVE(nm_int_from_bytes) {
    static MY_CONST char *const names[] = { "cls", "bytes", "byteorder", "signed" };
    Value a[4];
    if (!num_parse_args(I, args, nargs, kwnames, "from_bytes", 1, 1, 3, 4, 2, names, a)) return V_ERR;
    int big = nm_byteorder(I, a[2], "from_bytes");
    if (big < 0) return V_ERR;
    bool sgn = nm_flag(I, a[3]);
    Value src = a[1];
    uint32_t n;
    if (is_type(I, src, T_BYTES)) {
        n = str_nbytes(I, src);
    } else if (is_type(I, src, T_LIST) || is_type(I, src, T_TUPLE)) {
        bool l = is_type(I, src, T_LIST);
        n = l ? list_len(I, src) : tuple_len(I, src);
        for (uint32_t i = 0; i < n; i++) {
            Value v = l ? list_get(I, src, i) : fld(I, src, 1 + i);
            int64_t b;
            if (num_is_py(I, v)) {
                Value head[1] = { a[0] };
                return num_delegate(I, "_num_from_bytes", head, 1, args + 1, nargs - 1, kwnames);
            }
            if (!is_int_value(I, v)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v, 0, 0);
            if (!int_to_i64(I, v, &b) || b < 0 || b > 255) return raise_msg(I, T_VALUE_ERROR, "bytes must be in range(0, 256)");
        }
    } else if (is_str(I, src) || is_int_value(I, src) || v_is_double(src) || src == V_NONE || is_type(I, src, T_COMPLEX)) {
        return raise_fmt(I, T_TYPE_ERROR, "cannot convert '%T' object to bytes", src, 0, 0);
    } else {
        /* any other iterable: bytes(it) in the prelude, then here again */
        Value head[1] = { a[0] };
        return num_delegate(I, "_num_from_bytes", head, 1, args + 1, nargs - 1, kwnames);
    }
    return nm_int_from_byte_source(I, a[0], src, n, big == 1, sgn);
}

/* q = round-half-even(num / den) for num >= 0, den > 0. */
static MY_FN Value nm_div_half_even(Interp *I, Value num, Value den) {
    Value q = int_binop(I, AST_OP_FLOORDIV, num, den);
    if (q == V_ERR) return q;
    Value r = int_binop(I, AST_OP_MOD, num, den);
    if (r == V_ERR) return r;
    Value r2 = int_binop(I, AST_OP_LSHIFT, r, v_int(1));
    if (r2 == V_ERR) return r2;
    int c = int_cmp(I, r2, den);
    if (c > 0 || (c == 0 && int_binop(I, AST_OP_BITAND, q, v_int(1)) == v_int(1)))
        q = int_binop(I, AST_OP_ADD, q, v_int(1));
    return q;
}

/* Python's round(x, -k) for an int x and k > 0: to a multiple of 10**k, ties to even. */
static MY_FN Value nm_int_round_neg(Interp *I, Value x, Value k) {
    IntView v;
    int_view(I, x, &v);
    int64_t kk;
    /* |x| < 10**digits with digits <= bit_length * log10(2) + 1: then 10**k > 2|x| rounds to 0 */
    uint64_t digits = int_view_bitlen(I, &v) * 30103u / 100000u + 1u;
    if (!int_to_i64(I, k, &kk) || (uint64_t)kk > digits + 1u) return v_int(0);
    Value p = int_binop(I, AST_OP_POW, v_int(10), k);
    if (p == V_ERR) return p;
    Value q = int_binop(I, AST_OP_FLOORDIV, x, p);
    if (q == V_ERR) return q;
    Value r = int_binop(I, AST_OP_MOD, x, p);
    if (r == V_ERR) return r;
    Value r2 = int_binop(I, AST_OP_LSHIFT, r, v_int(1));
    if (r2 == V_ERR) return r2;
    int c = int_cmp(I, r2, p);
    if (c > 0 || (c == 0 && int_binop(I, AST_OP_BITAND, q, v_int(1)) == v_int(1))) {
        q = int_binop(I, AST_OP_ADD, q, v_int(1));
        if (q == V_ERR) return q;
    }
    return int_binop(I, AST_OP_MUL, q, p);
}

NATIVE(nm_int_round) {
    if (!nm_self(I, args, nargs, false, "__round__")) return V_ERR;
    if (!nm_no_kw(I, kwnames, false, "__round__")) return V_ERR;
    if (nargs > 2) return raise_fmt(I, T_TYPE_ERROR, "__round__ expected at most 1 argument, got %d", v_int(nargs - 1), 0, 0);
    Value x = nm_unbool(ARG(0));
    if (nargs == 1) return x;
    Value nd = ARG(1);
    if (num_is_py(I, nd)) {
        Value head[3] = { type_lookup_id(I, TYPE_REF(T_INT), N___round__), V_NULL, V_NULL };
        head[1] = str_from_cstr(I, "-i");
        head[2] = str_from_cstr(I, "r");
        if (head[1] == V_ERR || head[2] == V_ERR) return V_ERR;
        return num_delegate(I, "_math_call", head, 3, args, nargs, kwnames);
    }
    if (!is_int_value(I, nd)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", nd, 0, 0);
    if (int_sign(I, nd) >= 0) return x;
    Value k = int_neg(I, nd);
    if (k == V_ERR) return k;
    return nm_int_round_neg(I, x, k);
}

/* ---- float ---- */

NATIVE(nm_float_is_integer) {
    if (!nm_noargs(I, args, nargs, kwnames, true, "is_integer")) return V_ERR;
    double x = v_as_double(ARG(0));
    return v_bool(nm_finite(x) && floor(x) == x);
}

/* |x| = m * 2**e exactly, with m odd (or 0): for finite x. */
static MY_FN void nm_float_split(double x, uint64_t *m, int *e) {
    int ex;
    double f = frexp(fabs(x), &ex);   /* |x| = f * 2**ex, 0.5 <= f < 1 */
    uint64_t mm = (uint64_t)ldexp(f, 53);
    int ee = ex - 53;
    while (mm != 0 && (mm & 1u) == 0) { mm >>= 1; ee++; }
    *m = mm;
    *e = mm == 0 ? 0 : ee;
}

NATIVE(nm_float_as_integer_ratio) {
    if (!nm_noargs(I, args, nargs, kwnames, true, "as_integer_ratio")) return V_ERR;
    double x = v_as_double(ARG(0));
    if (x != x) return raise_msg(I, T_VALUE_ERROR, "cannot convert NaN to integer ratio");
    if (!nm_finite(x)) return raise_msg(I, T_OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
    uint64_t m;
    int e;
    nm_float_split(x, &m, &e);
    Value num = int_from_u64(I, m), den = v_int(1);
    if (num == V_ERR) return num;
    if (x < 0) { num = int_neg(I, num); if (num == V_ERR) return num; }
    if (e > 0) num = int_binop(I, AST_OP_LSHIFT, num, v_int(e));
    else if (e < 0) den = int_binop(I, AST_OP_LSHIFT, v_int(1), v_int(-e));
    if (num == V_ERR || den == V_ERR) return V_ERR;
    return tuple_pack2(I, num, den);
}

NATIVE(nm_float_hex) {
    if (!nm_noargs(I, args, nargs, kwnames, true, "hex")) return V_ERR;
    double x = v_as_double(ARG(0));
    char buf[40];
    uint32_t n = 0;
    if (x != x) return str_from_cstr(I, "nan");
    if (!nm_finite(x)) return str_from_cstr(I, x > 0 ? "inf" : "-inf");
    if (copysign(1.0, x) < 0) buf[n++] = '-';
    double ax = fabs(x);
    if (ax == 0.0) {
        const char *z = "0x0.0p+0";
        for (; *z; z++) buf[n++] = *z;
        return str_new(I, buf, n);
    }
    int e;
    double m = frexp(ax, &e);            /* ax = m * 2**e, 0.5 <= m < 1 */
    int lead, ex;
    double f;
    if (e - 1 >= -1022) { lead = 1; ex = e - 1; f = m * 2.0 - 1.0; }
    else { lead = 0; ex = -1022; f = ldexp(m, e + 1022); }   /* subnormal: 0.fff * 2**-1022 */
    buf[n++] = '0'; buf[n++] = 'x'; buf[n++] = (char)('0' + lead); buf[n++] = '.';
    for (int i = 0; i < 13; i++) {       /* 52 fraction bits, 4 per hex digit */
        f *= 16.0;
        int d = (int)f;
        f -= d;
        buf[n++] = "0123456789abcdef"[d];
    }
    buf[n++] = 'p';
    buf[n++] = ex < 0 ? '-' : '+';
    uint32_t ue = (uint32_t)(ex < 0 ? -ex : ex);
    char tmp[8];
    int k = 0;
    do { tmp[k++] = (char)('0' + ue % 10); ue /= 10; } while (ue);
    while (k) buf[n++] = tmp[--k];
    return str_new(I, buf, n);
}

static MY_FN int nm_hexdigit(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    c |= 0x20u;
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    return -1;
}

static MY_FN bool nm_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }

/* Whether bytes [i, end) of s spell word (lowercase ASCII) in any case. */
static MY_FN bool nm_word_is(Interp *I, Value s, uint32_t i, uint32_t end, const char *word) {
    uint32_t k = 0;
    for (; word[k]; k++)
        if (i + k >= end || (str_byte(I, s, i + k) | 0x20u) != (uint32_t)(uint8_t)word[k]) return false;
    return i + k == end;
}

/* float.fromhex(s): 0 and *out, 1 for invalid text (ValueError), 2 for overflow. */
static MY_FN int nm_parse_hex_float(Interp *I, Value s, double *out) {
    uint32_t i = 0, end = str_nbytes(I, s);
    while (i < end && nm_space(str_byte(I, s, i))) i++;
    while (end > i && nm_space(str_byte(I, s, end - 1))) end--;
    bool neg = false;
    if (i < end && (str_byte(I, s, i) == '+' || str_byte(I, s, i) == '-')) { neg = str_byte(I, s, i) == '-'; i++; }
    double inf = v_as_double(0x7FF0000000000000ull);
    if (nm_word_is(I, s, i, end, "inf") || nm_word_is(I, s, i, end, "infinity")) { *out = neg ? -inf : inf; return 0; }
    if (nm_word_is(I, s, i, end, "nan")) { *out = v_as_double(0x7FF8000000000000ull); return 0; }
    if (i + 1 < end && str_byte(I, s, i) == '0' && (str_byte(I, s, i + 1) | 0x20u) == 'x') i += 2;
    uint32_t ip = i, nint = 0, fp = 0, nfrac = 0;
    while (i < end && nm_hexdigit(str_byte(I, s, i)) >= 0) { i++; nint++; }
    if (i < end && str_byte(I, s, i) == '.') {
        i++;
        fp = i;
        while (i < end && nm_hexdigit(str_byte(I, s, i)) >= 0) { i++; nfrac++; }
    }
    if (nint + nfrac == 0) return 1;
    int64_t exp = 0;
    if (i < end && (str_byte(I, s, i) | 0x20u) == 'p') {
        i++;
        bool eneg = false;
        if (i < end && (str_byte(I, s, i) == '+' || str_byte(I, s, i) == '-')) { eneg = str_byte(I, s, i) == '-'; i++; }
        uint32_t nd = 0;
        while (i < end && str_byte(I, s, i) >= '0' && str_byte(I, s, i) <= '9') {
            if (exp < ((int64_t)1 << 40)) exp = exp * 10 + (int64_t)(str_byte(I, s, i) - '0');   /* beyond: over/underflow anyway */
            i++;
            nd++;
        }
        if (nd == 0) return 1;
        if (eneg) exp = -exp;
    }
    if (i != end) return 1;
    uint32_t ndig = nint + nfrac;
#define NM_HEXDIG(k) nm_hexdigit(str_byte(I, s, (k) < nint ? ip + (k) : fp + (k) - nint))
    uint32_t first = 0;
    while (first < ndig && NM_HEXDIG(first) == 0) first++;
    double zero = neg ? -0.0 : 0.0;
    if (first == ndig) { *out = zero; return 0; }
    /* the value is D * 2**texp for the integer D spelled by the digits; its top bit is 2**etop */
    int64_t texp = exp - 4 * (int64_t)nfrac;
    int64_t L = 4 * (int64_t)(ndig - first) - (4 - (int64_t)bit_length64((uint32_t)NM_HEXDIG(first)));
    int64_t etop = texp + L - 1;
    if (etop > 1023) return 2;
    if (etop < -1075) { *out = zero; return 0; }
    /* P bits fit: 53, fewer for subnormals (the lowest bit a double holds is 2**-1074) */
    int64_t P = etop + 1075 < 53 ? etop + 1075 : 53;
    uint64_t mant = 0;
    int64_t taken = 0;
    uint32_t round_bit = 0;
    bool sticky = false;
    for (uint32_t k = first; k < ndig; k++) {
        uint32_t d = (uint32_t)NM_HEXDIG(k);
        if (taken > P) { if (d) { sticky = true; break; } continue; }
        for (int b = 3; b >= 0; b--) {
            if (k == first && b >= (int)bit_length64(d)) continue;   /* leading zero bits of the first digit */
            uint32_t bit = (d >> b) & 1u;
            if (taken < P) mant = (mant << 1) | bit;
            else if (taken == P) round_bit = bit;
            else if (bit) sticky = true;
            taken++;
        }
    }
#undef NM_HEXDIG
    int64_t kept = L < P ? L : P;
    if (L > P && round_bit && (sticky || (mant & 1u))) mant++;
    double r = ldexp((double)mant, (int)(etop - kept + 1));
    if (!nm_finite(r)) return 2;
    *out = neg ? -r : r;
    return 0;
}

NATIVE(nm_float_fromhex) {
    Value cls = ARG(0);
    if (kwnames != V_NULL && tuple_len(I, kwnames) > 0) return raise_msg(I, T_TYPE_ERROR, "float.fromhex() takes no keyword arguments");
    if (nargs != 2) return raise_fmt(I, T_TYPE_ERROR, "float.fromhex() takes exactly one argument (%d given)", v_int(nargs - 1), 0, 0);
    Value s = ARG(1);
    if (!is_str(I, s)) return raise_msg(I, T_TYPE_ERROR, "bad argument type for built-in operation");
    double d;
    int rc = nm_parse_hex_float(I, s, &d);
    if (rc == 1) return raise_msg(I, T_VALUE_ERROR, "invalid hexadecimal floating-point string");
    if (rc == 2) return raise_msg(I, T_OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
    if (cls == type_v(T_FLOAT)) return v_double(d);
    Value t = tuple_new(I, 1);
    if (t == V_ERR) return t;
    set_fld(I, t, 1, v_double(d));
    I->tail_callable = cls; I->tail_args = t; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
    return V_TAILCALL;
}

NATIVE(nm_float_getformat) {
    if (kwnames != V_NULL && tuple_len(I, kwnames) > 0) return raise_msg(I, T_TYPE_ERROR, "float.__getformat__() takes no keyword arguments");
    if (nargs != 2) return raise_fmt(I, T_TYPE_ERROR, "float.__getformat__() takes exactly one argument (%d given)", v_int(nargs - 1), 0, 0);
    Value s = ARG(1);
    if (!is_str(I, s)) return raise_fmt(I, T_TYPE_ERROR, "__getformat__() argument must be str, not %T", s, 0, 0);
    if (!str_eq_cstr(I, s, "double") && !str_eq_cstr(I, s, "float"))
        return raise_msg(I, T_VALUE_ERROR, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr(I, "IEEE, little-endian");
}

NATIVE(nm_float_conjugate) {
    if (!nm_noargs(I, args, nargs, kwnames, true, "conjugate")) return V_ERR;
    return ARG(0);
}

NATIVE(nm_float_getnewargs) {
    if (!nm_noargs(I, args, nargs, kwnames, true, "__getnewargs__")) return V_ERR;
    Value t = tuple_new(I, 1);
    if (t != V_ERR) set_fld(I, t, 1, ARG(0));
    return t;
}

NATIVE(nm_float_real) { return nm_getter_self(I, args, true, "real") ? ARG(0) : V_ERR; }
NATIVE(nm_float_imag) { return nm_getter_self(I, args, true, "imag") ? v_double(0.0) : V_ERR; }

NATIVE(nm_float_trunc) {
    if (!nm_noargs(I, args, nargs, kwnames, true, "__trunc__")) return V_ERR;
    return int_from_double(I, v_as_double(ARG(0)));
}
NATIVE(nm_float_floor) {
    if (!nm_noargs(I, args, nargs, kwnames, true, "__floor__")) return V_ERR;
    return int_from_double(I, floor(v_as_double(ARG(0))));
}
NATIVE(nm_float_ceil) {
    if (!nm_noargs(I, args, nargs, kwnames, true, "__ceil__")) return V_ERR;
    return int_from_double(I, ceil(v_as_double(ARG(0))));
}

/* round(x) for a float: the nearest int, ties to even. */
static MY_FN Value nm_round_to_int(Interp *I, double x) {
    if (!nm_finite(x)) return int_from_double(I, x);   /* raises the ValueError / OverflowError */
    double r = floor(x), diff = x - r;                 /* both exact */
    if (diff > 0.5 || (diff == 0.5 && fmod(r, 2.0) != 0.0)) r += 1.0;
    return int_from_double(I, r);
}

/* round(x, nd) for a float, correctly rounded (ties to even on the exact binary value), computed on
   exact integers: x = m * 2**e, q = round(x * 10**nd), result = q / 10**nd rounded once. */
MY_FN Value num_float_round(Interp *I, double x, int64_t nd) {
    if (!nm_finite(x)) return v_double(x);
    if (nd > 323) return v_double(x);
    if (nd < -308) return v_double(0.0 * x);
    if (x == 0.0) return v_double(x);
    uint64_t m;
    int e;
    nm_float_split(x, &m, &e);
    Value mv = int_from_u64(I, m);
    if (mv == V_ERR) return mv;
    double r;
    if (nd >= 0) {
        /* x has -e binary, hence -e decimal, fraction digits: rounding to more keeps it */
        if (e >= 0 || nd >= -(int64_t)e) return v_double(x);
        Value p = int_binop(I, AST_OP_POW, v_int(10), v_int(nd));
        if (p == V_ERR) return p;
        Value num = int_binop(I, AST_OP_MUL, mv, p);
        if (num == V_ERR) return num;
        Value den = int_binop(I, AST_OP_LSHIFT, v_int(1), v_int(-e));
        if (den == V_ERR) return den;
        Value q = nm_div_half_even(I, num, den);
        if (q == V_ERR) return q;
        Value res = int_binop(I, AST_OP_DIV, q, p);    /* one correct rounding */
        if (res == V_ERR) return res;
        r = v_as_double(res);
    } else {
        Value p = int_binop(I, AST_OP_POW, v_int(10), v_int(-nd));
        if (p == V_ERR) return p;
        Value num = mv, den = p;
        if (e >= 0) num = int_binop(I, AST_OP_LSHIFT, mv, v_int(e));
        else den = int_binop(I, AST_OP_LSHIFT, p, v_int(-e));
        if (num == V_ERR || den == V_ERR) return V_ERR;
        Value q = nm_div_half_even(I, num, den);
        if (q == V_ERR) return q;
        Value prod = int_binop(I, AST_OP_MUL, q, p);
        if (prod == V_ERR) return prod;
        bool ovf;
        r = int_to_double(I, prod, &ovf);
        if (ovf) return raise_msg(I, T_OVERFLOW_ERROR, "rounded value too large to represent");
    }
    return v_double(copysign(r, x));
}

NATIVE(nm_float_round) {
    if (!nm_self(I, args, nargs, true, "__round__")) return V_ERR;
    if (!nm_no_kw(I, kwnames, true, "__round__")) return V_ERR;
    if (nargs > 2) return raise_fmt(I, T_TYPE_ERROR, "__round__ expected at most 1 argument, got %d", v_int(nargs - 1), 0, 0);
    double x = v_as_double(ARG(0));
    if (nargs == 1 || ARG(1) == V_NONE) return nm_round_to_int(I, x);
    Value nd = ARG(1);
    if (num_is_py(I, nd)) {
        Value head[3] = { type_lookup_id(I, TYPE_REF(T_FLOAT), N___round__), V_NULL, V_NULL };
        head[1] = str_from_cstr(I, "-i");
        head[2] = str_from_cstr(I, "r");
        if (head[1] == V_ERR || head[2] == V_ERR) return V_ERR;
        return num_delegate(I, "_math_call", head, 3, args, nargs, kwnames);
    }
    if (!is_int_value(I, nd)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", nd, 0, 0);
    int64_t n;
    if (!int_to_i64(I, nd, &n)) n = int_sign(I, nd) < 0 ? INT64_MIN : INT64_MAX;   /* saturates, as CPython */
    return num_float_round(I, x, n);
}

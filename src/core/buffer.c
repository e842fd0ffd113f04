/* buffer.c: typed buffers over memory outside the heap: indexing, slices (views), assignment with the
   array module's conversions, len, iteration, repr. Every access is bounds-checked. */
#include "vm.h"
#include "natives.h"
#include "buffer.h"

MY_FN uint32_t buffer_itemsize(uint32_t tc) {
    switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

MY_FN Value buffer_new(Interp *I, void *ptr, uint32_t tc, int64_t len, int64_t stride) {
    Ref r = obj_alloc(I, T_BUFFER, BUF_WORDS, true);
    if (!r) return V_ERR;
    mem_st(&I->H, r + BUF_PTR, (uint64_t)(uintptr_t)ptr);
    mem_st(&I->H, r + BUF_LEN, (uint64_t)len);
    mem_st(&I->H, r + BUF_STRIDE, (uint64_t)stride);
    mem_st(&I->H, r + BUF_CODE, tc);
    return v_obj(r);
}

MY_INLINE uint32_t buf_code(Interp *I, Value b) { return (uint32_t)fld(I, b, BUF_CODE); }
MY_FN int64_t buffer_len(Interp *I, Value b) { return (int64_t)fld(I, b, BUF_LEN); }

MY_FN uint8_t *buffer_addr(Interp *I, Value b, int64_t i) {
    uint8_t *p = (uint8_t *)(uintptr_t)fld(I, b, BUF_PTR);
    return p + i * (int64_t)fld(I, b, BUF_STRIDE) * (int64_t)buffer_itemsize(buf_code(I, b));
}

/* Loads and stores are volatile: another thread of the kernel may write the same memory. */
static MY_FN uint64_t buf_load(const uint8_t *p, uint32_t size) {
    switch (size) {
    case 1: return *(const volatile uint8_t *)p;
    case 2: return *(const volatile uint16_t *)p;
    case 4: return *(const volatile uint32_t *)p;
    default: return *(const volatile uint64_t *)p;
    }
}

static MY_FN void buf_store(uint8_t *p, uint32_t size, uint64_t bits) {
    switch (size) {
    case 1: *(volatile uint8_t *)p = (uint8_t)bits; break;
    case 2: *(volatile uint16_t *)p = (uint16_t)bits; break;
    case 4: *(volatile uint32_t *)p = (uint32_t)bits; break;
    default: *(volatile uint64_t *)p = bits; break;
    }
}

MY_FN Value buffer_value_of(Interp *I, uint32_t tc, uint64_t bits) {
    switch (tc) {
    case 'b': return v_int((int8_t)bits);
    case 'B': return v_int((uint8_t)bits);
    case 'h': return v_int((int16_t)bits);
    case 'H': return v_int((uint16_t)bits);
    case 'i': return v_int((int32_t)bits);
    case 'I': return v_int((uint32_t)bits);
    case 'l': case 'q': return int_from_i64(I, (int64_t)bits);
    case 'L': case 'Q': return int_from_u64(I, bits);
    case 'f': { union { float f; uint32_t u; } x; x.u = (uint32_t)bits; return v_double((double)x.f); }
    default: { union { double d; uint64_t u; } x; x.u = bits; return v_double(x.d); }
    }
}

MY_FN uint64_t buffer_bits_of(uint32_t tc, const BufItem *it) {
    if (tc == 'f') { union { float f; uint32_t u; } x; x.f = (float)it->d; return x.u; }
    if (tc == 'd') { union { double d; uint64_t u; } x; x.d = it->d; return x.u; }
    return it->u;
}

/* The checks CPython's array makes when storing an int, in its order: each typecode's value passes
   through C conversions (long, short, int, ...) and the first range it falls outside names the error. */
typedef struct BufRange { uint32_t tc; int64_t lo; uint64_t hi; const char *over; const char *under; } BufRange;
#define BR_LONG(tc) { tc, INT64_MIN, INT64_MAX, "Python int too large to convert to C long", "Python int too large to convert to C long" }
#define BR_ULONG(tc) { tc, 0, UINT64_MAX, "Python int too large to convert to C unsigned long", "can't convert negative value to unsigned int" }
MY_CONST BufRange buf_ranges[] = {
    BR_LONG('b'), { 'b', -32768, 32767, "signed short integer is greater than maximum", "signed short integer is less than minimum" },
    { 'b', -128, 127, "signed char is greater than maximum", "signed char is less than minimum" },
    BR_LONG('B'), { 'B', 0, 255, "unsigned byte integer is greater than maximum", "unsigned byte integer is less than minimum" },
    BR_LONG('h'), { 'h', -32768, 32767, "signed short integer is greater than maximum", "signed short integer is less than minimum" },
    BR_LONG('H'), { 'H', -2147483647 - 1, 2147483647, "signed integer is greater than maximum", "signed integer is less than minimum" },
    { 'H', 0, 65535, "unsigned short is greater than maximum", "unsigned short is less than minimum" },
    BR_LONG('i'), { 'i', -2147483647 - 1, 2147483647, "signed integer is greater than maximum", "signed integer is less than minimum" },
    BR_ULONG('I'), { 'I', 0, 4294967295u, "unsigned int is greater than maximum", "" },
    BR_LONG('l'),
    BR_ULONG('L'),
    { 'q', INT64_MIN, INT64_MAX, "int too big to convert", "int too big to convert" },
    { 'Q', 0, UINT64_MAX, "int too big to convert", "can't convert negative int to unsigned" },
};
#undef BR_LONG
#undef BR_ULONG

MY_FN bool buffer_convert(Interp *I, uint32_t tc, Value v, BufItem *out) {
    v = box_inner(I, v);
    out->u = 0;
    out->d = 0;
    if (tc == 'f' || tc == 'd') {
        if (v_is_double(v)) { out->d = v_as_double(v); return true; }
        if (is_int_value(I, v)) {
            bool over = false;
            out->d = int_to_double(I, v, &over);
            if (over) { raise_msg(I, T_OVERFLOW_ERROR, "int too large to convert to float"); return false; }
            return true;
        }
        raise_fmt(I, T_TYPE_ERROR, "must be real number, not %T", v, 0, 0);
        return false;
    }
    if (!is_int_value(I, v)) {
        raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v, 0, 0);
        return false;
    }
    IntView x;
    int_view(I, v, &x);
    bool fits64 = x.n <= 2;   /* the magnitude fits 64 bits */
    uint64_t mag = fits64 ? x.m : 0;
    for (uint32_t k = 0; k < sizeof buf_ranges / sizeof buf_ranges[0]; k++) {
        const BufRange *r = &buf_ranges[k];
        if (r->tc != tc) continue;
        if (x.s < 0) {
            /* lo is negative or zero: the magnitude may be at most -lo */
            uint64_t lim = r->lo < 0 ? (uint64_t)0 - (uint64_t)r->lo : 0;
            if (!fits64 || mag > lim) { raise_msg(I, T_OVERFLOW_ERROR, r->under); return false; }
        } else if (!fits64 || mag > r->hi) {
            raise_msg(I, T_OVERFLOW_ERROR, r->over);
            return false;
        }
    }
    out->u = x.s < 0 ? (uint64_t)0 - mag : mag;
    return true;
}

MY_FN bool buffer_index(Interp *I, Value b, Value key, int64_t *out, bool assign) {
    int64_t i;
    if (!index_of(I, key, &i)) {
        if (I->exc == V_NULL) raise_msg(I, T_TYPE_ERROR, "buffer indices must be integers");
        return false;
    }
    int64_t n = buffer_len(I, b);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        raise_msg(I, T_INDEX_ERROR, assign ? "buffer assignment index out of range" : "buffer index out of range");
        return false;
    }
    *out = i;
    return true;
}

static MY_FN Value buf_item(Interp *I, Value b, int64_t i) {
    uint32_t tc = buf_code(I, b);
    return buffer_value_of(I, tc, buf_load(buffer_addr(I, b, i), buffer_itemsize(tc)));
}

MY_FN Value buffer_getitem(Interp *I, Value b, Value key) {
    if (is_type(I, key, T_SLICE)) {
        /* a slice is a view of the same memory, as memoryview's (array's would be a copy) */
        int64_t start, stop, step, count;
        if (!slice_indices(I, key, buffer_len(I, b), &start, &stop, &step, &count)) return V_ERR;
        uint8_t *p = count ? buffer_addr(I, b, start) : buffer_addr(I, b, 0);
        return buffer_new(I, p, buf_code(I, b), count, (int64_t)fld(I, b, BUF_STRIDE) * step);
    }
    int64_t i;
    if (!buffer_index(I, b, key, &i, false)) return V_ERR;
    return buf_item(I, b, i);
}

/* b[slice] = values: a buffer, list or tuple of exactly as many elements. Everything is converted
   (and a buffer source copied into a tuple, in case the two overlap) before anything is stored. */
static MY_FN Value buf_set_slice(Interp *I, Value b, Value key, Value v) {
    int64_t start, stop, step, count;
    if (!slice_indices(I, key, buffer_len(I, b), &start, &stop, &step, &count)) return V_ERR;
    if (is_type(I, v, T_BUFFER)) {
        int64_t n = buffer_len(I, v);
        if (n > 0x3FFFFFF0) return raise_msg(I, T_MEMORY_ERROR, "buffer slice too long to copy");
        Value t = tuple_new(I, (uint32_t)n);
        if (t == V_ERR) return t;
        for (int64_t k = 0; k < n; k++) {
            Value e = buf_item(I, v, k);
            if (e == V_ERR) return e;
            set_fld(I, t, 1 + (uint32_t)k, e);
        }
        v = t;
    }
    v = box_inner(I, v);
    bool is_list = is_type(I, v, T_LIST);
    if (!is_list && !is_type(I, v, T_TUPLE))
        return raise_fmt(I, T_TYPE_ERROR, "can only assign a buffer, list or tuple (not \"%T\") to a buffer slice", v, 0, 0);
    int64_t n = is_list ? list_len(I, v) : tuple_len(I, v);
    if (n != count) return raise_msg(I, T_VALUE_ERROR, "buffer slice assignment: lvalue and rvalue have different lengths");
    uint32_t tc = buf_code(I, b), size = buffer_itemsize(tc);
    BufItem it;
    for (int pass = 0; pass < 2; pass++) {
        for (int64_t k = 0; k < n; k++) {
            Value e = is_list ? list_get(I, v, (uint32_t)k) : fld(I, v, 1 + (uint32_t)k);
            if (!buffer_convert(I, tc, e, &it)) return V_ERR;
            if (pass) buf_store(buffer_addr(I, b, start + k * step), size, buffer_bits_of(tc, &it));
        }
    }
    return V_NONE;
}

MY_FN Value buffer_setitem(Interp *I, Value b, Value key, Value v) {
    if (is_type(I, key, T_SLICE)) return buf_set_slice(I, b, key, v);
    int64_t i;
    if (!buffer_index(I, b, key, &i, true)) return V_ERR;
    uint32_t tc = buf_code(I, b);
    BufItem it;
    if (!buffer_convert(I, tc, v, &it)) return V_ERR;
    buf_store(buffer_addr(I, b, i), buffer_itemsize(tc), buffer_bits_of(tc, &it));
    return V_NONE;
}

MY_FN Value buffer_iter(Interp *I, Value b) {
    Ref r = obj_alloc(I, T_BUFFER_ITER, ITER_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + ITER_SEQ, b);
    st(I, r + ITER_POS, v_int(0));
    st(I, r + ITER_AUX, V_NONE);
    return v_obj(r);
}

MY_FN Value buffer_iter_next(Interp *I, Value it) {
    Value b = fld(I, it, ITER_SEQ);
    int64_t pos = v_as_int(fld(I, it, ITER_POS));
    if (pos >= buffer_len(I, b)) return V_NULL;
    Value e = buf_item(I, b, pos);
    if (e == V_ERR) return e;
    set_fld(I, it, ITER_POS, v_int(pos + 1));
    return e;
}

/* buffer('f', [1.0, 2.5]), as array's repr. */
MY_FN void buffer_repr_into(Interp *I, StrBuf *sb, Value b) {
    uint32_t tc = buf_code(I, b);
    int64_t n = buffer_len(I, b);
    sb_puts(I, sb, "buffer('");
    sb_putc(I, sb, tc);
    sb_putc(I, sb, '\'');
    if (n > 0) sb_puts(I, sb, ", [");
    for (int64_t k = 0; k < n && !sb->failed; k++) {
        if (k) sb_puts(I, sb, ", ");
        Value e = buf_item(I, b, k);
        if (e == V_ERR) { sb->failed = true; break; }
        if (v_is_int(e)) sb_put_int(I, sb, v_as_int(e));
        else {
            Value s = v_is_double(e) ? float_repr(I, v_as_double(e)) : int_to_str(I, e, 10);
            if (s == V_ERR) { sb->failed = true; break; }
            sb_put_str(I, sb, s);
        }
    }
    if (n > 0) sb_putc(I, sb, ']');
    sb_putc(I, sb, ')');
}

NATIVE(buf_typecode) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    if (!is_type(I, ARG(0), T_BUFFER)) return raise_msg(I, T_TYPE_ERROR, "expected a buffer");
    char c = (char)buf_code(I, ARG(0));
    return str_new(I, &c, 1);
}

NATIVE(buf_itemsize) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    if (!is_type(I, ARG(0), T_BUFFER)) return raise_msg(I, T_TYPE_ERROR, "expected a buffer");
    return v_int(buffer_itemsize(buf_code(I, ARG(0))));
}

/* b.tolist(): the elements as a new list. */
NATIVE(buf_tolist) {
    if (!args_check(I, nargs, kwnames, "tolist", 1, 1)) return V_ERR;
    Value b = ARG(0);
    if (!is_type(I, b, T_BUFFER)) return raise_msg(I, T_TYPE_ERROR, "descriptor 'tolist' requires a 'buffer' object");
    int64_t n = buffer_len(I, b);
    if (n > 0x3FFFFFF0) return raise_msg(I, T_MEMORY_ERROR, "buffer too long for a list");
    Value l = list_new(I, (uint32_t)n);
    if (l == V_ERR) return l;
    for (int64_t k = 0; k < n; k++) {
        Value e = buf_item(I, b, k);
        if (e == V_ERR || !list_append(I, l, e)) return V_ERR;
    }
    return l;
}

/* seq.c: indexing, slicing, concatenation and repetition of the built-in sequences, and set algebra. */
#include "vm.h"
#include "ast.h"

static MY_FN Value index_error(Interp *I, const char *what) { return raise_msg(I, T_INDEX_ERROR, what); }

static MY_FN bool seq_index(Interp *I, Value key, int64_t n, int64_t *out, const char *tname) {
    int64_t i;
    if (!index_of(I, key, &i)) {
        if (I->exc == V_NULL) {
            Value t = str_from_cstr(I, tname);
            /* str says it differently (CPython 3.11) */
            if (t != V_ERR) raise_fmt(I, T_TYPE_ERROR, tname[0] == 's' ? "%s indices must be integers, not '%T'"
                                                     : "%s indices must be integers or slices, not %T", t, key, 0);
        }
        return false;
    }
    if (i < 0) i += n;
    *out = i;
    return true;
}

MY_OUTLINE Value list_getitem(Interp *I, Value l, Value key) {
    int64_t n = list_len(I, l);
    if (is_type(I, key, T_SLICE)) {
        int64_t a, b, s, cnt;
        if (!slice_indices(I, key, n, &a, &b, &s, &cnt)) return V_ERR;
        Value r = list_new(I, (uint32_t)cnt);
        if (r == V_ERR) return r;
        for (int64_t k = 0; k < cnt; k++) list_set(I, r, (uint32_t)k, list_get(I, l, (uint32_t)(a + k * s)));
        set_fld(I, r, LIST_LEN, v_int(cnt));
        return r;
    }
    int64_t i;
    if (!seq_index(I, key, n, &i, "list")) return V_ERR;
    if (i < 0 || i >= n) return index_error(I, "list index out of range");
    return list_get(I, l, (uint32_t)i);
}

MY_OUTLINE Value tuple_getitem(Interp *I, Value t, Value key) {
    int64_t n = tuple_len(I, t);
    if (is_type(I, key, T_SLICE)) {
        int64_t a, b, s, cnt;
        if (!slice_indices(I, key, n, &a, &b, &s, &cnt)) return V_ERR;
        if (cnt == n && s == 1) return t;
        Value r = tuple_new(I, (uint32_t)cnt);
        if (r == V_ERR) return r;
        for (int64_t k = 0; k < cnt; k++) set_fld(I, r, 1 + (uint32_t)k, fld(I, t, 1 + (uint32_t)(a + k * s)));
        return r;
    }
    int64_t i;
    if (!seq_index(I, key, n, &i, "tuple")) return V_ERR;
    if (i < 0 || i >= n) return index_error(I, "tuple index out of range");
    return fld(I, t, 1 + (uint32_t)i);
}

MY_OUTLINE Value str_getitem(Interp *I, Value s, Value key) {
    int64_t n = str_nchars(I, s);
    if (is_type(I, key, T_SLICE)) {
        int64_t a, b, st_, cnt;
        if (!slice_indices(I, key, n, &a, &b, &st_, &cnt)) return V_ERR;
        if (st_ == 1) {
            uint32_t ba = str_offset_of(I, s, (uint32_t)a), bb = str_offset_of(I, s, (uint32_t)(a + cnt));
            return str_substr(I, s, ba, bb - ba);
        }
        StrBuf b2;
        sb_init(I, &b2, (uint32_t)cnt);
        for (int64_t k = 0; k < cnt; k++) {
            uint32_t p = str_offset_of(I, s, (uint32_t)(a + k * st_)), q = p;
            utf8_decode_at(I, s, &q);
            for (uint32_t j = p; j < q; j++) sb_putc(I, &b2, str_byte(I, s, j));
        }
        return sb_finish(I, &b2);
    }
    int64_t i;
    if (!seq_index(I, key, n, &i, "string")) return V_ERR;
    if (i < 0 || i >= n) return index_error(I, "string index out of range");
    return str_char_at(I, s, i);
}

MY_OUTLINE Value bytes_getitem(Interp *I, Value s, Value key) {
    int64_t n = str_nbytes(I, s);
    if (is_type(I, key, T_SLICE)) {
        int64_t a, b, st_, cnt;
        if (!slice_indices(I, key, n, &a, &b, &st_, &cnt)) return V_ERR;
        Value r = str_alloc(I, (uint32_t)cnt);
        if (r == V_ERR) return r;
        for (int64_t k = 0; k < cnt; k++) str_set_byte(I, r, (uint32_t)k, str_byte(I, s, (uint32_t)(a + k * st_)));
        Ref rr = v_as_ref(r);
        st(I, rr, HDR_MAKE(TYPE_REF(T_BYTES), hdr_size(I, rr), true));
        st(I, rr + STR_INFO, (uint64_t)cnt | ((uint64_t)cnt << 32));
        return r;
    }
    int64_t i;
    if (!seq_index(I, key, n, &i, "byte")) return V_ERR;
    if (i < 0 || i >= n) return index_error(I, "index out of range");
    return v_int(str_byte(I, s, (uint32_t)i));
}

MY_OUTLINE Value range_getitem(Interp *I, Value r, Value key) {
    int64_t n = v_as_int(fld(I, r, RANGE_LEN)), start = v_as_int(fld(I, r, RANGE_START)), step = v_as_int(fld(I, r, RANGE_STEP));
    if (is_type(I, key, T_SLICE)) {
        int64_t a, b, s, cnt;
        if (!slice_indices(I, key, n, &a, &b, &s, &cnt)) return V_ERR;
        Ref nr = obj_alloc(I, T_RANGE, RANGE_WORDS, false);
        if (!nr) return V_ERR;
        st(I, nr + RANGE_START, v_int(start + a * step));
        st(I, nr + RANGE_STOP, v_int(start + b * step));
        st(I, nr + RANGE_STEP, v_int(step * s));
        st(I, nr + RANGE_LEN, v_int(cnt));
        return v_obj(nr);
    }
    int64_t i;
    if (!seq_index(I, key, n, &i, "range")) return V_ERR;
    if (i < 0 || i >= n) return index_error(I, "range object index out of range");
    return v_int(start + i * step);
}

/* l[a:b:c] = iterable (only lists and tuples as sources here; others go through the prelude). */
MY_OUTLINE Value list_setitem(Interp *I, Value l, Value key, Value v) {
    int64_t n = list_len(I, l);
    if (is_type(I, key, T_SLICE)) {
        if (!is_type(I, v, T_LIST) && !is_type(I, v, T_TUPLE)) {
            Value t = tuple_pack3(I, l, key, v);
            if (t == V_ERR) return t;
            return prelude_tailcall(I, "_list_setslice", t);
        }
        bool vl = is_type(I, v, T_LIST);
        uint32_t m = vl ? list_len(I, v) : tuple_len(I, v);
        int64_t a, b, s, cnt;
        if (!slice_indices(I, key, n, &a, &b, &s, &cnt)) return V_ERR;
        /* copy the source first: it may be the list itself */
        Value src = tuple_from_values(I, m ? (vl ? v_as_ref(fld(I, v, LIST_ITEMS)) + 1 : v_as_ref(v) + 1) : 0, m);
        if (src == V_ERR) return src;
        if (s == 1) {
            if (b < a) b = a;
            int64_t newlen = n - (b - a) + m;
            Value items = array_new(I, (uint32_t)(newlen + 4));
            if (items == V_ERR) return items;
            uint32_t k = 0;
            for (int64_t i = 0; i < a; i++) st(I, v_as_ref(items) + 1 + k++, list_get(I, l, (uint32_t)i));
            for (uint32_t i = 0; i < m; i++) st(I, v_as_ref(items) + 1 + k++, fld(I, src, 1 + i));
            for (int64_t i = b; i < n; i++) st(I, v_as_ref(items) + 1 + k++, list_get(I, l, (uint32_t)i));
            set_fld(I, l, LIST_ITEMS, items);
            set_fld(I, l, LIST_LEN, v_int(newlen));
            return V_NONE;
        }
        if ((int64_t)m != cnt)
            return raise_fmt(I, T_VALUE_ERROR, "attempt to assign sequence of size %d to extended slice of size %d", v_int(m), v_int(cnt), 0);
        for (int64_t k = 0; k < cnt; k++) list_set(I, l, (uint32_t)(a + k * s), fld(I, src, 1 + (uint32_t)k));
        return V_NONE;
    }
    int64_t i;
    if (!seq_index(I, key, n, &i, "list")) return V_ERR;
    if (i < 0 || i >= n) return index_error(I, "list assignment index out of range");
    list_set(I, l, (uint32_t)i, v);
    return V_NONE;
}

MY_OUTLINE Value list_delitem(Interp *I, Value l, Value key) {
    int64_t n = list_len(I, l);
    if (is_type(I, key, T_SLICE)) {
        int64_t a, b, s, cnt;
        if (!slice_indices(I, key, n, &a, &b, &s, &cnt)) return V_ERR;
        if (cnt == 0) return V_NONE;
        if (s < 0) { a = a + (cnt - 1) * s; s = -s; }
        uint32_t w = 0;
        int64_t next_del = a, removed = 0;
        for (int64_t i = 0; i < n; i++) {
            if (removed < cnt && i == next_del) { removed++; next_del += s; continue; }
            list_set(I, l, w++, list_get(I, l, (uint32_t)i));
        }
        for (uint32_t i = w; i < (uint32_t)n; i++) list_set(I, l, i, V_NULL);
        set_fld(I, l, LIST_LEN, v_int(w));
        return V_NONE;
    }
    int64_t i;
    if (!seq_index(I, key, n, &i, "list")) return V_ERR;
    if (i < 0 || i >= n) return index_error(I, "list assignment index out of range");
    for (int64_t k = i; k + 1 < n; k++) list_set(I, l, (uint32_t)k, list_get(I, l, (uint32_t)(k + 1)));
    list_set(I, l, (uint32_t)(n - 1), V_NULL);
    set_fld(I, l, LIST_LEN, v_int(n - 1));
    return V_NONE;
}

MY_OUTLINE Value seq_concat(Interp *I, Value a, Value b) {
    TypeId k = kind_of(I, a);
    if (k == T_LIST) {
        uint32_t na = list_len(I, a), nb = list_len(I, b);
        Value r = list_new(I, na + nb);
        if (r == V_ERR) return r;
        for (uint32_t i = 0; i < na; i++) list_set(I, r, i, list_get(I, a, i));
        for (uint32_t i = 0; i < nb; i++) list_set(I, r, na + i, list_get(I, b, i));
        set_fld(I, r, LIST_LEN, v_int(na + nb));
        return r;
    }
    if (k == T_TUPLE) {
        uint32_t na = tuple_len(I, a), nb = tuple_len(I, b);
        if (nb == 0) return a;
        if (na == 0) return b;
        Value r = tuple_new(I, na + nb);
        if (r == V_ERR) return r;
        for (uint32_t i = 0; i < na; i++) set_fld(I, r, 1 + i, fld(I, a, 1 + i));
        for (uint32_t i = 0; i < nb; i++) set_fld(I, r, 1 + na + i, fld(I, b, 1 + i));
        return r;
    }
    /* bytes */
    uint32_t na = str_nbytes(I, a), nb = str_nbytes(I, b);
    Value r = str_alloc(I, na + nb);
    if (r == V_ERR) return r;
    for (uint32_t i = 0; i < na; i++) str_set_byte(I, r, i, str_byte(I, a, i));
    for (uint32_t i = 0; i < nb; i++) str_set_byte(I, r, na + i, str_byte(I, b, i));
    Ref rr = v_as_ref(r);
    st(I, rr, HDR_MAKE(TYPE_REF(T_BYTES), hdr_size(I, rr), true));
    st(I, rr + STR_INFO, (uint64_t)(na + nb) | ((uint64_t)(na + nb) << 32));
    return r;
}

MY_OUTLINE Value seq_repeat(Interp *I, Value seq, Value count) {
    int64_t n;
    if (!int_to_i64(I, count, &n)) return raise_msg(I, T_OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
    if (n < 0) n = 0;
    TypeId k = kind_of(I, seq);
    uint64_t len = k == T_LIST ? list_len(I, seq) : k == T_TUPLE ? tuple_len(I, seq) : str_nbytes(I, seq);
    if (len * (uint64_t)n > 0x7FFFFFFull) return raise_msg(I, T_MEMORY_ERROR, 0);
    uint32_t total = (uint32_t)(len * (uint64_t)n);
    if (k == T_LIST) {
        Value r = list_new(I, total);
        if (r == V_ERR) return r;
        for (uint32_t i = 0; i < total; i++) list_set(I, r, i, list_get(I, seq, i % (uint32_t)len));
        set_fld(I, r, LIST_LEN, v_int(total));
        return r;
    }
    if (k == T_TUPLE) {
        if (n == 1) return seq;
        Value r = tuple_new(I, total);
        if (r == V_ERR) return r;
        for (uint32_t i = 0; i < total; i++) set_fld(I, r, 1 + i, fld(I, seq, 1 + i % (uint32_t)len));
        return r;
    }
    if (total == 0 && k == T_STR) return image_root(I, ROOT_EMPTY_STR);
    Value r = str_alloc(I, total);
    if (r == V_ERR) return r;
    for (uint32_t i = 0; i < total; i++) str_set_byte(I, r, i, str_byte(I, seq, i % (uint32_t)len));
    if (k == T_STR) {
        mem_st(&I->H, v_as_ref(r) + STR_INFO, (uint64_t)total | ((uint64_t)(str_nchars(I, seq) * (uint64_t)n) << 32));
    } else {
        Ref rr = v_as_ref(r);
        st(I, rr, HDR_MAKE(TYPE_REF(T_BYTES), hdr_size(I, rr), true));
        st(I, rr + STR_INFO, (uint64_t)total | ((uint64_t)total << 32));
    }
    return r;
}

MY_OUTLINE Value set_binop(Interp *I, uint32_t op, Value a, Value b) {
    uint32_t bop = op & 0xFF;
    TypeId rt = kind_of(I, a);
    Value r = set_new(I, rt);
    if (r == V_ERR) return r;
    uint32_t pos = 0;
    Value k;
    if (bop == AST_OP_BITOR || bop == AST_OP_BITXOR) {
        while (set_next(I, a, &pos, &k)) {
            if (bop == AST_OP_BITXOR) { Value c = set_contains(I, b, k); if (c == V_ERR) return c; if (c == V_TRUE) continue; }
            if (set_add(I, r, k) == V_ERR) return V_ERR;
        }
        pos = 0;
        while (set_next(I, b, &pos, &k)) {
            if (bop == AST_OP_BITXOR) { Value c = set_contains(I, a, k); if (c == V_ERR) return c; if (c == V_TRUE) continue; }
            if (set_add(I, r, k) == V_ERR) return V_ERR;
        }
    } else {
        while (set_next(I, a, &pos, &k)) {
            Value c = set_contains(I, b, k);
            if (c == V_ERR) return c;
            if ((c == V_TRUE) == (bop == AST_OP_BITAND) && set_add(I, r, k) == V_ERR) return V_ERR;
        }
    }
    if (op & 0x100) {
        /* in place: the left set takes the result's table */
        for (int f = 1; f < SET_WORDS; f++) set_fld(I, a, (uint32_t)f, fld(I, r, (uint32_t)f));
        return a;
    }
    return r;
}

/* Byte offset of needle in hay at or after byte `from`, as a small int, or V_NULL. */
MY_OUTLINE Value str_find_sub(Interp *I, Value hay, Value needle, uint32_t from) {
    uint32_t n = str_nbytes(I, hay), m = str_nbytes(I, needle);
    if (m == 0) return from <= n ? v_int(from) : V_NULL;
    if (m > n) return V_NULL;
    uint32_t first = str_byte(I, needle, 0);
    for (uint32_t i = from; i + m <= n; i++) {
        if (str_byte(I, hay, i) != first) continue;
        uint32_t j = 1;
        while (j < m && str_byte(I, hay, i + j) == str_byte(I, needle, j)) j++;
        if (j == m) return v_int(i);
    }
    return V_NULL;
}

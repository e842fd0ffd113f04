/* dict.c: insertion-ordered hash tables (entries array plus an index once they grow), and hashing. */
#include "obj.h"
#include "vm.h"

#define DICT_SMALL 8          /* up to this many entries a dict is scanned and has no index */
#define IDX_EMPTY 0xFFFFFFFFu
#define IDX_DUMMY 0xFFFFFFFEu

/* hash(key) for the built-in hashable types. Tuples hash their items as CPython's xxHash-based
   tuple hash does, so equal tuples of equal numbers hash alike. Returns V_TRUE with *h set, or
   V_ERR (TypeError pending), or V_NULL when the key's class defines __hash__ in Python. */
MY_OUTLINE Value hash_of(Interp *I, Value key, int64_t *h) {
    if (v_is_int(key)) { *h = int_hash(I, key); return V_TRUE; }
    if (v_is_double(key)) {
        double d = v_as_double(key);
        *h = float_hash(d);
        return V_TRUE;
    }
    if (v_is_special(key)) {
        if (key == V_TRUE) *h = 1;
        else if (key == V_FALSE) *h = 0;
        else *h = (int64_t)(key & 0xFFFF) * 1000003 + 0x5A5A;
        return V_TRUE;
    }
    Ref t = hdr_type(I, v_as_ref(key));
    if (t == TYPE_REF(T_STR) || t == TYPE_REF(T_BYTES)) { *h = str_hash(I, key); return V_TRUE; }
    if (t == TYPE_REF(T_INT)) { *h = int_hash(I, key); return V_TRUE; }
    if (t == TYPE_REF(T_COMPLEX)) { *h = complex_hash(I, key); return V_TRUE; }
    if (t == TYPE_REF(T_TUPLE)) {
        /* an explicit stack would be needed for unbounded nesting; tuples nested this deep as keys
           do not occur, so bound it and report */
        uint32_t n = tuple_len(I, key);
        uint64_t acc = 0x27D4EB2F165667C5ull;
        for (uint32_t i = 0; i < n; i++) {
            int64_t ih;
            Value item = fld(I, key, 1 + i);
            Value r;
            if (v_is_obj(item) && hdr_type(I, v_as_ref(item)) == TYPE_REF(T_TUPLE)) {
                if (I->depth > 2000 || stack_low(I)) return raise_msg(I, T_RECURSION_ERROR, "maximum recursion depth exceeded");
                I->depth += 50;
                r = hash_of(I, item, &ih);
                I->depth -= 50;
            } else {
                r = hash_of(I, item, &ih);
            }
            if (r != V_TRUE) return r;
            acc += (uint64_t)ih * 0xC2B2AE3D27D4EB4Full;
            acc = (acc << 31) | (acc >> 33);
            acc *= 0x9E3779B185EBCA87ull;
        }
        acc += (uint64_t)n ^ (0x27D4EB2F165667C5ull ^ 3527539ull);
        if (acc == (uint64_t)-1) acc = 1546275796;
        *h = (int64_t)acc;
        return V_TRUE;
    }
    if (t == TYPE_REF(T_RANGE)) {
        /* as CPython: the hash of (len, start, step), with None for what does not matter */
        Value len = fld(I, key, RANGE_LEN), items[3] = { len, fld(I, key, RANGE_START), fld(I, key, RANGE_STEP) };
        if (len == v_int(0)) items[1] = items[2] = V_NONE;
        else if (len == v_int(1)) items[2] = V_NONE;
        uint64_t acc = 0x27D4EB2F165667C5ull;
        for (int i = 0; i < 3; i++) {
            int64_t ih;
            Value r = hash_of(I, items[i], &ih);
            if (r != V_TRUE) return r;
            acc += (uint64_t)ih * 0xC2B2AE3D27D4EB4Full;
            acc = (acc << 31) | (acc >> 33);
            acc *= 0x9E3779B185EBCA87ull;
        }
        acc += 3ull ^ (0x27D4EB2F165667C5ull ^ 3527539ull);
        *h = (int64_t)(acc == (uint64_t)-1 ? 1546275796 : acc);
        return V_TRUE;
    }
    if (t == TYPE_REF(T_FROZENSET)) {
        uint64_t acc = 0;
        uint32_t pos = 0;
        Value k;
        while (set_next(I, key, &pos, &k)) {
            int64_t ih;
            Value r = hash_of(I, k, &ih);
            if (r != V_TRUE) return r;
            uint64_t x = (uint64_t)ih;
            acc ^= ((x ^ (x << 16)) ^ 89869747ull) * 3644798167ull;
        }
        acc ^= ((uint64_t)set_len(I, key) + 1) * 1927868237ull;
        acc ^= (acc >> 11) ^ (acc >> 25);
        acc = acc * 69069u + 907133923u;
        *h = (int64_t)(acc == (uint64_t)-1 ? 590923713 : acc);
        return V_TRUE;
    }
    if (t == TYPE_REF(T_LIST) || t == TYPE_REF(T_DICT) || t == TYPE_REF(T_SET) || t == TYPE_REF(T_BYTEARRAY) || t == TYPE_REF(T_SLICE)) {
        return raise_fmt(I, T_TYPE_ERROR, "unhashable type: '%T'", key, 0, 0);
    }
    if (!type_is_builtin(t) || (v_as_int(ld(I, t + TYPE_FLAGS)) & TF_HAS_DUNDERS)) {
        Value hf = type_lookup_id(I, t, N___hash__);
        if (hf == V_NONE) return raise_fmt(I, T_TYPE_ERROR, "unhashable type: '%T'", key, 0, 0);
        if (hf != V_NULL && !is_type(I, hf, T_BUILTIN)) return V_NULL;
        if (is_boxed(I, key)) {
            /* a subclass of a built-in type without its own __hash__: the value's hash */
            Value in = box_inner(I, key);
            if (is_type(I, in, T_LIST) || is_type(I, in, T_DICT) || is_type(I, in, T_SET))
                return raise_fmt(I, T_TYPE_ERROR, "unhashable type: '%T'", key, 0, 0);
            return hash_of(I, in, h);
        }
        if (hf == V_NULL || is_type(I, hf, T_BUILTIN)) {
            /* a class that defines __eq__ but not __hash__ is unhashable */
            Value eq = type_lookup_id(I, t, N___eq__);
            if (eq != V_NULL && !is_type(I, eq, T_BUILTIN) && hf == V_NULL)
                return raise_fmt(I, T_TYPE_ERROR, "unhashable type: '%T'", key, 0, 0);
        }
    }
    /* identity hash, as object.__hash__ */
    uint64_t r = v_as_ref(key);
    *h = (int64_t)((r >> 1) | (r << 63)) & INT64_MAX;
    return V_TRUE;
}

/* Equality that needs no Python code. *known is false when a Python __eq__ would decide. */
MY_OUTLINE bool values_eq_simple(Interp *I, Value a, Value b, bool *known) {
    *known = true;
    if (a == b) return !(v_is_double(a) && v_as_double(a) != v_as_double(a));
    if (is_boxed(I, a) || is_boxed(I, b)) {
        /* a subclass of a built-in type compares as its value unless it has its own __eq__ */
        Value ea = is_boxed(I, a) ? type_lookup_id(I, hdr_type(I, v_as_ref(a)), N___eq__) : V_NULL;
        Value eb = is_boxed(I, b) ? type_lookup_id(I, hdr_type(I, v_as_ref(b)), N___eq__) : V_NULL;
        if ((ea != V_NULL && !is_type(I, ea, T_BUILTIN)) || (eb != V_NULL && !is_type(I, eb, T_BUILTIN))) { *known = false; return false; }
        return values_eq_simple(I, box_inner(I, a), box_inner(I, b), known);   /* one level */
    }
    if (is_complex(I, a) || is_complex(I, b)) {
        Value r = complex_eq(I, a, b);
        return r == V_TRUE;
    }
    bool an = v_is_int(a) || v_is_double(a) || v_is_bool(a) || is_bigint(I, a);
    bool bn = v_is_int(b) || v_is_double(b) || v_is_bool(b) || is_bigint(I, b);
    if (an || bn) {
        if (!(an && bn)) {
            if ((v_is_obj(a) && !type_is_builtin(hdr_type(I, v_as_ref(a)))) ||
                (v_is_obj(b) && !type_is_builtin(hdr_type(I, v_as_ref(b))))) *known = false;
            return false;
        }
        if (v_is_double(a) || v_is_double(b)) {
            double x, y;
            if (v_is_double(a) && v_is_double(b)) return v_as_double(a) == v_as_double(b);
            /* int vs float: compare exactly */
            Value iv = v_is_double(a) ? b : a;
            double f = v_is_double(a) ? v_as_double(a) : v_as_double(b);
            if (f != f || f - f != 0) return false;
            if (f != floor(f)) return false;
            bool ov;
            x = int_to_double(I, iv, &ov);
            if (ov) return false;
            y = f;
            if (x != y) return false;
            Value fi = int_from_double(I, f);
            if (fi == V_ERR) { *known = false; return false; }
            return int_cmp(I, iv, fi) == 0;
        }
        return int_cmp(I, a, b) == 0;
    }
    if (!v_is_obj(a) || !v_is_obj(b)) {
        if (v_is_obj(a) && !type_is_builtin(hdr_type(I, v_as_ref(a)))) *known = false;
        if (v_is_obj(b) && !type_is_builtin(hdr_type(I, v_as_ref(b)))) *known = false;
        return false;
    }
    Ref ta = hdr_type(I, v_as_ref(a)), tb = hdr_type(I, v_as_ref(b));
    if (ta == TYPE_REF(T_STR) && tb == TYPE_REF(T_STR)) return str_eq(I, a, b);
    if (ta == TYPE_REF(T_BYTES) && tb == TYPE_REF(T_BYTES)) return str_eq(I, a, b);
    if (!type_is_builtin(ta) || !type_is_builtin(tb)) {
        /* instances: identity unless a Python __eq__ exists */
        Value ea = type_lookup_id(I, ta, N___eq__), eb = type_lookup_id(I, tb, N___eq__);
        if ((ea != V_NULL && !is_type(I, ea, T_BUILTIN)) || (eb != V_NULL && !is_type(I, eb, T_BUILTIN)))
            *known = false;
        return false;
    }
    if (ta == TYPE_REF(T_TUPLE) && tb == TYPE_REF(T_TUPLE)) {
        uint32_t n = tuple_len(I, a);
        if (n != tuple_len(I, b)) return false;
        if (I->depth > 2000 || stack_low(I)) { *known = false; return false; }
        I->depth += 50;
        bool eq = true;
        for (uint32_t i = 0; i < n && eq; i++) {
            eq = values_eq_simple(I, fld(I, a, 1 + i), fld(I, b, 1 + i), known);
            if (!*known) break;
        }
        I->depth -= 50;
        return eq;
    }
    if ((ta == TYPE_REF(T_FROZENSET) || ta == TYPE_REF(T_SET)) && (tb == TYPE_REF(T_FROZENSET) || tb == TYPE_REF(T_SET))) {
        if (set_len(I, a) != set_len(I, b)) return false;
        uint32_t pos = 0;
        Value k;
        while (set_next(I, a, &pos, &k)) {
            Value r = set_contains(I, b, k);
            if (r != V_TRUE) { if (r == V_ERR) *known = false; return false; }
        }
        return true;
    }
    if (ta != tb) return false;
    if (ta == TYPE_REF(T_RANGE)) {
        /* equal as sequences: the same length, then the same start, then the same step */
        Value len = fld(I, a, RANGE_LEN);
        if (len != fld(I, b, RANGE_LEN)) return false;
        if (len == v_int(0)) return true;
        if (fld(I, a, RANGE_START) != fld(I, b, RANGE_START)) return false;
        return len == v_int(1) || fld(I, a, RANGE_STEP) == fld(I, b, RANGE_STEP);
    }
    if (ta == TYPE_REF(T_METHOD))   /* bound methods: the same function bound to the same object */
        return fld(I, a, METHOD_FUNC) == fld(I, b, METHOD_FUNC) && fld(I, a, METHOD_SELF) == fld(I, b, METHOD_SELF);
    if (ta == TYPE_REF(T_SLICE)) {
        for (int i = SLICE_START; i <= SLICE_STEP; i++)
            if (!values_eq_simple(I, fld(I, a, i), fld(I, b, i), known)) return false;
        return true;
    }
    if (ta == TYPE_REF(T_LIST) || ta == TYPE_REF(T_DICT)) *known = false;  /* deep compare is the VM's job */
    return false;
}

MY_FN Value dict_new(Interp *I) {
    Ref r = obj_alloc(I, T_DICT, DICT_WORDS, false);
    if (!r) return V_ERR;
    mem_st(&I->H, r + DICT_USED, v_int(0));
    mem_st(&I->H, r + DICT_NENTRIES, v_int(0));
    return v_obj(r);
}

MY_FN uint32_t dict_len(Interp *I, Value d) { return (uint32_t)v_as_int(fld(I, d, DICT_USED)); }

static MY_FN uint32_t dict_cap(Interp *I, Value d) {
    Value e = fld(I, d, DICT_ENTRIES);
    return e == V_NULL ? 0 : (hdr_size(I, v_as_ref(e)) - 1) / 2;
}

MY_INLINE uint64_t dict_hash_at(Interp *I, Value d, uint32_t i) {
    return mem_ld(&I->H, v_as_ref(fld(I, d, DICT_HASHES)) + 1 + i);
}

MY_INLINE uint32_t dict_idx_get(Interp *I, Value idx, uint32_t slot) {
    return mem_ld_u32(&I->H, v_as_ref(idx) + 1, slot);
}

/* Finds key: returns the entry index, -1 if absent, -2 if equality needs Python code. */
static MY_FN int64_t dict_find(Interp *I, Value d, Value key, int64_t h) {
    uint32_t n = (uint32_t)v_as_int(fld(I, d, DICT_NENTRIES));
    if (n == 0) return -1;
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES)) + 1;
    Value idx = fld(I, d, DICT_INDEX);
    if (idx == V_NULL) {
        /* identical keys first: names are interned, so attribute and global lookups end here */
        for (uint32_t i = 0; i < n; i++) if (mem_ld(&I->H, ent + 2 * i) == key) return i;
        Ref hs = v_as_ref(fld(I, d, DICT_HASHES)) + 1;
        bool key_is_str = is_str(I, key);
        for (uint32_t i = 0; i < n; i++) {
            Value k = mem_ld(&I->H, ent + 2 * i);
            if (k == V_NULL || (int64_t)mem_ld(&I->H, hs + i) != h) continue;
            if (key_is_str) { if (is_str(I, k) && str_eq(I, k, key)) return i; if (is_str(I, k)) continue; }
            bool known;
            bool eq = values_eq_simple(I, k, key, &known);
            if (!known) return -2;
            if (eq) return i;
        }
        return -1;
    }
    uint32_t nslots = (hdr_size(I, v_as_ref(idx)) - 1) * 2;
    uint32_t mask = nslots - 1;
    uint64_t perturb = (uint64_t)h;
    uint32_t i = (uint32_t)((uint64_t)h & mask);
    for (;;) {
        uint32_t slot = dict_idx_get(I, idx, i);
        if (slot == IDX_EMPTY) return -1;
        if (slot != IDX_DUMMY) {
            Value k = mem_ld(&I->H, ent + 2 * slot);
            if (k == key) return slot;
            if ((int64_t)mem_ld(&I->H, v_as_ref(fld(I, d, DICT_HASHES)) + 1 + slot) == h) {
                bool known;
                bool eq = values_eq_simple(I, k, key, &known);
                if (!known) return -2;
                if (eq) return slot;
            }
        }
        perturb >>= 5;
        i = (uint32_t)((i * 5u + 1u + perturb) & mask);
    }
}

static MY_FN Value dict_need_python(Interp *I) {
    return raise_msg(I, T_TYPE_ERROR, "dict keys with a Python __eq__ are not supported yet");
}

MY_OUTLINE Value dict_get_h(Interp *I, Value d, Value key, int64_t h) {
    int64_t i = dict_find(I, d, key, h);
    if (i == -2) return dict_need_python(I);
    if (i < 0) return V_NULL;
    return mem_ld(&I->H, v_as_ref(fld(I, d, DICT_ENTRIES)) + 2 + 2 * (uint32_t)i);
}

MY_FN Value dict_get(Interp *I, Value d, Value key) {
    int64_t h;
    Value r = hash_of(I, key, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return dict_need_python(I);
    return dict_get_h(I, d, key, h);
}

/* The entry index of str key `name`, or -1 when absent (for lookup caches). */
MY_FN int64_t dict_index_of_str(Interp *I, Value d, Value name) {
    int64_t i = dict_find(I, d, name, str_hash(I, name));
    return i < 0 ? -1 : i;
}

MY_FN Value dict_get_str(Interp *I, Value d, Value name) {
    return dict_get_h(I, d, name, str_hash(I, name));
}

static MY_FN void dict_idx_put(Interp *I, Value idx, uint32_t slot, uint32_t v) {
    mem_st_u32(&I->H, v_as_ref(idx) + 1, slot, v);
}

static MY_FN void dict_index_insert(Interp *I, Value idx, uint64_t h, uint32_t entry) {
    uint32_t nslots = (hdr_size(I, v_as_ref(idx)) - 1) * 2, mask = nslots - 1;
    uint64_t perturb = h;
    uint32_t i = (uint32_t)(h & mask);
    while (dict_idx_get(I, idx, i) != IDX_EMPTY && dict_idx_get(I, idx, i) != IDX_DUMMY) {
        perturb >>= 5;
        i = (uint32_t)((i * 5u + 1u + perturb) & mask);
    }
    dict_idx_put(I, idx, i, entry);
}

/* Rebuilds the dict with room for `need` live entries, dropping deleted ones. Allocates everything
   first so that running out of memory leaves the dict untouched. */
static MY_FN bool dict_resize(Interp *I, Value d, uint32_t need) {
    uint32_t cap = 4;
    while (cap < need) cap *= 2;
    Value ent = array_new(I, cap * 2);
    if (ent == V_ERR) return false;
    Value hs = raw_new(I, cap);
    if (hs == V_ERR) return false;
    Value idx = V_NULL;
    if (cap > DICT_SMALL) {
        uint32_t nslots = cap * 2;   /* load factor at most 1/2 */
        idx = raw_new(I, nslots / 2);
        if (idx == V_ERR) return false;
        for (uint32_t w = 0; w < nslots / 2; w++) mem_st(&I->H, v_as_ref(idx) + 1 + w, ~(uint64_t)0);
    }
    uint32_t n = (uint32_t)v_as_int(fld(I, d, DICT_NENTRIES)), j = 0;
    Value old = fld(I, d, DICT_ENTRIES);
    for (uint32_t i = 0; i < n; i++) {
        Value k = mem_ld(&I->H, v_as_ref(old) + 1 + 2 * i);
        if (k == V_NULL) continue;
        uint64_t h = dict_hash_at(I, d, i);
        mem_st(&I->H, v_as_ref(ent) + 1 + 2 * j, k);
        mem_st(&I->H, v_as_ref(ent) + 2 + 2 * j, mem_ld(&I->H, v_as_ref(old) + 2 + 2 * i));
        mem_st(&I->H, v_as_ref(hs) + 1 + j, h);
        if (idx != V_NULL) dict_index_insert(I, idx, h, j);
        j++;
    }
    set_fld(I, d, DICT_ENTRIES, ent);
    set_fld(I, d, DICT_HASHES, hs);
    set_fld(I, d, DICT_INDEX, idx);
    set_fld(I, d, DICT_NENTRIES, v_int(j));
    return true;
}

/* Appends key (known to be absent) with hash h. */
MY_FN Value dict_insert_new(Interp *I, Value d, Value key, int64_t h, Value val) {
    uint32_t n = (uint32_t)v_as_int(fld(I, d, DICT_NENTRIES));
    if (n >= dict_cap(I, d)) {
        if (!dict_resize(I, d, dict_len(I, d) * 2 + 1)) return V_ERR;
        n = (uint32_t)v_as_int(fld(I, d, DICT_NENTRIES));
    }
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES));
    mem_st(&I->H, ent + 1 + 2 * n, key);
    mem_st(&I->H, ent + 2 + 2 * n, val);
    mem_st(&I->H, v_as_ref(fld(I, d, DICT_HASHES)) + 1 + n, (uint64_t)h);
    Value idx = fld(I, d, DICT_INDEX);
    if (idx != V_NULL) dict_index_insert(I, idx, (uint64_t)h, n);
    set_fld(I, d, DICT_NENTRIES, v_int(n + 1));
    set_fld(I, d, DICT_USED, v_int(dict_len(I, d) + 1));
    return V_NONE;
}

/* Removes entry i (found by the caller). */
MY_FN void dict_delete_at(Interp *I, Value d, uint32_t i) {
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES));
    mem_st(&I->H, ent + 1 + 2 * i, V_NULL);
    mem_st(&I->H, ent + 2 + 2 * i, V_NULL);
    Value idx = fld(I, d, DICT_INDEX);
    if (idx != V_NULL) {
        uint32_t nslots = (hdr_size(I, v_as_ref(idx)) - 1) * 2;
        for (uint32_t s = 0; s < nslots; s++)
            if (dict_idx_get(I, idx, s) == i) { dict_idx_put(I, idx, s, IDX_DUMMY); break; }
    }
    set_fld(I, d, DICT_USED, v_int(dict_len(I, d) - 1));
}

MY_OUTLINE Value dict_set_h(Interp *I, Value d, Value key, int64_t h, Value val) {
    if (REF_IS_IMAGE(v_as_ref(d)) && I->ref_tag == 0)
        return raise_msg(I, T_TYPE_ERROR, "cannot modify a read-only namespace");
    int64_t i = dict_find(I, d, key, h);
    if (i == -2) return dict_need_python(I);
    if (i >= 0) {
        mem_st(&I->H, v_as_ref(fld(I, d, DICT_ENTRIES)) + 2 + 2 * (uint32_t)i, val);
        return V_NONE;
    }
    uint32_t n = (uint32_t)v_as_int(fld(I, d, DICT_NENTRIES));
    if (n >= dict_cap(I, d)) {
        if (!dict_resize(I, d, dict_len(I, d) * 2 + 1)) return V_ERR;
        n = (uint32_t)v_as_int(fld(I, d, DICT_NENTRIES));
    }
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES));
    mem_st(&I->H, ent + 1 + 2 * n, key);
    mem_st(&I->H, ent + 2 + 2 * n, val);
    mem_st(&I->H, v_as_ref(fld(I, d, DICT_HASHES)) + 1 + n, (uint64_t)h);
    Value idx = fld(I, d, DICT_INDEX);
    if (idx != V_NULL) dict_index_insert(I, idx, (uint64_t)h, n);
    set_fld(I, d, DICT_NENTRIES, v_int(n + 1));
    set_fld(I, d, DICT_USED, v_int(dict_len(I, d) + 1));
    return V_NONE;
}

MY_FN Value dict_set(Interp *I, Value d, Value key, Value val) {
    int64_t h;
    Value r = hash_of(I, key, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return dict_need_python(I);
    return dict_set_h(I, d, key, h, val);
}

MY_OUTLINE Value dict_del(Interp *I, Value d, Value key) {
    int64_t h;
    Value r = hash_of(I, key, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return dict_need_python(I);
    int64_t i = dict_find(I, d, key, h);
    if (i == -2) return dict_need_python(I);
    if (i < 0) return V_NULL;
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES));
    mem_st(&I->H, ent + 1 + 2 * (uint32_t)i, V_NULL);
    mem_st(&I->H, ent + 2 + 2 * (uint32_t)i, V_NULL);
    Value idx = fld(I, d, DICT_INDEX);
    if (idx != V_NULL) {
        uint32_t nslots = (hdr_size(I, v_as_ref(idx)) - 1) * 2;
        for (uint32_t s = 0; s < nslots; s++)
            if (dict_idx_get(I, idx, s) == (uint32_t)i) { dict_idx_put(I, idx, s, IDX_DUMMY); break; }
    }
    set_fld(I, d, DICT_USED, v_int(dict_len(I, d) - 1));
    return V_NONE;
}

/* Iterates live entries in insertion order; *pos starts at 0. */
MY_FN bool dict_next(Interp *I, Value d, uint32_t *pos, Value *k, Value *v) {
    uint32_t n = (uint32_t)v_as_int(fld(I, d, DICT_NENTRIES));
    if (n == 0) return false;
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES));
    while (*pos < n) {
        uint32_t i = (*pos)++;
        Value key = mem_ld(&I->H, ent + 1 + 2 * i);
        if (key == V_NULL) continue;
        *k = key;
        if (v) *v = mem_ld(&I->H, ent + 2 + 2 * i);
        return true;
    }
    return false;
}

MY_FN Value dict_copy(Interp *I, Value d) {
    Value c = dict_new(I);
    if (c == V_ERR) return c;
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(I, d, &pos, &k, &v)) {
        uint64_t h = dict_hash_at(I, d, pos - 1);
        if (dict_set_h(I, c, k, (int64_t)h, v) == V_ERR) return V_ERR;
    }
    return c;
}

/* ---- after a collection: identity hashes follow the objects that moved ---- */

/* Whether key's hash may derive from its address (object.__hash__, or a tuple or frozenset holding
   such an object): str, bytes and numbers hash by value. */
MY_FN bool hash_may_move(Interp *I, Value key) {
    if (!v_is_obj(key) || REF_IS_IMAGE(v_as_ref(key))) return false;
    Ref t = hdr_type(I, v_as_ref(key));
    return t != TYPE_REF(T_STR) && t != TYPE_REF(T_BYTES) && t != TYPE_REF(T_INT) && t != TYPE_REF(T_COMPLEX);
}

/* The hash of a key already in a table, now; false to keep the stored one (a Python __hash__). */
MY_FN bool hash_again(Interp *I, Value key, uint64_t *h) {
    int64_t nh;
    Value exc = I->exc;
    Value r = hash_of(I, key, &nh);
    if (r != V_TRUE) { I->exc = exc; I->need_gc = false; return false; }
    *h = (uint64_t)nh;
    return true;
}

/* The collector moved objects (gc.c): keys hashed by address get their new hash, and the index is
   rebuilt in place when one changed. The entries keep their order, so iteration is unaffected. */
MY_FN void dict_rehash_moved(Interp *I, Value d) {
    uint32_t n = (uint32_t)v_as_int(fld(I, d, DICT_NENTRIES));
    if (n == 0) return;
    Ref ent = v_as_ref(fld(I, d, DICT_ENTRIES)) + 1, hs = v_as_ref(fld(I, d, DICT_HASHES)) + 1;
    bool changed = false;
    for (uint32_t i = 0; i < n; i++) {
        Value k = mem_ld(&I->H, ent + 2 * i);
        uint64_t h;
        if (k == V_NULL || !hash_may_move(I, k) || !hash_again(I, k, &h)) continue;
        if (mem_ld(&I->H, hs + i) != h) { mem_st(&I->H, hs + i, h); changed = true; }
    }
    Value idx = fld(I, d, DICT_INDEX);
    if (!changed || idx == V_NULL) return;
    uint32_t words = hdr_size(I, v_as_ref(idx)) - 1;
    for (uint32_t w = 0; w < words; w++) mem_st(&I->H, v_as_ref(idx) + 1 + w, ~(uint64_t)0);
    for (uint32_t i = 0; i < n; i++)
        if (mem_ld(&I->H, ent + 2 * i) != V_NULL) dict_index_insert(I, idx, mem_ld(&I->H, hs + i), i);
}

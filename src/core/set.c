/* set.c: set and frozenset as open-addressing tables probed like CPython's, so iteration order matches. */
#include "obj.h"

#define SET_MINSIZE 8
#define SET_LINEAR_PROBES 9
#define SET_DUMMY V_MK(V_TAG_SPECIAL, 20)   /* a deleted slot */

MY_FN Value set_new(Interp *I, TypeId t) {
    Ref r = obj_alloc(I, t, SET_WORDS, false);
    if (!r) return V_ERR;
    mem_st(&I->H, r + SET_USED, v_int(0));
    mem_st(&I->H, r + SET_FILL, v_int(0));
    return v_obj(r);
}

MY_FN uint32_t set_len(Interp *I, Value s) { return (uint32_t)v_as_int(fld(I, s, SET_USED)); }

static MY_FN uint32_t set_slots(Interp *I, Value s) {
    Value k = fld(I, s, SET_KEYS);
    return k == V_NULL ? 0 : hdr_size(I, v_as_ref(k)) - 1;
}

/* Slot of key, or of the first free slot on its probe path. *found tells which. -2: needs Python. */
static MY_FN int64_t set_probe(Interp *I, Value s, Value key, int64_t h, bool *found) {
    Ref keys = v_as_ref(fld(I, s, SET_KEYS)) + 1, hs = v_as_ref(fld(I, s, SET_HASHES)) + 1;
    uint32_t mask = set_slots(I, s) - 1;
    uint64_t perturb = (uint64_t)h;
    uint32_t i = (uint32_t)((uint64_t)h & mask);
    int64_t freeslot = -1;
    *found = false;
    for (;;) {
        uint32_t probes = (i + SET_LINEAR_PROBES <= mask) ? SET_LINEAR_PROBES : 0;
        uint32_t j = i;
        for (;;) {
            Value k = mem_ld(&I->H, keys + j);
            if (k == V_NULL) return freeslot >= 0 ? freeslot : (int64_t)j;
            if (k == SET_DUMMY) { if (freeslot < 0) freeslot = j; }
            else if (k == key) { *found = true; return j; }
            else if ((int64_t)mem_ld(&I->H, hs + j) == h) {
                bool known;
                bool eq = values_eq_simple(I, k, key, &known);
                if (!known) return -2;
                if (eq) { *found = true; return j; }
            }
            if (probes-- == 0) break;
            j++;
        }
        perturb >>= 5;
        i = (uint32_t)((i * 5u + 1u + perturb) & mask);
    }
}

static MY_FN bool set_table_resize(Interp *I, Value s, uint32_t minused) {
    uint32_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    Value nk = array_new(I, newsize);
    if (nk == V_ERR) return false;
    /* one word past the hashes keeps set.pop()'s search finger (containers.c) across resizes */
    Value nh = raw_new(I, newsize + 1);
    if (nh == V_ERR) return false;
    Value ok = fld(I, s, SET_KEYS), oh = fld(I, s, SET_HASHES);
    uint32_t oslots = set_slots(I, s);
    if (oh != V_NULL && hdr_size(I, v_as_ref(oh)) - 1 > oslots) st(I, v_as_ref(nh) + 1 + newsize, ld(I, v_as_ref(oh) + 1 + oslots));
    set_fld(I, s, SET_KEYS, nk);
    set_fld(I, s, SET_HASHES, nh);
    uint32_t mask = newsize - 1, used = 0;
    for (uint32_t j = 0; j < oslots; j++) {
        Value k = ld(I, v_as_ref(ok) + 1 + j);
        if (k == V_NULL || k == SET_DUMMY) continue;
        int64_t h = (int64_t)ld(I, v_as_ref(oh) + 1 + j);
        uint64_t perturb = (uint64_t)h;
        uint32_t i = (uint32_t)((uint64_t)h & mask);
        for (;;) {
            uint32_t probes = (i + SET_LINEAR_PROBES <= mask) ? SET_LINEAR_PROBES : 0, jj = i;
            bool placed = false;
            for (;;) {
                if (ld(I, v_as_ref(nk) + 1 + jj) == V_NULL) { placed = true; break; }
                if (probes-- == 0) break;
                jj++;
            }
            if (placed) {
                st(I, v_as_ref(nk) + 1 + jj, k);
                st(I, v_as_ref(nh) + 1 + jj, (uint64_t)h);
                break;
            }
            perturb >>= 5;
            i = (uint32_t)((i * 5u + 1u + perturb) & mask);
        }
        used++;
    }
    set_fld(I, s, SET_USED, v_int(used));
    set_fld(I, s, SET_FILL, v_int(used));
    return true;
}

static MY_FN Value set_need_python(Interp *I) {
    return raise_msg(I, T_TYPE_ERROR, "set elements with a Python __eq__ are not supported yet");
}

MY_OUTLINE Value set_add(Interp *I, Value s, Value key) {
    int64_t h;
    Value r = hash_of(I, key, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return set_need_python(I);
    if (fld(I, s, SET_KEYS) == V_NULL && !set_table_resize(I, s, 0)) return V_ERR;
    uint32_t fill = (uint32_t)v_as_int(fld(I, s, SET_FILL)), mask = set_slots(I, s) - 1;
    bool found;
    int64_t j = set_probe(I, s, key, h, &found);
    if (j == -2) return set_need_python(I);
    if (found) return V_NONE;
    Ref keys = v_as_ref(fld(I, s, SET_KEYS)) + 1;
    bool was_empty = mem_ld(&I->H, keys + (uint32_t)j) == V_NULL;
    mem_st(&I->H, keys + (uint32_t)j, key);
    mem_st(&I->H, v_as_ref(fld(I, s, SET_HASHES)) + 1 + (uint32_t)j, (uint64_t)h);
    set_fld(I, s, SET_USED, v_int(set_len(I, s) + 1));
    if (!was_empty) return V_NONE;
    set_fld(I, s, SET_FILL, v_int(fill + 1));
    /* CPython inserts, then resizes when the table is 3/5 full. If the resize runs out of memory
       the set is still valid (only fuller), and the retried instruction finds the key present. */
    if ((fill + 1) * 5 < mask * 3) return V_NONE;
    uint32_t used = set_len(I, s);
    if (!set_table_resize(I, s, used > 50000 ? used * 2 : used * 4)) return V_ERR;
    return V_NONE;
}

/* Inserts key (known to be absent) with hash h, probing as for any new key. */
MY_FN Value set_insert_new(Interp *I, Value s, Value key, int64_t h) {
    if (fld(I, s, SET_KEYS) == V_NULL && !set_table_resize(I, s, 0)) return V_ERR;
    uint32_t mask = set_slots(I, s) - 1, fill = (uint32_t)v_as_int(fld(I, s, SET_FILL));
    Ref keys = v_as_ref(fld(I, s, SET_KEYS)) + 1;
    uint64_t perturb = (uint64_t)h;
    uint32_t i = (uint32_t)((uint64_t)h & mask);
    int64_t slot = -1;
    while (slot < 0) {
        uint32_t probes = (i + SET_LINEAR_PROBES <= mask) ? SET_LINEAR_PROBES : 0, j = i;
        for (;;) {
            Value k = mem_ld(&I->H, keys + j);
            if (k == V_NULL || k == SET_DUMMY) { slot = j; break; }
            if (probes-- == 0) break;
            j++;
        }
        perturb >>= 5;
        i = (uint32_t)((i * 5u + 1u + perturb) & mask);
    }
    bool was_empty = mem_ld(&I->H, keys + (uint32_t)slot) == V_NULL;
    mem_st(&I->H, keys + (uint32_t)slot, key);
    mem_st(&I->H, v_as_ref(fld(I, s, SET_HASHES)) + 1 + (uint32_t)slot, (uint64_t)h);
    set_fld(I, s, SET_USED, v_int(set_len(I, s) + 1));
    if (!was_empty) return V_NONE;
    set_fld(I, s, SET_FILL, v_int(fill + 1));
    if ((fill + 1) * 5 < mask * 3) return V_NONE;
    uint32_t used = set_len(I, s);
    if (!set_table_resize(I, s, used > 50000 ? used * 2 : used * 4)) return V_ERR;
    return V_NONE;
}

MY_FN void set_delete_at(Interp *I, Value s, uint32_t j) {
    st(I, v_as_ref(fld(I, s, SET_KEYS)) + 1 + j, SET_DUMMY);
    set_fld(I, s, SET_USED, v_int(set_len(I, s) - 1));
}

MY_FN Value set_contains(Interp *I, Value s, Value key) {
    int64_t h;
    Value r = hash_of(I, key, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return set_need_python(I);
    if (fld(I, s, SET_KEYS) == V_NULL) return V_FALSE;
    bool found;
    int64_t j = set_probe(I, s, key, h, &found);
    if (j == -2) return set_need_python(I);
    return v_bool(found);
}

MY_FN Value set_discard(Interp *I, Value s, Value key) {
    int64_t h;
    Value r = hash_of(I, key, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) return set_need_python(I);
    if (fld(I, s, SET_KEYS) == V_NULL) return V_FALSE;
    bool found;
    int64_t j = set_probe(I, s, key, h, &found);
    if (j == -2) return set_need_python(I);
    if (!found) return V_FALSE;
    st(I, v_as_ref(fld(I, s, SET_KEYS)) + 1 + (uint32_t)j, SET_DUMMY);
    set_fld(I, s, SET_USED, v_int(set_len(I, s) - 1));
    return V_TRUE;
}

MY_FN bool set_next(Interp *I, Value s, uint32_t *pos, Value *k) {
    uint32_t n = set_slots(I, s);
    if (n == 0) return false;
    Ref keys = v_as_ref(fld(I, s, SET_KEYS)) + 1;
    while (*pos < n) {
        Value key = mem_ld(&I->H, keys + (*pos)++);
        if (key != V_NULL && key != SET_DUMMY) { *k = key; return true; }
    }
    return false;
}

/* ---- after a collection: identity hashes follow the objects that moved ---- */
MY_FN bool hash_may_move(Interp *I, Value key);
MY_FN bool hash_again(Interp *I, Value key, uint64_t *h);

/* The collector moved objects (gc.c): when a key hashed by address has a new hash, the table is
   rebuilt in place, using `scratch` (free heap words past the allocation top, at least twice the
   slot count) to hold the old contents; without room the table keeps its stale hashes. */
MY_FN void set_rehash_moved(Interp *I, Value s, Ref scratch, uint32_t scratch_words) {
    uint32_t slots = set_slots(I, s);
    if (slots == 0) return;
    Ref keys = v_as_ref(fld(I, s, SET_KEYS)) + 1, hs = v_as_ref(fld(I, s, SET_HASHES)) + 1;
    bool changed = false;
    for (uint32_t j = 0; j < slots && !changed; j++) {
        Value k = mem_ld(&I->H, keys + j);
        uint64_t h;
        if (k == V_NULL || k == SET_DUMMY || !hash_may_move(I, k) || !hash_again(I, k, &h)) continue;
        if (mem_ld(&I->H, hs + j) != h) changed = true;
    }
    if (!changed || scratch_words < 2 * slots) return;
    for (uint32_t j = 0; j < slots; j++) {
        Value k = mem_ld(&I->H, keys + j);
        uint64_t h = mem_ld(&I->H, hs + j);
        if (k != V_NULL && k != SET_DUMMY && hash_may_move(I, k)) hash_again(I, k, &h);
        mem_st(&I->H, scratch + 2 * j, k);
        mem_st(&I->H, scratch + 2 * j + 1, h);
        mem_st(&I->H, keys + j, V_NULL);
    }
    uint32_t mask = slots - 1, used = 0;
    for (uint32_t j = 0; j < slots; j++) {
        Value k = mem_ld(&I->H, scratch + 2 * j);
        if (k == V_NULL || k == SET_DUMMY) continue;
        uint64_t h = mem_ld(&I->H, scratch + 2 * j + 1), perturb = h;
        uint32_t i = (uint32_t)(h & mask);
        for (;;) {
            uint32_t probes = (i + SET_LINEAR_PROBES <= mask) ? SET_LINEAR_PROBES : 0, jj = i;
            bool placed = false;
            for (;;) {
                if (mem_ld(&I->H, keys + jj) == V_NULL) { placed = true; break; }
                if (probes-- == 0) break;
                jj++;
            }
            if (placed) { mem_st(&I->H, keys + jj, k); mem_st(&I->H, hs + jj, h); break; }
            perturb >>= 5;
            i = (uint32_t)((i * 5u + 1u + perturb) & mask);
        }
        used++;
    }
    set_fld(I, s, SET_FILL, v_int(used));
}

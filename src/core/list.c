/* list.c: the list object core: a length and an item array that grows by about 1/8 plus a little. */
#include "obj.h"

MY_FN Value list_new(Interp *I, uint32_t cap) {
    Ref r = obj_alloc(I, T_LIST, LIST_WORDS, false);
    if (!r) return V_ERR;
    mem_st(&I->H, r + LIST_LEN, v_int(0));
    if (cap) {
        Value a = array_new(I, cap);
        if (a == V_ERR) return V_ERR;
        mem_st(&I->H, r + LIST_ITEMS, a);
    }
    return v_obj(r);
}

MY_FN uint32_t list_len(Interp *I, Value l) { return (uint32_t)v_as_int(fld(I, l, LIST_LEN)); }
MY_FN Value list_get(Interp *I, Value l, uint32_t i) { return ld(I, v_as_ref(fld(I, l, LIST_ITEMS)) + 1 + i); }
MY_FN void list_set(Interp *I, Value l, uint32_t i, Value v) { st(I, v_as_ref(fld(I, l, LIST_ITEMS)) + 1 + i, v); }

MY_FN uint32_t list_cap(Interp *I, Value l) {
    Value a = fld(I, l, LIST_ITEMS);
    return a == V_NULL ? 0 : hdr_size(I, v_as_ref(a)) - 1;
}

/* Makes room for `need` items; the list is unchanged if memory runs out. */
MY_FN bool list_reserve(Interp *I, Value l, uint32_t need) {
    uint32_t cap = list_cap(I, l);
    if (need <= cap) return true;
    uint32_t ncap = need + (need >> 3) + (need < 9 ? 3 : 6);
    Value a = array_new(I, ncap);
    if (a == V_ERR) return false;
    uint32_t n = list_len(I, l);
    Value old = fld(I, l, LIST_ITEMS);
    for (uint32_t i = 0; i < n; i++) st(I, v_as_ref(a) + 1 + i, ld(I, v_as_ref(old) + 1 + i));
    set_fld(I, l, LIST_ITEMS, a);
    return true;
}

MY_OUTLINE bool list_append(Interp *I, Value l, Value v) {
    uint32_t n = list_len(I, l);
    if (!list_reserve(I, l, n + 1)) return false;
    list_set(I, l, n, v);
    set_fld(I, l, LIST_LEN, v_int(n + 1));
    return true;
}

MY_OUTLINE Value list_from_values(Interp *I, Ref from, uint32_t n) {
    Value l = list_new(I, n);
    if (l == V_ERR) return l;
    for (uint32_t i = 0; i < n; i++) list_set(I, l, i, ld(I, from + i));
    set_fld(I, l, LIST_LEN, v_int(n));
    return l;
}

MY_FN Value list_to_tuple(Interp *I, Value l) {
    uint32_t n = list_len(I, l);
    if (n == 0) return tuple_new(I, 0);
    return tuple_from_values(I, v_as_ref(fld(I, l, LIST_ITEMS)) + 1, n);
}

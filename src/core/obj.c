/* obj.c: allocation and the small object kinds (tuples, arrays, cells, bound methods), type checks. */
#include "obj.h"

MY_FN Value err_nomem(Interp *I) {
    I->need_gc = true;
    I->exc = I->memerr;
    return V_ERR;
}

/* Bump allocation from the object region; the frame stack is the ceiling. Never collects. */
MY_FN Ref obj_alloc_typed(Interp *I, Ref type, uint32_t words, bool raw) {
    /* the reserve is an eighth of a small heap, so that tiny heaps (the GPU's millions) still work */
    uint64_t reserve = I->emergency || I->ref_tag ? 0 : I->H.heap_words / 8 < HEAP_RESERVE_WORDS ? I->H.heap_words / 8 : HEAP_RESERVE_WORDS;
    if (words < 1 || words > HDR_SIZE_MASK || (uint64_t)I->top + words + reserve > (uint64_t)I->fsp) {
        err_nomem(I);
        return 0;
    }
    Ref r = I->top;
    I->top += words;
    mem_st(&I->H, r, HDR_MAKE(type, words, raw));
    if (!raw)
        for (uint32_t i = 1; i < words; i++) mem_st(&I->H, r + i, V_NULL);
    return r | I->ref_tag;
}

MY_FN Ref obj_alloc(Interp *I, TypeId t, uint32_t words, bool raw) {
    return obj_alloc_typed(I, TYPE_REF(t), words, raw);
}

MY_FN Value empty_tuple(Interp *I) { return image_root(I, ROOT_EMPTY_TUPLE); }

MY_FN Value tuple_new(Interp *I, uint32_t n) {
    if (n == 0 && I->ref_tag == 0) return empty_tuple(I);
    Ref r = obj_alloc(I, T_TUPLE, n + 1, false);
    if (!r) return V_ERR;
    for (uint32_t i = 1; i <= n; i++) mem_st(&I->H, r + i, V_NONE);
    return v_obj(r);
}

MY_FN uint32_t tuple_len(Interp *I, Value t) { return hdr_size(I, v_as_ref(t)) - 1; }

MY_FN Value tuple_pack2(Interp *I, Value a, Value b) {
    Value t = tuple_new(I, 2);
    if (t == V_ERR) return t;
    set_fld(I, t, 1, a);
    set_fld(I, t, 2, b);
    return t;
}

MY_FN Value tuple_pack3(Interp *I, Value a, Value b, Value c) {
    Value t = tuple_new(I, 3);
    if (t == V_ERR) return t;
    set_fld(I, t, 1, a);
    set_fld(I, t, 2, b);
    set_fld(I, t, 3, c);
    return t;
}

MY_OUTLINE Value tuple_from_values(Interp *I, Ref from, uint32_t n) {
    Value t = tuple_new(I, n);
    if (t == V_ERR) return t;
    for (uint32_t i = 0; i < n; i++) set_fld(I, t, 1 + i, ld(I, from + i));
    return t;
}

MY_FN Value array_new(Interp *I, uint32_t cap) {
    Ref r = obj_alloc(I, T_ARRAY, cap + 1, false);
    return r ? v_obj(r) : V_ERR;
}

MY_FN Value raw_new(Interp *I, uint32_t words) {
    Ref r = obj_alloc(I, T_RAW, words + 1, true);
    if (!r) return V_ERR;
    for (uint32_t i = 1; i <= words; i++) mem_st(&I->H, r + i, 0);
    return v_obj(r);
}

MY_OUTLINE Value cell_new(Interp *I, Value v) {
    Ref r = obj_alloc(I, T_CELL, CELL_WORDS, false);
    if (!r) return V_ERR;
    mem_st(&I->H, r + CELL_VALUE, v);
    return v_obj(r);
}

MY_OUTLINE Value method_new(Interp *I, Value func, Value self) {
    Ref r = obj_alloc(I, T_METHOD, METHOD_WORDS, false);
    if (!r) return V_ERR;
    mem_st(&I->H, r + METHOD_FUNC, func);
    mem_st(&I->H, r + METHOD_SELF, self);
    return v_obj(r);
}

MY_OUTLINE bool is_subtype(Interp *I, Ref t, Ref base) {
    if (t == base || base == TYPE_REF(T_OBJECT)) return true;
    Value mro = ld(I, t + TYPE_MRO);
    if (!v_is_obj(mro)) return false;
    uint32_t n = tuple_len(I, mro);
    for (uint32_t i = 0; i < n; i++)
        if (v_as_ref(fld(I, mro, 1 + i)) == base) return true;
    return false;
}

MY_FN bool isinstance_of(Interp *I, Value v, TypeId base) {
    return is_subtype(I, type_of(I, v), TYPE_REF(base));
}

MY_FN Value type_name_v(Interp *I, Ref type) { return ld(I, type + TYPE_NAME); }

MY_CONST char *const obj_kind_names[] = {
#define TYPE_NAME_ITEM(id, name, base) name,
    BUILTIN_TYPES(TYPE_NAME_ITEM)
#undef TYPE_NAME_ITEM
};

MY_FN const char *kind_name(TypeId t) { return obj_kind_names[t]; }

/* pyhash.c: dict and set operations on keys whose hash and equality are Python code. The prelude
   computes hash(key) and compares candidates with ==; these natives do the table work. */
#include "vm.h"
#include "natives.h"

/* A key whose class defines __hash__ in Python: the C tables cannot hash or compare it alone. */
MY_FN bool key_needs_python(Interp *I, Value key) {
    if (!v_is_obj(key)) return false;
    Ref t = hdr_type(I, v_as_ref(key));
    if (type_is_builtin(t)) return false;
    Value h = type_lookup_id(I, t, N___hash__);
    return h != V_NULL && h != V_NONE && !is_type(I, h, T_BUILTIN);
}

static MY_FN bool table_is_set(Interp *I, Value c) { return is_type(I, c, T_SET) || is_type(I, c, T_FROZENSET); }

static MY_FN bool table_hash_arg(Interp *I, Value hv, int64_t *h) {
    if (!is_int_value(I, hv)) { raise_msg(I, T_TYPE_ERROR, "__hash__ method should return an integer"); return false; }
    *h = int_hash(I, hv);
    return true;
}

/* Indices (dict entries or set slots) whose key is live and whose stored hash equals h. */
NATIVE(my_hash_candidates) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    Value c = ARG(0);
    int64_t h;
    if (!table_hash_arg(I, ARG(1), &h)) return V_ERR;
    Value out = list_new(I, 0);
    if (out == V_ERR) return out;
    bool isset = table_is_set(I, c);
    Value keys = fld(I, c, isset ? SET_KEYS : DICT_ENTRIES);
    Value hashes = fld(I, c, isset ? SET_HASHES : DICT_HASHES);
    if (keys == V_NULL) return out;
    uint32_t n = isset ? hdr_size(I, v_as_ref(keys)) - 1 : (uint32_t)v_as_int(fld(I, c, DICT_NENTRIES));
    for (uint32_t i = 0; i < n; i++) {
        Value k = ld(I, v_as_ref(keys) + 1 + (isset ? i : 2 * i));
        if (k == V_NULL || (isset && v_is_special(k))) continue;
        if ((int64_t)ld(I, v_as_ref(hashes) + 1 + i) != h) continue;
        if (!list_append(I, out, v_int(i))) return V_ERR;
    }
    return out;
}

NATIVE(my_key_at) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    Value c = ARG(0);
    int64_t i = v_as_int(ARG(1));
    if (table_is_set(I, c)) return ld(I, v_as_ref(fld(I, c, SET_KEYS)) + 1 + (uint32_t)i);
    return ld(I, v_as_ref(fld(I, c, DICT_ENTRIES)) + 1 + 2 * (uint32_t)i);
}

NATIVE(my_value_at) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    return ld(I, v_as_ref(fld(I, ARG(0), DICT_ENTRIES)) + 2 + 2 * (uint32_t)v_as_int(ARG(1)));
}

NATIVE(my_set_value_at) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    st(I, v_as_ref(fld(I, ARG(0), DICT_ENTRIES)) + 2 + 2 * (uint32_t)v_as_int(ARG(1)), ARG(2));
    return V_NONE;
}

MY_FN Value dict_insert_new(Interp *I, Value d, Value key, int64_t h, Value val);
MY_FN Value set_insert_new(Interp *I, Value s, Value key, int64_t h);
MY_FN void dict_delete_at(Interp *I, Value d, uint32_t i);
MY_FN void set_delete_at(Interp *I, Value s, uint32_t j);

/* Inserts a key known to be absent, with its Python-computed hash. */
NATIVE(my_insert_new) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    Value c = ARG(0);
    int64_t h;
    if (!table_hash_arg(I, ARG(2), &h)) return V_ERR;
    if (table_is_set(I, c)) return set_insert_new(I, c, ARG(1), h);
    return dict_insert_new(I, c, ARG(1), h, ARG(3));
}

NATIVE(my_delete_at) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    Value c = ARG(0);
    if (table_is_set(I, c)) set_delete_at(I, c, (uint32_t)v_as_int(ARG(1)));
    else dict_delete_at(I, c, (uint32_t)v_as_int(ARG(1)));
    return V_NONE;
}

NATIVE(my_view_dict) { MY_UNUSED(nargs); MY_UNUSED(kwnames); return fld(I, ARG(0), VIEW_DICT); }

/* nat_containers.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_CONTAINERS_H
#define MY_NAT_CONTAINERS_H

/* the set-like operators and comparisons of dict_keys and dict_items (P: the C name prefix) */
#define CONTAINERS_VIEW_NATIVES(X, T, P) \
    X(T, NK_METHOD, "isdisjoint", P##_isdisjoint_m) X(T, NK_METHOD, "__reversed__", P##_reversed_m) \
    X(T, NK_METHOD, "__and__", P##_and_m) X(T, NK_METHOD, "__rand__", P##_rand_m) \
    X(T, NK_METHOD, "__or__", P##_or_m) X(T, NK_METHOD, "__ror__", P##_ror_m) \
    X(T, NK_METHOD, "__sub__", P##_sub_m) X(T, NK_METHOD, "__rsub__", P##_rsub_m) \
    X(T, NK_METHOD, "__xor__", P##_xor_m) X(T, NK_METHOD, "__rxor__", P##_rxor_m) \
    X(T, NK_METHOD, "__eq__", P##_eq_m) X(T, NK_METHOD, "__ne__", P##_ne_m) \
    X(T, NK_METHOD, "__lt__", P##_lt_m) X(T, NK_METHOD, "__le__", P##_le_m) \
    X(T, NK_METHOD, "__gt__", P##_gt_m) X(T, NK_METHOD, "__ge__", P##_ge_m) \
    X(T, NK_METHOD, "__len__", obj_len) X(T, NK_METHOD, "__iter__", obj_iter) \
    X(T, NK_METHOD, "__contains__", P##_contains_m)

#define CONTAINERS_NATIVES(X) \
    X(T_LIST, NK_METHOD, "append", list_append_m) \
    X(T_LIST, NK_METHOD, "extend", list_extend_m) \
    X(T_LIST, NK_METHOD, "insert", list_insert_m) \
    X(T_LIST, NK_METHOD, "pop", list_pop_m) \
    X(T_LIST, NK_METHOD, "remove", list_remove_m) \
    X(T_LIST, NK_METHOD, "index", list_index_m) \
    X(T_LIST, NK_METHOD, "count", list_count_m) \
    X(T_LIST, NK_METHOD, "sort", list_sort_m) \
    X(T_LIST, NK_METHOD, "reverse", list_reverse_m) \
    X(T_LIST, NK_METHOD, "copy", list_copy_m) \
    X(T_LIST, NK_METHOD, "clear", list_clear_m) \
    X(T_LIST, NK_METHOD, "__reversed__", list_reversed_m) \
    X(T_TUPLE, NK_METHOD, "index", tuple_index_m) \
    X(T_TUPLE, NK_METHOD, "count", tuple_count_m) \
    X(T_DICT, NK_METHOD, "get", dict_get_m) \
    X(T_DICT, NK_METHOD, "setdefault", dict_setdefault_m) \
    X(T_DICT, NK_METHOD, "pop", dict_pop_m) \
    X(T_DICT, NK_METHOD, "popitem", dict_popitem_m) \
    X(T_DICT, NK_METHOD, "keys", dict_keys_m) \
    X(T_DICT, NK_METHOD, "values", dict_values_m) \
    X(T_DICT, NK_METHOD, "items", dict_items_m) \
    X(T_DICT, NK_METHOD, "update", dict_update_m) \
    X(T_DICT, NK_METHOD, "copy", dict_copy_m) \
    X(T_DICT, NK_METHOD, "clear", dict_clear_m) \
    X(T_DICT, NK_CLASSMETHOD, "fromkeys", dict_fromkeys_m) \
    X(T_DICT, NK_METHOD, "__reversed__", dict_reversed_m) \
    X(T_SET, NK_METHOD, "add", set_add_m) \
    X(T_SET, NK_METHOD, "discard", set_discard_m) \
    X(T_SET, NK_METHOD, "remove", set_remove_m) \
    X(T_SET, NK_METHOD, "pop", set_pop_m) \
    X(T_SET, NK_METHOD, "clear", set_clear_m) \
    X(T_SET, NK_METHOD, "copy", set_copy_m) \
    X(T_SET, NK_METHOD, "update", set_update_m) \
    X(T_SET, NK_METHOD, "union", set_union_m) \
    X(T_SET, NK_METHOD, "intersection", set_intersection_m) \
    X(T_SET, NK_METHOD, "intersection_update", set_intersection_update_m) \
    X(T_SET, NK_METHOD, "difference", set_difference_m) \
    X(T_SET, NK_METHOD, "difference_update", set_difference_update_m) \
    X(T_SET, NK_METHOD, "symmetric_difference", set_symmetric_difference_m) \
    X(T_SET, NK_METHOD, "symmetric_difference_update", set_symmetric_difference_update_m) \
    X(T_SET, NK_METHOD, "issubset", set_issubset_m) \
    X(T_SET, NK_METHOD, "issuperset", set_issuperset_m) \
    X(T_SET, NK_METHOD, "isdisjoint", set_isdisjoint_m) \
    X(T_FROZENSET, NK_METHOD, "copy", frozenset_copy_m) \
    X(T_FROZENSET, NK_METHOD, "union", frozenset_union_m) \
    X(T_FROZENSET, NK_METHOD, "intersection", frozenset_intersection_m) \
    X(T_FROZENSET, NK_METHOD, "difference", frozenset_difference_m) \
    X(T_FROZENSET, NK_METHOD, "symmetric_difference", frozenset_symmetric_difference_m) \
    X(T_FROZENSET, NK_METHOD, "issubset", frozenset_issubset_m) \
    X(T_FROZENSET, NK_METHOD, "issuperset", frozenset_issuperset_m) \
    X(T_FROZENSET, NK_METHOD, "isdisjoint", frozenset_isdisjoint_m) \
    X(T_FROZENSET, NK_METHOD, "__iter__", obj_iter) \
    X(T_FROZENSET, NK_METHOD, "__len__", obj_len) \
    X(T_FROZENSET, NK_METHOD, "__contains__", obj_contains) \
    X(T_FROZENSET, NK_METHOD, "__hash__", dun_hash) \
    X(T_FROZENSET, NK_METHOD, "__eq__", frozenset_eq_m) X(T_FROZENSET, NK_METHOD, "__ne__", frozenset_ne_m) \
    X(T_FROZENSET, NK_METHOD, "__le__", frozenset_le_m) X(T_FROZENSET, NK_METHOD, "__lt__", frozenset_lt_m) \
    X(T_FROZENSET, NK_METHOD, "__ge__", frozenset_ge_m) X(T_FROZENSET, NK_METHOD, "__gt__", frozenset_gt_m) \
    X(T_FROZENSET, NK_METHOD, "__or__", dun_or) X(T_FROZENSET, NK_METHOD, "__and__", dun_and) \
    X(T_FROZENSET, NK_METHOD, "__xor__", dun_xor) X(T_FROZENSET, NK_METHOD, "__sub__", dun_sub) \
    X(T_FROZENSET, NK_METHOD, "__ror__", dun_ror) X(T_FROZENSET, NK_METHOD, "__rand__", dun_rand) \
    X(T_FROZENSET, NK_METHOD, "__rxor__", dun_rxor) X(T_FROZENSET, NK_METHOD, "__rsub__", dun_rsub) \
    CONTAINERS_VIEW_NATIVES(X, T_DICT_KEYS, dkeys) \
    CONTAINERS_VIEW_NATIVES(X, T_DICT_ITEMS, ditems) \
    X(T_DICT_VALUES, NK_METHOD, "__reversed__", dvalues_reversed_m) \
    X(T_DICT_VALUES, NK_METHOD, "__len__", obj_len) \
    X(T_DICT_VALUES, NK_METHOD, "__iter__", obj_iter) \
    X(MOD_INTERNAL, NK_FUNCTION, "cont_sort_by", cont_sort_by_f)

#endif

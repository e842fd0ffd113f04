/* nat_subclass.h: the natives of subclass.c, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_SUBCLASS_H
#define MY_NAT_SUBCLASS_H

#define SUBCLASS_NATIVES(X) \
    X(MOD_INTERNAL, NK_FUNCTION, "type_new", my_type_new) \
    X(MOD_INTERNAL, NK_FUNCTION, "box_base", my_box_base) \
    X(MOD_INTERNAL, NK_FUNCTION, "box", my_box) \
    X(MOD_INTERNAL, NK_FUNCTION, "caller_globals", my_caller_globals) \
    X(T_INT, NK_STATIC, "__new__", box_new_int) X(T_FLOAT, NK_STATIC, "__new__", box_new_float) \
    X(T_COMPLEX, NK_STATIC, "__new__", box_new_complex) X(T_STR, NK_STATIC, "__new__", box_new_str) \
    X(T_BYTES, NK_STATIC, "__new__", box_new_bytes) X(T_TUPLE, NK_STATIC, "__new__", box_new_tuple) \
    X(T_FROZENSET, NK_STATIC, "__new__", box_new_frozenset) X(T_LIST, NK_STATIC, "__new__", box_new_list) \
    X(T_DICT, NK_STATIC, "__new__", box_new_dict) X(T_SET, NK_STATIC, "__new__", box_new_set) \
    X(T_LIST, NK_METHOD, "__init__", list_init_m) X(T_DICT, NK_METHOD, "__init__", dict_init_m) \
    X(T_SET, NK_METHOD, "__init__", set_init_m)

#endif

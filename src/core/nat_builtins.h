/* nat_builtins.h: natives of builtins.c: the builtins module, object, type, BaseException, _myriad. */
#ifndef MY_NAT_BUILTINS_H
#define MY_NAT_BUILTINS_H

/* dunder wrappers of the operators, installed on the built-in types whose instances support them,
   so that Python code (the prelude's _binop) finds int.__add__ and friends */
#define OPERATOR_DUNDERS(X, T, P) \
    X(T, NK_METHOD, "__add__", P##_add) X(T, NK_METHOD, "__radd__", P##_radd) \
    X(T, NK_METHOD, "__mul__", P##_mul) X(T, NK_METHOD, "__rmul__", P##_rmul) \
    X(T, NK_METHOD, "__mod__", P##_mod) X(T, NK_METHOD, "__rmod__", P##_rmod) \
    X(T, NK_METHOD, "__eq__", P##_eq) X(T, NK_METHOD, "__ne__", P##_ne) X(T, NK_METHOD, "__lt__", P##_lt) \
    X(T, NK_METHOD, "__le__", P##_le) X(T, NK_METHOD, "__gt__", P##_gt) X(T, NK_METHOD, "__ge__", P##_ge)
#define NUMBER_DUNDERS(X, T, P) \
    X(T, NK_METHOD, "__sub__", P##_sub) X(T, NK_METHOD, "__rsub__", P##_rsub) \
    X(T, NK_METHOD, "__truediv__", P##_truediv) X(T, NK_METHOD, "__rtruediv__", P##_rtruediv) \
    X(T, NK_METHOD, "__floordiv__", P##_floordiv) X(T, NK_METHOD, "__rfloordiv__", P##_rfloordiv) \
    X(T, NK_METHOD, "__pow__", P##_pow) X(T, NK_METHOD, "__rpow__", P##_rpow) \
    X(T, NK_METHOD, "__neg__", P##_neg) X(T, NK_METHOD, "__pos__", P##_pos) X(T, NK_METHOD, "__abs__", P##_abs) \
    X(T, NK_METHOD, "__hash__", P##_hash) X(T, NK_METHOD, "__bool__", P##_bool) \
    X(T, NK_METHOD, "__int__", P##_int) X(T, NK_METHOD, "__float__", P##_float) \
    X(T, NK_METHOD, "__divmod__", P##_divmod) X(T, NK_METHOD, "__rdivmod__", P##_rdivmod)
#define INT_ONLY_DUNDERS(X, T, P) \
    X(T, NK_METHOD, "__and__", P##_and) X(T, NK_METHOD, "__rand__", P##_rand) \
    X(T, NK_METHOD, "__or__", P##_or) X(T, NK_METHOD, "__ror__", P##_ror) \
    X(T, NK_METHOD, "__xor__", P##_xor) X(T, NK_METHOD, "__rxor__", P##_rxor) \
    X(T, NK_METHOD, "__lshift__", P##_lshift) X(T, NK_METHOD, "__rlshift__", P##_rlshift) \
    X(T, NK_METHOD, "__rshift__", P##_rshift) X(T, NK_METHOD, "__rrshift__", P##_rrshift) \
    X(T, NK_METHOD, "__invert__", P##_invert) X(T, NK_METHOD, "__index__", P##_index)

/* the built-in types' own __repr__ (and str's and bytes' __str__, and hashes by value), as CPython's
   type dicts have them: int.__repr__(5) is '5', not object's '<int object at ...>' */
#define REPR_DUNDERS(X) \
    X(T_INT, NK_METHOD, "__repr__", dun_int_repr) X(T_BOOL, NK_METHOD, "__repr__", dun_repr) \
    X(T_FLOAT, NK_METHOD, "__repr__", dun_repr) X(T_COMPLEX, NK_METHOD, "__repr__", dun_repr) \
    X(T_STR, NK_METHOD, "__repr__", dun_repr) X(T_STR, NK_METHOD, "__str__", dun_str) \
    X(T_BYTES, NK_METHOD, "__repr__", dun_repr) X(T_BYTES, NK_METHOD, "__str__", dun_str) \
    X(T_LIST, NK_METHOD, "__repr__", dun_repr) X(T_TUPLE, NK_METHOD, "__repr__", dun_repr) \
    X(T_DICT, NK_METHOD, "__repr__", dun_repr) X(T_SET, NK_METHOD, "__repr__", dun_repr) \
    X(T_FROZENSET, NK_METHOD, "__repr__", dun_repr) X(T_RANGE, NK_METHOD, "__repr__", dun_repr) \
    X(T_SLICE, NK_METHOD, "__repr__", dun_repr) X(T_NONE, NK_METHOD, "__repr__", dun_repr) \
    X(T_STR, NK_METHOD, "__hash__", dun_hash) X(T_BYTES, NK_METHOD, "__hash__", dun_hash) \
    X(T_TUPLE, NK_METHOD, "__hash__", dun_hash) X(T_RANGE, NK_METHOD, "__hash__", dun_hash)

#define BUILTINS_NATIVES(X) \
    X(MOD_BUILTINS, NK_FUNCTION, "print", bi_print) \
    X(MOD_BUILTINS, NK_FUNCTION, "len", bi_len) \
    X(MOD_BUILTINS, NK_FUNCTION, "repr", bi_repr) \
    X(MOD_BUILTINS, NK_FUNCTION, "ascii", bi_ascii) \
    X(MOD_BUILTINS, NK_FUNCTION, "isinstance", bi_isinstance) \
    X(MOD_BUILTINS, NK_FUNCTION, "issubclass", bi_issubclass) \
    X(MOD_BUILTINS, NK_FUNCTION, "id", bi_id) \
    X(MOD_BUILTINS, NK_FUNCTION, "hash", bi_hash) \
    X(MOD_BUILTINS, NK_FUNCTION, "callable", bi_callable) \
    X(MOD_BUILTINS, NK_FUNCTION, "getattr", bi_getattr) \
    X(MOD_BUILTINS, NK_FUNCTION, "setattr", bi_setattr) \
    X(MOD_BUILTINS, NK_FUNCTION, "delattr", bi_delattr) \
    X(MOD_BUILTINS, NK_FUNCTION, "chr", bi_chr) \
    X(MOD_BUILTINS, NK_FUNCTION, "ord", bi_ord) \
    X(MOD_BUILTINS, NK_FUNCTION, "hex", bi_hex) \
    X(MOD_BUILTINS, NK_FUNCTION, "oct", bi_oct) \
    X(MOD_BUILTINS, NK_FUNCTION, "bin", bi_bin) \
    X(MOD_BUILTINS, NK_FUNCTION, "iter", bi_iter) \
    X(MOD_BUILTINS, NK_FUNCTION, "next", bi_next) \
    X(MOD_BUILTINS, NK_FUNCTION, "input", bi_input) \
    X(MOD_BUILTINS, NK_FUNCTION, "exec", bi_exec) \
    X(MOD_BUILTINS, NK_FUNCTION, "eval", bi_eval) \
    X(MOD_BUILTINS, NK_FUNCTION, "compile", bi_compile) \
    X(MOD_BUILTINS, NK_FUNCTION, "globals", bi_globals) \
    X(MOD_BUILTINS, NK_FUNCTION, "locals", bi_locals) \
    X(MOD_BUILTINS, NK_FUNCTION, "abs", bi_abs) \
    X(MOD_BUILTINS, NK_FUNCTION, "divmod", bi_divmod) \
    X(MOD_BUILTINS, NK_FUNCTION, "pow", bi_pow) \
    X(MOD_BUILTINS, NK_FUNCTION, "round", bi_round) \
    X(T_OBJECT, NK_METHOD, "__init__", obj_init) \
    X(T_OBJECT, NK_STATIC, "__new__", obj_new) \
    X(T_OBJECT, NK_METHOD, "__eq__", obj_eq) \
    X(T_OBJECT, NK_METHOD, "__ne__", obj_ne) \
    X(T_OBJECT, NK_METHOD, "__hash__", obj_hash) \
    X(T_OBJECT, NK_METHOD, "__repr__", obj_repr) \
    X(T_OBJECT, NK_METHOD, "__str__", obj_str) \
    X(T_OBJECT, NK_METHOD, "__format__", obj_format) \
    X(T_OBJECT, NK_CLASSMETHOD, "__init_subclass__", obj_init_subclass) \
    X(T_OBJECT, NK_METHOD, "__setattr__", obj_setattr) \
    X(T_OBJECT, NK_METHOD, "__getattribute__", obj_getattribute) \
    X(T_OBJECT, NK_METHOD, "__delattr__", obj_delattr) \
    X(T_BASE_EXCEPTION, NK_METHOD, "__init__", exc_init) \
    X(T_BASE_EXCEPTION, NK_METHOD, "__str__", exc_str_m) \
    X(T_BASE_EXCEPTION, NK_METHOD, "__repr__", exc_repr_m) \
    X(T_BASE_EXCEPTION, NK_METHOD, "with_traceback", exc_with_traceback) \
    X(T_TYPE, NK_METHOD, "mro", type_mro) \
    X(T_TYPE, NK_METHOD, "__subclasscheck__", type_subclasscheck) \
    X(T_FUNCTION, NK_METHOD, "__get__", func_get) \
    X(T_GENERATOR, NK_METHOD, "__next__", gen_next) \
    X(T_GENERATOR, NK_METHOD, "send", gen_send) \
    X(T_GENERATOR, NK_METHOD, "throw", gen_throw) \
    X(T_GENERATOR, NK_METHOD, "close", gen_close) \
    X(T_GENERATOR, NK_METHOD, "__iter__", iter_self) \
    X(T_COROUTINE, NK_METHOD, "send", gen_send) \
    X(T_COROUTINE, NK_METHOD, "throw", gen_throw) \
    X(T_COROUTINE, NK_METHOD, "close", gen_close) \
    X(T_COROUTINE, NK_METHOD, "__await__", coro_await) \
    X(T_ASYNC_GENERATOR, NK_METHOD, "__aiter__", iter_self) \
    X(T_ASYNC_GENERATOR, NK_METHOD, "__anext__", agen_anext) \
    X(T_ASYNC_GENERATOR, NK_METHOD, "asend", agen_asend) \
    X(T_ASYNC_GENERATOR, NK_METHOD, "athrow", agen_athrow) \
    X(T_ASYNC_GENERATOR, NK_METHOD, "aclose", agen_aclose) \
    X(T_PROPERTY, NK_METHOD, "getter", prop_getter) \
    X(T_PROPERTY, NK_METHOD, "setter", prop_setter) \
    X(T_PROPERTY, NK_METHOD, "deleter", prop_deleter) \
    X(T_PROPERTY, NK_METHOD, "__get__", prop_get) \
    X(T_PROPERTY, NK_GETTER, "fget", prop_fget) \
    X(T_PROPERTY, NK_GETTER, "fset", prop_fset) \
    X(T_PROPERTY, NK_GETTER, "fdel", prop_fdel) \
    X(T_PROPERTY, NK_GETTER, "__doc__", prop_doc) \
    X(T_STATICMETHOD, NK_GETTER, "__func__", wrap_func) \
    X(T_CLASSMETHOD, NK_GETTER, "__func__", wrap_func2) \
    X(T_COMPLEX, NK_GETTER, "real", complex_real) \
    X(T_COMPLEX, NK_GETTER, "imag", complex_imag) \
    X(T_COMPLEX, NK_METHOD, "conjugate", complex_conjugate) \
    X(T_SLICE, NK_GETTER, "start", slice_start) \
    X(T_SLICE, NK_GETTER, "stop", slice_stop) \
    X(T_SLICE, NK_GETTER, "step", slice_step) \
    X(T_SLICE, NK_METHOD, "indices", slice_indices_m) \
    X(T_RANGE, NK_GETTER, "start", range_start) \
    X(T_RANGE, NK_METHOD, "index", range_index_m) \
    X(T_RANGE, NK_METHOD, "count", range_count_m) \
    X(T_RANGE, NK_GETTER, "stop", range_stop) \
    X(T_RANGE, NK_GETTER, "step", range_step) \
    X(T_LIST_ITER, NK_METHOD, "__next__", iter_next) \
    X(T_TUPLE_ITER, NK_METHOD, "__next__", iter_next) \
    X(T_STR_ITER, NK_METHOD, "__next__", iter_next) \
    X(T_RANGE_ITER, NK_METHOD, "__next__", iter_next) \
    X(T_DICT_KEYITER, NK_METHOD, "__next__", iter_next) \
    X(T_DICT_VALITER, NK_METHOD, "__next__", iter_next) \
    X(T_DICT_ITEMITER, NK_METHOD, "__next__", iter_next) \
    X(T_SET_ITER, NK_METHOD, "__next__", iter_next) \
    X(T_BYTES_ITER, NK_METHOD, "__next__", iter_next) \
    X(T_LIST_ITER, NK_METHOD, "__iter__", iter_self) \
    X(T_TUPLE_ITER, NK_METHOD, "__iter__", iter_self) \
    X(T_STR_ITER, NK_METHOD, "__iter__", iter_self) \
    X(T_RANGE_ITER, NK_METHOD, "__iter__", iter_self) \
    X(T_DICT_KEYITER, NK_METHOD, "__iter__", iter_self) \
    X(T_DICT_VALITER, NK_METHOD, "__iter__", iter_self) \
    X(T_DICT_ITEMITER, NK_METHOD, "__iter__", iter_self) \
    X(T_SET_ITER, NK_METHOD, "__iter__", iter_self) \
    X(T_LIST, NK_METHOD, "__iter__", obj_iter) \
    X(T_TUPLE, NK_METHOD, "__iter__", obj_iter) \
    X(T_STR, NK_METHOD, "__iter__", obj_iter) \
    X(T_DICT, NK_METHOD, "__iter__", obj_iter) \
    X(T_SET, NK_METHOD, "__iter__", obj_iter) \
    X(T_RANGE, NK_METHOD, "__iter__", obj_iter) \
    X(T_LIST, NK_METHOD, "__len__", obj_len) \
    X(T_TUPLE, NK_METHOD, "__len__", obj_len) \
    X(T_STR, NK_METHOD, "__len__", obj_len) \
    X(T_DICT, NK_METHOD, "__len__", obj_len) \
    X(T_SET, NK_METHOD, "__len__", obj_len) \
    X(T_LIST, NK_METHOD, "__getitem__", obj_getitem) \
    X(T_TUPLE, NK_METHOD, "__getitem__", obj_getitem) \
    X(T_STR, NK_METHOD, "__getitem__", obj_getitem) \
    X(T_DICT, NK_METHOD, "__getitem__", obj_getitem) \
    X(T_LIST, NK_METHOD, "__setitem__", obj_setitem) \
    X(T_DICT, NK_METHOD, "__setitem__", obj_setitem) \
    X(T_LIST, NK_METHOD, "__contains__", obj_contains) \
    X(T_DICT, NK_METHOD, "__contains__", obj_contains) \
    X(T_SET, NK_METHOD, "__contains__", obj_contains) \
    X(T_STR, NK_METHOD, "__contains__", obj_contains) \
    X(T_TUPLE, NK_METHOD, "__contains__", obj_contains) \
    REPR_DUNDERS(X) \
    OPERATOR_DUNDERS(X, T_INT, dun) NUMBER_DUNDERS(X, T_INT, dun) INT_ONLY_DUNDERS(X, T_INT, dun) \
    OPERATOR_DUNDERS(X, T_FLOAT, dun) NUMBER_DUNDERS(X, T_FLOAT, dun) \
    OPERATOR_DUNDERS(X, T_STR, dun) OPERATOR_DUNDERS(X, T_LIST, dun) OPERATOR_DUNDERS(X, T_TUPLE, dun) \
    X(T_DICT, NK_METHOD, "__eq__", dun_eq) X(T_DICT, NK_METHOD, "__ne__", dun_ne) X(T_DICT, NK_METHOD, "__or__", dun_or) \
    X(T_SET, NK_METHOD, "__eq__", dun_eq) X(T_SET, NK_METHOD, "__ne__", dun_ne) \
    X(T_SET, NK_METHOD, "__or__", dun_or) X(T_SET, NK_METHOD, "__and__", dun_and) X(T_SET, NK_METHOD, "__xor__", dun_xor) \
    X(T_SET, NK_METHOD, "__sub__", dun_sub) X(T_SET, NK_METHOD, "__le__", dun_le) X(T_SET, NK_METHOD, "__lt__", dun_lt) \
    X(T_SET, NK_METHOD, "__ge__", dun_ge) X(T_SET, NK_METHOD, "__gt__", dun_gt) \
    X(MOD_INTERNAL, NK_FUNCTION, "lookup", my_lookup) \
    X(MOD_INTERNAL, NK_FUNCTION, "run_class_body", my_run_class_body) \
    X(MOD_INTERNAL, NK_FUNCTION, "set_cell", my_set_cell) \
    X(MOD_INTERNAL, NK_FUNCTION, "write", my_write) \
    X(MOD_INTERNAL, NK_FUNCTION, "str_simple", my_str_simple) \
    X(MOD_INTERNAL, NK_FUNCTION, "type_name", my_type_name) \
    X(MOD_INTERNAL, NK_FUNCTION, "instance_dict", my_instance_dict) \
    X(MOD_INTERNAL, NK_FUNCTION, "gen_throw_at", my_gen_throw) \
    X(MOD_INTERNAL, NK_FUNCTION, "gen_send_any", my_gen_send) \
    X(MOD_INTERNAL, NK_FUNCTION, "object_repr", obj_repr) \
    X(MOD_INTERNAL, NK_FUNCTION, "run_code", my_run_code) \
    X(MOD_INTERNAL, NK_FUNCTION, "caller_locals", my_caller_locals) \
    X(MOD_INTERNAL, NK_FUNCTION, "print_uncaught", my_print_uncaught) \
    X(MOD_INTERNAL, NK_FUNCTION, "hash_candidates", my_hash_candidates) \
    X(MOD_INTERNAL, NK_FUNCTION, "key_at", my_key_at) \
    X(MOD_INTERNAL, NK_FUNCTION, "value_at", my_value_at) \
    X(MOD_INTERNAL, NK_FUNCTION, "set_value_at", my_set_value_at) \
    X(MOD_INTERNAL, NK_FUNCTION, "insert_new", my_insert_new) \
    X(MOD_INTERNAL, NK_FUNCTION, "delete_at", my_delete_at) \
    X(MOD_INTERNAL, NK_FUNCTION, "view_dict", my_view_dict) \
    X(MOD_INTERNAL, NK_FUNCTION, "module_new", my_module_new) \
    X(MOD_INTERNAL, NK_FUNCTION, "modules", my_modules) \
    X(MOD_INTERNAL, NK_FUNCTION, "import_module", my_import_module)

#endif

/* nat_num.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_NUM_H
#define MY_NAT_NUM_H
/* int methods also serve bool, which finds them through its MRO (bool -> int -> object). */
#define NUM_NATIVES(X) \
    X(T_INT, NK_METHOD, "bit_length", nm_int_bit_length) \
    X(T_INT, NK_METHOD, "bit_count", nm_int_bit_count) \
    X(T_INT, NK_METHOD, "to_bytes", nm_int_to_bytes) \
    X(T_INT, NK_CLASSMETHOD, "from_bytes", nm_int_from_bytes) \
    X(T_INT, NK_METHOD, "as_integer_ratio", nm_int_as_integer_ratio) \
    X(T_INT, NK_METHOD, "conjugate", nm_int_conjugate) \
    X(T_INT, NK_METHOD, "__trunc__", nm_int_trunc) \
    X(T_INT, NK_METHOD, "__floor__", nm_int_floor) \
    X(T_INT, NK_METHOD, "__ceil__", nm_int_ceil) \
    X(T_INT, NK_METHOD, "__round__", nm_int_round) \
    X(T_INT, NK_METHOD, "__getnewargs__", nm_int_getnewargs) \
    X(T_INT, NK_GETTER, "real", nm_int_real) \
    X(T_INT, NK_GETTER, "imag", nm_int_imag) \
    X(T_INT, NK_GETTER, "numerator", nm_int_numerator) \
    X(T_INT, NK_GETTER, "denominator", nm_int_denominator) \
    X(T_FLOAT, NK_METHOD, "is_integer", nm_float_is_integer) \
    X(T_FLOAT, NK_METHOD, "as_integer_ratio", nm_float_as_integer_ratio) \
    X(T_FLOAT, NK_METHOD, "hex", nm_float_hex) \
    X(T_FLOAT, NK_CLASSMETHOD, "fromhex", nm_float_fromhex) \
    X(T_FLOAT, NK_CLASSMETHOD, "__getformat__", nm_float_getformat) \
    X(T_FLOAT, NK_METHOD, "conjugate", nm_float_conjugate) \
    X(T_FLOAT, NK_METHOD, "__trunc__", nm_float_trunc) \
    X(T_FLOAT, NK_METHOD, "__floor__", nm_float_floor) \
    X(T_FLOAT, NK_METHOD, "__ceil__", nm_float_ceil) \
    X(T_FLOAT, NK_METHOD, "__round__", nm_float_round) \
    X(T_FLOAT, NK_METHOD, "__getnewargs__", nm_float_getnewargs) \
    X(T_FLOAT, NK_GETTER, "real", nm_float_real) \
    X(T_FLOAT, NK_GETTER, "imag", nm_float_imag)
#endif

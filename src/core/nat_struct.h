/* nat_struct.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_STRUCT_H
#define MY_NAT_STRUCT_H
/* _struct: IEEE 754 binary16/32/64 bit patterns for src/lib/struct.py (mod_struct.c). */
#define STRUCT_NATIVES(X) \
    X(MOD_STRUCT, NK_FUNCTION, "float_bits", stc_float_bits) \
    X(MOD_STRUCT, NK_FUNCTION, "bits_float", stc_bits_float)
#endif

/* value.h: 64-bit NaN-boxed values: unboxed doubles, and tagged small ints, constants and object refs. */
#ifndef MY_VALUE_H
#define MY_VALUE_H

#include "port.h"
#include "heap.h"

/* A Value is 64 bits. Any bit pattern whose top 16 bits are below 0xFFF9 is an IEEE double (NaNs are
   canonicalized to 0x7FF8000000000000 when created, so no double ever has a top of 0xFFF9..0xFFFF).
   The remaining patterns carry a 16-bit tag and a 48-bit payload:
     0xFFF9  small int, 48-bit two's complement payload (larger ints are heap big ints)
     0xFFFA  object reference: payload is a Ref (heap word offset, or image offset with bit 31)
     0xFFFB  special constants: None, False, True, NotImplemented, Ellipsis, and internal markers
   Internal markers never reach Python code: NULL (an unbound local, a missing value) and ERR (a
   function's "an exception is pending in the interpreter" return). */
typedef uint64_t Value;

#define V_TAG_SHIFT 48
#define V_TAG(v) ((uint32_t)((v) >> V_TAG_SHIFT))
#define V_TAG_INT 0xFFF9u
#define V_TAG_OBJ 0xFFFAu
#define V_TAG_SPECIAL 0xFFFBu

#define V_PAYLOAD_MASK 0x0000FFFFFFFFFFFFull
#define V_MK(tag, payload) (((uint64_t)(tag) << V_TAG_SHIFT) | ((uint64_t)(payload) & V_PAYLOAD_MASK))

#define V_NONE     V_MK(V_TAG_SPECIAL, 0)
#define V_FALSE    V_MK(V_TAG_SPECIAL, 2)
#define V_TRUE     V_MK(V_TAG_SPECIAL, 3)
#define V_NOTIMPL  V_MK(V_TAG_SPECIAL, 4)
#define V_ELLIPSIS V_MK(V_TAG_SPECIAL, 5)
#define V_NULL     V_MK(V_TAG_SPECIAL, 16)
#define V_ERR      V_MK(V_TAG_SPECIAL, 17)
/* A native's "call I->tail_callable with I->tail_args instead of returning": see vm.c. */
#define V_TAILCALL V_MK(V_TAG_SPECIAL, 18)

#define SMALL_INT_MAX ((int64_t)0x00007FFFFFFFFFFFll)
#define SMALL_INT_MIN (-SMALL_INT_MAX - 1)

MY_INLINE bool v_is_double(Value v) { return (v >> V_TAG_SHIFT) < 0xFFF9u; }
MY_INLINE bool v_is_int(Value v) { return V_TAG(v) == V_TAG_INT; }
MY_INLINE bool v_is_obj(Value v) { return V_TAG(v) == V_TAG_OBJ; }
MY_INLINE bool v_is_special(Value v) { return V_TAG(v) == V_TAG_SPECIAL; }
MY_INLINE bool v_is_bool(Value v) { return v == V_TRUE || v == V_FALSE; }

MY_INLINE Value v_int(int64_t i) { return V_MK(V_TAG_INT, (uint64_t)i); }
MY_INLINE int64_t v_as_int(Value v) { return ((int64_t)(v << 16)) >> 16; }
MY_INLINE bool v_int_fits(int64_t i) { return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX; }

MY_INLINE Value v_obj(Ref r) { return V_MK(V_TAG_OBJ, r); }
MY_INLINE Ref v_as_ref(Value v) { return (Ref)v; }

MY_INLINE Value v_bool(bool b) { return b ? V_TRUE : V_FALSE; }

MY_INLINE Value v_double(double d) {
    union { double d; uint64_t u; } x;
    x.d = d;
    if (d != d) x.u = 0x7FF8000000000000ull;   /* one canonical NaN keeps the tag space free */
    return x.u;
}
MY_INLINE double v_as_double(Value v) {
    union { double d; uint64_t u; } x;
    x.u = v;
    return x.d;
}

#endif

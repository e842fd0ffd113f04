/* bigint.h: arbitrary-precision integer kernels on unsigned magnitudes of 32-bit digits kept in the heap. */
#ifndef MY_BIGINT_H
#define MY_BIGINT_H

#include "port.h"
#include "heap.h"

/* A magnitude is n 32-bit digits, least significant first, stored as 32-bit halves from a word Ref:
   digit i is mem_ld_u32(H, r, i). Normalized means no leading zero digits; n == 0 is zero.

   Conventions shared by every function here:
   - Inputs need not be normalized (leading zero digits are skipped); every returned length is
     normalized. Inputs may be image Refs (bit 31); outputs are always heap Refs.
   - Sizes are in digits; an area of n digits is (n + 1) / 2 words (BIG_WORDS). A function writes only
     digits inside the documented size, and a partly used last word keeps its other half.
   - "May alias" means the output may start at exactly the same Ref as that input; partial overlap
     (out = a + k) is never allowed. Areas not said to alias must be disjoint.
   - Signs, where they appear, are ints -1, 0, +1 and a sign of 0 means the value is zero. */

#define BIG_WORDS(ndigits) (((uint32_t)(ndigits) + 1u) / 2u)
#define BIG_MAX(x, y) ((x) > (y) ? (x) : (y))

/* Result sizes, in digits, for the caller's allocations, from normalized lengths (a divisor's
   leading zero digits would shrink BIG_DIVMOD_Q_DIGITS below what is needed). */
#define BIG_ADD_DIGITS(na, nb) (BIG_MAX((na), (nb)) + 1u)
#define BIG_MUL_DIGITS(na, nb) ((na) + (nb))
#define BIG_DIVMOD_Q_DIGITS(na, nb) ((na) >= (nb) ? (na) - (nb) + 2u : 1u)   /* room for the floor fix too */
#define BIG_DIVMOD_R_DIGITS(na, nb) (nb)
#define BIG_DIVMOD_SCRATCH_DIGITS(na, nb) ((na) + (nb) + 2u)
#define BIG_SHL_DIGITS(na, bits) ((na) + ((bits) >> 5) + 1u)
#define BIG_SHR_DIGITS(na, bits) ((na) > ((bits) >> 5) ? (na) - ((bits) >> 5) + 1u : 1u)  /* floor fix included */
#define BIG_BITOP_DIGITS(na, nb) (BIG_MAX((na), (nb)) + 1u)
#define BIG_FROM_DOUBLE_DIGITS 33u
#define BIG_U64_DIGITS 2u

/* ---- small helpers ---- */
MY_FN uint32_t big_normalize(const HeapView *H, Ref a, uint32_t na);   /* length without leading zeros */
MY_FN bool big_is_zero(const HeapView *H, Ref a, uint32_t na);
MY_FN void big_copy(HeapView *H, Ref a, uint32_t na, Ref out);        /* out: na digits */
MY_FN uint64_t big_bit_length(const HeapView *H, Ref a, uint32_t na);

/* ---- magnitude arithmetic ---- */
/* -1, 0, 1 as |a| <, ==, > |b|. */
MY_FN int big_cmp(const HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb);
/* out = a + b. out: max(na,nb)+1 digits; may alias a or b. */
MY_FN uint32_t big_add(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb, Ref out);
/* out = a - b, requires a >= b. out: na digits; may alias a or b. */
MY_FN uint32_t big_sub(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb, Ref out);
/* out = a * b (schoolbook, column-wise; a == b takes a squaring path at about half the cost).
   out: na+nb digits; must not alias a or b. */
MY_FN uint32_t big_mul(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb, Ref out);
/* out = a * m + add. out: na+1 digits; may alias a. */
MY_FN uint32_t big_mul_small(HeapView *H, Ref a, uint32_t na, uint32_t m, uint32_t add, Ref out);
/* q = a / d, *rem = a % d, d != 0. q: na digits; may alias a. */
MY_FN uint32_t big_divmod_small(HeapView *H, Ref a, uint32_t na, uint32_t d, Ref q, uint32_t *rem);
/* Truncating division of magnitudes (Knuth algorithm D): q = a / b, r = a % b.
   q: max(na-nb+1, 0) digits (BIG_DIVMOD_Q_DIGITS is enough); r: nb digits;
   scratch: na+nb+2 digits. q and r may each alias a or b (not each other, not scratch).
   b == 0 is the caller's ZeroDivisionError: here it just yields *nq = *nr = 0. */
MY_FN void big_divmod(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb,
                      Ref q, uint32_t *nq, Ref r, uint32_t *nr, Ref scratch);
/* out = a << bits. out: na + bits/32 + 1 digits; may alias a. */
MY_FN uint32_t big_shl(HeapView *H, Ref a, uint32_t na, uint32_t bits, Ref out);
/* out = a >> bits (magnitude, truncating). out: max(na - bits/32, 0) digits; may alias a. */
MY_FN uint32_t big_shr(HeapView *H, Ref a, uint32_t na, uint32_t bits, Ref out);

/* ---- signed helpers (Python semantics; sign passed and returned separately) ---- */
/* out = a + b and out = a - b on signed values. out: max(na,nb)+1 digits; may alias a or b. */
MY_FN uint32_t big_add_signed(HeapView *H, int sa, Ref a, uint32_t na, int sb, Ref b, uint32_t nb,
                              Ref out, int *sout);
MY_FN uint32_t big_sub_signed(HeapView *H, int sa, Ref a, uint32_t na, int sb, Ref b, uint32_t nb,
                              Ref out, int *sout);
/* Python's a // b and a % b (floor division; the remainder takes b's sign). sb must be nonzero.
   q: BIG_DIVMOD_Q_DIGITS(na, nb) digits, may alias a; r: nb digits, may alias a but NOT b
   (b is needed after the division for the fix-up); scratch: na+nb+2 digits. */
MY_FN void big_divmod_floor(HeapView *H, int sa, Ref a, uint32_t na, int sb, Ref b, uint32_t nb,
                            Ref q, uint32_t *nq, int *sq, Ref r, uint32_t *nr, int *sr, Ref scratch);
/* Python's a >> bits for signed a (rounds toward minus infinity: -5 >> 1 == -3).
   out: BIG_SHR_DIGITS(na, bits) digits = max(na - bits/32, 0) + 1; may alias a. */
MY_FN uint32_t big_shr_signed(HeapView *H, int sa, Ref a, uint32_t na, uint32_t bits, Ref out, int *sout);
/* a & b, a | b, a ^ b (op is '&', '|' or '^'; any other char acts as '^') on signed values with Python's infinite two's
   complement semantics. out: max(na,nb)+1 digits; may alias a or b. Returns |result|'s length and
   its sign in *sout. (~x is -(x+1): big_add_signed with -1.) */
MY_FN uint32_t big_bitop(HeapView *H, char op, int sa, Ref a, uint32_t na, int sb, Ref b, uint32_t nb,
                         Ref out, int *sout);

/* ---- conversions ---- */
/* out: 2 digits. */
MY_FN uint32_t big_from_u64(HeapView *H, uint64_t v, Ref out);
/* true and *v = a when a < 2^64. */
MY_FN bool big_to_u64(const HeapView *H, Ref a, uint32_t na, uint64_t *v);
/* a as a double, correctly rounded (half to even) like CPython's int.__float__. When a rounds to
   2^1024 or more sets *overflow = 1 (else 0) and returns +infinity. */
MY_FN double big_to_double(const HeapView *H, Ref a, uint32_t na, int *overflow);
/* |trunc(x)| for finite x (the sign is the caller's: that of x); NaN and infinities give 0.
   out: 33 digits (BIG_FROM_DOUBLE_DIGITS). */
MY_FN uint32_t big_from_double(HeapView *H, double x, Ref out);
/* |a| mod (2^61 - 1), the modulus of CPython's int hash: hash(a) = sign * this, with -1 -> -2. */
MY_FN uint64_t big_hash_mod(const HeapView *H, Ref a, uint32_t na);

/* ---- strings ---- */
/* Upper bound on the characters of an na-digit magnitude in base 2..36 (at least 1). */
MY_FN uint32_t big_to_base_maxlen(uint32_t na, uint32_t base);
/* Writes |a| in base 2..36 (lowercase letters), most significant digit first, as bytes from
   out_bytes (byte i via mem_st_byte(H, out_bytes, i)); returns the number of bytes ("0" for zero).
   out_bytes: big_to_base_maxlen(na, base) bytes, all of which may be written. scratch: na digits
   (a copy of a that repeated division destroys); unused, may be 0, for bases 2, 4, 8, 16, 32. */
MY_FN uint32_t big_to_base(HeapView *H, Ref a, uint32_t na, uint32_t base, Ref scratch, Ref out_bytes);
/* Upper bound on the digits of a value spelled with nbytes characters in base 2..36. */
MY_FN uint32_t big_from_base_maxdigits(uint32_t nbytes, uint32_t base);
/* Parses nbytes digit characters (0-9, a-z, A-Z; no sign, prefix, underscores or spaces) in base
   2..36 from src_bytes. out: big_from_base_maxdigits(nbytes, base) digits (about
   nbytes*log2(base)/32 + 2). Returns 0 and *nout, or -1 on an invalid digit or an empty string. */
MY_FN int big_from_base(HeapView *H, Ref src_bytes, uint32_t nbytes, uint32_t base, Ref out, uint32_t *nout);

#endif

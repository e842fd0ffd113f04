/* intbig.c: the big-int half of Python's int (arithmetic, comparison, hashing, float and string
   conversions, three-argument pow) on heap big ints, built on the magnitude kernels of bigint.c.

   Operands may be tagged small ints, bools or big ints (possibly in the read-only image); every
   result is normalized: a small int when it fits, else a big int object without leading zero digits.

   Memory: an operation allocates its result object first and then one raw scratch object (copies of
   small operands, kernel work areas). Both come from the bump allocator, so once the work is done
   the scratch object is handed back when it is still the last object, and the result is trimmed to
   its real size the same way; a result that turns out small gives its object back too. Nothing is
   released after an exception has been raised (raising may allocate). An allocation failure returns
   V_ERR at once: nothing visible has changed, and the VM collects and re-runs the instruction. */
#include "obj.h"
#include "ast.h"
#include "bigint.h"

/* Results above this many digits (2^32 bits) raise MemoryError without being attempted; it also
   keeps every bit count of a result within 32 bits. */
#define INTBIG_MAX_DIGITS (1u << 27)
/* CPython's default sys.get_int_max_str_digits(). */
#define INTBIG_STR_LIMIT 4300u
/* Values of more bits than this have more than INTBIG_STR_LIMIT decimal digits
   (2^14286 > 10^4300.5), so str() refuses them without converting. */
#define INTBIG_STR_LIMIT_BITS 14286u

/* An operand: sign, normalized length, and where its digits are. A small value has no digits in the
   heap until intbig_place writes them into scratch (two digits fit one word). */
typedef struct intbig_num {
    int s;          /* -1, 0, 1 */
    uint32_t n;     /* normalized number of digits */
    Ref d;          /* the digits; 0 for a small value not yet placed */
    uint64_t m;     /* the magnitude whenever n <= 2 */
} intbig_num;

/* Reads an int, bool or big int; false for anything else. */
static MY_FN bool intbig_get(Interp *I, Value v, intbig_num *x) {
    x->d = 0;
    x->m = 0;
    if (v == V_TRUE) v = v_int(1);
    else if (v == V_FALSE) v = v_int(0);
    if (v_is_int(v)) {
        int64_t i = v_as_int(v);
        x->s = i < 0 ? -1 : (i > 0 ? 1 : 0);
        x->m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        x->n = x->m == 0 ? 0u : ((x->m >> 32) != 0 ? 2u : 1u);
        return true;
    }
    if (!is_type(I, v, T_INT)) return false;
    {
        Ref r = v_as_ref(v);
        uint64_t info = mem_ld(&I->H, r + BIG_INFO);
        x->d = r + BIG_DATA;
        x->n = big_normalize(&I->H, x->d, (uint32_t)info);
        x->s = x->n == 0 ? 0 : ((int32_t)(uint32_t)(info >> 32) < 0 ? -1 : 1);
        if (x->n >= 1) x->m = mem_ld_u32(&I->H, x->d, 0);
        if (x->n == 2) x->m |= (uint64_t)mem_ld_u32(&I->H, x->d, 1) << 32;
    }
    return true;
}

/* Scratch words a small operand needs to be placed. */
static MY_FN uint32_t intbig_need(const intbig_num *x) { return x->d == 0 ? 1u : 0u; }

static MY_FN void intbig_place(Interp *I, intbig_num *x, Ref *cur) {
    if (x->d != 0) return;
    x->d = *cur;
    mem_st(&I->H, *cur, x->m);   /* digits 0 and 1 are the word's low and high halves */
    *cur += 1;
}

/* Carves an area of ndigits from the scratch cursor (word aligned). */
static MY_FN Ref intbig_take(Ref *cur, uint32_t ndigits) {
    Ref r = *cur;
    *cur += BIG_WORDS(ndigits);
    return r;
}

static MY_FN uint64_t intbig_bitlen(Interp *I, const intbig_num *x) {
    uint64_t n = 0, m = x->m;
    if (x->n > 2) return big_bit_length(&I->H, x->d, x->n);
    while (m != 0) { n++; m >>= 1; }
    return n;
}

static MY_FN uint32_t intbig_digit0(Interp *I, const intbig_num *x) {
    if (x->n == 0) return 0;
    if (x->n <= 2) return (uint32_t)x->m;
    return mem_ld_u32(&I->H, x->d, 0);
}

/* Hands object r back to the allocator when it is the last one allocated. */
static MY_FN void intbig_release(Interp *I, Ref r) {
    uint32_t off;
    if (r == 0) return;
    off = r & ~REF_IMAGE_BIT;
    if ((uint64_t)off + hdr_size(I, r) == (uint64_t)I->top) I->top = off;
}

/* Shrinks raw object r to `words` words when it is the last one allocated. */
static MY_FN void intbig_trim(Interp *I, Ref r, uint32_t words) {
    uint32_t off = r & ~REF_IMAGE_BIT, size = hdr_size(I, r);
    if (words >= size || (uint64_t)off + size != (uint64_t)I->top) return;
    mem_st(&I->H, r, HDR_MAKE(hdr_type(I, r), words, true));
    I->top = off + words;
}

/* A result object for rdigits digits, then (when swords > 0) a raw scratch object of swords words,
   whose first data word is *scr + 1. False (the VM's out-of-memory is set) when either fails. */
static MY_FN bool intbig_alloc(Interp *I, uint32_t rdigits, uint32_t swords, Ref *obj, Ref *scr) {
    uint32_t rw = BIG_WORDS(rdigits);
    *obj = 0;
    *scr = 0;
    if (rw == 0) rw = 1;
    *obj = obj_alloc(I, T_INT, BIG_DATA + rw, true);
    if (!*obj) return false;
    if (swords > 0) {
        *scr = obj_alloc(I, T_RAW, 1 + swords, true);
        if (!*scr) {
            intbig_release(I, *obj);
            *obj = 0;
            return false;
        }
    }
    return true;
}

/* Only scratch, no result object. */
static MY_FN bool intbig_alloc_scratch(Interp *I, uint32_t swords, Ref *scr) {
    *scr = obj_alloc(I, T_RAW, 1 + (swords == 0 ? 1u : swords), true);
    return *scr != 0;
}

/* The normalized value sign * magnitude, the magnitude being n digits at obj's data: a small int
   (giving obj back) or obj made a proper big int. Scratch is given back first. */
static MY_FN Value intbig_finish(Interp *I, Ref obj, int s, uint32_t n, Ref scr) {
    Ref d = obj + BIG_DATA;
    n = big_normalize(&I->H, d, n);
    intbig_release(I, scr);
    if (n <= 2) {
        uint64_t m = 0;
        if (n >= 1) m = mem_ld_u32(&I->H, d, 0);
        if (n == 2) m |= (uint64_t)mem_ld_u32(&I->H, d, 1) << 32;
        if (m == 0) { intbig_release(I, obj); return v_int(0); }
        if (s < 0 && m <= (uint64_t)SMALL_INT_MAX + 1u) { intbig_release(I, obj); return v_int((int64_t)0 - (int64_t)m); }
        if (s >= 0 && m <= (uint64_t)SMALL_INT_MAX) { intbig_release(I, obj); return v_int((int64_t)m); }
    }
    if (n & 1u) mem_st_u32(&I->H, d, n, 0);   /* keep the spare half of the last word zero */
    mem_st(&I->H, obj + BIG_INFO, (uint64_t)n | ((uint64_t)(uint32_t)(s < 0 ? -1 : 1) << 32));
    intbig_trim(I, obj, BIG_DATA + BIG_WORDS(n));
    return v_obj(obj);
}

static MY_FN Value intbig_nomem(Interp *I) { return raise_msg(I, T_MEMORY_ERROR, ""); }

static MY_FN Value intbig_bad_arg(Interp *I) {
    return raise_msg(I, T_SYSTEM_ERROR, "bad argument to internal function");
}

static MY_FN double intbig_num_double(Interp *I, const intbig_num *x, bool *overflow) {
    int ovf = 0;
    double d;
    *overflow = false;
    if (x->n <= 2) d = (double)x->m;   /* correctly rounded, as a 64-bit conversion is */
    else {
        d = big_to_double(&I->H, x->d, x->n, &ovf);
        *overflow = ovf != 0;
    }
    return x->s < 0 ? -d : d;
}

/* ---- + - * ---------------------------------------------------------------------------------- */

static MY_FN Value intbig_addsub(Interp *I, intbig_num *A, intbig_num *B, bool sub) {
    Ref obj, scr, cur;
    uint32_t n;
    int s;
    if (!intbig_alloc(I, BIG_ADD_DIGITS(A->n, B->n), intbig_need(A) + intbig_need(B), &obj, &scr)) return V_ERR;
    cur = scr + 1;
    intbig_place(I, A, &cur);
    intbig_place(I, B, &cur);
    n = big_add_signed(&I->H, A->s, A->d, A->n, sub ? -B->s : B->s, B->d, B->n, obj + BIG_DATA, &s);
    return intbig_finish(I, obj, s, n, scr);
}

static MY_FN Value intbig_mul(Interp *I, intbig_num *A, intbig_num *B) {
    Ref obj, scr, cur;
    uint32_t n;
    if (A->s == 0 || B->s == 0) return v_int(0);
    if ((uint64_t)A->n + B->n > INTBIG_MAX_DIGITS) return intbig_nomem(I);
    if (!intbig_alloc(I, A->n + B->n, intbig_need(A) + intbig_need(B), &obj, &scr)) return V_ERR;
    cur = scr + 1;
    intbig_place(I, A, &cur);
    intbig_place(I, B, &cur);
    n = big_mul(&I->H, A->d, A->n, B->d, B->n, obj + BIG_DATA);
    return intbig_finish(I, obj, A->s * B->s, n, scr);
}

/* ---- // % ------------------------------------------------------------------------------------ */

static MY_FN Value intbig_divmod_op(Interp *I, intbig_num *A, intbig_num *B, bool want_mod) {
    uint32_t qd, rd, sd, nq, nr;
    int sq, sr;
    Ref obj, scr, cur, q, r, w;
    if (B->s == 0)
        return raise_msg(I, T_ZERO_DIVISION_ERROR, want_mod ? "integer modulo by zero" : "integer division or modulo by zero");
    if (A->s == 0) return v_int(0);
    qd = BIG_DIVMOD_Q_DIGITS(A->n, B->n);
    rd = BIG_DIVMOD_R_DIGITS(A->n, B->n);
    sd = BIG_DIVMOD_SCRATCH_DIGITS(A->n, B->n);
    if (!intbig_alloc(I, want_mod ? rd : qd,
                      intbig_need(A) + intbig_need(B) + BIG_WORDS(want_mod ? qd : rd) + BIG_WORDS(sd), &obj, &scr))
        return V_ERR;
    cur = scr + 1;
    intbig_place(I, A, &cur);
    intbig_place(I, B, &cur);
    if (want_mod) { r = obj + BIG_DATA; q = intbig_take(&cur, qd); }
    else { q = obj + BIG_DATA; r = intbig_take(&cur, rd); }
    w = intbig_take(&cur, sd);
    big_divmod_floor(&I->H, A->s, A->d, A->n, B->s, B->d, B->n, q, &nq, &sq, r, &nr, &sr, w);
    return want_mod ? intbig_finish(I, obj, sr, nr, scr) : intbig_finish(I, obj, sq, nq, scr);
}

/* ---- / --------------------------------------------------------------------------------------- */

/* Whether any of the low `bits` bits of the n digits at d is set. */
static MY_FN bool intbig_low_bits(Interp *I, Ref d, uint32_t n, uint64_t bits) {
    uint64_t full = bits >> 5;
    uint32_t part = (uint32_t)(bits & 31u), i;
    for (i = 0; i < n && i < full; i++)
        if (mem_ld_u32(&I->H, d, i) != 0) return true;
    if (part != 0 && full < n && (mem_ld_u32(&I->H, d, (uint32_t)full) & ((1u << part) - 1u)) != 0) return true;
    return false;
}

/* a / b correctly rounded, following CPython's long_true_divide: scale a by a power of two so that
   the integer quotient has 55 or 56 bits (fewer for subnormal results), divide, fold the remainder
   into a sticky bit, round to the double's precision by hand, then scale back exactly. */
static MY_FN Value intbig_truediv(Interp *I, intbig_num *A, intbig_num *B) {
    const int MANT = 53, MIN_EXP = -1021, MAX_EXP = 1024;
    bool negate = (A->s < 0) != (B->s < 0), inexact = false;
    uint64_t abits, bbits, xq = 0;
    int64_t diff, shift;
    uint32_t nx, xd, qd, sd, nq, nr, xbits, extra;
    Ref scr, cur, x, q, r, w;
    double dx, result;
    if (B->s == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "division by zero");
    if (A->s == 0) return v_double(negate ? -0.0 : 0.0);
    abits = intbig_bitlen(I, A);
    bbits = intbig_bitlen(I, B);
    if (abits <= (uint64_t)MANT && bbits <= (uint64_t)MANT) {
        /* Both exact as doubles: one correctly rounded division. */
        result = (double)A->m / (double)B->m;
        return v_double(negate ? -result : result);
    }
    diff = (int64_t)abits - (int64_t)bbits;
    if (diff > MAX_EXP) return raise_msg(I, T_OVERFLOW_ERROR, "integer division result too large for a float");
    if (diff < MIN_EXP - MANT - 1) return v_double(negate ? -0.0 : 0.0);
    shift = (diff > MIN_EXP ? diff : MIN_EXP) - MANT - 2;
    if (shift <= 0) xd = BIG_SHL_DIGITS(A->n, (uint32_t)-shift);
    else xd = BIG_SHR_DIGITS(A->n, (uint32_t)shift);
    qd = BIG_DIVMOD_Q_DIGITS(xd, B->n);
    sd = BIG_DIVMOD_SCRATCH_DIGITS(xd, B->n);
    if (!intbig_alloc_scratch(I, intbig_need(A) + intbig_need(B) + BIG_WORDS(xd) + BIG_WORDS(qd) +
                                     BIG_WORDS(B->n) + BIG_WORDS(sd), &scr))
        return V_ERR;
    cur = scr + 1;
    intbig_place(I, A, &cur);
    intbig_place(I, B, &cur);
    x = intbig_take(&cur, xd);
    q = intbig_take(&cur, qd);
    r = intbig_take(&cur, B->n);
    w = intbig_take(&cur, sd);
    if (shift <= 0) nx = big_shl(&I->H, A->d, A->n, (uint32_t)-shift, x);
    else {
        inexact = intbig_low_bits(I, A->d, A->n, (uint64_t)shift);
        nx = big_shr(&I->H, A->d, A->n, (uint32_t)shift, x);
    }
    big_divmod(&I->H, x, nx, B->d, B->n, q, &nq, r, &nr, w);
    if (nr != 0) inexact = true;
    big_to_u64(&I->H, q, nq, &xq);   /* at most 56 bits */
    intbig_release(I, scr);
    xbits = 0;
    while ((xq >> xbits) != 0) xbits++;
    /* How many low bits to round away: 2 or 3 normally, more for a subnormal result. */
    {
        int64_t keep = (int64_t)MIN_EXP - shift;
        int64_t top = (int64_t)xbits > keep ? (int64_t)xbits : keep;
        extra = (uint32_t)(top - MANT);
    }
    {
        uint64_t mask = (uint64_t)1 << (extra - 1u), low = xq | (inexact ? 1u : 0u);
        if ((low & mask) != 0 && (low & (3u * mask - 1u)) != 0) low += mask;
        xq = low & ~(2u * mask - 1u);
    }
    dx = (double)xq;   /* exact: at most 54 significant bits remain, the last of them zero */
    if (shift + (int64_t)xbits >= MAX_EXP &&
        (shift + (int64_t)xbits > MAX_EXP || dx == ldexp(1.0, (int)xbits)))
        return raise_msg(I, T_OVERFLOW_ERROR, "integer division result too large for a float");
    result = ldexp(dx, (int)shift);
    return v_double(negate ? -result : result);
}

/* ---- ** -------------------------------------------------------------------------------------- */

/* int ** negative int is float(a) ** float(b), as CPython. */
static MY_FN Value intbig_pow_neg(Interp *I, intbig_num *A, intbig_num *B) {
    bool o1, o2, odd;
    double da = intbig_num_double(I, A, &o1), db, r;
    if (o1) return raise_msg(I, T_OVERFLOW_ERROR, "int too large to convert to float");
    db = intbig_num_double(I, B, &o2);
    if (o2) return raise_msg(I, T_OVERFLOW_ERROR, "int too large to convert to float");
    if (da == 0.0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
    odd = fmod(fabs(db), 2.0) == 1.0;   /* the parity of the float exponent, as float_pow */
    if (da == 1.0) return v_double(1.0);
    if (da == -1.0) return v_double(odd ? -1.0 : 1.0);
    r = pow(fabs(da), db);
    return v_double(da < 0 && odd ? -r : r);
}

static MY_FN Value intbig_pow(Interp *I, intbig_num *A, intbig_num *B) {
    uint64_t e, abits, rbits;
    uint32_t rd, i, nx, ebits;
    int s;
    Ref obj, scr, cur, X, Y;
    if (B->s < 0) return intbig_pow_neg(I, A, B);
    if (B->s == 0) return v_int(1);
    if (A->s == 0) return v_int(0);
    s = (A->s < 0 && (intbig_digit0(I, B) & 1u) != 0) ? -1 : 1;
    if (A->n == 1 && A->m == 1) return v_int(s);
    /* |a| >= 2 from here: the result has at least e bits. */
    if (B->n > 2 || B->m > ((uint64_t)INTBIG_MAX_DIGITS << 5)) return intbig_nomem(I);
    e = B->m;
    abits = intbig_bitlen(I, A);
    if (abits > (((uint64_t)INTBIG_MAX_DIGITS << 5) / e)) return intbig_nomem(I);
    rbits = abits * e;
    rd = (uint32_t)(rbits >> 5) + 3u;
    if (rd > INTBIG_MAX_DIGITS) return intbig_nomem(I);
    /* A power of two: 2^k ** e is a single bit. */
    {
        bool pow2 = false;
        if (A->n <= 2) pow2 = (A->m & (A->m - 1u)) == 0;
        else {
            uint32_t top = mem_ld_u32(&I->H, A->d, A->n - 1u);
            if ((top & (top - 1u)) == 0 && !intbig_low_bits(I, A->d, A->n, (uint64_t)(A->n - 1u) * 32u)) pow2 = true;
        }
        if (pow2) {
            uint64_t k = (abits - 1u) * e;
            uint32_t nd = (uint32_t)(k >> 5) + 1u;
            if (!intbig_alloc(I, nd, 0, &obj, &scr)) return V_ERR;
            for (i = 0; i + 1u < nd; i++) mem_st_u32(&I->H, obj + BIG_DATA, i, 0);
            mem_st_u32(&I->H, obj + BIG_DATA, nd - 1u, (uint32_t)1 << (k & 31u));
            return intbig_finish(I, obj, s, nd, 0);
        }
    }
    /* Left-to-right binary powering between the result's area and a scratch one of the same size;
       multiplying by the base itself keeps the odd steps cheap when the base is short. */
    if (!intbig_alloc(I, rd, intbig_need(A) + BIG_WORDS(rd), &obj, &scr)) return V_ERR;
    cur = scr + 1;
    intbig_place(I, A, &cur);
    X = obj + BIG_DATA;
    Y = intbig_take(&cur, rd);
    big_copy(&I->H, A->d, A->n, X);
    nx = A->n;
    ebits = 0;
    while (ebits < 64 && (e >> ebits) != 0) ebits++;
    for (i = ebits - 1u; i-- > 0;) {
        Ref t;
        nx = big_mul(&I->H, X, nx, X, nx, Y);
        t = X; X = Y; Y = t;
        if ((e >> i) & 1u) {
            nx = big_mul(&I->H, X, nx, A->d, A->n, Y);
            t = X; X = Y; Y = t;
        }
    }
    if (X != obj + BIG_DATA) big_copy(&I->H, X, nx, obj + BIG_DATA);
    return intbig_finish(I, obj, s, nx, scr);
}

/* ---- << >> ----------------------------------------------------------------------------------- */

static MY_FN Value intbig_lshift(Interp *I, intbig_num *A, intbig_num *B) {
    uint64_t bits;
    uint32_t rd, n;
    Ref obj, scr, cur;
    if (B->s < 0) return raise_msg(I, T_VALUE_ERROR, "negative shift count");
    if (A->s == 0) return v_int(0);
    if (B->n > 2) return intbig_nomem(I);
    bits = B->m;
    if ((uint64_t)A->n + (bits >> 5) + 1u > INTBIG_MAX_DIGITS) return intbig_nomem(I);
    rd = BIG_SHL_DIGITS(A->n, (uint32_t)bits);
    if (!intbig_alloc(I, rd, intbig_need(A), &obj, &scr)) return V_ERR;
    cur = scr + 1;
    intbig_place(I, A, &cur);
    n = big_shl(&I->H, A->d, A->n, (uint32_t)bits, obj + BIG_DATA);
    return intbig_finish(I, obj, A->s, n, scr);
}

static MY_FN Value intbig_rshift(Interp *I, intbig_num *A, intbig_num *B) {
    uint32_t rd, n;
    int s;
    Ref obj, scr, cur;
    if (B->s < 0) return raise_msg(I, T_VALUE_ERROR, "negative shift count");
    if (A->s == 0) return v_int(0);
    if (B->n > 2 || B->m >= intbig_bitlen(I, A) || B->m > 0xFFFFFFFFull) return v_int(A->s < 0 ? -1 : 0);
    rd = BIG_SHR_DIGITS(A->n, (uint32_t)B->m);
    if (!intbig_alloc(I, rd, intbig_need(A), &obj, &scr)) return V_ERR;
    cur = scr + 1;
    intbig_place(I, A, &cur);
    n = big_shr_signed(&I->H, A->s, A->d, A->n, (uint32_t)B->m, obj + BIG_DATA, &s);
    return intbig_finish(I, obj, s, n, scr);
}

/* ---- & | ^ ----------------------------------------------------------------------------------- */

static MY_FN Value intbig_bitop(Interp *I, char op, intbig_num *A, intbig_num *B) {
    Ref obj, scr, cur;
    uint32_t n;
    int s;
    if (!intbig_alloc(I, BIG_BITOP_DIGITS(A->n, B->n), intbig_need(A) + intbig_need(B), &obj, &scr)) return V_ERR;
    cur = scr + 1;
    intbig_place(I, A, &cur);
    intbig_place(I, B, &cur);
    n = big_bitop(&I->H, op, A->s, A->d, A->n, B->s, B->d, B->n, obj + BIG_DATA, &s);
    return intbig_finish(I, obj, s, n, scr);
}

MY_OUTLINE Value intbig_binop(Interp *I, int op, Value a, Value b) {
    intbig_num A, B;
    if (a == V_ERR || b == V_ERR) return V_ERR;   /* an operand that failed to be made (int_invert) */
    if (!intbig_get(I, a, &A) || !intbig_get(I, b, &B)) return intbig_bad_arg(I);
    switch (op) {
    case AST_OP_ADD: return intbig_addsub(I, &A, &B, false);
    case AST_OP_SUB: return intbig_addsub(I, &A, &B, true);
    case AST_OP_MUL: return intbig_mul(I, &A, &B);
    case AST_OP_FLOORDIV: return intbig_divmod_op(I, &A, &B, false);
    case AST_OP_MOD: return intbig_divmod_op(I, &A, &B, true);
    case AST_OP_DIV: return intbig_truediv(I, &A, &B);
    case AST_OP_POW: return intbig_pow(I, &A, &B);
    case AST_OP_LSHIFT: return intbig_lshift(I, &A, &B);
    case AST_OP_RSHIFT: return intbig_rshift(I, &A, &B);
    case AST_OP_BITAND: return intbig_bitop(I, '&', &A, &B);
    case AST_OP_BITOR: return intbig_bitop(I, '|', &A, &B);
    case AST_OP_BITXOR: return intbig_bitop(I, '^', &A, &B);
    default: break;
    }
    return raise_msg(I, T_SYSTEM_ERROR, "bad int operator");
}

/* ---- unary, comparison, hash, conversions ----------------------------------------------------- */

MY_FN Value intbig_neg(Interp *I, Value a) {
    intbig_num A;
    Ref obj, scr;
    if (a == V_ERR) return V_ERR;
    if (!intbig_get(I, a, &A)) return intbig_bad_arg(I);
    if (A.s == 0) return v_int(0);
    if (A.d == 0) {   /* small: only -SMALL_INT_MIN leaves the range */
        if (A.s < 0) return intbig_from_u64(I, A.m, false);
        return v_int((int64_t)0 - (int64_t)A.m);
    }
    if (!intbig_alloc(I, A.n, 0, &obj, &scr)) return V_ERR;
    big_copy(&I->H, A.d, A.n, obj + BIG_DATA);
    return intbig_finish(I, obj, -A.s, A.n, 0);
}

MY_FN int intbig_cmp(Interp *I, Value a, Value b) {
    intbig_num A, B;
    int c;
    if (!intbig_get(I, a, &A) || !intbig_get(I, b, &B)) return 0;
    if (A.s != B.s) return A.s < B.s ? -1 : 1;
    if (A.n != B.n) c = A.n < B.n ? -1 : 1;
    else if (A.n <= 2) c = A.m < B.m ? -1 : (A.m > B.m ? 1 : 0);
    else c = big_cmp(&I->H, A.d, A.n, B.d, B.n);
    return A.s < 0 ? -c : c;
}

MY_FN int64_t intbig_hash(Interp *I, Value a) {
    const uint64_t P = ((uint64_t)1 << 61) - 1u;
    intbig_num A;
    uint64_t h;
    int64_t r;
    if (!intbig_get(I, a, &A)) return 0;
    h = A.n <= 2 ? A.m % P : big_hash_mod(&I->H, A.d, A.n);
    r = A.s < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

MY_FN double intbig_to_double(Interp *I, Value a, bool *overflow) {
    intbig_num A;
    *overflow = false;
    if (!intbig_get(I, a, &A)) return 0.0;
    return intbig_num_double(I, &A, overflow);
}

MY_FN Value intbig_from_u64(Interp *I, uint64_t v, bool negative) {
    Ref obj, scr;
    uint32_t n;
    if (!negative && v <= (uint64_t)SMALL_INT_MAX) return v_int((int64_t)v);
    if (negative && v <= (uint64_t)SMALL_INT_MAX + 1u) return v_int((int64_t)0 - (int64_t)v);
    if (!intbig_alloc(I, BIG_U64_DIGITS, 0, &obj, &scr)) return V_ERR;
    n = big_from_u64(&I->H, v, obj + BIG_DATA);
    return intbig_finish(I, obj, negative ? -1 : 1, n, 0);
}

MY_FN Value intbig_from_double(Interp *I, double d) {
    Ref obj, scr;
    uint32_t n;
    if (d != d) return raise_msg(I, T_VALUE_ERROR, "cannot convert float NaN to integer");
    if (d - d != d - d) return raise_msg(I, T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
    if (d > -9.0e18 && d < 9.0e18) {
        int64_t i = (int64_t)d;   /* truncates toward zero */
        if (v_int_fits(i)) return v_int(i);
    }
    if (!intbig_alloc(I, BIG_FROM_DOUBLE_DIGITS, 0, &obj, &scr)) return V_ERR;
    n = big_from_double(&I->H, d, obj + BIG_DATA);
    return intbig_finish(I, obj, d < 0 ? -1 : 1, n, 0);
}

/* ---- strings ---------------------------------------------------------------------------------- */

static MY_FN void intbig_cat(char *buf, uint32_t *len, uint32_t cap, const char *s) {
    while (*s && *len + 1u < cap) buf[(*len)++] = *s++;
    buf[*len] = 0;
}

static MY_FN void intbig_cat_u32(char *buf, uint32_t *len, uint32_t cap, uint32_t v) {
    char tmp[12];
    int k = 0;
    do { tmp[k++] = (char)('0' + v % 10u); v /= 10u; } while (v != 0);
    while (k > 0 && *len + 1u < cap) buf[(*len)++] = tmp[--k];
    buf[*len] = 0;
}

/* CPython's messages for sys.get_int_max_str_digits(); ndigits == 0 gives the str() form. */
static MY_FN Value intbig_limit_error(Interp *I, uint32_t ndigits) {
    char msg[192];
    uint32_t len = 0;
    msg[0] = 0;
    intbig_cat(msg, &len, sizeof msg, "Exceeds the limit (");
    intbig_cat_u32(msg, &len, sizeof msg, INTBIG_STR_LIMIT);
    intbig_cat(msg, &len, sizeof msg, " digits) for integer string conversion");
    if (ndigits != 0) {
        intbig_cat(msg, &len, sizeof msg, ": value has ");
        intbig_cat_u32(msg, &len, sizeof msg, ndigits);
        intbig_cat(msg, &len, sizeof msg, " digits");
    }
    intbig_cat(msg, &len, sizeof msg, "; use sys.set_int_max_str_digits() to increase the limit");
    return raise_msg(I, T_VALUE_ERROR, msg);
}

MY_FN Value intbig_to_str(Interp *I, Value a, uint32_t base) {
    intbig_num A;
    uint32_t maxlen, len, total, neg, words, w, k;
    Value s;
    Ref scr, cur, digs, bytes, sd;
    if (a == V_ERR) return V_ERR;
    if (!intbig_get(I, a, &A)) return intbig_bad_arg(I);
    if (base < 2 || base > 36) return raise_msg(I, T_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
    if (base == 10 && intbig_bitlen(I, &A) > INTBIG_STR_LIMIT_BITS) return intbig_limit_error(I, 0);
    neg = A.s < 0 ? 1u : 0u;
    maxlen = big_to_base_maxlen(A.n, base);
    if ((uint64_t)maxlen + neg > 0x7FFFFFFFull) return intbig_nomem(I);
    s = str_alloc(I, maxlen + neg);
    if (s == V_ERR) return V_ERR;
    if (!intbig_alloc_scratch(I, intbig_need(&A) + BIG_WORDS(A.n) + (maxlen + 7u) / 8u, &scr)) {
        intbig_release(I, v_as_ref(s));
        return V_ERR;
    }
    cur = scr + 1;
    intbig_place(I, &A, &cur);
    digs = intbig_take(&cur, A.n);
    bytes = cur;
    len = big_to_base(&I->H, A.d, A.n, base, digs, bytes);
    if (base == 10 && len > INTBIG_STR_LIMIT) {
        intbig_release(I, scr);
        intbig_release(I, v_as_ref(s));
        return intbig_limit_error(I, 0);
    }
    /* Pack '-' and the digits into the str's words, zero padding included. */
    total = len + neg;
    words = (total + 7u) / 8u;
    sd = v_as_ref(s) + STR_DATA;
    for (w = 0; w < words; w++) {
        uint64_t word = 0;
        for (k = 0; k < 8u; k++) {
            uint32_t i = w * 8u + k, c;
            if (i >= total) break;
            c = (neg && i == 0) ? (uint32_t)'-' : mem_ld_byte(&I->H, bytes, i - neg);
            word |= (uint64_t)c << (8u * k);
        }
        mem_st(&I->H, sd + w, word);
    }
    intbig_release(I, scr);
    mem_st(&I->H, v_as_ref(s) + STR_INFO, (uint64_t)total | ((uint64_t)total << 32));   /* ASCII */
    mem_st(&I->H, v_as_ref(s) + STR_HASH, 0);
    intbig_trim(I, v_as_ref(s), STR_DATA + words);
    return s;
}

static MY_FN bool intbig_pow2_base(uint32_t base) { return (base & (base - 1u)) == 0; }

MY_FN Value intbig_parse(Interp *I, Value s, uint32_t bstart, uint32_t blen, uint32_t base, bool negative) {
    uint32_t nd = 0, i, k, rd, n;
    Ref obj, scr, bytes;
    uint64_t word = 0;
    if (base < 2 || base > 36) return raise_msg(I, T_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
    for (i = 0; i < blen; i++)
        if (str_byte(I, s, bstart + i) != '_') nd++;
    if (nd == 0) return V_NULL;
    if (!intbig_pow2_base(base) && nd > INTBIG_STR_LIMIT) return intbig_limit_error(I, nd);
    rd = big_from_base_maxdigits(nd, base);
    if (rd > INTBIG_MAX_DIGITS) return intbig_nomem(I);
    if (!intbig_alloc(I, rd, (nd + 7u) / 8u, &obj, &scr)) return V_ERR;
    bytes = scr + 1;
    /* The digit characters without underscores, 8 to a word. */
    k = 0;
    for (i = 0; i < blen; i++) {
        uint32_t c = str_byte(I, s, bstart + i);
        if (c == '_') continue;
        word |= (uint64_t)c << (8u * (k & 7u));
        k++;
        if ((k & 7u) == 0) { mem_st(&I->H, bytes + (k / 8u) - 1u, word); word = 0; }
    }
    if ((k & 7u) != 0) mem_st(&I->H, bytes + k / 8u, word);
    if (big_from_base(&I->H, bytes, nd, base, obj + BIG_DATA, &n) < 0) {
        intbig_release(I, scr);
        intbig_release(I, obj);
        return V_NULL;   /* not a valid digit string: int.c reports it */
    }
    return intbig_finish(I, obj, negative ? -1 : 1, n, scr);
}

/* ---- pow(a, b, m) ------------------------------------------------------------------------------- */

/* Python's pow(a, b, m): |m| == 1 gives 0; a negative b uses the inverse of a modulo |m|; the
   result is reduced into [0, |m|) and then, for a negative m, moved into (m, 0] as a % m would. */
MY_FN Value intbig_pow_mod(Interp *I, Value a, Value b, Value m) {
    intbig_num A, B, M;
    uint32_t nm, big_n, qd, sd, wd, nres, nbase, nq, nr;
    uint64_t ebits, bit;
    bool neg_out;
    Ref obj, scr, cur, Q, P, S, BASE, RES;
    if (a == V_ERR || b == V_ERR || m == V_ERR) return V_ERR;
    if (!intbig_get(I, a, &A) || !intbig_get(I, b, &B) || !intbig_get(I, m, &M)) return intbig_bad_arg(I);
    if (M.s == 0) return raise_msg(I, T_VALUE_ERROR, "pow() 3rd argument cannot be 0");
    neg_out = M.s < 0;
    if (M.n == 1 && M.m == 1) return v_int(0);
    nm = M.n;
    big_n = A.n > 2u * nm ? A.n : 2u * nm;
    qd = BIG_DIVMOD_Q_DIGITS(big_n, nm);
    sd = BIG_DIVMOD_SCRATCH_DIGITS(big_n, nm);
    wd = 2u * nm + 4u;   /* the inverse's work areas: values below 2|m| and products of them */
    if ((uint64_t)sd + 8u * (uint64_t)wd > INTBIG_MAX_DIGITS) return intbig_nomem(I);
    if (!intbig_alloc(I, nm, intbig_need(&A) + intbig_need(&B) + intbig_need(&M) + BIG_WORDS(qd) +
                             BIG_WORDS(sd) + BIG_WORDS(nm) + (B.s < 0 ? 6u * BIG_WORDS(wd) : BIG_WORDS(wd)),
                      &obj, &scr))
        return V_ERR;
    cur = scr + 1;
    intbig_place(I, &A, &cur);
    intbig_place(I, &B, &cur);
    intbig_place(I, &M, &cur);
    Q = intbig_take(&cur, qd);
    S = intbig_take(&cur, sd);
    BASE = intbig_take(&cur, nm);
    P = intbig_take(&cur, wd);
    RES = obj + BIG_DATA;

    /* base = a mod |m|, in [0, |m|). */
    big_divmod(&I->H, A.d, A.n, M.d, M.n, Q, &nq, BASE, &nbase, S);
    if (A.s < 0 && nbase != 0) nbase = big_sub(&I->H, M.d, M.n, BASE, nbase, BASE);

    if (B.s < 0) {
        /* Extended Euclid on (|m|, base), tracking the coefficient t of base:
           r0 = t0 * base (mod |m|) throughout. */
        Ref R0 = intbig_take(&cur, wd), R1 = intbig_take(&cur, wd);
        Ref T0 = intbig_take(&cur, wd), T1 = intbig_take(&cur, wd), RR = intbig_take(&cur, wd);
        uint32_t nr0, nr1, nt0 = 0, nt1 = 1, np;
        int st0 = 0, st1 = 1;
        big_copy(&I->H, M.d, M.n, R0);
        nr0 = M.n;
        big_copy(&I->H, BASE, nbase, R1);
        nr1 = nbase;
        mem_st_u32(&I->H, T1, 0, 1);
        while (nr1 != 0) {
            Ref t;
            uint32_t tn;
            int ts;
            big_divmod(&I->H, R0, nr0, R1, nr1, Q, &nq, RR, &nr, S);
            /* (r0, r1) = (r1, r0 mod r1) */
            t = R0; R0 = R1; R1 = RR; RR = t;
            nr0 = nr1; nr1 = nr;
            /* (t0, t1) = (t1, t0 - q * t1) */
            np = big_mul(&I->H, Q, nq, T1, nt1, P);
            nt0 = big_sub_signed(&I->H, st0, T0, nt0, st1, P, np, T0, &st0);
            t = T0; T0 = T1; T1 = t;
            tn = nt0; nt0 = nt1; nt1 = tn;
            ts = st0; st0 = st1; st1 = ts;
        }
        if (!(nr0 == 1 && mem_ld_u32(&I->H, R0, 0) == 1u)) {
            intbig_release(I, scr);
            intbig_release(I, obj);
            return raise_msg(I, T_VALUE_ERROR, "base is not invertible for the given modulus");
        }
        /* base = t0 mod |m| (|t0| < |m|) */
        if (st0 < 0 && nt0 != 0) nbase = big_sub(&I->H, M.d, M.n, T0, nt0, BASE);
        else { big_copy(&I->H, T0, nt0, BASE); nbase = nt0; }
    }

    /* Left-to-right square-and-multiply, reducing after every product. */
    mem_st_u32(&I->H, RES, 0, 1);
    nres = 1;
    ebits = big_bit_length(&I->H, B.d, B.n);
    if (nbase == 0 && ebits != 0) nres = 0;
    else {
        for (bit = ebits; bit-- > 0;) {
            uint32_t np = big_mul(&I->H, RES, nres, RES, nres, P);
            big_divmod(&I->H, P, np, M.d, M.n, Q, &nq, RES, &nres, S);
            if ((mem_ld_u32(&I->H, B.d, (uint32_t)(bit >> 5)) >> (bit & 31u)) & 1u) {
                np = big_mul(&I->H, RES, nres, BASE, nbase, P);
                big_divmod(&I->H, P, np, M.d, M.n, Q, &nq, RES, &nres, S);
            }
        }
    }
    if (neg_out && nres != 0) {
        nres = big_sub(&I->H, M.d, M.n, RES, nres, RES);
        return intbig_finish(I, obj, -1, nres, scr);
    }
    return intbig_finish(I, obj, 1, nres, scr);
}

/* ---- IntView (obj.h): ints as sign and digits for the math and number-method natives ---- */

MY_FN void int_view(Interp *I, Value v, IntView *x) {
    if (v == V_TRUE) v = v_int(1);
    else if (v == V_FALSE) v = v_int(0);
    x->d = 0;
    x->m = 0;
    if (v_is_int(v)) {
        int64_t i = v_as_int(v);
        x->s = i < 0 ? -1 : i > 0;
        x->m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        x->n = x->m == 0 ? 0u : (x->m >> 32) ? 2u : 1u;
        return;
    }
    Ref r = v_as_ref(v);
    uint64_t info = mem_ld(&I->H, r + BIG_INFO);
    x->d = r + BIG_DATA;
    x->n = big_normalize(&I->H, x->d, (uint32_t)info);
    x->s = x->n == 0 ? 0 : ((int32_t)(uint32_t)(info >> 32) < 0 ? -1 : 1);
    if (x->n >= 1) x->m = mem_ld_u32(&I->H, x->d, 0);
    if (x->n == 2) x->m |= (uint64_t)mem_ld_u32(&I->H, x->d, 1) << 32;
}

MY_FN uint32_t int_view_digit(Interp *I, const IntView *x, uint32_t i) {
    if (i >= x->n) return 0;
    if (x->d == 0) return (uint32_t)(x->m >> (32 * i));
    return mem_ld_u32(&I->H, x->d, i);
}

MY_FN uint32_t bit_length64(uint64_t v) { return v ? 64u - (uint32_t)MY_CLZ64(v) : 0u; }

MY_FN uint64_t int_view_bitlen(Interp *I, const IntView *x) {
    if (x->n == 0) return 0;
    return (uint64_t)(x->n - 1) * 32u + bit_length64(int_view_digit(I, x, x->n - 1));
}

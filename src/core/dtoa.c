/* dtoa.c: exact double <-> decimal conversions (repr, format types, float()) matching CPython 3.11. */
#include "dtoa.h"

/* ---------------------------------------------------------------------------------------------
   Fixed-capacity bignums on the caller's stack.

   Output never needs more than ~1110 bits: x * 2^1076 for the smallest subnormals or 4 * 10^310 for
   the largest doubles (before the powers of two are cancelled), plus a normalising shift of up to
   31 bits. Parsing keeps at most 801 significant digits (< 2^2661) and divides by at most 5^1124
   (< 2^2610), shifted by up to 63+31 bits. The capacities below leave a few limbs of slack; every
   growing operation still checks capacity so that a logic error can never write out of bounds. */
#define DTOA_OUT_LIMBS 37
#define DTOA_IN_LIMBS 88

/* Decimal digits kept when parsing. A double's rounding boundaries (midpoints between neighbours)
   have at most 768 significant digits, so 800 digits plus a "something non-zero follows" flag lie
   on the same side of every boundary as the full input. */
#define DTOA_MAX_SIG 800

typedef struct dtoa_big {
    int n;        /* limbs in use; w[n-1] != 0 whenever n > 0 */
    int cap;      /* limbs available in w */
    uint32_t *w;  /* little-endian base-2^32 limbs */
} dtoa_big;

static MY_CONST uint32_t dtoa_pow5_32[14] = {
    1u, 5u, 25u, 125u, 625u, 3125u, 15625u, 78125u, 390625u, 1953125u, 9765625u, 48828125u,
    244140625u, 1220703125u
};

static MY_CONST uint32_t dtoa_pow10_32[10] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u
};

/* Powers of ten that are exact doubles (10^22 = 5^22 * 2^22 with 5^22 < 2^53), for the fast path of
   parsing. */
static MY_CONST double dtoa_pow10_d[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

#define DTOA_MANT_MASK ((((uint64_t)1) << 52) - 1)
#define DTOA_HIDDEN (((uint64_t)1) << 52)

/* The bit pattern of a double and back: CUDA's intrinsics on the device, a union (which gcc defines
   for C and C++ alike) on the host, since memcpy is off limits. */
static MY_FN uint64_t dtoa_bits(double x) {
#ifdef __CUDACC__
    return (uint64_t)__double_as_longlong(x);
#else
    union { double d; uint64_t u; } c;
    c.d = x;
    return c.u;
#endif
}

static MY_FN double dtoa_from_bits(uint64_t u) {
#ifdef __CUDACC__
    return __longlong_as_double((long long)u);
#else
    union { double d; uint64_t u; } c;
    c.u = u;
    return c.d;
#endif
}

/* Number of significant bits of v (0 for 0). */
static MY_FN int dtoa_bitlen64(uint64_t v) {
    int n = 0;
    if (v >> 32) { v >>= 32; n += 32; }
    if (v >> 16) { v >>= 16; n += 16; }
    if (v >> 8) { v >>= 8; n += 8; }
    if (v >> 4) { v >>= 4; n += 4; }
    if (v >> 2) { v >>= 2; n += 2; }
    if (v >> 1) { v >>= 1; n += 1; }
    return n + (int)v;
}

static MY_FN void dtoa_big_init(dtoa_big *a, uint32_t *storage, int cap) {
    a->n = 0;
    a->cap = cap;
    a->w = storage;
}

static MY_FN void dtoa_big_set64(dtoa_big *a, uint64_t v) {
    a->n = 0;
    while (v != 0 && a->n < a->cap) {
        a->w[a->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static MY_FN int dtoa_big_bitlen(const dtoa_big *a) {
    if (a->n == 0) return 0;
    return 32 * (a->n - 1) + dtoa_bitlen64(a->w[a->n - 1]);
}

/* Value of a bignum known to fit in 64 bits. */
static MY_FN uint64_t dtoa_big_u64(const dtoa_big *a) {
    uint64_t v = 0;
    int i;
    for (i = a->n - 1; i >= 0; i--) v = (v << 32) | a->w[i];
    return v;
}

/* a = a * m + add (m != 0) */
static MY_FN void dtoa_big_muladd(dtoa_big *a, uint32_t m, uint32_t add) {
    uint64_t carry = add;
    int i;
    for (i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->w[i] * m + carry;
        a->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry != 0 && a->n < a->cap) a->w[a->n++] = (uint32_t)carry;
}

/* a <<= bits */
static MY_FN void dtoa_big_shl(dtoa_big *a, int bits) {
    int limbs = bits >> 5, b = bits & 31, n = a->n, i, nn;
    if (n == 0 || bits <= 0) return;
    if (b != 0) {
        uint32_t top = a->w[n - 1] >> (32 - b);
        nn = n + limbs + (top != 0 ? 1 : 0);
        if (nn > a->cap) return;
        if (top != 0) a->w[n + limbs] = top;
        /* descending, so every source limb is read before its slot is overwritten */
        for (i = n - 1; i > 0; i--) a->w[i + limbs] = (a->w[i] << b) | (a->w[i - 1] >> (32 - b));
        a->w[limbs] = a->w[0] << b;
    } else {
        nn = n + limbs;
        if (nn > a->cap) return;
        for (i = n - 1; i >= 0; i--) a->w[i + limbs] = a->w[i];
    }
    for (i = 0; i < limbs; i++) a->w[i] = 0;
    a->n = nn;
}

/* a *= 5^k, in steps of 5^13 (the largest power of five in a limb) */
static MY_FN void dtoa_big_mul_pow5(dtoa_big *a, int k) {
    while (k >= 13) {
        dtoa_big_muladd(a, dtoa_pow5_32[13], 0);
        k -= 13;
    }
    if (k > 0) dtoa_big_muladd(a, dtoa_pow5_32[k], 0);
}

/* a *= 10^k as 5^k * 2^k: the power of two is a cheap shift */
static MY_FN void dtoa_big_mul_pow10(dtoa_big *a, int k) {
    dtoa_big_mul_pow5(a, k);
    dtoa_big_shl(a, k);
}

static MY_FN int dtoa_big_cmp(const dtoa_big *a, const dtoa_big *b) {
    int i;
    if (a->n != b->n) return a->n > b->n ? 1 : -1;
    for (i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i]) return a->w[i] > b->w[i] ? 1 : -1;
    return 0;
}

/* d = a + b; d may be a or b */
static MY_FN void dtoa_big_add(dtoa_big *d, const dtoa_big *a, const dtoa_big *b) {
    uint64_t c = 0;
    int i;
    if (a->n < b->n) {
        const dtoa_big *t = a;
        a = b;
        b = t;
    }
    if (a->n > d->cap) { d->n = 0; return; }
    for (i = 0; i < b->n; i++) {
        c += (uint64_t)a->w[i] + b->w[i];
        d->w[i] = (uint32_t)c;
        c >>= 32;
    }
    for (; i < a->n; i++) {
        c += a->w[i];
        d->w[i] = (uint32_t)c;
        c >>= 32;
    }
    d->n = a->n;
    if (c != 0 && d->n < d->cap) d->w[d->n++] = (uint32_t)c;
}

static MY_FN void dtoa_big_trim(dtoa_big *a) {
    while (a->n > 0 && a->w[a->n - 1] == 0) a->n--;
}

/* a -= b, requires a >= b */
static MY_FN void dtoa_big_sub(dtoa_big *a, const dtoa_big *b) {
    uint64_t br = 0;
    int i;
    for (i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)a->w[i] - b->w[i] - br;
        a->w[i] = (uint32_t)t;
        br = t >> 63;
    }
    for (; br != 0 && i < a->n; i++) {
        uint64_t t = (uint64_t)a->w[i] - br;
        a->w[i] = (uint32_t)t;
        br = t >> 63;
    }
    dtoa_big_trim(a);
}

/* Shift amount that puts the top bit of s's top limb at bit 27: then 10*s still fits in s->n limbs
   (so r < 10*s does too) and a one-limb quotient estimate is off by at most one. */
static MY_FN int dtoa_big_norm_shift(const dtoa_big *s) {
    int hb = dtoa_bitlen64(s->w[s->n - 1]) - 1;
    return hb <= 27 ? 27 - hb : 27 - hb + 32;
}

/* Returns q = floor(r / s) (< 10) and leaves r = r mod s. Requires r < 10*s and s normalised by
   dtoa_big_norm_shift. */
static MY_FN uint32_t dtoa_big_digit(dtoa_big *r, const dtoa_big *s) {
    int n = s->n, i;
    uint32_t q;
    if (r->n < n) return 0;
    /* dividing by top+1 never overshoots; the error is below one, fixed by one compare */
    q = r->w[n - 1] / (s->w[n - 1] + 1);
    if (q != 0) {
        uint64_t carry = 0, br = 0;
        for (i = 0; i < n; i++) {
            uint64_t p = (uint64_t)q * s->w[i] + carry;
            uint64_t t;
            carry = p >> 32;
            t = (uint64_t)r->w[i] - (uint32_t)p - br;
            r->w[i] = (uint32_t)t;
            br = t >> 63;
        }
        dtoa_big_trim(r);
    }
    if (dtoa_big_cmp(r, s) >= 0) {
        dtoa_big_sub(r, s);
        q++;
    }
    return q;
}

/* Top 64 bits of a (a != 0): returns m and *be with a = m * 2^be + rest, rest < 2^be, *sticky = rest != 0. */
static MY_FN uint64_t dtoa_big_top64(const dtoa_big *a, int *be, bool *sticky) {
    int L = dtoa_big_bitlen(a), lo, li, lb, i;
    uint64_t m = 0, w0, w1, w2;
    *sticky = false;
    if (L <= 64) {
        for (i = a->n - 1; i >= 0; i--) m = (m << 32) | a->w[i];
        *be = 0;
        return m;
    }
    lo = L - 64;
    li = lo >> 5;
    lb = lo & 31;
    w0 = a->w[li];
    w1 = li + 1 < a->n ? a->w[li + 1] : 0;
    w2 = li + 2 < a->n ? a->w[li + 2] : 0;
    if (lb == 0) {
        m = (w1 << 32) | w0;
    } else {
        m = (w0 >> lb) | (w1 << (32 - lb)) | (w2 << (64 - lb));
        if ((w0 & ((((uint64_t)1) << lb) - 1)) != 0) *sticky = true;
    }
    for (i = 0; i < li; i++)
        if (a->w[i] != 0) *sticky = true;
    *be = lo;
    return m;
}

/* floor(u / v) for a quotient known to be below 2^64 (Knuth's algorithm D). u and v are clobbered;
   *inexact reports a non-zero remainder. Needs one spare limb in u. */
static MY_FN uint64_t dtoa_big_div64(dtoa_big *u, dtoa_big *v, bool *inexact) {
    int n = v->n, m, j, i, sh;
    uint64_t q = 0;
    uint32_t vt, vs;
    *inexact = false;
    if (n == 0) return 0;
    /* with v's top bit set, the two-limb trial quotient is at most 2 too large */
    sh = 32 - dtoa_bitlen64(v->w[n - 1]);
    dtoa_big_shl(v, sh);
    dtoa_big_shl(u, sh);
    if (u->n < n) {
        *inexact = u->n != 0;
        return 0;
    }
    if (u->n >= u->cap) return 0;
    u->w[u->n] = 0;
    m = u->n - n;
    vt = v->w[n - 1];
    vs = n >= 2 ? v->w[n - 2] : 0;
    for (j = m; j >= 0; j--) {
        uint64_t num = ((uint64_t)u->w[j + n] << 32) | u->w[j + n - 1];
        uint64_t qhat = num / vt, rhat = num % vt, carry = 0, br = 0, t;
        while ((qhat >> 32) != 0 ||
               (n >= 2 && qhat * vs > ((rhat << 32) | u->w[j + n - 2]))) {
            qhat--;
            rhat += vt;
            if ((rhat >> 32) != 0) break;
        }
        for (i = 0; i < n; i++) {
            uint64_t p = qhat * v->w[i] + carry;
            carry = p >> 32;
            t = (uint64_t)u->w[i + j] - (uint32_t)p - br;
            u->w[i + j] = (uint32_t)t;
            br = t >> 63;
        }
        t = (uint64_t)u->w[j + n] - carry - br;
        u->w[j + n] = (uint32_t)t;
        if ((t >> 63) != 0) {
            /* the rare trial quotient one too large: add v back */
            carry = 0;
            qhat--;
            for (i = 0; i < n; i++) {
                uint64_t s2 = (uint64_t)u->w[i + j] + v->w[i] + carry;
                u->w[i + j] = (uint32_t)s2;
                carry = s2 >> 32;
            }
            u->w[j + n] += (uint32_t)carry;
        }
        if (j < 2) q |= qhat << (32 * j);
    }
    for (i = 0; i < n; i++)
        if (u->w[i] != 0) *inexact = true;
    return q;
}

/* ---------------------------------------------------------------------------------------------
   double -> digits. Both generators return digits d1 d2 ... dn and decpt with x = 0.d1d2...dn *
   10^decpt, the convention CPython's formatting code is written in. */

/* Lower bound, within one, for k = floor(log10(2^n)) + 1; callers step k up as needed. The two
   rational approximations of log10(2) err on the low side for each sign of n. */
static MY_FN int dtoa_k_estimate(int n) {
    if (n >= 0) return (int)(((int64_t)n * 78913) >> 18) + 1;
    return 1 - (int)((((int64_t)(-n)) * 78914 + 262143) >> 18);
}

/* Shortest digits that read back as x = f * 2^e (f > 0), the closest such when several, ties to
   an even digit: the free-format algorithm of Steele & White / Burger & Dybvig on exact bignums.
   closer: the gap below x is half the gap above (x a power of two above the smallest normal).
   buf needs 17 bytes. */
static MY_FN int dtoa_shortest(uint64_t f, int e, bool closer, char *buf, int *decpt) {
    uint32_t rw[DTOA_OUT_LIMBS], sw[DTOA_OUT_LIMBS], pw[DTOA_OUT_LIMBS], mw[DTOA_OUT_LIMBS],
        tw[DTOA_OUT_LIMBS];
    dtoa_big r, s, mp, mm, t;
    dtoa_big *mlo;
    bool even = (f & 1) == 0; /* round-half-even reading accepts the boundaries themselves */
    int k, n = 0, c, sh, g;

    /* Small integers: below 2^53 the gap is at most 1, so the integer's own digits (trailing
       zeros dropped) are the shortest and exact. */
    if (e <= 0 && e > -53 && (f & ((((uint64_t)1) << -e) - 1)) == 0) {
        uint64_t v = f >> -e;
        char tmp[20];
        int m = 0, z = 0;
        do {
            tmp[m++] = (char)('0' + (int)(v % 10)); /* least significant first */
            v /= 10;
        } while (v != 0);
        *decpt = m;
        while (z < m - 1 && tmp[z] == '0') z++;
        while (m > z) buf[n++] = tmp[--m];
        return n;
    }

    dtoa_big_init(&r, rw, DTOA_OUT_LIMBS);
    dtoa_big_init(&s, sw, DTOA_OUT_LIMBS);
    dtoa_big_init(&mp, pw, DTOA_OUT_LIMBS);
    dtoa_big_init(&mm, mw, DTOA_OUT_LIMBS);
    dtoa_big_init(&t, tw, DTOA_OUT_LIMBS);
    /* x = R * 2^g with R = 2f (4f when closer) and the half-gaps M+ * 2^g, M- * 2^g, so everything
       is integral. Dividing by 10^k = 5^k * 2^k, the powers of two cancel and only one side keeps
       them, which keeps the bignums (and so every step below) about a third smaller. */
    mlo = closer ? &mm : &mp;
    g = e - (closer ? 2 : 1);
    k = dtoa_k_estimate(dtoa_bitlen64(f) + e - 1);
    dtoa_big_set64(&r, f << (closer ? 2 : 1));
    dtoa_big_set64(&mp, closer ? 2 : 1);
    dtoa_big_set64(&mm, 1);
    dtoa_big_set64(&s, 1);
    if (k < 0) {
        dtoa_big_mul_pow5(&r, -k);
        dtoa_big_mul_pow5(&mp, -k);
        if (closer) dtoa_big_mul_pow5(&mm, -k);
    } else {
        dtoa_big_mul_pow5(&s, k);
    }
    if (g - k >= 0) {
        dtoa_big_shl(&r, g - k);
        dtoa_big_shl(&mp, g - k);
        if (closer) dtoa_big_shl(&mm, g - k);
    } else {
        dtoa_big_shl(&s, k - g);
    }
    /* make k the first position the upper boundary cannot reach, so the first digit is < 10 */
    for (;;) {
        dtoa_big_add(&t, &r, &mp);
        c = dtoa_big_cmp(&t, &s);
        if (even ? c < 0 : c <= 0) break;
        dtoa_big_muladd(&s, 10, 0);
        k++;
    }
    if (dtoa_big_bitlen(&s) <= 59) {
        /* The common case of moderate exponents: the same loop in plain 64-bit arithmetic. Before
           the last step r + mp <= s, so after scaling by 10 everything stays below 20*s < 2^64. */
        uint64_t R = dtoa_big_u64(&r), S = dtoa_big_u64(&s), P = dtoa_big_u64(&mp);
        uint64_t M = dtoa_big_u64(mlo), d;
        bool low, high;
        for (;;) {
            R *= 10;
            P *= 10;
            M = closer ? M * 10 : P;
            d = R / S;
            R -= d * S;
            low = even ? R <= M : R < M;
            high = even ? R + P >= S : R + P > S;
            if (!low && !high && n < 16) {
                buf[n++] = (char)('0' + (int)d);
                continue;
            }
            if (low && high) {
                if (2 * R > S || (2 * R == S && (d & 1) != 0)) d++;
            } else if (high) {
                d++;
            }
            buf[n++] = (char)('0' + (int)d);
            break;
        }
        *decpt = k;
        return n;
    }
    sh = dtoa_big_norm_shift(&s);
    dtoa_big_shl(&s, sh);
    dtoa_big_shl(&r, sh);
    dtoa_big_shl(&mp, sh);
    if (closer) dtoa_big_shl(&mm, sh);
    for (;;) {
        uint32_t d;
        bool low, high;
        dtoa_big_muladd(&r, 10, 0);
        dtoa_big_muladd(&mp, 10, 0);
        if (closer) dtoa_big_muladd(&mm, 10, 0);
        d = dtoa_big_digit(&r, &s);
        c = dtoa_big_cmp(&r, mlo);
        low = even ? c <= 0 : c < 0;   /* stopping here (digit d) stays inside the interval */
        dtoa_big_add(&t, &r, &mp);
        c = dtoa_big_cmp(&t, &s);
        high = even ? c >= 0 : c > 0;  /* digit d+1 stays inside the interval */
        if (!low && !high && n < 16) {
            buf[n++] = (char)('0' + d);
            continue;
        }
        if (low && high) {
            /* both fit: the closer one, ties to even */
            dtoa_big_add(&t, &r, &r);
            c = dtoa_big_cmp(&t, &s);
            if (c > 0 || (c == 0 && (d & 1) != 0)) d++;
        } else if (high) {
            d++;
        }
        buf[n++] = (char)('0' + d);
        break;
    }
    *decpt = k;
    return n;
}

/* Correctly rounded (half-even) digits of x = f * 2^e (f > 0): sig ? prec significant digits (prec
   >= 1) : digits down to the 10^-prec position. Trailing zeros are dropped. Returns the digit
   count, 0 when x rounds to zero at that position (then decpt = -prec, as CPython's dtoa reports),
   or -1 when more than cap digits would be needed. */
static MY_FN int dtoa_fixed(uint64_t f, int e, bool sig, int prec, char *buf, int cap, int *decpt) {
    uint32_t rw[DTOA_OUT_LIMBS], sw[DTOA_OUT_LIMBS];
    dtoa_big r, s;
    uint64_t R = 0, S = 1;
    int k, want, n, i, c, z;
    char pd, last;
    bool small;
    dtoa_big_init(&r, rw, DTOA_OUT_LIMBS);
    dtoa_big_init(&s, sw, DTOA_OUT_LIMBS);
    /* r/s = f * 2^e / (5^k * 2^k), the powers of two cancelled onto one side */
    k = dtoa_k_estimate(dtoa_bitlen64(f) + e - 1);
    dtoa_big_set64(&r, f);
    dtoa_big_set64(&s, 1);
    if (k < 0) dtoa_big_mul_pow5(&r, -k);
    else dtoa_big_mul_pow5(&s, k);
    if (e - k >= 0) dtoa_big_shl(&r, e - k);
    else dtoa_big_shl(&s, k - e);
    while (dtoa_big_cmp(&r, &s) >= 0) {
        dtoa_big_muladd(&s, 10, 0);
        k++;
    }
    /* now 10^(k-1) <= x < 10^k and r/s = x / 10^k is in [0.1, 1) */
    want = sig ? prec : k + prec;
    if (want < 0) {
        *decpt = -prec;
        return 0;
    }
    /* With s below 2^59 the remainders fit in 64 bits (10*r < 10*s < 2^63): use plain integers. */
    small = dtoa_big_bitlen(&s) <= 59;
    if (small) {
        R = dtoa_big_u64(&r);
        S = dtoa_big_u64(&s);
    } else {
        int sh = dtoa_big_norm_shift(&s);
        dtoa_big_shl(&s, sh);
        dtoa_big_shl(&r, sh);
    }
    n = 0;
    if (want == 0) {
        /* rounding at the position just above the first digit: 1 there, or nothing (ties go to
           the even 0) */
        if (small) {
            c = 2 * R > S ? 1 : 0;
        } else {
            dtoa_big_shl(&r, 1);
            c = dtoa_big_cmp(&r, &s);
        }
        if (c > 0) {
            if (cap < 1) return -1;
            buf[0] = '1';
            *decpt = k + 1;
            return 1;
        }
        *decpt = -prec;
        return 0;
    }
    /* A run of 0s or 9s is held back (z digits of pd) until a different digit follows: rounding
       drops trailing zeros and turns trailing nines into a carry, so 'g' output can be far shorter
       than the digits asked for, and only the digits that survive should need room in buf. */
    z = 0;
    pd = '0';
    for (i = 0; i < want; i++) {
        char d;
        bool exact;
        if (small) {
            uint64_t q;
            R *= 10;
            q = R / S;
            R -= q * S;
            d = (char)('0' + (int)q);
            exact = R == 0;
        } else {
            dtoa_big_muladd(&r, 10, 0);
            d = (char)('0' + (int)dtoa_big_digit(&r, &s));
            exact = r.n == 0;
        }
        if (z > 0 && d == pd) {
            z++;
        } else {
            if (n + z + (d == '0' || d == '9' ? 0 : 1) > cap) return -1;
            for (; z > 0; z--) buf[n++] = pd;
            if (d == '0' || d == '9') {
                pd = d;
                z = 1;
            } else {
                buf[n++] = d;
            }
        }
        if (exact) {
            /* every further digit is 0: held-back zeros are dropped, nines are real */
            if (pd == '9') {
                if (n + z > cap) return -1;
                for (; z > 0; z--) buf[n++] = '9';
            }
            *decpt = k;
            return n;
        }
    }
    if (small) {
        c = 2 * R > S ? 1 : (2 * R == S ? 0 : -1);
    } else {
        dtoa_big_shl(&r, 1);
        c = dtoa_big_cmp(&r, &s);
    }
    /* the last digit generated: held back, or the last one stored */
    last = z > 0 ? pd : buf[n - 1];
    if (c > 0 || (c == 0 && ((last - '0') & 1) != 0)) {
        if (z > 0 && pd == '0') {
            /* the last zero becomes a one */
            if (n + z > cap) return -1;
            for (; z > 1; z--) buf[n++] = '0';
            buf[n++] = '1';
        } else {
            /* held-back nines (if any) carry into the stored digits */
            i = n - 1;
            while (i >= 0 && buf[i] == '9') i--;
            if (i < 0) {
                /* 99..9 rounded up to 100..0 */
                if (cap < 1) return -1;
                buf[0] = '1';
                n = 1;
                k++;
            } else {
                buf[i]++;
                n = i + 1;
            }
        }
    } else if (z > 0 && pd == '9') {
        if (n + z > cap) return -1;
        for (; z > 0; z--) buf[n++] = '9';
    }
    while (n > 1 && buf[n - 1] == '0') n--;
    *decpt = k;
    return n;
}

/* Formats an exponent as CPython does ("%+.02d"): sign and at least two digits. */
static MY_FN int dtoa_put_exp(char *p, int expo, bool upper) {
    int n = 0, a = expo < 0 ? -expo : expo;
    p[n++] = upper ? 'E' : 'e';
    p[n++] = expo < 0 ? '-' : '+';
    if (a >= 100) p[n++] = (char)('0' + a / 100);
    p[n++] = (char)('0' + (a / 10) % 10);
    p[n++] = (char)('0' + a % 10);
    return n;
}

MY_FN int dtoa_format(double x, char type, int precision, bool alternate, char *out, int cap) {
    char mode;
    bool upper = false, add_dot0 = false, pct = false, use_exp = false, keep_point;
    uint64_t bits, f;
    int e, pos = 0, nd, decpt, vstart, vend, expo = 0, bexp, total, explen, i;

    switch (type) {
    case 'e': case 'f': case 'g':
        mode = type;
        break;
    case 'E': case 'F': case 'G':
        mode = (char)(type - 'A' + 'a');
        upper = true;
        break;
    case '%':
        /* CPython scales in floating point first, so the product's rounding is part of the result */
        mode = 'f';
        pct = true;
        x = x * 100.0;
        break;
    case 'r':
        mode = 'r';
        add_dot0 = true;
        break;
    case 'j':
        /* the parts of a complex's repr: shortest digits, no ".0" added */
        mode = 'r';
        break;
    case 0:
        /* format()'s missing type: repr, or 'g' that keeps a digit after the point */
        add_dot0 = true;
        mode = precision < 0 ? 'r' : 'g';
        break;
    default:
        return -1;
    }
    if (precision < 0) precision = 6;

    bits = dtoa_bits(x);
    bexp = (int)((bits >> 52) & 0x7ff);
    if (bexp == 0x7ff) {
        bool nan = (bits & DTOA_MANT_MASK) != 0;
        bool minus = !nan && (bits >> 63) != 0;
        if (cap < (minus ? 1 : 0) + 3 + (pct ? 1 : 0) + 1) return -1;
        if (minus) out[pos++] = '-';
        out[pos++] = nan ? (upper ? 'N' : 'n') : (upper ? 'I' : 'i');
        out[pos++] = nan ? (upper ? 'A' : 'a') : (upper ? 'N' : 'n');
        out[pos++] = nan ? (upper ? 'N' : 'n') : (upper ? 'F' : 'f');
        if (pct) out[pos++] = '%';
        out[pos] = 0;
        return pos;
    }
    /* finite numbers print at least precision characters; refusing early also keeps the sums
       below in range */
    if ((mode == 'e' || mode == 'f' || (mode == 'g' && alternate)) && (precision >= cap || precision > 0x3fffffff))
        return -1;
    if (mode == 'g' && precision == 0) precision = 1;
    if (mode == 'e') precision++; /* from here on: significant digits wanted */
    if (cap < 2) return -1;
    if ((bits >> 63) != 0) out[pos++] = '-';

    /* digits go straight into out, then get spread into place */
    if (bexp == 0 && (bits & DTOA_MANT_MASK) == 0) {
        out[pos] = '0';
        nd = 1;
        decpt = 1;
    } else {
        if (bexp == 0) {
            f = bits & DTOA_MANT_MASK;
            e = -1074;
        } else {
            f = (bits & DTOA_MANT_MASK) | DTOA_HIDDEN;
            e = bexp - 1075;
        }
        if (mode == 'r') {
            char tmp[20];
            nd = dtoa_shortest(f, e, (bits & DTOA_MANT_MASK) == 0 && bexp > 1, tmp, &decpt);
            if (nd > cap - pos - 1) return -1;
            for (i = 0; i < nd; i++) out[pos + i] = tmp[i];
        } else {
            nd = dtoa_fixed(f, e, mode != 'f', precision, out + pos, cap - pos - 1, &decpt);
            if (nd < 0) return -1;
        }
    }

    /* CPython's layout: a window [vstart, vend) over the digits padded with zeros on both sides,
       with the point before index decpt. */
    vend = nd;
    switch (mode) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot0 ? precision - 1 : precision)) use_exp = true;
        if (alternate) vend = precision;
        break;
    default: /* 'r': exponent from 1e16 on, and below 1e-4 */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        expo = decpt - 1;
        decpt = 1;
    }
    vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot0) {
        if (vend < decpt + 1) vend = decpt + 1;
    } else if (vend < decpt) {
        vend = decpt;
    }
    keep_point = decpt < vend || alternate;
    explen = 0;
    if (use_exp) explen = (expo >= 100 || expo <= -100) ? 5 : 4;
    total = pos + (vend - vstart) + (keep_point ? 1 : 0) + explen + (pct ? 1 : 0);
    if (total + 1 > cap) return -1;

    /* move the digits right (from the end, as source and target overlap), then fill the zeros and
       the point around them */
    for (i = nd - 1; i >= 0; i--) out[pos + i - vstart + (i >= decpt ? 1 : 0)] = out[pos + i];
    for (i = vstart; i < 0; i++) out[pos + i - vstart + (i >= decpt ? 1 : 0)] = '0';
    for (i = nd; i < vend; i++) out[pos + i - vstart + (i >= decpt ? 1 : 0)] = '0';
    if (keep_point) out[pos + decpt - vstart] = '.';
    pos += (vend - vstart) + (keep_point ? 1 : 0);
    if (use_exp) pos += dtoa_put_exp(out + pos, expo, upper);
    if (pct) out[pos++] = '%';
    out[pos] = 0;
    return pos;
}

MY_FN int dtoa_repr(double x, char *out) {
    return dtoa_format(x, 'r', -1, false, out, DTOA_REPR_BUFSIZE);
}

/* ---------------------------------------------------------------------------------------------
   digits -> double */

/* The double nearest (half-even) to (m + t) * 2^be, where m != 0 and t is 0 when !sticky and
   strictly between 0 and 1 otherwise; overflows to inf and underflows through the subnormals. */
static MY_FN double dtoa_make_double(uint64_t m, int be, bool sticky, bool neg) {
    int lz = 64 - dtoa_bitlen64(m), E, drop;
    uint64_t kept, rem, half, bits;
    uint64_t sign = neg ? ((uint64_t)1) << 63 : 0;
    m <<= lz;
    be -= lz;
    E = be + 63; /* value in [2^E, 2^(E+1)) */
    if (E > 1023) return dtoa_from_bits(sign | ((uint64_t)0x7ff << 52));
    drop = 11;
    if (E < -1022) drop += -1022 - E; /* subnormal: fewer bits survive */
    if (drop > 64) return dtoa_from_bits(sign); /* below half the smallest subnormal */
    if (drop == 64) {
        kept = 0;
        rem = m;
        half = ((uint64_t)1) << 63;
    } else {
        kept = m >> drop;
        rem = m & ((((uint64_t)1) << drop) - 1);
        half = ((uint64_t)1) << (drop - 1);
    }
    if (rem > half || (rem == half && (sticky || (kept & 1) != 0))) kept++;
    if (E >= -1022) {
        if ((kept >> 53) != 0) {
            kept >>= 1;
            E++;
            if (E > 1023) return dtoa_from_bits(sign | ((uint64_t)0x7ff << 52));
        }
        bits = ((uint64_t)(E + 1023) << 52) | (kept & DTOA_MANT_MASK);
    } else {
        /* a subnormal that rounds up to 2^52 is exactly the smallest normal's bit pattern */
        bits = kept;
    }
    return dtoa_from_bits(sign | bits);
}

static MY_FN bool dtoa_isdigit(char c) {
    return c >= '0' && c <= '9';
}

/* s[0..n) equals the lowercase word w, ignoring ASCII case */
static MY_FN bool dtoa_ieq(const char *s, const char *w, int n) {
    int i;
    for (i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != w[i]) return false;
    }
    return true;
}

MY_FN int dtoa_parse(const char *s, int len, double *out) {
    int i = 0, start, end, ndig = 0, intdig = -1, first_nz = -1, last_nz = -1, kept, e10, idx;
    int64_t expv = 0, dp;
    bool neg = false, sticky;
    uint64_t sign;

    if (s == 0 || len <= 0) return -1;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        i = 1;
    }
    sign = neg ? ((uint64_t)1) << 63 : 0;
    if ((len - i == 3 && dtoa_ieq(s + i, "inf", 3)) || (len - i == 8 && dtoa_ieq(s + i, "infinity", 8))) {
        *out = dtoa_from_bits(sign | ((uint64_t)0x7ff << 52));
        return 0;
    }
    if (len - i == 3 && dtoa_ieq(s + i, "nan", 3)) {
        /* CPython keeps the sign of "-nan" (repr drops it anyway) */
        *out = dtoa_from_bits(sign | ((uint64_t)0xfff << 51));
        return 0;
    }

    /* Validate and measure: digit positions are counted without '_' and '.'. */
    start = i;
    for (; i < len; i++) {
        char c = s[i];
        if (dtoa_isdigit(c)) {
            if (c != '0') {
                if (first_nz < 0) first_nz = ndig;
                last_nz = ndig;
            }
            ndig++;
        } else if (c == '_') {
            if (i == start || !dtoa_isdigit(s[i - 1]) || i + 1 >= len || !dtoa_isdigit(s[i + 1])) return -1;
        } else if (c == '.' && intdig < 0) {
            intdig = ndig;
        } else {
            break;
        }
    }
    end = i;
    if (ndig == 0) return -1;
    if (intdig < 0) intdig = ndig;
    if (i < len) {
        bool eneg = false;
        if (s[i] != 'e' && s[i] != 'E') return -1;
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        if (i >= len || !dtoa_isdigit(s[i])) return -1;
        for (; i < len; i++) {
            char c = s[i];
            if (dtoa_isdigit(c)) {
                /* saturate: beyond this the value is 0 or inf whatever the digits say */
                if (expv < 1000000000000LL) expv = expv * 10 + (c - '0');
            } else if (c == '_' && dtoa_isdigit(s[i - 1]) && i + 1 < len && dtoa_isdigit(s[i + 1])) {
                continue;
            } else {
                return -1;
            }
        }
        if (eneg) expv = -expv;
    }

    if (first_nz < 0) {
        *out = dtoa_from_bits(sign);
        return 0;
    }
    /* value = 0.d1d2... * 10^dp with d1 the first non-zero digit */
    dp = (int64_t)intdig - first_nz + expv;
    if (dp > 310) {
        *out = dtoa_from_bits(sign | ((uint64_t)0x7ff << 52));
        return 0;
    }
    if (dp < -323) {
        /* below 10^-324, under half the smallest subnormal */
        *out = dtoa_from_bits(sign);
        return 0;
    }
    kept = last_nz - first_nz + 1;
    sticky = kept > DTOA_MAX_SIG;
    if (sticky) kept = DTOA_MAX_SIG;
    e10 = (int)dp - kept; /* value = D * 10^e10, D the kept digits as an integer */

#if (!defined(__FLT_EVAL_METHOD__) || __FLT_EVAL_METHOD__ == 0) && !defined(__FAST_MATH__)
    /* Clinger's fast path: D and 10^|e10| are exact doubles, so one correctly rounded IEEE
       operation gives the answer. Skipped where intermediates could be kept in wider registers
       or where the compiler may turn the division into a multiplication by a reciprocal. */
    if (!sticky && kept <= 15 && e10 >= -22 && e10 <= 22 + 15 - kept) {
        uint64_t D = 0;
        double r;
        idx = 0;
        for (i = start; i < end; i++) {
            if (!dtoa_isdigit(s[i])) continue;
            if (idx >= first_nz && idx <= last_nz) D = D * 10 + (uint64_t)(s[i] - '0');
            idx++;
        }
        while (e10 > 22) {
            /* move the surplus power into the integer, which stays below 10^15 < 2^53 */
            D *= 10;
            e10--;
        }
        r = (double)D;
        if (e10 > 0) r = r * dtoa_pow10_d[e10];
        else if (e10 < 0) r = r / dtoa_pow10_d[-e10];
        *out = dtoa_from_bits(sign | dtoa_bits(r));
        return 0;
    }
#endif

    {
        uint32_t dw[DTOA_IN_LIMBS], vw[DTOA_IN_LIMBS];
        dtoa_big D, V;
        uint32_t chunk = 0;
        int cn = 0, be;
        bool inexact;
        uint64_t m;
        dtoa_big_init(&D, dw, DTOA_IN_LIMBS);
        dtoa_big_init(&V, vw, DTOA_IN_LIMBS);
        /* gather the kept digits nine at a time */
        idx = 0;
        for (i = start; i < end && idx < first_nz + kept; i++) {
            if (!dtoa_isdigit(s[i])) continue;
            if (idx >= first_nz) {
                chunk = chunk * 10 + (uint32_t)(s[i] - '0');
                if (++cn == 9) {
                    dtoa_big_muladd(&D, dtoa_pow10_32[9], chunk);
                    chunk = 0;
                    cn = 0;
                }
            }
            idx++;
        }
        if (cn > 0) dtoa_big_muladd(&D, dtoa_pow10_32[cn], chunk);
        if (sticky) {
            /* a trailing 1 stands for the dropped non-zero tail: it can tie with no boundary */
            dtoa_big_muladd(&D, 10, 1);
            e10--;
        }
        if (e10 >= 0) {
            dtoa_big_mul_pow10(&D, e10);
            m = dtoa_big_top64(&D, &be, &inexact);
            *out = dtoa_make_double(m, be, inexact, neg);
            return 0;
        }
        /* D / 10^m = D / (5^m * 2^m): scale so that the quotient has 63 or 64 bits */
        {
            int mexp = -e10, sh;
            dtoa_big_set64(&V, 1);
            dtoa_big_mul_pow5(&V, mexp);
            sh = dtoa_big_bitlen(&V) - dtoa_big_bitlen(&D) + 63;
            if (sh >= 0) dtoa_big_shl(&D, sh);
            else dtoa_big_shl(&V, -sh);
            m = dtoa_big_div64(&D, &V, &inexact);
            *out = dtoa_make_double(m, -sh - mexp, inexact, neg);
            return 0;
        }
    }
}

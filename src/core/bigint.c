/* bigint.c: arbitrary-precision integer kernels (add, mul, Knuth division, shifts, bit ops, conversions) on heap magnitudes. */
#include "bigint.h"

/* ------------------------------------------------------------------------------------------------
   Access helpers.

   Every load goes through mem_ld_u32. Stores go through a one-word write buffer: the two digits (or
   eight bytes) that share a heap word are merged and the word is stored once, instead of a
   load+store per half. A word that is only partly written is merged with what the heap holds, so
   nothing outside the written range changes. Loops that write an area they also read (out == a)
   only ever read digits they have not yet written, and the heap still holds those while a word is
   buffered, so buffering never shows a reader a stale value. */

typedef struct big_wbuf {
    Ref w;          /* the buffered word */
    uint64_t val;   /* bits written so far */
    uint64_t mask;  /* which bits of the word have been written; 0 = nothing buffered */
} big_wbuf;

MY_INLINE void big_wb_init(big_wbuf *b) {
    b->w = 0;
    b->val = 0;
    b->mask = 0;
}

MY_INLINE void big_wb_flush(HeapView *H, big_wbuf *b) {
    if (b->mask == 0) return;
    if (b->mask == ~(uint64_t)0) mem_st(H, b->w, b->val);
    else mem_st(H, b->w, (mem_ld(H, b->w) & ~b->mask) | b->val);
    b->mask = 0;
    b->val = 0;
}

MY_INLINE void big_wb_put(HeapView *H, big_wbuf *b, Ref w, unsigned sh, uint64_t field, uint64_t v) {
    if (b->mask != 0 && b->w != w) big_wb_flush(H, b);
    b->w = w;
    b->val = (b->val & ~(field << sh)) | ((v & field) << sh);
    b->mask |= field << sh;
    if (b->mask == ~(uint64_t)0) {
        mem_st(H, w, b->val);
        b->mask = 0;
        b->val = 0;
    }
}

MY_INLINE void big_put(HeapView *H, big_wbuf *b, Ref r, uint32_t i, uint32_t d) {
    big_wb_put(H, b, r + (i >> 1), (i & 1u) * 32u, 0xFFFFFFFFull, d);
}

MY_INLINE void big_put_byte(HeapView *H, big_wbuf *b, Ref r, uint32_t i, uint32_t c) {
    big_wb_put(H, b, r + (i >> 3), (i & 7u) * 8u, 0xFFull, c);
}

MY_INLINE uint32_t big_ld(const HeapView *H, Ref r, uint32_t i) {
    return mem_ld_u32(H, r, i);
}

/* Digit i, or 0 past the end: lets loops treat the shorter operand as zero-extended. */
MY_INLINE uint32_t big_ld0(const HeapView *H, Ref r, uint32_t n, uint32_t i) {
    return i < n ? mem_ld_u32(H, r, i) : 0u;
}

MY_INLINE unsigned big_clz32(uint32_t x) {
    unsigned n = 0;
    if (x == 0) return 32;
    if ((x & 0xFFFF0000u) == 0) { n += 16; x <<= 16; }
    if ((x & 0xFF000000u) == 0) { n += 8; x <<= 8; }
    if ((x & 0xF0000000u) == 0) { n += 4; x <<= 4; }
    if ((x & 0xC0000000u) == 0) { n += 2; x <<= 2; }
    if ((x & 0x80000000u) == 0) { n += 1; }
    return n;
}

/* ------------------------------------------------------------------------------------------------
   Small helpers. */

MY_FN uint32_t big_normalize(const HeapView *H, Ref a, uint32_t na) {
    while (na > 0 && big_ld(H, a, na - 1) == 0) na--;
    return na;
}

MY_FN bool big_is_zero(const HeapView *H, Ref a, uint32_t na) {
    return big_normalize(H, a, na) == 0;
}

MY_FN void big_copy(HeapView *H, Ref a, uint32_t na, Ref out) {
    big_wbuf w;
    uint32_t i;
    if (a == out) return;
    big_wb_init(&w);
    for (i = 0; i < na; i++) big_put(H, &w, out, i, big_ld(H, a, i));
    big_wb_flush(H, &w);
}

MY_FN uint64_t big_bit_length(const HeapView *H, Ref a, uint32_t na) {
    na = big_normalize(H, a, na);
    if (na == 0) return 0;
    return (uint64_t)(na - 1) * 32u + (32u - big_clz32(big_ld(H, a, na - 1)));
}

/* 64 bits of a starting at bit pos (bits past the top read as 0). */
static MY_FN uint64_t big_bits64(const HeapView *H, Ref a, uint32_t na, uint64_t pos) {
    uint64_t di = pos >> 5;
    unsigned off = (unsigned)(pos & 31u);
    uint64_t d0, d1, d2;
    if (di >= na) return 0;
    d0 = big_ld(H, a, (uint32_t)di);
    d1 = big_ld0(H, a, na, (uint32_t)di + 1u);
    if (off == 0) return d0 | (d1 << 32);
    d2 = big_ld0(H, a, na, (uint32_t)di + 2u);
    return (d0 >> off) | (d1 << (32u - off)) | (d2 << (64u - off));
}

/* Whether any of the bits below bit pos is set: the "sticky" information lost by a right shift. */
static MY_FN bool big_low_bits_set(const HeapView *H, Ref a, uint32_t na, uint64_t pos) {
    uint64_t full = pos >> 5;
    unsigned part = (unsigned)(pos & 31u);
    uint32_t i;
    for (i = 0; i < na && i < full; i++)
        if (big_ld(H, a, i) != 0) return true;
    if (part != 0 && full < na && (big_ld(H, a, (uint32_t)full) & ((1u << part) - 1u)) != 0) return true;
    return false;
}

/* ------------------------------------------------------------------------------------------------
   Magnitude arithmetic. */

MY_FN int big_cmp(const HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb) {
    na = big_normalize(H, a, na);
    nb = big_normalize(H, b, nb);
    if (na != nb) return na < nb ? -1 : 1;
    while (na > 0) {
        uint32_t x, y;
        na--;
        x = big_ld(H, a, na);
        y = big_ld(H, b, na);
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

MY_FN uint32_t big_add(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb, Ref out) {
    big_wbuf w;
    uint64_t c = 0;
    uint32_t i;
    na = big_normalize(H, a, na);
    nb = big_normalize(H, b, nb);
    if (na < nb) {   /* make a the longer one */
        Ref t = a; uint32_t tn = na;
        a = b; na = nb; b = t; nb = tn;
    }
    big_wb_init(&w);
    for (i = 0; i < nb; i++) {
        c += (uint64_t)big_ld(H, a, i) + big_ld(H, b, i);
        big_put(H, &w, out, i, (uint32_t)c);
        c >>= 32;
    }
    for (; i < na; i++) {
        /* In place with no carry left, the rest of a is already the result. */
        if (c == 0 && out == a) break;
        c += big_ld(H, a, i);
        big_put(H, &w, out, i, (uint32_t)c);
        c >>= 32;
    }
    if (c != 0) big_put(H, &w, out, na, (uint32_t)c);
    big_wb_flush(H, &w);
    /* a is normalized, so without a carry out the top digit is nonzero. */
    return c != 0 ? na + 1 : na;
}

MY_FN uint32_t big_sub(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb, Ref out) {
    big_wbuf w;
    uint64_t br = 0;
    uint32_t i;
    na = big_normalize(H, a, na);
    nb = big_normalize(H, b, nb);
    big_wb_init(&w);
    for (i = 0; i < na; i++) {
        uint64_t t;
        if (i >= nb && br == 0 && out == a) break;   /* in place: the rest of a is unchanged */
        t = (uint64_t)big_ld(H, a, i) - big_ld0(H, b, nb, i) - br;
        big_put(H, &w, out, i, (uint32_t)t);
        br = t >> 63;   /* a wrapped difference has its top bit set */
    }
    big_wb_flush(H, &w);
    return big_normalize(H, out, na);
}

MY_FN uint32_t big_mul_small(HeapView *H, Ref a, uint32_t na, uint32_t m, uint32_t add, Ref out) {
    big_wbuf w;
    uint64_t c = add;
    uint32_t i;
    na = big_normalize(H, a, na);
    big_wb_init(&w);
    for (i = 0; i < na; i++) {
        /* (2^32-1)^2 + (2^32-1) < 2^64: no overflow. */
        c += (uint64_t)big_ld(H, a, i) * m;
        big_put(H, &w, out, i, (uint32_t)c);
        c >>= 32;
    }
    if (c != 0) big_put(H, &w, out, na, (uint32_t)c);
    big_wb_flush(H, &w);
    if (c != 0) return na + 1;
    return big_normalize(H, out, na);
}

MY_FN uint32_t big_divmod_small(HeapView *H, Ref a, uint32_t na, uint32_t d, Ref q, uint32_t *rem) {
    big_wbuf w;
    uint64_t r = 0;
    uint32_t i;
    na = big_normalize(H, a, na);
    big_wb_init(&w);
    for (i = na; i-- > 0;) {
        uint64_t cur = (r << 32) | big_ld(H, a, i);
        big_put(H, &w, q, i, (uint32_t)(cur / d));
        r = cur % d;
    }
    big_wb_flush(H, &w);
    *rem = (uint32_t)r;
    return big_normalize(H, q, na);
}

/* Column-wise (product scanning) schoolbook: each output digit is summed in a 96-bit accumulator and
   written once, so out needs no clearing and sees no read-modify-write. */
static MY_FN uint32_t big_mul_cols(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb, Ref out) {
    big_wbuf w;
    uint64_t lo = 0, hi = 0;   /* accumulator = lo + hi * 2^64 */
    uint32_t k, n = na + nb;
    big_wb_init(&w);
    for (k = 0; k + 1 < n; k++) {
        uint32_t i = k >= nb ? k - nb + 1u : 0u;
        uint32_t iend = k < na ? k : na - 1u;
        for (; i <= iend; i++) {
            uint64_t p = (uint64_t)big_ld(H, a, i) * big_ld(H, b, k - i);
            lo += p;
            hi += lo < p;
        }
        big_put(H, &w, out, k, (uint32_t)lo);
        /* hi counts at most min(na, nb) overflows, so the shifted accumulator fits 64 bits. */
        lo = (lo >> 32) | (hi << 32);
        hi = 0;
    }
    big_put(H, &w, out, n - 1, (uint32_t)lo);
    big_wb_flush(H, &w);
    return (uint32_t)lo != 0 ? n : n - 1;
}

/* Squaring: each cross product a[i]*a[j] (i < j) appears twice, so sum them once and double. */
static MY_FN uint32_t big_sqr_cols(HeapView *H, Ref a, uint32_t na, Ref out) {
    big_wbuf w;
    uint64_t lo = 0, hi = 0;
    uint32_t k, n = 2 * na;
    big_wb_init(&w);
    for (k = 0; k + 1 < n; k++) {
        uint64_t xl = 0, xh = 0;   /* the cross products of this column */
        uint32_t i = k >= na ? k - na + 1u : 0u;
        for (; 2 * i < k; i++) {
            uint64_t p = (uint64_t)big_ld(H, a, i) * big_ld(H, a, k - i);
            xl += p;
            xh += xl < p;
        }
        xh = (xh << 1) | (xl >> 63);
        xl <<= 1;
        lo += xl;
        hi += xh + (lo < xl);
        if ((k & 1u) == 0) {
            uint64_t d = big_ld(H, a, k / 2);
            uint64_t p = d * d;
            lo += p;
            hi += lo < p;
        }
        big_put(H, &w, out, k, (uint32_t)lo);
        lo = (lo >> 32) | (hi << 32);
        hi = 0;
    }
    big_put(H, &w, out, n - 1, (uint32_t)lo);
    big_wb_flush(H, &w);
    return (uint32_t)lo != 0 ? n : n - 1;
}

MY_FN uint32_t big_mul(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb, Ref out) {
    na = big_normalize(H, a, na);
    nb = big_normalize(H, b, nb);
    if (na == 0 || nb == 0) return 0;
    if (nb == 1) return big_mul_small(H, a, na, big_ld(H, b, 0), 0, out);
    if (na == 1) return big_mul_small(H, b, nb, big_ld(H, a, 0), 0, out);
    if (a == b && na == nb) return big_sqr_cols(H, a, na, out);
    return big_mul_cols(H, a, na, b, nb, out);
}

/* Writes a << s (s < 32) to out as exactly na digits, plus digit na when extra is set: the division
   below needs the dividend's top digit even when it is zero. */
static MY_FN void big_shl_fixed(HeapView *H, Ref a, uint32_t na, unsigned s, bool extra, Ref out) {
    big_wbuf w;
    uint32_t i, prev = 0;
    big_wb_init(&w);
    for (i = 0; i < na; i++) {
        uint32_t d = big_ld(H, a, i);
        big_put(H, &w, out, i, s == 0 ? d : (d << s) | (prev >> (32u - s)));
        prev = d;
    }
    if (extra) big_put(H, &w, out, na, s == 0 ? 0u : prev >> (32u - s));
    big_wb_flush(H, &w);
}

MY_FN void big_divmod(HeapView *H, Ref a, uint32_t na, Ref b, uint32_t nb,
                      Ref q, uint32_t *nq, Ref r, uint32_t *nr, Ref scratch) {
    big_wbuf wq, wu;
    Ref u, v;
    uint32_t m, j, i, vtop, vnext;
    unsigned s;
    na = big_normalize(H, a, na);
    nb = big_normalize(H, b, nb);
    if (nb == 0) { *nq = 0; *nr = 0; return; }
    if (big_cmp(H, a, na, b, nb) < 0) {
        *nq = 0;
        big_copy(H, a, na, r);
        *nr = na;
        return;
    }
    if (nb == 1) {
        uint32_t rem;
        *nq = big_divmod_small(H, a, na, big_ld(H, b, 0), q, &rem);
        if (rem != 0) mem_st_u32(H, r, 0, rem);
        *nr = rem != 0 ? 1u : 0u;
        return;
    }

    /* D1: shift so that v's top digit has its high bit set; then the estimate qhat below is at most
       2 too large. u = a << s keeps one extra digit; both live in scratch. */
    s = big_clz32(big_ld(H, b, nb - 1));
    u = scratch;
    v = scratch + (na + 2u) / 2u;      /* after u's na+1 digits, word aligned */
    big_shl_fixed(H, a, na, s, true, u);
    big_shl_fixed(H, b, nb, s, false, v);   /* s = clz of b's top digit: nothing shifts out */
    vtop = big_ld(H, v, nb - 1);
    vnext = big_ld(H, v, nb - 2);
    m = na - nb;

    big_wb_init(&wq);
    big_wb_init(&wu);
    for (j = m + 1; j-- > 0;) {
        /* D3: estimate qhat from the top two digits of the current remainder, refined with the third. */
        uint64_t num = ((uint64_t)big_ld(H, u, j + nb) << 32) | big_ld(H, u, j + nb - 1);
        uint64_t qhat = num / vtop;
        uint64_t rhat = num - qhat * vtop;
        uint32_t u2 = big_ld(H, u, j + nb - 2);
        uint64_t mc = 0, br = 0, t;
        /* qhat >= 2^32 is tested first so that qhat * vnext below cannot overflow. */
        while (qhat > 0xFFFFFFFFull || qhat * vnext > ((rhat << 32) | u2)) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xFFFFFFFFull) break;
        }
        /* D4: u[j .. j+nb] -= qhat * v, with the product's carry and the borrow kept apart. */
        for (i = 0; i < nb; i++) {
            uint64_t p = qhat * big_ld(H, v, i) + mc;
            mc = p >> 32;
            t = (uint64_t)big_ld(H, u, i + j) - (uint32_t)p - br;
            br = t >> 63;
            big_put(H, &wu, u, i + j, (uint32_t)t);
        }
        t = (uint64_t)big_ld(H, u, j + nb) - mc - br;
        big_put(H, &wu, u, j + nb, (uint32_t)t);
        big_wb_flush(H, &wu);
        if (t >> 63) {
            /* D6: the remainder went negative (rare, about 2 / 2^32): qhat was one too large. */
            uint64_t c = 0;
            qhat--;
            for (i = 0; i < nb; i++) {
                c += (uint64_t)big_ld(H, u, i + j) + big_ld(H, v, i);
                big_put(H, &wu, u, i + j, (uint32_t)c);
                c >>= 32;
            }
            /* The carry out cancels the borrow: the top digit wraps back to 0. */
            big_put(H, &wu, u, j + nb, big_ld(H, u, j + nb) + (uint32_t)c);
            big_wb_flush(H, &wu);
        }
        big_put(H, &wq, q, j, (uint32_t)qhat);
    }
    big_wb_flush(H, &wq);
    *nq = big_normalize(H, q, m + 1);

    /* D8: the remainder is u[0 .. nb-1] >> s. */
    {
        big_wbuf wr;
        big_wb_init(&wr);
        for (i = 0; i < nb; i++) {
            uint32_t d = big_ld(H, u, i);
            if (s != 0) d = (d >> s) | (i + 1 < nb ? big_ld(H, u, i + 1) << (32u - s) : 0u);
            big_put(H, &wr, r, i, d);
        }
        big_wb_flush(H, &wr);
        *nr = big_normalize(H, r, nb);
    }
}

MY_FN uint32_t big_shl(HeapView *H, Ref a, uint32_t na, uint32_t bits, Ref out) {
    big_wbuf w;
    uint32_t ds = bits >> 5, i, n;
    unsigned bs = bits & 31u;
    na = big_normalize(H, a, na);
    if (na == 0) return 0;
    n = na + ds;
    big_wb_init(&w);
    /* From the top down, so that out == a never overwrites a digit still to be read. */
    if (bs == 0) {
        for (i = na; i-- > 0;) big_put(H, &w, out, i + ds, big_ld(H, a, i));
    } else {
        uint32_t top = big_ld(H, a, na - 1) >> (32u - bs);
        if (top != 0) {
            big_put(H, &w, out, na + ds, top);
            n++;
        }
        for (i = na - 1; i > 0; i--)
            big_put(H, &w, out, i + ds, (big_ld(H, a, i) << bs) | (big_ld(H, a, i - 1) >> (32u - bs)));
        big_put(H, &w, out, ds, big_ld(H, a, 0) << bs);
    }
    for (i = ds; i-- > 0;) big_put(H, &w, out, i, 0);
    big_wb_flush(H, &w);
    return n;
}

MY_FN uint32_t big_shr(HeapView *H, Ref a, uint32_t na, uint32_t bits, Ref out) {
    big_wbuf w;
    uint32_t ds = bits >> 5, i, n;
    unsigned bs = bits & 31u;
    na = big_normalize(H, a, na);
    if (ds >= na) return 0;
    n = na - ds;
    big_wb_init(&w);
    /* From the bottom up, so that out == a never overwrites a digit still to be read. */
    for (i = 0; i < n; i++) {
        uint32_t d = big_ld(H, a, i + ds);
        if (bs != 0) d = (d >> bs) | (i + ds + 1 < na ? big_ld(H, a, i + ds + 1) << (32u - bs) : 0u);
        big_put(H, &w, out, i, d);
    }
    big_wb_flush(H, &w);
    return big_normalize(H, out, n);
}

/* ------------------------------------------------------------------------------------------------
   Signed helpers. */

MY_FN uint32_t big_add_signed(HeapView *H, int sa, Ref a, uint32_t na, int sb, Ref b, uint32_t nb,
                              Ref out, int *sout) {
    uint32_t n;
    int c;
    na = sa != 0 ? big_normalize(H, a, na) : 0;
    nb = sb != 0 ? big_normalize(H, b, nb) : 0;
    if (na == 0) {
        big_copy(H, b, nb, out);
        *sout = nb != 0 ? sb : 0;
        return nb;
    }
    if (nb == 0) {
        big_copy(H, a, na, out);
        *sout = sa;
        return na;
    }
    if ((sa < 0) == (sb < 0)) {
        *sout = sa;
        return big_add(H, a, na, b, nb, out);
    }
    c = big_cmp(H, a, na, b, nb);
    if (c == 0) { *sout = 0; return 0; }
    if (c > 0) {
        n = big_sub(H, a, na, b, nb, out);
        *sout = sa;
    } else {
        n = big_sub(H, b, nb, a, na, out);
        *sout = sb;
    }
    return n;
}

MY_FN uint32_t big_sub_signed(HeapView *H, int sa, Ref a, uint32_t na, int sb, Ref b, uint32_t nb,
                              Ref out, int *sout) {
    return big_add_signed(H, sa, a, na, -sb, b, nb, out, sout);
}

MY_FN void big_divmod_floor(HeapView *H, int sa, Ref a, uint32_t na, int sb, Ref b, uint32_t nb,
                            Ref q, uint32_t *nq, int *sq, Ref r, uint32_t *nr, int *sr, Ref scratch) {
    bool opposite = (sa < 0) != (sb < 0);
    if (sa == 0) na = 0;
    big_divmod(H, a, na, b, nb, q, nq, r, nr, scratch);
    /* Truncation rounded toward zero; with opposite signs and a remainder, floor is one further:
       |q| + 1, and the remainder |b| - |r| takes b's sign. */
    if (sa != 0 && opposite && *nr != 0) {
        *nq = big_mul_small(H, q, *nq, 1, 1, q);
        *nr = big_sub(H, b, nb, r, *nr, r);
    }
    *sq = *nq == 0 ? 0 : (opposite ? -1 : 1);
    *sr = *nr == 0 ? 0 : (sb < 0 ? -1 : 1);
}

MY_FN uint32_t big_shr_signed(HeapView *H, int sa, Ref a, uint32_t na, uint32_t bits, Ref out, int *sout) {
    uint32_t n;
    bool lost;
    na = sa != 0 ? big_normalize(H, a, na) : 0;
    if (na == 0) { *sout = 0; return 0; }
    if (sa > 0) {
        n = big_shr(H, a, na, bits, out);
        *sout = n != 0 ? 1 : 0;
        return n;
    }
    /* Negative: floor(-x / 2^k) = -ceil(x / 2^k), i.e. one more when any 1 bit is shifted out.
       The lost bits must be looked at before out (possibly a) is written. */
    lost = big_low_bits_set(H, a, na, bits);
    n = big_shr(H, a, na, bits, out);
    if (lost) n = big_mul_small(H, out, n, 1, 1, out);
    *sout = -1;   /* never 0: a negative value shifted right stops at -1 */
    return n;
}

MY_INLINE uint32_t big_op32(char op, uint32_t x, uint32_t y) {
    return op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y);
}

MY_FN uint32_t big_bitop(HeapView *H, char op, int sa, Ref a, uint32_t na, int sb, Ref b, uint32_t nb,
                         Ref out, int *sout) {
    big_wbuf w;
    uint64_t ca = 1, cb = 1, cr = 1;   /* the "+1" carries of the two's complement negations */
    uint32_t n, i, len;
    bool neg;
    na = sa != 0 ? big_normalize(H, a, na) : 0;
    nb = sb != 0 ? big_normalize(H, b, nb) : 0;
    if (na == 0) sa = 0;
    if (nb == 0) sb = 0;
    /* The result is negative when the op applied to the infinite sign extensions gives ones. */
    neg = big_op32(op, sa < 0 ? 0xFFFFFFFFu : 0u, sb < 0 ? 0xFFFFFFFFu : 0u) != 0;
    n = na > nb ? na : nb;
    big_wb_init(&w);
    for (i = 0; i < n; i++) {
        /* A negative value's two's complement digit is ~digit + carry; past its top the carry has
           died (the magnitude is nonzero), which gives the all-ones sign extension. */
        uint32_t da = big_ld0(H, a, na, i), db = big_ld0(H, b, nb, i), dr;
        if (sa < 0) { ca += (uint32_t)~da; da = (uint32_t)ca; ca >>= 32; }
        if (sb < 0) { cb += (uint32_t)~db; db = (uint32_t)cb; cb >>= 32; }
        dr = big_op32(op, da, db);
        if (neg) { cr += (uint32_t)~dr; dr = (uint32_t)cr; cr >>= 32; }
        big_put(H, &w, out, i, dr);
    }
    /* Digit n of a negative result is ~(all ones) + carry = carry: -2^(32n) needs one more digit. */
    if (neg && cr != 0) big_put(H, &w, out, n, (uint32_t)cr);
    big_wb_flush(H, &w);
    len = (neg && cr != 0) ? n + 1 : big_normalize(H, out, n);
    *sout = len == 0 ? 0 : (neg ? -1 : 1);
    return len;
}

/* ------------------------------------------------------------------------------------------------
   Conversions. */

MY_FN uint32_t big_from_u64(HeapView *H, uint64_t v, Ref out) {
    if (v == 0) return 0;
    if ((v >> 32) == 0) {
        mem_st_u32(H, out, 0, (uint32_t)v);
        return 1;
    }
    mem_st(H, out, v);   /* digits 0 and 1 are exactly the word's halves */
    return 2;
}

MY_FN bool big_to_u64(const HeapView *H, Ref a, uint32_t na, uint64_t *v) {
    na = big_normalize(H, a, na);
    if (na > 2) return false;
    *v = (uint64_t)big_ld0(H, a, na, 0) | ((uint64_t)big_ld0(H, a, na, 1) << 32);
    return true;
}

MY_FN double big_to_double(const HeapView *H, Ref a, uint32_t na, int *overflow) {
    uint64_t len, shift, top, m;
    int e;
    *overflow = 0;
    na = big_normalize(H, a, na);
    len = big_bit_length(H, a, na);
    if (len <= 53) return (double)big_bits64(H, a, na, 0);   /* exact */
    if (len > 1024) {
        *overflow = 1;
        return ldexp(1.0, 1024);   /* +inf */
    }
    /* Keep 54 bits (53 + the rounding bit); the sticky bit is whether anything below is set. */
    shift = len - 54;
    top = big_bits64(H, a, na, shift) & ((1ull << 54) - 1u);
    m = top >> 1;
    if ((top & 1u) != 0 && ((m & 1u) != 0 || big_low_bits_set(H, a, na, shift))) m++;
    e = (int)shift + 1;
    if (m == (1ull << 53)) { m >>= 1; e++; }
    /* m is in [2^52, 2^53): the value is below 2^1024 only while 52 + e < 1024. */
    if (52 + e >= 1024) {
        *overflow = 1;
        return ldexp(1.0, 1024);
    }
    return ldexp((double)m, e);
}

MY_FN uint32_t big_from_double(HeapView *H, double x, Ref out) {
    int e;
    double f;
    uint64_t m;
    uint32_t n;
    if (x != x || x - x != x - x) return 0;   /* NaN, or an infinity (inf - inf is NaN) */
    if (x < 0) x = -x;
    if (x < 1.0) return 0;
    f = frexp(x, &e);               /* x = f * 2^e, 0.5 <= f < 1, so e >= 1 */
    m = (uint64_t)ldexp(f, 53);     /* the 53-bit significand, exactly */
    if (e <= 53) return big_from_u64(H, m >> (53 - e), out);   /* drops the fraction bits */
    n = big_from_u64(H, m, out);
    return big_shl(H, out, n, (uint32_t)(e - 53), out);
}

MY_FN uint64_t big_hash_mod(const HeapView *H, Ref a, uint32_t na) {
    const uint64_t p = ((uint64_t)1 << 61) - 1u;
    uint64_t h = 0;
    uint32_t i;
    na = big_normalize(H, a, na);
    for (i = na; i-- > 0;) {
        /* h * 2^32 mod 2^61-1 is a rotation of h's 61 bits by 32. */
        h = ((h << 32) & p) | (h >> 29);
        h += big_ld(H, a, i);
        if (h >= p) h -= p;
    }
    return h;
}

/* ------------------------------------------------------------------------------------------------
   Strings. */

/* floor(2^24 * 32 / log2(base)) + 1: characters per 32-bit digit, rounded up, in 2^-24 units. */
static MY_CONST uint32_t big_chars_per_digit[37] = {
    0, 0, 536870913u, 338727833u, 268435457u, 231217717u, 207690020u, 191237278u, 178956971u,
    169363917u, 161614249u, 155190497u, 149756354u, 145083005u, 141008896u, 137416419u, 134217729u,
    131345760u, 128748338u, 126384199u, 124220233u, 122229535u, 120389987u, 118683223u, 117093851u,
    115608859u, 114217168u, 112909278u, 111676987u, 110513177u, 109411633u, 108366904u, 107374183u,
    106429217u, 105528223u, 104667828u, 103845010u
};

/* floor(2^24 * log2(base)) + 1: bits per character, rounded up, in 2^-24 units. */
static MY_CONST uint32_t big_bits_per_char[37] = {
    0, 0, 16777217u, 26591259u, 33554433u, 38955490u, 43368475u, 47099600u, 50331649u, 53182517u,
    55732706u, 58039632u, 60145691u, 62083077u, 63876816u, 65546748u, 67108865u, 68576247u,
    69959733u, 71268398u, 72509922u, 73690859u, 74816848u, 75892777u, 76922907u, 77910979u,
    78860293u, 79773775u, 80654032u, 81503397u, 82323964u, 83117622u, 83886081u, 84630890u,
    85353463u, 86055090u, 86736949u
};

/* log2(base) for power-of-two bases, else 0. */
MY_INLINE unsigned big_pow2_bits(uint32_t base) {
    unsigned k = 0;
    if (base < 2 || (base & (base - 1u)) != 0) return 0;
    while ((1u << k) < base) k++;
    return k;
}

/* The largest power of base that fits a digit, and how many characters it covers: the chunk that
   one single-digit division or multiplication handles. */
MY_INLINE uint32_t big_chunk(uint32_t base, uint32_t *nchars) {
    uint32_t p = base, k = 1;
    while ((uint64_t)p * base <= 0xFFFFFFFFull) { p *= base; k++; }
    *nchars = k;
    return p;
}

MY_FN uint32_t big_to_base_maxlen(uint32_t na, uint32_t base) {
    uint64_t n;
    if (base < 2 || base > 36) return 0;
    n = ((uint64_t)na * big_chars_per_digit[base] + 0xFFFFFFu) >> 24;
    return n == 0 ? 1u : (uint32_t)n;
}

MY_FN uint32_t big_from_base_maxdigits(uint32_t nbytes, uint32_t base) {
    uint64_t bits;
    if (base < 2 || base > 36) return 0;
    bits = ((uint64_t)nbytes * big_bits_per_char[base] + 0xFFFFFFu) >> 24;
    return (uint32_t)((bits + 31u) / 32u) + 1u;
}

MY_INLINE uint32_t big_char_of(uint32_t v) {
    return v < 10 ? '0' + v : 'a' + (v - 10);
}

MY_FN uint32_t big_to_base(HeapView *H, Ref a, uint32_t na, uint32_t base, Ref scratch, Ref out_bytes) {
    big_wbuf w;
    unsigned k;
    uint32_t i;
    if (base < 2 || base > 36) return 0;
    na = big_normalize(H, a, na);
    big_wb_init(&w);
    if (na == 0) {
        mem_st_byte(H, out_bytes, 0, '0');
        return 1;
    }
    k = big_pow2_bits(base);
    if (k != 0) {
        /* Power of two: each character is k bits, read straight from the digits. */
        uint64_t len = big_bit_length(H, a, na);
        uint32_t nch = (uint32_t)((len + k - 1u) / k);
        for (i = 0; i < nch; i++) {
            uint64_t pos = (uint64_t)(nch - 1u - i) * k;
            uint32_t di = (uint32_t)(pos >> 5), off = (uint32_t)(pos & 31u);
            uint32_t v = big_ld(H, a, di) >> off;
            if (off + k > 32u && di + 1u < na) v |= big_ld(H, a, di + 1u) << (32u - off);
            big_put_byte(H, &w, out_bytes, i, big_char_of(v & (base - 1u)));
        }
        big_wb_flush(H, &w);
        return nch;
    } else {
        /* Otherwise divide a copy by the largest power of base that fits a digit; each remainder
           gives a chunk of characters, least significant first. They are written backwards from
           the end of the area, then moved to its start. */
        uint32_t nchunk, chunk = big_chunk(base, &nchunk);
        uint32_t maxlen = big_to_base_maxlen(na, base), pos = maxlen, n = na, len;
        big_copy(H, a, na, scratch);
        while (n > 0) {
            uint32_t rem, c;
            n = big_divmod_small(H, scratch, n, chunk, scratch, &rem);
            /* Inner chunks keep their leading zeros; the top one stops at its top nonzero digit
               (it is nonzero because the value it remains of was). */
            for (c = 0; n > 0 ? c < nchunk : rem != 0; c++) {
                pos--;
                big_put_byte(H, &w, out_bytes, pos, big_char_of(rem % base));
                rem /= base;
            }
        }
        big_wb_flush(H, &w);
        len = maxlen - pos;
        if (pos != 0) {
            /* Forward copy to a lower address: every source byte is read before its word is
               rewritten. */
            for (i = 0; i < len; i++) big_put_byte(H, &w, out_bytes, i, mem_ld_byte(H, out_bytes, pos + i));
            big_wb_flush(H, &w);
        }
        return len;
    }
}

MY_INLINE uint32_t big_digit_value(uint32_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10u;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10u;
    return 99u;
}

MY_FN int big_from_base(HeapView *H, Ref src_bytes, uint32_t nbytes, uint32_t base, Ref out, uint32_t *nout) {
    big_wbuf w;
    uint32_t i, n = 0;
    unsigned k;
    *nout = 0;
    if (base < 2 || base > 36 || nbytes == 0) return -1;
    /* Check every character first: a bad one then costs no quadratic work. */
    for (i = 0; i < nbytes; i++)
        if (big_digit_value(mem_ld_byte(H, src_bytes, i)) >= base) return -1;
    k = big_pow2_bits(base);
    big_wb_init(&w);
    if (k != 0) {
        /* Power of two: pack k bits per character, starting from the last (least significant). */
        uint64_t acc = 0;
        unsigned accbits = 0;
        for (i = nbytes; i-- > 0;) {
            acc |= (uint64_t)big_digit_value(mem_ld_byte(H, src_bytes, i)) << accbits;
            accbits += k;
            if (accbits >= 32) {
                big_put(H, &w, out, n++, (uint32_t)acc);
                acc >>= 32;
                accbits -= 32;
            }
        }
        if (accbits > 0) big_put(H, &w, out, n++, (uint32_t)acc);
        big_wb_flush(H, &w);
        *nout = big_normalize(H, out, n);
        return 0;
    } else {
        /* Otherwise Horner's rule a chunk of characters at a time: out = out * base^len + chunk. The
           first chunk takes the odd characters, so all later ones are full. */
        uint32_t nchunk, first;
        (void)big_chunk(base, &nchunk);
        first = nbytes % nchunk;
        i = 0;
        if (first == 0) first = nchunk;
        while (i < nbytes) {
            uint32_t len = i == 0 ? first : nchunk, val = 0, mul = 1, c;
            for (c = 0; c < len; c++) {
                val = val * base + big_digit_value(mem_ld_byte(H, src_bytes, i + c));
                mul *= base;
            }
            n = big_mul_small(H, out, n, mul, val, out);
            i += len;
        }
        *nout = n;
        return 0;
    }
}

/* test_bigint.c: host unit test of the big-int kernels against Python-generated expected values (bigint_cases.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "heap.h"
#include "bigint.h"
#include "bigint_cases.h"

/* With -DMY_HEAP_STRIDE=32 the heap is one column (lane) of an interleaved array 32 times larger;
   the other columns are filled with a pattern that must survive, which catches any access that
   bypasses the accessors. */
#if MY_HEAP_STRIDE > 1
#define LANE 7u
#else
#define LANE 0u
#endif

#define HEAP_WORDS (1u << 18)
#define IMAGE_WORDS (1u << 17)
#define AREA_FILL 0xDEADBEEFCAFEBABEull   /* what a fresh area holds: results must not rely on zeros */
#define GUARD 0x6A09E667F3BCC908ull       /* the word on each side of an area: overruns show here */

static uint64_t *g_raw;
static uint64_t *g_image;
static HeapView H;
static uint32_t g_top, g_img_top;
static int g_pass, g_fail;
static int g_case = -1;
static const char *g_variant = "";

typedef struct Area { Ref r; uint32_t ndig; } Area;
static Area g_areas[4096];
static int g_nareas;

static uint64_t pattern_of(size_t idx) { return 0x9E3779B97F4A7C15ull * (idx + 1); }

static void fail_msg(const char *what, const char *got, const char *exp) {
    g_fail++;
    if (g_fail <= 40) {
        fprintf(stderr, "FAIL case %d [%s] %s\n", g_case, g_variant, what);
        if (got) fprintf(stderr, "   got: %.300s\n   exp: %.300s\n", got, exp);
    }
}

static void check(int ok, const char *what) {
    if (ok) g_pass++;
    else fail_msg(what, NULL, NULL);
}

static void check_str(const char *what, const char *got, const char *exp) {
    if (strcmp(got, exp) == 0) g_pass++;
    else fail_msg(what, got, exp);
}

/* A fresh area of ndig digits between two guard words, filled with garbage. */
static Ref alloc_digits(uint32_t ndig) {
    uint32_t words = BIG_WORDS(ndig), i;
    Ref r;
    if (words == 0) words = 1;
    if (g_top + words + 2 > HEAP_WORDS || g_nareas >= (int)(sizeof g_areas / sizeof g_areas[0])) {
        fprintf(stderr, "test heap exhausted\n");
        exit(2);
    }
    mem_st(&H, g_top, GUARD);
    r = g_top + 1;
    for (i = 0; i < words; i++) mem_st(&H, r + i, AREA_FILL);
    mem_st(&H, r + words, GUARD);
    g_top = r + words + 1;
    g_areas[g_nareas].r = r;
    g_areas[g_nareas].ndig = ndig;
    g_nareas++;
    return r;
}

static Ref alloc_bytes(uint32_t nbytes) { return alloc_digits((nbytes + 3) / 4); }

/* Guards intact, and an odd-sized area's spare half word untouched. */
static void check_areas(void) {
    int i, bad = 0;
    for (i = 0; i < g_nareas; i++) {
        Ref r = g_areas[i].r;
        uint32_t words = BIG_WORDS(g_areas[i].ndig);
        if (words == 0) words = 1;
        if (mem_ld(&H, r - 1) != GUARD || mem_ld(&H, r + words) != GUARD) bad = 1;
        if (g_areas[i].ndig & 1u) {
            if (mem_ld_u32(&H, r, g_areas[i].ndig) != (uint32_t)(AREA_FILL >> 32)) bad = 1;
        }
    }
    check(!bad, "guards / spare halves intact");
}

static void reset_heap(void) {
    g_top = 1;   /* Ref 0 is never an object */
    g_nareas = 0;
    g_img_top = 0;
}

typedef struct Num { int s; Ref r; uint32_t n; } Num;

static Ref put_string(const char *s, uint32_t len) {
    Ref r = alloc_bytes(len);
    uint32_t i;
    for (i = 0; i < len; i++) mem_st_byte(&H, r, i, (unsigned char)s[i]);
    return r;
}

/* A signed decimal string through big_from_base. */
static Num parse(const char *str) {
    Num x;
    uint32_t len, maxd;
    Ref src;
    x.s = 1;
    if (*str == '-') { x.s = -1; str++; }
    len = (uint32_t)strlen(str);
    src = put_string(str, len);
    maxd = big_from_base_maxdigits(len, 10);
    x.r = alloc_digits(maxd);
    if (big_from_base(&H, src, len, 10, x.r, &x.n) != 0) fail_msg("parse", str, "valid");
    if (x.n > maxd) fail_msg("parse length", str, "<= maxdigits");
    if (x.n == 0) x.s = 0;
    return x;
}

/* Rotating output buffers so a few formatted values can be alive at once. */
static char *strbuf(size_t need) {
    static char *bufs[4];
    static size_t caps[4];
    static int next;
    int k = next++ & 3;
    if (caps[k] < need) {
        free(bufs[k]);
        bufs[k] = (char *)malloc(need);
        caps[k] = need;
    }
    return bufs[k];
}

/* sign + |x| in base via big_to_base. */
static const char *fmt(int s, Ref r, uint32_t n, uint32_t base) {
    uint32_t maxlen = big_to_base_maxlen(n, base), len, i;
    Ref out = alloc_bytes(maxlen), scratch = alloc_digits(n);
    char *buf = strbuf((size_t)maxlen + 2), *p = buf;
    len = big_to_base(&H, r, n, base, scratch, out);
    if (len > maxlen) fail_msg("to_base length", "over", "maxlen");
    if (s < 0) *p++ = '-';
    for (i = 0; i < len && i < maxlen; i++) *p++ = (char)mem_ld_byte(&H, out, i);
    *p = 0;
    if (s == 0 && !(len == 1 && buf[0] == '0')) fail_msg("zero sign formats as 0", buf, "0");
    return buf;
}

static const char *fmt_num(Num x) { return fmt(x.s, x.r, x.n, 10); }

/* A copy of x in a fresh heap area of at least ndig digits (for in-place tests). */
static Num copy_to(Num x, uint32_t ndig) {
    Num y = x;
    y.r = alloc_digits(ndig > x.n ? ndig : x.n);
    big_copy(&H, x.r, x.n, y.r);
    return y;
}

/* A copy of x in the read-only image, written directly (the image is never interleaved). */
static Num to_image(Num x) {
    Num y = x;
    uint32_t i, words = BIG_WORDS(x.n);
    if (g_img_top + words + 1 > IMAGE_WORDS) { fprintf(stderr, "image full\n"); exit(2); }
    for (i = 0; i < words; i++) g_image[g_img_top + i] = 0x5555555555555555ull;
    for (i = 0; i < x.n; i++) {
        uint32_t d = mem_ld_u32(&H, x.r, i);
        uint64_t *w = &g_image[g_img_top + i / 2];
        if (i & 1u) *w = (*w & 0xFFFFFFFFull) | ((uint64_t)d << 32);
        else *w = (*w & ~0xFFFFFFFFull) | d;
    }
    y.r = REF_IMAGE_BIT | g_img_top;
    g_img_top += words + 1;
    return y;
}

static uint32_t maxu(uint32_t a, uint32_t b) { return a > b ? a : b; }

static void run_ops(const BigCase *c, Num A, Num B) {
    Ref out, q, r, scratch;
    uint32_t n, nq, nr, rem;
    int s, sq, sr, ovf;
    double d;

    out = alloc_digits(BIG_ADD_DIGITS(A.n, B.n));
    n = big_add_signed(&H, A.s, A.r, A.n, B.s, B.r, B.n, out, &s);
    check_str("a + b", fmt(s, out, n, 10), c->add);
    out = alloc_digits(BIG_ADD_DIGITS(A.n, B.n));
    n = big_sub_signed(&H, A.s, A.r, A.n, B.s, B.r, B.n, out, &s);
    check_str("a - b", fmt(s, out, n, 10), c->sub);

    out = alloc_digits(BIG_MUL_DIGITS(A.n, B.n));
    n = big_mul(&H, A.r, A.n, B.r, B.n, out);
    check_str("a * b", fmt(n ? A.s * B.s : 0, out, n, 10), c->mul);
    out = alloc_digits(BIG_MUL_DIGITS(A.n, A.n));
    n = big_mul(&H, A.r, A.n, A.r, A.n, out);
    check_str("a * a", fmt(n ? 1 : 0, out, n, 10), c->sqr);

    check(big_cmp(&H, A.r, A.n, B.r, B.n) == c->cmpmag, "cmp |a| |b|");
    check(big_bit_length(&H, A.r, A.n) == c->bitlen, "bit_length");

    if (B.s != 0) {
        q = alloc_digits(BIG_DIVMOD_Q_DIGITS(A.n, B.n));
        r = alloc_digits(BIG_DIVMOD_R_DIGITS(A.n, B.n));
        scratch = alloc_digits(BIG_DIVMOD_SCRATCH_DIGITS(A.n, B.n));
        big_divmod_floor(&H, A.s, A.r, A.n, B.s, B.r, B.n, q, &nq, &sq, r, &nr, &sr, scratch);
        check_str("a // b", fmt(sq, q, nq, 10), c->fdiv);
        check_str("a % b", fmt(sr, r, nr, 10), c->fmod);

        q = alloc_digits(A.n >= B.n ? A.n - B.n + 1 : 0);
        r = alloc_digits(B.n);
        scratch = alloc_digits(BIG_DIVMOD_SCRATCH_DIGITS(A.n, B.n));
        big_divmod(&H, A.r, A.n, B.r, B.n, q, &nq, r, &nr, scratch);
        check_str("|a| // |b|", fmt(nq ? 1 : 0, q, nq, 10), c->qmag);
        check_str("|a| % |b|", fmt(nr ? 1 : 0, r, nr, 10), c->rmag);
    }

    out = alloc_digits(BIG_BITOP_DIGITS(A.n, B.n));
    n = big_bitop(&H, '&', A.s, A.r, A.n, B.s, B.r, B.n, out, &s);
    check_str("a & b", fmt(s, out, n, 10), c->band);
    out = alloc_digits(BIG_BITOP_DIGITS(A.n, B.n));
    n = big_bitop(&H, '|', A.s, A.r, A.n, B.s, B.r, B.n, out, &s);
    check_str("a | b", fmt(s, out, n, 10), c->bor);
    out = alloc_digits(BIG_BITOP_DIGITS(A.n, B.n));
    n = big_bitop(&H, '^', A.s, A.r, A.n, B.s, B.r, B.n, out, &s);
    check_str("a ^ b", fmt(s, out, n, 10), c->bxor);

    out = alloc_digits(BIG_SHL_DIGITS(A.n, c->k));
    n = big_shl(&H, A.r, A.n, c->k, out);
    check_str("a << k", fmt(n ? A.s : 0, out, n, 10), c->shl);
    out = alloc_digits(BIG_SHR_DIGITS(A.n, c->k));
    n = big_shr_signed(&H, A.s, A.r, A.n, c->k, out, &s);
    check_str("a >> k", fmt(s, out, n, 10), c->shr);

    check_str("str(a)", fmt_num(A), c->a);
    check_str("hex |a|", fmt(A.n ? 1 : 0, A.r, A.n, 16), c->hexa);
    check_str("|a| in base", fmt(A.n ? 1 : 0, A.r, A.n, c->base), c->abase);
    {
        uint32_t len = (uint32_t)strlen(c->abase), nb2;
        Ref src = put_string(c->abase, len);
        Ref back = alloc_digits(big_from_base_maxdigits(len, c->base));
        int rc = big_from_base(&H, src, len, c->base, back, &nb2);
        check(rc == 0 && big_cmp(&H, back, nb2, A.r, A.n) == 0 && nb2 == A.n, "from_base(abase)");
    }

    d = big_to_double(&H, A.r, A.n, &ovf);
    check(ovf == c->fa_ovf, "float overflow flag");
    if (!c->fa_ovf) {
        double got = A.s < 0 ? -d : d;
        if (got != c->fa) {
            char g[64], e[64];
            snprintf(g, sizeof g, "%a", got);
            snprintf(e, sizeof e, "%a", c->fa);
            fail_msg("float(a)", g, e);
        } else {
            g_pass++;
        }
    } else {
        check(isinf(d), "overflow gives inf");
    }

    {
        uint64_t h = big_hash_mod(&H, A.r, A.n);
        long long hv = A.s < 0 ? -(long long)h : (long long)h;
        if (hv == -1) hv = -2;
        check(hv == c->hash, "hash");
    }
    {
        uint64_t v;
        bool fits = big_to_u64(&H, A.r, A.n, &v);
        check(fits == (c->bitlen <= 64), "to_u64 fits");
        if (fits) {
            char buf[32];
            snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
            check_str("to_u64", buf, c->a[0] == '-' ? c->a + 1 : c->a);
        }
    }

    out = alloc_digits(A.n + 1);
    n = big_mul_small(&H, A.r, A.n, c->m, c->addend, out);
    check_str("|a| * m + add", fmt(n ? 1 : 0, out, n, 10), c->mulsmall);
    q = alloc_digits(A.n);
    n = big_divmod_small(&H, A.r, A.n, c->d, q, &rem);
    check_str("|a| // d", fmt(n ? 1 : 0, q, n, 10), c->divsmall);
    check(rem == c->modsmall, "|a| % d");
}

/* Every documented aliasing: the output area starts where an input does. */
static void run_alias(const BigCase *c, Num A, Num B) {
    Num X, Y;
    uint32_t n, nq, nr, rem;
    int s, sq, sr;
    Ref scratch;

    X = copy_to(A, BIG_ADD_DIGITS(A.n, B.n));
    n = big_add_signed(&H, X.s, X.r, X.n, B.s, B.r, B.n, X.r, &s);
    check_str("a += b in place", fmt(s, X.r, n, 10), c->add);
    Y = copy_to(B, BIG_ADD_DIGITS(A.n, B.n));
    n = big_sub_signed(&H, A.s, A.r, A.n, Y.s, Y.r, Y.n, Y.r, &s);
    check_str("b = a - b in place", fmt(s, Y.r, n, 10), c->sub);

    X = copy_to(A, BIG_BITOP_DIGITS(A.n, B.n));
    n = big_bitop(&H, '^', X.s, X.r, X.n, B.s, B.r, B.n, X.r, &s);
    check_str("a ^= b in place", fmt(s, X.r, n, 10), c->bxor);
    Y = copy_to(B, BIG_BITOP_DIGITS(A.n, B.n));
    n = big_bitop(&H, '&', A.s, A.r, A.n, Y.s, Y.r, Y.n, Y.r, &s);
    check_str("b = a & b in place", fmt(s, Y.r, n, 10), c->band);

    X = copy_to(A, BIG_SHL_DIGITS(A.n, c->k));
    n = big_shl(&H, X.r, X.n, c->k, X.r);
    check_str("a <<= k in place", fmt(n ? A.s : 0, X.r, n, 10), c->shl);
    X = copy_to(A, BIG_SHR_DIGITS(A.n, c->k));
    n = big_shr_signed(&H, X.s, X.r, X.n, c->k, X.r, &s);
    check_str("a >>= k in place", fmt(s, X.r, n, 10), c->shr);

    X = copy_to(A, A.n + 1);
    n = big_mul_small(&H, X.r, X.n, c->m, c->addend, X.r);
    check_str("mul_small in place", fmt(n ? 1 : 0, X.r, n, 10), c->mulsmall);
    X = copy_to(A, A.n);
    n = big_divmod_small(&H, X.r, X.n, c->d, X.r, &rem);
    check_str("divmod_small in place", fmt(n ? 1 : 0, X.r, n, 10), c->divsmall);
    check(rem == c->modsmall, "divmod_small in place rem");

    if (B.s != 0) {
        /* floor: q over a, r fresh */
        X = copy_to(A, maxu(A.n, BIG_DIVMOD_Q_DIGITS(A.n, B.n)));
        Ref r = alloc_digits(B.n);
        scratch = alloc_digits(BIG_DIVMOD_SCRATCH_DIGITS(A.n, B.n));
        big_divmod_floor(&H, X.s, X.r, X.n, B.s, B.r, B.n, X.r, &nq, &sq, r, &nr, &sr, scratch);
        check_str("q over a: a // b", fmt(sq, X.r, nq, 10), c->fdiv);
        check_str("q over a: a % b", fmt(sr, r, nr, 10), c->fmod);
        /* floor: r over a, q fresh */
        X = copy_to(A, maxu(A.n, B.n));
        Ref q = alloc_digits(BIG_DIVMOD_Q_DIGITS(A.n, B.n));
        scratch = alloc_digits(BIG_DIVMOD_SCRATCH_DIGITS(A.n, B.n));
        big_divmod_floor(&H, X.s, X.r, X.n, B.s, B.r, B.n, q, &nq, &sq, X.r, &nr, &sr, scratch);
        check_str("r over a: a // b", fmt(sq, q, nq, 10), c->fdiv);
        check_str("r over a: a % b", fmt(sr, X.r, nr, 10), c->fmod);
        /* truncating: q over b, r over a */
        X = copy_to(A, maxu(A.n, B.n));
        Y = copy_to(B, maxu(B.n, A.n >= B.n ? A.n - B.n + 1 : 0));
        scratch = alloc_digits(BIG_DIVMOD_SCRATCH_DIGITS(A.n, B.n));
        big_divmod(&H, X.r, X.n, Y.r, Y.n, Y.r, &nq, X.r, &nr, scratch);
        check_str("q over b: |a| // |b|", fmt(nq ? 1 : 0, Y.r, nq, 10), c->qmag);
        check_str("r over a: |a| % |b|", fmt(nr ? 1 : 0, X.r, nr, 10), c->rmag);
    }
}

static void test_doubles(void) {
    size_t i;
    for (i = 0; i < sizeof big_double_cases / sizeof big_double_cases[0]; i++) {
        const BigDoubleCase *c = &big_double_cases[i];
        Ref out;
        uint32_t n;
        int ovf;
        reset_heap();
        g_case = (int)i;
        g_variant = "from_double";
        out = alloc_digits(BIG_FROM_DOUBLE_DIGITS);
        n = big_from_double(&H, c->x, out);
        check_str("int(x)", fmt(n ? (c->x < 0 ? -1 : 1) : 0, out, n, 10), c->trunc);
        /* And back: an integral double converts exactly. */
        if (n != 0) {
            double t = big_to_double(&H, out, n, &ovf);
            check(!ovf && t == fabs(trunc(c->x)), "float(int(x)) == trunc(x)");
        }
        check_areas();
    }
    reset_heap();
    g_variant = "from_double specials";
    {
        Ref out = alloc_digits(BIG_FROM_DOUBLE_DIGITS);
        check(big_from_double(&H, INFINITY, out) == 0, "inf -> 0");
        check(big_from_double(&H, -INFINITY, out) == 0, "-inf -> 0");
        check(big_from_double(&H, NAN, out) == 0, "nan -> 0");
        check(big_from_double(&H, 0.999999, out) == 0, "0.999 -> 0");
    }
}

static void test_parse_errors(void) {
    static const struct { const char *s; unsigned base; int ok; } t[] = {
        {"12a", 10, 0}, {"", 10, 0}, {"z", 36, 1}, {"Z", 36, 1}, {"g", 16, 0}, {"FfFf", 16, 1},
        {"2", 2, 0}, {"1 ", 10, 0}, {"-1", 10, 0}, {"_1", 10, 0}, {"777", 8, 1}, {"8", 8, 0},
        {"0000000000000000000000000000000000000000", 10, 1}, {"00000000000000000000000000000000001", 2, 1},
    };
    size_t i;
    reset_heap();
    g_variant = "parse errors";
    for (i = 0; i < sizeof t / sizeof t[0]; i++) {
        uint32_t len = (uint32_t)strlen(t[i].s), n;
        Ref src = put_string(t[i].s, len);
        Ref out = alloc_digits(big_from_base_maxdigits(len, t[i].base));
        int rc = big_from_base(&H, src, len, t[i].base, out, &n);
        g_case = (int)i;
        check((rc == 0) == t[i].ok, t[i].s);
    }
    {
        /* Uppercase parses like lowercase; leading zeros normalize away. */
        uint32_t n1, n2;
        Ref s1 = put_string("DeadBeef0123456789ABCDEF", 24), s2 = put_string("deadbeef0123456789abcdef", 24);
        Ref o1 = alloc_digits(big_from_base_maxdigits(24, 16)), o2 = alloc_digits(big_from_base_maxdigits(24, 16));
        big_from_base(&H, s1, 24, 16, o1, &n1);
        big_from_base(&H, s2, 24, 16, o2, &n2);
        check(n1 == 3 && big_cmp(&H, o1, n1, o2, n2) == 0, "hex case");
        s1 = put_string("0000000000000000000000000000000000000000", 40);
        o1 = alloc_digits(big_from_base_maxdigits(40, 10));
        check(big_from_base(&H, s1, 40, 10, o1, &n1) == 0 && n1 == 0, "zeros parse to length 0");
        check_str("0 in base 2", fmt(0, o1, 0, 2), "0");
        check_str("0 in base 10", fmt(0, o1, 0, 10), "0");
    }
    check_areas();
}

/* Lengths passed with leading zero digits must still work (inputs need not be normalized). */
static void test_unnormalized(void) {
    Ref a, b, out, q, r, scratch;
    uint32_t n, nq, nr;
    reset_heap();
    g_variant = "unnormalized inputs";
    a = alloc_digits(6);
    b = alloc_digits(5);
    mem_st_u32(&H, a, 0, 5); mem_st_u32(&H, a, 1, 7); mem_st_u32(&H, a, 2, 9);
    mem_st_u32(&H, a, 3, 0); mem_st_u32(&H, a, 4, 0); mem_st_u32(&H, a, 5, 0);
    mem_st_u32(&H, b, 0, 3); mem_st_u32(&H, b, 1, 1);
    mem_st_u32(&H, b, 2, 0); mem_st_u32(&H, b, 3, 0); mem_st_u32(&H, b, 4, 0);
    check(big_normalize(&H, a, 6) == 3 && big_cmp(&H, a, 6, a, 3) == 0, "normalize");
    out = alloc_digits(7);
    n = big_add(&H, a, 6, b, 5, out);
    check(n == 3 && mem_ld_u32(&H, out, 0) == 8 && mem_ld_u32(&H, out, 1) == 8 && mem_ld_u32(&H, out, 2) == 9, "add");
    out = alloc_digits(11);
    n = big_mul(&H, a, 6, b, 5, out);
    check(n == 4, "mul length");
    q = alloc_digits(8);
    r = alloc_digits(5);
    scratch = alloc_digits(6 + 5 + 2);
    big_divmod(&H, a, 6, b, 5, q, &nq, r, &nr, scratch);
    /* a = 9*2^64 + 7*2^32 + 5, b = 2^32 + 3 */
    check_str("q", fmt(nq ? 1 : 0, q, nq, 10), "38654705644");
    check_str("r", fmt(nr ? 1 : 0, r, nr, 10), "65");
    check(big_is_zero(&H, b + 1, 3) && !big_is_zero(&H, b, 5), "is_zero");
    check_areas();
}

/* A big multiplication and division against themselves: (a*b + r) // b == a, for sizes beyond the
   table, comparing whole numbers rather than strings. */
static void test_identities(void) {
    uint32_t sizes[] = {2, 3, 17, 64, 200, 401};
    size_t i;
    uint64_t seed = 12345;
    g_variant = "identities";
    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        uint32_t na = sizes[i], nb = sizes[(i + 3) % 6], j, np, nq, nr, ns, nx;
        Ref a, b, p, q, r, scratch, sum, x;
        reset_heap();
        g_case = (int)i;
        a = alloc_digits(na);
        b = alloc_digits(nb);
        for (j = 0; j < na; j++) { seed = seed * 6364136223846793005ull + 1442695040888963407ull; mem_st_u32(&H, a, j, (uint32_t)(seed >> 32) | (j + 1 == na)); }
        for (j = 0; j < nb; j++) { seed = seed * 6364136223846793005ull + 1442695040888963407ull; mem_st_u32(&H, b, j, (uint32_t)(seed >> 32) | (j + 1 == nb)); }
        p = alloc_digits(na + nb);
        np = big_mul(&H, a, na, b, nb, p);
        /* add b - 1 so the remainder is as large as it gets */
        sum = alloc_digits(na + nb + 1);
        x = alloc_digits(nb);
        big_copy(&H, b, nb, x);
        nx = big_sub(&H, x, nb, p, 0, x);
        {
            Ref one = alloc_digits(1);
            mem_st_u32(&H, one, 0, 1);
            nx = big_sub(&H, x, nx, one, 1, x);
        }
        ns = big_add(&H, p, np, x, nx, sum);
        q = alloc_digits(ns - nb + 1);
        r = alloc_digits(nb);
        scratch = alloc_digits(ns + nb + 2);
        big_divmod(&H, sum, ns, b, nb, q, &nq, r, &nr, scratch);
        check(big_cmp(&H, q, nq, a, na) == 0, "(a*b + b-1) // b == a");
        check(big_cmp(&H, r, nr, x, nx) == 0, "(a*b + b-1) % b == b-1");
        /* to_base and back in a few bases */
        {
            uint32_t bases[] = {2, 3, 7, 10, 16, 32, 36}, k;
            for (k = 0; k < 7; k++) {
                uint32_t maxlen = big_to_base_maxlen(np, bases[k]), len, nb2;
                Ref out = alloc_bytes(maxlen), sc = alloc_digits(np), back;
                len = big_to_base(&H, p, np, bases[k], sc, out);
                back = alloc_digits(big_from_base_maxdigits(len, bases[k]));
                check(big_from_base(&H, out, len, bases[k], back, &nb2) == 0 &&
                      big_cmp(&H, back, nb2, p, np) == 0, "to_base/from_base round trip");
            }
        }
        check_areas();
    }
}

int main(void) {
    size_t i, total = (size_t)HEAP_WORDS * MY_HEAP_STRIDE;
    g_raw = (uint64_t *)malloc(total * sizeof(uint64_t));
    g_image = (uint64_t *)calloc(IMAGE_WORDS, sizeof(uint64_t));
    if (!g_raw || !g_image) { fprintf(stderr, "out of memory\n"); return 2; }
    for (i = 0; i < total; i++) g_raw[i] = pattern_of(i);
    H.heap = g_raw + LANE;
    H.image = g_image;
    H.heap_words = HEAP_WORDS;
    H.image_words = IMAGE_WORDS;

    for (i = 0; i < sizeof big_cases / sizeof big_cases[0]; i++) {
        const BigCase *c = &big_cases[i];
        Num A, B;
        reset_heap();
        g_case = (int)i;
        g_variant = "heap";
        A = parse(c->a);
        B = parse(c->b);
        run_ops(c, A, B);
        g_variant = "alias";
        run_alias(c, A, B);
        g_variant = "image";
        run_ops(c, to_image(A), to_image(B));
        g_variant = "image a";
        run_alias(c, to_image(A), B);
        check_areas();
    }
    test_doubles();
    test_parse_errors();
    test_unnormalized();
    test_identities();

#if MY_HEAP_STRIDE > 1
    {
        size_t bad = 0;
        for (i = 0; i < total; i++)
            if (i % MY_HEAP_STRIDE != LANE && g_raw[i] != pattern_of(i)) bad++;
        g_case = -1;
        g_variant = "stride";
        check(bad == 0, "other lanes of the interleaved heap untouched");
    }
#endif

    printf("%d passed, %d failed\n", g_pass, g_fail);
    free(g_raw);
    free(g_image);
    return g_fail != 0;
}

/* mod_random.c: the _random natives: MT19937 seeded as CPython seeds it, so that random.py (src/lib)
   gives CPython's exact streams; and SHA-512, which CPython's seeding by str/bytes uses. */
#include "vm.h"
#include "natives.h"
#include "bigint.h"

MY_FN Ref num_big_alloc(Interp *I, uint32_t ndigits);
MY_FN Value num_big_finish(Interp *I, Ref obj, int s, uint32_t n);

#define MT_N 624
#define MT_M 397
/* The state: raw object, data words 0..311 hold the 624 32-bit words (two per heap word), word 312
   the index of the next word to temper (MT_N: regenerate first). */
#define MT_WORDS (MT_N / 2 + 1)

static MY_FN uint32_t mt_get(Interp *I, Ref s, uint32_t i) { return mem_ld_u32(&I->H, s + 1, i); }
static MY_FN void mt_set(Interp *I, Ref s, uint32_t i, uint32_t v) { mem_st_u32(&I->H, s + 1, i, v); }
static MY_FN uint32_t mt_index(Interp *I, Ref s) { return (uint32_t)mem_ld(&I->H, s + 1 + MT_N / 2); }
static MY_FN void mt_set_index(Interp *I, Ref s, uint32_t i) { mem_st(&I->H, s + 1 + MT_N / 2, i); }

static MY_FN void mt_init(Interp *I, Ref s, uint32_t seed) {
    uint32_t prev = seed;
    mt_set(I, s, 0, seed);
    for (uint32_t i = 1; i < MT_N; i++) {
        prev = 1812433253u * (prev ^ (prev >> 30)) + i;
        mt_set(I, s, i, prev);
    }
    mt_set_index(I, s, MT_N);
}

/* The reference init_by_array over the key's 32-bit words (key: the digits of an IntView). */
static MY_FN void mt_init_by_key(Interp *I, Ref s, const IntView *key) {
    uint32_t klen = key->n ? key->n : 1u;
    mt_init(I, s, 19650218u);
    uint32_t i = 1, j = 0;
    for (uint32_t k = MT_N > klen ? MT_N : klen; k; k--) {
        uint32_t p = mt_get(I, s, i - 1);
        mt_set(I, s, i, (mt_get(I, s, i) ^ ((p ^ (p >> 30)) * 1664525u)) + int_view_digit(I, key, j) + j);
        i++; j++;
        if (i >= MT_N) { mt_set(I, s, 0, mt_get(I, s, MT_N - 1)); i = 1; }
        if (j >= klen) j = 0;
    }
    for (uint32_t k = MT_N - 1; k; k--) {
        uint32_t p = mt_get(I, s, i - 1);
        mt_set(I, s, i, (mt_get(I, s, i) ^ ((p ^ (p >> 30)) * 1566083941u)) - i);
        i++;
        if (i >= MT_N) { mt_set(I, s, 0, mt_get(I, s, MT_N - 1)); i = 1; }
    }
    mt_set(I, s, 0, 0x80000000u);
    mt_set_index(I, s, MT_N);
}

static MY_FN uint32_t mt_twist_word(uint32_t a, uint32_t b, uint32_t c) {
    uint32_t y = (a & 0x80000000u) | (b & 0x7fffffffu);
    return c ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
}

static MY_FN uint32_t mt_next(Interp *I, Ref s) {
    uint32_t idx = mt_index(I, s);
    if (idx >= MT_N) {
        for (uint32_t k = 0; k < MT_N; k++)
            mt_set(I, s, k, mt_twist_word(mt_get(I, s, k), mt_get(I, s, (k + 1) % MT_N), mt_get(I, s, (k + MT_M) % MT_N)));
        idx = 0;
    }
    uint32_t y = mt_get(I, s, idx);
    mt_set_index(I, s, idx + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static MY_FN bool rnd_state_arg(Interp *I, Value v, Ref *s) {
    if (!is_type(I, v, T_RAW) || hdr_size(I, v_as_ref(v)) != MT_WORDS + 1) {
        raise_msg(I, T_TYPE_ERROR, "not a random state");
        return false;
    }
    *s = v_as_ref(v);
    return true;
}

static MY_FN bool rnd_is_int(Interp *I, Value v) { return v_is_int(v) || v == V_TRUE || v == V_FALSE || is_type(I, v, T_INT); }

NATIVE(rnd_new_state) {
    MY_UNUSED(kwnames); MY_UNUSED(args);
    if (!args_check(I, nargs, kwnames, "new_state", 0, 0)) return V_ERR;
    Value r = raw_new(I, MT_WORDS);
    if (r == V_ERR) return r;
    mt_init(I, v_as_ref(r), 5489u);
    return r;
}

/* seed(state, n): init_by_array over the 32-bit words of abs(n), as CPython's random_seed. */
NATIVE(rnd_seed) {
    if (!args_check(I, nargs, kwnames, "seed", 2, 2)) return V_ERR;
    Ref s;
    if (!rnd_state_arg(I, ARG(0), &s)) return V_ERR;
    if (!rnd_is_int(I, ARG(1))) return raise_msg(I, T_TYPE_ERROR, "seed must be an int");
    IntView key;
    int_view(I, ARG(1), &key);
    mt_init_by_key(I, s, &key);
    return V_NONE;
}

/* seed_entropy(state): no seed given. There is no OS entropy on the device, so the key mixes this
   interpreter's id, the steps it has run and a value the host drew when it built the image. */
NATIVE(rnd_seed_entropy) {
    if (!args_check(I, nargs, kwnames, "seed_entropy", 2, 2)) return V_ERR;
    Ref s;
    if (!rnd_state_arg(I, ARG(0), &s)) return V_ERR;
    uint64_t boot = v_is_int(ARG(1)) ? (uint64_t)v_as_int(ARG(1)) : 0;
    uint64_t x = boot ^ ((uint64_t)I->tid * 0x9E3779B97F4A7C15ull) ^ (I->steps << 20) ^ I->top;
    /* splitmix64 rounds spread the bits */
    uint64_t w[2];
    for (int k = 0; k < 2; k++) {
        x += 0x9E3779B97F4A7C15ull;
        uint64_t z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        w[k] = z ^ (z >> 31);
    }
    IntView key;
    key.s = 1; key.d = 0; key.n = 2; key.m = w[0];
    mt_init_by_key(I, s, &key);
    /* the second word reaches the state through a few draws */
    for (uint64_t k = w[1] & 15u; k; k--) mt_next(I, s);
    return V_NONE;
}

/* random(state): a double in [0, 1) from 53 random bits, as CPython's random_random. */
NATIVE(rnd_random) {
    if (!args_check(I, nargs, kwnames, "random", 1, 1)) return V_ERR;
    Ref s;
    if (!rnd_state_arg(I, ARG(0), &s)) return V_ERR;
    uint32_t a = mt_next(I, s) >> 5, b = mt_next(I, s) >> 6;
    return v_double(((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0));
}

/* getrandbits(state, k): 32-bit words least significant first, the last one cut to what is left. */
NATIVE(rnd_getrandbits) {
    if (!args_check(I, nargs, kwnames, "getrandbits", 2, 2)) return V_ERR;
    Ref s;
    if (!rnd_state_arg(I, ARG(0), &s)) return V_ERR;
    Value kv = ARG(1);
    if (!rnd_is_int(I, kv)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", kv, 0, 0);
    if (!v_is_int(kv) && kv != V_TRUE && kv != V_FALSE) {
        if (int_sign(I, kv) < 0) return raise_msg(I, T_VALUE_ERROR, "number of bits must be non-negative");
        return raise_msg(I, T_OVERFLOW_ERROR, "Python int too large to convert to C int");
    }
    int64_t k = kv == V_TRUE ? 1 : kv == V_FALSE ? 0 : v_as_int(kv);
    if (k < 0) return raise_msg(I, T_VALUE_ERROR, "number of bits must be non-negative");
    if (k > 0x7fffffff) return raise_msg(I, T_OVERFLOW_ERROR, "Python int too large to convert to C int");
    if (k == 0) return v_int(0);
    if (k <= 32) return v_int((int64_t)(mt_next(I, s) >> (32 - k)));
    uint32_t n = (uint32_t)((k - 1) / 32 + 1);
    if (n <= 2) {
        uint64_t lo = mt_next(I, s);
        uint64_t hi = mt_next(I, s) >> (64 - k);
        return int_from_u64(I, lo | (hi << 32));
    }
    Ref obj = num_big_alloc(I, n);
    if (!obj) return V_ERR;
    int64_t left = k;
    for (uint32_t i = 0; i < n; i++, left -= 32) {
        uint32_t r = mt_next(I, s);
        if (left < 32) r >>= (32 - left);
        mem_st_u32(&I->H, obj + BIG_DATA, i, r);
    }
    return num_big_finish(I, obj, 1, n);
}

/* getstate(state): the 624 words and the index, as CPython's tuple of 625 ints. */
NATIVE(rnd_getstate) {
    if (!args_check(I, nargs, kwnames, "getstate", 1, 1)) return V_ERR;
    Ref s;
    if (!rnd_state_arg(I, ARG(0), &s)) return V_ERR;
    Value t = tuple_new(I, MT_N + 1);
    if (t == V_ERR) return t;
    for (uint32_t i = 0; i < MT_N; i++) set_fld(I, t, 1 + i, v_int(mt_get(I, s, i)));
    set_fld(I, t, 1 + MT_N, v_int(mt_index(I, s)));
    return t;
}

NATIVE(rnd_setstate) {
    if (!args_check(I, nargs, kwnames, "setstate", 2, 2)) return V_ERR;
    Ref s;
    if (!rnd_state_arg(I, ARG(0), &s)) return V_ERR;
    Value t = ARG(1);
    if (!is_type(I, t, T_TUPLE)) return raise_msg(I, T_TYPE_ERROR, "state vector must be a tuple");
    if (tuple_len(I, t) != MT_N + 1) return raise_msg(I, T_VALUE_ERROR, "state vector is the wrong size");
    for (uint32_t i = 0; i <= MT_N; i++) {
        Value w = fld(I, t, 1 + i);
        if (!v_is_int(w) || v_as_int(w) < 0 || v_as_int(w) > 0xffffffffll)
            return raise_msg(I, T_OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
    }
    int64_t idx = v_as_int(fld(I, t, 1 + MT_N));
    if (idx > MT_N) return raise_msg(I, T_VALUE_ERROR, "invalid state");
    for (uint32_t i = 0; i < MT_N; i++) mt_set(I, s, i, (uint32_t)v_as_int(fld(I, t, 1 + i)));
    mt_set_index(I, s, (uint32_t)idx);
    return V_NONE;
}

/* ---- SHA-512 (FIPS 180-4), for seeding with str and bytes ---- */

MY_CONST uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull
};

static MY_FN uint64_t sha_ror(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static MY_FN void sha512_block(uint64_t *h, const uint8_t *blk) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++) v = (v << 8) | blk[t * 8 + b];
        w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = sha_ror(w[t - 15], 1) ^ sha_ror(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = sha_ror(w[t - 2], 19) ^ sha_ror(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (sha_ror(e, 14) ^ sha_ror(e, 18) ^ sha_ror(e, 41)) + ((e & f) ^ (~e & g)) + sha512_k[t] + w[t];
        uint64_t t2 = (sha_ror(a, 28) ^ sha_ror(a, 34) ^ sha_ror(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

/* sha512(data): the digest of a bytes object, as a 512-bit int (big-endian, as int.from_bytes). */
NATIVE(rnd_sha512) {
    if (!args_check(I, nargs, kwnames, "sha512", 1, 1)) return V_ERR;
    Value data = ARG(0);
    if (!is_type(I, data, T_BYTES)) return raise_fmt(I, T_TYPE_ERROR, "a bytes-like object is required, not '%T'", data, 0, 0);
    uint64_t h[8] = { 0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                      0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull };
    uint32_t n = str_nbytes(I, data);
    uint8_t blk[128];
    uint32_t fill = 0;
    for (uint32_t i = 0; i < n; i++) {
        blk[fill++] = (uint8_t)str_byte(I, data, i);
        if (fill == 128) { sha512_block(h, blk); fill = 0; }
    }
    /* padding: 0x80, zeros, then the length in bits as a 128-bit big-endian number */
    blk[fill++] = 0x80;
    if (fill > 112) { while (fill < 128) blk[fill++] = 0; sha512_block(h, blk); fill = 0; }
    while (fill < 120) blk[fill++] = 0;
    uint64_t bits = (uint64_t)n * 8u;
    for (int b = 7; b >= 0; b--) blk[fill++] = (uint8_t)(bits >> (8 * b));
    sha512_block(h, blk);
    Ref obj = num_big_alloc(I, 16);
    if (!obj) return V_ERR;
    for (uint32_t i = 0; i < 8; i++) {
        uint64_t v = h[7 - i];
        mem_st_u32(&I->H, obj + BIG_DATA, 2 * i, (uint32_t)v);
        mem_st_u32(&I->H, obj + BIG_DATA, 2 * i + 1, (uint32_t)(v >> 32));
    }
    return num_big_finish(I, obj, 1, 16);
}

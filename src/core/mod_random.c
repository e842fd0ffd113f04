/* mod_random.c: the _random natives: MT19937 seeded as CPython seeds it, so that random.py (src/lib)
   gives CPython's exact streams; and seeding by str/bytes through SHA-512 (mod_hash.c), as CPython does. */
#include "vm.h"
#include "natives.h"
#include "bigint.h"
#include "hash.h"

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

/* sha512(data): the digest of a bytes object, as a 512-bit int (big-endian, as int.from_bytes). */
NATIVE(rnd_sha512) {
    if (!args_check(I, nargs, kwnames, "sha512", 1, 1)) return V_ERR;
    Value data = ARG(0);
    if (!is_type(I, data, T_BYTES)) return raise_fmt(I, T_TYPE_ERROR, "a bytes-like object is required, not '%T'", data, 0, 0);
    HashCtx c;
    hash_init(&c, HASH_SHA512);
    uint32_t n = str_nbytes(I, data);
    for (uint32_t i = 0; i < n; i++) hash_byte(&c, str_byte(I, data, i));
    uint8_t dg[64];
    hash_final(&c, dg);
    Ref obj = num_big_alloc(I, 16);
    if (!obj) return V_ERR;
    for (uint32_t i = 0; i < 8; i++) {
        uint64_t v = 0;
        for (uint32_t b = 0; b < 8; b++) v = (v << 8) | dg[(7 - i) * 8 + b];
        mem_st_u32(&I->H, obj + BIG_DATA, 2 * i, (uint32_t)v);
        mem_st_u32(&I->H, obj + BIG_DATA, 2 * i + 1, (uint32_t)(v >> 32));
    }
    return num_big_finish(I, obj, 1, 16);
}

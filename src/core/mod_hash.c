/* mod_hash.c: the hash cores (MD5, SHA-1, SHA-224/256, SHA-384/512, CRC-32) and _hash, the natives
   under src/lib/hashlib.py and binascii.py; random's seeding uses the SHA-512 core too. */
#include "vm.h"
#include "natives.h"
#include "hash.h"

/* A running hash is a raw heap object: data word 0 the algorithm, 1 the bytes hashed so far, 2..9
   the chaining words, 10..25 the partial block (128 bytes). Hashing copies them into C locals. */
#define HS_ALG 1
#define HS_LEN 2
#define HS_H 3
#define HS_BUF 11
#define HS_WORDS 26

typedef struct HashAlg { const char *name; uint32_t block, digest; uint64_t iv[8]; } HashAlg;

MY_CONST HashAlg hash_algs[HASH_ALG_COUNT] = {
    { "md5", 64, 16, { 0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u } },
    { "sha1", 64, 20, { 0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u } },
    { "sha224", 64, 28, { 0xc1059ed8u, 0x367cd507u, 0x3070dd17u, 0xf70e5939u, 0xffc00b31u, 0x68581511u, 0x64f98fa7u, 0xbefa4fa4u } },
    { "sha256", 64, 32, { 0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au, 0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u } },
    { "sha384", 128, 48, { 0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
                           0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull } },
    { "sha512", 128, 64, { 0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                           0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull } },
};

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

/* SHA-256's constants are the high halves of SHA-512's first 64. */

static MY_FN uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
static MY_FN uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static MY_FN uint32_t rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static MY_FN uint32_t be32(const uint8_t *p) { return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3]; }

MY_FN void sha512_block(uint64_t *h, const uint8_t *blk) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) w[t] = ((uint64_t)be32(blk + 8 * t) << 32) | be32(blk + 8 * t + 4);
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + sha512_k[t] + w[t];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static MY_FN void sha256_block(uint64_t *h, const uint8_t *blk) {
    uint32_t w[64];
    for (int t = 0; t < 16; t++) w[t] = be32(blk + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = ror32(w[t - 15], 7) ^ ror32(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = ror32(w[t - 2], 17) ^ ror32(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = (uint32_t)h[0], b = (uint32_t)h[1], c = (uint32_t)h[2], d = (uint32_t)h[3];
    uint32_t e = (uint32_t)h[4], f = (uint32_t)h[5], g = (uint32_t)h[6], hh = (uint32_t)h[7];
    for (int t = 0; t < 64; t++) {
        uint32_t t1 = hh + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) + (uint32_t)(sha512_k[t] >> 32) + w[t];
        uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] = (uint32_t)(h[0] + a); h[1] = (uint32_t)(h[1] + b); h[2] = (uint32_t)(h[2] + c); h[3] = (uint32_t)(h[3] + d);
    h[4] = (uint32_t)(h[4] + e); h[5] = (uint32_t)(h[5] + f); h[6] = (uint32_t)(h[6] + g); h[7] = (uint32_t)(h[7] + hh);
}

static MY_FN void sha1_block(uint64_t *h, const uint8_t *blk) {
    uint32_t w[80];
    for (int t = 0; t < 16; t++) w[t] = be32(blk + 4 * t);
    for (int t = 16; t < 80; t++) w[t] = rol32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    uint32_t a = (uint32_t)h[0], b = (uint32_t)h[1], c = (uint32_t)h[2], d = (uint32_t)h[3], e = (uint32_t)h[4];
    for (int t = 0; t < 80; t++) {
        uint32_t f, k;
        if (t < 20) { f = (b & c) | (~b & d); k = 0x5a827999u; }
        else if (t < 40) { f = b ^ c ^ d; k = 0x6ed9eba1u; }
        else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdcu; }
        else { f = b ^ c ^ d; k = 0xca62c1d6u; }
        uint32_t tmp = rol32(a, 5) + f + e + k + w[t];
        e = d; d = c; c = rol32(b, 30); b = a; a = tmp;
    }
    h[0] = (uint32_t)(h[0] + a); h[1] = (uint32_t)(h[1] + b); h[2] = (uint32_t)(h[2] + c);
    h[3] = (uint32_t)(h[3] + d); h[4] = (uint32_t)(h[4] + e);
}

/* MD5's per-round shifts and its sine-derived constants (RFC 1321). */
MY_CONST uint8_t md5_s[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };
MY_CONST uint32_t md5_k[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu, 0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu, 0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau, 0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu, 0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu, 0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u, 0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u, 0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u, 0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u
};

static MY_FN void md5_block(uint64_t *h, const uint8_t *blk) {
    uint32_t m[16];
    for (int t = 0; t < 16; t++)
        m[t] = blk[4 * t] | ((uint32_t)blk[4 * t + 1] << 8) | ((uint32_t)blk[4 * t + 2] << 16) | ((uint32_t)blk[4 * t + 3] << 24);
    uint32_t a = (uint32_t)h[0], b = (uint32_t)h[1], c = (uint32_t)h[2], d = (uint32_t)h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f; int g;
        if (i < 16) { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
        else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
        else { f = c ^ (b | ~d); g = (7 * i) & 15; }
        uint32_t tmp = d;
        d = c; c = b;
        b = b + rol32(a + f + md5_k[i] + m[g], md5_s[(i >> 4) * 4 + (i & 3)]);
        a = tmp;
    }
    h[0] = (uint32_t)(h[0] + a); h[1] = (uint32_t)(h[1] + b); h[2] = (uint32_t)(h[2] + c); h[3] = (uint32_t)(h[3] + d);
}

static MY_FN void hash_block(int alg, uint64_t *h, const uint8_t *blk) {
    if (alg == HASH_MD5) md5_block(h, blk);
    else if (alg == HASH_SHA1) sha1_block(h, blk);
    else if (alg <= HASH_SHA256) sha256_block(h, blk);
    else sha512_block(h, blk);
}

MY_FN void hash_init(HashCtx *c, int alg) {
    c->alg = alg;
    c->len = 0;
    for (int i = 0; i < 8; i++) c->h[i] = hash_algs[alg].iv[i];
}

MY_FN void hash_byte(HashCtx *c, uint32_t b) {
    uint32_t bs = hash_algs[c->alg].block;
    c->buf[c->len % bs] = (uint8_t)b;
    c->len++;
    if (c->len % bs == 0) hash_block(c->alg, c->h, c->buf);
}

/* Pads and writes the digest (hash_algs[alg].digest bytes) to out; c is spent. */
MY_FN void hash_final(HashCtx *c, uint8_t *out) {
    int alg = c->alg;
    uint32_t bs = hash_algs[alg].block, lenbytes = bs == 128 ? 16 : 8;
    uint64_t bits = c->len * 8u;
    hash_byte(c, 0x80);
    while (c->len % bs != bs - lenbytes) hash_byte(c, 0);
    for (uint32_t i = 0; i < lenbytes; i++) {
        uint32_t sh = alg == HASH_MD5 ? 8 * i : 8 * (lenbytes - 1 - i);
        hash_byte(c, sh < 64 ? (uint32_t)(bits >> sh) & 0xFF : 0);
    }
    uint32_t wbytes = bs == 128 ? 8 : 4;
    for (uint32_t i = 0; i < hash_algs[alg].digest; i++) {
        uint64_t w = c->h[i / wbytes];
        uint32_t k = i % wbytes;
        out[i] = (uint8_t)(alg == HASH_MD5 ? w >> (8 * k) : w >> (8 * (wbytes - 1 - k)));
    }
}

/* ---- the _hash natives: a state lives in a raw heap object between calls ---- */

static MY_FN bool hs_arg(Interp *I, Value v, Ref *s) {
    if (!is_type(I, v, T_RAW) || hdr_size(I, v_as_ref(v)) != HS_WORDS + 1) {
        raise_msg(I, T_TYPE_ERROR, "not a hash state");
        return false;
    }
    *s = v_as_ref(v);
    return true;
}

static MY_FN void hs_load(Interp *I, Ref s, HashCtx *c) {
    c->alg = (int)mem_ld(&I->H, s + HS_ALG);
    c->len = mem_ld(&I->H, s + HS_LEN);
    for (int i = 0; i < 8; i++) c->h[i] = mem_ld(&I->H, s + HS_H + i);
    uint32_t bs = hash_algs[c->alg].block;
    for (uint32_t i = 0; i < c->len % bs; i++) c->buf[i] = (uint8_t)mem_ld_byte(&I->H, s + HS_BUF, i);
}

static MY_FN void hs_store(Interp *I, Ref s, const HashCtx *c) {
    mem_st(&I->H, s + HS_ALG, (uint64_t)c->alg);
    mem_st(&I->H, s + HS_LEN, c->len);
    for (int i = 0; i < 8; i++) mem_st(&I->H, s + HS_H + i, c->h[i]);
    uint32_t bs = hash_algs[c->alg].block;
    for (uint32_t i = 0; i < c->len % bs; i++) mem_st_byte(&I->H, s + HS_BUF, i, c->buf[i]);
}

/* The bytes hashing accepts; str gets CPython's hint. */
static MY_FN bool hs_data(Interp *I, Value d) {
    if (is_type(I, d, T_BYTES)) return true;
    if (is_str(I, d)) raise_msg(I, T_TYPE_ERROR, "Strings must be encoded before hashing");
    else raise_msg(I, T_TYPE_ERROR, "object supporting the buffer API required");
    return false;
}

static MY_FN void hs_feed(Interp *I, HashCtx *c, Value d) {
    uint32_t n = str_nbytes(I, d);
    for (uint32_t i = 0; i < n; i++) hash_byte(c, str_byte(I, d, i));
}

/* new(alg): a fresh state; info(alg): (name, digest_size, block_size). */
NATIVE(hs_new) {
    if (!args_check(I, nargs, kwnames, "new", 1, 1)) return V_ERR;
    Value a = ARG(0);
    if (!v_is_int(a) || v_as_int(a) < 0 || v_as_int(a) >= HASH_ALG_COUNT) return raise_msg(I, T_VALUE_ERROR, "unsupported hash type");
    Value r = raw_new(I, HS_WORDS);
    if (r == V_ERR) return r;
    HashCtx c;
    hash_init(&c, (int)v_as_int(ARG(0)));
    hs_store(I, v_as_ref(r), &c);
    return r;
}

NATIVE(hs_info) {
    if (!args_check(I, nargs, kwnames, "info", 1, 1)) return V_ERR;
    Value a = ARG(0);
    if (!v_is_int(a) || v_as_int(a) < 0 || v_as_int(a) >= HASH_ALG_COUNT) return raise_msg(I, T_VALUE_ERROR, "unsupported hash type");
    const HashAlg *h = &hash_algs[v_as_int(a)];
    Value name = str_from_cstr(I, h->name);
    if (name == V_ERR) return name;
    return tuple_pack3(I, name, v_int(h->digest), v_int(h->block));
}

NATIVE(hs_update) {
    if (!args_check(I, nargs, kwnames, "update", 2, 2)) return V_ERR;
    Ref s;
    if (!hs_arg(I, ARG(0), &s) || !hs_data(I, ARG(1))) return V_ERR;
    HashCtx c;
    hs_load(I, s, &c);
    hs_feed(I, &c, ARG(1));
    hs_store(I, s, &c);
    return V_NONE;
}

NATIVE(hs_copy) {
    if (!args_check(I, nargs, kwnames, "copy", 1, 1)) return V_ERR;
    Ref s;
    if (!hs_arg(I, ARG(0), &s)) return V_ERR;
    Value r = raw_new(I, HS_WORDS);   /* allocation never collects inside a native: s stays valid */
    if (r == V_ERR) return r;
    for (uint32_t i = 1; i <= HS_WORDS; i++) mem_st(&I->H, v_as_ref(r) + i, mem_ld(&I->H, s + i));
    return r;
}

MY_FN Value bytes_from_buf(Interp *I, const uint8_t *p, uint32_t n) {
    Value r = bytes_alloc(I, n);
    if (r == V_ERR) return r;
    for (uint32_t i = 0; i < n; i++) str_set_byte(I, r, i, p[i]);
    return r;
}

/* digest(state): the digest of what was fed so far; the state itself is unchanged. */
NATIVE(hs_digest) {
    if (!args_check(I, nargs, kwnames, "digest", 1, 1)) return V_ERR;
    Ref s;
    if (!hs_arg(I, ARG(0), &s)) return V_ERR;
    HashCtx c;
    hs_load(I, s, &c);
    uint8_t out[64];
    hash_final(&c, out);
    return bytes_from_buf(I, out, hash_algs[c.alg].digest);
}

/* crc32(data, crc): CRC-32 as zlib and binascii compute it (reflected, polynomial 0xEDB88320). */
NATIVE(hs_crc32) {
    if (!args_check(I, nargs, kwnames, "crc32", 2, 2)) return V_ERR;
    if (!hs_data(I, ARG(0))) return V_ERR;
    Value d = ARG(0), cv = ARG(1);
    uint32_t crc = v_is_int(cv) ? (uint32_t)v_as_int(cv) : 0;
    crc = ~crc;
    uint32_t n = str_nbytes(I, d);
    for (uint32_t i = 0; i < n; i++) {
        crc ^= str_byte(I, d, i);
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return v_int((int64_t)(uint32_t)~crc);
}

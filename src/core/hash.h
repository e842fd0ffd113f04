/* hash.h: the hash cores of mod_hash.c (MD5, SHA-1, SHA-2), for _hash and random's seeding. */
#ifndef MY_HASH_H
#define MY_HASH_H
#include "port.h"

enum { HASH_MD5 = 0, HASH_SHA1, HASH_SHA224, HASH_SHA256, HASH_SHA384, HASH_SHA512, HASH_ALG_COUNT };

/* A running hash in C locals: chaining words (32-bit algorithms use the low halves), bytes fed,
   and the partial block. */
typedef struct HashCtx { int alg; uint64_t len; uint64_t h[8]; uint8_t buf[128]; } HashCtx;

MY_FN void hash_init(HashCtx *c, int alg);
MY_FN void hash_byte(HashCtx *c, uint32_t b);
MY_FN void hash_final(HashCtx *c, uint8_t *out);   /* out: the digest's bytes (at most 64) */
#endif

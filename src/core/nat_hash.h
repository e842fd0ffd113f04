/* nat_hash.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_HASH_H
#define MY_NAT_HASH_H
/* _hash: hash states (raw heap objects) under src/lib/hashlib.py, and CRC-32 for binascii. */
#define HASH_NATIVES(X) \
    X(MOD_HASH, NK_FUNCTION, "new", hs_new) \
    X(MOD_HASH, NK_FUNCTION, "info", hs_info) \
    X(MOD_HASH, NK_FUNCTION, "update", hs_update) \
    X(MOD_HASH, NK_FUNCTION, "copy", hs_copy) \
    X(MOD_HASH, NK_FUNCTION, "digest", hs_digest) \
    X(MOD_HASH, NK_FUNCTION, "crc32", hs_crc32)
#endif

/* nat_random.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_RANDOM_H
#define MY_NAT_RANDOM_H
/* _random: the Mersenne Twister core under src/lib/random.py (mod_random.c). A state is a raw
   heap object the Python Random instance keeps. */
#define RANDOM_NATIVES(X) \
    X(MOD_RANDOM, NK_FUNCTION, "new_state", rnd_new_state) \
    X(MOD_RANDOM, NK_FUNCTION, "seed", rnd_seed) \
    X(MOD_RANDOM, NK_FUNCTION, "seed_entropy", rnd_seed_entropy) \
    X(MOD_RANDOM, NK_FUNCTION, "random", rnd_random) \
    X(MOD_RANDOM, NK_FUNCTION, "getrandbits", rnd_getrandbits) \
    X(MOD_RANDOM, NK_FUNCTION, "getstate", rnd_getstate) \
    X(MOD_RANDOM, NK_FUNCTION, "setstate", rnd_setstate) \
    X(MOD_RANDOM, NK_FUNCTION, "sha512", rnd_sha512)
#endif

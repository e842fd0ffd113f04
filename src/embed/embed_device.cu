// embed_device.cu: the embedding API's device library: the whole core and the per-thread API as
// relocatable device code (nvcc -rdc=true), which a user's kernels link against, plus the host side
// of the pool (layout, reading results back with cudaMemcpy).
#define MY_DEVICE_STACK_LIMIT (MYRIAD_EMBED_STACK_BYTES - (6u << 10))
#include "myriad_embed.h"
#include "../core/unity.c"
#include "embed.c"
#include "embed_pool.c"

/* embed_internal.h: what the embedding API's files share: a pooled interpreter and its status slot. */
#ifndef MY_EMBED_INTERNAL_H
#define MY_EMBED_INTERNAL_H

#include "myriad_embed.h"
#include "core_api.h"

/* What the host reads back about each interpreter: the first region of the pool. */
typedef struct EmbedInfo {
    int32_t status;        /* MyriadStatus of the last exec/run; -1 before myriad_init */
    uint32_t out_len, err_len;
    uint32_t dropped;      /* bytes of output lost to a full buffer */
} EmbedInfo;

/* A pooled interpreter: the core's header and where its status goes. */
struct MyriadInterp {
    Interp I;
    EmbedInfo *info;
};

#define EMBED_ALIGN 256u
#define EMBED_ROUND(x) (((x) + EMBED_ALIGN - 1) / EMBED_ALIGN * EMBED_ALIGN)

#ifndef __CUDACC__
/* The host emulation (emu.c): the emulated thread running now, or NULL outside a launch. */
typedef struct EmuIndex { uint32_t tx, ty, tz, bx, by, bz, bdx, bdy, bdz, gdx, gdy, gdz; } EmuIndex;
int myriad_emu_index(EmuIndex *out);
#endif

#endif

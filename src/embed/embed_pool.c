/* embed_pool.c: the host side of the embedding API: the pool's layout, reading results back
   (cudaMemcpy in the CUDA build, plain memory in the host emulation), the device stack. */
#include "embed_internal.h"
#include <string.h>

static size_t pool_heap_words(size_t heap_bytes) { return (heap_bytes ? heap_bytes : MYRIAD_EMBED_DEFAULT_HEAP) / 8; }
static size_t pool_buf(size_t buf_bytes) { return buf_bytes ? buf_bytes : MYRIAD_EMBED_DEFAULT_BUF; }

/* The regions, in order: status slots, output buffers, headers, heaps (a warp's 32 heaps interleaved). */
static int pool_layout(MyriadPool *p, uint32_t n, size_t heap_bytes, size_t buf_bytes, size_t *total) {
    size_t hw = pool_heap_words(heap_bytes), buf = pool_buf(buf_bytes);
    if (n == 0 || hw < INTERP_MIN_HEAP_WORDS || hw > 0x7FFFFFFFu || buf > 0x7FFFFFFFu) return -1;
    memset(p, 0, sizeof *p);
    p->n = n;
    p->heap_words = (uint32_t)hw;
    p->buf_bytes = (uint32_t)buf;
    p->interp_bytes = (uint32_t)((sizeof(MyriadInterp) + 15) / 16 * 16);
    p->bufs_at = EMBED_ROUND((size_t)n * sizeof(EmbedInfo));
    p->interps_at = p->bufs_at + EMBED_ROUND((size_t)n * 2 * buf);
    p->heaps_at = p->interps_at + EMBED_ROUND((size_t)n * p->interp_bytes);
    *total = p->heaps_at + ((size_t)n + 31) / 32 * 32 * hw * 8;
    return 0;
}

size_t myriad_pool_bytes(uint32_t n, size_t heap_bytes, size_t buf_bytes) {
    MyriadPool p;
    size_t total;
    return pool_layout(&p, n, heap_bytes, buf_bytes, &total) ? 0 : total;
}

#ifdef __CUDACC__
#include <cuda_runtime.h>
static int pool_copy_out(void *dst, const void *src, size_t n) { return cudaMemcpy(dst, src, n, cudaMemcpyDeviceToHost) == cudaSuccess ? 0 : -1; }
static int pool_fill(void *dst, int byte, size_t n) { return cudaMemset(dst, byte, n) == cudaSuccess ? 0 : -1; }
int myriad_embed_setup(void) {
    return cudaDeviceSetLimit(cudaLimitStackSize, MYRIAD_EMBED_STACK_BYTES) == cudaSuccess ? 0 : -1;
}
#else
static int pool_copy_out(void *dst, const void *src, size_t n) { memcpy(dst, src, n); return 0; }
static int pool_fill(void *dst, int byte, size_t n) { memset(dst, byte, n); return 0; }
int myriad_embed_setup(void) { return 0; }
#endif

int myriad_pool_init(MyriadPool *pool, void *mem, uint32_t n, size_t heap_bytes, size_t buf_bytes,
                     const uint64_t *image, size_t image_words) {
    size_t total;
    if (!mem || !image || image_words == 0 || image_words > 0x7FFFFFFFu) return -1;
    if (pool_layout(pool, n, heap_bytes, buf_bytes, &total)) return -1;
    pool->base = (unsigned char *)mem;
    pool->image = image;
    pool->image_words = image_words;
    return pool_fill(mem, 0xFF, (size_t)n * sizeof(EmbedInfo));   /* status -1: not started */
}

static int pool_info(const MyriadPool *pool, uint32_t i, EmbedInfo *e) {
    if (i >= pool->n) return -1;
    return pool_copy_out(e, (const EmbedInfo *)pool->base + i, sizeof *e);
}

int myriad_pool_status(const MyriadPool *pool, uint32_t i) {
    EmbedInfo e;
    return pool_info(pool, i, &e) ? -1 : e.status;
}

uint32_t myriad_pool_dropped(const MyriadPool *pool, uint32_t i) {
    EmbedInfo e;
    return pool_info(pool, i, &e) || e.status < 0 ? 0 : e.dropped;
}

size_t myriad_pool_output(const MyriadPool *pool, uint32_t i, int stream, char *dst, size_t cap) {
    EmbedInfo e;
    if (cap) dst[0] = 0;
    if (pool_info(pool, i, &e) || e.status < 0 || (stream != 1 && stream != 2)) return 0;
    size_t len = stream == 1 ? e.out_len : e.err_len;
    const unsigned char *src = pool->base + pool->bufs_at + (size_t)i * 2 * pool->buf_bytes + (stream == 2 ? pool->buf_bytes : 0);
    size_t k = len < cap ? len : (cap ? cap - 1 : 0);
    if (k && pool_copy_out(dst, src, k)) return 0;
    if (cap) dst[k] = 0;
    return len;
}

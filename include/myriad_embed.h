/* myriad_embed.h: Python inside your own CUDA kernels: one interpreter per thread, made from a pool
   the host allocates, with device arrays bound as typed buffers (docs/EMBEDDING.md). The same API
   runs on the host (gcc, no GPU), where kernels are emulated (myriad_cuda_emu.h). */
#ifndef MYRIAD_EMBED_H
#define MYRIAD_EMBED_H

#include <stddef.h>
#include <stdint.h>
#include "myriad.h"

#ifdef __CUDACC__
#define MYRIAD_DEVICE __device__
#else
#define MYRIAD_DEVICE
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- On the host: the shared image ------------------------------------------------------------
   The image holds the builtins, the standard library and any code compiled once for every thread.
   Build it, compile what every thread will run, then copy its words to the device (after the last
   compile: compiling appends to it). Host only; in libmyriad.a. */
typedef struct MyriadImage MyriadImage;
MyriadImage *myriad_image_new(char **error);                  /* NULL and *error (malloc'd) on failure */
/* Compiles source once; returns a code handle for myriad_run_code, or 0 with *error holding the
   SyntaxError as CPython prints it. */
uint64_t myriad_image_compile(MyriadImage *img, const char *source, size_t len, const char *filename, char **error);
const uint64_t *myriad_image_words(const MyriadImage *img, size_t *nwords);
void myriad_image_free(MyriadImage *img);

/* ---- On the host: the pool of interpreters ----------------------------------------------------
   One block of memory (device memory for kernels; host memory for the emulation) holds every
   interpreter: its header, heap (interleaved across the 32 lanes of a warp on the GPU), stdout and
   stderr buffers, and a status word the host reads back. */
#define MYRIAD_EMBED_DEFAULT_HEAP ((size_t)512 << 10)
#define MYRIAD_EMBED_DEFAULT_BUF ((size_t)1 << 10)
typedef struct MyriadPool {
    unsigned char *base;        /* the pool's memory */
    const uint64_t *image;      /* the image's words, where the kernel can read them */
    uint64_t image_words;
    uint32_t n;                 /* interpreters: indexes 0..n-1 */
    uint32_t heap_words;        /* heap per interpreter, in 8-byte words */
    uint32_t buf_bytes;         /* bytes of stdout, and of stderr, per interpreter */
    uint32_t interp_bytes;      /* one header, in this build */
    uint64_t bufs_at, interps_at, heaps_at;   /* byte offsets of the regions in base */
} MyriadPool;

/* Bytes of pool for n interpreters (heap_bytes, buf_bytes: 0 for the defaults). 0 if too small/large. */
size_t myriad_pool_bytes(uint32_t n, size_t heap_bytes, size_t buf_bytes);
/* Describes a pool of myriad_pool_bytes(n, heap_bytes, buf_bytes) bytes at mem (device memory in the
   CUDA build) over the image's words at image (device memory too), and marks every interpreter
   "not started". 0, or -1 if the sizes are invalid. */
int myriad_pool_init(MyriadPool *pool, void *mem, uint32_t n, size_t heap_bytes, size_t buf_bytes,
                     const uint64_t *image, size_t image_words);
/* After a kernel: interpreter i's status (a MyriadStatus; -1 when never initialised) and its output
   (stream 1: stdout, 2: stderr, which holds the traceback of an uncaught exception). The output is
   copied into dst (cap bytes, NUL-terminated); returns its full length. */
int myriad_pool_status(const MyriadPool *pool, uint32_t i);
size_t myriad_pool_output(const MyriadPool *pool, uint32_t i, int stream, char *dst, size_t cap);
/* Bytes of output interpreter i could not keep because its buffer was full. */
uint32_t myriad_pool_dropped(const MyriadPool *pool, uint32_t i);
/* Before the first kernel (CUDA build): sets the device stack the interpreter needs. 0 or -1. */
int myriad_embed_setup(void);
#define MYRIAD_EMBED_STACK_BYTES (24u << 10)

/* ---- In the kernel (or the emulated kernel): one interpreter per thread ------------------------ */
typedef struct MyriadInterp MyriadInterp;

/* Starts interpreter `index` (usually the thread's global index) of the pool: tid = index,
   nthreads = pool.n, and the globals threadIdx, blockIdx, blockDim, gridDim. NULL when index >= n
   or the heap cannot hold a fresh interpreter. */
MYRIAD_DEVICE MyriadInterp *myriad_init(MyriadPool pool, uint32_t index);

/* Binds len elements at data (global or __shared__ memory) as the Python buffer `name`; typecode
   as the array module's: b B h H i I l L q Q f d. 0, or -1 (bad typecode, misaligned, no memory). */
MYRIAD_DEVICE int myriad_bind(MyriadInterp *I, const char *name, void *data, char typecode, size_t len);

/* Globals: 0, or -1 (no memory; for the getters: missing or of another type. get_float takes ints). */
MYRIAD_DEVICE int myriad_set_int(MyriadInterp *I, const char *name, int64_t v);
MYRIAD_DEVICE int myriad_set_float(MyriadInterp *I, const char *name, double v);
MYRIAD_DEVICE int myriad_set_str(MyriadInterp *I, const char *name, const char *s);
MYRIAD_DEVICE int myriad_get_int(MyriadInterp *I, const char *name, int64_t *out);
MYRIAD_DEVICE int myriad_get_float(MyriadInterp *I, const char *name, double *out);
/* Copies the str's UTF-8 into buf (cap bytes, NUL-terminated); returns its byte length, or -1. */
MYRIAD_DEVICE int64_t myriad_get_str(MyriadInterp *I, const char *name, char *buf, size_t cap);

/* Runs code in the interpreter's globals, to its end: myriad_exec compiles the NUL-terminated
   source in this thread first; myriad_run_code runs code compiled once on the host. Returns a
   MyriadStatus (MYRIAD_OK, MYRIAD_ERROR for an uncaught exception, MYRIAD_EXIT, MYRIAD_MEMORY). */
MYRIAD_DEVICE int myriad_exec(MyriadInterp *I, const char *source);
MYRIAD_DEVICE int myriad_run_code(MyriadInterp *I, uint64_t code);

/* The traceback of the last exec or run_code's uncaught exception (empty if none), and everything printed
   so far; *len gets the byte count (not NUL-terminated). */
MYRIAD_DEVICE const char *myriad_error(MyriadInterp *I, size_t *len);
MYRIAD_DEVICE const char *myriad_output(MyriadInterp *I, size_t *len);

#ifdef __cplusplus
}
#endif

/* Launching a kernel that takes one argument (a struct by value) the same way in both builds:
   MYRIAD_EMU_KERNEL(k, ArgType) after the kernel, then MYRIAD_LAUNCH(k, grid, block, arg). */
#ifdef __CUDACC__
#define MYRIAD_EMU_KERNEL(k, T)
#define MYRIAD_LAUNCH(k, grid, block, arg) k<<<(grid), (block)>>>(arg)
#endif

#endif

/* gpu_backend.h: what the host knows of the GPU backend (gpu_backend.cu, or gpu_none.c in builds
   without CUDA). Not public: callers use myriad_run with opts->backend. */
#ifndef MY_GPU_BACKEND_H
#define MY_GPU_BACKEND_H

#include <stddef.h>
#include <stdint.h>
#include "myriad.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef MyriadGpuInfo GpuProbe;
#define GPU_MAX_DEFAULT_HEAP MYRIAD_GPU_MAX_DEFAULT_HEAP

/* 1 and fills *p when this build has the GPU backend and a CUDA device is usable. */
int gpu_backend_probe(GpuProbe *p);
/* The default heap for n interpreters on that card (0: they do not fit). */
size_t gpu_backend_default_heap(const GpuProbe *p, uint64_t n, size_t image_bytes);
/* myriad_run on the GPU. */
int gpu_backend_run(const uint64_t *image, uint32_t image_words, const MyriadOptions *opts,
                    MyriadOutputFn on_output, MyriadDoneFn on_done, void *user, char **error);
/* A REPL session's interpreters on the GPU (see host_internal.h for the CPU's). image_cap_words:
   the most the image may grow to while the session lasts. */
typedef struct GpuSession GpuSession;
GpuSession *gpu_session_new(const uint64_t *image, uint32_t image_words, uint32_t image_cap_words,
                            const MyriadOptions *opts, char **error);
int gpu_session_exec(GpuSession *s, uint64_t code, const uint64_t *image, uint32_t image_words,
                     MyriadOutputFn on_output, MyriadDoneFn on_done, void *user, char **error);
void gpu_session_stats(GpuSession *s, MyriadSessionStats *st);
void gpu_session_free(GpuSession *s);
/* 1 when this build includes the GPU backend at all. */
int gpu_backend_built(void);

#ifdef __cplusplus
}
#endif
#endif

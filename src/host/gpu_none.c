/* gpu_none.c: the GPU backend's entry points in a build made without nvcc: there is no GPU to use. */
#include "gpu_backend.h"
#include "host_internal.h"

#include <string.h>

int gpu_backend_built(void) { return 0; }

int gpu_backend_probe(GpuProbe *p) {
    memset(p, 0, sizeof *p);
    return 0;
}

size_t gpu_backend_default_heap(const GpuProbe *p, uint64_t n, size_t image_bytes) {
    (void)p; (void)n; (void)image_bytes;
    return 0;
}

int gpu_backend_run(const uint64_t *image, uint32_t image_words, const MyriadOptions *opts,
                    MyriadOutputFn on_output, MyriadDoneFn on_done, void *user, char **error) {
    (void)image; (void)image_words; (void)opts; (void)on_output; (void)on_done; (void)user;
    if (error) *error = host_format("myriad: this build has no GPU backend (nvcc was not found when it was built)\n");
    return -1;
}

GpuSession *gpu_session_new(const uint64_t *image, uint32_t image_words, uint32_t image_cap_words,
                            const MyriadOptions *opts, char **error) {
    (void)image; (void)image_words; (void)image_cap_words; (void)opts;
    if (error) *error = host_format("myriad: this build has no GPU backend (nvcc was not found when it was built)\n");
    return NULL;
}

int gpu_session_exec(GpuSession *s, uint64_t code, const uint64_t *image, uint32_t image_words,
                     MyriadOutputFn on_output, MyriadDoneFn on_done, void *user, char **error) {
    (void)s; (void)code; (void)image; (void)image_words; (void)on_output; (void)on_done; (void)user; (void)error;
    return -1;
}

void gpu_session_stats(GpuSession *s, MyriadSessionStats *st) { (void)s; (void)st; }
void gpu_session_free(GpuSession *s) { (void)s; }

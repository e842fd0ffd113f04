/* backend.c: myriad_run: checks the request and hands it to the CPU or the GPU backend. */
#include "myriad.h"
#include "host_internal.h"
#include "gpu_backend.h"
#include "core_api.h"

#include <stdio.h>
#include <stdlib.h>

MyriadBackend myriad_auto_backend(void) {
    static int cached = -1;   /* probing creates a CUDA context: once is enough */
    if (cached < 0) {
        GpuProbe p;
        cached = gpu_backend_probe(&p) ? MYRIAD_BACKEND_GPU : MYRIAD_BACKEND_CPU;
    }
    return (MyriadBackend)cached;
}

MyriadStatus host_outcome(int run_status, int core_exit_code, uint64_t max_steps, int *exit_code,
                          char *note, size_t cap) {
    note[0] = 0;
    *exit_code = 1;
    switch (run_status) {
    case RUN_DONE: *exit_code = 0; return MYRIAD_OK;
    case RUN_ERROR: return MYRIAD_ERROR;
    case RUN_EXIT: *exit_code = core_exit_code; return MYRIAD_EXIT;
    case RUN_STEPS:
        snprintf(note, cap, "myriad: step limit reached (%llu steps)\n", (unsigned long long)max_steps);
        return MYRIAD_STEPS;
    case RUN_MEMORY: snprintf(note, cap, "MemoryError\n"); return MYRIAD_MEMORY;
    case RUN_INPUT: snprintf(note, cap, "myriad: interactive input is not supported\n"); return MYRIAD_ERROR;
    default:
        snprintf(note, cap, "myriad: internal error: interp_run returned %d\n", run_status);
        return MYRIAD_ERROR;
    }
}

int myriad_gpu_built(void) { return gpu_backend_built(); }
int myriad_gpu_info(MyriadGpuInfo *info) { return gpu_backend_probe(info); }
size_t myriad_gpu_default_heap(const MyriadGpuInfo *info, uint64_t n, size_t image_bytes) {
    return gpu_backend_default_heap(info, n, image_bytes);
}

int myriad_run(const MyriadProgram *p, const MyriadOptions *opts, MyriadOutputFn on_output,
               MyriadDoneFn on_done, void *user, char **error) {
    if (error) *error = NULL;
    if (!p || !opts || !on_done) {
        char *msg = host_format("myriad: myriad_run: missing program, options or on_done\n");
        if (error) *error = msg; else free(msg);
        return -1;
    }
    if (opts->n == 0) return 0;
    MyriadBackend b = opts->backend == MYRIAD_BACKEND_AUTO ? myriad_auto_backend() : opts->backend;
    if (b == MYRIAD_BACKEND_GPU) {
        uint32_t words;
        const uint64_t *image = host_program_image(p, &words);
        return gpu_backend_run(image, words, opts, on_output, on_done, user, error);
    }
    return cpu_backend_run(p, opts, on_output, on_done, user, error);
}

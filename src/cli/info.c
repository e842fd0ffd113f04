/* info.c: `myriad info`: the build, its backends, and what one interpreter costs in memory. */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <stdlib.h>
#include <unistd.h>

/* The GPU section: the card, what an interpreter costs on it, and how many fit. */
static void print_gpu(size_t image_bytes) {
    MyriadGpuInfo g;
    if (!myriad_gpu_built()) { printf("gpu: not in this build (nvcc was not found when it was built)\n"); return; }
    if (!myriad_gpu_info(&g)) { printf("gpu: none usable (the GPU backend is built in)\n"); return; }
    printf("gpu: %s (compute capability %d.%d, %d SMs), %zu MiB of which %zu MiB free\n", g.name, g.cc_major,
           g.cc_minor, g.sm_count, g.total_bytes >> 20, g.free_bytes >> 20);
    printf("gpu heap layout: %s\n", g.heap_stride == 32 ? "interleaved across the 32 lanes of a warp" : "contiguous");
    printf("gpu bytes per interpreter besides its heap: %zu (header and summary %zu, output buffers %zu; a quarter of that beyond a million interpreters)\n",
           g.header_bytes + g.buffer_bytes + 8, g.header_bytes, g.buffer_bytes);
    printf("gpu stack: %zu bytes per thread (%zu MiB reserved on the card)\n", g.stack_bytes, g.stack_reserved >> 20);
    static const uint64_t ns[] = { 1000, 100000, 1000000, 10000000 };   /* default heaps at these N */
    for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
        size_t h = myriad_gpu_default_heap(&g, ns[k], image_bytes);
        if (h) printf("gpu default heap for -n %llu: %zu bytes\n", (unsigned long long)ns[k], h);
        else printf("gpu default heap for -n %llu: does not fit\n", (unsigned long long)ns[k]);
    }
    /* the most interpreters with the smallest heap: the default heap shrinks as N grows */
    uint64_t lo = 0, hi = (uint64_t)1 << 34;
    while (lo + 1 < hi) {
        uint64_t mid = (lo + hi) / 2;
        if (myriad_gpu_default_heap(&g, mid, image_bytes) >= MYRIAD_MIN_HEAP) lo = mid; else hi = mid;
    }
    printf("gpu interpreters that fit with the smallest heap (%zu bytes): %llu\n", (size_t)MYRIAD_MIN_HEAP, (unsigned long long)lo);
}

int cli_info(void) {
    char *err = NULL;
    MyriadProgram *prog = myriad_compile("", 0, "<info>", &err);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    printf("myriad %s\n", MYRIAD_VERSION);
    printf("backends: cpu%s (default: %s)\n", myriad_gpu_built() ? ", gpu" : "",
           myriad_auto_backend() == MYRIAD_BACKEND_GPU ? "gpu" : "cpu");
    printf("cpu threads: %ld (one per online core)\n", cores > 0 ? cores : 1);
    printf("default heap per interpreter on the cpu: %zu bytes (%zu MiB)\n", (size_t)MYRIAD_DEFAULT_HEAP,
           (size_t)MYRIAD_DEFAULT_HEAP >> 20);
    if (!prog) {
        fputs(err ? err : "myriad: building the image failed\n", stderr);
        free(err);
        return 1;
    }
    printf("image: %zu bytes (shared by all interpreters)\n", myriad_image_bytes(prog));
    printf("fresh interpreter heap use: %zu bytes\n", myriad_fresh_heap_bytes(prog));
    print_gpu(myriad_image_bytes(prog));
    myriad_program_free(prog);
    return 0;
}

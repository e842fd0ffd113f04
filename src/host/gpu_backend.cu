// gpu_backend.cu: the GPU backend: the unchanged core as device code, one interpreter per CUDA
// thread, run in slices by a host scheduler that drains output between kernel launches.
//
// Device memory holds every interpreter's header (Interp), heap and output buffers, the shared image
// and a small per-interpreter summary (Slot). Each launch runs every unfinished interpreter for a
// step budget; the host then copies back the summaries, gathers the output of the interpreters that
// wrote (packed by a second kernel), reports the finished ones and launches again. Heaps are
// interleaved across the 32 lanes of a warp when the core is built with MY_HEAP_STRIDE=32.
// The CUDA stack per thread, and how much of it recursive core code may use (see my_stack_depth):
// the rest is the margin for the calls below the last check (measured: docs/GPU.md).
#ifndef MY_GPU_STACK_BYTES
#define MY_GPU_STACK_BYTES (24u << 10)
#endif
#define MY_DEVICE_STACK_LIMIT (MY_GPU_STACK_BYTES - (6u << 10))
#include "../core/unity.c"

#include "myriad.h"
extern "C" {
#include "host_internal.h"
}
#include "gpu_backend.h"

#include <cuda_runtime.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define GPU_BLOCK 128                   // threads per block
#define GPU_BUF_CAP 1024u               // bytes of stdout, and of stderr, buffered per interpreter between drains
#define GPU_BUF_CAP_HUGE 256u           // the same beyond GPU_HUGE_N interpreters, so ten million fit
#define GPU_HUGE_N 1000000u
#define GPU_STACK_BYTES MY_GPU_STACK_BYTES
#define GPU_FIRST_BUDGET 2000u          // bytecodes per interpreter in the first launch
#define GPU_TARGET_MS 100.0             // launches aim at this long: Ctrl-C and progress stay responsive
#define GPU_MAX_BUDGET 100000000ull

// What the host learns about an interpreter after each launch.
struct Slot {
    int32_t status;      // RunStatus, or SLOT_NO_HEAP when interp_init failed
    int32_t exit_code;
    uint32_t out_len, err_len;
    uint64_t steps;
};
#define SLOT_NO_HEAP 100

// Everything a kernel needs, passed by value.
struct Fleet {
    Interp *interps;
    Slot *slots;
    uint8_t *bufs;         // per interpreter: buf_cap bytes of stdout, then buf_cap of stderr
    uint32_t buf_cap;
    uint64_t *heaps;
    uint32_t heap_words;
    uint32_t n;
};

// Interpreter i's heap: its column of its warp's block (interleaved), or its own run of words.
__device__ static uint64_t *heap_of(const Fleet &f, uint32_t i) {
#if MY_HEAP_STRIDE == 32
    return f.heaps + (size_t)(i / 32) * 32 * f.heap_words + (i % 32);
#else
    return f.heaps + (size_t)i * f.heap_words;
#endif
}

__global__ void k_init(Fleet f, const uint64_t *image, uint32_t image_words, uint64_t nthreads,
                       uint64_t max_steps, const uint8_t *stdin_data, uint32_t stdin_len, int compile_each) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n) return;
    Interp L;   // built in local memory (interleaved per thread by the hardware), then stored once
    Slot s = {};
    if (!interp_init(&L, image, image_words, heap_of(f, i), f.heap_words, i, (int64_t)nthreads)) {
        s.status = SLOT_NO_HEAP;
        f.slots[i] = s;
        return;
    }
    uint8_t *b = f.bufs + (size_t)i * 2 * f.buf_cap;
    L.out.data = b;
    L.out.cap = f.buf_cap;
    L.out.len = 0;
    L.err.data = b + f.buf_cap;
    L.err.cap = f.buf_cap;
    L.err.len = 0;
    L.max_steps = max_steps;
    L.stdin_data = stdin_data;
    L.stdin_len = stdin_len;
    L.stdin_pos = 0;
    if (compile_each) interp_compile_main(&L);
    s.status = L.status;
    s.exit_code = L.exit_code;
    s.out_len = L.out.len;
    s.err_len = L.err.len;
    f.interps[i] = L;
    f.slots[i] = s;
}

// Runs every unfinished interpreter for `budget` bytecodes. The header is worked on in local memory:
// its fields are read on every heap access, and local memory is coalesced across the warp.
__global__ void k_run(Fleet f, uint64_t budget) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n) return;
    Slot s = f.slots[i];
    if (s.status != RUN_BUDGET && s.status != RUN_OUTPUT) return;
    Interp L = f.interps[i];
    RunStatus rs = interp_run(&L, budget);
    f.interps[i] = L;
    s.status = (int32_t)rs;
    s.exit_code = L.exit_code;
    s.out_len = L.out.len;
    s.err_len = L.err.len;
    s.steps = L.steps;
    f.slots[i] = s;
}

// Packs the buffered output of every interpreter that wrote into `staging` at offsets[i] (stdout
// then stderr) and empties its buffers.
__global__ void k_gather(Fleet f, const uint64_t *offsets, uint8_t *staging) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n) return;
    Slot s = f.slots[i];
    if (s.out_len == 0 && s.err_len == 0) return;
    const uint8_t *b = f.bufs + (size_t)i * 2 * f.buf_cap;
    uint8_t *d = staging + offsets[i];
    for (uint32_t k = 0; k < s.out_len; k++) d[k] = b[k];
    for (uint32_t k = 0; k < s.err_len; k++) d[s.out_len + k] = b[f.buf_cap + k];
    f.interps[i].out.len = 0;
    f.interps[i].err.len = 0;
    s.out_len = s.err_len = 0;
    f.slots[i] = s;
}

// ---- Host side -----------------------------------------------------------------------------------

static char *cuda_error(const char *what, cudaError_t e) {
    return host_format("myriad: GPU: %s: %s\n", what, cudaGetErrorString(e));
}

#define CUDA_TRY(call, what) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) { err = cuda_error(what, e_); goto fail; } } while (0)

extern "C" int gpu_backend_built(void) { return 1; }

extern "C" int gpu_backend_probe(GpuProbe *p) {
    memset(p, 0, sizeof *p);
    int count = 0;
    if (cudaGetDeviceCount(&count) != cudaSuccess || count == 0) return 0;
    cudaDeviceProp prop;
    if (cudaGetDeviceProperties(&prop, 0) != cudaSuccess) return 0;
    size_t free_b = 0, total_b = 0;
    if (cudaMemGetInfo(&free_b, &total_b) != cudaSuccess) return 0;
    snprintf(p->name, sizeof p->name, "%s", prop.name);
    p->cc_major = prop.major;
    p->cc_minor = prop.minor;
    p->sm_count = prop.multiProcessorCount;
    p->total_bytes = total_b;
    p->free_bytes = free_b;
    p->header_bytes = sizeof(Interp) + sizeof(Slot);
    p->buffer_bytes = 2 * GPU_BUF_CAP;
    p->stack_bytes = GPU_STACK_BYTES;
    p->stack_reserved = (size_t)GPU_STACK_BYTES * prop.multiProcessorCount * prop.maxThreadsPerMultiProcessor;
    p->heap_stride = MY_HEAP_STRIDE;
    return 1;
}

static uint32_t buf_cap_for(uint64_t n) { return n > GPU_HUGE_N ? GPU_BUF_CAP_HUGE : GPU_BUF_CAP; }

// Bytes one of n interpreters costs on the card, besides its heap.
static size_t per_interp_bytes(const GpuProbe *p, uint64_t n) { return p->header_bytes + 2 * buf_cap_for(n) + sizeof(uint64_t); }

extern "C" size_t gpu_backend_default_heap(const GpuProbe *p, uint64_t n, size_t image_bytes) {
    // what is free after the image, the stack reservation and a margin, shared by n interpreters
    size_t margin = (size_t)256 << 20;
    size_t fixed = image_bytes + p->stack_reserved + margin;
    if (p->free_bytes <= fixed || n == 0) return 0;
    uint64_t lanes = (n + 31) / 32 * 32;
    size_t each = (p->free_bytes - fixed) / lanes;
    if (each <= per_interp_bytes(p, n)) return 0;
    size_t heap = each - per_interp_bytes(p, n);
    if (heap > GPU_MAX_DEFAULT_HEAP) heap = GPU_MAX_DEFAULT_HEAP;
    return heap / 1024 * 1024;
}

// The host's view of a run: per-interpreter output kept until the interpreter ends (when not
// streaming), and whether it has been reported.
struct HostBuf { char *data; size_t len, cap; };

static void hostbuf_append(HostBuf *b, const uint8_t *bytes, size_t len) {
    if (len == 0) return;
    if (b->len + len > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + len) cap *= 2;
        char *d = (char *)realloc(b->data, cap);
        if (!d) { fputs("myriad: out of memory collecting output\n", stderr); abort(); }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, bytes, len);
    b->len += len;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

extern "C" int gpu_backend_run(const uint64_t *image, uint32_t image_words, const MyriadOptions *opts,
                               MyriadOutputFn on_output, MyriadDoneFn on_done, void *user, char **error) {
    char *err = NULL;
    uint64_t n64 = opts->n;
    Fleet f = {};
    uint64_t *d_image = NULL, *d_offsets = NULL;
    uint8_t *d_stdin = NULL, *d_staging = NULL;
    size_t staging_cap = 0;
    Slot *slots = NULL;
    uint64_t *offsets = NULL;
    uint8_t *staging = NULL;
    HostBuf *outs = NULL;
    uint8_t *reported = NULL;
    int rc = -1;
    GpuProbe probe;
    if (!gpu_backend_probe(&probe)) { err = host_format("myriad: no usable CUDA GPU found\n"); goto fail; }
    if (n64 > 0xFFFFFFE0ull) { err = host_format("myriad: GPU: at most %u interpreters per run\n", 0xFFFFFFE0u); goto fail; }
    {
        uint32_t n = (uint32_t)n64;
        size_t heap_bytes = opts->heap_bytes;
        if (heap_bytes == 0) {
            heap_bytes = gpu_backend_default_heap(&probe, n64, (size_t)image_words * 8);
            if (heap_bytes < MYRIAD_MIN_HEAP) {
                err = host_format("myriad: GPU: %llu interpreters do not fit in the card's %zu free bytes (see myriad info)\n",
                                  (unsigned long long)n64, probe.free_bytes);
                goto fail;
            }
        }
        uint64_t heap_words = heap_bytes / 8;
        if (heap_words < INTERP_MIN_HEAP_WORDS || heap_words > 0x7FFFFFFFull) {
            err = host_format("myriad: GPU: heap of %zu bytes out of range\n", heap_bytes);
            goto fail;
        }
        uint64_t lanes = (n64 + 31) / 32 * 32;
        f.n = n;
        f.heap_words = (uint32_t)heap_words;
        f.buf_cap = buf_cap_for(n64);
        CUDA_TRY(cudaDeviceSetLimit(cudaLimitStackSize, GPU_STACK_BYTES), "setting the stack size");
        CUDA_TRY(cudaMalloc(&d_image, (size_t)image_words * 8), "allocating the image");
        CUDA_TRY(cudaMemcpy(d_image, image, (size_t)image_words * 8, cudaMemcpyHostToDevice), "copying the image");
        CUDA_TRY(cudaMalloc(&f.interps, (size_t)n * sizeof(Interp)), "allocating interpreter headers");
        CUDA_TRY(cudaMalloc(&f.slots, (size_t)n * sizeof(Slot)), "allocating interpreter summaries");
        CUDA_TRY(cudaMalloc(&f.bufs, (size_t)n * 2 * f.buf_cap), "allocating output buffers");
        {
            cudaError_t e = cudaMalloc(&f.heaps, (size_t)lanes * heap_words * 8);
            if (e != cudaSuccess) {
                err = host_format("myriad: GPU: %llu heaps of %zu bytes do not fit on the card (%s)\n",
                                  (unsigned long long)n64, heap_bytes, cudaGetErrorString(e));
                goto fail;
            }
        }
        CUDA_TRY(cudaMalloc(&d_offsets, (size_t)n * sizeof(uint64_t)), "allocating offsets");
        if (opts->stdin_data && opts->stdin_len) {
            CUDA_TRY(cudaMalloc(&d_stdin, opts->stdin_len), "allocating stdin");
            CUDA_TRY(cudaMemcpy(d_stdin, opts->stdin_data, opts->stdin_len, cudaMemcpyHostToDevice), "copying stdin");
        }
        slots = (Slot *)malloc((size_t)n * sizeof(Slot));
        offsets = (uint64_t *)malloc((size_t)n * sizeof(uint64_t));
        reported = (uint8_t *)calloc(n, 1);
        if (!on_output) outs = (HostBuf *)calloc((size_t)n * 2, sizeof(HostBuf));
        if (!slots || !offsets || !reported || (!on_output && !outs)) { err = host_format("myriad: out of host memory for %u interpreters\n", n); goto fail; }

        uint32_t grid = (n + GPU_BLOCK - 1) / GPU_BLOCK;
        k_init<<<grid, GPU_BLOCK>>>(f, d_image, image_words, n64, opts->max_steps, d_stdin, (uint32_t)opts->stdin_len, opts->compile_each);
        CUDA_TRY(cudaGetLastError(), "starting the interpreters");
        CUDA_TRY(cudaMemcpy(slots, f.slots, (size_t)n * sizeof(Slot), cudaMemcpyDeviceToHost), "starting the interpreters");

        uint64_t budget = GPU_FIRST_BUDGET, finished = 0, steps_total = 0;
        double t_start = now_seconds(), last_progress = t_start;
        bool progress = isatty(2) != 0, progress_shown = false;
        for (;;) {
            // report what ended and gather output (the first pass also sees interpreters whose start failed)
            uint64_t total = 0, running = 0;
            steps_total = 0;
            for (uint32_t i = 0; i < n; i++) {
                offsets[i] = total;
                total += slots[i].out_len + slots[i].err_len;
                steps_total += slots[i].steps;
            }
            if (total > 0) {
                if (total > staging_cap) {
                    cudaFree(d_staging);
                    free(staging);
                    staging_cap = total * 2;
                    staging = (uint8_t *)malloc(staging_cap);
                    if (!staging) { err = host_format("myriad: out of host memory for output\n"); goto fail; }
                    CUDA_TRY(cudaMalloc(&d_staging, staging_cap), "allocating the output staging buffer");
                }
                CUDA_TRY(cudaMemcpy(d_offsets, offsets, (size_t)n * sizeof(uint64_t), cudaMemcpyHostToDevice), "copying offsets");
                k_gather<<<grid, GPU_BLOCK>>>(f, d_offsets, d_staging);
                CUDA_TRY(cudaGetLastError(), "gathering output");
                CUDA_TRY(cudaMemcpy(staging, d_staging, total, cudaMemcpyDeviceToHost), "copying output");
            }
            bool stop = myriad_interrupted() != 0;
            for (uint32_t i = 0; i < n; i++) {
                Slot &s = slots[i];
                const uint8_t *o = staging + offsets[i];
                if (s.out_len || s.err_len) {
                    if (on_output) {
                        if (s.out_len) on_output(user, i, 1, (const char *)o, s.out_len);
                        if (s.err_len) on_output(user, i, 2, (const char *)o + s.out_len, s.err_len);
                    } else {
                        hostbuf_append(&outs[2 * i], o, s.out_len);
                        hostbuf_append(&outs[2 * i + 1], o + s.out_len, s.err_len);
                    }
                    s.out_len = s.err_len = 0;
                }
                if (reported[i]) continue;
                bool live = s.status == RUN_BUDGET || s.status == RUN_OUTPUT;
                if (live && !stop) { running++; continue; }
                char note[96];
                int exit_code;
                MyriadStatus ps = host_outcome(s.status == SLOT_NO_HEAP ? RUN_MEMORY : s.status, s.exit_code,
                                               opts->max_steps, &exit_code, note, sizeof note);
                if (live) { snprintf(note, sizeof note, "KeyboardInterrupt\n"); exit_code = 130; ps = MYRIAD_ERROR; }
                MyriadResult r;
                memset(&r, 0, sizeof r);
                r.id = i;
                r.status = ps;
                r.exit_code = exit_code;
                r.steps = s.steps;
                size_t nl = strlen(note);
                if (on_output) {
                    if (nl) on_output(user, i, 2, note, nl);
                    r.out = r.err = "";
                } else {
                    hostbuf_append(&outs[2 * i + 1], (const uint8_t *)note, nl);
                    r.out = outs[2 * i].data ? outs[2 * i].data : "";
                    r.out_len = outs[2 * i].len;
                    r.err = outs[2 * i + 1].data ? outs[2 * i + 1].data : "";
                    r.err_len = outs[2 * i + 1].len;
                }
                on_done(user, &r);
                if (outs) {
                    free(outs[2 * i].data);
                    free(outs[2 * i + 1].data);
                    outs[2 * i] = HostBuf{};
                    outs[2 * i + 1] = HostBuf{};
                }
                reported[i] = 1;
                finished++;
            }
            if (running == 0) break;
            if (progress) {
                double t = now_seconds();
                if (t - t_start > 1.0 && t - last_progress > 0.25) {
                    fprintf(stderr, "\rmyriad: %llu of %u interpreters finished, %.1f s, %.3g bytecodes/s   ",
                            (unsigned long long)finished, n, t - t_start, steps_total / (t - t_start));
                    last_progress = t;
                    progress_shown = true;
                }
            }
            double t0 = now_seconds();
            k_run<<<grid, GPU_BLOCK>>>(f, budget);
            CUDA_TRY(cudaGetLastError(), "running the interpreters");
            CUDA_TRY(cudaMemcpy(slots, f.slots, (size_t)n * sizeof(Slot), cudaMemcpyDeviceToHost), "running the interpreters");
            // steer the next launch toward GPU_TARGET_MS
            double ms = (now_seconds() - t0) * 1000.0;
            double scale = ms > 0.01 ? GPU_TARGET_MS / ms : 4.0;
            if (scale > 4.0) scale = 4.0;
            if (scale < 0.25) scale = 0.25;
            budget = (uint64_t)(budget * scale);
            if (budget < 100) budget = 100;
            if (budget > GPU_MAX_BUDGET) budget = GPU_MAX_BUDGET;
        }
        if (progress_shown) fprintf(stderr, "\r\033[K");
        rc = 0;
    }
fail:
    if (err) {
        if (error) *error = err;
        else free(err);
    }
    if (outs) {
        for (uint64_t i = 0; i < 2 * n64; i++) free(outs[i].data);
        free(outs);
    }
    free(slots);
    free(offsets);
    free(staging);
    free(reported);
    cudaFree(d_image);
    cudaFree(d_offsets);
    cudaFree(d_stdin);
    cudaFree(d_staging);
    cudaFree(f.interps);
    cudaFree(f.slots);
    cudaFree(f.bufs);
    cudaFree(f.heaps);
    return rc;
}

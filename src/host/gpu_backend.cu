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
    int32_t status;      // RunStatus, SLOT_NO_HEAP when interp_init failed, SLOT_GONE when it left a session
    int32_t exit_code;
    uint32_t out_len, err_len;
    uint64_t steps;
    uint32_t heap_used;  // words in use after the launch (a session's :mem)
    uint32_t pad;
};
#define SLOT_NO_HEAP 100
#define SLOT_GONE 101

// Everything a kernel needs, passed by value.
struct Fleet {
    Interp *interps;
    Slot *slots;
    uint8_t *bufs;         // per interpreter: buf_cap bytes of stdout, then buf_cap of stderr
    uint32_t buf_cap;
    uint64_t *heaps;
    uint32_t heap_words;
    uint32_t n;
    MyFs *fs;              // the shared file system's pool on the card, or NULL
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
    L.fs = f.fs;
    if (compile_each) interp_compile_main(&L);
    s.status = L.status;
    s.exit_code = L.exit_code;
    s.out_len = L.out.len;
    s.err_len = L.err.len;
    s.heap_used = interp_heap_used(&L);
    f.interps[i] = L;
    f.slots[i] = s;
}

// Runs every unfinished interpreter for `budget` bytecodes; those waiting at a barrier only when
// `release` says that every interpreter still running has reached it. The header is worked on in
// local memory: its fields are read on every heap access, and local memory is coalesced across the warp.
__global__ void k_run(Fleet f, uint64_t budget, int release) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n) return;
    Slot s = f.slots[i];
    if (s.status != RUN_BUDGET && s.status != RUN_OUTPUT && !(s.status == RUN_BARRIER && release)) return;
    Interp L = f.interps[i];
    RunStatus rs = interp_run(&L, budget);
    f.interps[i] = L;
    s.status = (int32_t)rs;
    s.exit_code = L.exit_code;
    s.out_len = L.out.len;
    s.err_len = L.err.len;
    s.steps = L.steps;
    s.heap_used = interp_heap_used(&L);
    f.slots[i] = s;
}

// A session's input: every interpreter still in the session starts `code` in its globals.
__global__ void k_start(Fleet f, uint64_t code, const uint64_t *image, uint32_t image_words) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n) return;
    Slot s = f.slots[i];
    if (s.status == SLOT_GONE) return;
    Interp L = f.interps[i];
    L.H.image = image;
    L.H.image_words = image_words;
    interp_start_code(&L, code);
    f.interps[i] = L;
    s.status = L.status;
    s.exit_code = L.exit_code;
    s.out_len = s.err_len = 0;
    s.steps = 0;
    s.heap_used = interp_heap_used(&L);
    f.slots[i] = s;
}

// Ctrl-C in a session: KeyboardInterrupt where each running interpreter resumes.
__global__ void k_interrupt(Fleet f) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n) return;
    int st = f.slots[i].status;
    if (st == RUN_BUDGET || st == RUN_OUTPUT) f.interps[i].interrupt = true;
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

// Everything the host holds for a fleet of interpreters on the card: a run's, or a session's.
struct FleetHost {
    Fleet f;
    uint32_t n, grid;
    size_t heap_bytes;
    uint64_t *d_image;
    uint32_t image_cap_words;
    uint64_t *d_offsets;
    uint8_t *d_stdin, *d_staging;
    size_t staging_cap;
    Slot *slots;
    uint64_t *offsets;
    uint8_t *staging;
    HostBuf *outs;         // per interpreter, stdout then stderr, when not streaming
    uint8_t *reported;
    MyriadOptions opts;
    size_t fs_bytes;       // the file system's pool (opts.fs), copied to f.fs for the run
    bool fs_on_card;       // f.fs holds it (so it comes back when the fleet is freed)
};

// The file system goes to the card before the interpreters start and comes back after them: only
// the part of the pool handed out so far travels.
static const char *fs_upload(FleetHost *h) {
    void *pool = host_fs_pool(h->opts.fs, &h->fs_bytes);
    size_t used = (size_t)((MyFs *)pool)->bump * FS_UNIT;   // (fs_used is device code here)
    if (cudaMalloc(&h->f.fs, h->fs_bytes) != cudaSuccess) return "allocating the file system";
    if (cudaMemcpy(h->f.fs, pool, used, cudaMemcpyHostToDevice) != cudaSuccess) return "copying the file system";
    h->fs_on_card = true;
    return NULL;
}
static void fs_download(FleetHost *h) {
    if (!h->fs_on_card) return;
    size_t bytes;
    void *pool = host_fs_pool(h->opts.fs, &bytes);
    if (cudaMemcpy(pool, h->f.fs, sizeof(MyFs), cudaMemcpyDeviceToHost) == cudaSuccess) {
        size_t used = (size_t)((MyFs *)pool)->bump * FS_UNIT;   // (fs_used is device code here)
        if (used > bytes) used = bytes;
        if (cudaMemcpy(pool, h->f.fs, used, cudaMemcpyDeviceToHost) != cudaSuccess)
            fprintf(stderr, "myriad: GPU: copying the file system back failed\n");
    }
}

static void fleet_free(FleetHost *h) {
    fs_download(h);
    cudaFree(h->f.fs);
    if (h->outs) {
        for (uint64_t i = 0; i < 2 * (uint64_t)h->n; i++) free(h->outs[i].data);
        free(h->outs);
    }
    free(h->slots);
    free(h->offsets);
    free(h->staging);
    free(h->reported);
    cudaFree(h->d_image);
    cudaFree(h->d_offsets);
    cudaFree(h->d_stdin);
    cudaFree(h->d_staging);
    cudaFree(h->f.interps);
    cudaFree(h->f.slots);
    cudaFree(h->f.bufs);
    cudaFree(h->f.heaps);
    memset(h, 0, sizeof *h);
}

// Allocates everything and starts the interpreters (k_init); image_cap_words >= image_words leaves
// room for a session's image to grow. 0, or -1 with *error.
static int fleet_alloc(FleetHost *h, const uint64_t *image, uint32_t image_words, uint32_t image_cap_words,
                       const MyriadOptions *opts, char **error) {
    char *err = NULL;
    memset(h, 0, sizeof *h);
    h->opts = *opts;
    uint64_t n64 = opts->n;
    GpuProbe probe;
    if (!gpu_backend_probe(&probe)) { err = host_format("myriad: no usable CUDA GPU found\n"); goto fail; }
    if (opts->fs) {
        const char *what = fs_upload(h);
        if (what) { err = host_format("myriad: GPU: %s (%zu bytes, see --fs-size)\n", what, h->fs_bytes); goto fail; }
        probe.free_bytes = probe.free_bytes > h->fs_bytes ? probe.free_bytes - h->fs_bytes : 0;
    }
    if (n64 > 0xFFFFFFE0ull) { err = host_format("myriad: GPU: at most %u interpreters per run\n", 0xFFFFFFE0u); goto fail; }
    {
        uint32_t n = (uint32_t)n64;
        size_t heap_bytes = opts->heap_bytes;
        if (heap_bytes == 0) {
            heap_bytes = gpu_backend_default_heap(&probe, n64, (size_t)image_cap_words * 8);
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
        h->n = n;
        h->grid = (n + GPU_BLOCK - 1) / GPU_BLOCK;
        h->heap_bytes = heap_words * 8;
        h->image_cap_words = image_cap_words;
        h->f.n = n;
        h->f.heap_words = (uint32_t)heap_words;
        h->f.buf_cap = buf_cap_for(n64);
        CUDA_TRY(cudaDeviceSetLimit(cudaLimitStackSize, GPU_STACK_BYTES), "setting the stack size");
        CUDA_TRY(cudaMalloc(&h->d_image, (size_t)image_cap_words * 8), "allocating the image");
        CUDA_TRY(cudaMemcpy(h->d_image, image, (size_t)image_words * 8, cudaMemcpyHostToDevice), "copying the image");
        CUDA_TRY(cudaMalloc(&h->f.interps, (size_t)n * sizeof(Interp)), "allocating interpreter headers");
        CUDA_TRY(cudaMalloc(&h->f.slots, (size_t)n * sizeof(Slot)), "allocating interpreter summaries");
        CUDA_TRY(cudaMalloc(&h->f.bufs, (size_t)n * 2 * h->f.buf_cap), "allocating output buffers");
        {
            cudaError_t e = cudaMalloc(&h->f.heaps, (size_t)lanes * heap_words * 8);
            if (e != cudaSuccess) {
                err = host_format("myriad: GPU: %llu heaps of %zu bytes do not fit on the card (%s)\n",
                                  (unsigned long long)n64, heap_bytes, cudaGetErrorString(e));
                goto fail;
            }
        }
        CUDA_TRY(cudaMalloc(&h->d_offsets, (size_t)n * sizeof(uint64_t)), "allocating offsets");
        if (opts->stdin_data && opts->stdin_len) {
            CUDA_TRY(cudaMalloc(&h->d_stdin, opts->stdin_len), "allocating stdin");
            CUDA_TRY(cudaMemcpy(h->d_stdin, opts->stdin_data, opts->stdin_len, cudaMemcpyHostToDevice), "copying stdin");
        }
        h->slots = (Slot *)malloc((size_t)n * sizeof(Slot));
        h->offsets = (uint64_t *)malloc((size_t)n * sizeof(uint64_t));
        h->reported = (uint8_t *)calloc(n, 1);
        if (!h->slots || !h->offsets || !h->reported) { err = host_format("myriad: out of host memory for %u interpreters\n", n); goto fail; }
        k_init<<<h->grid, GPU_BLOCK>>>(h->f, h->d_image, image_words, n64, opts->max_steps, h->d_stdin,
                                       (uint32_t)opts->stdin_len, opts->compile_each);
        CUDA_TRY(cudaGetLastError(), "starting the interpreters");
        CUDA_TRY(cudaMemcpy(h->slots, h->f.slots, (size_t)n * sizeof(Slot), cudaMemcpyDeviceToHost), "starting the interpreters");
    }
    return 0;
fail:
    fleet_free(h);
    if (error) *error = err;
    else free(err);
    return -1;
}

// Launches until every interpreter not yet reported has ended, gathering output between launches
// and reporting each interpreter as it ends. In a run, Ctrl-C ends the rest at once; in a session
// it raises KeyboardInterrupt inside them (k_interrupt) and they end as Python would.
static int fleet_drive(FleetHost *h, bool session, MyriadOutputFn on_output, MyriadDoneFn on_done, void *user,
                       char **error) {
    char *err = NULL;
    uint32_t n = h->n;
    Fleet &f = h->f;
    Slot *slots = h->slots;
    uint64_t *offsets = h->offsets;
    if (!on_output && !h->outs) {
        h->outs = (HostBuf *)calloc((size_t)n * 2, sizeof(HostBuf));
        if (!h->outs) { err = host_format("myriad: out of host memory for %u interpreters\n", n); goto fail; }
    }
    {
        uint64_t budget = GPU_FIRST_BUDGET, finished = 0, steps_total = 0;
        double t_start = now_seconds(), last_progress = t_start;
        bool progress = isatty(2) != 0, progress_shown = false;
        unsigned interrupts_seen = host_interrupt_count();
        for (;;) {
            // report what ended and gather output (the first pass also sees interpreters whose start failed)
            uint64_t total = 0, running = 0, waiting = 0;
            steps_total = 0;
            for (uint32_t i = 0; i < n; i++) {
                offsets[i] = total;
                total += slots[i].out_len + slots[i].err_len;
                steps_total += slots[i].steps;
            }
            if (total > 0) {
                if (total > h->staging_cap) {
                    cudaFree(h->d_staging);
                    h->d_staging = NULL;
                    free(h->staging);
                    h->staging_cap = total * 2;
                    h->staging = (uint8_t *)malloc(h->staging_cap);
                    if (!h->staging) { err = host_format("myriad: out of host memory for output\n"); goto fail; }
                    CUDA_TRY(cudaMalloc(&h->d_staging, h->staging_cap), "allocating the output staging buffer");
                }
                CUDA_TRY(cudaMemcpy(h->d_offsets, offsets, (size_t)n * sizeof(uint64_t), cudaMemcpyHostToDevice), "copying offsets");
                k_gather<<<h->grid, GPU_BLOCK>>>(f, h->d_offsets, h->d_staging);
                CUDA_TRY(cudaGetLastError(), "gathering output");
                CUDA_TRY(cudaMemcpy(h->staging, h->d_staging, total, cudaMemcpyDeviceToHost), "copying output");
            }
            unsigned interrupts = host_interrupt_count();
            bool stop = !session && myriad_interrupted() != 0;
            if (session && interrupts != interrupts_seen) {
                interrupts_seen = interrupts;
                k_interrupt<<<h->grid, GPU_BLOCK>>>(f);
                CUDA_TRY(cudaGetLastError(), "interrupting the interpreters");
            }
            for (uint32_t i = 0; i < n; i++) {
                Slot &s = slots[i];
                const uint8_t *o = h->staging + offsets[i];
                if (s.out_len || s.err_len) {
                    if (on_output) {
                        if (s.out_len) on_output(user, i, 1, (const char *)o, s.out_len);
                        if (s.err_len) on_output(user, i, 2, (const char *)o + s.out_len, s.err_len);
                    } else {
                        hostbuf_append(&h->outs[2 * i], o, s.out_len);
                        hostbuf_append(&h->outs[2 * i + 1], o + s.out_len, s.err_len);
                    }
                    s.out_len = s.err_len = 0;
                }
                if (h->reported[i]) continue;
                bool live = s.status == RUN_BUDGET || s.status == RUN_OUTPUT || s.status == RUN_BARRIER;
                if (live && !stop) { running++; waiting += s.status == RUN_BARRIER; continue; }
                char note[96];
                int exit_code;
                MyriadStatus ps = host_outcome(s.status == SLOT_NO_HEAP ? RUN_MEMORY : s.status, s.exit_code,
                                               h->opts.max_steps, &exit_code, note, sizeof note);
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
                    hostbuf_append(&h->outs[2 * i + 1], (const uint8_t *)note, nl);
                    r.out = h->outs[2 * i].data ? h->outs[2 * i].data : "";
                    r.out_len = h->outs[2 * i].len;
                    r.err = h->outs[2 * i + 1].data ? h->outs[2 * i + 1].data : "";
                    r.err_len = h->outs[2 * i + 1].len;
                }
                on_done(user, &r);
                if (h->outs) {
                    free(h->outs[2 * i].data);
                    free(h->outs[2 * i + 1].data);
                    h->outs[2 * i] = HostBuf{};
                    h->outs[2 * i + 1] = HostBuf{};
                }
                h->reported[i] = 1;
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
            k_run<<<h->grid, GPU_BLOCK>>>(f, budget, waiting == running);
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
    }
    return 0;
fail:
    if (error) *error = err;
    else free(err);
    return -1;
}

extern "C" int gpu_backend_run(const uint64_t *image, uint32_t image_words, const MyriadOptions *opts,
                               MyriadOutputFn on_output, MyriadDoneFn on_done, void *user, char **error) {
    FleetHost h;
    if (fleet_alloc(&h, image, image_words, image_words, opts, error) < 0) return -1;
    int rc = fleet_drive(&h, false, on_output, on_done, user, error);
    fleet_free(&h);
    return rc;
}

// ---- sessions (the REPL) ---------------------------------------------------------------------------

struct GpuSession {
    FleetHost h;
    uint32_t image_words;   // how much of the image the card has
};

extern "C" GpuSession *gpu_session_new(const uint64_t *image, uint32_t image_words, uint32_t image_cap_words,
                                       const MyriadOptions *opts, char **error) {
    GpuSession *s = (GpuSession *)calloc(1, sizeof *s);
    if (!s) { if (error) *error = host_format("myriad: out of memory\n"); return NULL; }
    MyriadOptions o = *opts;
    o.compile_each = 0;
    if (fleet_alloc(&s->h, image, image_words, image_cap_words, &o, error) < 0) { free(s); return NULL; }
    s->image_words = image_words;
    for (uint32_t i = 0; i < s->h.n; i++) {
        if (s->h.slots[i].status == SLOT_NO_HEAP) {
            if (error) *error = host_format("myriad: a heap of %zu bytes is too small for a fresh interpreter\n", s->h.heap_bytes);
            gpu_session_free(s);
            return NULL;
        }
    }
    return s;
}

extern "C" int gpu_session_exec(GpuSession *s, uint64_t code, const uint64_t *image, uint32_t image_words,
                                MyriadOutputFn on_output, MyriadDoneFn on_done, void *user, char **error) {
    char *err = NULL;
    FleetHost *h = &s->h;
    if (image_words > h->image_cap_words) {
        if (error) *error = host_format("myriad: GPU: the session's image is full (%u words)\n", h->image_cap_words);
        return -1;
    }
    if (image_words > s->image_words) {   // only what was compiled since the last input
        CUDA_TRY(cudaMemcpy(h->d_image + s->image_words, image + s->image_words,
                            (size_t)(image_words - s->image_words) * 8, cudaMemcpyHostToDevice), "copying the image");
        s->image_words = image_words;
    }
    k_start<<<h->grid, GPU_BLOCK>>>(h->f, code, h->d_image, image_words);
    CUDA_TRY(cudaGetLastError(), "starting the input");
    CUDA_TRY(cudaMemcpy(h->slots, h->f.slots, (size_t)h->n * sizeof(Slot), cudaMemcpyDeviceToHost), "starting the input");
    for (uint32_t i = 0; i < h->n; i++) h->reported[i] = h->slots[i].status == SLOT_GONE;
    if (fleet_drive(h, true, on_output, on_done, user, error) < 0) return -1;
    {
        // interpreters that exited or ran out of memory leave the session
        bool changed = false;
        for (uint32_t i = 0; i < h->n; i++) {
            int st = h->slots[i].status;
            if (st == RUN_EXIT || st == RUN_MEMORY) { h->slots[i].status = SLOT_GONE; changed = true; }
        }
        if (changed)
            CUDA_TRY(cudaMemcpy(h->f.slots, h->slots, (size_t)h->n * sizeof(Slot), cudaMemcpyHostToDevice), "updating the session");
    }
    return 0;
fail:
    if (error) *error = err;
    else free(err);
    return -1;
}

extern "C" void gpu_session_stats(const GpuSession *s, MyriadSessionStats *st) {
    const FleetHost *h = &s->h;
    st->n = h->n;
    st->heap_bytes = h->heap_bytes;
    st->live = st->used_bytes = st->max_used_bytes = 0;
    for (uint32_t i = 0; i < h->n; i++) {
        if (h->slots[i].status == SLOT_GONE) continue;
        uint64_t used = (uint64_t)h->slots[i].heap_used * 8;
        st->live++;
        st->used_bytes += used;
        if (used > st->max_used_bytes) st->max_used_bytes = used;
    }
}

extern "C" void gpu_session_free(GpuSession *s) {
    if (!s) return;
    fleet_free(&s->h);
    free(s);
}

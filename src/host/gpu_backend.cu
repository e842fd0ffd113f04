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
    uint8_t reported;    // its on_done was called (or it is out of the session's input)
    uint8_t drained;     // some of its output went to the host while it ran: it is reported alone
    uint16_t pad;
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

// The fleet summed on the card after a launch, so the host copies a few bytes instead of every slot.
struct Tally {
    unsigned long long running;    // live and not yet reported
    unsigned long long waiting;    // of those, waiting at a barrier
    unsigned long long events;     // ended and not reported, or holding output: the host must look
    unsigned long long steps;      // bytecodes run, every interpreter
    unsigned long long live;       // still in the session (not SLOT_GONE)
    unsigned long long used_words; // heap in use, live interpreters together
    unsigned long long max_used_words;
    unsigned long long no_heap;    // interpreters whose start found the heap too small
};

// What the event path (k_mark ... k_clear) holds per interpreter besides its header: the slot, a
// picked copy of it, flags, head and tail ids, an output offset.
#define EVENT_BYTES (2 * sizeof(Slot) + 1 + 2 * sizeof(uint32_t) + sizeof(uint64_t))

// An event's bits (k_mark): the host hears about it; it starts a run of identical results; it ends one.
#define EV_EVENT 1
#define EV_HEAD 2
#define EV_TAIL 4

__device__ static bool slot_live(int st) { return st == RUN_BUDGET || st == RUN_OUTPUT || st == RUN_BARRIER; }
// Ended and not yet reported; `stop` (Ctrl-C in a run) ends the live ones too.
__device__ static bool slot_ended(const Slot &s, int stop) { return !s.reported && (stop || !slot_live(s.status)); }
__device__ static bool slot_event(const Slot &s, int stop) { return slot_ended(s, stop) || s.out_len || s.err_len; }
// Whose whole result is on the card, so it may be reported with identical neighbours in one call.
__device__ static bool slot_mergeable(const Slot &s) { return !s.reported && !s.drained && !slot_live(s.status); }

// The sum over the warp reaches the total with one atomic per warp (every lane must call it).
__device__ static void warp_add(unsigned long long *at, unsigned long long v) {
    for (int o = 16; o; o >>= 1) v += __shfl_down_sync(0xffffffffu, v, o);
    if ((threadIdx.x & 31) == 0 && v) atomicAdd(at, v);
}

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

// Sums the slots into *t (zeroed by the host).
__global__ void k_tally(Fleet f, Tally *t, int stop) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    Slot s = {};
    s.status = SLOT_GONE;
    s.reported = 1;
    if (i < f.n) s = f.slots[i];
    bool running = !s.reported && slot_live(s.status);
    bool live = s.status != SLOT_GONE;
    warp_add(&t->running, running);
    warp_add(&t->waiting, running && s.status == RUN_BARRIER);
    warp_add(&t->events, slot_event(s, stop));
    warp_add(&t->steps, s.steps);
    warp_add(&t->live, live);
    warp_add(&t->used_words, live ? s.heap_used : 0);
    warp_add(&t->no_heap, s.status == SLOT_NO_HEAP);
    unsigned most = __reduce_max_sync(0xffffffffu, live ? s.heap_used : 0u);
    if ((threadIdx.x & 31) == 0 && most) atomicMax(&t->max_used_words, (unsigned long long)most);
}

// Whether interpreters a and b (both mergeable) ended with byte-identical results.
__device__ static bool same_result(const Fleet &f, uint32_t a, const Slot &sa, uint32_t b, const Slot &sb) {
    if (sa.status != sb.status || sa.exit_code != sb.exit_code || sa.out_len != sb.out_len || sa.err_len != sb.err_len)
        return false;
    const uint8_t *pa = f.bufs + (size_t)a * 2 * f.buf_cap, *pb = f.bufs + (size_t)b * 2 * f.buf_cap;
    for (uint32_t k = 0; k < sa.out_len; k++) if (pa[k] != pb[k]) return false;
    for (uint32_t k = 0; k < sa.err_len; k++) if (pa[f.buf_cap + k] != pb[f.buf_cap + k]) return false;
    return true;
}

// Whether i continues the run of identical results that i-1 belongs to.
__device__ static bool continues(const Fleet &f, uint32_t i, const Slot &s, int group) {
    if (!group || i == 0 || i >= f.n || !slot_mergeable(s)) return false;
    Slot p = f.slots[i - 1];
    return slot_mergeable(p) && same_result(f, i - 1, p, i, s);
}

// Marks every event, and where runs of identical results (group) begin and end; counts per block
// the heads and the tails, so the host can place them in id order.
__global__ void k_mark(Fleet f, uint8_t *flags, uint32_t *block_counts, int stop, int group) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    uint8_t fl = 0;
    if (i < f.n) {
        Slot s = f.slots[i];
        if (slot_event(s, stop)) {
            fl = EV_EVENT;
            if (!continues(f, i, s, group)) fl |= EV_HEAD;
            if (i + 1 >= f.n || !continues(f, i + 1, f.slots[i + 1], group)) fl |= EV_TAIL;
        }
        flags[i] = fl;
    }
    int heads = __syncthreads_count(fl & EV_HEAD), tails = __syncthreads_count(fl & EV_TAIL);
    if (threadIdx.x == 0) {
        block_counts[2 * blockIdx.x] = heads;
        block_counts[2 * blockIdx.x + 1] = tails;
    }
}

// Writes the ids of heads and of tails in id order; block_offsets: each block's first place (host's prefix sums).
__global__ void k_compact(Fleet f, const uint8_t *flags, const uint32_t *block_offsets, uint32_t *heads, uint32_t *tails) {
    __shared__ uint32_t warp_heads[GPU_BLOCK / 32], warp_tails[GPU_BLOCK / 32];
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    uint8_t fl = i < f.n ? flags[i] : 0;
    unsigned mh = __ballot_sync(0xffffffffu, fl & EV_HEAD), mt = __ballot_sync(0xffffffffu, fl & EV_TAIL);
    uint32_t lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    if (lane == 0) { warp_heads[warp] = __popc(mh); warp_tails[warp] = __popc(mt); }
    __syncthreads();
    uint32_t h = block_offsets[2 * blockIdx.x], t = block_offsets[2 * blockIdx.x + 1];
    for (uint32_t w = 0; w < warp; w++) { h += warp_heads[w]; t += warp_tails[w]; }
    unsigned below = (1u << lane) - 1;
    if (fl & EV_HEAD) heads[h + __popc(mh & below)] = i;
    if (fl & EV_TAIL) tails[t + __popc(mt & below)] = i;
}

// The slots of the heads, for the host.
__global__ void k_pick(Fleet f, const uint32_t *heads, uint32_t count, Slot *picked) {
    uint32_t k = blockIdx.x * blockDim.x + threadIdx.x;
    if (k < count) picked[k] = f.slots[heads[k]];
}

// Packs the buffered output of each head into `staging` at offsets[k] (stdout then stderr).
__global__ void k_gather(Fleet f, const uint32_t *heads, uint32_t count, const uint64_t *offsets, uint8_t *staging) {
    uint32_t k = blockIdx.x * blockDim.x + threadIdx.x;
    if (k >= count) return;
    uint32_t i = heads[k];
    Slot s = f.slots[i];
    const uint8_t *b = f.bufs + (size_t)i * 2 * f.buf_cap;
    uint8_t *d = staging + offsets[k];
    for (uint32_t j = 0; j < s.out_len; j++) d[j] = b[j];
    for (uint32_t j = 0; j < s.err_len; j++) d[s.out_len + j] = b[f.buf_cap + j];
}

// After the host has the events: empties their buffers and marks the ended ones reported.
__global__ void k_clear(Fleet f, const uint8_t *flags, int stop) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n || !(flags[i] & EV_EVENT)) return;
    Slot s = f.slots[i];
    if (s.out_len || s.err_len) {
        f.interps[i].out.len = 0;
        f.interps[i].err.len = 0;
        s.out_len = s.err_len = 0;
        s.drained = 1;
    }
    if (slot_ended(s, stop)) s.reported = 1;
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
    s.out_len = L.out.len;
    s.err_len = L.err.len;
    s.steps = 0;
    s.heap_used = interp_heap_used(&L);
    s.reported = s.drained = 0;
    f.slots[i] = s;
}

// After a session's input: interpreters that exited or ran out of memory leave the session.
__global__ void k_retire(Fleet f) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n) return;
    int st = f.slots[i].status;
    if (st == RUN_EXIT || st == RUN_MEMORY || st == SLOT_NO_HEAP) f.slots[i].status = SLOT_GONE;
}

// Ctrl-C in a session: KeyboardInterrupt where each running interpreter resumes.
__global__ void k_interrupt(Fleet f) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= f.n) return;
    int st = f.slots[i].status;
    if (st == RUN_BUDGET || st == RUN_OUTPUT) f.interps[i].interrupt = true;
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
    p->header_bytes = sizeof(Interp) + EVENT_BYTES;
    p->buffer_bytes = 2 * GPU_BUF_CAP;
    p->stack_bytes = GPU_STACK_BYTES;
    p->stack_reserved = (size_t)GPU_STACK_BYTES * prop.multiProcessorCount * prop.maxThreadsPerMultiProcessor;
    p->heap_stride = MY_HEAP_STRIDE;
    return 1;
}

static uint32_t buf_cap_for(uint64_t n) { return n > GPU_HUGE_N ? GPU_BUF_CAP_HUGE : GPU_BUF_CAP; }

// Bytes one of n interpreters costs on the card, besides its heap.
static size_t per_interp_bytes(const GpuProbe *p, uint64_t n) { return p->header_bytes + 2 * buf_cap_for(n); }

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

// Output of an interpreter whose buffers were drained before it ended, kept until it ends (when not streaming).
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

static void hostbuf_free(HostBuf *b) {
    free(b->data);
    *b = HostBuf{};
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
    uint8_t *d_stdin;
    Tally *d_tally;
    // the event path: flags and per-block counts, then heads and tails in id order, their slots,
    // their output offsets and the staging buffer their output is packed into
    uint8_t *d_flags;
    uint32_t *d_block_counts, *d_heads, *d_tails;
    Slot *d_picked;
    uint64_t *d_offsets;
    uint8_t *d_staging;
    size_t staging_cap;
    uint32_t *block_counts, *heads, *tails;
    Slot *picked;
    uint64_t *offsets;
    size_t lists_cap;      // heads, tails, picked and offsets hold this many
    uint8_t *staging;
    HostBuf *outs;         // per interpreter, stdout then stderr, for those drained while running; lazily
    HostBuf note;          // an ended interpreter's stderr with the host's note
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
    hostbuf_free(&h->note);
    free(h->block_counts);
    free(h->heads);
    free(h->tails);
    free(h->picked);
    free(h->offsets);
    free(h->staging);
    cudaFree(h->d_image);
    cudaFree(h->d_stdin);
    cudaFree(h->d_tally);
    cudaFree(h->d_flags);
    cudaFree(h->d_block_counts);
    cudaFree(h->d_heads);
    cudaFree(h->d_tails);
    cudaFree(h->d_picked);
    cudaFree(h->d_offsets);
    cudaFree(h->d_staging);
    cudaFree(h->f.interps);
    cudaFree(h->f.slots);
    cudaFree(h->f.bufs);
    cudaFree(h->f.heaps);
    memset(h, 0, sizeof *h);
}

// Sums the fleet on the card (k_tally) into *t.
static cudaError_t fleet_tally(FleetHost *h, Tally *t, int stop) {
    cudaError_t e = cudaMemset(h->d_tally, 0, sizeof(Tally));
    if (e != cudaSuccess) return e;
    k_tally<<<h->grid, GPU_BLOCK>>>(h->f, h->d_tally, stop);
    if ((e = cudaGetLastError()) != cudaSuccess) return e;
    return cudaMemcpy(t, h->d_tally, sizeof(Tally), cudaMemcpyDeviceToHost);
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
        CUDA_TRY(cudaMalloc(&h->d_tally, sizeof(Tally)), "allocating the tally");
        CUDA_TRY(cudaMalloc(&h->d_flags, (size_t)n), "allocating event flags");
        CUDA_TRY(cudaMalloc(&h->d_block_counts, (size_t)h->grid * 2 * sizeof(uint32_t)), "allocating event counts");
        CUDA_TRY(cudaMalloc(&h->d_heads, (size_t)n * sizeof(uint32_t)), "allocating event lists");
        CUDA_TRY(cudaMalloc(&h->d_tails, (size_t)n * sizeof(uint32_t)), "allocating event lists");
        CUDA_TRY(cudaMalloc(&h->d_picked, (size_t)n * sizeof(Slot)), "allocating event slots");
        CUDA_TRY(cudaMalloc(&h->d_offsets, (size_t)n * sizeof(uint64_t)), "allocating offsets");
        if (opts->stdin_data && opts->stdin_len) {
            CUDA_TRY(cudaMalloc(&h->d_stdin, opts->stdin_len), "allocating stdin");
            CUDA_TRY(cudaMemcpy(h->d_stdin, opts->stdin_data, opts->stdin_len, cudaMemcpyHostToDevice), "copying stdin");
        }
        h->block_counts = (uint32_t *)malloc((size_t)h->grid * 2 * sizeof(uint32_t));
        if (!h->block_counts) { err = host_format("myriad: out of host memory for %u interpreters\n", n); goto fail; }
        k_init<<<h->grid, GPU_BLOCK>>>(h->f, h->d_image, image_words, n64, opts->max_steps, h->d_stdin,
                                       (uint32_t)opts->stdin_len, opts->compile_each);
        CUDA_TRY(cudaGetLastError(), "starting the interpreters");
        CUDA_TRY(cudaDeviceSynchronize(), "starting the interpreters");
    }
    return 0;
fail:
    fleet_free(h);
    if (error) *error = err;
    else free(err);
    return -1;
}

// Makes the host's event lists hold `need` entries (they are as long as one pass's runs).
static bool event_lists_reserve(FleetHost *h, size_t need) {
    if (need <= h->lists_cap) return true;
    size_t c = need < 1024 ? 1024 : need;
    void *a = realloc(h->heads, c * sizeof(uint32_t));
    if (a) h->heads = (uint32_t *)a;
    void *b = realloc(h->tails, c * sizeof(uint32_t));
    if (b) h->tails = (uint32_t *)b;
    void *p = realloc(h->picked, c * sizeof(Slot));
    if (p) h->picked = (Slot *)p;
    void *o = realloc(h->offsets, c * sizeof(uint64_t));
    if (o) h->offsets = (uint64_t *)o;
    if (!a || !b || !p || !o) return false;
    h->lists_cap = c;
    return true;
}

// One pass over the events the tally saw: the card marks them and the runs of identical results
// among them (when `group`), lists the heads and tails in id order and packs the heads' output; the
// host then streams or keeps the output and calls on_done once per run (count = its length).
static int fleet_events(FleetHost *h, int stop, int group, MyriadOutputFn on_output, MyriadDoneFn on_done,
                        void *user, char **errp) {
    char *err = NULL;
    Fleet &f = h->f;
    uint32_t grid = h->grid;
    k_mark<<<grid, GPU_BLOCK>>>(f, h->d_flags, h->d_block_counts, stop, group);
    CUDA_TRY(cudaGetLastError(), "marking events");
    CUDA_TRY(cudaMemcpy(h->block_counts, h->d_block_counts, (size_t)grid * 2 * sizeof(uint32_t), cudaMemcpyDeviceToHost),
             "counting events");
    {
        uint32_t nheads = 0, ntails = 0;
        for (uint32_t b = 0; b < grid; b++) {   // counts become each block's first place
            uint32_t hc = h->block_counts[2 * b], tc = h->block_counts[2 * b + 1];
            h->block_counts[2 * b] = nheads;
            h->block_counts[2 * b + 1] = ntails;
            nheads += hc;
            ntails += tc;
        }
        if (nheads != ntails) { err = host_format("myriad: GPU: internal error: %u runs start, %u end\n", nheads, ntails); goto fail; }
        if (nheads > 0) {
            if (!event_lists_reserve(h, nheads)) {
                err = host_format("myriad: out of host memory for %u results\n", nheads);
                goto fail;
            }
            uint32_t pick_grid = (nheads + GPU_BLOCK - 1) / GPU_BLOCK;
            CUDA_TRY(cudaMemcpy(h->d_block_counts, h->block_counts, (size_t)grid * 2 * sizeof(uint32_t), cudaMemcpyHostToDevice),
                     "placing events");
            k_compact<<<grid, GPU_BLOCK>>>(f, h->d_flags, h->d_block_counts, h->d_heads, h->d_tails);
            k_pick<<<pick_grid, GPU_BLOCK>>>(f, h->d_heads, nheads, h->d_picked);
            CUDA_TRY(cudaGetLastError(), "listing events");
            CUDA_TRY(cudaMemcpy(h->heads, h->d_heads, (size_t)nheads * sizeof(uint32_t), cudaMemcpyDeviceToHost), "listing events");
            CUDA_TRY(cudaMemcpy(h->tails, h->d_tails, (size_t)nheads * sizeof(uint32_t), cudaMemcpyDeviceToHost), "listing events");
            CUDA_TRY(cudaMemcpy(h->picked, h->d_picked, (size_t)nheads * sizeof(Slot), cudaMemcpyDeviceToHost), "listing events");
            uint64_t total = 0;
            for (uint32_t k = 0; k < nheads; k++) {
                h->offsets[k] = total;
                total += h->picked[k].out_len + h->picked[k].err_len;
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
                CUDA_TRY(cudaMemcpy(h->d_offsets, h->offsets, (size_t)nheads * sizeof(uint64_t), cudaMemcpyHostToDevice), "copying offsets");
                k_gather<<<pick_grid, GPU_BLOCK>>>(f, h->d_heads, nheads, h->d_offsets, h->d_staging);
                CUDA_TRY(cudaGetLastError(), "gathering output");
                CUDA_TRY(cudaMemcpy(h->staging, h->d_staging, total, cudaMemcpyDeviceToHost), "copying output");
            }
        }
        k_clear<<<grid, GPU_BLOCK>>>(f, h->d_flags, stop);
        CUDA_TRY(cudaGetLastError(), "clearing events");
        for (uint32_t k = 0; k < nheads; k++) {
            const Slot &s = h->picked[k];
            uint32_t id = h->heads[k];
            const char *o = (const char *)h->staging + h->offsets[k];
            bool live = s.status == RUN_BUDGET || s.status == RUN_OUTPUT || s.status == RUN_BARRIER;
            bool ended = !s.reported && (stop || !live);
            bool kept = !on_output && (s.drained || !ended);   // its output so far waits on the host
            if (kept && !h->outs) {
                h->outs = (HostBuf *)calloc((size_t)h->n * 2, sizeof(HostBuf));
                if (!h->outs) { err = host_format("myriad: out of host memory for %u interpreters\n", h->n); goto fail; }
            }
            if (on_output) {
                if (s.out_len) on_output(user, id, 1, o, s.out_len);
                if (s.err_len) on_output(user, id, 2, o + s.out_len, s.err_len);
            } else if (kept) {
                hostbuf_append(&h->outs[2 * id], (const uint8_t *)o, s.out_len);
                hostbuf_append(&h->outs[2 * id + 1], (const uint8_t *)o + s.out_len, s.err_len);
            }
            if (!ended) continue;
            char note[96];
            int exit_code;
            MyriadStatus ps = host_outcome(s.status == SLOT_NO_HEAP ? RUN_MEMORY : s.status, s.exit_code,
                                           h->opts.max_steps, &exit_code, note, sizeof note);
            if (live) { snprintf(note, sizeof note, "KeyboardInterrupt\n"); exit_code = 130; ps = MYRIAD_ERROR; }
            size_t nl = strlen(note);
            MyriadResult r;
            memset(&r, 0, sizeof r);
            r.id = id;
            r.count = (uint64_t)h->tails[k] - id + 1;
            r.status = ps;
            r.exit_code = exit_code;
            r.steps = s.steps;
            r.out = r.err = "";
            if (on_output) {
                if (nl) on_output(user, id, 2, note, nl);
            } else if (kept) {
                hostbuf_append(&h->outs[2 * id + 1], (const uint8_t *)note, nl);
                r.out = h->outs[2 * id].data ? h->outs[2 * id].data : "";
                r.out_len = h->outs[2 * id].len;
                r.err = h->outs[2 * id + 1].data ? h->outs[2 * id + 1].data : "";
                r.err_len = h->outs[2 * id + 1].len;
            } else {
                r.out = o;
                r.out_len = s.out_len;
                r.err = o + s.out_len;
                r.err_len = s.err_len;
                if (nl) {   // the note follows its stderr
                    h->note.len = 0;
                    hostbuf_append(&h->note, (const uint8_t *)r.err, r.err_len);
                    hostbuf_append(&h->note, (const uint8_t *)note, nl);
                    r.err = h->note.data;
                    r.err_len = h->note.len;
                }
            }
            on_done(user, &r);
            if (kept) {
                hostbuf_free(&h->outs[2 * id]);
                hostbuf_free(&h->outs[2 * id + 1]);
            }
        }
    }
    return 0;
fail:
    *errp = err;
    return -1;
}

// Launches until every interpreter not yet reported has ended, handling the events between
// launches. Per launch the host copies a tally; it looks at interpreters only when some ended or
// wrote. In a run, Ctrl-C ends the rest at once; in a session it raises KeyboardInterrupt inside
// them (k_interrupt) and they end as Python would.
static int fleet_drive(FleetHost *h, bool session, MyriadOutputFn on_output, MyriadDoneFn on_done, void *user,
                       char **error) {
    char *err = NULL;
    Fleet &f = h->f;
    int group = h->opts.group_results && !on_output;
    uint64_t budget = GPU_FIRST_BUDGET;
    double t_start = now_seconds(), last_progress = t_start;
    bool progress = isatty(2) != 0, progress_shown = false;
    unsigned interrupts_seen = host_interrupt_count();
    for (;;) {
        unsigned interrupts = host_interrupt_count();
        int stop = !session && myriad_interrupted() != 0;
        if (session && interrupts != interrupts_seen) {
            interrupts_seen = interrupts;
            k_interrupt<<<h->grid, GPU_BLOCK>>>(f);
            CUDA_TRY(cudaGetLastError(), "interrupting the interpreters");
        }
        Tally t;
        CUDA_TRY(fleet_tally(h, &t, stop), "summing up the interpreters");
        if (t.events && fleet_events(h, stop, group, on_output, on_done, user, &err) < 0) goto fail;
        if (stop || t.running == 0) break;
        if (progress) {
            double now = now_seconds();
            if (now - t_start > 1.0 && now - last_progress > 0.25) {
                fprintf(stderr, "\rmyriad: %llu of %u interpreters finished, %.1f s, %.3g bytecodes/s   ",
                        (unsigned long long)(h->n - t.running), h->n, now - t_start, t.steps / (now - t_start));
                last_progress = now;
                progress_shown = true;
            }
        }
        double t0 = now_seconds();
        k_run<<<h->grid, GPU_BLOCK>>>(f, budget, t.waiting == t.running);
        CUDA_TRY(cudaGetLastError(), "running the interpreters");
        CUDA_TRY(cudaDeviceSynchronize(), "running the interpreters");
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
    Tally t;
    cudaError_t e = fleet_tally(&s->h, &t, 0);
    if (e != cudaSuccess || t.no_heap) {
        if (error)
            *error = e != cudaSuccess ? cuda_error("starting the interpreters", e)
                                      : host_format("myriad: a heap of %zu bytes is too small for a fresh interpreter\n", s->h.heap_bytes);
        gpu_session_free(s);
        return NULL;
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
    if (fleet_drive(h, true, on_output, on_done, user, error) < 0) return -1;
    k_retire<<<h->grid, GPU_BLOCK>>>(h->f);
    CUDA_TRY(cudaGetLastError(), "updating the session");
    return 0;
fail:
    if (error) *error = err;
    else free(err);
    return -1;
}

extern "C" void gpu_session_stats(GpuSession *s, MyriadSessionStats *st) {
    FleetHost *h = &s->h;
    st->n = h->n;
    st->heap_bytes = h->heap_bytes;
    Tally t = {};
    if (fleet_tally(h, &t, 0) != cudaSuccess) fprintf(stderr, "myriad: GPU: reading the session's state failed\n");
    st->live = t.live;
    st->used_bytes = t.used_words * 8;
    st->max_used_bytes = t.max_used_words * 8;
}

extern "C" void gpu_session_free(GpuSession *s) {
    if (!s) return;
    fleet_free(&s->h);
    free(s);
}

/* cpu_backend.c: running on the CPU: worker pthreads each claim interpreter ids and run them in slices
   (a run's interpreters one after another over a heap per worker; a session's over their own heaps). */
#define _DEFAULT_SOURCE
#include "myriad.h"
#include "host_internal.h"
#include "core_api.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SLICE_STEPS 1000000u            /* bytecodes per interp_run call: bounds Ctrl-C latency */
#define STREAM_BUF_BYTES (64u << 10)    /* each worker's out and err buffers handed to the core */
#define MAX_EMPTY_OUTPUT_STOPS 8        /* RUN_OUTPUT with nothing to drain: a core bug, not a loop */
#define MAX_HEAP_WORDS 0x7FFFFFFFu      /* a heap Ref has 31 bits (bit 31 marks the image) */

static atomic_uint interrupt_requests;

void myriad_interrupt(void) { atomic_fetch_add(&interrupt_requests, 1); }
void myriad_clear_interrupt(void) { atomic_store(&interrupt_requests, 0); }
int myriad_interrupted(void) { return atomic_load(&interrupt_requests) != 0; }
unsigned host_interrupt_count(void) { return atomic_load(&interrupt_requests); }

/* A growable byte buffer; one per worker and stream, reused for every interpreter it runs. */
typedef struct ByteBuf {
    char *data;
    size_t len, cap;
} ByteBuf;

static void bytebuf_append(ByteBuf *b, const void *bytes, size_t len) {
    if (len == 0) return;
    if (b->len + len > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + len) cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) {   /* the host cannot go on without memory for results */
            fputs("myriad: out of memory collecting output\n", stderr);
            abort();
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, bytes, len);
    b->len += len;
}

/* What every worker of one myriad_run shares. */
typedef struct RunShared {
    const uint64_t *image;
    uint32_t image_words;
    uint32_t heap_words;
    const MyriadOptions *opts;
    MyriadOutputFn on_output;
    MyriadDoneFn on_done;
    void *user;
    /* a session's input: its interpreters (NULL in a run), which are still in it, the code to start */
    Interp *interps;
    uint8_t *live;
    Value code;
    /* myriad.barrier(): interpreters waiting at it, and those released and not yet resumed */
    pthread_mutex_t lock;
    pthread_cond_t wake;
    uint64_t started, finished;
    struct Parked **parked, **ready;
    size_t nparked, nready, cap;
} RunShared;

/* An interpreter waiting at a barrier. In a run the worker's heap goes on to other interpreters,
   so the used part of this one's heap is kept here: its objects and its frames. */
typedef struct Parked {
    uint64_t id;
    Interp hdr;
    uint64_t *objects, *frames;
    ByteBuf out, err;     /* its output so far, when it is collected rather than streamed */
} Parked;

typedef struct Worker {
    RunShared *S;
    uint64_t *heap;                 /* reused by each interpreter this worker runs */
    uint8_t *core_out, *core_err;   /* the OutBuf storage the core writes into */
    ByteBuf out, err;               /* the current interpreter's whole output (when not streaming) */
    Interp *I;                      /* the interpreter being run: &own in a run, a session's own */
    Interp own;
    pthread_t thread;
} Worker;

/* Sends bytes of interpreter `id` to the caller's stream callback, or keeps them for on_done. */
static void worker_emit(Worker *W, uint64_t id, int stream, const char *bytes, size_t len) {
    if (len == 0) return;
    if (W->S->on_output) W->S->on_output(W->S->user, id, stream, bytes, len);
    else bytebuf_append(stream == 1 ? &W->out : &W->err, bytes, len);
}

/* Empties the core's buffers; returns whether there was anything in them. */
static int worker_drain(Worker *W, uint64_t id) {
    Interp *I = W->I;
    int any = I->out.len || I->err.len;
    worker_emit(W, id, 1, (const char *)I->out.data, I->out.len);
    worker_emit(W, id, 2, (const char *)I->err.data, I->err.len);
    I->out.len = 0;
    I->err.len = 0;
    return any;
}

/* Reports the end of interpreter `id`, with host-made stderr text (e.g. the step-limit note). */
static void worker_finish(Worker *W, uint64_t id, MyriadStatus status, int exit_code, const char *note) {
    if (note) worker_emit(W, id, 2, note, strlen(note));
    MyriadResult r;
    memset(&r, 0, sizeof r);
    r.id = id;
    r.count = 1;
    r.status = status;
    r.exit_code = exit_code;
    r.out = W->out.data ? W->out.data : "";
    r.out_len = W->out.len;
    r.err = W->err.data ? W->err.data : "";
    r.err_len = W->err.len;
    r.steps = W->I->steps;
    W->S->on_done(W->S->user, &r);
    W->out.len = 0;
    W->err.len = 0;
}

/* Reports how the core stopped (host_outcome maps it). */
static void worker_finish_status(Worker *W, uint64_t id, RunStatus rs) {
    char note[96];
    int exit_code;
    MyriadStatus st = host_outcome((int)rs, W->I->exit_code, W->S->opts->max_steps, &exit_code, note, sizeof note);
    worker_finish(W, id, st, exit_code, note[0] ? note : NULL);
}

/* Prepares W->I for interpreter `id` over the worker's heap. */
static int worker_start_interp(Worker *W, uint64_t id) {
    RunShared *S = W->S;
    const MyriadOptions *o = S->opts;
    Interp *I = W->I;
    memset(I, 0, sizeof *I);   /* the header only; the heap is left as the last interpreter left it */
    if (!interp_init(I, S->image, S->image_words, W->heap, S->heap_words, (int64_t)id, (int64_t)o->n))
        return 0;
    I->out = (OutBuf){ W->core_out, 0, STREAM_BUF_BYTES };
    I->err = (OutBuf){ W->core_err, 0, STREAM_BUF_BYTES };
    I->stdin_data = (const uint8_t *)o->stdin_data;
    I->stdin_len = o->stdin_data ? (uint32_t)o->stdin_len : 0;
    I->stdin_pos = 0;
    I->max_steps = o->max_steps;
    I->fs = host_fs_core(o->fs);
    if (o->compile_each) interp_compile_main(I);   /* a failure is reported like any run's end */
    return 1;
}

/* Sets W->I (interpreter `id`, at a barrier) aside until the barrier opens. 0: no memory. */
static int worker_park(Worker *W, uint64_t id) {
    RunShared *S = W->S;
    Parked *p = calloc(1, sizeof *p);
    if (!p) return 0;
    p->id = id;
    if (!S->interps) {
        Interp *I = W->I;
        p->hdr = *I;
        p->objects = malloc((size_t)I->top * 8 + 8);
        p->frames = malloc((size_t)(I->frame_end - I->fsp) * 8 + 8);
        if (!p->objects || !p->frames) { free(p->objects); free(p->frames); free(p); return 0; }
        memcpy(p->objects, W->heap, (size_t)I->top * 8);
        memcpy(p->frames, W->heap + I->fsp, (size_t)(I->frame_end - I->fsp) * 8);
    }
    p->out = W->out;
    p->err = W->err;
    memset(&W->out, 0, sizeof W->out);
    memset(&W->err, 0, sizeof W->err);
    pthread_mutex_lock(&S->lock);
    if (S->nparked == S->cap) {
        size_t cap = S->cap ? S->cap * 2 : 64;
        Parked **a = realloc(S->parked, cap * sizeof *a), **b = a ? realloc(S->ready, cap * sizeof *b) : NULL;
        if (a) S->parked = a;
        if (b) S->ready = b;
        if (!a || !b) {
            pthread_mutex_unlock(&S->lock);
            W->out = p->out;
            W->err = p->err;
            free(p->objects); free(p->frames); free(p);
            return 0;
        }
        S->cap = cap;
    }
    S->parked[S->nparked++] = p;
    pthread_cond_broadcast(&S->wake);
    pthread_mutex_unlock(&S->lock);
    return 1;
}

/* Takes up a parked interpreter again in this worker; returns its id. */
static uint64_t worker_unpark(Worker *W, Parked *p) {
    RunShared *S = W->S;
    uint64_t id = p->id;
    if (S->interps) {
        W->I = &S->interps[id];
    } else {
        Interp *I = W->I = &W->own;
        *I = p->hdr;
        I->H.heap = W->heap;
        memcpy(W->heap, p->objects, (size_t)I->top * 8);
        memcpy(W->heap + I->fsp, p->frames, (size_t)(I->frame_end - I->fsp) * 8);
    }
    W->I->out = (OutBuf){ W->core_out, 0, STREAM_BUF_BYTES };
    W->I->err = (OutBuf){ W->core_err, 0, STREAM_BUF_BYTES };
    free(W->out.data);
    free(W->err.data);
    W->out = p->out;
    W->err = p->err;
    free(p->objects);
    free(p->frames);
    free(p);
    return id;
}

/* Runs W->I (interpreter `id`) to the end of its script or input, slice by slice, draining its
   output between slices; or until it waits at a barrier (then it is parked and 1 returned).
   Ctrl-C ends a run's interpreter here; in a session it raises KeyboardInterrupt inside the
   interpreter (once per Ctrl-C), which then ends as Python would. */
static int worker_drive(Worker *W, uint64_t id) {
    int empty_output_stops = 0;
    unsigned interrupts_seen = W->S->interps ? host_interrupt_count() : 0;
    for (;;) {
        unsigned interrupts = host_interrupt_count();
        if (interrupts != interrupts_seen) {
            if (!W->S->interps) {
                worker_drain(W, id);
                worker_finish(W, id, MYRIAD_ERROR, 130, "KeyboardInterrupt\n");
                return 0;
            }
            W->I->interrupt = true;
            interrupts_seen = interrupts;
        }
        RunStatus rs = interp_run(W->I, SLICE_STEPS);
        int drained = worker_drain(W, id);
        if (rs == RUN_BUDGET) continue;
        if (rs == RUN_OUTPUT) {
            empty_output_stops = drained ? 0 : empty_output_stops + 1;
            if (empty_output_stops < MAX_EMPTY_OUTPUT_STOPS) continue;
            worker_finish(W, id, MYRIAD_ERROR, 1, "myriad: internal error: output stalled\n");
            return 0;
        }
        if (rs == RUN_BARRIER) {
            if (worker_park(W, id)) return 1;
            worker_finish(W, id, MYRIAD_MEMORY, 1, "myriad: out of host memory at a barrier\n");
            return 0;
        }
        worker_finish_status(W, id, rs);
        return 0;
    }
}

/* A run: interpreter `id` from its start to its end (or a barrier) over the worker's heap. */
static int worker_run_interp(Worker *W, uint64_t id) {
    W->I = &W->own;
    if (!worker_start_interp(W, id)) {
        worker_finish(W, id, MYRIAD_MEMORY, 1, "MemoryError\n");
        return 0;
    }
    return worker_drive(W, id);
}

/* A session: interpreter `id` runs the input, in the worker's output buffers. */
static int worker_run_input(Worker *W, uint64_t id) {
    RunShared *S = W->S;
    if (!S->live[id]) return 0;
    Interp *I = W->I = &S->interps[id];
    I->H.image_words = S->image_words;
    I->out = (OutBuf){ W->core_out, 0, STREAM_BUF_BYTES };
    I->err = (OutBuf){ W->core_err, 0, STREAM_BUF_BYTES };
    if (!interp_start_code(I, S->code)) {
        worker_finish(W, id, MYRIAD_MEMORY, 1, "MemoryError\n");
        return 0;
    }
    return worker_drive(W, id);
}

/* The next piece of work: an interpreter released from a barrier (*parked set), or a fresh id.
   When every interpreter still running waits at a barrier, the barrier opens. 0: all done. */
static int next_job(RunShared *S, uint64_t *id, Parked **parked) {
    int found = 0;
    pthread_mutex_lock(&S->lock);
    for (;;) {
        bool stopping = !S->interps && myriad_interrupted();   /* a run skips interpreters not started */
        if (S->nready) { *parked = S->ready[--S->nready]; found = 1; break; }
        if (S->started < S->opts->n && !stopping) { *id = S->started++; *parked = NULL; found = 1; break; }
        bool all_started = S->started >= S->opts->n || stopping;
        if (all_started && S->nparked && S->nparked == S->started - S->finished) {
            /* the barrier opens: (a run being stopped resumes them only to end them) */
            memcpy(S->ready, S->parked, S->nparked * sizeof *S->parked);
            S->nready = S->nparked;
            S->nparked = 0;
            pthread_cond_broadcast(&S->wake);
            continue;
        }
        if (all_started && S->finished == S->started) break;
        pthread_cond_wait(&S->wake, &S->lock);
    }
    pthread_mutex_unlock(&S->lock);
    return found;
}

static void *worker_main(void *arg) {
    Worker *W = arg;
    RunShared *S = W->S;
    uint64_t id = 0;
    Parked *p = NULL;
    while (next_job(S, &id, &p)) {
        int parked;
        if (p) {
            id = worker_unpark(W, p);
            parked = worker_drive(W, id);
        } else {
            parked = S->interps ? worker_run_input(W, id) : worker_run_interp(W, id);
        }
        if (parked) continue;
        /* an interpreter that exited or ran out of memory leaves the session */
        if (S->interps && (S->interps[id].status == RUN_EXIT || S->interps[id].status == RUN_MEMORY)) S->live[id] = 0;
        pthread_mutex_lock(&S->lock);
        S->finished++;
        pthread_cond_broadcast(&S->wake);
        pthread_mutex_unlock(&S->lock);
    }
    return NULL;
}

static int worker_alloc(Worker *W, RunShared *S) {
    memset(W, 0, sizeof *W);
    W->S = S;
    W->I = &W->own;
    if (!S->interps) W->heap = host_map_words(S->heap_words);   /* a session's interpreters have their own */
    W->core_out = malloc(STREAM_BUF_BYTES);
    W->core_err = malloc(STREAM_BUF_BYTES);
    return (W->heap || S->interps) && W->core_out && W->core_err;
}

static void worker_free(Worker *W) {
    if (W->heap) host_unmap_words(W->heap, W->S->heap_words);
    free(W->core_out);
    free(W->core_err);
    free(W->out.data);
    free(W->err.data);
}

static int choose_thread_count(const MyriadOptions *o) {
    long t = o->threads > 0 ? o->threads : sysconf(_SC_NPROCESSORS_ONLN);
    if (t < 1) t = 1;
    if ((uint64_t)t > o->n) t = (long)o->n;
    return (int)t;
}

/* Hands a malloc'd message to the caller; always returns -1. */
static int fail_with(char **error, char *msg) {
    if (error) *error = msg;
    else free(msg);
    return -1;
}

/* A fresh interpreter must fit; finding out once here gives one clear message instead of n. */
static int check_heap_fits(Worker *W, char **error) {
    RunShared *S = W->S;
    int ok = interp_init(W->I, S->image, S->image_words, W->heap, S->heap_words, 0, (int64_t)S->opts->n);
    if (!ok)
        return fail_with(error, host_format("myriad: a heap of %llu bytes is too small for a fresh interpreter\n",
                                            (unsigned long long)S->heap_words * 8));
    return 0;
}

/* Starts the workers (blocking SIGINT in them so the caller's thread takes Ctrl-C) and joins them.
   If no thread can be created the calling thread does all the work. */
static void run_workers(Worker *workers, int nthreads) {
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    int started = 0;
    for (int i = 0; i < nthreads; i++) {
        if (pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]) != 0) break;
        started++;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (started == 0) worker_main(&workers[0]);
    for (int i = 0; i < started; i++) pthread_join(workers[i].thread, NULL);
}

/* The heap size asked for, checked; 0 after printing into *error. */
static uint64_t checked_heap_words(size_t heap_bytes, char **error) {
    uint64_t heap_words = heap_bytes / sizeof(uint64_t);
    if (heap_words < INTERP_MIN_HEAP_WORDS) {
        fail_with(error, host_format("myriad: heap too small: at least %llu bytes are needed\n",
                                     (unsigned long long)INTERP_MIN_HEAP_WORDS * 8));
        return 0;
    }
    if (heap_words > MAX_HEAP_WORDS) {
        fail_with(error, host_format("myriad: heap too large: at most %llu bytes per interpreter\n",
                                     (unsigned long long)MAX_HEAP_WORDS * 8));
        return 0;
    }
    return heap_words;
}

/* Runs S's interpreters (a run's, or a session's input) on worker threads; 0 or -1 (*error). */
static int run_shared(RunShared *S, bool check_heap, char **error) {
    pthread_mutex_init(&S->lock, NULL);
    pthread_cond_init(&S->wake, NULL);
    int nthreads = choose_thread_count(S->opts);
    Worker *workers = calloc((size_t)nthreads, sizeof *workers);
    if (!workers) return fail_with(error, host_format("myriad: out of memory starting %d workers\n", nthreads));
    int rc = 0, allocated = 0, ok = 1;
    while (ok && allocated < nthreads) ok = worker_alloc(&workers[allocated++], S);
    if (!ok)
        rc = fail_with(error, host_format("myriad: out of memory starting %d workers\n", nthreads));
    else if (check_heap)
        rc = check_heap_fits(&workers[0], error);
    if (rc == 0) run_workers(workers, nthreads);
    for (int i = 0; i < allocated; i++) worker_free(&workers[i]);
    free(workers);
    free(S->parked);
    free(S->ready);
    pthread_mutex_destroy(&S->lock);
    pthread_cond_destroy(&S->wake);
    return rc;
}

int cpu_backend_run(const MyriadProgram *p, const MyriadOptions *opts, MyriadOutputFn on_output,
                    MyriadDoneFn on_done, void *user, char **error) {
    uint64_t heap_words = checked_heap_words(opts->heap_bytes ? opts->heap_bytes : MYRIAD_DEFAULT_HEAP, error);
    if (heap_words == 0) return -1;
    if (opts->stdin_data && opts->stdin_len > UINT32_MAX)
        return fail_with(error, host_format("myriad: stdin data too large (max %u bytes)\n", UINT32_MAX));
    RunShared S;
    memset(&S, 0, sizeof S);
    S.image = host_program_image(p, &S.image_words);
    S.heap_words = (uint32_t)heap_words;
    S.opts = opts;
    S.on_output = on_output;
    S.on_done = on_done;
    S.user = user;
    return run_shared(&S, true, error);
}

/* ---- sessions --------------------------------------------------------------------------------- */

struct BackendSession {
    MyriadOptions opts;
    const uint64_t *image;
    uint32_t image_words;
    uint32_t heap_words;
    Interp *interps;
    uint64_t *heaps;          /* one lazily backed mapping: n heaps back to back */
    uint8_t *live;
};

BackendSession *cpu_session_new(const uint64_t *image, uint32_t image_words, const MyriadOptions *opts,
                                char **error) {
    size_t heap_bytes = opts->heap_bytes;
    if (heap_bytes == 0) {
        heap_bytes = SESSION_CPU_ADDRESS_BUDGET / (opts->n ? opts->n : 1);
        if (heap_bytes > SESSION_CPU_MAX_HEAP) heap_bytes = SESSION_CPU_MAX_HEAP;
        heap_bytes = heap_bytes / 4096 * 4096;
    }
    uint64_t heap_words = checked_heap_words(heap_bytes, error);
    if (heap_words == 0) return NULL;
    BackendSession *s = calloc(1, sizeof *s);
    if (!s) { fail_with(error, host_format("myriad: out of memory\n")); return NULL; }
    s->opts = *opts;
    s->image = image;
    s->image_words = image_words;
    s->heap_words = (uint32_t)heap_words;
    s->interps = calloc((size_t)opts->n, sizeof *s->interps);
    s->live = calloc((size_t)opts->n, 1);
    s->heaps = host_map_words((size_t)opts->n * heap_words);
    if (!s->interps || !s->live || !s->heaps) {
        fail_with(error, host_format("myriad: not enough memory for %llu interpreters with %zu-byte heaps\n",
                                     (unsigned long long)opts->n, heap_bytes));
        cpu_session_free(s);
        return NULL;
    }
    for (uint64_t i = 0; i < opts->n; i++) {
        Interp *I = &s->interps[i];
        if (!interp_init(I, image, image_words, s->heaps + i * heap_words, (uint32_t)heap_words, (int64_t)i,
                         (int64_t)opts->n)) {
            fail_with(error, host_format("myriad: a heap of %zu bytes is too small for a fresh interpreter\n", heap_bytes));
            cpu_session_free(s);
            return NULL;
        }
        I->stdin_data = (const uint8_t *)opts->stdin_data;
        I->stdin_len = opts->stdin_data ? (uint32_t)opts->stdin_len : 0;
        I->max_steps = opts->max_steps;
        I->fs = host_fs_core(opts->fs);
        s->live[i] = 1;
    }
    return s;
}

int cpu_session_exec(BackendSession *s, uint64_t code, uint32_t image_words, MyriadOutputFn on_output,
                     MyriadDoneFn on_done, void *user, char **error) {
    RunShared S;
    memset(&S, 0, sizeof S);
    S.image = s->image;
    S.image_words = s->image_words = image_words;
    S.heap_words = s->heap_words;
    S.opts = &s->opts;
    S.on_output = on_output;
    S.on_done = on_done;
    S.user = user;
    S.interps = s->interps;
    S.live = s->live;
    S.code = code;
    return run_shared(&S, false, error);
}

void cpu_session_stats(const BackendSession *s, MyriadSessionStats *st) {
    st->n = s->opts.n;
    st->heap_bytes = (size_t)s->heap_words * 8;
    st->live = st->used_bytes = st->max_used_bytes = 0;
    for (uint64_t i = 0; i < s->opts.n; i++) {
        if (!s->live[i]) continue;
        uint64_t used = (uint64_t)interp_heap_used(&s->interps[i]) * 8;
        st->live++;
        st->used_bytes += used;
        if (used > st->max_used_bytes) st->max_used_bytes = used;
    }
}

void cpu_session_free(BackendSession *s) {
    if (!s) return;
    if (s->heaps) host_unmap_words(s->heaps, (size_t)s->opts.n * s->heap_words);
    free(s->interps);
    free(s->live);
    free(s);
}

/* test_embed.c: the embedding API on the host build: binding buffers, globals, exec and compiled
   code, errors and tracebacks, bounds, conversions, slices, iteration, atomics, syncthreads across
   an emulated block. With --script FILE: runs FILE over buffers buf_<typecode> and prints its output
   (run_conversions.py compares that with CPython's array module). */
#include "myriad_embed.h"
#include "myriad_cuda_emu.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures, checks;
#define CHECK(cond, ...) do { checks++; if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static MyriadImage *img;
static const uint64_t *img_words;
static size_t img_nwords;

/* A pool of n interpreters in host memory. */
static MyriadPool make_pool(uint32_t n, size_t heap, size_t buf) {
    MyriadPool p;
    size_t bytes = myriad_pool_bytes(n, heap, buf);
    void *mem = calloc(1, bytes);
    if (!mem || myriad_pool_init(&p, mem, n, heap, buf, img_words, img_nwords)) { printf("pool failed\n"); exit(2); }
    return p;
}

static const char *err_text(MyriadInterp *I) {
    static char buf[4096];
    size_t n;
    const char *e = myriad_error(I, &n);
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, e, n);
    buf[n] = 0;
    return buf;
}

static int ends_with(const char *s, const char *tail) {
    size_t a = strlen(s), b = strlen(tail);
    return a >= b && strcmp(s + a - b, tail) == 0;
}

/* exec, expecting an uncaught exception whose last line is `last` */
static void expect_error(MyriadInterp *I, const char *src, const char *last) {
    int st = myriad_exec(I, src);
    const char *e = err_text(I);
    CHECK(st == MYRIAD_ERROR && ends_with(e, last), "%s: status %d, error text:\n%s", src, st, e);
}

static void test_bind_and_globals(void) {
    MyriadPool pool = make_pool(2, 0, 0);
    MyriadInterp *I = myriad_init(pool, 1);
    CHECK(I != NULL, "init");
    float a[4] = { 1.5f, 2.25f, -3.0f, 8.0f };
    double out[2] = { 0, 0 };
    CHECK(myriad_bind(I, "a", a, 'f', 4) == 0, "bind a");
    CHECK(myriad_bind(I, "out", out, 'd', 2) == 0, "bind out");
    CHECK(myriad_bind(I, "bad", a, 'x', 4) == -1, "bad typecode refused");
    CHECK(myriad_bind(I, "bad", (char *)a + 1, 'f', 3) == -1, "misaligned refused");
    int st = myriad_exec(I, "s = 0.0\nfor x in a: s += x\nout[0] = s\nout[1] = len(a) + tid * 100 + nthreads\n"
                            "a[0] = a[0] * 2\nname = 'py' + str(len(a))\nbig = 2**60 + 1\n");
    CHECK(st == MYRIAD_OK, "exec: %d %s", st, err_text(I));
    CHECK(out[0] == 8.75 && out[1] == 106, "sums %g %g", out[0], out[1]);
    CHECK(a[0] == 3.0f, "a[0] written: %g", a[0]);
    double s = 0;
    int64_t big = 0;
    char name[8];
    CHECK(myriad_get_float(I, "s", &s) == 0 && s == 8.75, "get_float s");
    CHECK(myriad_get_int(I, "big", &big) == 0 && big == ((int64_t)1 << 60) + 1, "get_int big");
    CHECK(myriad_get_str(I, "name", name, sizeof name) == 3 && strcmp(name, "py4") == 0, "get_str");
    CHECK(myriad_get_int(I, "name", &big) == -1, "get_int of a str fails");
    CHECK(myriad_get_int(I, "missing", &big) == -1, "get_int of a missing name fails");
    CHECK(myriad_set_int(I, "k", -7) == 0 && myriad_set_float(I, "f", 0.5) == 0 && myriad_set_str(I, "t", "héllo") == 0, "setters");
    CHECK(myriad_set_int(I, "huge", INT64_MIN) == 0, "set huge");
    st = myriad_exec(I, "r = k * f\nu = len(t)\nassert huge == -2**63\nassert s == 8.75\n");   /* globals persist across execs */
    double r = 0;
    int64_t u = 0;
    CHECK(st == MYRIAD_OK && myriad_get_float(I, "r", &r) == 0 && r == -3.5 && myriad_get_int(I, "u", &u) == 0 && u == 5,
          "second exec: %d %s", st, err_text(I));
    CHECK(myriad_get_float(I, "k", &r) == 0 && r == -7.0, "get_float takes an int");
    st = myriad_exec(I, "print('hello', tid)\nprint(threadIdx, blockDim, gridDim)\n");
    char o[256];
    myriad_pool_output(&pool, 1, 1, o, sizeof o);
    CHECK(st == MYRIAD_OK && strcmp(o, "hello 1\ndim3(x=1, y=0, z=0) dim3(x=2, y=1, z=1) dim3(x=1, y=1, z=1)\n") == 0, "output: %s", o);
    CHECK(myriad_pool_status(&pool, 1) == MYRIAD_OK && myriad_pool_status(&pool, 0) == -1, "pool status");
    CHECK(myriad_init(pool, 2) == NULL, "index beyond the pool");
    free(pool.base);
}

static void test_errors_and_bounds(void) {
    MyriadPool pool = make_pool(1, 0, 0);
    MyriadInterp *I = myriad_init(pool, 0);
    int32_t guard[6] = { 111, 1, 2, 3, 4, 222 };
    myriad_bind(I, "a", guard + 1, 'i', 4);
    expect_error(I, "x = 1\ny = x / 0\n", "ZeroDivisionError: division by zero\n");
    CHECK(strstr(err_text(I), "File \"<string>\", line 2, in <module>") != NULL, "traceback names the line: %s", err_text(I));
    char e[512];
    myriad_pool_output(&pool, 0, 2, e, sizeof e);
    CHECK(myriad_pool_status(&pool, 0) == MYRIAD_ERROR && ends_with(e, "ZeroDivisionError: division by zero\n"), "host reads the traceback");
    expect_error(I, "x = (1,\n", "SyntaxError: '(' was never closed\n");
    expect_error(I, "a[4]\n", "IndexError: buffer index out of range\n");
    expect_error(I, "a[-5]\n", "IndexError: buffer index out of range\n");
    expect_error(I, "a[4] = 9\n", "IndexError: buffer assignment index out of range\n");
    expect_error(I, "a[-5] = 9\n", "IndexError: buffer assignment index out of range\n");
    expect_error(I, "a['x']\n", "TypeError: buffer indices must be integers\n");
    expect_error(I, "a[2**70]\n", "IndexError: cannot fit 'int' into an index-sized integer\n");
    expect_error(I, "a[0] = 1.5\n", "TypeError: 'float' object cannot be interpreted as an integer\n");
    expect_error(I, "a[0] = 2**31\n", "OverflowError: signed integer is greater than maximum\n");
    expect_error(I, "del a[0]\n", "TypeError: 'buffer' object doesn't support item deletion\n");
    expect_error(I, "a[0:2] = [1]\n", "ValueError: buffer slice assignment: lvalue and rvalue have different lengths\n");
    expect_error(I, "a[0:2] = [1, 'x']\n", "TypeError: 'str' object cannot be interpreted as an integer\n");
    CHECK(guard[0] == 111 && guard[5] == 222 && guard[1] == 1 && guard[2] == 2, "nothing written out of bounds or by a failed slice store");
    int st = myriad_exec(I, "a[-1] = -4\nimport sys\nsys.exit(3)\n");
    CHECK(st == MYRIAD_EXIT && guard[4] == -4, "sys.exit: %d", st);
    CHECK(myriad_exec(I, "pass\n") == MYRIAD_OK && err_text(I)[0] == 0, "the error text is per exec");
    free(pool.base);

    /* a heap too small for what the code builds: MemoryError, and the interpreter still works */
    pool = make_pool(1, 64 << 10, 0);
    I = myriad_init(pool, 0);
    expect_error(I, "x = [0] * 10**6\n", "MemoryError\n");
    CHECK(myriad_exec(I, "y = 1 + 1\n") == MYRIAD_OK, "runs again after MemoryError");
    free(pool.base);

    /* output beyond the buffer is dropped and counted */
    pool = make_pool(1, 0, 64);
    I = myriad_init(pool, 0);
    CHECK(myriad_exec(I, "for i in range(10): print('0123456789')\n") == MYRIAD_OK, "printing past the buffer");
    char o[128];
    CHECK(myriad_pool_output(&pool, 0, 1, o, sizeof o) == 64 && myriad_pool_dropped(&pool, 0) == 110 - 64, "kept 64, dropped %u", myriad_pool_dropped(&pool, 0));
    free(pool.base);
}

static void test_buffers(void) {
    MyriadPool pool = make_pool(1, 0, 8192);
    MyriadInterp *I = myriad_init(pool, 0);
    int16_t h[8] = { 0, 1, 2, 3, 4, 5, 6, 7 };
    uint8_t B[4] = { 250, 251, 252, 253 };
    uint64_t Q[2] = { 0, 0 };
    myriad_bind(I, "h", h, 'h', 8);
    myriad_bind(I, "B", B, 'B', 4);
    myriad_bind(I, "Q", Q, 'Q', 2);
    const char *src =
        "v = h[1:7:2]\n"
        "print(v, len(v), v.tolist(), h[::-3].tolist(), h[5:2].tolist())\n"
        "v[1] = -30\n"
        "h[6:8] = (60, 70)\n"
        "h[1:] = h[:-1]\n"                      /* overlapping views copy as memmove */
        "print(h.tolist(), 3 in h, 99 in h, list(reversed(B.tolist())), h.typecode, h.itemsize, B.itemsize)\n"
        "print(repr(B), str(Q), type(h).__name__, bool(h[0:0]), sum(B), max(h), sorted(B)[0])\n"
        "Q[0] = 2**64 - 1\nQ[1] = 2**63\n"
        "print(Q[0], Q[1], Q[-1] - 1, [x for x in Q])\n"
        "it = iter(B)\nprint(next(it), next(it), list(it))\n";
    int st = myriad_exec(I, src);
    char o[2048];
    myriad_pool_output(&pool, 0, 1, o, sizeof o);
    const char *want =
        "buffer('h', [1, 3, 5]) 3 [1, 3, 5] [7, 4, 1] []\n"
        "[0, 0, 1, 2, -30, 4, 5, 60] False False [253, 252, 251, 250] h 2 1\n"
        "buffer('B', [250, 251, 252, 253]) buffer('Q', [0, 0]) buffer False 1006 60 250\n"
        "18446744073709551615 9223372036854775808 9223372036854775807 [18446744073709551615, 9223372036854775808]\n"
        "250 251 [252, 253]\n";
    CHECK(st == MYRIAD_OK && strcmp(o, want) == 0, "buffers: %d %s\n--- got:\n%s--- want:\n%s", st, err_text(I), o, want);
    CHECK(Q[0] == UINT64_MAX && h[4] == -30 && h[7] == 60, "stores reached memory");
    free(pool.base);
}

static void test_atomics_single(void) {
    MyriadPool pool = make_pool(1, 0, 4096);
    MyriadInterp *I = myriad_init(pool, 0);
    int8_t b[4] = { 127, -128, 5, 0 };
    uint16_t H[2] = { 65535, 10 };
    float f[2] = { 1.5f, 0 };
    int64_t q[1] = { 0 };
    double d[1] = { 2.0 };
    myriad_bind(I, "b", b, 'b', 4);
    myriad_bind(I, "H", H, 'H', 2);
    myriad_bind(I, "f", f, 'f', 2);
    myriad_bind(I, "q", q, 'q', 1);
    myriad_bind(I, "d", d, 'd', 1);
    const char *src =
        "import cuda\n"
        "print(cuda.atomic_add(b, 0, 1), b[0], cuda.atomic_sub(b, 1, 1), b[1], b[2], b[3])\n"   /* wraps as CUDA */
        "print(cuda.atomic_min(b, 2, -7), cuda.atomic_max(b, 2, 3), b[2], cuda.atomic_exch(b, 3, -1), b[3])\n"
        "print(cuda.atomic_add(H, 0, 1), H[0], cuda.atomic_cas(H, 1, 10, 11), cuda.atomic_cas(H, 1, 10, 12), H[1])\n"
        "print(cuda.atomic_add(f, 0, 0.25), f[0], cuda.atomic_max(f, 1, -1.0), cuda.atomic_min(f, 1, -2.0), f[1])\n"
        "print(cuda.atomic_add(q, 0, -2**63), cuda.atomic_sub(q, 0, 1), q[0], cuda.atomic_add(d, 0, 1), d[0])\n"
        "cuda.threadfence()\n"
        "for call in ('cuda.atomic_add(b, 4, 1)', 'cuda.atomic_add(b, 0, 200)', 'cuda.atomic_add([1], 0, 1)', 'cuda.atomic_cas(b, 0, 1)'):\n"
        "    try: eval(call)\n"
        "    except Exception as e: print(type(e).__name__, e)\n";
    int st = myriad_exec(I, src);
    char o[2048];
    myriad_pool_output(&pool, 0, 1, o, sizeof o);
    const char *want =
        "127 -128 -128 127 5 0\n"
        "5 -7 3 0 -1\n"
        "65535 0 10 11 11\n"
        "1.5 1.75 0.0 0.0 -2.0\n"
        "0 -9223372036854775808 9223372036854775807 2.0 3.0\n"
        "IndexError buffer assignment index out of range\n"
        "OverflowError signed char is greater than maximum\n"
        "TypeError atomic_add() argument 1 must be a buffer, not list\n"
        "TypeError atomic_cas expected 4 arguments, got 3\n";
    CHECK(st == MYRIAD_OK && strcmp(o, want) == 0, "atomics: %d %s\n--- got:\n%s--- want:\n%s", st, err_text(I), o, want);
    free(pool.base);
}

/* ---- Emulated kernels ---- */
typedef struct KArgs {
    MyriadPool pool;
    uint64_t code;        /* compiled on the host, or 0 to exec src */
    const char *src;
    int32_t *counter;
    float *fsum;
    int32_t *out;
    int *status;
} KArgs;

static void k_python(void *p) {
    KArgs *a = (KArgs *)p;
    const MyriadEmuThread *t = myriad_emu_self();
    uint32_t gid = t->block_idx.x * t->block_dim.x + t->thread_idx.x;
    static int32_t shared[64];   /* one block at a time */
    MyriadInterp *I = myriad_init(a->pool, gid);
    if (!I) { a->status[gid] = 100; return; }
    myriad_bind(I, "counter", a->counter, 'i', 1);
    myriad_bind(I, "fsum", a->fsum, 'f', 1);
    myriad_bind(I, "shared", shared, 'i', t->block_dim.x);
    myriad_bind(I, "out", a->out, 'i', a->pool.n);
    a->status[gid] = a->code ? myriad_run_code(I, a->code) : myriad_exec(I, a->src);
}

static const char *kernel_src =
    "import cuda\n"
    "t = threadIdx.x\n"
    "for _ in range(50):\n"
    "    cuda.atomic_add(counter, 0, 1)\n"
    "cuda.atomic_add(fsum, 0, 0.5)\n"
    "shared[t] = t + 1\n"
    "cuda.syncthreads()\n"
    "if t % 2 == 0:\n"
    "    out[tid] = shared[(t + 1) % blockDim.x] * 1000 + blockIdx.x\n"   /* even threads end here */
    "else:\n"
    "    cuda.syncthreads()\n"             /* odd ones wait again: finished threads count as arrived */
    "    shared[t] = -shared[t]\n"
    "    cuda.syncthreads()\n"
    "    out[tid] = shared[t - 1] * 1000 + blockIdx.x\n";

static void run_kernel(uint64_t code, const char *label) {
    enum { BLOCKS = 3, THREADS = 32, N = BLOCKS * THREADS };
    MyriadPool pool = make_pool(N, 256 << 10, 0);
    int32_t counter = 0, out[N];
    float fsum = 0;
    int status[N];
    KArgs a = { pool, code, kernel_src, &counter, &fsum, out, status };
    MyriadEmuDim3 g = { BLOCKS, 1, 1 }, b = { THREADS, 1, 1 };
    myriad_emu_launch(g, b, k_python, &a);
    int ok = 1;
    for (int i = 0; i < N; i++) {
        int t = i % THREADS, blk = i / THREADS;
        int want = t % 2 == 0 ? ((t + 1) % THREADS + 1) * 1000 + blk : t * 1000 + blk;   /* shared[t-1] = t */
        if (status[i] != MYRIAD_OK || out[i] != want) {
            char e[512];
            myriad_pool_output(&pool, (uint32_t)i, 2, e, sizeof e);
            printf("  thread %d: status %d out %d want %d %s\n", i, status[i], out[i], want, e);
            ok = 0;
            break;
        }
    }
    CHECK(ok, "%s: every thread's result", label);
    CHECK(counter == N * 50 && fsum == N * 0.5f, "%s: atomics across threads: %d %g", label, counter, fsum);
    free(pool.base);
}

static void test_kernels(void) {
    run_kernel(0, "compiled by each thread");
    char *err = NULL;
    uint64_t code = myriad_image_compile(img, kernel_src, strlen(kernel_src), "<kernel>", &err);
    CHECK(code != 0, "compile once: %s", err ? err : "");
    uint64_t bad = myriad_image_compile(img, "def f(:\n", 8, "<bad>", &err);
    CHECK(bad == 0 && err && strstr(err, "SyntaxError") != NULL, "a compile error is reported: %s", err ? err : "(none)");
    free(err);
    img_words = myriad_image_words(img, &img_nwords);   /* the image grew: interpreters must see it all */
    run_kernel(code, "compiled once on the host");
}

static int run_script(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 2; }
    static char src[1 << 16];
    size_t n = fread(src, 1, sizeof src - 1, f);
    fclose(f);
    src[n] = 0;
    MyriadPool pool = make_pool(1, 4 << 20, 1 << 16);
    MyriadInterp *I = myriad_init(pool, 0);
    static const char codes[] = "bBhHiIlLqQfd";
    static uint64_t mem[12][4];
    for (int k = 0; k < 12; k++) {
        char name[8] = "buf_x";
        name[4] = codes[k];
        myriad_bind(I, name, mem[k], codes[k], 4);
    }
    int st = myriad_exec(I, src);
    size_t len;
    const char *text = myriad_output(I, &len);
    fwrite(text, 1, len, stdout);
    text = myriad_error(I, &len);
    fwrite(text, 1, len, stderr);
    free(pool.base);
    myriad_image_free(img);
    return st;
}

int main(int argc, char **argv) {
    char *err = NULL;
    img = myriad_image_new(&err);
    if (!img) { printf("image: %s\n", err); return 2; }
    img_words = myriad_image_words(img, &img_nwords);
    if (argc == 3 && strcmp(argv[1], "--script") == 0) return run_script(argv[2]);
    test_bind_and_globals();
    test_errors_and_bounds();
    test_buffers();
    test_atomics_single();
    test_kernels();
    myriad_image_free(img);
    printf("embed: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}

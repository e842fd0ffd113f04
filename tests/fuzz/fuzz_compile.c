/* fuzz_compile.c: a libFuzzer target for the core's compiler (lexer, parser, scopes, code generation).

   Arbitrary bytes are compiled as Python source by compile_source(), the way exec()/compile() and the
   image builder do it. The compiler must return a code object, or V_ERR with an exception pending
   (SyntaxError and its subclasses, ValueError, MemoryError, RecursionError, OverflowError) or with
   need_gc set (the heap is too small for this input). Anything else -- a crash, a hang, a sanitizer
   report, or any other outcome -- is a bug; the last ones abort() with a message.

   Set-up without the host library: the shared image is built once at start-up with image_build()
   (no script), then every input gets a fresh interpreter (interp_init) over its own heap. The image
   and the heap are malloc'd at their exact sizes, so AddressSanitizer sees accesses past either end.
   The syntax error is also formatted with print_exception(), as the image builder does for a script.

   Environment: FUZZ_MODES=exec,eval,single (default all three: each input is compiled in each mode).
   Build and run: `make fuzz`, `make fuzz-smoke` (see the Makefile). */
#include "core_api.h"
#include "compile.h"
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define BUILD_CAP_WORDS ((uint32_t)64 << 20)   /* builder address space, as src/host/program.c */
#define HEAP_WORDS ((uint32_t)4 << 20)         /* 4 Mi words (32 MiB) per interpreter */
#define MAX_INPUT ((size_t)1 << 20)            /* larger inputs are skipped (the heap would not hold them) */
#define STREAM_CAP 65536

static uint64_t *g_image;
static uint32_t g_image_words;
static uint64_t *g_heap;
static uint8_t g_out[STREAM_CAP], g_err[STREAM_CAP];
static int g_modes = 7;   /* bit 0 exec, bit 1 eval, bit 2 single */

static void die(const char *what, const uint8_t *data, size_t size) {
    fprintf(stderr, "\nfuzz_compile: %s (input of %zu bytes)\n", what, size);
    (void)data;
    abort();
}

static void build_image(void) {
    uint64_t *buf = mmap(NULL, (size_t)BUILD_CAP_WORDS * 8, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    Interp *B = calloc(1, sizeof *B);
    static char err[8192];
    int is_syntax = 0;
    if (buf == MAP_FAILED || !B) { fprintf(stderr, "fuzz_compile: out of memory\n"); exit(1); }
    uint32_t words = image_build(B, buf, BUILD_CAP_WORDS, NULL, 0, "<fuzz>", 0, NULL, err, sizeof err, &is_syntax);
    if (words == 0) { fprintf(stderr, "fuzz_compile: image_build failed:\n%s\n", err); exit(1); }
    g_image = malloc((size_t)words * 8);
    if (!g_image) { fprintf(stderr, "fuzz_compile: out of memory\n"); exit(1); }
    memcpy(g_image, buf, (size_t)words * 8);
    g_image_words = words;
    munmap(buf, (size_t)BUILD_CAP_WORDS * 8);
    free(B);
    g_heap = calloc(HEAP_WORDS, 8);
    if (!g_heap) { fprintf(stderr, "fuzz_compile: out of memory\n"); exit(1); }
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc; (void)argv;
    const char *m = getenv("FUZZ_MODES");
    if (m && *m) {
        g_modes = (strstr(m, "exec") ? 1 : 0) | (strstr(m, "eval") ? 2 : 0) | (strstr(m, "single") ? 4 : 0);
        if (!g_modes) g_modes = 1;
    }
    build_image();
    return 0;
}

static bool exc_is(Interp *I, Value exc, TypeId t) {
    return v_is_obj(exc) && is_subtype(I, type_of(I, exc), TYPE_REF(t));
}

/* One compile of the input in `mode` on a fresh interpreter. */
static void compile_one(const uint8_t *data, size_t size, int mode) {
    static Interp I;
    if (!interp_init(&I, g_image, g_image_words, g_heap, HEAP_WORDS, 0, 1))
        die("interp_init failed", data, size);
    I.out = (OutBuf){ g_out, 0, STREAM_CAP };
    I.err = (OutBuf){ g_err, 0, STREAM_CAP };
    Value src = str_new(&I, (const char *)data, (uint32_t)size);
    Value fname = str_from_cstr(&I, "<fuzz>");
    if (src == V_ERR || fname == V_ERR || I.need_gc) goto done;   /* does not fit: not the compiler's business */

    Value code = compile_source(&I, src, fname, mode);
    if (code == V_ERR) {
        if (I.exc == V_NULL) {
            if (!I.need_gc) die("compile_source returned V_ERR with no exception pending and need_gc clear", data, size);
            goto done;
        }
        Value e = I.exc;
        if (!(exc_is(&I, e, T_SYNTAX_ERROR) || exc_is(&I, e, T_VALUE_ERROR) || exc_is(&I, e, T_MEMORY_ERROR) ||
              exc_is(&I, e, T_RECURSION_ERROR) || exc_is(&I, e, T_OVERFLOW_ERROR))) {
            /* say which exception, if it can be printed */
            print_exception(&I, e);
            fprintf(stderr, "%.*s\n", (int)I.err.len, (const char *)g_err);
            die("compile_source raised an unexpected exception type", data, size);
        }
        /* format it as the image builder does for a script with a syntax error */
        I.need_gc = false;
        print_exception(&I, e);
    } else if (!is_type(&I, code, T_CODE)) {
        die("compile_source returned neither a code object nor V_ERR", data, size);
    }
done:
    /* leave the heap as a fresh one (all zero), so that every input sees the same starting state and a
       saved crash input reproduces on its own; only the words this run touched need clearing */
    if (I.top > 1 && I.top <= HEAP_WORDS) memset(g_heap, 0, (size_t)I.top * 8);
    else if (I.top > HEAP_WORDS) die("interpreter top beyond the heap", data, size);
    if (I.fsp < I.frame_end) memset(g_heap + I.fsp, 0, (size_t)(I.frame_end - I.fsp) * 8);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > MAX_INPUT) return 0;
    if (g_modes & 1) compile_one(data, size, COMPILE_EXEC);
    if (g_modes & 2) compile_one(data, size, COMPILE_EVAL);
    if (g_modes & 4) compile_one(data, size, COMPILE_SINGLE);
    return 0;
}

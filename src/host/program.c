/* program.c: compiling a script into the shared image (myriad_compile) and questions about it. */
#define _DEFAULT_SOURCE
#include "myriad.h"
#include "host_internal.h"
#include "core_api.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* The builder gets this much address space; untouched pages cost nothing (MAP_NORESERVE). */
#define BUILD_CAP_WORDS ((uint32_t)64 << 20)
#define BUILD_ERR_CAP 8192

struct MyriadProgram {
    uint64_t *image;     /* exactly image_words words, malloc'd */
    uint32_t image_words;
};

const char *myriad_status_name(MyriadStatus s) {
    switch (s) {
    case MYRIAD_OK: return "ok";
    case MYRIAD_ERROR: return "error";
    case MYRIAD_EXIT: return "exit";
    case MYRIAD_STEPS: return "steps";
    case MYRIAD_MEMORY: return "memory";
    }
    return "unknown";
}

uint64_t *host_map_words(size_t words) {
    void *p = mmap(NULL, words * sizeof(uint64_t), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : (uint64_t *)p;
}

void host_unmap_words(uint64_t *p, size_t words) {
    if (p) munmap(p, words * sizeof(uint64_t));
}

char *host_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *s = malloc((size_t)n + 1);
    if (!s) return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

static void set_error(char **error, char *msg) {
    if (error) *error = msg;
    else free(msg);
}

/* The image is built into a huge lazily-backed buffer, then copied to an exact-size one so that the
   program holds only what the image really uses. */
static MyriadProgram *program_from_build(const uint64_t *buf, uint32_t words) {
    MyriadProgram *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->image = malloc((size_t)words * sizeof(uint64_t));
    if (!p->image) { free(p); return NULL; }
    memcpy(p->image, buf, (size_t)words * sizeof(uint64_t));
    p->image_words = words;
    return p;
}

MyriadProgram *myriad_compile_argv(const char *source, size_t len, const char *filename,
                                   int argc, char **argv, char **error) {
    if (error) *error = NULL;
    if (!filename) filename = "<string>";
    if (len > UINT32_MAX) {
        set_error(error, host_format("myriad: %s: source too large\n", filename));
        return NULL;
    }
    uint64_t *buf = host_map_words(BUILD_CAP_WORDS);   /* fresh anonymous pages: already zeroed */
    Interp *builder = calloc(1, sizeof *builder);      /* image_build sets the builder up itself */
    char *err = calloc(1, BUILD_ERR_CAP);
    MyriadProgram *p = NULL;
    if (!buf || !builder || !err) {
        set_error(error, host_format("myriad: %s: out of memory\n", filename));
        goto done;
    }
    int is_syntax = 0;
    uint32_t words = image_build(builder, buf, BUILD_CAP_WORDS, source, (uint32_t)len,
                                 filename, argc, argv, err,
                                 BUILD_ERR_CAP, &is_syntax);
    if (words == 0) {
        if (!err[0]) snprintf(err, BUILD_ERR_CAP, "myriad: building the image failed\n");
        set_error(error, err);
        err = NULL;
        goto done;
    }
    p = program_from_build(buf, words);
    if (!p) set_error(error, host_format("myriad: %s: out of memory\n", filename));
done:
    host_unmap_words(buf, BUILD_CAP_WORDS);
    free(builder);
    free(err);
    return p;
}

MyriadProgram *myriad_compile(const char *source, size_t len, const char *filename, char **error) {
    return myriad_compile_argv(source, len, filename, 0, NULL, error);
}

void myriad_program_free(MyriadProgram *p) {
    if (!p) return;
    free(p->image);
    free(p);
}

size_t myriad_image_bytes(const MyriadProgram *p) {
    return p ? (size_t)p->image_words * sizeof(uint64_t) : 0;
}

const uint64_t *host_program_image(const MyriadProgram *p, uint32_t *words) {
    *words = p->image_words;
    return p->image;
}

size_t myriad_fresh_heap_bytes(const MyriadProgram *p) {
    size_t words = MYRIAD_DEFAULT_HEAP / sizeof(uint64_t);
    uint64_t *heap = host_map_words(words);
    Interp *I = calloc(1, sizeof *I);
    size_t used = 0;
    if (heap && I && interp_init(I, p->image, p->image_words, heap, (uint32_t)words, 0, 1))
        used = (size_t)interp_heap_used(I) * sizeof(uint64_t);
    free(I);
    host_unmap_words(heap, words);
    return used;
}

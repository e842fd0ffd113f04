/* session.c: REPL sessions: inputs compiled one by one into a growing image, run on interpreters that keep their globals. */
#define _DEFAULT_SOURCE
#include "myriad.h"
#include "host_internal.h"
#include "gpu_backend.h"
#include "core_api.h"
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SESSION_IMAGE_CAP_WORDS ((uint32_t)64 << 20)   /* address space for the image; pages are touched as it grows */
#define SESSION_GPU_IMAGE_SLACK_WORDS ((uint32_t)8 << 20)   /* the GPU's copy may grow by 64 MiB of inputs */
#define SESSION_ERR_CAP 8192

struct MyriadSession {
    Interp *builder;          /* the image's builder, kept alive: each input is compiled after the last */
    uint64_t *image;          /* SESSION_IMAGE_CAP_WORDS words, lazily backed; interpreters point into it on the CPU */
    uint32_t image_words;
    uint32_t image_cap_words; /* what the backend's copy can hold */
    uint8_t *builder_out, *builder_err;
    Value code;               /* the last compiled input, V_NULL when none */
    MyriadBackend backend;
    BackendSession *cpu;
    GpuSession *gpu;
    uint64_t n;
};

static void set_error(char **error, char *msg) {
    if (error) *error = msg;
    else free(msg);
}

void myriad_session_free(MyriadSession *s) {
    if (!s) return;
    cpu_session_free(s->cpu);
    gpu_session_free(s->gpu);
    host_unmap_words(s->image, SESSION_IMAGE_CAP_WORDS);
    free(s->builder);
    free(s->builder_out);
    free(s->builder_err);
    free(s);
}

MyriadSession *myriad_session_new(const MyriadOptions *opts, int argc, char **argv, char **error) {
    if (error) *error = NULL;
    MyriadSession *s = calloc(1, sizeof *s);
    if (!s) { set_error(error, host_format("myriad: out of memory\n")); return NULL; }
    s->n = opts->n;
    s->code = V_NULL;
    s->image = host_map_words(SESSION_IMAGE_CAP_WORDS);
    s->builder = calloc(1, sizeof *s->builder);
    s->builder_out = malloc(SESSION_ERR_CAP);
    s->builder_err = malloc(SESSION_ERR_CAP);
    char *err = calloc(1, SESSION_ERR_CAP);
    if (!s->image || !s->builder || !s->builder_out || !s->builder_err || !err) {
        free(err);
        myriad_session_free(s);
        set_error(error, host_format("myriad: out of memory\n"));
        return NULL;
    }
    int is_syntax = 0;
    s->image_words = image_build(s->builder, s->image, SESSION_IMAGE_CAP_WORDS, NULL, 0, "<stdin>", argc, argv,
                                 err, SESSION_ERR_CAP, &is_syntax);
    if (s->image_words == 0) {
        set_error(error, err[0] ? err : host_format("myriad: building the image failed\n"));
        if (err[0]) err = NULL;
        free(err);
        myriad_session_free(s);
        return NULL;
    }
    free(err);
    /* image_build's own output buffers were on its stack */
    s->builder->out = (OutBuf){ s->builder_out, 0, SESSION_ERR_CAP };
    s->builder->err = (OutBuf){ s->builder_err, 0, SESSION_ERR_CAP };
    s->backend = opts->backend == MYRIAD_BACKEND_AUTO ? myriad_auto_backend() : opts->backend;
    if (s->backend == MYRIAD_BACKEND_GPU) {
        s->image_cap_words = s->image_words + SESSION_GPU_IMAGE_SLACK_WORDS;
        s->gpu = gpu_session_new(s->image, s->image_words, s->image_cap_words, opts, error);
    } else {
        s->image_cap_words = SESSION_IMAGE_CAP_WORDS;
        s->cpu = cpu_session_new(s->image, s->image_words, opts, error);
    }
    if (!s->cpu && !s->gpu) {
        myriad_session_free(s);
        return NULL;
    }
    return s;
}

/* Whether the input's last line (before its final newline) holds only spaces and tabs. */
static bool last_line_blank(const char *src, size_t len) {
    if (len > 0 && src[len - 1] == '\n') len--;
    while (len > 0 && src[len - 1] != '\n') {
        if (src[len - 1] != ' ' && src[len - 1] != '\t' && src[len - 1] != '\r') return false;
        len--;
    }
    return true;
}

MyriadCompileResult myriad_session_compile(MyriadSession *s, const char *src, size_t len, const char *filename,
                                           MyriadInputMode mode, char **error) {
    if (error) *error = NULL;
    s->code = V_NULL;
    if (len > UINT32_MAX / 2) {
        set_error(error, host_format("myriad: input too large\n"));
        return MYRIAD_COMPILE_FAILED;
    }
    char *err = calloc(1, SESSION_ERR_CAP);
    if (!err) { set_error(error, host_format("myriad: out of memory\n")); return MYRIAD_COMPILE_FAILED; }
    Interp *B = s->builder;
    /* the builder must not grow past what the backend's copy of the image can hold */
    B->H.heap_words = B->H.image_words = s->image_cap_words;
    B->frame_end = B->fsp = s->image_cap_words;
    int incomplete = 0;
    Value code = image_compile_input(B, src, (uint32_t)len, filename ? filename : "<stdin>",
                                     mode == MYRIAD_INPUT_FILE ? COMPILE_EXEC : COMPILE_SINGLE, err,
                                     SESSION_ERR_CAP, &incomplete);
    if (code != V_ERR) {
        free(err);
        s->code = code;
        s->image_words = B->top;
        return MYRIAD_COMPILED;
    }
    /* an empty last line ends a block that never began, as at Python's prompt */
    bool blank_end = last_line_blank(src, len);
    if (mode == MYRIAD_INPUT_INTERACTIVE && (incomplete == 1 || (incomplete == 2 && !blank_end))) {
        free(err);
        return MYRIAD_INCOMPLETE;
    }
    bool syntax = strncmp(err, "myriad:", 7) != 0;
    set_error(error, err);
    return syntax ? MYRIAD_SYNTAX_ERROR : MYRIAD_COMPILE_FAILED;
}

int myriad_session_exec(MyriadSession *s, MyriadOutputFn on_output, MyriadDoneFn on_done, void *user,
                        char **error) {
    if (error) *error = NULL;
    if (s->code == V_NULL) {
        set_error(error, host_format("myriad: myriad_session_exec: nothing compiled\n"));
        return -1;
    }
    if (s->gpu) return gpu_session_exec(s->gpu, s->code, s->image, s->image_words, on_output, on_done, user, error);
    return cpu_session_exec(s->cpu, s->code, s->image_words, on_output, on_done, user, error);
}

void myriad_session_stats(const MyriadSession *s, MyriadSessionStats *st) {
    memset(st, 0, sizeof *st);
    if (s->gpu) gpu_session_stats(s->gpu, st);
    else cpu_session_stats(s->cpu, st);
    st->image_bytes = (size_t)s->image_words * 8;
    st->backend = s->backend;
}

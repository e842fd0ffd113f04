/* embed_image.c: the shared image for the embedding API: builtins and standard library, plus code
   compiled once on the host that every thread of a kernel runs (myriad_image_compile). */
#define _DEFAULT_SOURCE
#include "myriad_embed.h"
#include "host_internal.h"
#include "core_api.h"
#include "compile.h"

#include <stdlib.h>
#include <string.h>

#define EMBED_IMAGE_CAP_WORDS ((uint32_t)64 << 20)   /* address space; pages are touched as the image grows */
#define EMBED_ERR_CAP 8192

struct MyriadImage {
    Interp *builder;          /* kept alive: each compile appends after the last */
    uint64_t *words;
    uint32_t nwords;
    uint8_t *out, *err;
};

static void set_error(char **error, char *msg) {
    if (error) *error = msg;
    else free(msg);
}

void myriad_image_free(MyriadImage *img) {
    if (!img) return;
    host_unmap_words(img->words, EMBED_IMAGE_CAP_WORDS);
    free(img->builder);
    free(img->out);
    free(img->err);
    free(img);
}

MyriadImage *myriad_image_new(char **error) {
    if (error) *error = NULL;
    MyriadImage *img = calloc(1, sizeof *img);
    char *err = calloc(1, EMBED_ERR_CAP);
    if (img) {
        img->words = host_map_words(EMBED_IMAGE_CAP_WORDS);
        img->builder = calloc(1, sizeof *img->builder);
        img->out = malloc(EMBED_ERR_CAP);
        img->err = malloc(EMBED_ERR_CAP);
    }
    if (!img || !err || !img->words || !img->builder || !img->out || !img->err) {
        free(err);
        myriad_image_free(img);
        set_error(error, host_format("myriad: out of memory\n"));
        return NULL;
    }
    int is_syntax = 0;
    img->nwords = image_build(img->builder, img->words, EMBED_IMAGE_CAP_WORDS, NULL, 0, "<string>", 0, NULL,
                              err, EMBED_ERR_CAP, &is_syntax);
    if (img->nwords == 0) {
        set_error(error, err[0] ? err : host_format("myriad: building the image failed\n"));
        if (err[0]) err = NULL;
        free(err);
        myriad_image_free(img);
        return NULL;
    }
    free(err);
    /* image_build's own output buffers were on its stack */
    img->builder->out = (OutBuf){ img->out, 0, EMBED_ERR_CAP };
    img->builder->err = (OutBuf){ img->err, 0, EMBED_ERR_CAP };
    return img;
}

uint64_t myriad_image_compile(MyriadImage *img, const char *source, size_t len, const char *filename, char **error) {
    if (error) *error = NULL;
    if (len > UINT32_MAX) { set_error(error, host_format("myriad: source too large\n")); return 0; }
    char *err = calloc(1, EMBED_ERR_CAP);
    if (!err) { set_error(error, host_format("myriad: out of memory\n")); return 0; }
    int incomplete = 0;
    Value code = image_compile_input(img->builder, source, (uint32_t)len, filename ? filename : "<string>",
                                     COMPILE_EXEC, err, EMBED_ERR_CAP, &incomplete);
    if (code == V_ERR) {
        set_error(error, err);
        return 0;
    }
    free(err);
    img->nwords = img->builder->top;
    return code;
}

const uint64_t *myriad_image_words(const MyriadImage *img, size_t *nwords) {
    *nwords = img->nwords;
    return img->words;
}

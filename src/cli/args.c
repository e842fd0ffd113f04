/* args.c: parsing `myriad run` arguments: options, the script or -c code, and the script's sys.argv. */
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Digits with an optional multiplier suffix; the suffix table decides decimal or binary. */
typedef struct Suffix { char letter; uint64_t mult; } Suffix;
static const Suffix COUNT_SUFFIXES[] = { {'k', 1000ull}, {'m', 1000000ull}, {'g', 1000000000ull}, {0, 0} };
static const Suffix SIZE_SUFFIXES[] = { {'k', 1ull << 10}, {'m', 1ull << 20}, {'g', 1ull << 30},
                                        {'t', 1ull << 40}, {0, 0} };

static int parse_scaled(const char *text, const Suffix *suffixes, bool allow_bytes_unit, uint64_t *out) {
    const char *p = text;
    uint64_t v = 0;
    if (!isdigit((unsigned char)*p)) return -1;
    for (; isdigit((unsigned char)*p); p++) {
        uint64_t d = (uint64_t)(*p - '0');
        if (v > (UINT64_MAX - d) / 10) return -1;
        v = v * 10 + d;
    }
    uint64_t mult = 1;
    if (*p) {
        const Suffix *s = suffixes;
        while (s->letter && s->letter != tolower((unsigned char)*p)) s++;
        if (!s->letter && !(allow_bytes_unit && tolower((unsigned char)*p) == 'b')) return -1;
        if (s->letter) { mult = s->mult; p++; }
        /* sizes may be spelled 64K, 64KB or 64KiB */
        if (allow_bytes_unit && s->letter && tolower((unsigned char)*p) == 'i') p++;
        if (allow_bytes_unit && tolower((unsigned char)*p) == 'b') p++;
        if (*p) return -1;
    }
    if (mult > 1 && v > UINT64_MAX / mult) return -1;
    *out = v * mult;
    return 0;
}

int parse_count(const char *text, const char *what, uint64_t *out) {
    if (parse_scaled(text, COUNT_SUFFIXES, false, out) == 0) return 0;
    fprintf(stderr, "myriad: %s: '%s' is not a count (examples: 1000, 10k, 1M)\n", what, text);
    return -1;
}

int parse_size(const char *text, const char *what, size_t *out) {
    uint64_t v;
    if (parse_scaled(text, SIZE_SUFFIXES, true, &v) == 0 && v <= SIZE_MAX) { *out = (size_t)v; return 0; }
    fprintf(stderr, "myriad: %s: '%s' is not a size in bytes (examples: 65536, 512K, 64M, 1G)\n", what, text);
    return -1;
}

typedef enum OptId { OPT_N, OPT_HEAP, OPT_MAX_STEPS, OPT_THREADS, OPT_EACH, OPT_JSONL, OPT_STDIN,
                     OPT_BACKEND, OPT_COMPILE_EACH, OPT_QUIET, OPT_CODE, OPT_HELP, OPT_FS } OptId;
typedef struct OptSpec {
    const char *short_name;   /* "-n", or NULL */
    const char *long_name;    /* "--heap", or NULL */
    OptId id;
    bool takes_value;
} OptSpec;

static const OptSpec OPTIONS[] = {
    { "-n", NULL, OPT_N, true },
    { NULL, "--heap", OPT_HEAP, true },
    { NULL, "--max-steps", OPT_MAX_STEPS, true },
    { NULL, "--threads", OPT_THREADS, true },
    { NULL, "--each", OPT_EACH, false },
    { NULL, "--jsonl", OPT_JSONL, true },
    { NULL, "--stdin", OPT_STDIN, true },
    { NULL, "--backend", OPT_BACKEND, true },
    { NULL, "--compile-each", OPT_COMPILE_EACH, false },
    { "-q", "--quiet", OPT_QUIET, false },
    { "-c", NULL, OPT_CODE, true },
    { "-h", "--help", OPT_HELP, false },
    { NULL, "--fs-size", OPT_FS, true },
    { NULL, "--mount", OPT_FS, true },
    { NULL, "--save", OPT_FS, true },
};
#define N_OPTIONS (sizeof OPTIONS / sizeof OPTIONS[0])

/* Matches "-n", "-n4", "--heap", "--heap=1M". *inline_value is set for the attached forms. */
static const OptSpec *find_option(const char *arg, const char **inline_value) {
    *inline_value = NULL;
    for (size_t i = 0; i < N_OPTIONS; i++) {
        const OptSpec *o = &OPTIONS[i];
        if ((o->short_name && strcmp(arg, o->short_name) == 0) || (o->long_name && strcmp(arg, o->long_name) == 0))
            return o;
        if (!o->takes_value) continue;
        size_t k;
        if (o->long_name && strncmp(arg, o->long_name, k = strlen(o->long_name)) == 0 && arg[k] == '=') {
            *inline_value = arg + k + 1;
            return o;
        }
        if (o->short_name && strncmp(arg, o->short_name, 2) == 0 && arg[2] && arg[1] != '-') {
            *inline_value = arg + 2;
            return o;
        }
    }
    return NULL;
}

static int apply_backend(RunConfig *cfg, const char *v) {
    if (strcmp(v, "auto") == 0) { cfg->backend = MYRIAD_BACKEND_AUTO; return 0; }
    if (strcmp(v, "cpu") == 0) { cfg->backend = MYRIAD_BACKEND_CPU; return 0; }
    if (strcmp(v, "gpu") == 0) { cfg->backend = MYRIAD_BACKEND_GPU; return 0; }
    fprintf(stderr, "myriad: unknown backend '%s' (choose cpu, gpu or auto)\n", v);
    return -1;
}

static int apply_n(RunConfig *cfg, const char *v) {
    if (parse_count(v, "-n", &cfg->n) < 0) return -1;
    if (cfg->n >= 1 && cfg->n <= CLI_MAX_N) return 0;
    fprintf(stderr, "myriad: -n: must be between 1 and %llu\n", (unsigned long long)CLI_MAX_N);
    return -1;
}

static int apply_heap(RunConfig *cfg, const char *v) {
    if (parse_size(v, "--heap", &cfg->heap_bytes) < 0) return -1;
    if (cfg->heap_bytes >= MYRIAD_MIN_HEAP) return 0;
    fprintf(stderr, "myriad: --heap %s is too small: each interpreter needs at least 4K (%zu bytes)\n", v,
            (size_t)MYRIAD_MIN_HEAP);
    return -1;
}

static int apply_threads(RunConfig *cfg, const char *v) {
    uint64_t t;
    if (parse_count(v, "--threads", &t) < 0) return -1;
    if (t >= 1 && t <= 65536) { cfg->threads = (int)t; return 0; }
    fprintf(stderr, "myriad: --threads: must be between 1 and 65536\n");
    return -1;
}

/* Returns 0, -1 on a bad value, or 1 for --help. */
static int apply_option(RunConfig *cfg, const OptSpec *o, const char *v) {
    switch (o->id) {
    case OPT_N: return apply_n(cfg, v);
    case OPT_HEAP: return apply_heap(cfg, v);
    case OPT_MAX_STEPS: return parse_count(v, "--max-steps", &cfg->max_steps);
    case OPT_THREADS: return apply_threads(cfg, v);
    case OPT_EACH: cfg->each = true; return 0;
    case OPT_JSONL: cfg->jsonl_path = v; return 0;
    case OPT_STDIN: cfg->stdin_path = v; return 0;
    case OPT_BACKEND: return apply_backend(cfg, v);
    case OPT_COMPILE_EACH: cfg->compile_each = true; return 0;
    case OPT_QUIET: cfg->quiet = true; return 0;
    case OPT_CODE: cfg->code = v; return 0;
    case OPT_HELP: print_help(stdout); return 1;
    case OPT_FS: return fs_option(&cfg->fs, o->long_name, v) < 0 ? -1 : 0;
    }
    return -1;
}

/* Consumes the option at argv[*i] (and its value); returns 0, -1 or 1 (help). */
static int take_option(int argc, char **argv, int *i, const OptSpec *o, const char *inline_value, RunConfig *cfg) {
    const char *v = inline_value;
    if (o->takes_value && !v) {
        if (*i + 1 >= argc) {
            fprintf(stderr, "myriad: option %s needs a value\n", argv[*i]);
            return -1;
        }
        v = argv[++*i];
    }
    (*i)++;
    return apply_option(cfg, o, v);
}

/* sys.argv: argv[0] is the script path as given ("-c" for -c code), then the rest. */
static int set_script_argv(RunConfig *cfg, const char *argv0, int nrest, char **rest) {
    cfg->argc = 1 + nrest;
    cfg->argv = calloc((size_t)cfg->argc + 1, sizeof(char *));
    if (!cfg->argv) { fprintf(stderr, "myriad: out of memory\n"); return -1; }
    cfg->argv[0] = (char *)argv0;
    for (int k = 0; k < nrest; k++) cfg->argv[1 + k] = rest[k];
    return 0;
}

static int check_combination(const RunConfig *cfg) {
    if (!cfg->script && !cfg->code) {
        fprintf(stderr, "myriad: run: no script given (myriad run SCRIPT [ARGS...] or myriad run -c CODE)\n");
        return -1;
    }
    if (cfg->each && cfg->jsonl_path && strcmp(cfg->jsonl_path, "-") == 0) {
        fprintf(stderr, "myriad: --each and --jsonl - both write to stdout: give --jsonl a file\n");
        return -1;
    }
    return 0;
}

/* Options come before or after the script. After it, the first argument that is not a myriad
   option (or everything after "--") starts the script's own arguments, as with python3. */
int parse_run_args(int argc, char **argv, RunConfig *cfg) {
    memset(cfg, 0, sizeof *cfg);
    cfg->n = 1;
    int i = 0;
    bool have_target = false;
    while (i < argc) {
        const char *a = argv[i];
        const char *inline_value;
        if (strcmp(a, "--") == 0) {
            i++;
            if (have_target) break;
            if (i >= argc) break;
            cfg->script = argv[i++];
            have_target = true;
            break;
        }
        const OptSpec *o = (a[0] == '-' && a[1]) ? find_option(a, &inline_value) : NULL;
        if (!o && !have_target && a[0] == '-' && a[1]) {
            fprintf(stderr, "myriad: unknown option '%s' (see myriad --help)\n", a);
            return -1;
        }
        if (!o && have_target) break;            /* the script's first own argument */
        if (!o) { cfg->script = a; have_target = true; i++; continue; }
        if (o->id == OPT_CODE && have_target) break;   /* "-c" after the script is the script's */
        int r = take_option(argc, argv, &i, o, inline_value, cfg);
        if (r != 0) return r;
        if (o->id == OPT_CODE) have_target = true;
    }
    if (check_combination(cfg) < 0) return -1;
    return set_script_argv(cfg, cfg->code ? "-c" : cfg->script, argc - i, argv + i);
}

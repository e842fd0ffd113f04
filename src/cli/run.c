/* run.c: `myriad run`: load and compile the script, run N interpreters, and present their results. */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <dirent.h>
#include <sys/stat.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EXIT_INTERRUPTED 130
#define EXIT_USAGE 2

/* ---- loading files ---------------------------------------------------------------------------- */

/* Reads all of a stream; returns a malloc'd NUL-terminated buffer or NULL (errno set). */
static char *read_stream(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); errno = ENOMEM; return NULL; }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) { int e = errno; free(buf); errno = e ? e : EIO; return NULL; }
    buf[n] = 0;
    *len = n;
    return buf;
}

static char *read_path(const char *path, size_t *len) {
    if (strcmp(path, "-") == 0) return read_stream(stdin, len);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = read_stream(f, len);
    int e = errno;
    fclose(f);
    errno = e;
    return buf;
}

/* The script's source and the file name tracebacks show. Prints python3's message on failure. */
static char *load_source(const RunConfig *cfg, size_t *len, const char **filename) {
    if (cfg->code) {
        *len = strlen(cfg->code);
        *filename = "<string>";
        return strdup(cfg->code);
    }
    *filename = strcmp(cfg->script, "-") == 0 ? "<stdin>" : cfg->script;
    char *src = read_path(cfg->script, len);
    if (!src)
        fprintf(stderr, "myriad: can't open file '%s': [Errno %d] %s\n", cfg->script, errno, strerror(errno));
    return src;
}

/* What input() reads. With -n 1 the process's stdin is passed on as python3 would read it; a
   terminal is left alone because the data must be read up front. */
static int load_stdin(const RunConfig *cfg, char **data, size_t *len) {
    *data = NULL;
    *len = 0;
    const char *path = cfg->stdin_path;
    bool script_took_stdin = cfg->script && strcmp(cfg->script, "-") == 0;
    if (!path && cfg->n == 1 && !script_took_stdin && !isatty(STDIN_FILENO)) path = "-";
    if (!path) return 0;
    *data = read_path(path, len);
    if (*data) return 0;
    fprintf(stderr, "myriad: --stdin: can't read '%s': %s\n", path, strerror(errno));
    return -1;
}

/* ---- Ctrl-C ------------------------------------------------------------------------------------ */

static void on_sigint(int sig) {
    (void)sig;
    myriad_interrupt();
}

/* One-shot: a second Ctrl-C kills the process the ordinary way. */
static void install_sigint_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sa.sa_flags = SA_RESETHAND | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* ---- -n 1: behave like python3 ---------------------------------------------------------------- */

static void write_all(int fd, const char *p, size_t len) {
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;   /* a closed stdout: python3 would stop printing too */
        p += w;
        len -= (size_t)w;
    }
}

static void plain_output(void *user, uint64_t id, int stream, const char *bytes, size_t len) {
    (void)user;
    (void)id;
    write_all(stream == 1 ? STDOUT_FILENO : STDERR_FILENO, bytes, len);
}

static void plain_done(void *user, const MyriadResult *r) { *(int *)user = r->exit_code; }

static int run_plain(const MyriadProgram *prog, const MyriadOptions *opts) {
    int exit_code = 1;
    char *err = NULL;
    if (myriad_run(prog, opts, plain_output, plain_done, &exit_code, &err) < 0) {
        fputs(err ? err : "myriad: run failed\n", stderr);
        free(err);
        return 1;
    }
    return myriad_interrupted() ? EXIT_INTERRUPTED : exit_code;
}

/* ---- -n N: results arrive out of order from the workers ---------------------------------------- */

/* A finished interpreter waiting for its predecessors before --each / --jsonl can print it. */
typedef struct Pending {
    MyriadStatus status;
    int exit_code;
    uint64_t steps;
    size_t out_len, err_len;
    char bytes[];   /* out, then err */
} Pending;

typedef struct MultiState {
    const RunConfig *cfg;
    pthread_mutex_t lock;
    bool aggregate;           /* grouped stdout (and successful stderr) */
    Grouper out_groups, err_groups, fail_groups;
    uint64_t done, failed;
    uint64_t first_fail_id;   /* lowest failed id, and its whole stderr */
    char *first_fail_err;
    size_t first_fail_len;
    FILE *each;               /* --each: stdout, else NULL */
    FILE *jsonl;              /* --jsonl target, else NULL */
    Pending **pending;        /* by id, for --each / --jsonl */
    uint64_t next_to_print;
    bool out_of_memory;
} MultiState;

static void remember_first_failure(MultiState *st, const MyriadResult *r) {
    if (st->first_fail_err && r->id > st->first_fail_id) return;
    char *copy = malloc(r->err_len + 1);
    if (!copy) { st->out_of_memory = true; return; }
    memcpy(copy, r->err, r->err_len);
    free(st->first_fail_err);
    st->first_fail_err = copy;
    st->first_fail_len = r->err_len;
    st->first_fail_id = r->id;
}

static void record_failure(MultiState *st, const MyriadResult *r) {
    char *key;
    size_t n;
    st->failed += r->count;
    if (failure_key(r, &key, &n) < 0) {
        st->out_of_memory = true;
    } else {
        if (grouper_add(&st->fail_groups, r->id, r->count, key, n) < 0) st->out_of_memory = true;
        free(key);   /* the grouper keeps its own copy */
    }
    remember_first_failure(st, r);
}

static void record_groups(MultiState *st, const MyriadResult *r) {
    if (r->out_len && grouper_add(&st->out_groups, r->id, r->count, r->out, r->out_len) < 0) st->out_of_memory = true;
    if (r->exit_code == 0 && r->err_len && grouper_add(&st->err_groups, r->id, r->count, r->err, r->err_len) < 0)
        st->out_of_memory = true;
}

/* `[ID] ` before every line; a last line without a newline gets one. */
static void write_prefixed_lines(FILE *f, uint64_t id, const char *s, size_t len) {
    size_t start = 0;
    while (start < len) {
        const char *nl = memchr(s + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - s) : len;
        fprintf(f, "[%llu] ", (unsigned long long)id);
        fwrite(s + start, 1, end - start, f);
        fputc('\n', f);
        start = end + 1;
    }
}

static void write_jsonl_record(FILE *f, uint64_t id, const Pending *p) {
    const char *out = p->bytes, *err = p->bytes + p->out_len;
    fprintf(f, "{\"id\": %llu, \"stdout\": ", (unsigned long long)id);
    json_write_string(f, out, p->out_len);
    fprintf(f, ", \"status\": \"%s\", \"exit_code\": %d, \"error\": ", myriad_status_name(p->status), p->exit_code);
    if (p->status == MYRIAD_OK) fputs("null", f);
    else json_write_string(f, err, p->err_len);
    fputs(", \"stderr\": ", f);
    json_write_string(f, err, p->err_len);
    fprintf(f, ", \"steps\": %llu}\n", (unsigned long long)p->steps);
}

static void print_in_order(MultiState *st, uint64_t id, const Pending *p) {
    if (st->each) {
        write_prefixed_lines(st->each, id, p->bytes, p->out_len);
        write_prefixed_lines(stderr, id, p->bytes + p->out_len, p->err_len);
    }
    if (st->jsonl) write_jsonl_record(st->jsonl, id, p);
}

static Pending *pending_copy(const MyriadResult *r) {
    Pending *p = malloc(sizeof *p + r->out_len + r->err_len);
    if (!p) return NULL;
    p->status = r->status;
    p->exit_code = r->exit_code;
    p->steps = r->steps;
    p->out_len = r->out_len;
    p->err_len = r->err_len;
    memcpy(p->bytes, r->out, r->out_len);
    memcpy(p->bytes + r->out_len, r->err, r->err_len);
    return p;
}

/* Keeps the result until every lower id has been printed; workers claim ids in order, so few wait. */
static void queue_for_printing(MultiState *st, const MyriadResult *r) {
    Pending *p = pending_copy(r);
    if (!p) { st->out_of_memory = true; return; }
    st->pending[r->id] = p;
    while (st->next_to_print < st->cfg->n && st->pending[st->next_to_print]) {
        print_in_order(st, st->next_to_print, st->pending[st->next_to_print]);
        free(st->pending[st->next_to_print]);
        st->pending[st->next_to_print++] = NULL;
    }
}

/* After an interrupt some ids never ran: print what did finish, still in id order. */
static void print_leftovers(MultiState *st) {
    if (!st->pending) return;
    for (uint64_t id = st->next_to_print; id < st->cfg->n; id++) {
        if (!st->pending[id]) continue;
        print_in_order(st, id, st->pending[id]);
        free(st->pending[id]);
        st->pending[id] = NULL;
    }
}

static void multi_done(void *user, const MyriadResult *r) {
    MultiState *st = user;
    pthread_mutex_lock(&st->lock);
    st->done += r->count;
    if (r->exit_code != 0) record_failure(st, r);
    if (st->aggregate) record_groups(st, r);
    if (st->pending) queue_for_printing(st, r);
    pthread_mutex_unlock(&st->lock);
}

static void print_failure_summary(MultiState *st) {
    if (st->failed == 0 || st->cfg->quiet) return;
    if (grouper_finish(&st->fail_groups) < 0) { st->out_of_memory = true; return; }
    fprintf(stderr, "myriad: %llu of %llu interpreter%s failed:\n", (unsigned long long)st->failed,
            (unsigned long long)st->cfg->n, st->cfg->n == 1 ? "" : "s");
    write_groups(stderr, &st->fail_groups, "  ");
    if (st->each || !st->first_fail_err) return;   /* --each already showed every traceback */
    fprintf(stderr, "myriad: stderr of interpreter %llu (the first failure):\n",
            (unsigned long long)st->first_fail_id);
    fwrite(st->first_fail_err, 1, st->first_fail_len, stderr);
}

static void print_aggregate(MultiState *st) {
    if (!st->aggregate) return;
    if (grouper_finish(&st->out_groups) < 0 || grouper_finish(&st->err_groups) < 0) {
        st->out_of_memory = true;
        return;
    }
    write_groups(stdout, &st->out_groups, "");
    fflush(stdout);
    write_groups(stderr, &st->err_groups, "");
}

static int multi_open(MultiState *st, const RunConfig *cfg) {
    memset(st, 0, sizeof *st);
    st->cfg = cfg;
    pthread_mutex_init(&st->lock, NULL);
    bool jsonl_to_stdout = cfg->jsonl_path && strcmp(cfg->jsonl_path, "-") == 0;
    st->aggregate = !cfg->each && !jsonl_to_stdout;
    grouper_init(&st->out_groups, cfg->n);
    grouper_init(&st->err_groups, cfg->n);
    grouper_init(&st->fail_groups, cfg->n);
    st->each = cfg->each ? stdout : NULL;
    if (cfg->jsonl_path) {
        st->jsonl = jsonl_to_stdout ? stdout : fopen(cfg->jsonl_path, "w");
        if (!st->jsonl) {
            fprintf(stderr, "myriad: --jsonl: can't write '%s': %s\n", cfg->jsonl_path, strerror(errno));
            return -1;
        }
    }
    if (st->each || st->jsonl) {
        st->pending = calloc((size_t)cfg->n, sizeof *st->pending);
        if (!st->pending) { fprintf(stderr, "myriad: out of memory for -n %llu\n", (unsigned long long)cfg->n); return -1; }
    }
    return 0;
}

static void multi_close(MultiState *st) {
    if (st->jsonl && st->jsonl != stdout) fclose(st->jsonl);
    grouper_free(&st->out_groups);
    grouper_free(&st->err_groups);
    grouper_free(&st->fail_groups);
    free(st->pending);
    free(st->first_fail_err);
    pthread_mutex_destroy(&st->lock);
}

static int run_multi(const MyriadProgram *prog, const MyriadOptions *opts, const RunConfig *cfg) {
    static char out_buf[1 << 20], err_buf[1 << 16];   /* many small writes: buffer them */
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    setvbuf(stderr, err_buf, _IOFBF, sizeof err_buf);
    MultiState st;
    int rc = multi_open(&st, cfg) < 0 ? EXIT_USAGE : 0;
    char *err = NULL;
    MyriadOptions o = *opts;
    o.group_results = !st.pending;   /* --each and --jsonl print every interpreter */
    if (rc == 0 && myriad_run(prog, &o, NULL, multi_done, &st, &err) < 0) {
        fputs(err ? err : "myriad: run failed\n", stderr);
        free(err);
        rc = 1;
    }
    if (rc == 0) {
        print_leftovers(&st);
        print_aggregate(&st);
        print_failure_summary(&st);
        if (st.out_of_memory) fputs("myriad: out of memory: some results are missing\n", stderr);
        if (myriad_interrupted())
            fprintf(stderr, "myriad: interrupted: %llu of %llu interpreters finished\n",
                    (unsigned long long)st.done, (unsigned long long)cfg->n);
        rc = myriad_interrupted() ? EXIT_INTERRUPTED : (st.failed || st.out_of_memory) ? 1 : 0;
    }
    multi_close(&st);
    fflush(stdout);
    fflush(stderr);
    return rc;
}

/* ---- the command ------------------------------------------------------------------------------ */

/* The modules next to a script: its directory's .py files go to /app (read-only), the first
   directory of sys.path, so that `import helper` finds helper.py as python3 would. */
static void mount_script_dir(MyriadFs *fs, const char *script) {
    if (!script || !strcmp(script, "-")) return;
    const char *slash = strrchr(script, '/');
    char *dir = slash ? strndup(script, (size_t)(slash - script + (slash == script))) : strdup(".");
    DIR *d = dir ? opendir(dir) : NULL;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".py") || e->d_name[0] == '.') continue;
        char host[4096], path[1024];
        snprintf(host, sizeof host, "%s/%s", dir, e->d_name);
        snprintf(path, sizeof path, "/app/%s", e->d_name);
        struct stat st;
        if (stat(host, &st) == 0 && S_ISREG(st.st_mode)) myriad_fs_mount(fs, host, path, 1, NULL);
    }
    if (d) closedir(d);
    free(dir);
}

static void fill_options(MyriadOptions *o, const RunConfig *cfg, const char *stdin_data, size_t stdin_len) {
    memset(o, 0, sizeof *o);
    o->n = cfg->n;
    o->heap_bytes = cfg->heap_bytes;
    o->max_steps = cfg->max_steps;
    o->threads = cfg->threads;
    o->backend = cfg->backend;
    o->compile_each = cfg->compile_each;
    o->argc = cfg->argc;
    o->argv = cfg->argv;
    o->stdin_data = stdin_data;
    o->stdin_len = stdin_len;
}

int cli_run(int argc, char **argv) {
    RunConfig cfg;
    int r = parse_run_args(argc, argv, &cfg);
    if (r != 0) return r > 0 ? 0 : EXIT_USAGE;
    if (cfg.backend == MYRIAD_BACKEND_GPU && myriad_auto_backend() != MYRIAD_BACKEND_GPU) {
        fputs(myriad_gpu_built() ? "myriad: --backend gpu: no usable CUDA GPU found\n"
                                 : "myriad: --backend gpu: this build has no GPU backend (nvcc was not found when it was built)\n", stderr);
        free(cfg.argv);
        return EXIT_USAGE;
    }
    size_t src_len, stdin_len;
    const char *filename;
    char *stdin_data = NULL;
    char *src = load_source(&cfg, &src_len, &filename);
    if (!src || load_stdin(&cfg, &stdin_data, &stdin_len) < 0) {
        free(src);
        free(cfg.argv);
        return EXIT_USAGE;
    }
    char *err = NULL;
    MyriadProgram *prog = myriad_compile_argv(src, src_len, filename, cfg.argc, cfg.argv, &err);
    int rc = 1;
    if (!prog) {
        fputs(err ? err : "myriad: compile failed\n", stderr);
    } else {
        MyriadOptions opts;
        fill_options(&opts, &cfg, stdin_data, stdin_len);
        opts.fs = fs_config_build(&cfg.fs);
        if (opts.fs) {
            mount_script_dir(opts.fs, cfg.script);
            install_sigint_handler();
            bool plain = cfg.n == 1 && !cfg.each && !cfg.jsonl_path;
            rc = plain ? run_plain(prog, &opts) : run_multi(prog, &opts, &cfg);
            if (fs_config_save(&cfg.fs, opts.fs) < 0 && rc == 0) rc = 1;
            myriad_fs_free(opts.fs);
        }
    }
    free(err);
    myriad_program_free(prog);
    free(src);
    free(stdin_data);
    free(cfg.argv);
    return rc;
}

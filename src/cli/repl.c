/* repl.c: `myriad repl`: Python's prompt, where every input runs on N interpreters that keep their state. */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define REPL_DEFAULT_N 1000
#define REPL_DEFAULT_LIMIT 10     /* distinct outputs shown per input before "... more" */
#define EXIT_USAGE 2

typedef struct ReplConfig {
    MyriadOptions opts;
    int limit;
    bool readline;
    FsConfig fs;
} ReplConfig;

/* What one input produced on every interpreter, grouped. */
typedef struct InputResults {
    uint64_t n;
    Grouper out, err, fail, all;   /* stdout; stderr of those that did not fail; failures by last line; out+err by id */
    char **fail_text;              /* per failure group: the whole stderr of its first interpreter */
    uint32_t fail_cap;
    uint64_t ran, failed, exited;
    int exit_code;                 /* of the lowest id that exited */
    uint64_t exit_id;
    bool out_of_memory;
} InputResults;

static volatile sig_atomic_t sigints;

unsigned repl_interrupts(void) { return (unsigned)sigints; }

static void on_sigint(int sig) {
    (void)sig;
    sigints++;
    myriad_interrupt();
}

static void install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;   /* no SA_RESTART: a blocked read returns EINTR */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* ---- arguments ---------------------------------------------------------------------------------- */

static int parse_repl_args(int argc, char **argv, ReplConfig *c) {
    memset(c, 0, sizeof *c);
    c->opts.n = REPL_DEFAULT_N;
    c->opts.group_results = 1;   /* results are only ever grouped here */
    c->limit = REPL_DEFAULT_LIMIT;
    c->readline = true;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        bool takes = !strcmp(a, "-n") || !strcmp(a, "--heap") || !strcmp(a, "--max-steps") || !strcmp(a, "--threads") ||
                     !strcmp(a, "--backend") || !strcmp(a, "--limit");
        if (takes && !v) { fprintf(stderr, "myriad: %s needs a value\n", a); return -1; }
        int fsr = fs_option(&c->fs, a, v);
        if (fsr < 0) return -1;
        if (fsr > 0) { i++; continue; }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { print_help(stdout); return 1; }
        else if (!strcmp(a, "--no-readline")) c->readline = false;
        else if (!strcmp(a, "-n")) { if (parse_count(v, "-n", &c->opts.n) < 0) return -1; }
        else if (!strcmp(a, "--heap")) { if (parse_size(v, "--heap", &c->opts.heap_bytes) < 0) return -1; }
        else if (!strcmp(a, "--max-steps")) { if (parse_count(v, "--max-steps", &c->opts.max_steps) < 0) return -1; }
        else if (!strcmp(a, "--threads")) {
            uint64_t t;
            if (parse_count(v, "--threads", &t) < 0) return -1;
            c->opts.threads = t > 4096 ? 4096 : (int)t;
        } else if (!strcmp(a, "--limit")) {
            uint64_t k;
            if (parse_count(v, "--limit", &k) < 0) return -1;
            c->limit = k > 1000000 ? 1000000 : (int)k;
        } else if (!strcmp(a, "--backend")) {
            if (!strcmp(v, "cpu")) c->opts.backend = MYRIAD_BACKEND_CPU;
            else if (!strcmp(v, "gpu")) c->opts.backend = MYRIAD_BACKEND_GPU;
            else if (!strcmp(v, "auto")) c->opts.backend = MYRIAD_BACKEND_AUTO;
            else { fprintf(stderr, "myriad: --backend: '%s' is not cpu, gpu or auto\n", v); return -1; }
        } else {
            fprintf(stderr, "myriad: repl: unknown option '%s' (see myriad --help)\n", a);
            return -1;
        }
        if (takes) i++;
    }
    if (c->opts.n == 0 || c->opts.n > CLI_MAX_N) { fputs("myriad: -n must be between 1 and 4294967294\n", stderr); return -1; }
    if (c->opts.heap_bytes && c->opts.heap_bytes < MYRIAD_MIN_HEAP) {
        fprintf(stderr, "myriad: --heap: at least %zu bytes\n", MYRIAD_MIN_HEAP);
        return -1;
    }
    return 0;
}

/* ---- results of one input ------------------------------------------------------------------------ */

static void results_init(InputResults *r, uint64_t n) {
    memset(r, 0, sizeof *r);
    r->n = n;
    grouper_init(&r->out, n);
    grouper_init(&r->err, n);
    grouper_init(&r->fail, n);
    grouper_init(&r->all, n);
}

static void results_free(InputResults *r) {
    grouper_free(&r->out);
    grouper_free(&r->err);
    grouper_free(&r->fail);
    grouper_free(&r->all);
    for (uint32_t i = 0; i < r->fail_cap; i++) free(r->fail_text[i]);
    free(r->fail_text);
    memset(r, 0, sizeof *r);
}

static void note_failure(InputResults *st, const MyriadResult *r) {
    char *key;
    size_t n;
    st->failed += r->count;
    if (failure_key(r, &key, &n) < 0 || grouper_add(&st->fail, r->id, r->count, key, n) < 0) {
        st->out_of_memory = true;
        return;
    }
    free(key);
    uint32_t gi = st->fail.id_group[r->id] - 1;
    if (gi >= st->fail_cap) {
        uint32_t cap = st->fail_cap ? st->fail_cap * 2 : 16;
        while (cap <= gi) cap *= 2;
        char **t = realloc(st->fail_text, cap * sizeof *t);
        if (!t) { st->out_of_memory = true; return; }
        memset(t + st->fail_cap, 0, (cap - st->fail_cap) * sizeof *t);
        st->fail_text = t;
        st->fail_cap = cap;
    }
    if (st->fail.groups[gi].first_id != r->id) return;   /* a lower id of this group came first */
    char *copy = malloc(r->err_len + 1);
    if (!copy) { st->out_of_memory = true; return; }
    memcpy(copy, r->err, r->err_len);
    copy[r->err_len] = 0;
    free(st->fail_text[gi]);
    st->fail_text[gi] = copy;
}

/* on_done from the backend (the CPU's workers call it concurrently). */
static pthread_mutex_t results_lock = PTHREAD_MUTEX_INITIALIZER;

static void on_input_done(void *user, const MyriadResult *r) {
    InputResults *st = user;
    pthread_mutex_lock(&results_lock);
    st->ran += r->count;
    if (r->status == MYRIAD_EXIT) {
        bool first = st->exited == 0;
        st->exited += r->count;
        if (first || r->id < st->exit_id) { st->exit_id = r->id; st->exit_code = r->exit_code; }
    } else if (r->exit_code != 0) {
        note_failure(st, r);
    }
    if (r->out_len && grouper_add(&st->out, r->id, r->count, r->out, r->out_len) < 0) st->out_of_memory = true;
    if (r->exit_code == 0 && r->err_len && grouper_add(&st->err, r->id, r->count, r->err, r->err_len) < 0) st->out_of_memory = true;
    if (r->out_len + r->err_len) {   /* everything it printed, for :show */
        char *both = malloc(r->out_len + r->err_len);
        if (!both) st->out_of_memory = true;
        else {
            memcpy(both, r->out, r->out_len);
            memcpy(both + r->out_len, r->err, r->err_len);
            if (grouper_add(&st->all, r->id, r->count, both, r->out_len + r->err_len) < 0) st->out_of_memory = true;
            free(both);
        }
    }
    pthread_mutex_unlock(&results_lock);
}

/* With one interpreter the output is shown as python3 shows it. */
static void on_single_output(void *user, uint64_t id, int stream, const char *bytes, size_t len) {
    (void)user;
    (void)id;
    FILE *f = stream == 1 ? stdout : stderr;
    fwrite(bytes, 1, len, f);
    fflush(f);
}

/* At most `limit` groups, then how many more there were. */
static void write_limited(FILE *f, const Grouper *g, int limit, const InputResults *fails) {
    uint32_t shown = g->norder < (uint32_t)limit ? g->norder : (uint32_t)limit;
    for (uint32_t k = 0; k < shown; k++) {
        const Group *G = &g->groups[g->order[k]];
        const char *text = fails ? fails->fail_text[g->order[k]] : NULL;
        if (text) write_group_text(f, "", g, G, text, strlen(text));
        else write_group_text(f, "", g, G, g->arena + G->data_off, (size_t)G->len);
    }
    if (shown == g->norder) return;
    uint64_t more = 0;
    for (uint32_t k = shown; k < g->norder; k++) more += g->groups[g->order[k]].count;
    fprintf(f, "... %u more distinct output%s from %llu interpreter%s (:limit N shows more)\n", g->norder - shown,
            g->norder - shown == 1 ? "" : "s", (unsigned long long)more, more == 1 ? "" : "s");
}

static void show_results(InputResults *st, int limit) {
    if (grouper_finish(&st->out) < 0 || grouper_finish(&st->err) < 0 || grouper_finish(&st->fail) < 0 ||
        grouper_finish(&st->all) < 0)
        st->out_of_memory = true;
    write_limited(stdout, &st->out, limit, NULL);
    fflush(stdout);
    write_limited(stderr, &st->err, limit, NULL);
    write_limited(stderr, &st->fail, limit, st);
    if (st->out_of_memory) fputs("myriad: out of memory: some results are missing\n", stderr);
    fflush(stderr);
}

/* ---- running inputs -------------------------------------------------------------------------------- */

typedef struct Repl {
    ReplConfig cfg;
    MyriadSession *session;
    int argc;
    char **argv;
    InputResults last;     /* the last input's results, for :show */
    bool quit;
    int exit_code;
} Repl;

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

/* Runs the compiled input everywhere and shows what it printed. */
static void run_compiled(Repl *R) {
    uint64_t n = R->cfg.opts.n;
    results_free(&R->last);
    results_init(&R->last, n);
    char *err = NULL;
    bool single = n == 1;
    if (myriad_session_exec(R->session, single ? on_single_output : NULL, on_input_done, &R->last, &err) < 0) {
        fputs(err ? err : "myriad: running the input failed\n", stderr);
        free(err);
    } else if (!single) {
        show_results(&R->last, R->cfg.limit);
    }
    myriad_clear_interrupt();
    MyriadSessionStats ss;
    myriad_session_stats(R->session, &ss);
    if (R->last.exited && ss.live == 0) {   /* exit() everywhere leaves the REPL, as in Python */
        R->quit = true;
        R->exit_code = R->last.exit_code;
    } else if (R->last.exited) {
        fprintf(stderr, "myriad: %llu interpreter%s exited; %llu remain in the session\n",
                (unsigned long long)R->last.exited, R->last.exited == 1 ? "" : "s", (unsigned long long)ss.live);
    }
}

/* Compiles and runs a complete input; MYRIAD_INCOMPLETE is passed back for more lines. */
static MyriadCompileResult run_source(Repl *R, const char *src, size_t len, const char *filename, MyriadInputMode mode) {
    char *err = NULL;
    MyriadCompileResult cr = myriad_session_compile(R->session, src, len, filename, mode, &err);
    if (cr == MYRIAD_COMPILED) run_compiled(R);
    else if (cr != MYRIAD_INCOMPLETE) fputs(err ? err : "myriad: compile failed\n", stderr);
    free(err);
    fflush(stderr);
    return cr;
}

/* ---- commands ------------------------------------------------------------------------------------ */

static void print_repl_help(void) {
    fputs("Every input runs on every interpreter of the session; their outputs are grouped:\n"
          "[ids] (count) output, at most :limit distinct outputs per input.\n"
          "Ctrl-C stops the running input (KeyboardInterrupt in every interpreter); Ctrl-D or exit() leaves.\n"
          "Commands:\n"
          "  :help            this text\n"
          "  :show ID         everything interpreter ID printed for the last input\n"
          "  :show EXPR       the value of EXPR in every interpreter (its repr, grouped)\n"
          "  :time INPUT      run INPUT and print how long it took\n"
          "  :mem             heap in use, per interpreter and in all\n"
          "  :limit N         show at most N distinct outputs per input\n"
          "  :load FILE       run a Python file in the session's globals\n"
          "  :reset           start every interpreter afresh\n"
          "  :quit            leave (as Ctrl-D)\n", stdout);
}

static bool all_digits(const char *s) {
    if (!*s) return false;
    for (; *s; s++) if (*s < '0' || *s > '9') return false;
    return true;
}

static void cmd_show(Repl *R, const char *arg) {
    if (!*arg) { fputs("usage: :show ID  or  :show EXPR\n", stderr); return; }
    if (all_digits(arg)) {
        uint64_t id = strtoull(arg, NULL, 10);
        if (id >= R->cfg.opts.n) { fprintf(stderr, "myriad: no interpreter %llu\n", (unsigned long long)id); return; }
        size_t len = 0;
        const char *text = grouper_text_of(&R->last.all, id, &len);
        if (!text) { printf("(nothing recorded for interpreter %llu)\n", (unsigned long long)id); return; }
        fwrite(text, 1, len, stdout);
        if (len && text[len - 1] != '\n') fputc('\n', stdout);
        return;
    }
    size_t n = strlen(arg) + 32;
    char *src = malloc(n);
    if (!src) return;
    snprintf(src, n, "print(repr((%s\n)))\n", arg);
    run_source(R, src, strlen(src), "<stdin>", MYRIAD_INPUT_FILE);
    free(src);
}

static void cmd_mem(Repl *R) {
    MyriadSessionStats st;
    myriad_session_stats(R->session, &st);
    printf("interpreters: %llu of %llu in the session, on the %s\n", (unsigned long long)st.live,
           (unsigned long long)st.n, st.backend == MYRIAD_BACKEND_GPU ? "GPU" : "CPU");
    printf("heap: %zu bytes each; in use %llu bytes in all, %llu on average, %llu at most\n", st.heap_bytes,
           (unsigned long long)st.used_bytes, (unsigned long long)(st.live ? st.used_bytes / st.live : 0),
           (unsigned long long)st.max_used_bytes);
    printf("shared image: %zu bytes\n", st.image_bytes);
}

static void cmd_load(Repl *R, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "myriad: can't open file '%s': [Errno %d] %s\n", path, errno, strerror(errno)); return; }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); buf = NULL; }
            buf = nb;
        }
    }
    fclose(f);
    if (!buf) { fputs("myriad: out of memory\n", stderr); return; }
    run_source(R, buf, len, path, MYRIAD_INPUT_FILE);
    free(buf);
}

static int start_session(Repl *R) {
    char *err = NULL;
    R->session = myriad_session_new(&R->cfg.opts, R->argc, R->argv, &err);
    if (R->session) return 0;
    fputs(err ? err : "myriad: could not start the interpreters\n", stderr);
    free(err);
    return -1;
}

static void run_command(Repl *R, const char *line);

static void cmd_time(Repl *R, const char *input) {
    double t0 = now_ms();
    if (input[0] == ':') run_command(R, input);
    else {
        size_t n = strlen(input);
        char *src = malloc(n + 2);
        if (!src) return;
        memcpy(src, input, n);
        src[n] = '\n';
        src[n + 1] = 0;
        if (run_source(R, src, n + 1, "<stdin>", MYRIAD_INPUT_INTERACTIVE) == MYRIAD_INCOMPLETE)
            fputs("myriad: :time takes a complete one-line input\n", stderr);
        free(src);
    }
    printf("time: %.3f ms on %llu interpreters\n", now_ms() - t0, (unsigned long long)R->cfg.opts.n);
}

static void run_command(Repl *R, const char *line) {
    const char *p = line + 1;
    size_t k = 0;
    while (p[k] && p[k] != ' ' && p[k] != '\t') k++;
    const char *arg = p + k;
    while (*arg == ' ' || *arg == '\t') arg++;
#define IS(name) (k == strlen(name) && !strncmp(p, name, k))
    if (IS("help") || IS("h")) print_repl_help();
    else if (IS("quit") || IS("q") || IS("exit")) R->quit = true;
    else if (IS("show")) cmd_show(R, arg);
    else if (IS("mem")) cmd_mem(R);
    else if (IS("time")) cmd_time(R, arg);
    else if (IS("load")) cmd_load(R, arg);
    else if (IS("limit")) {
        if (all_digits(arg)) R->cfg.limit = atoi(arg) > 0 ? atoi(arg) : 1;
        printf("showing at most %d distinct outputs per input\n", R->cfg.limit);
    } else if (IS("reset")) {
        myriad_session_free(R->session);
        R->session = NULL;
        if (start_session(R) < 0) { R->quit = true; R->exit_code = 1; }
        else printf("%llu fresh interpreters\n", (unsigned long long)R->cfg.opts.n);
    } else fprintf(stderr, "myriad: unknown command '%.*s' (:help lists them)\n", (int)k + 1, line);
#undef IS
    fflush(stdout);
}

/* ---- the loop ------------------------------------------------------------------------------------- */

static bool is_blank(const char *s) {
    for (; *s; s++) if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\f') return false;
    return true;
}

/* A compound statement's header: its body may follow, so the input ends only with an empty line. */
static bool starts_compound(const char *s) {
    static const char *const kws[] = { "if", "while", "for", "try", "with", "def", "class", "async", NULL };
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '@') return true;
    for (int i = 0; kws[i]; i++) {
        size_t n = strlen(kws[i]);
        if (!strncmp(s, kws[i], n) && (s[n] == ' ' || s[n] == '\t' || s[n] == ':' || s[n] == '(')) return true;
    }
    return false;
}

typedef struct Buffer { char *data; size_t len, cap; } Buffer;

static bool buffer_add_line(Buffer *b, const char *line) {
    size_t n = strlen(line);
    if (b->len + n + 2 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 2) cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) return false;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, line, n);
    b->len += n;
    b->data[b->len++] = '\n';
    b->data[b->len] = 0;
    return true;
}

static void repl_loop(Repl *R) {
    Buffer buf = { NULL, 0, 0 };
    bool compound = false;
    while (!R->quit) {
        char *line = NULL;
        LineStatus ls = lineread_line(buf.len ? "... " : ">>> ", &line);
        if (ls == LINE_INTERRUPTED) {
            fputs("\nKeyboardInterrupt\n", stdout);
            fflush(stdout);
            buf.len = 0;
            compound = false;
            continue;
        }
        bool eof = ls == LINE_EOF;
        if (eof && buf.len == 0) {
            if (lineread_interactive()) fputc('\n', stdout);
            break;
        }
        if (!eof) lineread_remember(line);
        if (!eof && buf.len == 0 && line[0] == ':') {
            run_command(R, line);
            free(line);
            continue;
        }
        if (!eof && buf.len == 0 && is_blank(line)) { free(line); continue; }
        if (!eof) {
            if (buf.len == 0) compound = starts_compound(line);
            bool ok = buffer_add_line(&buf, line);
            bool blank = is_blank(line);
            free(line);
            if (!ok) { fputs("myriad: out of memory\n", stderr); break; }
            if (compound && !blank) continue;   /* a block ends with an empty line */
        } else if (!buffer_add_line(&buf, "")) {   /* end of input ends an open block */
            break;
        }
        MyriadCompileResult cr = run_source(R, buf.data, buf.len, "<stdin>", MYRIAD_INPUT_INTERACTIVE);
        if (cr == MYRIAD_INCOMPLETE && !eof) continue;
        if (cr == MYRIAD_INCOMPLETE) fputs("  File \"<stdin>\"\nSyntaxError: unexpected EOF while parsing\n", stderr);
        buf.len = 0;
        compound = false;
        if (eof) break;
    }
    free(buf.data);
}

/* Leaving: atexit's functions (and the writing of files left open) run in every interpreter still
   in the session, as when python3's prompt ends. */
static void run_exit_funcs(Repl *R) {
    static const char src[] = "import sys\nif 'atexit' in sys.modules: sys.modules['atexit']._run_exitfuncs()\n";
    MyriadSessionStats st;
    myriad_session_stats(R->session, &st);
    if (st.live > 0) run_source(R, src, sizeof src - 1, "<exit>", MYRIAD_INPUT_FILE);
}

int cli_repl(int argc, char **argv) {
    Repl R;
    memset(&R, 0, sizeof R);
    int r = parse_repl_args(argc, argv, &R.cfg);
    if (r != 0) return r > 0 ? 0 : EXIT_USAGE;
    static char *repl_argv[] = { "", NULL };
    R.argc = 1;
    R.argv = repl_argv;
    if (R.cfg.opts.backend == MYRIAD_BACKEND_GPU && myriad_auto_backend() != MYRIAD_BACKEND_GPU) {
        fputs("myriad: --backend gpu: no usable CUDA GPU found\n", stderr);
        return EXIT_USAGE;
    }
    install_sigint();
    R.cfg.opts.fs = fs_config_build(&R.cfg.fs);
    if (!R.cfg.opts.fs) return 1;
    if (start_session(&R) < 0) { myriad_fs_free(R.cfg.opts.fs); return 1; }
    lineread_open(R.cfg.readline);
    if (lineread_interactive()) {
        MyriadSessionStats st;
        myriad_session_stats(R.session, &st);
        printf("myriad %s: %llu interpreters on the %s (Python 3.11 semantics). :help for commands.\n",
               MYRIAD_VERSION, (unsigned long long)st.n, st.backend == MYRIAD_BACKEND_GPU ? "GPU" : "CPU");
        fflush(stdout);
    }
    results_init(&R.last, R.cfg.opts.n);
    repl_loop(&R);
    run_exit_funcs(&R);
    lineread_close();
    results_free(&R.last);
    myriad_session_free(R.session);   /* (the GPU's copy of the file system comes back here) */
    if (fs_config_save(&R.cfg.fs, R.cfg.opts.fs) < 0 && R.exit_code == 0) R.exit_code = 1;
    myriad_fs_free(R.cfg.opts.fs);
    return R.exit_code;
}

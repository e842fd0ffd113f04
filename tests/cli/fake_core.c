/* fake_core.c: a stand-in for the core (image_build, interp_init, interp_run) running a line protocol, to test the host and CLI. */
/* Script language, one command a line (blank lines and lines starting with '#' are skipped; each
   executed line is one "bytecode" step):
     print TEXT     TEXT + "\n" to stdout; "{tid}" becomes the interpreter id, "{n}" the count
     write TEXT     the same without the newline
     eprint TEXT    TEXT + "\n" to stderr
     fail MSG       a CPython-style traceback ending "ValueError: MSG" to stderr; stops with RUN_ERROR
     exit N         stops with RUN_EXIT, exit code N
     loop           spins forever, one step per turn (ends by max_steps or Ctrl-C)
     spin N         spins N steps, then goes on
     big N          N bytes to stdout (lines of 63 letters and "\n"), more than any output buffer
     input          reads one line of stdin and prints "got: LINE" ("got EOF" at its end)
     argv           prints sys.argv joined by spaces
     alloc N        touches N heap words; more than the heap holds stops with RUN_MEMORY
     utf8bad        prints bytes that need JSON escaping: controls, invalid UTF-8, valid UTF-8
     when K R CMD   runs CMD only in interpreters whose id % K == R
   Any line containing the word "syntax" makes image_build fail with a SyntaxError. */
#include "core_api.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FAKE_MAGIC 0x4D59524941440001ull
enum { IMG_MAGIC, IMG_SRC_LEN, IMG_ARGC, IMG_ARGV_BYTES, IMG_FNAME_BYTES, IMG_DATA };
/* Interpreter state kept in its own heap, as the real core keeps everything there. */
enum { H_MAGIC, H_LINE_POS, H_EMITTED, H_SPIN, H_STDIN_LINE, H_STATE_WORDS };
#define FAKE_HEAP_USED 16u

static const char *image_source(const uint64_t *image) { return (const char *)(image + IMG_DATA); }
static const char *image_argv(const uint64_t *image) { return image_source(image) + image[IMG_SRC_LEN]; }
static const char *image_filename(const uint64_t *image) {
    return image_argv(image) + image[IMG_ARGV_BYTES];
}

static void format_syntax_error(char *err, int errcap, const char *filename, int lineno,
                                const char *line, size_t line_len) {
    snprintf(err, (size_t)errcap, "  File \"%s\", line %d\n    %.*s\n    ^\nSyntaxError: invalid syntax\n",
             filename, lineno, (int)line_len, line);
}

/* Finds the first line containing "syntax"; returns its number (1-based) or 0. */
static int find_syntax_error(const char *src, uint32_t len, const char **line, size_t *line_len) {
    int lineno = 1;
    for (uint32_t pos = 0; pos < len; lineno++) {
        const char *start = src + pos;
        const char *nl = memchr(start, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - start) : len - pos;
        for (size_t i = 0; i + 6 <= n; i++)
            if (memcmp(start + i, "syntax", 6) == 0) { *line = start; *line_len = n; return lineno; }
        pos += (uint32_t)n + 1;
    }
    return 0;
}

uint32_t image_build(Interp *B, uint64_t *buf, uint32_t cap_words, const char *source, uint32_t source_len,
                     const char *filename, int argc, char **argv, char *err, int errcap, int *err_is_syntax) {
    *err_is_syntax = 0;
    if (!B || !buf || !filename) { snprintf(err, (size_t)errcap, "fake: bad arguments\n"); return 0; }
    for (int i = 0; i < 64; i++)
        if (buf[i] != 0) { snprintf(err, (size_t)errcap, "fake: image buffer not zeroed\n"); return 0; }
    const char *line;
    size_t line_len;
    int lineno = source ? find_syntax_error(source, source_len, &line, &line_len) : 0;
    if (lineno) {
        format_syntax_error(err, errcap, filename, lineno, line, line_len);
        *err_is_syntax = 1;
        return 0;
    }
    size_t argv_bytes = 0;
    for (int i = 0; i < argc; i++) argv_bytes += strlen(argv[i]) + 1;
    size_t fname_bytes = strlen(filename) + 1;
    size_t total = IMG_DATA * 8 + source_len + argv_bytes + fname_bytes;
    uint32_t words = (uint32_t)((total + 7) / 8);
    if (words > cap_words) { snprintf(err, (size_t)errcap, "fake: image too large\n"); return 0; }
    buf[IMG_MAGIC] = FAKE_MAGIC;
    buf[IMG_SRC_LEN] = source_len;
    buf[IMG_ARGC] = (uint64_t)argc;
    buf[IMG_ARGV_BYTES] = argv_bytes;
    buf[IMG_FNAME_BYTES] = fname_bytes;
    char *p = (char *)(buf + IMG_DATA);
    if (source_len) memcpy(p, source, source_len);
    p += source_len;
    for (int i = 0; i < argc; i++) { size_t n = strlen(argv[i]) + 1; memcpy(p, argv[i], n); p += n; }
    memcpy(p, filename, fname_bytes);
    return words;
}

/* The fake has no compiler: --compile-each runs the same lines. */
bool interp_compile_main(Interp *I) { (void)I; return true; }

/* The REPL is tested against the real core (tests/repl); the fake only has to link with it. */
bool interp_start_code(Interp *I, Value code) {
    (void)code;
    I->status = RUN_DONE;
    return true;
}

Value image_compile_input(Interp *B, const char *source, uint32_t source_len, const char *filename, int mode,
                          char *err, int errcap, int *incomplete) {
    (void)B; (void)source; (void)source_len; (void)filename; (void)mode;
    *incomplete = 0;
    snprintf(err, (size_t)errcap, "myriad: the fake core has no REPL\n");
    return V_ERR;
}

bool interp_init(Interp *I, const uint64_t *image, uint32_t image_words, uint64_t *heap, uint32_t heap_words,
                 int64_t tid, int64_t nthreads) {
    if (heap_words < INTERP_MIN_HEAP_WORDS || image[IMG_MAGIC] != FAKE_MAGIC) return false;
    memset(I, 0, sizeof *I);
    I->H.heap = heap;
    I->H.image = image;
    I->H.heap_words = heap_words;
    I->H.image_words = image_words;
    I->tid = tid;
    I->nthreads = nthreads;
    /* Like the real core: the heap may hold the last interpreter's words, so set every state word. */
    heap[H_MAGIC] = FAKE_MAGIC;
    heap[H_LINE_POS] = 0;
    heap[H_EMITTED] = 0;
    heap[H_SPIN] = 0;
    heap[H_STDIN_LINE] = 0;
    I->top = FAKE_HEAP_USED;
    return true;
}

uint32_t interp_heap_used(Interp *I) { return I->top; }

/* ---- output ---- */

typedef struct Text { char *data; size_t len, cap; } Text;

static void text_add(Text *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->data = realloc(t->data, t->cap);
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = 0;
}

static void text_add_str(Text *t, const char *s) { text_add(t, s, strlen(s)); }

/* TEXT with {tid} and {n} substituted. */
static void text_add_template(Text *t, Interp *I, const char *s, size_t n) {
    char num[32];
    for (size_t i = 0; i < n; i++) {
        if (n - i >= 5 && memcmp(s + i, "{tid}", 5) == 0) {
            snprintf(num, sizeof num, "%lld", (long long)I->tid);
            text_add_str(t, num);
            i += 4;
        } else if (n - i >= 3 && memcmp(s + i, "{n}", 3) == 0) {
            snprintf(num, sizeof num, "%lld", (long long)I->nthreads);
            text_add_str(t, num);
            i += 2;
        } else {
            text_add(t, s + i, 1);
        }
    }
}

/* Copies what fits of text[from..] into the stream; returns how many bytes went. */
static size_t outbuf_put(OutBuf *o, const char *text, size_t len) {
    size_t room = o->cap - o->len;
    size_t n = len < room ? len : room;
    memcpy(o->data + o->len, text, n);
    o->len += (uint32_t)n;
    return n;
}

/* Emits a line's text, resuming after what an earlier RUN_OUTPUT stop already wrote.
   Returns false when the buffer filled first (the caller returns RUN_OUTPUT). */
static bool emit_resumable(Interp *I, int stream, const Text *t) {
    uint64_t *heap = I->H.heap;
    size_t done = heap[H_EMITTED];
    done += outbuf_put(stream == 1 ? &I->out : &I->err, t->data + done, t->len - done);
    heap[H_EMITTED] = done;
    return done == t->len;
}

/* ---- commands ---- */

typedef enum { GO_ON, STOP } Flow;

static bool starts_with_word(const char *s, size_t n, const char *w) {
    size_t k = strlen(w);
    return n >= k && memcmp(s, w, k) == 0 && (n == k || s[k] == ' ');
}

static void big_text(Text *t, long n) {
    for (long k = 0; k < n; k++) {
        char c = (k % 64 == 63) ? '\n' : (char)('a' + (k % 26));
        text_add(t, &c, 1);
    }
}

static void stdin_line(Interp *I, Text *t) {
    if (I->stdin_pos >= I->stdin_len) { text_add_str(t, "got EOF\n"); return; }
    const char *s = (const char *)I->stdin_data + I->stdin_pos;
    size_t left = I->stdin_len - I->stdin_pos;
    const char *nl = memchr(s, '\n', left);
    size_t n = nl ? (size_t)(nl - s) : left;
    text_add_str(t, "got: ");
    text_add(t, s, n);
    text_add_str(t, "\n");
}

static void traceback_text(Interp *I, Text *t, const char *msg, size_t n) {
    text_add_str(t, "Traceback (most recent call last):\n  File \"");
    text_add_str(t, image_filename(I->H.image));
    text_add_str(t, "\", line 1, in <module>\nValueError: ");
    text_add_template(t, I, msg, n);
    text_add_str(t, "\n");
}

static void argv_text(Interp *I, Text *t) {
    const char *a = image_argv(I->H.image);
    for (uint64_t i = 0; i < I->H.image[IMG_ARGC]; i++) {
        if (i) text_add_str(t, " ");
        text_add_str(t, a);
        a += strlen(a) + 1;
    }
    text_add_str(t, "\n");
}

/* The argument of a command word of length k: what follows "WORD ". */
typedef struct Arg { const char *s; size_t n; } Arg;
static Arg arg_after(const char *s, size_t n, size_t k) {
    Arg a = { s + n, 0 };
    if (n > k) { a.s = s + k + 1; a.n = n - k - 1; }
    return a;
}

/* Stdin consumed by an `input` line: only once its text is fully out, since a RUN_OUTPUT stop
   re-executes the line. */
static void consume_stdin_line(Interp *I) {
    const char *s = (const char *)I->stdin_data + I->stdin_pos;
    size_t left = I->stdin_len - I->stdin_pos;
    const char *nl = memchr(s, '\n', left);
    I->stdin_pos += nl ? (uint32_t)(nl - s) + 1 : (uint32_t)left;
}

/* Runs one command. *rs is set when the interpreter must stop (or pause for output). */
static Flow run_command(Interp *I, const char *s, size_t n, RunStatus *rs) {
    Text t = {0};
    int stream = 1;
    Flow flow = GO_ON;
    Arg a;
    if (starts_with_word(s, n, "when")) {
        long k = 0, r = 0;
        int used = 0;
        char head[64];
        size_t hn = n < sizeof head - 1 ? n : sizeof head - 1;
        memcpy(head, s, hn);
        head[hn] = 0;
        if (sscanf(head, "when %ld %ld %n", &k, &r, &used) >= 2 && k > 0 && used > 0) {
            if (I->tid % k != r) return GO_ON;
            return run_command(I, s + used, n - (size_t)used, rs);
        }
        return GO_ON;
    }
    if (starts_with_word(s, n, "print")) {
        a = arg_after(s, n, 5);
        text_add_template(&t, I, a.s, a.n);
        text_add_str(&t, "\n");
    } else if (starts_with_word(s, n, "write")) {
        a = arg_after(s, n, 5);
        text_add_template(&t, I, a.s, a.n);
    } else if (starts_with_word(s, n, "eprint")) {
        a = arg_after(s, n, 6);
        text_add_template(&t, I, a.s, a.n);
        text_add_str(&t, "\n");
        stream = 2;
    } else if (starts_with_word(s, n, "fail")) {
        a = arg_after(s, n, 4);
        traceback_text(I, &t, a.s, a.n);
        stream = 2;
        *rs = RUN_ERROR;
        flow = STOP;
    } else if (starts_with_word(s, n, "exit")) {
        I->exit_code = atoi(arg_after(s, n, 4).s);
        *rs = RUN_EXIT;
        flow = STOP;
    } else if (starts_with_word(s, n, "big")) {
        big_text(&t, atol(arg_after(s, n, 3).s));
    } else if (starts_with_word(s, n, "input")) {
        stdin_line(I, &t);
    } else if (starts_with_word(s, n, "argv")) {
        argv_text(I, &t);
    } else if (starts_with_word(s, n, "utf8bad")) {
        text_add_str(&t, "ctl:\x01\x1f\t\"q\\ bad:\xff\xc3( ok:\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n");
    } else if (starts_with_word(s, n, "alloc")) {
        long words = atol(arg_after(s, n, 5).s);
        if ((uint64_t)words + FAKE_HEAP_USED > I->H.heap_words) { *rs = RUN_MEMORY; return STOP; }
        for (long w = 0; w < words; w++) I->H.heap[FAKE_HEAP_USED + w] = (uint64_t)w;
    }
    if (t.len && !emit_resumable(I, stream, &t)) {
        *rs = RUN_OUTPUT;
        flow = STOP;
    } else if (starts_with_word(s, n, "input") && I->stdin_pos < I->stdin_len) {
        consume_stdin_line(I);
    }
    free(t.data);
    return flow;
}

static void next_line(Interp *I, uint64_t line_end) {
    I->H.heap[H_LINE_POS] = line_end + 1;
    I->H.heap[H_EMITTED] = 0;
    I->H.heap[H_SPIN] = 0;
}

/* A spinning line (loop / spin N) stays current; returns true while it keeps spinning. */
static bool spin_line(Interp *I, const char *s, size_t n) {
    if (starts_with_word(s, n, "loop")) return true;
    if (starts_with_word(s, n, "spin")) return I->H.heap[H_SPIN]++ < (uint64_t)atol(s + 5);
    return false;
}

RunStatus interp_run(Interp *I, uint64_t budget) {
    const uint64_t *image = I->H.image;
    const char *src = image_source(image);
    uint64_t len = image[IMG_SRC_LEN];
    uint64_t *heap = I->H.heap;
    if (heap[H_MAGIC] != FAKE_MAGIC) return RUN_MEMORY;
    for (uint64_t used = 0;; used++) {
        uint64_t pos = heap[H_LINE_POS];
        if (pos >= len) return RUN_DONE;
        if (I->max_steps && I->steps >= I->max_steps) return RUN_STEPS;
        if (used >= budget) return RUN_BUDGET;
        const char *s = src + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        if (n == 0 || s[0] == '#') { next_line(I, pos + n); continue; }
        I->steps++;
        if (spin_line(I, s, n)) continue;
        RunStatus rs = RUN_DONE;
        if (run_command(I, s, n, &rs) == STOP) {
            if (rs != RUN_OUTPUT) next_line(I, pos + n);
            return rs;
        }
        next_line(I, pos + n);
    }
}

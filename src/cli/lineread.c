/* lineread.c: reading the REPL's lines: GNU readline (loaded at run time when the system has it) on a
   terminal, with history in a file; a plain reader otherwise. Ctrl-C at the prompt drops the line. */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#define HISTORY_LINES 1000

/* The parts of readline's API used here, resolved with dlsym: no build-time dependency, and the
   binary runs where the library is missing (a plain reader then). */
typedef void rl_vcpfunc_t(char *);
static struct {
    void *lib;
    void (*handler_install)(const char *, rl_vcpfunc_t *);
    void (*read_char)(void);
    void (*handler_remove)(void);
    void (*sigcleanup)(void);
    void (*free_line_state)(void);
    void (*add_history)(const char *);
    int (*read_history)(const char *);
    int (*write_history)(const char *);
    void (*stifle_history)(int);
    int *catch_signals;
} rl;

static char *history_path;
static bool use_readline;
static bool interactive;
static char *got_line;     /* the line readline's callback delivered */
static bool got_eof, got_any;

static bool load_readline(void) {
    const char *names[] = { "libreadline.so.8", "libreadline.so" };
    for (size_t i = 0; i < sizeof names / sizeof *names && !rl.lib; i++) rl.lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!rl.lib) return false;
#define RL_SYM(field, name) (*(void **)&rl.field = dlsym(rl.lib, name))
    bool ok = RL_SYM(handler_install, "rl_callback_handler_install") && RL_SYM(read_char, "rl_callback_read_char") &&
              RL_SYM(handler_remove, "rl_callback_handler_remove") && RL_SYM(sigcleanup, "rl_callback_sigcleanup") &&
              RL_SYM(free_line_state, "rl_free_line_state") && RL_SYM(add_history, "add_history") &&
              RL_SYM(read_history, "read_history") && RL_SYM(write_history, "write_history") &&
              RL_SYM(stifle_history, "stifle_history") && RL_SYM(catch_signals, "rl_catch_signals");
#undef RL_SYM
    return ok;
}

void lineread_open(bool want_readline) {
    interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    use_readline = interactive && want_readline && load_readline();
    const char *home = getenv("HOME");
    const char *hist = getenv("MYRIAD_HISTFILE");
    if (hist && *hist) history_path = strdup(hist);
    else if (home && *home) {
        size_t n = strlen(home) + sizeof "/.myriad_history";
        history_path = malloc(n);
        if (history_path) snprintf(history_path, n, "%s/.myriad_history", home);
    }
    if (use_readline) {
        *rl.catch_signals = 0;   /* our SIGINT handler stays in charge; select() sees the EINTR */
        rl.stifle_history(HISTORY_LINES);
        if (history_path) rl.read_history(history_path);
    }
}

bool lineread_interactive(void) { return interactive; }
bool lineread_has_editing(void) { return use_readline; }

void lineread_close(void) {
    if (use_readline && history_path) rl.write_history(history_path);
    free(history_path);
    history_path = NULL;
}

void lineread_remember(const char *line) {
    if (!use_readline || !*line) return;
    rl.add_history(line);
    if (history_path) rl.write_history(history_path);   /* kept even if the session is killed */
}

static void on_readline_line(char *line) {
    got_any = true;
    got_eof = line == NULL;
    got_line = line;
    rl.handler_remove();
}

static LineStatus read_with_readline(const char *prompt, unsigned interrupts, char **line) {
    got_any = got_eof = false;
    got_line = NULL;
    rl.handler_install(prompt, on_readline_line);
    while (!got_any) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(STDIN_FILENO, &fds);
        int r = select(STDIN_FILENO + 1, &fds, NULL, NULL, NULL);
        if (repl_interrupts() != interrupts) {
            rl.free_line_state();
            rl.sigcleanup();
            rl.handler_remove();
            return LINE_INTERRUPTED;
        }
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) { rl.handler_remove(); return LINE_EOF; }
        rl.read_char();
    }
    if (got_eof) return LINE_EOF;
    *line = got_line;
    return LINE_OK;
}

/* One byte at a time from fd 0 so that a Ctrl-C (EINTR) is seen at once. */
static LineStatus read_plain(const char *prompt, unsigned interrupts, char **line) {
    if (interactive) {
        fputs(prompt, stdout);
        fflush(stdout);
    }
    size_t len = 0, cap = 128;
    char *buf = malloc(cap);
    if (!buf) return LINE_EOF;
    for (;;) {
        char c;
        ssize_t r = read(STDIN_FILENO, &c, 1);
        if (repl_interrupts() != interrupts) { free(buf); return LINE_INTERRUPTED; }
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            if (len == 0) { free(buf); return LINE_EOF; }
            break;   /* a last line without a newline */
        }
        if (c == '\n') break;
        if (len + 2 > cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); return LINE_EOF; }
            buf = nb;
        }
        buf[len++] = c;
    }
    if (len && buf[len - 1] == '\r') len--;
    buf[len] = 0;
    *line = buf;
    return LINE_OK;
}

LineStatus lineread_line(const char *prompt, char **line) {
    unsigned interrupts = repl_interrupts();
    *line = NULL;
    return use_readline ? read_with_readline(prompt, interrupts, line) : read_plain(prompt, interrupts, line);
}

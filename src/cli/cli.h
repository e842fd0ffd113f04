/* cli.h: declarations shared by the files of the myriad command-line tool. */
#ifndef MYRIAD_CLI_H
#define MYRIAD_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "myriad.h"

#define CLI_MAX_N ((uint64_t)UINT32_MAX - 1)   /* per-id tables are indexed by 32-bit group numbers */

/* Everything `myriad run` was asked to do. */
/* fsopts.c: --fs-size, --mount HOSTDIR:/path[:ro], --save /path:HOSTDIR (run and repl). */
#define FS_MAX_SPECS 32
typedef struct FsSpec { char a[1024], b[1024]; bool read_only; } FsSpec;  /* mount: host, path; save: path, host */
typedef struct FsConfig {
    size_t bytes;             /* --fs-size; 0 = MYRIAD_DEFAULT_FS */
    FsSpec mounts[FS_MAX_SPECS], saves[FS_MAX_SPECS];
    size_t nmounts, nsaves;
} FsConfig;
int fs_option(FsConfig *c, const char *opt, const char *value);
MyriadFs *fs_config_build(const FsConfig *c);
int fs_config_save(const FsConfig *c, MyriadFs *fs);

typedef struct RunConfig {
    uint64_t n;
    size_t heap_bytes;
    uint64_t max_steps;
    int threads;              /* 0 = one per core */
    MyriadBackend backend;    /* --backend; AUTO by default */
    bool compile_each;        /* --compile-each */
    bool each;                /* --each */
    bool quiet;               /* -q: no failure summary */
    const char *jsonl_path;   /* --jsonl FILE, "-" = stdout; NULL = none */
    const char *stdin_path;   /* --stdin FILE, "-" = the process's stdin; NULL = the default */
    const char *code;         /* -c CODE, or NULL */
    const char *script;       /* SCRIPT path, or NULL with -c */
    int argc;                 /* sys.argv, [0] included */
    char **argv;              /* points into main's argv except [0] for -c */
    FsConfig fs;
} RunConfig;

/* args.c: parsing. Each returns 0, or -1 after printing a message that starts with "myriad: ". */
int parse_count(const char *text, const char *what, uint64_t *out);   /* 1000, 1k, 1M, 1G */
int parse_size(const char *text, const char *what, size_t *out);      /* 64K, 64M, 1G (powers of 2) */
int parse_run_args(int argc, char **argv, RunConfig *cfg);            /* argv after "run" */

/* json.c: a JSON string literal (quotes included) for arbitrary bytes. */
void json_write_string(FILE *f, const char *s, size_t len);

/* groups.c: byte-identical outputs grouped by interpreter id, one stored copy per distinct output.
   Memory per interpreter: 4 bytes (its group), plus per distinct output about 40 bytes, the bytes
   themselves, and 8 bytes per id range (ids are below CLI_MAX_N, so they fit 32 bits). */
typedef struct IdRange { uint32_t first, last; } IdRange;
typedef struct Group {
    uint64_t data_off;        /* the output's bytes in the grouper's arena */
    uint64_t len;
    uint32_t hash;
    uint32_t count;           /* interpreters in the group */
    uint32_t first_id;
    uint32_t range_start;     /* after grouper_finish: its ranges in Grouper.ranges */
    uint32_t nranges;
} Group;
typedef struct Grouper {
    uint64_t n;
    uint32_t *id_group;       /* per id: group number + 1, 0 = nothing recorded */
    Group *groups;
    uint32_t ngroups, cap_groups;
    char *arena;              /* every distinct output, back to back */
    uint64_t arena_len, arena_cap;
    uint32_t *table;          /* open addressing: group number + 1 */
    uint32_t table_cap;       /* a power of two */
    IdRange *ranges;          /* after grouper_finish: every group's ranges, group after group */
    uint32_t *order;          /* after grouper_finish: group numbers by first id */
    uint32_t norder;
} Grouper;

void grouper_init(Grouper *g, uint64_t n);
/* The interpreters id .. id+count-1 printed these bytes. -1: out of memory. */
int grouper_add(Grouper *g, uint64_t id, uint64_t count, const char *data, size_t len);
int grouper_finish(Grouper *g);                                           /* builds ranges and order */
void grouper_free(Grouper *g);
void write_id_ranges(FILE *f, const IdRange *r, size_t n);
/* Prints every group in the aggregate format (see --help), each line after `indent`. */
void write_groups(FILE *f, const Grouper *g, const char *indent);

/* One group with `data` shown instead of its own bytes (the REPL shows a failure group, keyed by
   its last line, with the whole traceback of its first interpreter). */
void write_group_text(FILE *f, const char *indent, const Grouper *g, const Group *G, const char *data, size_t len);
/* What a failed interpreter is grouped by: the last line of its stderr and a newline (malloc'd). */
int failure_key(const MyriadResult *r, char **key, size_t *n);
/* The bytes recorded for id, or NULL. */
const char *grouper_text_of(const Grouper *g, uint64_t id, size_t *len);

/* run.c: `myriad run ARGS...`; returns the process exit status. info.c: `myriad info`. */
int cli_run(int argc, char **argv);
int cli_info(void);

/* repl.c: `myriad repl ARGS...` (and `myriad` alone). repl_interrupts(): Ctrl-Cs seen so far. */
int cli_repl(int argc, char **argv);
unsigned repl_interrupts(void);

/* lineread.c: the REPL's input. lineread_open loads readline when stdin and stdout are a terminal
   (and want_readline); history lives in $MYRIAD_HISTFILE or ~/.myriad_history. */
typedef enum LineStatus { LINE_OK, LINE_EOF, LINE_INTERRUPTED } LineStatus;
void lineread_open(bool want_readline);
void lineread_close(void);
bool lineread_interactive(void);     /* prompts are shown */
bool lineread_has_editing(void);     /* readline is in use */
LineStatus lineread_line(const char *prompt, char **line);   /* *line: malloc'd, without its newline */
void lineread_remember(const char *line);                    /* into the history */

/* help.c */
void print_usage(FILE *f);
void print_help(FILE *f);

#endif

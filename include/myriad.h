/* myriad.h: the public C API: compile a script once, run N interpreters of it, collect each one's results. */
#ifndef MYRIAD_H
#define MYRIAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How an interpreter ended. */
typedef enum MyriadStatus {
    MYRIAD_OK = 0,        /* the script ran to its end */
    MYRIAD_ERROR = 1,     /* an uncaught exception; error holds the traceback */
    MYRIAD_EXIT = 2,      /* sys.exit(code) or SystemExit; exit_code holds the code */
    MYRIAD_STEPS = 3,     /* stopped by the step limit (--max-steps) */
    MYRIAD_MEMORY = 4,    /* the heap was exhausted beyond recovery (MemoryError left uncaught is MYRIAD_ERROR) */
} MyriadStatus;

/* Name of a status as the JSON records spell it: "ok", "error", "exit", "steps", "memory". */
const char *myriad_status_name(MyriadStatus s);

/* A compiled program: the shared read-only image (builtins plus the script's code). */
typedef struct MyriadProgram MyriadProgram;

/* Compiles source once for all interpreters. On a syntax error returns NULL and sets *error to the
   text CPython would print (File "...", line N / the line / caret / SyntaxError: msg), malloc'd. */
MyriadProgram *myriad_compile(const char *source, size_t len, const char *filename, char **error);
/* The same, with sys.argv (argc C strings, copied): sys.argv is part of the shared image, so it is
   fixed at compile time. myriad_compile is this with argc = 0, argv = NULL. */
MyriadProgram *myriad_compile_argv(const char *source, size_t len, const char *filename,
                                   int argc, char **argv, char **error);
void myriad_program_free(MyriadProgram *p);

/* Where interpreters run. AUTO: the GPU when this build has the GPU backend and a CUDA device is
   present, else the CPU. */
typedef enum MyriadBackend { MYRIAD_BACKEND_AUTO = 0, MYRIAD_BACKEND_CPU, MYRIAD_BACKEND_GPU } MyriadBackend;

typedef struct MyriadOptions {
    uint64_t n;              /* number of interpreters (tid = 0..n-1) */
    MyriadBackend backend;
    int compile_each;        /* every interpreter compiles the source itself instead of running the shared code */
    size_t heap_bytes;       /* heap per interpreter; 0 = default (MYRIAD_DEFAULT_HEAP) */
    uint64_t max_steps;      /* bytecodes per interpreter before it stops with MYRIAD_STEPS; 0 = no limit */
    int threads;             /* CPU worker threads; 0 = one per core */
    int argc;                /* unused: sys.argv is fixed at compile time (myriad_compile_argv) */
    char **argv;
    const char *stdin_data;  /* what input() reads, the same for every interpreter; NULL = empty */
    size_t stdin_len;
    struct MyriadFs *fs;     /* the file system the interpreters share (myriad_fs_new); NULL = none */
    int group_results;       /* without streaming (on_output NULL), the backend may report consecutive
                                interpreters that ended with identical results in one on_done call
                                (MyriadResult.count > 1): the GPU finds such runs on the card */
} MyriadOptions;

#define MYRIAD_DEFAULT_HEAP ((size_t)64 << 20)
#define MYRIAD_MIN_HEAP ((size_t)4 << 10)    /* smallest heap the CLI accepts */
#define MYRIAD_VERSION "0.1.0"

/* Everything one interpreter produced. Pointers are valid only during the callback. */
typedef struct MyriadResult {
    uint64_t id;
    MyriadStatus status;
    int exit_code;           /* the process exit status python3 would give: 0, 1 for an error, or sys.exit's code */
    const char *out;         /* its whole stdout */
    size_t out_len;
    const char *err;         /* its whole stderr: traceback text for MYRIAD_ERROR, messages written to sys.stderr */
    size_t err_len;
    uint64_t steps;          /* bytecodes executed (by the first, when count > 1) */
    uint64_t count;          /* the interpreters id .. id+count-1 ended with this same result: status, exit
                                code, stdout and stderr (1 unless MyriadOptions.group_results) */
} MyriadResult;

/* Streaming output: called as an interpreter's output buffers are drained (stream 1 = stdout,
   2 = stderr), from worker threads (CPU) or the scheduling thread (GPU), with calls for one
   interpreter in order. May be NULL. */
typedef void (*MyriadOutputFn)(void *user, uint64_t id, int stream, const char *bytes, size_t len);
/* Called once per interpreter when it ends, from worker threads (serialize if needed). */
typedef void (*MyriadDoneFn)(void *user, const MyriadResult *result);

/* The backend AUTO resolves to on this machine. */
MyriadBackend myriad_auto_backend(void);

/* The GPU, and what one interpreter costs on it besides its heap (for `myriad info`). */
typedef struct MyriadGpuInfo {
    char name[256];
    int cc_major, cc_minor, sm_count;
    size_t total_bytes, free_bytes;
    size_t header_bytes;      /* the interpreter's header and its summary slot */
    size_t buffer_bytes;      /* its stdout and stderr buffers */
    size_t stack_bytes;       /* CUDA stack per thread */
    size_t stack_reserved;    /* what that stack takes on the card, for every thread it can hold */
    int heap_stride;          /* 32: heaps interleaved across a warp; 1: contiguous */
} MyriadGpuInfo;

/* 1 when this build has the GPU backend (it was built with nvcc). */
int myriad_gpu_built(void);
/* 1 and fills *info when the GPU backend can run here. */
int myriad_gpu_info(MyriadGpuInfo *info);
/* The heap each of n interpreters gets on that GPU without --heap (0: they do not fit). */
size_t myriad_gpu_default_heap(const MyriadGpuInfo *info, uint64_t n, size_t image_bytes);
#define MYRIAD_GPU_MAX_DEFAULT_HEAP ((size_t)8 << 20)

/* Runs opts->n interpreters of the program on the backend opts->backend chooses. When on_output is NULL the result's
   out/err hold the interpreter's whole output; otherwise output is streamed and out/err are empty.
   Returns 0, or -1 if the run could not start (message in *error, malloc'd). */
int myriad_run(const MyriadProgram *p, const MyriadOptions *opts, MyriadOutputFn on_output,
               MyriadDoneFn on_done, void *user, char **error);

/* Ctrl-C support. myriad_interrupt() is async-signal-safe (call it from a SIGINT handler): running
   myriad_run calls stop claiming new interpreters and end the running ones at their next slice
   boundary with MYRIAD_ERROR, exit_code 130 and err "KeyboardInterrupt\n"; interpreters never
   started get no on_done call. The request stays until myriad_clear_interrupt(). */
void myriad_interrupt(void);
void myriad_clear_interrupt(void);
int myriad_interrupted(void);

/* ---- Sessions: interpreters that keep their state between inputs (the REPL) ----------------------
   A session starts opts->n interpreters once (opts->compile_each is ignored: inputs are compiled on
   the host, once for all) and runs each input on every interpreter still in the session, in its
   own globals, which persist from input to input. */
typedef struct MyriadSession MyriadSession;

/* NULL on failure (*error, malloc'd). argc/argv become sys.argv. */
MyriadSession *myriad_session_new(const MyriadOptions *opts, int argc, char **argv, char **error);
void myriad_session_free(MyriadSession *s);

typedef enum MyriadInputMode {
    MYRIAD_INPUT_INTERACTIVE = 0,   /* as typed at Python's prompt: expression statements print their repr and set `_` */
    MYRIAD_INPUT_FILE = 1,          /* a whole file, run as a script in the session's globals */
} MyriadInputMode;

typedef enum MyriadCompileResult {
    MYRIAD_COMPILED = 0,            /* ready for myriad_session_exec */
    MYRIAD_INCOMPLETE = 1,          /* more lines could complete it (an open bracket, string or block) */
    MYRIAD_SYNTAX_ERROR = 2,        /* *error holds the text CPython prints */
    MYRIAD_COMPILE_FAILED = 3,      /* *error says why (e.g. the image is full) */
} MyriadCompileResult;

/* Compiles one input. INCOMPLETE for an input ending inside a block is only given while the input's
   last line is not blank: an empty line ends a block, as at Python's prompt. */
MyriadCompileResult myriad_session_compile(MyriadSession *s, const char *src, size_t len, const char *filename,
                                           MyriadInputMode mode, char **error);

/* Runs the last compiled input on every interpreter in the session, reporting like myriad_run
   (on_done once per interpreter that ran it). Ctrl-C (myriad_interrupt) raises KeyboardInterrupt
   in every interpreter still running the input. An interpreter that exits (SystemExit) or whose
   heap is exhausted leaves the session. Returns 0, or -1 (*error). */
int myriad_session_exec(MyriadSession *s, MyriadOutputFn on_output, MyriadDoneFn on_done, void *user,
                        char **error);

typedef struct MyriadSessionStats {
    uint64_t n;               /* interpreters started */
    uint64_t live;            /* still in the session */
    size_t heap_bytes;        /* heap of each */
    uint64_t used_bytes;      /* heap in use, all live interpreters together, after the last input */
    uint64_t max_used_bytes;  /* the most any one of them uses */
    size_t image_bytes;       /* the shared image, with every input compiled so far */
    MyriadBackend backend;    /* where it runs */
} MyriadSessionStats;
void myriad_session_stats(const MyriadSession *s, MyriadSessionStats *st);

/* ---- The shared file system -------------------------------------------------------------------
   One file system that every interpreter of a run (or session) opens, reads, writes and appends to
   at once, through open() and os; on the GPU it lives in device memory for the run. The host fills
   it before and reads it after (docs/USAGE.md states the consistency rules). */
typedef struct MyriadFs MyriadFs;
/* An empty file system with a pool of `bytes` (MYRIAD_DEFAULT_FS if 0); NULL (*error) on failure. */
MyriadFs *myriad_fs_new(size_t bytes, char **error);
#define MYRIAD_DEFAULT_FS ((size_t)512 << 20)
void myriad_fs_free(MyriadFs *fs);
/* Copies the host directory (or file) `host` to `path` (created with its parents); with
   read_only, interpreters cannot change anything below it. 0, or -1 (*error). */
int myriad_fs_mount(MyriadFs *fs, const char *host, const char *path, int read_only, char **error);
/* Copies the subtree (or file) at `path` out to the host directory `host` (created). 0 or -1. */
int myriad_fs_save(MyriadFs *fs, const char *path, const char *host, char **error);
/* The directory interpreters start in (os.getcwd()); "/" by default. */
void myriad_fs_set_home(MyriadFs *fs, const char *path);
/* Bytes of the pool handed out so far, and its size. */
void myriad_fs_usage(const MyriadFs *fs, uint64_t *used, uint64_t *capacity);

/* Bytes of its own heap a fresh interpreter uses after start-up, before the script runs. */
size_t myriad_fresh_heap_bytes(const MyriadProgram *p);
/* Size of the shared image in bytes. */
size_t myriad_image_bytes(const MyriadProgram *p);

#ifdef __cplusplus
}
#endif
#endif

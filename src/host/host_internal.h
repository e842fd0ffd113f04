/* host_internal.h: helpers shared by the host-side files (program.c, cpu_backend.c); not public. */
#ifndef MY_HOST_INTERNAL_H
#define MY_HOST_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "myriad.h"

/* Anonymous, lazily backed (MAP_NORESERVE) zeroed memory: untouched pages cost nothing. */
uint64_t *host_map_words(size_t words);
void host_unmap_words(uint64_t *p, size_t words);

/* malloc'd printf-formatted text (NULL if out of memory). */
char *host_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The CPU backend (cpu_backend.c); myriad_run has checked the arguments. */
int cpu_backend_run(const MyriadProgram *p, const MyriadOptions *opts, MyriadOutputFn on_output,
                    MyriadDoneFn on_done, void *user, char **error);

/* The shared file system (fs_host.c): its core object, and its pool (for the GPU's copy). */
struct MyFs;
struct MyFs *host_fs_core(MyriadFs *f);
void *host_fs_pool(MyriadFs *f, size_t *bytes);

/* How an interpreter that stopped with core status `run_status` (a RunStatus) ends for the caller:
   returns its public status, sets *exit_code, and writes into `note` (cap bytes) any stderr text
   the host adds (the step-limit message, "MemoryError" when even the error did not fit). */
MyriadStatus host_outcome(int run_status, int core_exit_code, uint64_t max_steps, int *exit_code,
                          char *note, size_t cap);

/* How many times myriad_interrupt() was called since the last myriad_clear_interrupt(): a REPL
   session raises KeyboardInterrupt again for each new Ctrl-C. */
unsigned host_interrupt_count(void);

/* A session's interpreters on one backend (session.c builds the image and drives them). */
typedef struct BackendSession BackendSession;
/* The CPU backend (cpu_backend.c). heap_bytes 0: the session default for n interpreters. */
BackendSession *cpu_session_new(const uint64_t *image, uint32_t image_words, const MyriadOptions *opts,
                                char **error);
/* Runs the code object `code` (a Value of the image) on every live interpreter; image_words is the
   image's size now (it grows as inputs are compiled). */
int cpu_session_exec(BackendSession *s, uint64_t code, uint32_t image_words, MyriadOutputFn on_output,
                     MyriadDoneFn on_done, void *user, char **error);
void cpu_session_stats(const BackendSession *s, MyriadSessionStats *st);
void cpu_session_free(BackendSession *s);
#define SESSION_CPU_ADDRESS_BUDGET ((size_t)16 << 30)   /* default heaps share this much address space */
#define SESSION_CPU_MAX_HEAP ((size_t)8 << 20)

/* The program's image words. */
const uint64_t *host_program_image(const MyriadProgram *p, uint32_t *words);

#endif

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

/* How an interpreter that stopped with core status `run_status` (a RunStatus) ends for the caller:
   returns its public status, sets *exit_code, and writes into `note` (cap bytes) any stderr text
   the host adds (the step-limit message, "MemoryError" when even the error did not fit). */
MyriadStatus host_outcome(int run_status, int core_exit_code, uint64_t max_steps, int *exit_code,
                          char *note, size_t cap);

/* The program's image words. */
const uint64_t *host_program_image(const MyriadProgram *p, uint32_t *words);

#endif

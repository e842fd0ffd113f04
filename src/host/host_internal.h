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

/* The program's image words. */
const uint64_t *host_program_image(const MyriadProgram *p, uint32_t *words);

#endif

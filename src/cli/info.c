/* info.c: `myriad info`: the build, its backends, and what one interpreter costs in memory. */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <stdlib.h>
#include <unistd.h>

int cli_info(void) {
    char *err = NULL;
    MyriadProgram *prog = myriad_compile("", 0, "<info>", &err);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    printf("myriad %s\n", MYRIAD_VERSION);
    printf("backends: cpu\n");
    printf("cpu threads: %ld (one per online core)\n", cores > 0 ? cores : 1);
    printf("default heap per interpreter: %zu bytes (%zu MiB)\n", (size_t)MYRIAD_DEFAULT_HEAP,
           (size_t)MYRIAD_DEFAULT_HEAP >> 20);
    if (!prog) {
        fputs(err ? err : "myriad: building the image failed\n", stderr);
        free(err);
        return 1;
    }
    printf("image: %zu bytes (shared by all interpreters)\n", myriad_image_bytes(prog));
    printf("fresh interpreter heap use: %zu bytes\n", myriad_fresh_heap_bytes(prog));
    myriad_program_free(prog);
    return 0;
}

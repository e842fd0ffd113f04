/* main.c: the `myriad` command: dispatches to run, repl, info, help and version. */
#include "cli.h"

#include <string.h>

static bool is_help(const char *a) { return !strcmp(a, "help") || !strcmp(a, "-h") || !strcmp(a, "--help"); }
static bool is_version(const char *a) { return !strcmp(a, "--version") || !strcmp(a, "-V"); }

int main(int argc, char **argv) {
    if (argc < 2) return cli_repl(0, NULL);
    const char *cmd = argv[1];
    if (!strcmp(cmd, "run")) return cli_run(argc - 2, argv + 2);
    if (!strcmp(cmd, "repl")) return cli_repl(argc - 2, argv + 2);
    if (!strcmp(cmd, "info")) return cli_info();
    if (is_help(cmd)) { print_help(stdout); return 0; }
    if (is_version(cmd)) { printf("myriad %s\n", MYRIAD_VERSION); return 0; }
    /* `myriad SCRIPT ...` and `myriad -n 4 SCRIPT ...` mean `myriad run ...` */
    return cli_run(argc - 1, argv + 1);
}

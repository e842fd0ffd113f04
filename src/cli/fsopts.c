/* fsopts.c: the file-system options that `run` and `repl` share: --fs-size, --mount, --save. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* Takes argv[i] if it is one of these options (its value is argv[i + 1]): 1 taken, 0 not ours,
   -1 bad. */
int fs_option(FsConfig *c, const char *opt, const char *value) {
    bool ours = !strcmp(opt, "--fs-size") || !strcmp(opt, "--mount") || !strcmp(opt, "--save");
    if (!ours) return 0;
    if (!value) { fprintf(stderr, "myriad: option %s needs a value\n", opt); return -1; }
    if (!strcmp(opt, "--fs-size")) return parse_size(value, "--fs-size", &c->bytes) < 0 ? -1 : 1;
    bool mount = !strcmp(opt, "--mount");
    size_t *count = mount ? &c->nmounts : &c->nsaves;
    if (*count == FS_MAX_SPECS) { fprintf(stderr, "myriad: at most %d %s options\n", FS_MAX_SPECS, opt); return -1; }
    /* --save /path:HOSTDIR splits at the first colon; --mount HOSTDIR:/path[:ro] at the last ":/"
       (a host path may itself hold colons) */
    const char *colon = strchr(value, ':');
    if (mount) {
        colon = NULL;
        for (const char *p = value; (p = strstr(p, ":/")) != NULL; p++) colon = p;
    }
    if (!colon || colon == value || !colon[1]) {
        fprintf(stderr, mount ? "myriad: --mount: expected HOSTDIR:/path or HOSTDIR:/path:ro, got '%s'\n"
                              : "myriad: --save: expected /path:HOSTDIR, got '%s'\n", value);
        return -1;
    }
    FsSpec *s = mount ? &c->mounts[c->nmounts++] : &c->saves[c->nsaves++];
    memset(s, 0, sizeof *s);
    size_t first = (size_t)(colon - value);
    if (first >= sizeof s->a || strlen(colon + 1) >= sizeof s->b) { fprintf(stderr, "myriad: %s: path too long\n", opt); return -1; }
    memcpy(s->a, value, first);
    strcpy(s->b, colon + 1);
    size_t bl = strlen(s->b);
    if (mount && bl > 3 && !strcmp(s->b + bl - 3, ":ro")) { s->b[bl - 3] = 0; s->read_only = true; }
    /* a trailing slash names the same directory */
    for (char *p = mount ? s->b : s->a; strlen(p) > 1 && p[strlen(p) - 1] == '/';) p[strlen(p) - 1] = 0;
    return 1;
}

/* The file system with every mount copied in; NULL after a message. */
MyriadFs *fs_config_build(const FsConfig *c) {
    char *err = NULL;
    MyriadFs *fs = myriad_fs_new(c->bytes, &err);
    for (size_t i = 0; fs && i < c->nmounts; i++) {
        const FsSpec *m = &c->mounts[i];
        if (myriad_fs_mount(fs, m->a, m->b, m->read_only, &err) < 0) { myriad_fs_free(fs); fs = NULL; }
    }
    if (!fs) fputs(err ? err : "myriad: cannot make the file system\n", stderr);
    free(err);
    return fs;
}

/* Copies every --save subtree out; -1 if one failed (after a message). */
int fs_config_save(const FsConfig *c, MyriadFs *fs) {
    int rc = 0;
    for (size_t i = 0; i < c->nsaves; i++) {
        char *err = NULL;
        if (myriad_fs_save(fs, c->saves[i].a, c->saves[i].b, &err) < 0) {
            fputs(err ? err : "myriad: --save failed\n", stderr);
            rc = -1;
        }
        free(err);
    }
    return rc;
}

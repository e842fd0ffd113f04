/* fs_host.c: the host's side of the shared file system: making the pool, copying host directories
   in before a run (--mount) and subtrees out after it (--save). */
#define _DEFAULT_SOURCE
#include "myriad.h"
#include "host_internal.h"
#include "fs.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct MyriadFs {
    uint64_t *pool;
    size_t bytes;
    MyFs *fs;
};

MyriadFs *myriad_fs_new(size_t bytes, char **error) {
    if (bytes == 0) bytes = MYRIAD_DEFAULT_FS;
    bytes = (bytes + 4095) / 4096 * 4096;
    MyriadFs *f = calloc(1, sizeof *f);
    if (f) f->pool = host_map_words(bytes / 8);
    if (f && f->pool) f->fs = fs_format(f->pool, bytes);
    if (!f || !f->fs) {
        if (error) *error = host_format("myriad: cannot make a file system of %zu bytes (at least 64K)\n", bytes);
        myriad_fs_free(f);
        return NULL;
    }
    f->bytes = bytes;
    return f;
}

void myriad_fs_free(MyriadFs *f) {
    if (!f) return;
    if (f->pool) host_unmap_words(f->pool, f->bytes / 8);
    free(f);
}

void myriad_fs_set_home(MyriadFs *f, const char *path) { fs_set_home(f->fs, path, (uint32_t)strlen(path)); }

void myriad_fs_usage(const MyriadFs *f, uint64_t *used, uint64_t *capacity) {
    *used = fs_used(f->fs);
    *capacity = fs_capacity(f->fs);
}

MyFs *host_fs_core(MyriadFs *f) { return f ? f->fs : NULL; }
void *host_fs_pool(MyriadFs *f, size_t *bytes) { *bytes = f->bytes; return f->pool; }

static const char *fs_strerror(int64_t e) {
    switch (-e) {
    case FS_ENOENT: return "no such file or directory";
    case FS_EEXIST: return "exists";
    case FS_ENOTDIR: return "not a directory";
    case FS_EISDIR: return "is a directory";
    case FS_ENOSPC: return "the file system is full (see --fs-size)";
    case FS_ENAMETOOLONG: return "name too long";
    default: return "failed";
    }
}

/* mkdir -p inside the file system. */
static int64_t make_dirs(MyFs *fs, const char *path) {
    size_t len = strlen(path);
    for (size_t i = 1; i <= len; i++) {
        if (i < len && path[i] != '/') continue;
        int64_t r = fs_mkdir(fs, path, (uint32_t)i);
        if (r < 0 && r != -FS_EEXIST) return r;
        if (r == -FS_EEXIST) {
            int64_t ino = fs_lookup(fs, path, (uint32_t)i);
            if (ino < 0) return ino;
            if (!fs_is_dir(fs, (uint32_t)ino)) return -FS_ENOTDIR;
        }
    }
    return 0;
}

static int copy_file_in(MyFs *fs, const char *host, const char *path, char **error) {
    FILE *in = fopen(host, "rb");
    if (!in) { *error = host_format("myriad: --mount: cannot read %s: %s\n", host, strerror(errno)); return -1; }
    int64_t ino = fs_open(fs, path, (uint32_t)strlen(path), FS_WRITE | FS_CREATE | FS_TRUNC);
    if (ino < 0) {
        fclose(in);
        *error = host_format("myriad: --mount: %s: %s\n", path, fs_strerror(ino));
        return -1;
    }
    static uint8_t buf[1 << 16];
    size_t n;
    int rc = 0;
    while (rc == 0 && (n = fread(buf, 1, sizeof buf, in)) > 0) {
        FsSpan s = { buf, 0, 0, 0 };
        int64_t r = fs_append(fs, (uint32_t)ino, n, s);
        if (r < 0) { *error = host_format("myriad: --mount: %s: %s\n", path, fs_strerror(r)); rc = -1; }
    }
    fs_close(fs, (uint32_t)ino);
    fclose(in);
    return rc;
}

static int copy_in(MyFs *fs, const char *host, const char *path, int depth, char **error) {
    struct stat st;
    if (stat(host, &st) != 0) { *error = host_format("myriad: --mount: %s: %s\n", host, strerror(errno)); return -1; }
    if (!S_ISDIR(st.st_mode)) return S_ISREG(st.st_mode) ? copy_file_in(fs, host, path, error) : 0;
    int64_t r = make_dirs(fs, path);
    if (r < 0) { *error = host_format("myriad: --mount: %s: %s\n", path, fs_strerror(r)); return -1; }
    if (depth > 64) return 0;
    DIR *d = opendir(host);
    if (!d) { *error = host_format("myriad: --mount: cannot list %s: %s\n", host, strerror(errno)); return -1; }
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char *h = host_format("%s/%s", host, e->d_name);
        char *p = host_format("%s%s%s", path, strcmp(path, "/") ? "/" : "", e->d_name);
        rc = h && p ? copy_in(fs, h, p, depth + 1, error) : -1;
        free(h);
        free(p);
    }
    closedir(d);
    return rc;
}

/* A path inside the file system as the user gave it: absolute, no trailing slash. */
static int check_fs_path(const char *path, const char *opt, char **error) {
    if (path[0] != '/' || strlen(path) > FS_PATH_MAX) {
        *error = host_format("myriad: %s: the file system path must be absolute: %s\n", opt, path);
        return -1;
    }
    return 0;
}

int myriad_fs_mount(MyriadFs *f, const char *host, const char *path, int read_only, char **error) {
    char *err = NULL;
    int rc = check_fs_path(path, "--mount", &err);
    if (rc == 0) {
        /* the parents of a mounted file */
        char *parent = host_format("%s", path);
        char *slash = parent ? strrchr(parent, '/') : NULL;
        if (slash && slash != parent) { *slash = 0; make_dirs(f->fs, parent); }
        free(parent);
        rc = copy_in(f->fs, host, path, 0, &err);
    }
    if (rc == 0 && read_only) {
        int64_t ino = fs_lookup(f->fs, path, (uint32_t)strlen(path));
        if (ino > 0) fs_set_readonly(f->fs, (uint32_t)ino);
    }
    if (rc < 0) { if (error) *error = err; else free(err); }
    return rc;
}

static int copy_file_out(MyFs *fs, uint32_t ino, const char *host, char **error) {
    FILE *out = fopen(host, "wb");
    if (!out) { *error = host_format("myriad: --save: cannot write %s: %s\n", host, strerror(errno)); return -1; }
    static uint8_t buf[1 << 16];
    uint64_t pos = 0;
    int64_t n;
    while ((n = fs_read(fs, ino, pos, sizeof buf, (FsSpan){ buf, 0, 0, 0 })) > 0) {
        if (fwrite(buf, 1, (size_t)n, out) != (size_t)n) break;
        pos += (uint64_t)n;
    }
    int bad = ferror(out);
    if (fclose(out) != 0 || bad) { *error = host_format("myriad: --save: writing %s failed\n", host); return -1; }
    return 0;
}

static int copy_out(MyFs *fs, uint32_t ino, const char *host, int depth, char **error) {
    if (!fs_is_dir(fs, ino)) return copy_file_out(fs, ino, host, error);
    if (mkdir(host, 0777) != 0 && errno != EEXIST) {
        *error = host_format("myriad: --save: cannot make %s: %s\n", host, strerror(errno));
        return -1;
    }
    if (depth > 64) return 0;
    int rc = 0;
    for (uint32_t e = fs_dir_first(fs, ino); e && rc == 0; e = fs_dir_next(fs, e)) {
        uint32_t child = fs_entry_inode(fs, e), len;
        if (!child) continue;
        const char *name = fs_entry_name(fs, e, &len);
        char *h = host_format("%s/%.*s", host, (int)len, name);
        rc = h ? copy_out(fs, child, h, depth + 1, error) : -1;
        free(h);
    }
    return rc;
}

int myriad_fs_save(MyriadFs *f, const char *path, const char *host, char **error) {
    char *err = NULL;
    int rc = check_fs_path(path, "--save", &err);
    if (rc == 0) {
        int64_t ino = fs_lookup(f->fs, path, (uint32_t)strlen(path));
        if (ino < 0) {
            err = host_format("myriad: --save: %s: %s\n", path, fs_strerror(ino));
            rc = -1;
        } else if (fs_is_dir(f->fs, (uint32_t)ino)) {
            rc = copy_out(f->fs, (uint32_t)ino, host, 0, &err);
        } else {
            /* a file goes into the host directory under its own name */
            const char *base = strrchr(path, '/') + 1;
            char *h = host_format("%s/%s", host, base);
            if (mkdir(host, 0777) != 0 && errno != EEXIST) {
                err = host_format("myriad: --save: cannot make %s: %s\n", host, strerror(errno));
                rc = -1;
            } else {
                rc = h ? copy_file_out(f->fs, (uint32_t)ino, h, &err) : -1;
            }
            free(h);
        }
    }
    if (rc < 0) { if (error) *error = err; else free(err); }
    return rc;
}

/* mod_fs.c: the _fs natives (the shared file system of fs.c, for src/lib/io.py and os.py) and
   myriad.barrier(). */
#include "vm.h"
#include "natives.h"
#include "fs.h"

/* An open file is a raw object of the internal type _fs_handle: word 1 holds the inode (0 once
   closed). Python code cannot make one, so it cannot name an inode it was not given. */
#define HANDLE_INODE 1

static MY_FN Value fs_err(int64_t e) { return v_int(e); }

/* The path argument, copied out of the heap; -errno on a bad one. */
static MY_FN int64_t path_arg(Interp *I, Value v, char *buf) {
    if (!is_str(I, v)) return -FS_EINVAL;
    uint32_t n = str_nbytes(I, v);
    if (n > FS_PATH_MAX) return -FS_ENAMETOOLONG;
    str_copy_out(I, v, buf, FS_PATH_MAX + 1);
    for (uint32_t i = 0; i < n; i++) if (!buf[i]) return -FS_EINVAL;
    return n;
}

/* The inode of a handle argument: 0 when it is not an open handle. */
static MY_FN uint32_t handle_arg(Interp *I, Value v) {
    if (!I->fs || !is_type(I, v, T_FS_HANDLE)) return 0;
    return (uint32_t)ld(I, v_as_ref(v) + HANDLE_INODE);
}

static MY_FN bool int_arg(Interp *I, Value v, int64_t *out) { return is_int_value(I, v) && int_to_i64(I, v, out); }

NATIVE(fsn_open) {
    if (!args_check(I, nargs, kwnames, "open", 2, 2)) return V_ERR;
    int64_t flags;
    if (!int_arg(I, ARG(1), &flags)) return raise_msg(I, T_TYPE_ERROR, "flags must be an int");
    /* the handle first: when the heap is full the instruction runs again, and opening must not
       have happened twice */
    Ref h = obj_alloc(I, T_FS_HANDLE, 1 + HANDLE_INODE, true);
    if (!h) return V_ERR;
    st(I, h + HANDLE_INODE, 0);
    if (!I->fs) return fs_err(-FS_EROFS);
    char path[FS_PATH_MAX + 1];
    int64_t n = path_arg(I, ARG(0), path);
    if (n < 0) return fs_err(n);
    int64_t ino = fs_open(I->fs, path, (uint32_t)n, (uint32_t)flags);
    if (ino < 0) return fs_err(ino);
    st(I, h + HANDLE_INODE, (uint64_t)ino);
    return v_obj(h);
}

NATIVE(fsn_close) {
    if (!args_check(I, nargs, kwnames, "close", 1, 1)) return V_ERR;
    uint32_t ino = handle_arg(I, ARG(0));
    if (!ino) return fs_err(-FS_EBADF);
    st(I, v_as_ref(ARG(0)) + HANDLE_INODE, 0);
    fs_close(I->fs, ino);
    return v_int(0);
}

NATIVE(fsn_read) {
    if (!args_check(I, nargs, kwnames, "read", 3, 3)) return V_ERR;
    uint32_t ino = handle_arg(I, ARG(0));
    int64_t pos, n;
    if (!int_arg(I, ARG(1), &pos) || !int_arg(I, ARG(2), &n) || pos < 0) return raise_msg(I, T_VALUE_ERROR, "bad position or count");
    if (!ino) return fs_err(-FS_EBADF);
    uint64_t size = fs_size(I->fs, ino);
    uint64_t avail = (uint64_t)pos >= size ? 0 : size - (uint64_t)pos;
    if (n < 0 || (uint64_t)n > avail) n = (int64_t)avail;
    if (n > 0x7FFFFFF0) n = 0x7FFFFFF0;
    Value b = bytes_alloc(I, (uint32_t)n);
    if (b == V_ERR) return b;
    FsSpan to = { 0, &I->H, v_as_ref(b) + STR_DATA, 0 };
    int64_t got = fs_read(I->fs, ino, (uint64_t)pos, (uint64_t)n, to);
    if (got < n) st(I, v_as_ref(b) + STR_INFO, (uint64_t)got | ((uint64_t)got << 32));   /* it shrank meanwhile */
    return b;
}

/* The data argument of write/append: a bytes object as a span. */
static MY_FN bool data_arg(Interp *I, Value v, FsSpan *s, uint32_t *n) {
    if (!is_type(I, v, T_BYTES)) return false;
    s->buf = 0; s->H = &I->H; s->ref = v_as_ref(v) + STR_DATA; s->start = 0;
    *n = str_nbytes(I, v);
    return true;
}

NATIVE(fsn_write) {
    if (!args_check(I, nargs, kwnames, "write", 3, 3)) return V_ERR;
    uint32_t ino = handle_arg(I, ARG(0));
    int64_t pos;
    FsSpan s;
    uint32_t n;
    if (!int_arg(I, ARG(1), &pos) || pos < 0) return raise_msg(I, T_VALUE_ERROR, "bad position");
    if (!data_arg(I, ARG(2), &s, &n)) return raise_fmt(I, T_TYPE_ERROR, "a bytes-like object is required, not '%T'", ARG(2), 0, 0);
    if (!ino) return fs_err(-FS_EBADF);
    int64_t r = fs_write(I->fs, ino, (uint64_t)pos, n, s);
    return r < 0 ? fs_err(r) : int_from_i64(I, pos + n);
}

NATIVE(fsn_append) {
    if (!args_check(I, nargs, kwnames, "append", 2, 2)) return V_ERR;
    uint32_t ino = handle_arg(I, ARG(0));
    FsSpan s;
    uint32_t n;
    if (!data_arg(I, ARG(1), &s, &n)) return raise_fmt(I, T_TYPE_ERROR, "a bytes-like object is required, not '%T'", ARG(1), 0, 0);
    if (!ino) return fs_err(-FS_EBADF);
    return int_from_i64(I, fs_append(I->fs, ino, n, s));
}

NATIVE(fsn_size) {
    if (!args_check(I, nargs, kwnames, "size", 1, 1)) return V_ERR;
    uint32_t ino = handle_arg(I, ARG(0));
    return ino ? int_from_i64(I, (int64_t)fs_size(I->fs, ino)) : fs_err(-FS_EBADF);
}

NATIVE(fsn_truncate) {
    if (!args_check(I, nargs, kwnames, "truncate", 2, 2)) return V_ERR;
    uint32_t ino = handle_arg(I, ARG(0));
    int64_t n;
    if (!int_arg(I, ARG(1), &n) || n < 0) return fs_err(-FS_EINVAL);
    return ino ? v_int(fs_truncate(I->fs, ino, (uint64_t)n)) : fs_err(-FS_EBADF);
}

/* (is_dir, size, mtime_ns) of an inode */
static MY_FN Value stat_tuple(Interp *I, uint32_t ino) {
    Value t = tuple_new(I, 3);
    if (t == V_ERR) return t;
    Value size = int_from_i64(I, (int64_t)fs_size(I->fs, ino));
    if (size == V_ERR) return size;
    set_fld(I, t, 2, size);
    Value mt = int_from_i64(I, fs_mtime(I->fs, ino));
    if (mt == V_ERR) return mt;
    set_fld(I, t, 1, v_bool(fs_is_dir(I->fs, ino)));
    set_fld(I, t, 3, mt);
    return t;
}

NATIVE(fsn_fstat) {
    if (!args_check(I, nargs, kwnames, "fstat", 1, 1)) return V_ERR;
    uint32_t ino = handle_arg(I, ARG(0));
    return ino ? stat_tuple(I, ino) : fs_err(-FS_EBADF);
}

NATIVE(fsn_stat) {
    if (!args_check(I, nargs, kwnames, "stat", 1, 1)) return V_ERR;
    if (!I->fs) return fs_err(-FS_ENOENT);
    char path[FS_PATH_MAX + 1];
    int64_t n = path_arg(I, ARG(0), path);
    if (n < 0) return fs_err(n);
    int64_t ino = fs_lookup(I->fs, path, (uint32_t)n);
    if (ino < 0) return fs_err(ino);
    return stat_tuple(I, (uint32_t)ino);
}

NATIVE(fsn_listdir) {
    if (!args_check(I, nargs, kwnames, "listdir", 1, 1)) return V_ERR;
    if (!I->fs) return fs_err(-FS_ENOENT);
    char path[FS_PATH_MAX + 1];
    int64_t n = path_arg(I, ARG(0), path);
    if (n < 0) return fs_err(n);
    int64_t dir = fs_lookup(I->fs, path, (uint32_t)n);
    if (dir < 0) return fs_err(dir);
    if (!fs_is_dir(I->fs, (uint32_t)dir)) return fs_err(-FS_ENOTDIR);
    Value l = list_new(I, 0);
    if (l == V_ERR) return l;
    for (uint32_t e = fs_dir_first(I->fs, (uint32_t)dir); e; e = fs_dir_next(I->fs, e)) {
        if (!fs_entry_inode(I->fs, e)) continue;
        uint32_t len;
        const char *name = fs_entry_name(I->fs, e, &len);
        Value s = str_new(I, name, len);
        if (s == V_ERR || !list_append(I, l, s)) return V_ERR;
    }
    return l;
}

/* mkdir, rmdir, remove: one path in, 0 or -errno out */
static MY_FN Value path_op(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *name,
                           int64_t (*op)(MyFs *, const char *, uint32_t)) {
    if (!args_check(I, nargs, kwnames, name, 1, 1)) return V_ERR;
    if (!I->fs) return fs_err(-FS_EROFS);
    char path[FS_PATH_MAX + 1];
    int64_t n = path_arg(I, ARG(0), path);
    if (n < 0) return fs_err(n);
    return v_int(op(I->fs, path, (uint32_t)n));
}
NATIVE(fsn_mkdir) { return path_op(I, args, nargs, kwnames, "mkdir", fs_mkdir); }
NATIVE(fsn_rmdir) { return path_op(I, args, nargs, kwnames, "rmdir", fs_rmdir); }
NATIVE(fsn_remove) { return path_op(I, args, nargs, kwnames, "remove", fs_remove); }

NATIVE(fsn_rename) {
    if (!args_check(I, nargs, kwnames, "rename", 2, 2)) return V_ERR;
    if (!I->fs) return fs_err(-FS_EROFS);
    char src[FS_PATH_MAX + 1], dst[FS_PATH_MAX + 1];
    int64_t sn = path_arg(I, ARG(0), src);
    if (sn < 0) return fs_err(sn);
    int64_t dn = path_arg(I, ARG(1), dst);
    if (dn < 0) return fs_err(dn);
    return v_int(fs_rename(I->fs, src, (uint32_t)sn, dst, (uint32_t)dn));
}

NATIVE(fsn_home) {
    if (!args_check(I, nargs, kwnames, "home", 0, 0)) return V_ERR;
    if (!I->fs) return str_from_cstr(I, "/");
    uint32_t len;
    const char *h = fs_home(I->fs, &len);
    return str_new(I, h, len);
}

/* myriad.barrier(): the slice ends after this call (the VM sees at_barrier) and the scheduler
   resumes the interpreter once every interpreter still running has reached a barrier. */
NATIVE(fsn_barrier) {
    if (!args_check(I, nargs, kwnames, "barrier", 0, 0)) return V_ERR;
    I->at_barrier = true;
    return V_NONE;
}

/* (tid, nthreads) of this interpreter, for the myriad module. */
NATIVE(fsn_ids) {
    if (!args_check(I, nargs, kwnames, "ids", 0, 0)) return V_ERR;
    Value t = tuple_new(I, 2);
    if (t == V_ERR) return t;
    Value a = int_from_i64(I, I->tid);
    if (a == V_ERR) return a;
    set_fld(I, t, 1, a);
    Value b = int_from_i64(I, I->nthreads);
    if (b == V_ERR) return b;
    set_fld(I, t, 2, b);
    return t;
}

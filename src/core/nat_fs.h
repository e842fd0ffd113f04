/* nat_fs.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_FS_H
#define MY_NAT_FS_H
/* _fs: the shared file system (fs.c) as src/lib/io.py and os.py use it. Paths are absolute and
   normalized; failures come back as negative errno ints, which the Python layer raises. */
#define FS_NATIVES(X) \
    X(MOD_FS, NK_FUNCTION, "open", fsn_open) \
    X(MOD_FS, NK_FUNCTION, "close", fsn_close) \
    X(MOD_FS, NK_FUNCTION, "read", fsn_read) \
    X(MOD_FS, NK_FUNCTION, "write", fsn_write) \
    X(MOD_FS, NK_FUNCTION, "append", fsn_append) \
    X(MOD_FS, NK_FUNCTION, "size", fsn_size) \
    X(MOD_FS, NK_FUNCTION, "truncate", fsn_truncate) \
    X(MOD_FS, NK_FUNCTION, "fstat", fsn_fstat) \
    X(MOD_FS, NK_FUNCTION, "stat", fsn_stat) \
    X(MOD_FS, NK_FUNCTION, "listdir", fsn_listdir) \
    X(MOD_FS, NK_FUNCTION, "mkdir", fsn_mkdir) \
    X(MOD_FS, NK_FUNCTION, "rmdir", fsn_rmdir) \
    X(MOD_FS, NK_FUNCTION, "remove", fsn_remove) \
    X(MOD_FS, NK_FUNCTION, "rename", fsn_rename) \
    X(MOD_FS, NK_FUNCTION, "home", fsn_home) \
    X(MOD_FS, NK_FUNCTION, "barrier", fsn_barrier) \
    X(MOD_FS, NK_FUNCTION, "ids", fsn_ids)
#endif

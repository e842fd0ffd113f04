/* fs.h: the shared file system: one pool of memory (device memory on the GPU) that every
   interpreter of a run reads and writes at once. Names are found lock-free; a file's data is
   guarded by a reader-writer spin lock held only while bytes are copied. */
#ifndef MY_FS_H
#define MY_FS_H

#include "heap.h"

/* Failures are negative errno values, with Linux's numbers (what CPython would report). */
enum { FS_ENOENT = 2, FS_EBADF = 9, FS_EBUSY = 16, FS_EEXIST = 17, FS_ENOTDIR = 20, FS_EISDIR = 21,
       FS_EINVAL = 22, FS_ENOSPC = 28, FS_EROFS = 30, FS_ENAMETOOLONG = 36, FS_ENOTEMPTY = 39 };
/* open() flags */
enum { FS_READ = 1, FS_WRITE = 2, FS_APPEND = 4, FS_CREATE = 8, FS_TRUNC = 16, FS_EXCL = 32 };
/* the longest path the file system takes (a component: 255 bytes, as Linux) */
#define FS_PATH_MAX 1024
#define FS_NAME_MAX 255

typedef struct MyFs MyFs;   /* lives at the start of its pool; everything inside is pool offsets */

/* Where bytes come from or go to: a plain buffer (the host), or a str/bytes object in an
   interpreter's heap (`ref`, from byte `start`), whose bytes may be interleaved with other heaps. */
typedef struct FsSpan { uint8_t *buf; HeapView *H; Ref ref; uint32_t start; } FsSpan;

MY_FN MyFs *fs_format(void *pool, uint64_t bytes);     /* an empty file system; NULL if too small */
MY_FN uint64_t fs_capacity(const MyFs *fs);            /* bytes of the pool */
MY_FN uint64_t fs_used(const MyFs *fs);                /* bytes handed out (fresh memory, not reused) */
/* The directory every interpreter starts in (os.getcwd()): "/" unless the host sets it. */
MY_FN void fs_set_home(MyFs *fs, const char *path, uint32_t len);
MY_FN const char *fs_home(const MyFs *fs, uint32_t *len);

/* Inodes are identified by their pool offset (> 0). Paths are absolute and normalized. */
MY_FN int64_t fs_open(MyFs *fs, const char *path, uint32_t len, uint32_t flags);
MY_FN void fs_close(MyFs *fs, uint32_t ino);
MY_FN int64_t fs_read(MyFs *fs, uint32_t ino, uint64_t pos, uint64_t n, FsSpan dst);  /* bytes read */
MY_FN int64_t fs_write(MyFs *fs, uint32_t ino, uint64_t pos, uint64_t n, FsSpan src); /* 0 or -errno */
MY_FN int64_t fs_append(MyFs *fs, uint32_t ino, uint64_t n, FsSpan src);  /* size after, or -errno */
MY_FN int64_t fs_truncate(MyFs *fs, uint32_t ino, uint64_t size);
MY_FN uint64_t fs_size(MyFs *fs, uint32_t ino);
MY_FN int64_t fs_mtime(MyFs *fs, uint32_t ino);
MY_FN bool fs_is_dir(MyFs *fs, uint32_t ino);

MY_FN int64_t fs_lookup(MyFs *fs, const char *path, uint32_t len);     /* inode or -errno */
MY_FN int64_t fs_mkdir(MyFs *fs, const char *path, uint32_t len);
MY_FN int64_t fs_rmdir(MyFs *fs, const char *path, uint32_t len);
MY_FN int64_t fs_remove(MyFs *fs, const char *path, uint32_t len);
MY_FN int64_t fs_rename(MyFs *fs, const char *src, uint32_t slen, const char *dst, uint32_t dlen);
/* Makes every file and directory below `ino` read-only to interpreters (a `:ro` mount). */
MY_FN void fs_set_readonly(MyFs *fs, uint32_t ino);

/* A directory's entries, in no particular order: start with fs_dir_first, go on with
   fs_dir_next; 0 ends. Only entries whose name is bound (fs_entry_inode > 0) exist. */
MY_FN uint32_t fs_dir_first(MyFs *fs, uint32_t dir_ino);
MY_FN uint32_t fs_dir_next(MyFs *fs, uint32_t entry);
MY_FN uint32_t fs_entry_inode(MyFs *fs, uint32_t entry);
MY_FN const char *fs_entry_name(MyFs *fs, uint32_t entry, uint32_t *len);

#endif

/* fs.c: the shared file system (see fs.h): a pool allocator with size classes, a lock-free table of
   names, and files as chains of chunks guarded by a reader-writer spin lock. */
#include "fs.h"

/* The pool is counted in 16-byte units; an offset of 0 means none. Blocks come in size classes of
   2^k units and return to a free list of their class (a lock-free stack, tagged against ABA). */
#define FS_UNIT 16u
#define FS_CLASSES 27          /* 16 bytes .. 1 GiB */
#define FS_MAGIC 0x4D594653u
#define FS_CHUNK_MAX (1u << 20)   /* bytes: a growing file's chunks double up to this size */

struct MyFs {
    uint32_t magic, units;
    uint32_t bump;             /* next fresh unit */
    uint32_t ht_mask;          /* the name table has ht_mask + 1 slots */
    uint32_t ht;               /* unit offset of the name table (uint32 dirent offsets) */
    uint32_t root;             /* the root directory's inode */
    uint32_t next_ino;         /* inode numbers: the key of a directory's entries */
    uint32_t home_len;
    uint64_t free_head[FS_CLASSES];
    char home[FS_PATH_MAX];    /* every interpreter's first working directory */
};
#define FS_HEADER_UNITS ((sizeof(MyFs) + FS_UNIT - 1) / FS_UNIT)

/* An inode: 64 bytes (class 2). Inodes are never reused, so a stale offset is always safe to lock
   and read; a removed inode is marked dead. */
enum { IN_KIND, IN_LOCK, IN_OPENS, IN_HEAD, IN_TAIL, IN_NUMBER, IN_CHILDREN, IN_NCHUNKS,
       IN_SIZE = 8 /* 64-bit */, IN_MTIME = 10 /* 64-bit */, IN_LINKS = 12 };
#define INODE_CLASS 2
enum { K_FILE = 1, K_DIR = 2, K_RO = 0x100, K_DEAD = 0x200, K_KIND_MASK = 0xFF };
/* A directory entry: a name in a directory, bound to an inode or (0) to nothing. Entries are
   never removed from the name table, so a name once used keeps its entry. */
enum { DE_SIBLING, DE_PARENT, DE_INODE, DE_HASH, DE_LEN };
#define DE_NAME_BYTE 20u
/* A chunk of a file's data: 16 bytes of header, then `cap` bytes of which `len` are used. */
enum { CH_NEXT, CH_LEN, CH_CAP, CH_CLASS };
#define CH_DATA_BYTE 16u
/* The lock word: the writer bit, or the number of readers. */
#define LOCK_WRITER 0x80000000u

static MY_FN uint32_t *w32(MyFs *fs, uint32_t off) { return (uint32_t *)((uint8_t *)fs + (uint64_t)off * FS_UNIT); }
static MY_FN uint8_t *bytes_at(MyFs *fs, uint32_t off, uint32_t byte) { return (uint8_t *)fs + (uint64_t)off * FS_UNIT + byte; }
static MY_FN uint64_t *w64(MyFs *fs, uint32_t off, uint32_t field) { return (uint64_t *)(w32(fs, off) + field); }

/* ---- allocation ---- */
static MY_FN uint32_t class_for(uint64_t bytes) {
    uint64_t units = (bytes + FS_UNIT - 1) / FS_UNIT;
    uint32_t k = 0;
    while (((uint64_t)1 << k) < units) k++;
    return k;
}

static MY_FN void fs_free(MyFs *fs, uint32_t off, uint32_t k);

static MY_FN uint32_t pop_free(MyFs *fs, uint32_t k) {
    uint64_t *head = &fs->free_head[k];
    for (;;) {
        uint64_t h = my_load64(head);
        uint32_t off = (uint32_t)h;
        if (!off) return 0;
        my_fence();
        uint32_t next = my_load32(w32(fs, off));
        uint64_t nh = (uint64_t)next | ((h >> 32) + 1) << 32;
        if (my_cas64(head, h, nh) == h) return off;
    }
}

/* A block of 2^k units: a freed one of that class, fresh memory, or (when the pool is used up) a
   larger freed block split in halves, the halves not needed going to their classes' lists. */
static MY_FN uint32_t fs_alloc(MyFs *fs, uint32_t k) {
    if (k >= FS_CLASSES) return 0;
    uint32_t off = pop_free(fs, k);
    if (off) return off;
    uint32_t n = 1u << k;
    for (;;) {
        uint32_t b = my_load32(&fs->bump);
        if ((uint64_t)b + n > fs->units) break;
        if (my_cas32(&fs->bump, b, b + n) == b) return b;
    }
    for (uint32_t j = k + 1; j < FS_CLASSES; j++) {
        off = pop_free(fs, j);
        if (!off) continue;
        for (uint32_t h = j; h > k; h--) fs_free(fs, off + (1u << (h - 1)), h - 1);
        return off;
    }
    return 0;
}

static MY_FN void fs_free(MyFs *fs, uint32_t off, uint32_t k) {
    uint64_t *head = &fs->free_head[k];
    for (;;) {
        uint64_t h = my_load64(head);
        *(volatile uint32_t *)w32(fs, off) = (uint32_t)h;
        my_fence();
        uint64_t nh = (uint64_t)off | ((h >> 32) + 1) << 32;
        if (my_cas64(head, h, nh) == h) return;
    }
}

MY_FN MyFs *fs_format(void *pool, uint64_t bytes) {
    uint64_t units = bytes / FS_UNIT;
    if (units > 0xFFFFFFF0u) units = 0xFFFFFFF0u;
    if (units < 4096) return 0;
    MyFs *fs = (MyFs *)pool;
    for (uint32_t i = 0; i < sizeof(MyFs) / 4; i++) ((uint32_t *)fs)[i] = 0;
    fs->magic = FS_MAGIC;
    fs->units = (uint32_t)units;
    /* one name slot for every 256 bytes of pool: a million small files fit in 256 MiB */
    uint32_t slots = 1024;
    while ((uint64_t)slots * 256 < bytes && slots < (1u << 30)) slots <<= 1;
    fs->ht_mask = slots - 1;
    fs->bump = (uint32_t)FS_HEADER_UNITS;
    fs->ht = fs->bump;
    fs->bump += (uint32_t)(((uint64_t)slots * 4 + FS_UNIT - 1) / FS_UNIT);
    for (uint32_t i = 0; i < slots; i++) w32(fs, fs->ht)[i] = 0;
    fs->next_ino = 1;
    uint32_t root = fs_alloc(fs, INODE_CLASS);
    if (!root) return 0;
    uint32_t *in = w32(fs, root);
    for (uint32_t i = 0; i < 16; i++) in[i] = 0;
    in[IN_KIND] = K_DIR;
    in[IN_NUMBER] = fs->next_ino++;
    in[IN_LINKS] = 1;
    *w64(fs, root, IN_MTIME) = (uint64_t)my_time_ns();
    fs->root = root;
    fs->home[0] = '/';
    fs->home_len = 1;
    return fs;
}

MY_FN void fs_set_home(MyFs *fs, const char *path, uint32_t len) {
    if (len == 0 || len > FS_PATH_MAX || path[0] != '/') return;
    for (uint32_t i = 0; i < len; i++) fs->home[i] = path[i];
    fs->home_len = len;
}
MY_FN const char *fs_home(const MyFs *fs, uint32_t *len) { *len = fs->home_len; return fs->home; }

MY_FN uint64_t fs_capacity(const MyFs *fs) { return (uint64_t)fs->units * FS_UNIT; }
MY_FN uint64_t fs_used(const MyFs *fs) { return (uint64_t)my_load32(&fs->bump) * FS_UNIT; }

/* ---- locks ----
   A hundred thousand GPU threads may want one file's lock at once: they watch the word with plain
   loads and try the atomic only when it looks free, backing off longer after each failure, so the
   holder's release is not stuck behind a queue of failing atomics. */
static MY_FN void backoff(uint32_t *delay) {
    my_pause_ns(*delay);
    if (*delay < 8192) *delay *= 2;
}
static MY_FN void lock_write(MyFs *fs, uint32_t ino) {
    uint32_t *l = w32(fs, ino) + IN_LOCK, delay = 32;
    for (;;) {
        if (my_load32(l) == 0 && my_cas32(l, 0, LOCK_WRITER) == 0) break;
        backoff(&delay);
    }
    my_fence();
}
static MY_FN void lock_read(MyFs *fs, uint32_t ino) {
    uint32_t *l = w32(fs, ino) + IN_LOCK, delay = 32;
    for (;;) {
        uint32_t v = my_load32(l);
        if (!(v & LOCK_WRITER) && my_cas32(l, v, v + 1) == v) break;
        backoff(&delay);
    }
    my_fence();
}
static MY_FN void unlock_write(MyFs *fs, uint32_t ino) { my_fence(); my_exch32(w32(fs, ino) + IN_LOCK, 0); }
static MY_FN void unlock_read(MyFs *fs, uint32_t ino) { my_fence(); my_add32(w32(fs, ino) + IN_LOCK, 0xFFFFFFFFu); }

static MY_FN uint32_t kind_of_inode(MyFs *fs, uint32_t ino) { return my_load32(w32(fs, ino) + IN_KIND); }

/* ---- bytes between the pool and a span ---- */
static MY_FN void span_get(FsSpan s, uint64_t at, uint8_t *to, uint32_t n) {
    if (s.buf) { for (uint32_t i = 0; i < n; i++) to[i] = s.buf[at + i]; return; }
    for (uint32_t i = 0; i < n; i++) to[i] = (uint8_t)mem_ld_byte(s.H, s.ref, s.start + (uint32_t)at + i);
}
static MY_FN void span_put(FsSpan s, uint64_t at, const uint8_t *from, uint32_t n) {
    if (s.buf) { for (uint32_t i = 0; i < n; i++) s.buf[at + i] = from[i]; return; }
    uint32_t i = 0, b = s.start + (uint32_t)at;
    /* whole words where the destination is word-aligned: on the GPU each word is one store */
    while (i < n && ((b + i) & 7)) { mem_st_byte(s.H, s.ref, b + i, from[i]); i++; }
    for (; i + 8 <= n; i += 8) {
        uint64_t w = 0;
        for (uint32_t j = 0; j < 8; j++) w |= (uint64_t)from[i + j] << (8 * j);
        mem_st(s.H, s.ref + (b + i) / 8, w);
    }
    for (; i < n; i++) mem_st_byte(s.H, s.ref, b + i, from[i]);
}

/* ---- names ---- */
static MY_FN uint32_t name_hash(uint32_t parent, const char *name, uint32_t len) {
    uint32_t h = 2166136261u ^ parent * 16777619u;
    for (uint32_t i = 0; i < len; i++) h = (h ^ (uint8_t)name[i]) * 16777619u;
    return h ? h : 1;
}
static MY_FN bool entry_is(MyFs *fs, uint32_t d, uint32_t parent, uint32_t h, const char *name, uint32_t len) {
    uint32_t *e = w32(fs, d);
    if (e[DE_HASH] != h || e[DE_PARENT] != parent || e[DE_LEN] != len) return false;
    const uint8_t *nm = bytes_at(fs, d, DE_NAME_BYTE);
    for (uint32_t i = 0; i < len; i++) if (nm[i] != (uint8_t)name[i]) return false;
    return true;
}

/* The entry for `name` in directory `dir`; with `create`, made when missing. 0 when missing, or
   when the pool or the name table is full (then *full is set). */
static MY_FN uint32_t entry_find(MyFs *fs, uint32_t dir, const char *name, uint32_t len, bool create, bool *full) {
    uint32_t parent = w32(fs, dir)[IN_NUMBER];
    uint32_t h = name_hash(parent, name, len);
    uint32_t *slots = w32(fs, fs->ht);
    uint32_t mine = 0, mine_class = class_for(DE_NAME_BYTE + len);
    uint32_t i = h & fs->ht_mask;
    for (uint32_t probes = 0; probes <= fs->ht_mask; probes++, i = (i + 1) & fs->ht_mask) {
        uint32_t d = my_load32(&slots[i]);
        if (!d) {
            if (!create) return 0;
            if (!mine) {
                mine = fs_alloc(fs, mine_class);
                if (!mine) { *full = true; return 0; }
                uint32_t *e = w32(fs, mine);
                e[DE_SIBLING] = 0; e[DE_PARENT] = parent; e[DE_INODE] = 0; e[DE_HASH] = h; e[DE_LEN] = len;
                uint8_t *nm = bytes_at(fs, mine, DE_NAME_BYTE);
                for (uint32_t j = 0; j < len; j++) nm[j] = (uint8_t)name[j];
                my_fence();
            }
            d = my_cas32(&slots[i], 0, mine);
            if (!d) {
                /* published: now link it into the directory's list of entries */
                uint32_t *children = w32(fs, dir) + IN_CHILDREN;
                for (;;) {
                    uint32_t old = my_load32(children);
                    *(volatile uint32_t *)(w32(fs, mine) + DE_SIBLING) = old;
                    my_fence();
                    if (my_cas32(children, old, mine) == old) break;
                }
                return mine;
            }
        }
        my_fence();   /* the entry's fields were written before it was published */
        if (entry_is(fs, d, parent, h, name, len)) {
            if (mine) fs_free(fs, mine, mine_class);
            return d;
        }
    }
    if (mine) fs_free(fs, mine, mine_class);
    *full = true;
    return 0;
}

/* Splits an absolute path: walks to the directory holding its last component, returning that
   directory's inode (or -errno) and the component in name and nlen (empty for the root). */
static MY_FN int64_t walk_parent(MyFs *fs, const char *path, uint32_t len, const char **name, uint32_t *nlen) {
    if (len == 0 || path[0] != '/') return -FS_ENOENT;
    if (len > FS_PATH_MAX) return -FS_ENAMETOOLONG;
    uint32_t dir = fs->root, i = 0;
    for (;;) {
        while (i < len && path[i] == '/') i++;
        uint32_t s = i;
        while (i < len && path[i] != '/') i++;
        uint32_t n = i - s;
        while (i < len && path[i] == '/') i++;
        if (n > FS_NAME_MAX) return -FS_ENAMETOOLONG;
        if (i >= len) { *name = path + s; *nlen = n; return dir; }
        bool full = false;
        uint32_t d = entry_find(fs, dir, path + s, n, false, &full);
        uint32_t ino = d ? my_load32(w32(fs, d) + DE_INODE) : 0;
        if (!ino) return -FS_ENOENT;
        my_fence();
        if ((kind_of_inode(fs, ino) & K_KIND_MASK) != K_DIR) return -FS_ENOTDIR;
        dir = ino;
    }
}

MY_FN int64_t fs_lookup(MyFs *fs, const char *path, uint32_t len) {
    const char *name;
    uint32_t nlen;
    int64_t dir = walk_parent(fs, path, len, &name, &nlen);
    if (dir < 0 || nlen == 0) return dir;
    bool full = false;
    uint32_t d = entry_find(fs, (uint32_t)dir, name, nlen, false, &full);
    uint32_t ino = d ? my_load32(w32(fs, d) + DE_INODE) : 0;
    return ino ? (int64_t)ino : -FS_ENOENT;
}

static MY_FN uint32_t new_inode(MyFs *fs, uint32_t kind, uint32_t opens) {
    uint32_t ino = fs_alloc(fs, INODE_CLASS);
    if (!ino) return 0;
    uint32_t *in = w32(fs, ino);
    for (uint32_t i = 0; i < 16; i++) in[i] = 0;
    in[IN_KIND] = kind;
    in[IN_OPENS] = opens;
    in[IN_LINKS] = 1;
    in[IN_NUMBER] = my_add32(&fs->next_ino, 1);
    *w64(fs, ino, IN_MTIME) = (uint64_t)my_time_ns();
    my_fence();
    return ino;
}

static MY_FN void free_chunks(MyFs *fs, uint32_t c) {
    while (c) {
        uint32_t next = w32(fs, c)[CH_NEXT];
        fs_free(fs, c, w32(fs, c)[CH_CLASS]);
        c = next;
    }
}

/* The inode lost its name: its data goes once no handle has it open. Called without its lock. */
static MY_FN void unlink_inode(MyFs *fs, uint32_t ino) {
    lock_write(fs, ino);
    uint32_t *in = w32(fs, ino);
    in[IN_LINKS] = 0;
    my_fence();
    if (my_load32(&in[IN_OPENS]) == 0 && !(in[IN_KIND] & K_DEAD)) {
        free_chunks(fs, in[IN_HEAD]);
        in[IN_HEAD] = in[IN_TAIL] = in[IN_NCHUNKS] = 0;
        *w64(fs, ino, IN_SIZE) = 0;
        in[IN_KIND] |= K_DEAD;
    }
    unlock_write(fs, ino);
}

MY_FN int64_t fs_open(MyFs *fs, const char *path, uint32_t len, uint32_t flags) {
    const char *name;
    uint32_t nlen;
    int64_t dir = walk_parent(fs, path, len, &name, &nlen);
    if (dir < 0) return dir;
    if (nlen == 0) return -FS_EISDIR;
    bool full = false;
    uint32_t d = entry_find(fs, (uint32_t)dir, name, nlen, (flags & FS_CREATE) != 0, &full);
    if (!d) return full ? -FS_ENOSPC : -FS_ENOENT;
    bool writes = (flags & (FS_WRITE | FS_APPEND | FS_TRUNC)) != 0;
    uint32_t fresh = 0;
    for (;;) {
        uint32_t ino = my_load32(w32(fs, d) + DE_INODE);
        if (!ino) {
            if (!(flags & FS_CREATE)) return -FS_ENOENT;
            if (kind_of_inode(fs, (uint32_t)dir) & K_RO) return -FS_EROFS;
            if (!fresh && !(fresh = new_inode(fs, K_FILE, 1))) return -FS_ENOSPC;
            if (my_cas32(w32(fs, d) + DE_INODE, 0, fresh) == 0) {
                lock_write(fs, (uint32_t)dir);
                *w64(fs, (uint32_t)dir, IN_MTIME) = (uint64_t)my_time_ns();
                unlock_write(fs, (uint32_t)dir);
                return fresh;
            }
            continue;
        }
        if (flags & FS_EXCL) { if (fresh) fs_free(fs, fresh, INODE_CLASS); return -FS_EEXIST; }
        uint32_t *in = w32(fs, ino);
        my_fence();
        uint32_t kind = my_load32(&in[IN_KIND]);
        if (kind & K_DEAD) continue;
        int64_t err = 0;
        if ((kind & K_KIND_MASK) == K_DIR) err = -FS_EISDIR;
        else if (writes && (kind & K_RO)) err = -FS_EROFS;
        if (err) { if (fresh) fs_free(fs, fresh, INODE_CLASS); return err; }
        /* counted open without the lock (opening is frequent); removal frees the data only when
           it sees no open handle, and a remover that raced us has marked the inode dead */
        my_add32(&in[IN_OPENS], 1);
        my_fence();
        if (my_load32(&in[IN_KIND]) & K_DEAD) { my_add32(&in[IN_OPENS], 0xFFFFFFFFu); continue; }
        if (flags & FS_TRUNC) {
            lock_write(fs, ino);
            free_chunks(fs, in[IN_HEAD]);
            in[IN_HEAD] = in[IN_TAIL] = in[IN_NCHUNKS] = 0;
            *w64(fs, ino, IN_SIZE) = 0;
            *w64(fs, ino, IN_MTIME) = (uint64_t)my_time_ns();
            unlock_write(fs, ino);
        }
        if (fresh) fs_free(fs, fresh, INODE_CLASS);
        return ino;
    }
}

MY_FN void fs_close(MyFs *fs, uint32_t ino) {
    uint32_t *in = w32(fs, ino);
    if (my_add32(&in[IN_OPENS], 0xFFFFFFFFu) != 1) return;
    my_fence();
    if (my_load32(&in[IN_LINKS]) != 0) return;
    /* the last handle of a removed file: its data goes (once; the remover may race us here) */
    lock_write(fs, ino);
    if (in[IN_OPENS] == 0 && in[IN_LINKS] == 0 && !(in[IN_KIND] & K_DEAD)) {
        free_chunks(fs, in[IN_HEAD]);
        in[IN_HEAD] = in[IN_TAIL] = in[IN_NCHUNKS] = 0;
        *w64(fs, ino, IN_SIZE) = 0;
        in[IN_KIND] |= K_DEAD;
    }
    unlock_write(fs, ino);
}

/* Size and time are single aligned words, read without the lock: a reader sees the value before or
   after a concurrent write, never a torn one. Every open in mode a asks for the size, and taking the
   lock for it made those opens queue behind the appenders. */
MY_FN uint64_t fs_size(MyFs *fs, uint32_t ino) { return my_load64(w64(fs, ino, IN_SIZE)); }
MY_FN int64_t fs_mtime(MyFs *fs, uint32_t ino) { return (int64_t)my_load64(w64(fs, ino, IN_MTIME)); }
MY_FN bool fs_is_dir(MyFs *fs, uint32_t ino) { return (kind_of_inode(fs, ino) & K_KIND_MASK) == K_DIR; }

/* ---- data (the caller holds the lock) ---- */

static MY_FN uint32_t new_chunk(MyFs *fs, uint32_t k) {
    uint32_t c = fs_alloc(fs, k);
    if (!c) return 0;
    uint32_t *ch = w32(fs, c);
    ch[CH_NEXT] = 0; ch[CH_LEN] = 0; ch[CH_CAP] = (uint32_t)(((uint64_t)FS_UNIT << k) - CH_DATA_BYTE); ch[CH_CLASS] = k;
    return c;
}

/* Fresh empty chunks, linked, holding at least `need` bytes: one chunk of `want` bytes when it can
   be had, else the largest pieces the pool still has (a file does not need one block). */
static MY_FN uint32_t chunk_chain(MyFs *fs, uint64_t need, uint64_t want, uint32_t *count) {
    uint32_t first = 0, last = 0;
    *count = 0;
    if (want >= need && want <= 0xFFFFFFFFu - CH_DATA_BYTE && (first = new_chunk(fs, class_for(CH_DATA_BYTE + want)))) {
        *count = 1;
        return first;
    }
    uint64_t have = 0;
    while (have < need) {
        uint64_t rest = need - have;
        uint32_t k = class_for(CH_DATA_BYTE + (rest < FS_CHUNK_MAX ? rest : FS_CHUNK_MAX)), c = 0;
        while (!(c = new_chunk(fs, k)) && k > 2) k--;
        if (!c) { free_chunks(fs, first); *count = 0; return 0; }
        if (last) w32(fs, last)[CH_NEXT] = c; else first = c;
        last = c;
        have += w32(fs, c)[CH_CAP];
        (*count)++;
    }
    return first;
}

/* Appends n bytes of src (from src_at) at the end; allocates before it changes anything. */
static MY_FN int64_t extend_locked(MyFs *fs, uint32_t ino, FsSpan src, uint64_t src_at, uint64_t n, bool zeros) {
    uint32_t *in = w32(fs, ino);
    uint32_t t = in[IN_TAIL];
    uint64_t spare = t ? w32(fs, t)[CH_CAP] - w32(fs, t)[CH_LEN] : 0;
    uint32_t fresh = 0, count = 0;
    if (spare < n) {
        /* a growing file's chunks double, from just what the first write needs up to FS_CHUNK_MAX */
        uint64_t need = n - spare, want = t ? (uint64_t)w32(fs, t)[CH_CAP] * 2 : 48;
        if (want > FS_CHUNK_MAX) want = FS_CHUNK_MAX;
        if (want < need) want = need;
        fresh = chunk_chain(fs, need, want, &count);
        if (!fresh) return -FS_ENOSPC;
    }
    uint64_t done = 0;
    uint8_t tmp[64];
    for (uint32_t c = t ? t : fresh; c && done < n; c = c == t ? fresh : w32(fs, c)[CH_NEXT]) {
        uint32_t *ch = w32(fs, c);
        uint64_t room = ch[CH_CAP] - ch[CH_LEN], take = n - done < room ? n - done : room;
        uint8_t *to = bytes_at(fs, c, CH_DATA_BYTE + ch[CH_LEN]);
        for (uint64_t i = 0; i < take; i += sizeof tmp) {
            uint32_t m = (uint32_t)(take - i < sizeof tmp ? take - i : sizeof tmp);
            if (zeros) for (uint32_t j = 0; j < m; j++) to[i + j] = 0;
            else { span_get(src, src_at + done + i, tmp, m); for (uint32_t j = 0; j < m; j++) to[i + j] = tmp[j]; }
        }
        ch[CH_LEN] += (uint32_t)take;
        done += take;
    }
    if (fresh) {
        if (t) w32(fs, t)[CH_NEXT] = fresh; else in[IN_HEAD] = fresh;
        uint32_t last = fresh;
        while (w32(fs, last)[CH_NEXT]) last = w32(fs, last)[CH_NEXT];
        in[IN_TAIL] = last;
        in[IN_NCHUNKS] += count;
    }
    *w64(fs, ino, IN_SIZE) += n;
    *w64(fs, ino, IN_MTIME) = (uint64_t)my_time_ns();
    return (int64_t)*w64(fs, ino, IN_SIZE);
}

/* Copies bytes [pos, pos+n) of the file to (to_pool false) or from (true) the span. */
static MY_FN void copy_locked(MyFs *fs, uint32_t ino, uint64_t pos, uint64_t n, FsSpan s, bool to_pool) {
    uint32_t c = w32(fs, ino)[IN_HEAD];
    uint64_t at = 0, done = 0;
    uint8_t tmp[64];
    for (; c && done < n; c = w32(fs, c)[CH_NEXT]) {
        uint32_t len = w32(fs, c)[CH_LEN];
        if (at + len <= pos + done) { at += len; continue; }
        uint64_t off = pos + done - at, take = len - off < n - done ? len - off : n - done;
        uint8_t *p = bytes_at(fs, c, CH_DATA_BYTE + (uint32_t)off);
        if (to_pool) {
            for (uint64_t i = 0; i < take; i += sizeof tmp) {
                uint32_t m = (uint32_t)(take - i < sizeof tmp ? take - i : sizeof tmp);
                span_get(s, done + i, tmp, m);
                for (uint32_t j = 0; j < m; j++) p[i + j] = tmp[j];
            }
        } else {
            for (uint64_t i = 0; i < take; i += sizeof tmp) {
                uint32_t m = (uint32_t)(take - i < sizeof tmp ? take - i : sizeof tmp);
                span_put(s, done + i, p + i, m);
            }
        }
        done += take;
        at += len;
    }
}

/* Many small chunks (a million appends) make every read walk them: copy them into one. */
static MY_FN void coalesce_locked(MyFs *fs, uint32_t ino) {
    uint32_t *in = w32(fs, ino);
    uint64_t size = *w64(fs, ino, IN_SIZE);
    if (in[IN_NCHUNKS] <= 8 || size + CH_DATA_BYTE > ((uint64_t)FS_UNIT << (FS_CLASSES - 1))) return;
    uint32_t k = class_for(CH_DATA_BYTE + size);
    uint32_t one = fs_alloc(fs, k);
    if (!one) return;
    uint32_t *c = w32(fs, one);
    c[CH_NEXT] = 0; c[CH_LEN] = (uint32_t)size; c[CH_CAP] = (uint32_t)(((uint64_t)FS_UNIT << k) - CH_DATA_BYTE); c[CH_CLASS] = k;
    FsSpan to = { bytes_at(fs, one, CH_DATA_BYTE), 0, 0, 0 };
    copy_locked(fs, ino, 0, size, to, false);
    free_chunks(fs, in[IN_HEAD]);
    in[IN_HEAD] = in[IN_TAIL] = one;
    in[IN_NCHUNKS] = 1;
}

MY_FN int64_t fs_read(MyFs *fs, uint32_t ino, uint64_t pos, uint64_t n, FsSpan dst) {
    if (my_load32(w32(fs, ino) + IN_NCHUNKS) > 8) {
        lock_write(fs, ino);
        coalesce_locked(fs, ino);
        unlock_write(fs, ino);
    }
    lock_read(fs, ino);
    uint64_t size = *w64(fs, ino, IN_SIZE);
    uint64_t take = pos >= size ? 0 : (size - pos < n ? size - pos : n);
    copy_locked(fs, ino, pos, take, dst, false);
    unlock_read(fs, ino);
    return (int64_t)take;
}

#ifdef __CUDA_ARCH__
/* On the GPU the lanes of a warp that append to the same file at the same moment share one turn of
   its lock: the lowest takes it and extends the file by all their bytes, then each lane copies its
   own bytes into its place (in lane order) before the lock is let go. One hand-off of a contended
   lock costs far more than the copies, and the interpreters of a warp usually run in step. */
MY_FN int64_t fs_append(MyFs *fs, uint32_t ino, uint64_t n, FsSpan src) {
    unsigned peers = __match_any_sync(__activemask(), ino);
    unsigned lane = threadIdx.x & 31, leader = __ffs(peers) - 1;
    uint64_t before = 0, total = 0;
    for (unsigned m = peers; m; m &= m - 1) {
        unsigned l = __ffs(m) - 1;
        uint64_t v = __shfl_sync(peers, n, l);
        if (l < lane) before += v;
        total += v;
    }
    int64_t start = 0;
    if (lane == leader) {
        lock_write(fs, ino);
        start = (int64_t)*w64(fs, ino, IN_SIZE);
        int64_t r = extend_locked(fs, ino, src, 0, total, true);   /* room for all, zero-filled */
        if (r < 0) start = r;
    }
    start = __shfl_sync(peers, start, leader);
    if (start >= 0) {
        copy_locked(fs, ino, (uint64_t)start + before, n, src, true);
        __threadfence();
    }
    __syncwarp(peers);
    if (lane == leader) unlock_write(fs, ino);
    return start < 0 ? start : start + (int64_t)(before + n);
}
#else
MY_FN int64_t fs_append(MyFs *fs, uint32_t ino, uint64_t n, FsSpan src) {
    lock_write(fs, ino);
    int64_t r = extend_locked(fs, ino, src, 0, n, false);
    unlock_write(fs, ino);
    return r;
}
#endif

MY_FN int64_t fs_write(MyFs *fs, uint32_t ino, uint64_t pos, uint64_t n, FsSpan src) {
    lock_write(fs, ino);
    uint64_t size = *w64(fs, ino, IN_SIZE);
    int64_t r = 0;
    /* the part past the end first (it may fail for want of space; nothing has changed then) */
    if (pos > size) r = extend_locked(fs, ino, src, 0, pos - size, true);
    if (r >= 0 && pos + n > size) {
        uint64_t from = pos > size ? pos : size;
        r = extend_locked(fs, ino, src, from - pos, pos + n - from, false);
    }
    if (r >= 0 && pos < size) copy_locked(fs, ino, pos, (pos + n < size ? pos + n : size) - pos, src, true);
    *w64(fs, ino, IN_MTIME) = (uint64_t)my_time_ns();
    unlock_write(fs, ino);
    return r < 0 ? r : 0;
}

MY_FN int64_t fs_truncate(MyFs *fs, uint32_t ino, uint64_t size) {
    lock_write(fs, ino);
    uint32_t *in = w32(fs, ino);
    uint64_t old = *w64(fs, ino, IN_SIZE);
    int64_t r = 0;
    FsSpan none = { 0, 0, 0, 0 };
    if (size > old) r = extend_locked(fs, ino, none, 0, size - old, true);
    else if (size < old) {
        uint32_t c = in[IN_HEAD];
        uint64_t at = 0;
        uint32_t kept = 0;
        while (c && at + w32(fs, c)[CH_LEN] < size) { at += w32(fs, c)[CH_LEN]; c = w32(fs, c)[CH_NEXT]; kept++; }
        if (size == 0) { free_chunks(fs, in[IN_HEAD]); in[IN_HEAD] = in[IN_TAIL] = in[IN_NCHUNKS] = 0; }
        else if (c) {
            w32(fs, c)[CH_LEN] = (uint32_t)(size - at);
            free_chunks(fs, w32(fs, c)[CH_NEXT]);
            w32(fs, c)[CH_NEXT] = 0;
            in[IN_TAIL] = c;
            in[IN_NCHUNKS] = kept + 1;
        }
        *w64(fs, ino, IN_SIZE) = size;
        *w64(fs, ino, IN_MTIME) = (uint64_t)my_time_ns();
    }
    unlock_write(fs, ino);
    return r < 0 ? r : 0;
}

/* ---- directories ---- */
MY_FN int64_t fs_mkdir(MyFs *fs, const char *path, uint32_t len) {
    const char *name;
    uint32_t nlen;
    int64_t dir = walk_parent(fs, path, len, &name, &nlen);
    if (dir < 0) return dir;
    if (nlen == 0) return -FS_EEXIST;
    bool full = false;
    uint32_t d = entry_find(fs, (uint32_t)dir, name, nlen, true, &full);
    if (!d) return -FS_ENOSPC;
    if (my_load32(w32(fs, d) + DE_INODE)) return -FS_EEXIST;
    if (kind_of_inode(fs, (uint32_t)dir) & K_RO) return -FS_EROFS;
    uint32_t ino = new_inode(fs, K_DIR, 0);
    if (!ino) return -FS_ENOSPC;
    if (my_cas32(w32(fs, d) + DE_INODE, 0, ino) != 0) { fs_free(fs, ino, INODE_CLASS); return -FS_EEXIST; }
    return 0;
}

static MY_FN bool dir_empty(MyFs *fs, uint32_t dir) {
    for (uint32_t e = fs_dir_first(fs, dir); e; e = fs_dir_next(fs, e))
        if (fs_entry_inode(fs, e)) return false;
    return true;
}

/* The entry of an existing path's last component (0 and *err when there is none). */
static MY_FN uint32_t entry_of(MyFs *fs, const char *path, uint32_t len, int64_t *err, int64_t *dir_out) {
    const char *name;
    uint32_t nlen;
    int64_t dir = walk_parent(fs, path, len, &name, &nlen);
    *dir_out = dir;
    if (dir < 0) { *err = dir; return 0; }
    if (nlen == 0) { *err = -FS_EBUSY; return 0; }
    bool full = false;
    uint32_t d = entry_find(fs, (uint32_t)dir, name, nlen, false, &full);
    if (!d || !my_load32(w32(fs, d) + DE_INODE)) { *err = -FS_ENOENT; return 0; }
    return d;
}

MY_FN int64_t fs_rmdir(MyFs *fs, const char *path, uint32_t len) {
    int64_t err = 0, dir;
    uint32_t d = entry_of(fs, path, len, &err, &dir);
    if (!d) return err;
    uint32_t ino = my_load32(w32(fs, d) + DE_INODE);
    if (!fs_is_dir(fs, ino)) return -FS_ENOTDIR;
    if (kind_of_inode(fs, ino) & K_RO) return -FS_EROFS;
    if (!dir_empty(fs, ino)) return -FS_ENOTEMPTY;
    if (my_cas32(w32(fs, d) + DE_INODE, ino, 0) != ino) return -FS_ENOENT;
    unlink_inode(fs, ino);
    return 0;
}

MY_FN int64_t fs_remove(MyFs *fs, const char *path, uint32_t len) {
    int64_t err = 0, dir;
    uint32_t d = entry_of(fs, path, len, &err, &dir);
    if (!d) return err == -FS_EBUSY ? -FS_EISDIR : err;
    uint32_t ino = my_load32(w32(fs, d) + DE_INODE);
    if (fs_is_dir(fs, ino)) return -FS_EISDIR;
    if (kind_of_inode(fs, ino) & K_RO) return -FS_EROFS;
    if (my_cas32(w32(fs, d) + DE_INODE, ino, 0) != ino) return -FS_ENOENT;
    unlink_inode(fs, ino);
    return 0;
}

MY_FN int64_t fs_rename(MyFs *fs, const char *src, uint32_t slen, const char *dst, uint32_t dlen) {
    int64_t err = 0, sdir;
    uint32_t sd = entry_of(fs, src, slen, &err, &sdir);
    if (!sd) return err;
    const char *name;
    uint32_t nlen;
    int64_t ddir = walk_parent(fs, dst, dlen, &name, &nlen);
    if (ddir < 0) return ddir;
    if (nlen == 0) return -FS_EBUSY;
    if ((kind_of_inode(fs, (uint32_t)sdir) | kind_of_inode(fs, (uint32_t)ddir)) & K_RO) return -FS_EROFS;
    bool full = false;
    uint32_t dd = entry_find(fs, (uint32_t)ddir, name, nlen, true, &full);
    if (!dd) return -FS_ENOSPC;
    if (dd == sd) return 0;
    for (;;) {
        uint32_t ino = my_load32(w32(fs, sd) + DE_INODE);
        if (!ino) return -FS_ENOENT;
        uint32_t old = my_load32(w32(fs, dd) + DE_INODE);
        if (old) {
            bool sdirk = fs_is_dir(fs, ino), ddirk = fs_is_dir(fs, old);
            if (sdirk && !ddirk) return -FS_ENOTDIR;
            if (!sdirk && ddirk) return -FS_EISDIR;
            if (ddirk && !dir_empty(fs, old)) return -FS_ENOTEMPTY;
        }
        if (my_cas32(w32(fs, dd) + DE_INODE, old, ino) != old) continue;
        my_cas32(w32(fs, sd) + DE_INODE, ino, 0);
        if (old) unlink_inode(fs, old);
        return 0;
    }
}

static MY_FN void set_ro(MyFs *fs, uint32_t ino, uint32_t depth) {
    w32(fs, ino)[IN_KIND] |= K_RO;
    if (!fs_is_dir(fs, ino) || depth > 64) return;
    for (uint32_t e = fs_dir_first(fs, ino); e; e = fs_dir_next(fs, e)) {
        uint32_t child = fs_entry_inode(fs, e);
        if (child) set_ro(fs, child, depth + 1);
    }
}
MY_FN void fs_set_readonly(MyFs *fs, uint32_t ino) { set_ro(fs, ino, 0); }

MY_FN uint32_t fs_dir_first(MyFs *fs, uint32_t dir_ino) { return my_load32(w32(fs, dir_ino) + IN_CHILDREN); }
MY_FN uint32_t fs_dir_next(MyFs *fs, uint32_t entry) { return my_load32(w32(fs, entry) + DE_SIBLING); }
MY_FN uint32_t fs_entry_inode(MyFs *fs, uint32_t entry) { return my_load32(w32(fs, entry) + DE_INODE); }
MY_FN const char *fs_entry_name(MyFs *fs, uint32_t entry, uint32_t *len) {
    *len = w32(fs, entry)[DE_LEN];
    return (const char *)bytes_at(fs, entry, DE_NAME_BYTE);
}

# stat.py: the st_mode bits of os.stat() and the tests on them (only files and directories exist
# in the shared file system; the other kinds are here for code that asks).
_S_IFMT_BITS = 0o170000
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & _S_IFMT_BITS


def S_ISDIR(mode):
    return mode & _S_IFMT_BITS == S_IFDIR


def S_ISREG(mode):
    return mode & _S_IFMT_BITS == S_IFREG


def S_ISLNK(mode):
    return mode & _S_IFMT_BITS == S_IFLNK


def S_ISCHR(mode):
    return mode & _S_IFMT_BITS == S_IFCHR


def S_ISBLK(mode):
    return mode & _S_IFMT_BITS == S_IFBLK


def S_ISFIFO(mode):
    return mode & _S_IFMT_BITS == S_IFIFO


def S_ISSOCK(mode):
    return mode & _S_IFMT_BITS == S_IFSOCK


_KINDS = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'), (S_IFDIR, 'd'),
          (S_IFCHR, 'c'), (S_IFIFO, 'p'))


def filemode(mode):
    # 'drwxr-xr-x' as ls -l shows it
    kind = '?'
    for bits, c in _KINDS:
        if mode & _S_IFMT_BITS == bits:
            kind = c
            break
    out = [kind]
    for shift in (6, 3, 0):
        p = (mode >> shift) & 7
        out.append('r' if p & 4 else '-')
        out.append('w' if p & 2 else '-')
        x = p & 1
        special = (shift == 6 and mode & S_ISUID) or (shift == 3 and mode & S_ISGID) or (shift == 0 and mode & S_ISVTX)
        if special:
            out.append(('t' if x else 'T') if shift == 0 else ('s' if x else 'S'))
        else:
            out.append('x' if x else '-')
    return ''.join(out)

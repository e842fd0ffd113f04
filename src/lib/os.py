# os.py: files and directories of the shared file system (_fs), this interpreter's working
# directory, and os.path (posixpath). There are no processes, file descriptors or environment.
import sys
import _fs
import _fsbase
import posixpath as path
from _fsbase import fspath, strerror
from stat import S_IFDIR, S_IFREG

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError

# the process environment: a run has none, so it starts empty (a script may fill it)
environ = {}


def getenv(key, default=None):
    return environ.get(key, default)


def getpid():
    # no processes: an interpreter's id (myriad.tid) plus one, so that it is never 0
    return _fs.ids()[0] + 1


def fsencode(filename):
    f = fspath(filename)
    return f.encode('utf-8') if isinstance(f, str) else f


def fsdecode(filename):
    f = fspath(filename)
    return f.decode('utf-8') if isinstance(f, bytes) else f


def _path(p):
    # the absolute normalized path _fs takes for a path argument
    return _fsbase.resolve(_fsbase.name_of(p))


def _check(r, p, p2=None):
    if r < 0:
        raise _fsbase.error(-r, p, p2)


def getcwd():
    return _fsbase.cwd[0]


def getcwdb():
    return _fsbase.cwd[0].encode('utf-8')


def chdir(p):
    full = _path(p)
    r = _fs.stat(full)
    if type(r) is int:
        raise _fsbase.error(-r, p)
    if not r[0]:
        raise _fsbase.error(20, p)
    _fsbase.cwd[0] = full


def listdir(p='.'):
    r = _fs.listdir(_path(p))
    if type(r) is int:
        raise _fsbase.error(-r, p)
    if isinstance(fspath(p), bytes):
        return [n.encode('utf-8') for n in r]
    return r


def mkdir(p, mode=0o777, *, dir_fd=None):
    _check(_fs.mkdir(_path(p)), p)


def makedirs(name, mode=0o777, exist_ok=False):
    # the missing parents first, from the top down
    todo = []
    head = fspath(name)
    while head and not path.isdir(head):
        todo.append(head)
        h, tail = path.split(head)
        if not tail:
            h, tail = path.split(h)
        if h == head:
            break
        head = h
    if not todo:
        if not exist_ok:
            raise _fsbase.error(17, name)
        return
    for i in range(len(todo) - 1, -1, -1):
        r = _fs.mkdir(_path(todo[i]))
        if r == -17 and (i > 0 or (exist_ok and path.isdir(name))):
            continue   # made meanwhile (by another interpreter)
        _check(r, name if i == 0 else todo[i])


def rmdir(p, *, dir_fd=None):
    _check(_fs.rmdir(_path(p)), p)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(p, *, dir_fd=None):
    _check(_fs.remove(_path(p)), p)


def unlink(p, *, dir_fd=None):
    _check(_fs.remove(_path(p)), p)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _check(_fs.rename(_path(src), _path(dst)), src, dst)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _check(_fs.rename(_path(src), _path(dst)), src, dst)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def truncate(p, length):
    from _iofile import FileIO
    f = FileIO(p, 'r+')
    try:
        f.truncate(length)
    finally:
        f.close()


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return path.exists(p)


F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class stat_result:
    # what os.stat() returns: the fields by name, and the first ten as a tuple (times as ints)
    n_sequence_fields = 10
    n_fields = 16

    def __init__(self, t):
        is_dir, size, mtime_ns = t
        self.st_mode = (S_IFDIR | 0o755) if is_dir else (S_IFREG | 0o644)
        self.st_ino = 0
        self.st_dev = 0
        self.st_nlink = 2 if is_dir else 1
        self.st_uid = 0
        self.st_gid = 0
        self.st_size = size
        self.st_atime = self.st_mtime = self.st_ctime = mtime_ns / 1e9
        self.st_atime_ns = self.st_mtime_ns = self.st_ctime_ns = mtime_ns

    def _tuple(self):
        t = self.st_mtime_ns // 1000000000
        return (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
                self.st_size, t, t, t)

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._tuple())

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._tuple() == other._tuple()

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(n + '=' + repr(v) for n, v in zip(names, self._tuple())) + ')'


def stat(p, *, dir_fd=None, follow_symlinks=True):
    r = _fs.stat(_path(p)) if _fsbase.name_of(p) else -2
    if type(r) is int:
        raise _fsbase.error(-r, p)
    return stat_result(r)


lstat = stat


class DirEntry:
    # one entry of scandir(): its name, its path, and what it is (asked of _fs when needed)
    def __init__(self, name, path_):
        self.name = name
        self.path = path_
        self._st = None

    def __repr__(self):
        return '<DirEntry ' + repr(self.name) + '>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if self._st is None:
            self._st = stat(self.path)
        return self._st

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat().st_mode & S_IFDIR != 0
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat().st_mode & S_IFREG != 0
        except OSError:
            return False

    def is_symlink(self):
        return False

    def inode(self):
        return 0


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        i = self._i
        if i >= len(self._entries):
            raise StopIteration
        self._i = i + 1
        return self._entries[i]

    def close(self):
        self._i = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(p='.'):
    names = listdir(p)
    top = fspath(p)
    return _ScandirIterator([DirEntry(n, path.join(top, n)) for n in names])


def walk(top, topdown=True, onerror=None, followlinks=False):
    # CPython's order without recursion: a stack of directories still to list; bottom-up, a
    # directory's own triple waits on the stack under its subdirectories
    top = fspath(top)
    stack = [top]
    while stack:
        d = stack.pop()
        if type(d) is tuple:
            yield d
            continue
        try:
            names = listdir(d)
        except OSError as e:
            if onerror is not None:
                onerror(e)
            continue
        dirs = []
        files = []
        for n in names:
            (dirs if path.isdir(path.join(d, n)) else files).append(n)
        if topdown:
            yield d, dirs, files
        else:
            stack.append((d, dirs, files))
        for n in reversed(dirs):
            stack.append(path.join(d, n))

# posixpath.py: os.path: path strings as POSIX spells them, and the queries (exists, isdir,
# getsize...) answered by the shared file system.
import _fs
import _fsbase
from _fsbase import fspath

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _str(p):
    # a path argument as str or bytes (os.PathLike too)
    return fspath(p)


def _seps(p):
    return (b'/', b'.') if isinstance(p, bytes) else ('/', '.')


def normcase(s):
    return _str(s)


def isabs(s):
    s = _str(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _str(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        if not isinstance(b, (str, bytes)) and getattr(type(b), '__fspath__', None) is None:
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '"
                            + type(b).__name__ + "'")
        b = fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path = path + b
        else:
            path = path + slash + b
    return path


def split(p):
    p = _str(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def basename(p):
    p = _str(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _str(p)
    slash, dot = _seps(p)
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # leading dots of the name do not start an extension ('.bashrc')
        i = last_sep + 1
        while i < last_dot:
            if p[i:i + 1] != dot:
                return p[:last_dot], p[last_dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _str(p)
    return p[:0], p


def normpath(path):
    path = _str(path)
    slash, dot = _seps(path)
    if not path:
        return dot
    up = dot + dot
    # POSIX keeps exactly two leading slashes, and folds three or more into one
    lead = 0
    if path.startswith(slash):
        lead = 2 if path.startswith(slash + slash) and not path.startswith(slash * 3) else 1
    parts = []
    for c in path.split(slash):
        if not c or c == dot:
            continue
        if c != up or (not lead and not parts) or (parts and parts[-1] == up):
            parts.append(c)
        elif parts:
            parts.pop()
    path = slash * lead + slash.join(parts)
    return path or dot


def abspath(path):
    path = _str(path)
    if not isabs(path):
        cwd = _fsbase.cwd[0]
        path = join(cwd.encode() if isinstance(path, bytes) else cwd, path)
    return normpath(path)


def realpath(path, strict=False):
    # the shared file system has no symbolic links
    return abspath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _str(path)
    slash, dot = _seps(path)
    start = dot if start is None else _str(start)
    start_parts = [x for x in abspath(start).split(slash) if x]
    path_parts = [x for x in abspath(path).split(slash) if x]
    n = len(commonprefix([start_parts, path_parts]))
    rel = [dot + dot] * (len(start_parts) - n) + path_parts[n:]
    if not rel:
        return dot
    return join(*rel)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(fspath, m))
    lo = min(m)
    hi = max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = tuple(map(fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, dot = _seps(paths[0])
    absolute = paths[0].startswith(slash)
    for p in paths:
        if p.startswith(slash) != absolute:
            raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    lo = min(parts)
    hi = max(parts)
    common = lo
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            common = lo[:i]
            break
    return (slash if absolute else slash[:0]) + slash.join(common)


def expanduser(path):
    # ~ is $HOME when the environment has one (os.environ starts empty), else left as it is
    path = _str(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    # $NAME and ${NAME} from os.environ; unknown names stay as they are
    path = _str(path)
    if isinstance(path, bytes) or '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end] if end > i + 1 else '$')
        i = end
    return ''.join(out)


# ---- queries of the file system ----

def _stat(path):
    # (is_dir, size, mtime_ns), or None when there is nothing there
    try:
        p = _fsbase.name_of(path)
    except ValueError:
        return None
    if p == '':
        return None
    r = _fs.stat(_fsbase.resolve(p))
    return None if type(r) is int else r


def _stat_or_raise(path):
    p = _fsbase.name_of(path)
    r = _fs.stat(_fsbase.resolve(p)) if p else -2
    if type(r) is int:
        raise _fsbase.error(-r, path)
    return r


def exists(path):
    return _stat(path) is not None


def lexists(path):
    return _stat(path) is not None


def isfile(path):
    r = _stat(path)
    return r is not None and not r[0]


def isdir(s):
    r = _stat(s)
    return r is not None and r[0]


def islink(path):
    return False


def ismount(path):
    return abspath(path) in ('/', b'/')


def getsize(filename):
    return _stat_or_raise(filename)[1]


def getmtime(filename):
    return _stat_or_raise(filename)[2] / 1e9


def getatime(filename):
    return getmtime(filename)


def getctime(filename):
    return getmtime(filename)


def samefile(f1, f2):
    _stat_or_raise(f1)
    _stat_or_raise(f2)
    return abspath(f1) == abspath(f2)

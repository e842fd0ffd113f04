# _fsbase.py: what io and os share over the _fs natives: this interpreter's working directory,
# turning a user's path into the absolute normalized path _fs takes, and raising _fs's errors.
import _fs

# the working directory of this interpreter (a list, so that os.chdir can change it in place)
cwd = [_fs.home()]

_STRERROR = {
    1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error',
    9: 'Bad file descriptor', 12: 'Cannot allocate memory', 13: 'Permission denied',
    17: 'File exists', 18: 'Invalid cross-device link', 20: 'Not a directory',
    21: 'Is a directory', 22: 'Invalid argument', 23: 'Too many open files in system',
    24: 'Too many open files', 27: 'File too large', 28: 'No space left on device',
    29: 'Illegal seek', 30: 'Read-only file system', 36: 'File name too long',
    39: 'Directory not empty', 95: 'Operation not supported',
}


def strerror(code):
    s = _STRERROR.get(code)
    return s if s is not None else 'Unknown error ' + str(code)


def error(code, filename=None, filename2=None):
    # the OSError CPython raises for errno `code` (OSError picks the subclass: FileNotFoundError...)
    if filename is None:
        return OSError(code, strerror(code))
    if filename2 is None:
        return OSError(code, strerror(code), filename)
    return OSError(code, strerror(code), filename, None, filename2)


def fspath(path):
    # os.fspath: str and bytes as they are, else __fspath__
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected ' + type(path).__name__ + '.__fspath__() to return str or bytes, not '
                    + type(r).__name__)


def name_of(path):
    # a path argument as a str (bytes paths are decoded as UTF-8, the file system's encoding)
    p = fspath(path)
    if isinstance(p, bytes):
        p = p.decode('utf-8')
    if '\0' in p:
        raise ValueError('embedded null byte')
    return p


def resolve(p):
    # the absolute normalized path of str p, joined to the working directory ('..' is lexical)
    if p == '':
        raise error(2, p)
    if not p.startswith('/'):
        p = cwd[0] + '/' + p
    out = []
    for part in p.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if out:
                out.pop()
        else:
            out.append(part)
    return '/' + '/'.join(out)

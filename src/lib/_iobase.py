# _iobase.py: the base classes of io (IOBase and its three kinds) and io.UnsupportedOperation:
# what every file object shares: closing, `with`, iteration by lines, readlines, writelines.

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


def check_int(v):
    # an argument that must be an int (or have __index__), as CPython's I/O methods want
    if type(v) is int:
        return v
    f = getattr(type(v), '__index__', None)
    if f is None:
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    return f(v)


def check_size(n):
    # a read size: None means everything (-1)
    if n is None:
        return -1
    return check_int(n)


class IOBase:
    __module__ = '_io'
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self, msg='I/O operation on closed file.'):
        if self.closed:
            raise ValueError(msg)

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def fileno(self):
        # the files of the shared file system have no OS file descriptor
        self._check_closed('I/O operation on closed file')
        self._unsupported('fileno')

    def isatty(self):
        self._check_closed('I/O operation on closed file')
        return False

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = check_size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

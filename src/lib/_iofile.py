# _iofile.py: binary files of the shared file system: FileIO (unbuffered, one _fs call per
# operation) and BufferedReader/BufferedWriter/BufferedRandom (what open() returns for 'b' modes).
import _fs
import _fsbase
from _iobase import RawIOBase, BufferedIOBase, UnsupportedOperation, DEFAULT_BUFFER_SIZE, check_int, check_size
import atexit

# Buffered files that have held unwritten data and are not closed: when the script ends their data
# is written, as CPython writes a file's buffer when it is collected or at shutdown.
_unclosed_writers = []


def _flush_at_exit():
    for f in _unclosed_writers:
        try:
            if not f.closed:
                f.flush()
        except BaseException:
            pass


atexit._finalizers.append((_flush_at_exit, (), {}))

# the open flags of _fs
READ = 1
WRITE = 2
APPEND = 4
CREATE = 8
TRUNC = 16
EXCL = 32


def parse_raw_mode(mode):
    # FileIO's mode: one of r w a x, optional +, b ignored -> (_fs flags, the mode FileIO reports)
    kind = ''
    plus = False
    for c in mode:
        if c in 'rwax':
            if kind:
                kind = '?'
                break
            kind = c
        elif c == '+' and not plus:
            plus = True
        elif c != 'b':
            kind = '?'
            break
    if kind == '?' or kind == '':
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    flags = {'r': READ, 'w': WRITE | CREATE | TRUNC, 'a': WRITE | APPEND | CREATE,
             'x': WRITE | CREATE | EXCL}[kind]
    if plus:
        flags |= READ | WRITE
    if kind == 'r':
        shown = 'rb+' if plus else 'rb'
    elif kind == 'w':
        shown = 'rb+' if plus else 'wb'
    else:
        shown = kind + ('b+' if plus else 'b')
    return flags, shown


def write_data(b):
    # the bytes of a write() argument
    if type(b) is bytes:
        return b
    if isinstance(b, bytes):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'")


class FileIO(RawIOBase):
    __module__ = '_io'

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._h = None
        self._closed = True
        name = _fsbase.name_of(file)
        if not closefd:
            raise ValueError('Cannot use closefd=False with file name')
        flags, self.mode = parse_raw_mode(mode)
        h = _fs.open(_fsbase.resolve(name), flags)
        if type(h) is int:
            raise _fsbase.error(-h, file)
        self._h = h
        self._closed = False
        self.name = file
        self.closefd = True
        self._readable = flags & READ != 0
        self._writable = flags & WRITE != 0
        self._append = flags & APPEND != 0
        self._pos = _fs.size(h) if self._append else 0

    def __repr__(self):
        if self._closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=' + repr(self.name) + ' mode=' + repr(self.mode) + ' closefd=True>'

    def readable(self):
        self._check_closed('I/O operation on closed file')
        return self._readable

    def writable(self):
        self._check_closed('I/O operation on closed file')
        return self._writable

    def seekable(self):
        self._check_closed('I/O operation on closed file')
        return True

    def close(self):
        if not self._closed:
            self._closed = True
            _fs.close(self._h)

    def flush(self):
        self._check_closed('I/O operation on closed file')

    def read(self, size=-1):
        self._check_closed('I/O operation on closed file')
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        data = _fs.read(self._h, self._pos, check_size(size))
        self._pos += len(data)
        return data

    def readall(self):
        return self.read(-1)

    def readline(self, size=-1):
        self._check_closed('I/O operation on closed file')
        size = check_size(size)
        out = []
        n = 0
        while size < 0 or n < size:
            c = self.read(1)
            if not c:
                break
            out.append(c)
            n += 1
            if c == b'\n':
                break
        return b''.join(out)

    def write(self, b):
        self._check_closed('I/O operation on closed file')
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        data = write_data(b)
        if self._append:
            r = _fs.append(self._h, data)
        else:
            r = _fs.write(self._h, self._pos, data)
        if r < 0:
            raise _fsbase.error(-r)
        self._pos = r
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed('I/O operation on closed file')
        pos = check_int(pos)
        whence = check_int(whence)
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += _fs.size(self._h)
        elif whence != 0:
            raise ValueError('invalid whence (' + str(whence) + ', should be 0, 1 or 2)')
        if pos < 0:
            raise _fsbase.error(22)
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed('I/O operation on closed file')
        return self._pos

    def truncate(self, size=None):
        self._check_closed('I/O operation on closed file')
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        size = self._pos if size is None else check_int(size)
        if size < 0:
            raise _fsbase.error(22)
        r = _fs.truncate(self._h, size)
        if r < 0:
            raise _fsbase.error(-r)
        return size


class _Buffered(BufferedIOBase):
    # reads come from a read-ahead buffer of up to buffer_size bytes; writes wait in a list until
    # flush(), close(), a seek, or until they would overflow buffer_size. In append mode a flush is
    # one _fs.append, and one write() is never split across two appends: other interpreters see
    # each write() whole.
    __module__ = '_io'
    _kind = ''

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = check_int(buffer_size)
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self._size = buffer_size
        self._rbuf = b''     # read ahead, from raw position - len(_rbuf)
        self._rpos = 0       # the next byte of _rbuf to return
        self._wbuf = []      # pending writes, to land at the raw position (or the end: append)
        self._wlen = 0
        self._listed = False # in _unclosed_writers

    @property
    def closed(self):
        return self.raw._closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        try:
            name = self.raw.name
        except AttributeError:
            return '<_io.' + self._kind + '>'
        return '<_io.' + self._kind + ' name=' + repr(name) + '>'

    def readable(self):
        return self._kind != 'BufferedWriter' and self.raw.readable()

    def writable(self):
        return self._kind != 'BufferedReader' and self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def close(self):
        raw = self.raw
        if raw._closed:
            return
        try:
            self.flush()
        finally:
            raw.close()
            if self._listed:
                self._listed = False
                _unclosed_writers.remove(self)

    def _flush_writes(self):
        if not self._wlen:
            return
        raw = self.raw
        data = self._wbuf[0] if len(self._wbuf) == 1 else b''.join(self._wbuf)
        self._wbuf = []
        self._wlen = 0
        if raw._append:
            r = _fs.append(raw._h, data)
        else:
            r = _fs.write(raw._h, raw._pos, data)
        if r < 0:
            raise _fsbase.error(-r)
        raw._pos = r

    def _drop_reads(self):
        # forget the read-ahead: the raw position goes back to the logical one
        if self._rbuf:
            self.raw._pos -= len(self._rbuf) - self._rpos
            self._rbuf = b''
            self._rpos = 0

    def flush(self):
        if self.raw._closed:
            raise ValueError('I/O operation on closed file.')
        self._flush_writes()

    def _check_read(self, what):
        if self.raw._closed:
            raise ValueError(what + ' of closed file')
        if not self.raw._readable:
            raise UnsupportedOperation(what)
        if self._wlen:
            self._flush_writes()

    def read(self, size=-1):
        self._check_read('read')
        size = check_size(size)
        raw = self.raw
        buf = self._rbuf
        rpos = self._rpos
        if size < 0:
            data = _fs.read(raw._h, raw._pos, -1)
            raw._pos += len(data)
            self._rbuf = b''
            self._rpos = 0
            return buf[rpos:] + data if rpos < len(buf) else data
        avail = len(buf) - rpos
        if size <= avail:
            self._rpos = rpos + size
            return buf[rpos:rpos + size]
        head = buf[rpos:]
        need = size - avail
        self._rbuf = b''
        self._rpos = 0
        if need >= self._size:
            data = _fs.read(raw._h, raw._pos, need)
            raw._pos += len(data)
            return head + data
        chunk = _fs.read(raw._h, raw._pos, self._size)
        raw._pos += len(chunk)
        if len(chunk) > need:
            self._rbuf = chunk
            self._rpos = need
            return head + chunk[:need]
        return head + chunk

    def read1(self, size=-1):
        # at most one _fs read: what is buffered, else one buffer's worth
        self._check_read('read')
        size = check_size(size)
        if self._rpos < len(self._rbuf):
            if size < 0:
                size = len(self._rbuf) - self._rpos
            return self.read(min(size, len(self._rbuf) - self._rpos))
        if size < 0:
            size = self._size
        return self.read(min(size, self._size))

    def peek(self, size=0):
        self._check_read('peek')
        if self._rpos >= len(self._rbuf):
            raw = self.raw
            self._rbuf = _fs.read(raw._h, raw._pos, self._size)
            self._rpos = 0
            raw._pos += len(self._rbuf)
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_read('readline')
        size = check_size(size)
        raw = self.raw
        parts = []
        got = 0
        while True:
            buf = self._rbuf
            rpos = self._rpos
            i = buf.find(b'\n', rpos)
            end = len(buf) if i < 0 else i + 1
            if size >= 0 and got + end - rpos >= size:
                end = rpos + size - got
                i = 0
            if end > rpos:
                parts.append(buf[rpos:end])
                got += end - rpos
                self._rpos = end
            if i >= 0:
                break
            self._rbuf = _fs.read(raw._h, raw._pos, self._size)
            self._rpos = 0
            raw._pos += len(self._rbuf)
            if not self._rbuf:
                break
        return parts[0] if len(parts) == 1 else b''.join(parts)

    def write(self, b):
        raw = self.raw
        if not raw._writable:
            raise UnsupportedOperation('write')
        if raw._closed:
            raise ValueError('write to closed file')
        data = write_data(b)
        if self._rbuf:
            self._drop_reads()
        n = len(data)
        if self._wlen + n > self._size:
            self._flush_writes()
        if n >= self._size:
            if raw._append:
                r = _fs.append(raw._h, data)
            else:
                r = _fs.write(raw._h, raw._pos, data)
            if r < 0:
                raise _fsbase.error(-r)
            raw._pos = r
        elif n:
            if not self._listed:
                self._listed = True
                _unclosed_writers.append(self)
            self._wbuf.append(data)
            self._wlen += n
        return n

    def tell(self):
        raw = self.raw
        if raw._closed:
            raise ValueError('I/O operation on closed file')
        return raw._pos - (len(self._rbuf) - self._rpos) + self._wlen

    def seek(self, pos, whence=0):
        raw = self.raw
        if raw._closed:
            raise ValueError('seek of closed file')
        pos = check_int(pos)
        whence = check_int(whence)
        if whence not in (0, 1, 2):
            raise ValueError('invalid whence (' + str(whence) + ', should be 0, 1 or 2)')
        self._flush_writes()
        if whence == 1:
            pos += raw._pos - (len(self._rbuf) - self._rpos)
        elif whence == 2:
            pos += _fs.size(raw._h)
        if pos < 0:
            raise _fsbase.error(22)
        start = raw._pos - len(self._rbuf)
        if self._rbuf and start <= pos <= raw._pos:
            # inside what was read ahead: keep it
            self._rpos = pos - start
        else:
            self._rbuf = b''
            self._rpos = 0
            raw._pos = pos
        return pos

    def truncate(self, pos=None):
        raw = self.raw
        if raw._closed:
            raise ValueError('truncate of closed file')
        if not raw._writable:
            raise UnsupportedOperation('truncate')
        self._flush_writes()
        self._drop_reads()
        return raw.truncate(pos)


class BufferedReader(_Buffered):
    __module__ = '_io'
    _kind = 'BufferedReader'


class BufferedWriter(_Buffered):
    __module__ = '_io'
    _kind = 'BufferedWriter'


class BufferedRandom(_Buffered):
    __module__ = '_io'
    _kind = 'BufferedRandom'

# _iotext.py: TextIOWrapper, str over a buffered binary file: encoding, newline translation, and
# tell() cookies that are plain byte positions (decoding always restarts at a character boundary).
from _iobase import TextIOBase, UnsupportedOperation, check_int, check_size

_CHUNK = 8192


def utf8_complete(b):
    # the length of the longest prefix of b that does not end inside a UTF-8 sequence
    n = len(b)
    i = n - 1
    while i >= 0 and i > n - 4 and b[i] & 0xC0 == 0x80:
        i -= 1
    if i < 0:
        return n
    c = b[i]
    if c < 0xC0:
        return n
    need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
    return i if n - i < need else n


def check_newline(newline):
    if newline is not None and type(newline) is not str:
        raise TypeError('TextIOWrapper() argument \'newline\' must be str or None, not '
                        + type(newline).__name__)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: ' + newline)


def line_end(text, pos, newline):
    # the end of the first line of text[pos:] (its terminator included) for a newline mode; -1
    # when there is none
    if newline is None or newline == '\n':
        i = text.find('\n', pos)
        return i + 1 if i >= 0 else -1
    if newline == '':
        i = text.find('\n', pos)
        j = text.find('\r', pos, i if i >= 0 else len(text))
        if j >= 0:
            return j + 2 if j + 1 < len(text) and text[j + 1] == '\n' else j + 1
        return i + 1 if i >= 0 else -1
    i = text.find(newline, pos)
    return i + len(newline) if i >= 0 else -1


class TextIOWrapper(TextIOBase):
    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is None:
            encoding = 'utf-8'   # CPython's default in UTF-8 mode (the test oracle's)
        elif type(encoding) is not str:
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                            + type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        elif type(errors) is not str:
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not "
                            + type(errors).__name__)
        check_newline(newline)
        ''.encode(encoding)   # LookupError: unknown encoding
        self._utf8 = len('\x80'.encode(encoding, 'replace')) == 2
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._translate = newline is None          # reading: \r\n and \r become \n
        self._wnl = newline if newline == '\r' or newline == '\r\n' else None
        self._holdcr = newline is None or newline == '' or newline == '\r\n'
        self._can_read = buffer.readable()     # asked once: every line read checks it
        self._can_write = buffer.writable()
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._telling = True
        self._reset()

    def _reset(self):
        # no decoded text pending: the position is the buffer's
        self._dec = ''        # decoded (translated) text of the current chunk
        self._dpos = 0        # the next character of _dec to return
        self._start = -1      # byte position of the chunk, -1: no chunk
        self._raw = b''       # the chunk's bytes
        self._carry = b''     # bytes after the chunk held back: an incomplete character, a \r

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def __repr__(self):
        r = '<_io.TextIOWrapper'
        try:
            r += ' name=' + repr(self.buffer.name)
        except AttributeError:
            pass
        m = getattr(self, 'mode', None)
        if m is not None:
            r += ' mode=' + repr(m)
        return r + ' encoding=' + repr(self.encoding) + '>'

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self.flush()
        b = self.buffer
        self.buffer = None
        return b

    # ---- reading ----

    def _check_readable(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')
        if not self._can_read:
            raise UnsupportedOperation('not readable')

    def _decode(self, raw):
        text = raw.decode(self.encoding, self.errors)
        if self._translate and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _read_chunk(self):
        # decodes the next chunk into _dec; False at the end of the file
        start = self.buffer.tell() - len(self._carry) if self._start < 0 else self._start + len(self._raw)
        data = self.buffer.read1(_CHUNK)
        raw = self._carry + data if self._carry else data
        keep = len(raw)
        if data:
            if self._utf8:
                keep = utf8_complete(raw)
            if self._holdcr and keep and raw[keep - 1] == 13:
                keep -= 1
        self._carry = raw[keep:]
        raw = raw[:keep]
        self._dec = self._decode(raw)
        self._dpos = 0
        self._start = start
        self._raw = raw
        return len(raw) > 0 or len(data) > 0

    def read(self, size=-1):
        self._check_readable()
        size = check_size(size)
        if size < 0:
            text = self._dec[self._dpos:] + self._decode(self._carry + self.buffer.read())
            self._reset()
            return text
        parts = []
        need = size
        while need > 0:
            dec = self._dec
            dpos = self._dpos
            if len(dec) - dpos >= need:
                parts.append(dec[dpos:dpos + need])
                self._dpos = dpos + need
                break
            if dpos < len(dec):
                parts.append(dec[dpos:])
                need -= len(dec) - dpos
                self._dpos = len(dec)
            if not self._read_chunk():
                break
        return parts[0] if len(parts) == 1 else ''.join(parts)

    def readline(self, size=-1):
        self._check_readable()
        size = check_size(size)
        parts = []
        got = 0
        while True:
            dec = self._dec
            dpos = self._dpos
            end = line_end(dec, dpos, self._newline)
            found = end >= 0
            if not found:
                end = len(dec)
            if size >= 0 and got + end - dpos >= size:
                end = dpos + size - got
                found = True
            if end > dpos:
                parts.append(dec[dpos:end])
                got += end - dpos
                self._dpos = end
            if found or not self._read_chunk():
                break
        return parts[0] if len(parts) == 1 else ''.join(parts)

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    # ---- writing and positions ----

    def write(self, s):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')
        if not self._can_write:
            raise UnsupportedOperation('not writable')
        if type(s) is not str:
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        n = len(s)
        if self._start >= 0:
            # as CPython: text decoded ahead is dropped, the write lands at the buffer's position
            self._reset()
        if self._wnl is not None and '\n' in s:
            s = s.replace('\n', self._wnl)
        self.buffer.write(s.encode(self.encoding, self.errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.buffer.flush()
        return n

    def tell(self):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self.flush()
        if self._start < 0:
            return self.buffer.tell()
        dpos = self._dpos
        if dpos == len(self._dec):
            return self._start + len(self._raw)
        u = self._raw.decode(self.encoding, self.errors)
        k = dpos
        if self._translate:
            # each \r\n before the cut is two characters of the file for one of _dec
            j = u.find('\r\n')
            while 0 <= j < k:
                k += 1
                j = u.find('\r\n', j + 2)
        return self._start + len(u[:k].encode(self.encoding, self.errors))

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        whence = check_int(whence)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset()
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError('invalid whence (' + str(whence) + ', should be 0, 1 or 2)')
        cookie = check_int(cookie)
        if cookie < 0:
            raise ValueError('negative seek position ' + str(cookie))
        self.flush()
        self._reset()
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        return self.buffer.truncate(pos)

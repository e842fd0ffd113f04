# _iomem.py: io.StringIO and io.BytesIO, files in the interpreter's own memory. Appending at the
# end collects pieces in a list that is joined only when the whole value is needed.
from _iobase import TextIOBase, BufferedIOBase, UnsupportedOperation, check_int, check_size
from _iotext import check_newline, line_end


class _Memory:
    # what StringIO and BytesIO share: the value as one piece plus pieces appended at its end
    _empty = ''
    _closed_msg = 'I/O operation on closed file'

    def _init_value(self, v):
        self._v = v
        self._parts = []
        self._n = len(v)
        self._pos = 0

    def _value(self):
        if self._parts:
            self._v = self._v + self._empty.join(self._parts)
            self._parts = []
        return self._v

    def _live(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def readable(self):
        self._live()
        return True

    def writable(self):
        self._live()
        return True

    def seekable(self):
        self._live()
        return True

    def getvalue(self):
        self._live()
        return self._value()

    def tell(self):
        self._live()
        return self._pos

    def close(self):
        self._closed = True
        self._v = self._empty
        self._parts = []

    def _put(self, data):
        # data at the position (after a gap of zeros if the position is past the end)
        n = len(data)
        pos = self._pos
        if pos == self._n:
            if n:
                self._parts.append(data)
        else:
            v = self._value()
            if pos > self._n:
                v = v + self._zero * (pos - self._n)
                self._v = v + data
            else:
                self._v = v[:pos] + data + v[pos + n:]
        self._pos = pos + n
        if self._pos > self._n:
            self._n = self._pos

    def read(self, size=-1):
        self._live()
        size = check_size(size)
        pos = self._pos
        if pos >= self._n:
            return self._empty
        end = self._n if size < 0 or pos + size > self._n else pos + size
        self._pos = end
        return self._value()[pos:end]

    def truncate(self, size=None):
        self._live()
        size = self._pos if size is None else check_int(size)
        if size < 0:
            raise ValueError(self._neg_size + str(size))
        if size < self._n:
            self._v = self._value()[:size]
            self._n = size
        return size


class StringIO(_Memory, TextIOBase):
    __module__ = '_io'
    _zero = '\0'
    _neg_size = 'Negative size value '

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and type(initial_value) is not str:
            raise TypeError('initial_value must be str or None, not ' + type(initial_value).__name__)
        if newline is not None and type(newline) is not str:
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: ' + repr(newline))
        self._newline = newline
        self._init_value('')
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def line_buffering(self):
        self._live()
        return False

    def write(self, s):
        self._live()
        if type(s) is not str:
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        n = len(s)
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif (nl == '\r' or nl == '\r\n') and '\n' in s:
            s = s.replace('\n', nl)
        self._put(s)
        return n

    def readline(self, size=-1):
        self._live()
        size = check_size(size)
        pos = self._pos
        if pos >= self._n:
            return ''
        v = self._value()
        end = line_end(v, pos, self._newline)
        if end < 0:
            end = self._n
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return v[pos:end]

    def seek(self, pos, whence=0):
        self._live()
        pos = check_int(pos)
        whence = check_int(whence)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (' + str(whence) + ', should be 0, 1 or 2)')
        if whence and pos:
            raise OSError("Can't do nonzero cur-relative seeks")
        if pos < 0:
            raise ValueError('Negative seek position ' + str(pos))
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._n
        self._pos = pos
        return pos


class BytesIO(_Memory, BufferedIOBase):
    __module__ = '_io'
    _empty = b''
    _zero = b'\0'
    _closed_msg = 'I/O operation on closed file.'
    _neg_size = 'negative size value '

    def __init__(self, initial_bytes=None):
        if initial_bytes is None:
            initial_bytes = b''
        elif type(initial_bytes) is not bytes:
            raise TypeError("a bytes-like object is required, not '" + type(initial_bytes).__name__ + "'")
        self._init_value(initial_bytes)

    def write(self, b):
        self._live()
        if type(b) is not bytes:
            raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'")
        self._put(b)
        return len(b)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._live()
        size = check_size(size)
        pos = self._pos
        if pos >= self._n:
            return b''
        v = self._value()
        i = v.find(b'\n', pos)
        end = self._n if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return v[pos:end]

    def seek(self, pos, whence=0):
        self._live()
        pos = check_int(pos)
        whence = check_int(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value ' + str(pos))
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._n + pos)
        else:
            raise ValueError('invalid whence (' + str(whence) + ', should be 0, 1 or 2)')
        self._pos = pos
        return pos

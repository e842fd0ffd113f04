# _ioopen.py: open(), what io.open and the builtin open run: the mode and arguments checked as
# CPython checks them, then a FileIO, buffered and (for text) wrapped in a TextIOWrapper.
from _iobase import DEFAULT_BUFFER_SIZE
from _iofile import FileIO, BufferedReader, BufferedWriter, BufferedRandom
from _iotext import TextIOWrapper, check_newline

_BUFFERED = {'r': BufferedReader, 'w': BufferedWriter, 'a': BufferedWriter, 'x': BufferedWriter}


def _check_type(what, v, allow_none):
    if type(v) is str or (allow_none and v is None):
        return
    raise TypeError("open() argument '" + what + "' must be str" + (' or None' if allow_none else '')
                    + ', not ' + type(v).__name__)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    _check_type('mode', mode, False)
    _check_type('encoding', encoding, True)
    _check_type('errors', errors, True)
    _check_type('newline', newline, True)
    if type(buffering) is not int:
        raise TypeError("'" + type(buffering).__name__ + "' object cannot be interpreted as an integer")
    for c in mode:
        if c not in 'rwaxbt+' or mode.count(c) > 1:
            raise ValueError('invalid mode: ' + repr(mode))
    kind = ''
    for c in mode:
        if c in 'rwax':
            if kind:
                raise ValueError('must have exactly one of create/read/write/append mode')
            kind = c
    binary = 'b' in mode
    if binary and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    if not kind:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    elif buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    check_newline(newline)
    raw = FileIO(file, kind + ('+' if '+' in mode else ''), closefd, opener)
    if buffering == 0:
        return raw
    try:
        size = buffering if buffering > 1 else DEFAULT_BUFFER_SIZE
        cls = BufferedRandom if '+' in mode else _BUFFERED[kind]
        buf = cls(raw, size)
        if binary:
            return buf
        text = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
        text.mode = mode
        return text
    except BaseException:
        raw.close()
        raise

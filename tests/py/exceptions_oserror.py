# OSError as CPython builds it: errno picks the subclass, a file name moves out of args into
# filename (and filename2), str() is "[Errno N] message: 'name'", and the subclasses' hierarchy.
e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, e.args, str(e), repr(e))
print(e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, 'x')
print(type(e).__name__, e.args, str(e), repr(e), e.filename)
e = FileNotFoundError(2, 'No such file or directory', 'x')
print(type(e).__name__, e.args, str(e), repr(e), e.filename)
e = OSError(2, 'No such file or directory', 'a', None, 'b')
print(str(e), e.filename, e.filename2, e.args)
e = OSError(1, 'msg', 7)
print(str(e), e.filename)
e = OSError('plain')
print(str(e), e.errno, e.strerror, e.filename, e.args)
e = OSError()
print(repr(str(e)), e.errno, e.args)
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.errno, e.args, str(e))
e = OSError('two', 'strings')
print(type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(17, 'File exists')
print(type(e).__name__, e)
e = PermissionError(2, 'denied')
print(type(e).__name__, e)
for n in (1, 2, 3, 4, 9, 10, 11, 13, 17, 20, 21, 28, 32, 39, 104, 110, 111):
    print(n, type(OSError(n, 's')).__name__, type(OSError(n, 's', 'f')).__name__)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError),
      issubclass(ConnectionResetError, ConnectionError), issubclass(BlockingIOError, OSError),
      issubclass(InterruptedError, OSError), issubclass(ProcessLookupError, OSError),
      issubclass(ChildProcessError, OSError), issubclass(ConnectionAbortedError, ConnectionError),
      issubclass(ConnectionRefusedError, ConnectionError))
try:
    raise FileExistsError(17, 'File exists', 'd')
except OSError as e:
    print(e, e.filename)
e = OSError(2, 'x')
e.filename = 'later'
e.errno = 5
print(e, e.errno, e.args)
e.strerror = 'changed'
print(e)


class MyErr(OSError):
    pass


e = MyErr(2, 'No such file or directory', 'q')
print(type(e).__name__, e, e.args, e.filename)
try:
    raise OSError(2, 'No such file or directory', 'gone.txt')
except FileNotFoundError as e:
    print('caught', type(e).__name__, e)

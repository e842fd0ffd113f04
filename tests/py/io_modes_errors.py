# open(): the modes (r w a x, +, t, b) and the errors CPython raises for bad modes, missing files,
# directories, closed files, operations a mode does not allow, and arguments of the wrong type.
import io
import os

os.mkdir('tmp_io_modes')
os.chdir('tmp_io_modes')


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', repr(r))
        return r
    except Exception as e:
        print(type(e).__name__ + ':', e)


for mode in ('r', 'w', 'a', 'x', 'r+', 'w+', 'a+', 'x+', 'rt', 'wt', 'tr', 'rb', 'wb', 'ab', 'xb',
             'rb+', 'r+b', 'wb+', 'w+b', 'ab+', 'xb+', 'br'):
    if os.path.exists('f'):
        os.remove('f')
    if mode[0] in 'ra' or mode[:2] in ('tr', 'br'):
        with open('f', 'w') as f:
            f.write('data')
    with open('f', mode) as f:
        print(mode, repr(f), f.mode, f.readable(), f.writable(), type(f).__name__,
              type(getattr(f, 'buffer', f)).__name__)

for mode in ('rw', '', 'z', 'rr', 'r+r', 'bt', 'rbt', 'U', 'rU', 'a+x', 'wa', 'b', 't', '+', 'r++'):
    attempt(open, 'f', mode)
attempt(open, 'f', 5)
attempt(open, 3.5)
attempt(open, 'f', 'r', 0)
attempt(open, 'f', 'rb', encoding='utf-8')
attempt(open, 'f', 'rb', errors='strict')
attempt(open, 'f', 'rb', newline='')
attempt(open, 'f', 'r', newline='x')
attempt(open, 'f', 'r', encoding='no-such-codec')
attempt(open, 'f', 'r', encoding=5)

# the file system's errors, as the OSError subclasses CPython raises
os.mkdir('d')
attempt(open, 'missing.txt')
attempt(open, 'missing.txt', 'rb')
attempt(open, 'missing.txt', 'r+')
attempt(open, 'no/such/dir.txt', 'w')
attempt(open, 'd')
attempt(open, 'd', 'w')
attempt(open, 'd', 'a')
attempt(open, 'f/x')
attempt(open, 'f', 'x')
attempt(open, '')
try:
    open('missing.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, repr(e))
    print(isinstance(e, FileNotFoundError), isinstance(e, IOError))

# what a mode does not allow
with open('f', 'w') as f:
    attempt(f.read)
    attempt(f.readline)
    attempt(f.write, b'bytes')
    attempt(f.write, 5)
    attempt(f.seek, 1, 1)
    attempt(f.seek, 1, 2)
    attempt(f.seek, -1)
    attempt(f.seek, 0, 3)
    print(f.isatty())
with open('f', 'r') as f:
    attempt(f.write, 'x')
    attempt(f.truncate)
    attempt(f.writelines, ['x'])
with open('f', 'rb') as f:
    attempt(f.write, b'x')
    attempt(f.truncate)
with open('f', 'wb') as f:
    attempt(f.write, 'str')
    attempt(f.write, 5)
    attempt(f.read)
    attempt(f.seek, -1)
    attempt(f.seek, 'a')
    attempt(f.truncate, -1)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

# closed files
f = open('f')
f.close()
f.close()
print(f.closed, repr(f))
for name in ('read', 'readline', 'readlines', 'tell', 'flush', 'readable', 'writable', 'seekable',
             'isatty', '__iter__', '__enter__'):
    attempt(getattr(f, name))
attempt(f.write, 'x')
attempt(f.seek, 0)
attempt(next, f)
f = open('f', 'rb')
f.close()
print(f.closed, repr(f))
for name in ('read', 'readline', 'tell', 'flush', 'readable', 'writable', 'seekable', 'fileno'):
    attempt(getattr(f, name))
attempt(f.seek, 0)
f = open('f', 'wb')
f.close()
attempt(f.write, b'x')
f = open('f', 'rb', buffering=0)
f.close()
attempt(f.read)
print(repr(f))

# iteration stops tell(); the end of it gives it back
with open('f', 'w') as f:
    f.write('a\nb\n')
with open('f') as f:
    for line in f:
        attempt(f.tell)
    print(f.tell())

for name in sorted(os.listdir('.')):
    if os.path.isdir(name):
        os.rmdir(name)
    else:
        os.remove(name)
os.chdir('..')
os.rmdir('tmp_io_modes')
print(os.path.exists('tmp_io_modes'))

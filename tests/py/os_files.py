# os: directories and files (mkdir, makedirs, listdir, scandir, walk, stat, rename, replace,
# remove, rmdir, removedirs, chdir/getcwd) and the OSError subclasses and messages they raise.
import os
import stat
import errno

top = 'tmp_os_files'
os.mkdir(top)
start = os.getcwd()
os.chdir(top)
print(os.getcwd() == os.path.join(start, top), os.listdir(), os.listdir('.'))


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', repr(r))
    except OSError as e:
        print(type(e).__name__ + ':', e, '|', e.errno, errno.errorcode[e.errno], e.strerror,
              e.filename, e.filename2)


def write(name, text):
    with open(name, 'w') as f:
        f.write(text)


os.mkdir('d')
write('d/f', 'abc')
write('g', 'hello')
attempt(os.mkdir, 'd')
attempt(os.mkdir, 'x/y')
attempt(os.mkdir, 'g/y')
attempt(os.rmdir, 'd')
attempt(os.rmdir, 'g')
attempt(os.rmdir, 'nope')
attempt(os.remove, 'd')
attempt(os.remove, 'nope')
attempt(os.unlink, 'nope')
attempt(os.rename, 'nope', 'x')
attempt(os.rename, 'g', 'd')
attempt(os.rename, 'd', 'g')
attempt(os.replace, 'nope', 'x')
attempt(os.listdir, 'nope')
attempt(os.listdir, 'g')
attempt(os.stat, 'nope')
attempt(os.stat, '')
attempt(os.chdir, 'nope')
attempt(os.chdir, 'g')
attempt(os.makedirs, 'd')
attempt(os.makedirs, 'g')
attempt(os.makedirs, 'g', exist_ok=True)
attempt(os.makedirs, 'g/h/i')
attempt(os.removedirs, 'nope')
attempt(os.scandir, 'nope')
attempt(os.mkdir, '')
attempt(os.remove, '')

# stat
st = os.stat('g')
print(st.st_size, oct(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode),
      stat.filemode(st.st_mode), st[stat.ST_SIZE], len(st), type(st.st_mtime).__name__,
      type(st.st_mtime_ns).__name__, type(st[stat.ST_MTIME]).__name__)
st = os.stat('d')
print(oct(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode),
      stat.S_IFMT(st.st_mode) == stat.S_IFDIR, stat.S_IMODE(st.st_mode))
print(os.stat('g').st_mtime <= os.stat('g').st_mtime, abs(os.stat('g').st_mtime - os.path.getmtime('g')) < 1)

# rename and replace: a file over a file, a directory to a new name, into a directory
write('h', 'new content')
os.rename('h', 'g')
with open('g') as f:
    print(f.read(), sorted(os.listdir()))
write('h', 'newer')
os.replace('h', 'g')
with open('g') as f:
    print(f.read(), sorted(os.listdir()))
os.rename('g', 'd/g2')
os.mkdir('e')
os.rename('e', 'e2')
os.mkdir('e3')
write('e3/z', '')
attempt(os.rename, 'e2', 'e3')
os.rename('e2', 'd/e2')
print(sorted(os.listdir()), sorted(os.listdir('d')))

# makedirs, scandir, walk
os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
os.makedirs('a/b2/')
write('a/top.txt', 'T')
write('a/b/c/deep.txt', 'D' * 10)
with os.scandir('a') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-',
          os.fspath(e))
print(sorted(e.name for e in os.scandir()))
for root, dirs, files in sorted(os.walk('a')):
    print(root, sorted(dirs), sorted(files))
print([r for r, d, f in os.walk('a', topdown=False)][-1])
order = []
for root, dirs, files in os.walk('a'):
    dirs[:] = [d for d in dirs if d != 'b']
    order.append(root)
print(sorted(order))
print(list(os.walk('nope')))
errs = []
print(list(os.walk('nope', onerror=errs.append)), [type(e).__name__ for e in errs])

# chdir and relative paths
os.chdir('a/b')
print(os.path.relpath(os.getcwd(), start), sorted(os.listdir('..')), os.path.exists('../top.txt'))
with open('../top.txt') as f:
    print(f.read())
os.chdir('../..')
print(os.path.relpath(os.getcwd(), start))

# removedirs, cleanup
os.remove('a/b/c/deep.txt')
os.removedirs('a/b/c')
print(sorted(os.listdir('a')))


def rmtree(p):
    for name in os.listdir(p):
        q = os.path.join(p, name)
        if os.path.isdir(q):
            rmtree(q)
        else:
            os.remove(q)
    os.rmdir(p)


os.chdir('..')
rmtree(top)
print(os.path.exists(top))

# the constants and small functions
print(os.sep, os.curdir, os.pardir, repr(os.linesep), os.extsep, os.altsep, os.name, os.devnull,
      os.pathsep)
print(os.fspath('x'), os.fspath(b'x'), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.getenv('MYRIAD_SURELY_UNSET_VARIABLE'), os.getenv('MYRIAD_SURELY_UNSET_VARIABLE', 'default'))
print(os.strerror(errno.ENOENT), os.strerror(errno.ENOTEMPTY), os.strerror(errno.EISDIR))
print(type(os.getpid()).__name__, os.error is OSError)
try:
    os.fspath(1)
except TypeError as e:
    print(e)


class P:
    def __fspath__(self):
        return 'from-fspath'


print(os.fspath(P()), os.path.join(P(), 'x'))

# os.path (posixpath): the string functions, and the queries that ask the file system.
import os
import os.path
import posixpath
from os import path
from os.path import join as pjoin

print(path is os.path, os.path is posixpath, pjoin is posixpath.join, os.path.__name__)
print(path.sep, path.curdir, path.pardir, path.extsep, path.altsep, path.pathsep, path.devnull)

for args in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'b'), ('a', ''), ('a', 'b', 'c'), ('/', 'x'),
             ('a//', 'b/'), ('a', '/b', 'c'), ('', ''), (b'a', b'b')]:
    print('join', args, repr(path.join(*args)))
for p in ['a/b/c', 'a/b/', '/a', '/', '', 'abc', '//a//b', 'a//b', '///', '/a/b/../c', b'x/y']:
    print(repr(p), path.split(p), repr(path.basename(p)), repr(path.dirname(p)), path.isabs(p))
for p in ['a.txt', 'a.b.c', '.bashrc', 'dir.d/file', 'dir.d/.hidden', 'x.', '..', 'a/b.tar.gz', '',
          '...x', '/.a.b', b'f.py']:
    print(repr(p), path.splitext(p))
for p in ['', '.', '/', '//', '///', 'a/./b', 'a/../b', '../a', 'a/b/../../..', '/../a', '//a/b',
          'a//b///c/', './', 'a/..', '/a/b/./../c/', b'a/../b']:
    print(repr(p), repr(path.normpath(p)))
print(path.commonprefix(['interspecies', 'interstellar', 'interstate']),
      repr(path.commonprefix([])), path.commonprefix(['a/b/c', 'a/b/d']),
      path.commonprefix([['a', 'b'], ['a', 'c']]))
print(path.commonpath(['/a/b/c', '/a/b/d', '/a/bx']), path.commonpath(['a/b', 'a/b/c']),
      path.commonpath(['a']), repr(path.commonpath(['a', 'b'])))
for bad in ([], ['/a', 'b']):
    try:
        path.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
print(path.splitdrive('/a/b'), path.normcase('A/b'), path.expanduser('no/tilde'),
      path.expandvars('no vars'), path.islink('.'), path.ismount('/'))
try:
    path.join('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    path.relpath('')
except ValueError as e:
    print('ValueError', e)

# paths relative to the working directory, and the queries
os.mkdir('tmp_os_path')
os.chdir('tmp_os_path')
here = os.getcwd()
print(path.abspath('x') == path.join(here, 'x'), path.abspath('.') == here,
      path.abspath('a/../b') == path.join(here, 'b'), path.abspath('/q/./r/..'))
print(path.realpath('x') == path.abspath('x'), path.isabs(here))
print(path.relpath('a/b/c', 'a'), path.relpath('a', 'a/b/c'), path.relpath('a'), path.relpath('.'),
      path.relpath('/x/y', '/x/z/w'), path.relpath(here + '/k'))
os.makedirs('sub/inner')
with open('sub/f.txt', 'w') as f:
    f.write('12345')
for p in ['sub', 'sub/f.txt', 'sub/inner', 'missing', 'sub/f.txt/x', '', '.', '..']:
    print(repr(p), path.exists(p), path.isfile(p), path.isdir(p), path.lexists(p))
print(path.getsize('sub/f.txt'), type(path.getmtime('sub/f.txt')).__name__,
      path.getmtime('sub/f.txt') == os.stat('sub/f.txt').st_mtime,
      path.samefile('sub/f.txt', 'sub/../sub/f.txt'))
for f in (path.getsize, path.getmtime):
    try:
        f('missing')
    except FileNotFoundError as e:
        print(type(e).__name__, e)
os.remove('sub/f.txt')
os.rmdir('sub/inner')
os.rmdir('sub')
os.chdir('..')
os.rmdir('tmp_os_path')
print(path.exists('tmp_os_path'))

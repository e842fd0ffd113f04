# Text files: writing, reading (whole, by size, by line, iteration), newline modes, encodings,
# tell/seek, append and update modes, print(file=).
import os

os.mkdir('tmp_io_text')
os.chdir('tmp_io_text')

with open('a.txt', 'w') as f:
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write('first line\n'), f.write('second line\n'), f.write(''), f.write('last, no newline'))
    print(f.tell())
print(f.closed, repr(f))

with open('a.txt') as f:
    print(repr(f.read()))
    print(repr(f.read()), f.tell())
with open('a.txt', 'r') as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)), f.tell())
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline(100)), repr(f.readline()), repr(f.readline()))
with open('a.txt', 'rt') as f:
    print(f.readlines())
with open('a.txt') as f:
    print(f.readlines(12))
    print(list(f))
with open('a.txt') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open('a.txt') as f:
    print(next(f), end='')
    print(f.read(6))

# universal newlines on reading, and the other newline modes
with open('nl.txt', 'w', newline='') as f:
    f.write('unix\nwindows\r\nmac\rend')
with open('nl.txt', 'rb') as f:
    print(f.read())
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('nl.txt', newline=nl) as f:
        print(repr(nl), f.readlines())
    with open('nl.txt', newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('w.txt', 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    with open('w.txt', 'rb') as f:
        print(repr(nl), f.read())

# tell and seek on text files: cookies are positions to come back to
with open('a.txt') as f:
    f.readline()
    pos = f.tell()
    print(pos, repr(f.readline()))
    print(f.seek(pos), repr(f.readline()))
    print(f.seek(0), repr(f.read(5)))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1) == f.tell())
with open('nl.txt') as f:
    f.readline()
    f.readline()
    print(f.tell(), repr(f.read()))

# non-ASCII text, and the encodings
with open('u.txt', 'w', encoding='utf-8') as f:
    print(f.write('h\u00e9llo w\u00f6rld \u20ac \U0001f600\n'))
with open('u.txt', 'rb') as f:
    print(f.read())
with open('u.txt', encoding='utf8') as f:
    print(repr(f), f.read(3), f.tell(), f.read())
with open('u.txt', encoding='latin-1') as f:
    print(ascii(f.read()))
with open('asc.txt', 'w', encoding='ascii') as f:
    f.write('plain')
    try:
        f.write('caf\u00e9')
    except UnicodeEncodeError as e:
        print(type(e).__name__)
with open('asc.txt', encoding='ascii') as f:
    print(f.read())
with open('bad.txt', 'wb') as f:
    f.write(b'ok\xffok\n')
with open('bad.txt', errors='replace') as f:
    print(ascii(f.read()))
with open('bad.txt', errors='ignore') as f:
    print(f.read(), end='')
with open('bad.txt') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)

# append and update modes
with open('a.txt', 'a') as f:
    print(f.tell())
    f.write('\nappended\n')
with open('a.txt') as f:
    print(f.read().splitlines())
with open('a.txt', 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
with open('n.txt', 'w+') as f:
    f.write('hello\nthere\n')
    f.seek(0)
    print(f.readlines())
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open('n.txt', 'a+') as f:
    f.write('LO')
    f.seek(0)
    print(repr(f.read()))
with open('x.txt', 'x') as f:
    f.write('exclusive')
with open('x.txt') as f:
    print(f.read())

# print to a file, writelines, a big file, lines longer than a chunk
with open('p.txt', 'w') as f:
    print('one', 2, 3.0, file=f)
    print('a', 'b', sep='-', end='!\n', file=f, flush=True)
    f.writelines(['x\n', 'y\n'])
with open('p.txt') as f:
    print(f.read(), end='')
with open('big.txt', 'w') as f:
    for i in range(1200):
        f.write('line %d %s\n' % (i, 'z' * (i % 7)))
    f.write('L' * 20000 + '\n')
with open('big.txt') as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[1199], len(lines[1200]))
with open('big.txt') as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += len(line)
    print(n, total, os.path.getsize('big.txt'))
with open('big.txt') as f:
    f.read(12345)
    t = f.tell()
    s = f.read(10)
    f.seek(t)
    print(t, f.read(10) == s)

for name in sorted(os.listdir('.')):
    os.remove(name)
os.chdir('..')
os.rmdir('tmp_io_text')
print(os.path.exists('tmp_io_text'))

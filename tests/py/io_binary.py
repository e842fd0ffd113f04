# Binary files: buffered readers, writers and random access, unbuffered FileIO, seek/tell,
# truncate, gaps filled with zeros, writes larger than the buffer, readline/readlines/iteration.
import io
import os

os.mkdir('tmp_io_binary')
os.chdir('tmp_io_binary')

with open('b.bin', 'wb') as f:
    print(repr(f), f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write(b'hello\n'), f.write(b'\x00\x01\x02\xff\n'), f.write(b''), f.tell())
    f.writelines([b'abc\n', b'last'])
    print(f.tell())
print(repr(f), f.closed)

with open('b.bin', 'rb') as f:
    print(repr(f), f.mode)
    print(f.read(3), f.tell(), f.read(0), f.read(4), f.tell())
    print(f.readline(), f.readline(2), f.readline(), f.readline(), f.readline())
    print(f.read(), f.tell())
with open('b.bin', 'rb') as f:
    print(f.readlines())
with open('b.bin', 'rb') as f:
    print(f.readlines(7))
    print(list(f))
with open('b.bin', 'rb') as f:
    for line in f:
        print(line)
with open('b.bin', 'rb') as f:
    print(f.seek(2), f.read(3), f.seek(-4, 2), f.read(), f.seek(0, 2), f.tell())
    print(f.seek(-3, 2), f.seek(1, 1), f.read(), f.seek(100), f.read(), f.tell())
    print(f.seek(0), f.peek(1)[:1], f.read1(3), f.read(1))

# random access: read, overwrite in the middle, write past the end
with open('b.bin', 'r+b') as f:
    print(repr(f), f.mode)
    print(f.read(5))
    f.seek(1)
    print(f.write(b'EL'))
    f.seek(0)
    print(f.read(6))
    f.seek(30)
    f.write(b'!')
    print(f.tell())
with open('b.bin', 'rb') as f:
    print(f.read())
with open('b.bin', 'w+b') as f:
    print(f.read(), f.mode)
    f.write(b'0123456789')
    print(f.seek(0), f.read(4), f.tell())
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(2), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(6), os.path.getsize('b.bin'))
with open('b.bin', 'rb') as f:
    print(f.read())

# append mode: every write goes to the end, whatever the position
with open('ap.bin', 'ab') as f:
    print(repr(f), f.mode, f.tell())
    f.write(b'one ')
with open('ap.bin', 'ab') as f:
    print(f.tell())
    f.write(b'two ')
    print(f.tell())
with open('ap.bin', 'a+b') as f:
    print(f.mode, f.tell(), f.read())
    f.seek(0)
    print(f.read(3))
    f.write(b'three')
    f.seek(0)
    print(f.read())

# large writes and reads, across the buffer size
data = bytes(range(256)) * 100
with open('big.bin', 'wb') as f:
    f.write(b'<')
    f.write(data)
    for i in range(2000):
        f.write(b'%d,' % i)
    f.write(b'>')
print(os.path.getsize('big.bin'), os.stat('big.bin').st_size)
with open('big.bin', 'rb') as f:
    print(f.read(1), f.read(len(data)) == data, f.read(4), f.tell())
    rest = f.read()
    print(len(rest), rest[-6:], f.read(10))
with open('big.bin', 'rb') as f:
    f.seek(5000)
    a = f.read(10000)
    f.seek(5000)
    b = f.read(5000) + f.read(5000)
    print(a == b, a == (b'<' + data)[5000:15000])
with open('big.bin', 'rb', buffering=100) as f:
    n = 0
    while True:
        chunk = f.read(77)
        if not chunk:
            break
        n += len(chunk)
    print(n)

# unbuffered: FileIO
with open('raw.bin', 'wb', buffering=0) as f:
    print(repr(f), type(f).__name__, f.mode)
    print(f.write(b'raw data'), f.tell())
    print(os.path.getsize('raw.bin'))
with open('raw.bin', 'rb', buffering=0) as f:
    print(f.read(3), f.read(), f.read(), f.seek(-4, 2), f.readall())
with io.FileIO('raw.bin') as f:
    print(repr(f), f.readline(), f.closefd)
print(repr(f))
with io.FileIO('raw.bin', 'a') as f:
    f.write(b'+')
with open('raw.bin', 'rb') as f:
    print(f.read())

print(isinstance(f, io.RawIOBase), isinstance(open('raw.bin', 'rb'), io.BufferedIOBase),
      isinstance(open('raw.bin', 'rb'), io.IOBase), type(open('raw.bin', 'rb')).__name__,
      type(open('raw.bin', 'r+b')).__name__, type(open('raw.bin', 'ab')).__name__)

for name in sorted(os.listdir('.')):
    os.remove(name)
os.chdir('..')
os.rmdir('tmp_io_binary')
print(os.path.exists('tmp_io_binary'))

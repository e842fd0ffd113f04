# io.StringIO and io.BytesIO: reading, writing at any position, seek/tell/truncate, newline
# modes of StringIO, print(file=), and their errors.
import io


def attempt(f, *args):
    try:
        print('ok', repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


s = io.StringIO()
print(s.write('hello'), s.write(' world\n'), s.tell(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.isatty())
s.seek(0)
print(repr(s.read(5)), repr(s.read()), repr(s.read()))
s = io.StringIO('one\ntwo\nthree')
print(s.tell(), repr(s.readline()), repr(s.readline(2)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(5), list(s))
s.seek(0)
for line in s:
    print(repr(line))
s = io.StringIO('abcdef')
s.seek(2)
print(s.write('XY'), s.tell(), repr(s.getvalue()), repr(s.read()))
s.seek(10)
print(s.write('!'), repr(s.getvalue()), s.tell())
print(s.truncate(4), s.tell(), repr(s.getvalue()))
s.seek(0, 2)
print(s.tell(), s.seek(0, 1), s.truncate())
print(s.seek(1), s.write('\u00e9\u20ac'), repr(s.getvalue()))
s.writelines(['p', 'q'])
print(repr(s.getvalue()))

for nl in ('\n', None, '', '\r', '\r\n'):
    s = io.StringIO('ab\r\ncd\ref\n', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
s = io.StringIO(newline=None)
s.write('x\r\ny')
print(repr(s.getvalue()))

s = io.StringIO()
print('a', 1, [2], sep=', ', end='.\n', file=s)
print('b', file=s)
print(repr(s.getvalue()))
with io.StringIO('ctx') as s:
    print(s.read(), s.closed)
print(s.closed)

s = io.StringIO('x')
attempt(s.write, b'bytes')
attempt(s.seek, 1, 1)
attempt(s.seek, 1, 2)
attempt(s.seek, -1)
attempt(s.seek, 0, 3)
attempt(s.truncate, -1)
attempt(s.fileno)
attempt(io.StringIO, b'x')
attempt(io.StringIO, '', 'x')
s.close()
attempt(s.read)
attempt(s.getvalue)
attempt(s.write, 'x')
attempt(s.tell)

b = io.BytesIO(b'hello\nworld')
print(b.read(3), b.readline(), b.read(), b.tell(), b.read(), b.seek(-2, 2), b.read())
print(b.seek(1, 1), b.seek(-100, 1), b.seek(-100, 2), b.tell())
print(b.readlines(), b.seek(0), b.readlines(3), list(b))
b.seek(20)
print(b.write(b'z'), b.getvalue(), b.tell())
print(b.truncate(3), b.getvalue(), b.tell())
print(b.read1(), b.readable(), b.writable(), b.seekable())
b = io.BytesIO()
for i in range(1000):
    b.write(b'%d;' % i)
v = b.getvalue()
print(len(v), v[:12], v[-8:])
b.seek(4)
print(b.write(b'XX'), b.getvalue()[:10], b.read(4))
b.writelines([b'1', b'2'])
print(b.getvalue()[:12], io.BytesIO().getvalue(), io.BytesIO(None).read())
attempt(b.write, 'str')
attempt(io.BytesIO, 'str')
attempt(b.seek, -1)
attempt(b.seek, 0, 3)
attempt(b.truncate, -1)
with io.BytesIO(b'q') as b:
    print(b.read())
attempt(b.read)
attempt(b.getvalue)
attempt(b.write, b'x')
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), type(io.StringIO()).__name__, type(io.BytesIO()).__name__)

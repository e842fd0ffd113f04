# io.py: open() and the file classes of the shared file system (_ioopen, _iofile, _iotext),
# StringIO and BytesIO (_iomem). Files are those of _fs, shared by every interpreter of the run.
from _iobase import (IOBase, RawIOBase, BufferedIOBase, TextIOBase, UnsupportedOperation,
                     DEFAULT_BUFFER_SIZE)
from _iofile import FileIO, BufferedReader, BufferedWriter, BufferedRandom
from _iotext import TextIOWrapper
from _iomem import StringIO, BytesIO
from _ioopen import open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

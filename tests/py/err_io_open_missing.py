# An uncaught error of open(): the traceback shows the caller's line only, as CPython's C open.
import os
print(os.path.exists('no_such_file.txt'))
with open('no_such_file.txt') as f:
    print(f.read())

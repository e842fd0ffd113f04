# sys module basics.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(type(sys.argv).__name__, isinstance(sys.argv, list), len(sys.argv) >= 1)
n = sys.stdout.write('written directly\n')
print('write returned', n)
n = sys.stdout.write('é\n')
print('write returned', n)
print(sys.stdout.write(''), sys.version.startswith('3'), type(sys.version).__name__)
try:
    sys.exit(7)
except SystemExit as e:
    print('SystemExit code', e.code, type(e.code).__name__, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit code', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit code', repr(e.code))
try:
    sys.exit(0)
except SystemExit as e:
    print('SystemExit code', e.code)
try:
    raise SystemExit(2)
except SystemExit as e:
    print('raised SystemExit', e.code)
def deep():
    sys.exit(11)
try:
    deep()
except SystemExit as e:
    print('from function', e.code)
finally:
    print('finally after exit')
try:
    try:
        sys.exit(1)
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
print(sys.version_info[0], sys.version_info >= (3, 0), sys.version_info.major)
sys.stdout.write('no newline ')
sys.stdout.write('then newline\n')
print('end', sys.maxsize > 2 ** 32)

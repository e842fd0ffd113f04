# conversions.py: element conversions of typed buffers, printed so that CPython's array module (the
# reference, run_conversions.py) gives the same text: buf_<typecode> are 4-element buffers (arrays there).
import math

codes = 'bBhHiIlLqQfd'
values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
          2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
          2**64 - 1, 2**64, -2**64, 2**100, True, False, 1.5, -0.0, 0.1, 1e-50, 3.4e38, 1e39, 2**1024,
          float('inf'), float('-inf'), float('nan'), '3', None, [1], 2 + 0j]

def show(x):
    if isinstance(x, float) and math.isnan(x):
        return 'nan'
    return repr(x)

for tc in codes:
    b = globals()['buf_' + tc]
    out = []
    for v in values:
        try:
            b[1] = v
            out.append(show(b[1]))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e).replace('array', 'buffer'))
    print(tc, len(b), b.itemsize, b.typecode)
    for v, r in zip(values, out):
        print('  ', show(v), '->', r)
    for i in (3, -4, 4, -5):
        try:
            print('  get', i, show(b[i]))
        except Exception as e:
            print('  get', i, type(e).__name__ + ': ' + str(e).replace('array', 'buffer'))
        try:
            b[i] = 2
            print('  set', i, 'ok')
        except Exception as e:
            print('  set', i, type(e).__name__ + ': ' + str(e).replace('array', 'buffer'))
    b[1] = 7   # (not a NaN: NaNs are unboxed here, so [nan] == [nan] differs from CPython, see docs/PYTHON.md)
    print('  ', [show(x) for x in b], show(sum(b)), b.tolist() == list(b))

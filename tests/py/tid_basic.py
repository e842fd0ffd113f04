# myriad: n=4
# Uses the per-interpreter globals tid and nthreads.
try:
    tid
except NameError:
    tid, nthreads = 0, 1
print(tid * tid, nthreads)
print('hello from', tid, 'of', nthreads)
print(type(tid).__name__, type(nthreads).__name__, 0 <= tid < nthreads)
chunk = list(range(tid * 5, tid * 5 + 5))
print('chunk', chunk, 'sum', sum(chunk))
total = sum(range(tid, 100, nthreads))
print('strided sum', total)
print('square table', [tid * k for k in range(4)])
def f(n):
    return n * (tid + 1)
print('closure over tid', f(10))
name = 'worker-%02d' % tid
print(name, name.upper(), len(name))
print(f'{tid:>3}|{nthreads:<3}|')
d = {'tid': tid, 'n': nthreads}
print(d)
print('big', (tid + 2) ** 100)
print('float', (tid + 1) / 3)
print('last line of', tid)

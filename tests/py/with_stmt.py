# with statement and context managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after suppression')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught outside', e)
with CM('outer') as o, CM('inner') as i:
    print('body', o, i)
with CM('x'):
    with CM('y', suppress=True):
        1 / 0
    print('after inner with')
def in_function():
    with CM('f'):
        return 'returned'
print(in_function())
for n in range(3):
    with CM('loop%d' % n):
        if n == 0:
            continue
        if n == 1:
            break
print('loop done')
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with BadEnter():
        print('body not run')
except RuntimeError as e:
    print('RuntimeError', e)
class ReturnsOther:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, *args):
        return None
with ReturnsOther() as lst:
    lst.append(4)
print(lst)
class Recorder:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('exit:' + (et.__name__ if et else 'ok'))
        return et is ZeroDivisionError
r = Recorder()
with r:
    r.log.append('work')
with r:
    1 // 0
try:
    with r:
        [][0]
except IndexError:
    r.log.append('outer caught')
print(r.log)
with CM('t1') as (a), CM('t2') as b:
    print(a, b)
class Reusable:
    count = 0
    def __enter__(self):
        Reusable.count += 1
        return Reusable.count
    def __exit__(self, *a):
        return False
ru = Reusable()
with ru as k1:
    pass
with ru as k2:
    pass
print(k1, k2)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('original')
except TypeError as e:
    print('TypeError', e, 'context', type(e.__context__).__name__)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print('not a context manager', type(e).__name__)

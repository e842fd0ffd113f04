# Core builtin functions.
print(len([1, 2]), len('héllo'), len({}), len(range(5)), abs(-3), abs(-2.5), abs(True))
print(min(3, 1, 2), max([3, 1, 2]), min('b', 'a'), max([], default='empty'), min([], default=None))
print(min(['aaa', 'b', 'cc'], key=len), max(['aaa', 'b', 'cc'], key=len), max([1, -5, 3], key=abs))
print(max([2, 2.0]), max([2.0, 2]), min([(1, 'b'), (1, 'a')]), max('abc', 'abd', key=lambda s: s[-1]))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(10), 100), sum([]))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('cab'), sorted({'b': 1, 'a': 2}))
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(list(enumerate('ab')), list(enumerate('ab', 10)), list(zip([1, 2, 3], 'ab')), list(zip()))
print(list(zip([1], [2], [3])), list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(3.14159, 2), round(2.675, 2), round(1234, -2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(7), round(7.6), round(-7.6), round(5.5, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, 10, 1000), pow(2.0, -2), pow(-2, 3))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(True), hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)))
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(repr('a'), repr(1.0), repr([1, 'b']), repr(None), ascii('é'), str(b'x'))
print(chr(65), chr(0x1F600).encode(), ord('a'), ord('€'), chr(ord('a') + 1))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
class Obj:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self._hidden = 2
    def method(self):
        pass
o = Obj()
setattr(o, 'b', 2)
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 'none'), hasattr(o, 'a'), hasattr(o, 'zz'))
delattr(o, 'a')
print(hasattr(o, 'a'), vars(o), [n for n in dir(Obj) if not n.startswith('__')])
print(callable(len), callable(Obj), callable(o), callable(o.method), callable(3), callable(lambda: 0))
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)), isinstance('s', (int, str)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(float, int))
print(type(3), type('s'), type([]), type(o).__name__, type(type), type(None))
print(type(3) is int, type(True) is bool, type(3.0) == float)
print(int(), float(), str(), list(), tuple(), dict(), set(), bool(), bool([0]))
print(abs(-2 ** 70), max(2 ** 70, 2 ** 70 + 1), min(-1.5, -2), sum([1, 2.5]))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
try:
    len(5)
except TypeError as e:
    print('TypeError', e)
try:
    chr(-1)
except ValueError:
    print('ValueError chr')
try:
    ord('ab')
except TypeError:
    print('TypeError ord')
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    sorted([1, 'a'])
except TypeError:
    print('TypeError sorted mixed')
print(list(iter('xy')), list(range(3).__iter__()), id(o) == id(o), isinstance(id(o), int))
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
print(sorted([-3, 2, -1], key=abs), sorted(['B', 'a', 'C'], key=str.lower, reverse=True))
print(bool(0), bool(0.0), bool('0'), bool(None), int('12') + int(3.7), float('1.5') * 2)
print(str(12), str([1]), str(None), str(True), repr(True), format(5, '03d'))

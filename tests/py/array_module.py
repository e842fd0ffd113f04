# array: construction, conversions and their errors per typecode, the list-like methods, bytes
# round trips, slicing, arithmetic, comparisons and repr, as CPython's array module.
from array import array, typecodes, ArrayType


def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


print(typecodes.replace('u', ''), ArrayType is array)
a = array('i', [1, 2, 3])
print(repr(a), a.itemsize, a.typecode, len(a), list(a), 2 in a, 7 in a)
for tc in 'bBhHiIlLqQ':
    print(tc, array(tc, [0, 1]).itemsize,
          attempt(lambda: array(tc, [2 ** 7])), attempt(lambda: array(tc, [2 ** 8])),
          attempt(lambda: array(tc, [2 ** 15])), attempt(lambda: array(tc, [2 ** 16])),
          attempt(lambda: array(tc, [2 ** 31])), attempt(lambda: array(tc, [2 ** 32])),
          attempt(lambda: array(tc, [2 ** 63])), attempt(lambda: array(tc, [2 ** 64])),
          attempt(lambda: array(tc, [-1])), attempt(lambda: array(tc, [-129])),
          attempt(lambda: array(tc, [-2 ** 63 - 1])), attempt(lambda: array(tc, [1.5])),
          attempt(lambda: array(tc, ['x'])))
print(array('d', [1, 2.5]), array('f', [0.1])[0], attempt(lambda: array('d', ['x'])), attempt(lambda: array('f', [2 ** 2000])))
print(attempt(lambda: array('z')), attempt(lambda: array('ii')), attempt(lambda: array('i', 'abc')))
print(array('B', b'ab'), array('h', b'\x01\x00\x02\x00'), attempt(lambda: array('h', b'abc')))
print(array('i', [1]) + array('i', [2]), array('i', [1, 2]) * 2, 2 * array('b', [3]), attempt(lambda: array('i', [1]) + array('d', [2])))
a = array('h', [3, 1, 2])
a.append(5)
a.extend([6])
a.extend(array('h', [7]))
a.insert(0, 9)
print(a, a.pop(), a.pop(0), a.index(1), a.count(3), a[1:3], a[-1], a[::2])
print(attempt(lambda: a.index(42)), attempt(lambda: a.remove(42)), attempt(lambda: a[100]), attempt(lambda: array('i').pop()))
print(attempt(lambda: a.extend(array('i', [1]))), attempt(lambda: a.append(1 << 20)))
a.reverse()
print(a.tolist(), a.tobytes(), array('h', a.tobytes()) == a)
a.remove(3)
a[0] = 70
del a[1]
print(a)
a[0:2] = array('h', [4, 4, 4])
print(a, attempt(lambda: a.__setitem__(slice(0, 1), [1])))
b = array('i', [1, 2])
b += array('i', [3])
b *= 2
print(b, b == array('i', [1, 2, 3, 1, 2, 3]), b != b, array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) == array('d', [1.0]))
c = array('I', [1, 258])
c.byteswap()
print(c, array('d', array('i', [1, 2])), attempt(lambda: array('i', array('d', [1.5]))))
print(array('i'), array('d'), list(reversed(array('q', [1, 2, 3]))), sorted(array('b', [3, -1, 2])), sum(array('f', [0.5, 0.25])))
c = array('L')
c.fromlist([1, 2])
c.frombytes(bytes(8))
print(c, attempt(lambda: c.fromlist((1,))), array.__hash__ is None)

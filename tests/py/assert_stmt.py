# assert statements.
assert True
assert 1 == 1, 'never shown'
assert [1], 'non-empty list is true'
print('passing asserts are silent')
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert False, 'with message'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print('AssertionError', e.args[0])
def checked_sqrt(x):
    assert x >= 0, 'negative input: %r' % x
    return x ** 0.5
print(checked_sqrt(16.0))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print('AssertionError', e)
calls = []
def side():
    calls.append(1)
    return 'msg'
assert True, side()
print('message not evaluated when passing:', calls)
try:
    assert 0, side()
except AssertionError as e:
    print('evaluated on failure:', calls, e)
try:
    assert (1, 2) == (1, 3), 'tuples differ'
except AssertionError as e:
    print(type(e).__name__, e)
print(issubclass(AssertionError, Exception))

# try/except/else/finally, raise, raise from, chaining, exception objects.
def trial(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError as e:
        print('except', type(e).__name__, e)
        return 'from except'
    else:
        print('else', r)
        return 'from else'
    finally:
        print('finally', x)
print(trial(2))
print(trial(0))
try:
    raise ValueError('bad value', 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
e0 = ValueError()
e1 = ValueError('one')
e2 = KeyError('k')
print(repr(e0), '[' + str(e0) + ']', repr(e1), str(e1), repr(e2), str(e2), str(KeyError('a', 'b')))
print(repr(Exception(1, 'x')), str(Exception(1, 'x')), str(IndexError(5)), repr(RuntimeError('q"uote')))
try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print('cause', type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('during handling')
except TypeError as e:
    print('context', type(e.__context__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('suppressed') from None
except TypeError as e:
    print('from None', e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def reraiser():
    try:
        int('x')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    reraiser()
except ValueError as e:
    print('outer got', e)
try:
    raise KeyError
except KeyError as e:
    print('class raise', repr(e), e.args)
try:
    raise ValueError('x')
except (TypeError, ValueError) as e:
    print('tuple except', type(e).__name__)
try:
    [][0]
except LookupError as e:
    print('LookupError caught', type(e).__name__)
def finally_return():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(finally_return())
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows())
try:
    pass
except Exception:
    print('never')
else:
    print('else without exception')
finally:
    print('finally always')
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as e:
    print('outer except', e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise
    finally:
        print('finally during propagation')
except ValueError as e:
    print('propagated', e)
err = None
try:
    raise RuntimeError('bound')
except RuntimeError as exc:
    err = exc
print(err)
try:
    exc
except NameError:
    print('except-as name deleted')
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(404, 'not found')
except MyError as e:
    print(e.code, e, e.args, repr(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), '[%s]' % e)
e = ValueError('attr')
e.extra = 5
print(e.extra, isinstance(e, Exception), e.__class__.__name__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2)
    except KeyError:
        print('not reached: sibling handler')
except KeyError as k:
    print('KeyError from handler', k, repr(k.__context__))

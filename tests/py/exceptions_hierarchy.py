# Builtin exception hierarchy and user-defined exception classes.
def names(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in [ZeroDivisionError, OverflowError, KeyError, IndexError, UnboundLocalError,
            RecursionError, NotImplementedError, StopIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, UnicodeDecodeError, ModuleNotFoundError,
            FileNotFoundError, AssertionError, AttributeError, TypeError, EOFError,
            MemoryError, ImportError, ValueError]:
    print(cls.__name__, names(cls)[1:])
checks = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
          (KeyError, LookupError), (IndexError, LookupError), (KeyError, IndexError),
          (UnboundLocalError, NameError), (RecursionError, RuntimeError),
          (GeneratorExit, Exception), (SystemExit, Exception), (KeyboardInterrupt, Exception),
          (SystemExit, BaseException), (UnicodeDecodeError, ValueError),
          (UnicodeEncodeError, UnicodeError), (FileNotFoundError, OSError),
          (ModuleNotFoundError, ImportError), (BaseException, Exception), (bool, int)]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(KeyError, (TypeError, LookupError)), issubclass(ValueError, (TypeError, KeyError)))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), Exception))
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table):
        super().__init__('db failure on ' + table)
        self.table = table
class NetError(AppError):
    def __str__(self):
        return 'network: ' + (self.args[0] if self.args else '?')
class Weird(AppError, KeyError):
    pass
print(names(DbError), names(Weird))
for exc in [DbError('users'), NetError('timeout'), NetError(), AppError('generic'), Weird('w')]:
    try:
        raise exc
    except DbError as e:
        print('DbError handler', e, e.table)
    except NetError as e:
        print('NetError handler', e, repr(e))
    except KeyError as e:
        print('KeyError handler', type(e).__name__, e)
    except AppError as e:
        print('AppError handler', e)
for thrower in [lambda: 1 / 0, lambda: {}['k'], lambda: [][1], lambda: int('z'),
                lambda: undefined_global_zz, lambda: None.attr, lambda: 1 + 'a']:
    try:
        thrower()
    except ArithmeticError as e:
        print('ArithmeticError <-', type(e).__name__)
    except LookupError as e:
        print('LookupError <-', type(e).__name__)
    except (NameError, AttributeError) as e:
        print('Name/Attr <-', type(e).__name__)
    except Exception as e:
        print('Exception <-', type(e).__name__)
try:
    try:
        raise SystemExit(5)
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print('no')
except KeyboardInterrupt:
    print('KeyboardInterrupt caught specifically')
try:
    raise NotImplementedError('todo')
except RuntimeError as e:
    print('RuntimeError caught', type(e).__name__, e)
print(isinstance(DbError('t'), (KeyError, AppError)), issubclass(NetError, DbError))
try:
    raise 42
except TypeError as e:
    print('TypeError', e)
try:
    class NotExc:
        pass
    raise NotExc()
except TypeError:
    print('TypeError raising non-exception')
try:
    raise StopIteration('manual')
except StopIteration as e:
    print('StopIteration', e.value, e.args)

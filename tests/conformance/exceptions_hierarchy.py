# built-in exception hierarchy: bases of common exceptions
names = ["ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "KeyError", "IndexError", "ValueError", "UnicodeDecodeError", "TypeError", "AttributeError", "NameError", "UnboundLocalError", "RuntimeError", "RecursionError", "NotImplementedError", "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "Exception", "OSError", "FileNotFoundError", "PermissionError", "TimeoutError", "AssertionError", "ImportError", "ModuleNotFoundError", "SyntaxError", "IndentationError", "MemoryError", "EOFError", "BufferError", "Warning", "UserWarning", "DeprecationWarning", "EnvironmentError", "IOError"]
import builtins
for n in names:
    c = getattr(builtins, n)
    print(n, c.__name__, [b.__name__ for b in c.__mro__[1:]])

# atexit.py: functions called when the script ends (at its end, by sys.exit, or after an uncaught
# exception), last registered first; open files' unwritten data is flushed after them.
import sys

_exithandlers = []
_finalizers = []     # run after the handlers (io flushes the files still open)


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    global _exithandlers
    _exithandlers = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _call_each(handlers):
    # those registered while these run are not called (as CPython)
    todo = handlers[:]
    del handlers[:]
    while todo:
        func, args, kwargs = todo.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print('Exception ignored in atexit callback:', repr(func), file=sys.stderr)
            _print_exc(e)


def _print_exc(e):
    # CPython prints the whole traceback here; the exception's own line is what myriad can print
    msg = str(e)
    print(type(e).__name__ + (': ' + msg if msg else ''), file=sys.stderr)


def _run_exitfuncs():
    # called by the interpreter once, when the script's last frame has ended
    _call_each(_exithandlers)
    _call_each(_finalizers)

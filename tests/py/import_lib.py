# myriad: n=3
# Modules written in Python (src/lib): import forms, sys.modules, a module body that raises.
try:
    tid
except NameError:
    tid, nthreads = 0, 1
import sys
if tid != 1:
    import _imptest_ok
    import _imptest_ok as again
    from _imptest_ok import double, value
    print(_imptest_ok is again, double(value), _imptest_ok.__name__)
    print(sys.modules['_imptest_ok'] is again)
    _imptest_ok.value = 7
    import _imptest_ok
    print(_imptest_ok.value)
print('_imptest_ok' in sys.modules)
for attempt in range(2):
    try:
        import _imptest_bad
    except ValueError as e:
        print("failed:", e, '_imptest_bad' in sys.modules)
try:
    from _imptest_ok import missing
except ImportError as e:
    print(type(e).__name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)
def f():
    import _imptest_ok as m
    return m.double(21)
print(f())

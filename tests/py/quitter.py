# exit() and quit(): the builtins CPython's site module adds; they raise SystemExit
print(repr(exit))
print(repr(quit))
for f in (exit, quit):
    for args in ((), (5,), ("bye",)):
        try:
            f(*args)
        except SystemExit as e:
            print(f is exit, e.code, e.args)
exit(0)
print("not reached")

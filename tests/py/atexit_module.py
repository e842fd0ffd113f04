# atexit: handlers run last-registered first when the script ends, with their arguments; unregister
# removes every registration of a function; a failing handler does not stop the others (its message
# goes to stderr, checked by tests/fs/run_fs_tests.py's sibling tests, not here).
import atexit


def bye(who, punct="!"):
    print("bye", who + punct)


def never():
    print("never printed")


print(atexit.register(bye, "first") is bye)
atexit.register(bye, "second", punct="?")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated runs first")


def late():
    print("registered by a handler: not run")


def registers_more():
    print("handler registering another")
    atexit.register(late)


atexit.register(registers_more)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)
print("end of script")

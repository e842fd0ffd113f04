# A user module that tests/py/import_user_module.py imports (found next to the script).
VALUE = 42
LOADS = []
LOADS.append(__name__)


def twice(x):
    return 2 * x

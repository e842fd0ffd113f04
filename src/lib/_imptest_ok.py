# _imptest_ok.py: a tiny module written in Python that the tests import (the import machinery itself).
print("_imptest_ok runs")
value = 42

def double(x):
    return 2 * x

if double(value) != 84:
    raise RuntimeError("bad")

# _imptest_bad.py: a module whose body raises, for the tests of a failed import.
partial = 1
raise ValueError("broken module")

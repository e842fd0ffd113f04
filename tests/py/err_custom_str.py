# An uncaught exception whose __str__ is Python code, chained from another.
class E2(ValueError):
    def __str__(self):
        return "custom " + str(self.args[0])
def f():
    raise E2("x")
try:
    f()
except E2 as e:
    raise KeyError("k") from e

# user-defined exceptions: custom __init__, __str__, attributes, hierarchy, args
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, hint=None):
        super().__init__(key)
        self.key, self.hint = key, hint
class Detailed(AppError):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return "code=%d" % self.code
for exc in [AppError("plain"), NotFound("k", hint="try"), Detailed(7)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, repr(str(e)), e.args, getattr(e, "key", None), getattr(e, "hint", None), isinstance(e, Exception))
print(repr(NotFound("z")), repr(Detailed(3)), issubclass(NotFound, AppError))
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("m")
except KeyError as e:
    print("caught as KeyError", repr(e), str(e))
class NoArgs(Exception):
    def __init__(self):
        pass
print(repr(NoArgs()), NoArgs().args, str(NoArgs()))

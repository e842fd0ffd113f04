# Uncaught user-defined exceptions: class defined in __main__, with and without message.
class ConfigError(Exception):
    pass

class Validator:
    def __init__(self, limit):
        self.limit = limit

    def validate(self, n):
        if n > self.limit:
            raise ConfigError()
        return n

v = Validator(10)
print(v.validate(5))
try:
    v.validate(50)
except ConfigError as e:
    print('caught', type(e).__name__, repr(str(e)))
v.validate(11)

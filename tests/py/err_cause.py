# raise ... from ...: the cause is printed first, then the direct-cause banner.
class AppError(Exception):
    pass

def lookup(table, key):
    try:
        return table[key]
    except KeyError as exc:
        raise AppError('missing key %r' % key) from exc

print(lookup({'a': 1}, 'a'))
lookup({'a': 1}, 'b')

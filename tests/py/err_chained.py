# Exception raised while handling another: both tracebacks are printed.
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        raise KeyError('no such record')

print('loading')
load('abc')

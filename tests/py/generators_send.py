# Generator methods: send, throw, close, GeneratorExit.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g), g.send('a'), g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('echo returned', e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        val = yield avg
        total += val
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught inside', e)
            yield 'recovered'
g = catcher()
print(next(g), g.throw(ValueError('boom')), next(g))
def no_catch():
    yield 1
    yield 2
g = no_catch()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated KeyError', e)
print(list(g))
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup ran')
g = with_cleanup()
print(next(g))
g.close()
print('closed')
g.close()
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
g = catches_exit()
next(g)
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
def yield_value():
    x = yield
    print('got', x)
    y = yield x
    print('got', y)
g = yield_value()
print(next(g), g.send(5))
try:
    g.send(7)
except StopIteration:
    print('finished')

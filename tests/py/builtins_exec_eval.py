# eval() and exec().
print(eval('1 + 2 * 3'), eval('"ab" * 2'), eval('[x * x for x in range(4)]'), eval(' 7 '))
x = 10
print(eval('x + 1'), eval('x * y', {'x': 2, 'y': 3}), eval('x + y', {'x': 1}, {'y': 5}))
ns = {}
exec('a = 5\nb = a * 2\ndef f(n):\n    return n + b\n', ns)
print(ns['a'], ns['b'], ns['f'](1), sorted(k for k in ns if not k.startswith('__')))
g = {'counter': 0}
exec('for i in range(5):\n    counter += i', g)
print(g['counter'], g['i'])
print(exec('1 + 1'), eval('None'))
exec('new_global = "created by exec"')
print(new_global)
code = '''
class K:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
result = K(21).double()
'''
env = {}
exec(code, env)
print(env['result'], type(env['K']).__name__)
loc = {}
exec('z = 3', {}, loc)
print(loc)
for src in ['1 +', 'def', '(]', 'x = = 1']:
    try:
        eval(src)
    except SyntaxError:
        print(repr(src), 'SyntaxError')
try:
    exec('1 +')
except SyntaxError:
    print('exec SyntaxError')
try:
    eval('undefined_zz_name')
except NameError as e:
    print('NameError', e)
try:
    eval('1 / 0')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
for obj in [[1, 'two', 3.0], {'k': (1, 2)}, 'quote\'s "both"', -0.5, 10 ** 20, (1,), {1, 2} if False else None]:
    print(eval(repr(obj)) == obj, repr(obj))
def f():
    y = 7
    return eval('y * 6')
print(f())
print(eval('lambda n: n + 1')(4), eval('(lambda: x)()'))
funcs = {}
for op in ['+', '-', '*']:
    exec('def op_f(a, b):\n    return a %s b' % op, funcs)
    funcs[op] = funcs['op_f']
print(funcs['+'](6, 3), funcs['-'](6, 3), funcs['*'](6, 3))
print(eval('sum(range(n))', {'n': 5}), eval('len(s)', {'s': 'abc'}))
print(eval('abs(-3)', {}), eval('__name__', {'__name__': 'custom'}))
exec('print("printed from exec")')
exec('''
def gen():
    yield from range(3)
print(list(gen()))
''')
expr = '2 ** 10 - 24'
print(expr, '=', eval(expr))
src = 'total = 0\nfor v in data:\n    total += v\n'
scope = {'data': [1, 2, 3]}
exec(src, scope)
print(scope['total'])

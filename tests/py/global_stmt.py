# global statement and module-level names.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter, bump(), counter)
def create():
    global created_later
    created_later = 'made in function'
create()
print(created_later)
name = 'module'
def local_shadow():
    name = 'local'
    return name
print(local_shadow(), name)
def read_only():
    return name + '!'
print(read_only())
def nested_global():
    def inner():
        global name
        name = 'changed by inner'
    inner()
nested_global()
print(name)
def global_in_loop():
    global total
    total = 0
    for i in range(5):
        total += i
global_in_loop()
print(total)
def del_global():
    global temp
    del temp
temp = 1
del_global()
try:
    temp
except NameError as e:
    print('NameError', e)
def unbound_local():
    try:
        counter += 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
unbound_local()
def mixes():
    global counter
    local_var = counter * 10
    counter = local_var
    return local_var
print(mixes(), counter)
print(globals()['counter'], 'counter' in globals(), 'nonexistent' in globals())
g = 5
def uses_globals_dict():
    globals()['g'] = 6
uses_globals_dict()
print(g)
x = 1
def a():
    x = 2
    def b():
        global x
        x = 3
        return x
    r = b()
    return r, x
print(a(), x)
for loop_var in range(3):
    pass
print('loop var leaks at module level:', loop_var)
if True:
    block_var = 'blocks do not create scope'
print(block_var)
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
lst = []
def mutate_without_global():
    lst.append(1)
mutate_without_global()
mutate_without_global()
print(lst)
class C:
    attr = counter
    def method(self):
        return counter
print(C.attr, C().method())
print(__name__)

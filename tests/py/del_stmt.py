# The del statement on names, items, slices and attributes.
x = 5
del x
try:
    x
except NameError as e:
    print('NameError', e)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in globals(), 'b' in globals())
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O:
    cls_attr = 'c'
o = O()
o.x = 1
o.y = 2
del o.x
print(vars(o), hasattr(o, 'x'))
try:
    del o.x
except AttributeError:
    print('AttributeError')
del O.cls_attr
print(hasattr(O, 'cls_attr'))
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError:
        return 'UnboundLocalError'
print(f())
nested = {'k': [1, {'inner': 2, 'keep': 3}]}
del nested['k'][1]['inner']
print(nested)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
try:
    del lst[5]
except IndexError as e:
    print('IndexError', e)
t = (1, 2)
try:
    del t[0]
except TypeError:
    print('TypeError tuple del')
s = 'abc'
try:
    del s[0]
except TypeError:
    print('TypeError str del')
for i in range(3):
    pass
del i
print('i' in globals())
y = [1, 2, 3]
z = y
del y
print(z)
class Del:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        print('deleting', k)
        del self.data[k]
dd = Del()
dd['p'] = 1
dd['q'] = 2
del dd['p']
print(dd.data)

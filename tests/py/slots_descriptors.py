# __slots__, data descriptors (__set__/__delete__) and their precedence, __set_name__
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError:', e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print('AttributeError:', e)

class Point3(Point):
    __slots__ = ('z',)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print('AttributeError:', e)

class Loose(Point):
    pass
r = Loose(1, 2)
r.w = 5
print(r.w)

class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print('get', self.name)
        return obj.__dict__.get('_' + self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(self.name + ' must be an int')
        print('set', self.name, value)
        obj.__dict__['_' + self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
        del obj.__dict__['_' + self.name]

class Rec:
    a = Typed()
    b = Typed()
    def __init__(self):
        self.a = 1
print(Rec.a.name, Rec.a.owner, Rec.b.name)
rec = Rec()
rec.b = 2
print(rec.a + rec.b)
try:
    rec.a = 'x'
except TypeError as e:
    print('TypeError:', e)
del rec.a
print(rec.a)
rec.__dict__['a'] = 'shadow'
print(rec.a)          # the data descriptor wins over the instance dict

class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class Holder:
    nd = NonData()
h = Holder()
print(h.nd)
h.nd = 'instance'
print(h.nd)           # the instance dict wins over a non-data descriptor
del h.nd
print(h.nd)

class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['so'] = value * 2
class HasSetOnly:
    so = SetOnly()
hs = HasSetOnly()
hs.so = 21
print(hs.so)

class Upper:
    def __init__(self):
        self.log = []
    def __set_name__(self, owner, name):
        self.log.append((owner.__name__, name))
u = Upper()
class Owner:
    first = u
    second = u
print(u.log)

# metaclasses: __new__/__init__ with class keywords, __call__, methods and properties of the
# metaclass seen on the class, type(name, bases, dict), inheritance of the metaclass, __prepare__
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = 'Meta'
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, kw)
        super().__init__(name, bases, ns)
    def __len__(cls):
        return len(cls.items)
    def __iter__(cls):
        return iter(cls.items)
    def __getitem__(cls, i):
        return cls.items[i]
    def __contains__(cls, x):
        return x in cls.items
    def __repr__(cls):
        return '<Meta ' + cls.__name__ + '>'
    def describe(cls):
        return cls.__name__ + ' with ' + str(len(cls)) + ' items'
    @property
    def size(cls):
        return len(cls.items)

class Bag(metaclass=Meta, flavour='sweet'):
    items = ['a', 'b', 'c']
    def method(self):
        return 'instance method'

print(type(Bag) is Meta, isinstance(Bag, type), isinstance(Bag, Meta))
print(len(Bag), list(Bag), Bag[1], 'b' in Bag, 'z' in Bag, repr(Bag), Bag)
print(Bag.describe(), Bag.size, Bag.created_by, Bag().method())
print(hasattr(Bag(), 'describe'))

class SubBag(Bag):
    items = [1]
print(type(SubBag).__name__, len(SubBag), SubBag.created_by)

class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kw):
        if cls not in Singleton.instances:
            print('creating', cls.__name__, args, kw)
            Singleton.instances[cls] = super().__call__(*args, **kw)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value, mode='x'):
        self.value = value
        self.mode = mode
a = Config(1, mode='y')
b = Config(2)
print(a is b, a.value, a.mode)

Point = type('Point', (object,), {'x': 1, 'show': lambda self: 'Point x=' + str(self.x)})
print(Point, Point.__name__, Point().show(), Point.__module__)
Point3 = type('Point3', (Point,), {})
print(Point3.__mro__)
Made = Meta('Made', (), {'items': [9, 8]})
print(Made, list(Made))
print(type(type), type(Meta), type(int))

class Counting(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'preset': 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class Prepared(metaclass=Counting, opt=1):
    x = 1
print(Prepared.preset, Prepared.x)

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print('TypeError:', e)

def function_meta(name, bases, ns):
    return 'made ' + name
class NotAClass(metaclass=function_meta):
    pass
print(NotAClass)

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class RBase(metaclass=Registry): pass
class RChild(RBase): pass
class RGrandChild(RChild): pass
print(Registry.classes)

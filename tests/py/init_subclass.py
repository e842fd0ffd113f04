# __init_subclass__ with class keywords, __class_getitem__, __set_name__ order
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin, name='alpha!'):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name='g'):
    pass
print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, 'plugin_name'))

class Base:
    @classmethod
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__, sorted(kw.items()))
class Derived(Base, x=1, y=2):
    pass

try:
    class Bad(object, unexpected=1):
        pass
except TypeError as e:
    print('TypeError:', e)

class Order:
    def __set_name__(self, owner, name):
        print('set_name', name, hasattr(owner, 'seen'))
class Watch:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__)
        cls.seen = True
class W(Watch):
    a = Order()

class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + '[' + repr(item) + ']'
print(Box[int], Box['x'], Box[1, 2])
class SubBox(Box):
    pass
print(SubBox[3])

# abc: abstract methods block instantiation, register, isinstance
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
print(Sq(3).describe(), isinstance(Sq(1), Shape))
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Virtual(abc.ABC):
    pass
Virtual.register(int)
print(isinstance(3, Virtual), issubclass(int, Virtual), issubclass(str, Virtual))

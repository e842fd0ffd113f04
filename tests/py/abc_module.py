# abc: ABC, ABCMeta, abstractmethod (TypeError on instantiation), register, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return type(self).__name__ + ' area=' + str(self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class RealSquare(Square):
    def perimeter(self):
        return 4 * self.s

for cls in (Shape, Square):
    try:
        cls(2) if cls is Square else cls()
    except TypeError as e:
        print('TypeError:', e)
r = RealSquare(3)
print(r.describe(), r.perimeter(), isinstance(r, Shape), issubclass(RealSquare, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), RealSquare.__abstractmethods__)
print(type(Shape).__name__, type(ABC).__name__, isinstance(Shape, ABCMeta))

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
class Impl(Base):
    @property
    def name(self):
        return 'impl'
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name)
try:
    Base()
except TypeError as e:
    print('TypeError:', e)

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))

class Registered(ABC):
    pass
Registered.register(int)
@Registered.register
class Plain:
    pass
print(isinstance(3, Registered), isinstance('x', Registered), issubclass(Plain, Registered),
      isinstance(Plain(), Registered), isinstance(3, (str, Registered)), issubclass(bool, Registered))
print(Registered.register(float) is float)

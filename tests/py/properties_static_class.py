# property, staticmethod, classmethod.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, vars(t))
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError:
    print('AttributeError read-only property')
del t.celsius
print(hasattr(t, '_c'))
class Circle:
    def __init__(self, r):
        self.r = r
    def _area(self):
        return 3 * self.r * self.r
    area = property(_area, doc='approx area')
print(Circle(2).area, type(Circle.area).__name__, Circle.area.__doc__)
class MathUtil:
    factor = 10
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return v * cls.factor
    @classmethod
    def name(cls):
        return cls.__name__
class SubUtil(MathUtil):
    factor = 100
print(MathUtil.add(2, 3), MathUtil().add(4, 5), MathUtil.scaled(2), SubUtil.scaled(2), SubUtil().scaled(3))
print(MathUtil.name(), SubUtil.name(), SubUtil().name())
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return '%s(%04d-%02d-%02d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
class Counted:
    instances = 0
    def __init__(self):
        Counted.instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
for _ in range(3):
    Counted()
print(Counted.how_many())
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if not hasattr(self, '_value'):
            self.computed += 1
            self._value = 42
        return self._value
lz = Lazy()
print(lz.value, lz.value, lz.computed)
class Base:
    @property
    def kind(self):
        return 'base'
class Derived(Base):
    @property
    def kind(self):
        return 'derived<' + super().kind + '>'
print(Base().kind, Derived().kind)
class Account:
    def __init__(self):
        self._balance = 0
    balance = property(lambda self: self._balance)
    def deposit(self, n):
        self._balance += n
acc = Account()
acc.deposit(50)
print(acc.balance)
sm = staticmethod(len)
print(callable(MathUtil.add), type(MathUtil.__dict__['add']).__name__, type(MathUtil.__dict__['scaled']).__name__)
class Shadow:
    @property
    def p(self):
        return 'property'
s = Shadow()
try:
    s.__dict__['p'] = 'instance'
    print(s.p)
except AttributeError:
    print('no __dict__')

# Inheritance, super(), MRO.
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return '%s the %s says %s' % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return 'Woof'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!' * self.age
    def describe(self):
        return Animal.describe(self) + ' (puppy)'
class Cat(Animal):
    kind = 'cat'
    def speak(self):
        return 'Meow'
for a in [Animal('generic'), Dog('Rex'), Puppy('Bit', 3), Cat('Tom')]:
    print(a.describe())
print(isinstance(Puppy('x', 1), Dog), isinstance(Dog('x'), Puppy), issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(issubclass(Puppy, (Cat, Dog)), isinstance(Cat('c'), (int, Animal)), issubclass(Dog, object))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    def __init__(self):
        print('Base init')
        self.trail = ['Base']
class Left(Base):
    def __init__(self):
        print('Left init')
        super().__init__()
        self.trail.append('Left')
class Right(Base):
    def __init__(self):
        print('Right init')
        super().__init__()
        self.trail.append('Right')
class Bottom(Left, Right):
    def __init__(self):
        print('Bottom init')
        super().__init__()
        self.trail.append('Bottom')
print(Bottom().trail)
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement')
    def __str__(self):
        return '%s(area=%s)' % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Rect(Sq):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h
    def area(self):
        return self.s * self.h
print(Sq(3), Rect(2, 5), [str(s) for s in (Sq(1), Rect(1, 2))])
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError', e)
class Stack(list):
    def push(self, v):
        self.append(v)
    def top(self):
        return self[-1]
st = Stack([1, 2])
st.push(3)
print(st, st.top(), len(st), isinstance(st, list), type(st).__name__, st + [4])
class Upper(str):
    def shout(self):
        return self.upper() + '!'
print(Upper('hey').shout(), Upper('x') == 'x', len(Upper('abc')))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
dd = DefaultDict()
dd['a'] += 5
print(dd, dd['b'], dd)
class Cls:
    count = 0
    @classmethod
    def create(cls):
        cls.count += 1
        return cls()
class SubCls(Cls):
    pass
print(type(SubCls.create()).__name__, SubCls.count, Cls.count)
class Parent:
    def greet(self):
        return 'parent'
class Child(Parent):
    def greet(self):
        return 'child+' + super(Child, self).greet()
print(Child().greet())
class Attr:
    x = 'class'
class SubAttr(Attr):
    pass
SubAttr.x = 'sub'
print(Attr.x, SubAttr.x, SubAttr().x)
del SubAttr.x
print(SubAttr.x)

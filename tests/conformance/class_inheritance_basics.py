# single inheritance: overriding, super() calls, class attributes shadowing, isinstance chains
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1)]
for a in animals:
    print(a, a.speak(), isinstance(a, Dog), type(a).__mro__[1].__name__)
print(Puppy.sound, Puppy("x", 2).age, issubclass(Puppy, Animal), Puppy.__bases__[0].__name__)
print(Dog.speak is Animal.speak, Puppy.speak is Dog.speak, "speak" in Puppy.__dict__, "speak" in Dog.__dict__)
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Impl(Base):
    def hook(self):
        return "impl"
print(Base().template(), Impl().template())

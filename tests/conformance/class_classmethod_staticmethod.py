# classmethod and staticmethod: alternate constructors, calling via class and instance, inheritance
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-1-1"), Date.is_leap(1900), Date(1, 1, 1).is_leap(2000))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__, Date.from_string.__self__ is Date)
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class Sub(Counter):
    pass
print(Counter.inc(), Counter.inc(), Sub.inc(), Counter.count, Sub.count)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class H:
    f = sm
    g = cm
print(H.f("abc"), H().g(), H.g())

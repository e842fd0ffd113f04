# class features: class vs instance attributes, __dict__, __doc__, __name__, vars, dynamic attrs
class Point:
    "a point"
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.norm2(), Point.norm2(p), p.dims, Point.dims, vars(p), p.__dict__ == {"x": 3, "y": 4}, Point.__doc__, Point.__name__)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
del p.dims
print(p.dims)
Point.z = 0
print(p.z, hasattr(p, "z"), getattr(p, "q", "default"), type(p) is Point, p.__class__.__name__)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
e.a = 1
setattr(e, "b", 2)
print(vars(e), Empty.__doc__, Empty.__bases__, Empty.__mro__[-1].__name__)
delattr(e, "a")
print(vars(e), "norm2" in Point.__dict__, "x" in Point.__dict__)
print(p.norm2.__self__ is p, p.norm2.__func__ is Point.norm2, Point.norm2.__name__)

# Classes: attributes, methods, instances.
class Point:
    """A 2D point."""
    dims = 2
    created = 0
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.created += 1
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    def as_tuple(self):
        return (self.x, self.y)
p = Point(3, 4)
q = p.moved(1, 1)
print(p.x, p.y, p.norm2(), q.as_tuple(), Point.created, p.dims, Point.dims)
print(type(p).__name__, p.__class__.__name__, Point.__name__, Point.__doc__, isinstance(p, Point))
print(vars(p), p.__dict__ == {'x': 3, 'y': 4})
p.z = 99
print(vars(p), hasattr(p, 'z'), hasattr(q, 'z'))
p.dims = 3
print(p.dims, q.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims, q.dims)
m = p.norm2
print(m(), Point.norm2(q), m.__name__)
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    Point.nope
except AttributeError as e:
    print('AttributeError', e)
print(p == p, p == Point(3, 4), p != q, bool(p))
class Empty:
    pass
e = Empty()
e.a = 1
print(vars(e), type(e).__name__, isinstance(e, object), Empty.__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self):
        self.n += 1
        return self
c = Counter()
c.incr().incr().incr()
print(c.n)
class Stack:
    def __init__(self, items=None):
        self.items = list(items) if items else []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1] if self.items else None
    def size(self):
        return len(self.items)
s = Stack([1, 2])
s.push(3)
print(s.pop(), s.peek(), s.size(), Stack().peek())
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(a.items, b.items, Shared.items is a.items)
class Outer:
    class Inner:
        val = 'inner'
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().val, Outer.Inner.__qualname__)
def method_outside(self):
    return 'bound ' + self.name
class Late:
    def __init__(self, name):
        self.name = name
Late.greet = method_outside
print(Late('obj').greet())
setattr(p, 'w', 7)
print(getattr(p, 'w'), getattr(p, 'nope', 'default'))
delattr(p, 'w')
print(hasattr(p, 'w'), sorted(n for n in dir(p) if not n.startswith('_')))
class ClassBody:
    a = 1
    b = a + 1
    lst = [i * 2 for i in range(3)]
    def f(self):
        return self.b
print(ClassBody.b, ClassBody.lst, ClassBody().f())
print(type(Point) is type, type(Point).__name__, type(p.norm2).__name__, type(Point.norm2).__name__)
class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.from_new = v * 2
        return inst
    def __init__(self, v):
        self.from_init = v
w = WithNew(5)
print(w.from_new, w.from_init)

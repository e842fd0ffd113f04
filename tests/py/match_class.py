# class patterns: positional (via __match_args__) and keyword sub-patterns, built-in types, errors


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3 * self.r * self.r


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y at {y}"
        case Point(x, 0):
            return f"on x at {x}"
        case Point3(x, y, z=0):
            return f"3d flat {x} {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(r=r, area=a):
            return f"circle {r} area {a}"
        case _:
            return "not a shape"


for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(3, 3),
          Point(1, 2), Circle(2), 5]:
    print(where(p))

# built-in types match themselves with one positional sub-pattern
for v in [5, True, 2.5, "s", b"b", [1], (1,), {1: 2}, {3}, frozenset({4}), bytearray(b"x")]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(bs):
            print("bytes", bs)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(fs):
            print("frozenset", sorted(fs))
        case bytearray(ba):
            print("bytearray", ba)

# a missing attribute is no match
match Circle(1):
    case Circle(r=1, missing=2):
        print("no")
    case Circle(r=1):
        print("circle without 'missing'")


def error(subject, pattern_kind):
    try:
        match subject:
            case Point(a, b, c) if pattern_kind == 0:
                pass
            case int(1, 2) if pattern_kind == 1:
                pass
            case Circle(r) if pattern_kind == 2:
                pass
            case BadArgs(a) if pattern_kind == 3:
                pass
            case Dup(a, x=b) if pattern_kind == 4:
                pass
            case notatype.real(a) if pattern_kind == 5:
                pass
    except TypeError as e:
        print("TypeError:", e)


class BadArgs:
    __match_args__ = ["x"]


class Dup:
    __match_args__ = ("x",)
    x = 1


notatype = 3
error(Point(1, 2), 0)
error(7, 1)
error(Circle(1), 2)
error(BadArgs(), 3)
error(Dup(), 4)
error(Circle(1), 5)

# __match_args__ inherited; subclasses match the base class pattern
match Point3(7, 8, 9):
    case Point(a, b):
        print("as Point", a, b)


match True:
    case int(v):
        print("bool as int", v)

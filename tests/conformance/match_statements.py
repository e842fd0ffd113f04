# structural pattern matching: literals, sequences, mappings, classes, guards, or/as
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case "hi":
            return "greeting"
        case None | True:
            return "const %r" % (v,)
        case [x]:
            return "one %r" % (x,)
        case [x, y, *rest] if not rest:
            return "pair %r %r" % (x, y)
        case [x, *rest]:
            return "many from %r, %d more" % (x, len(rest))
        case {"type": "cmd", "name": str(name), **others}:
            return "cmd %s %r" % (name, sorted(others))
        case Pt(x=0, y=yy):
            return "on y axis at %d" % yy
        case Pt(xx, yy) as p:
            return "point %d,%d %r" % (xx, yy, p)
        case int(n) if n < 0:
            return "negative %d" % n
        case float() | int():
            return "number %r" % (v,)
        case str() as s:
            return "string of %d" % len(s)
        case _:
            return "other " + type(v).__name__
for v in [0, 1, "hi", None, True, [5], (1, 2), [1, 2, 3], {"type": "cmd", "name": "go", "z": 1}, Pt(0, 4), Pt(2, 3), -5, 2.5, 7, "text", {1}, {"type": "cmd", "name": 5}, "", []]:
    print(repr(v), "->", describe(v))
def dots(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["drop", *objs]:
            return "dropping " + ",".join(objs)
        case _:
            return "?"
print(dots("go north"), dots("go west"), dots("drop a b"), dots(""))

# getattr/setattr/hasattr/delattr/vars/dir on objects, classes, modules
class A:
    cls_attr = 1
    def method(self): pass
a = A()
setattr(a, "x", 10)
print(getattr(a, "x"), getattr(a, "y", None), hasattr(a, "x"), hasattr(a, "method"), hasattr(A, "x"), getattr(A, "cls_attr"))
delattr(a, "x")
print(hasattr(a, "x"), vars(a), sorted(k for k in vars(A) if not k.startswith("__")))
for bad in ["getattr(a, 'nope')", "getattr(a, 5)", "vars(5)", "delattr(a, 'nope')", "setattr(5, 'x', 1)"]:
    try:
        eval(bad)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print([n for n in dir(a) if not n.startswith("__")], "cls_attr" in dir(A), "__init__" in dir(a))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir(1) if not n.startswith("_")])
import math
print(getattr(math, "pi"), hasattr(math, "nothing"), "sqrt" in dir(math), vars(math) is math.__dict__)
def f(): pass
f.attr = 3
print(vars(f), getattr(f, "__name__"))

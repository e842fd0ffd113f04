# errors while spreading f(*x) / f(**x) name the callable as CPython does (module.qualname())
class C:
    def m(self, *a, **k):
        pass

class NotMapping:
    pass

def f(*a, **k):
    pass

def outer():
    def inner(**k):
        pass
    return inner

cases = ["f(*5)", "f(1, *5)", "[*5]", "(*None,)", "f(**5)", "f(a=1, **5)", "f(**{'a': 1}, **{'a': 2})",
         "f(a=1, **{'a': 2})", "f(**{'a': 1}, a=2)", "C().m(*5)", "C().m(**[1])", "C.m(C(), **NotMapping())",
         "print(*5)", "print(**5)", "[].append(*5)", "C(*5)", "C(**5)", "{**5}", "f(*[], **5)", "len(*None)",
         "(lambda: 0)(*5)", "f(*[1], *5)", "outer()(**{'x': 1}, x=2)", "max(*5)", "dict(**{'a': 1}, a=1)"]
for t in cases:
    try:
        eval(t)
        print(t, "-> ok")
    except TypeError as e:
        print(t, "->", e)
print(print.__module__, [].append.__qualname__, [].append.__module__, C().m.__module__, len.__qualname__)

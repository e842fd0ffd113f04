# global and nonlocal declarations, class-body scoping rules
g = 0
def setg():
    global g
    g += 10
setg(); setg()
print(g)
def declare_new():
    global brand_new
    brand_new = "made"
declare_new()
print(brand_new)
def nest():
    a = 1
    def level1():
        def level2():
            nonlocal a
            a += 100
        level2()
    level1()
    return a
print(nest())
x = "module"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
class D:
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(D.doubled)
def f():
    v = "enclosing"
    class K:
        v = "classvar"
        def get(self):
            return v
    return K().get(), K.v
print(f())
try:
    exec("def bad():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def bad2():\n    nonlocal q\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

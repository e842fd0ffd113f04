# assert (with and without message), pass, del of names/items/attributes/slices
assert True
assert 1 == 1, "never"
try:
    assert 1 == 2, "math is broken: %d" % 3
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
def empty():
    pass
class Empty:
    pass
print(empty(), Empty.__name__, ...)
x = 5
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
l = [0, 1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O(); o.a = 1; del o.a
print(hasattr(o, "a"))
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
a = b = [1]
del a
print(b)

pass
x = 1; y = 2; z = 3;
del x
del x, y.a, z[0], (a), [b, c], (d, e)
del a,
assert x
assert x, "message"
global g1
global g1, g2, g3
def outer():
    nonlocal_var = 1
    def inner():
        nonlocal nonlocal_var, other
        return
    return inner
raise
raise ValueError
raise ValueError("x") from None
raise E from e
for i in range(3):
    if i: break
    else: continue
import a
import a.b.c
import a.b as c, d as e, f
from x import y
from x.y import (a, b as c,)
from x import (a)
from . import y
from .. import *
from .mod import name as alias
from ...pkg.sub import a, b
from .... import z
from x import *
return_value = None
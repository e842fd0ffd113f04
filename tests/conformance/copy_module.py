# copy.copy and copy.deepcopy: shared vs independent nested objects, custom hooks, cycles
import copy
orig = {"l": [1, [2, 3]], "t": (4, [5]), "s": {6}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["l"][1].append("x"); orig["t"][1].append("y"); orig["s"].add(7)
print(sh, dp, sh["l"] is orig["l"], dp["l"] is orig["l"])
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return "P(%r)" % (self.v,)
p = P([1])
q = copy.copy(p); r = copy.deepcopy(p)
p.v.append(2)
print(q, r, q.v is p.v)
class Hook:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(Hook()), copy.deepcopy([Hook()]))
cyc = [1]; cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[0], copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)) == (1, 2))

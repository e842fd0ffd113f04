# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._t, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._t, name)
class T: pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x)
del p.x
print(hasattr(t, "x"), p.log)
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = GA()
g.real = 1
print(g.magic, g.real, g.other)
class Err:
    def __getattr__(self, name):
        raise AttributeError("no " + name)
print(hasattr(Err(), "x"), getattr(Err(), "x", "dflt"))
try:
    Err().zz
except AttributeError as e:
    print(type(e).__name__, e)
class Dirs:
    def __dir__(self):
        return ["b", "a"]
print(dir(Dirs()))
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError("frozen " + k)
try:
    Frozen().a = 1
except AttributeError as e:
    print(type(e).__name__, e)

# shadowing builtins in module and function scope, and restoring via the builtins module
import builtins
def use_len():
    return len("abc")
len = lambda x: "shadowed"
print(len([1, 2]), use_len(), builtins.len("abcd"))
del len
print(len([1, 2]), use_len())
def local_shadow():
    max = "local"
    return max
print(local_shadow(), max(1, 2))
list_ = list
print(list_("ab"), type(builtins.print).__name__, builtins.sum([1, 2]), hasattr(builtins, "open"))
print(__name__, type(__builtins__).__name__ in ("module", "dict"))

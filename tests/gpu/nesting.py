# nesting.py: deeply nested source compiled inside the interpreter (eval) and deeply nested data
# printed: on the GPU the small CUDA stack must end these with a clean SyntaxError (or the
# prelude's stackless repr), never a crash of the whole launch. Run with -n 10 --each.
depth = [5, 10, 20, 30, 40, 60, 100, 150, 199, 250][tid % 10]
try:
    v = eval("(" * depth + "1" + ")" * depth)
    print(depth, "ok", v)
except SyntaxError as e:
    print(depth, "SyntaxError:", e.msg)
try:
    v = eval("[" * depth + "1" + "]" * depth)
    print(depth, "list ok", len(repr(v)))
except SyntaxError as e:
    print(depth, "list SyntaxError:", e.msg)
x = []
for i in range(depth + 100):
    x = [x]
print(depth, "repr", len(repr(x)))
print("done")

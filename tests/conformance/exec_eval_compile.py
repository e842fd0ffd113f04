# exec/eval/compile: namespaces, modes, return values, errors
g = {"x": 2}
print(eval("x * 3", g), eval("y + 1", {}, {"y": 1}), eval("[i for i in range(x)]", g))
exec("z = x + 1\ndef f(): return z * 10", g)
print(g["z"], g["f"](), sorted(k for k in g if not k.startswith("__")))
l = {}
exec("a = 5", None, l) if False else exec("a = 5", {}, l)
print(l)
c = compile("1 + 2", "<expr>", "eval")
print(eval(c), type(c).__name__)
c2 = compile("print('from exec')", "<s>", "exec")
exec(c2)
c3 = compile("3 * 3", "<single>", "single")
print(exec(c3) if False else eval(compile("3*3", "<e>", "eval")))
for bad in ["eval('1 +')", "eval('x = 1')", "exec('if True')", "compile('x', 'f', 'bad')", "eval(5)"]:
    try:
        eval(bad)
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
print(eval("__builtins__") is not None, eval("len")("abc"), eval("  1  "), eval("\n2\n"))

# function parameters: defaults, *args, **kwargs, keyword-only, positional-only, error messages
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(a=1, c=2, d=0))
def p(a, b, /, c, *, d): return a, b, c, d
print(p(1, 2, 3, d=4), p(1, 2, c=3, d=4))
for call in ["f()", "f(1)", "f(1, c=1, a=2)", "p(1, b=2, c=3, d=4)", "p(1, 2, 3, 4)", "p(1, 2, 3)", "(lambda: 0)(1)", "(lambda x: 0)()", "(lambda x, y: 0)(1)", "(lambda *, k: 0)()", "f(1, c=1, **{'c': 2})", "(lambda: 0)(x=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
def mut(x, acc=[]):
    acc.append(x)
    return acc
print(mut(1), mut(2), mut.__defaults__)
def kwd(*, a=1, b): return a, b
print(kwd(b=2), kwd.__kwdefaults__)
def annotated(x: int, y: "str" = "s") -> bool: return True
print(annotated.__name__, annotated(1), sorted(annotated.__annotations__) if hasattr(annotated, "__annotations__") else ["return", "x", "y"])
def varargs_only(*a): return a
print(varargs_only(), varargs_only(*range(3)), varargs_only([]))
def kwonly_star(**k): return k
print(kwonly_star(**{"a": 1}, b=2), kwonly_star())

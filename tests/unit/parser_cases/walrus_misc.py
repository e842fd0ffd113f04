if x := f():
    pass
while (n := n - 1):
    pass
y = (x := 1)
print(x := 1, y := 2)
[y := f(x), y ** 2]
{x := 1, 2}
f(a, b := 2)
(x := (y := 1))
x = [a := 1, b := 2]
if (a := 1) and (b := 2): pass
lambda: (x := 1)
assert (x := 1)
x = (y) if (z := 1) else w
del (a), [b]
x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
x = ---------------------------------------------------------------------------------------------------1
x = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not a
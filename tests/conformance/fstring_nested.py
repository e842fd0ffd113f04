# f-strings: nested replacement fields in specs, expressions, conversions, debug '=' form
name, width, prec, val = "pi", 10, 3, 3.14159
print(f"{name}: {val:{width}.{prec}f}|")
print(f"{val:>{width}}|{val:<{width}.2}|{val:^{width}.{prec}e}|")
print(f"{'quoted'} {'a' + 'b'} {[1, 2][0]} {{braces}} {len('abc')}")
d = {"k": "v"}
print(f"{d['k']} {d!r} {name!r:>8} {name!s} {name!a} {'é'!a}")
print(f"{val=} {name = } {1 + 2=} {val=:.2f} {name=!s}")
print(f"{3:{'>'}{5}}|{'x':{'*'}^{7}}|")
print(f"{f'{1 + 1}'} {f'{name:>{4}}'}")
print(f"""{
    1 +
    2
}""", f"{(lambda x: x * 2)(4)}", f"{ {1: 2}[1] }", f"{1:b}{2:o}{255:X}")
x = 10
print(f"{x:#x} {x:08.3f} {x:+} {x:,} {-x:=8} {x!r:^6}|")
print(f"{'abc':.2}|{'abc':5}|{12:5}|{1.5:5}|{None}|{None!r:>6}|{True:>5}|")

# f-strings.
x = 42
name = 'héllo'
pi = 3.14159
print(f'{x}', f'{x!r}', f'{name!r}', f'{name!s}', f'[{x:>5}]', f'[{x:<5}]', f'[{x:^6}]')
w = 8
p = 2
print(f'[{pi:{w}.{p}f}]', f'[{name:{w}}]', f'[{x:0{w}d}]')
a, b = 3, 4
print(f'{a + b}', f'{a * b:03d}', f'{a}{b}', f'{a}+{b}={a + b}', f'{(a, b)}')
d = {'k': 'v', 1: 'one'}
print(f"{d['k']}", f'{d[1]}', f"{'quoted'}", f'{"dq"}', f'{{literal}}', f'{{{x}}}')
lst = [10, 20, 30, 40]
print(f'{lst[1:3]}', f'{lst[-1]}', f'{len(lst)}', f'{sum(lst) / len(lst):.1f}')
cond = True
print(f'{"yes" if cond else "no"}', f'{(lambda y: y * 2)(4)}', f'{name.upper()}')
print(f'{x:,}', f'{2 ** 40:,}', f'{x:#x}', f'{x:b}', f'{x:e}', f'{pi:.3g}', f'{0.25:%}')
print(f'{x=}', f'{a + b = }', f'{pi=:.2f}', f'{name=!r}')
print(rf'raw\n{x}', fr'{x}\t', f'tab\t{x}')
print(f'{f"{x}"}', f'{f"{x:>{w}}"}|')
multi = f'''line {a}
line {b}'''
print(multi)
print(f'{"nested " + "concat"}', f'{str(x) * 2}', f'{x}' f'{a}' 'plain')
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return 'Pt(%d,%d)' % (self.x, self.y)
    def __repr__(self):
        return 'Pt<%d %d>' % (self.x, self.y)
pt = Pt(1, 2)
print(f'{pt}', f'{pt!r}', f'{pt!s}', f'{pt.x + pt.y}', f'{[pt, pt]}')
print(f'{None}', f'{True}', f'{1.0}', f'{1e20}', f'{-0.0}', f'{10 ** 20}')
print(f'{3:{"^"}{7}}|', f'{"x":*<4}', f'{-7:+}', f'{7:+}')
items = ['a', 'b']
print(f'{", ".join(items)}', f'{len(items) > 1 and "many" or "one"}')
print(f'{x!r:>6}|', f'{name!r:^12}|')
for i in range(3):
    print(f'{i}: {i * i:2d} {"*" * i}')
print(f'{3.14159:.0f}', f'{2.5:.0f}', f'{1234567.5:,.1f}', f'{-1.5:08.2f}')
print(f"{'é'!a}" if False else f"{'é'}", f'{chr(65)}{ord("a")}')
print(f'')
print(f'{x}' == str(x), type(f'{x}').__name__)

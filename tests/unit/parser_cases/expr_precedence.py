a or b and c
a and b or c
a or b or c
a and b and c
not a and b
not not a
not a == b
a < b < c
a < b == c != d
a in b not in c
a is b is not c
a | b ^ c & d
a ^ b | c
a & b | c & d
a << b >> c
a + b << c
a + b * c
a * b + c
a - b - c
a / b / c
a // b % c @ d
-a ** b
(-a) ** b
a ** -b
a ** b ** c
-2**2
2**-1
~a + b
-a * -b
+a - -b
not -a
a if b else c
a if b else c if d else e
(a if b else c) if d else e
lambda: a if b else c
a + (b if c else d)
x = a or b if c and d else e
f(a)(b)[c].d
a.b.c
(a).b
(a + b).c
(a)(b)
((a))
-(a + b)
a < (b < c)
a == b in c is not d not in e
x = 1 if y else 2 or 3
x = -y ** -z
x = a @ b @ c
x = a @ (b @ c)
(a) + b
(a + b) * c
a | (b or c)
if a:
    pass
if a: pass
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: x = 1; y = 2
else: z = 3
while x < 10:
    x += 1
else:
    done = True
while True: break
for x in y:
    pass
for x, y in z: pass
for (a, b), c in d:
    pass
else:
    pass
for x, in y: pass
for *a, b in c: pass
for a.b, c[0] in d: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass
try:
    x
except:
    pass
try:
    x
except E:
    pass
except (A, B) as e:
    pass
except C as c:
    pass
else:
    y
finally:
    z
try:
    pass
finally:
    pass
try: a
except E: b
with a: pass
with a as b: pass
with a as b, c as d, e:
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with open(f) as (a, b):
    pass
with a as b.c, d as e[0]: pass
class C:
    def m(self):
        with (yield):
            pass
if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
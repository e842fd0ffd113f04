

f(x)
def f(*a, /):
    pass
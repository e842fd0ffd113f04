class A(x=1, y):
    pass
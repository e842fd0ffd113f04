def f:
    pass
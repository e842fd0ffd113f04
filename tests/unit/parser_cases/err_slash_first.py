def f(/):
    pass
def f()
    pass
def f((a)):
    pass
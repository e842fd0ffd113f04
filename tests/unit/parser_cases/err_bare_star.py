def f(*):
    pass
def f(*, **k):
    pass
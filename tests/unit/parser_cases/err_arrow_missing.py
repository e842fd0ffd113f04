def f() -> :
    pass
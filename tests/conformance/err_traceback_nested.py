# uncaught exception traceback through nested calls (stderr compared)
def inner(x):
    return 10 / x
def middle(x):
    return inner(x - 1)
def outer():
    print("start")
    return middle(1)
outer()

try:
    x
except a, b:
    pass
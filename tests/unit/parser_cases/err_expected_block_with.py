with a:
b
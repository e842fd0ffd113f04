try:
    x
else:
    y
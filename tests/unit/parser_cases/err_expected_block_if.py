if x:
pass
if a:
  if b:
x
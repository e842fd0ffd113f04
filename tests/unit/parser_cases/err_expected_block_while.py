while x:

y
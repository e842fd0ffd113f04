try:
    x
except E:
y
try:
    x
finally:
y
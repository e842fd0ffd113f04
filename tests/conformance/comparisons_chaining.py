# chained comparisons: evaluation order, short-circuit, single evaluation of middle operand
def v(x, log=[]):
    log.append(x)
    print("eval", x)
    return x
x0 = 0
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1, 1 == 1.0 == True, 1 < 2 < 2, "a" < "b" <= "b" != "c", x0 is not None is not False)
x = 5
print(0 < x <= 10, 0 < x < 3, x in [5] in [[5]], x not in [] != [], 2 < x in range(10))
print(1 < 2 < 3 < 4 < 5 < 4, [] == [] is not None)
a = [1, 2]
print(a == [1, 2] == list((1, 2)), (1 < 2) == True, not 1 < 2)

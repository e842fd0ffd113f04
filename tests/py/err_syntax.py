print('nothing runs: the whole file fails to compile')
y = 2
def f(:
    return y

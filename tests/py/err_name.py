# NameError at module level after some output.
values = [1, 2, 3]
print('before', sum(values))
print(totally_undefined_variable_qq + 1)
print('after')

# remaining int behaviours: bool subclass methods, __index__ uses, abs/neg of extremes, comparisons with big values
print((-5).__abs__(), abs(-2**63), -(-2**63), (2**63).bit_length(), (2**63 - 1) + 1, -(2**63) - 1)
print(int.bit_length(255), int.__add__(1, 2), (7).__rtruediv__(14), (3).__rpow__(2), (5).__rmod__(17), (-1).__rshift__(1))
print([0, 1, 2][True], "abc"[False], range(10)[True:3], (1).__ne__(2), (1).__ge__(1), (2).__le__(1))
print(isinstance(2**100, int), type(2**100).__name__, 2**100 == 2.0**100, 2**100 < float("inf"), -2**1000 < float("-inf"))
print(10**18 + 1 == int(1e18) + 1, int(1e18) == 10**18, 9007199254740993 == 9007199254740992.0, 2**53 + 1 > 2.0**53)
print(sorted([3, -1, 2**70, -(2**70), 0, True, 2.5]), max(2**64, 1e19), min(-1, -1.0), abs(-0), int(-0.0))

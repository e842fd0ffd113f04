# float arithmetic corners: division, modulo signs, inf/nan propagation, comparisons
for a in [7.5, -7.5, 0.0, -0.0]:
    for b in [2.0, -2.0, float("inf")]:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -1, 0.0 ** 0)
for expr in ["1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0)", "0.0 ** -1", "10.0 ** 400", "(-8.0) ** 0.5"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, type(e).__name__, e)
print(0.1 * 3, 1 - 0.9, 1e16 + 1, 3 * 0.1 == 0.3, round(0.1 * 3, 10), abs(-1.5), -(-0.0), +(-0.0))
print(1.0 == 1, 1.5 > 1, 2**63 == 2.0**63, 1 < 1.5 < 2, float("inf") == float("inf"), max(1, 1.0), min(1.0, 1), sorted([2, 1.5, 1, 0.5]))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e100) == hash(int(1e100)), hash(float("inf")))

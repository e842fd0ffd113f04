# math module in depth: every function, special values, big ints, exact algorithms, error messages.
# Transcendental results are rounded to 12 significant digits (the last digits of libm and of the
# GPU's math library may differ).
import math


def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


def r12(f, *a):
    try:
        x = f(*a)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    if type(x) is float and x == x and x - x == 0:
        return repr(float('%.12g' % x))
    return repr(x)


print('constants', math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
pts = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, -3.25, 10.0, 1e-300, 1e300, math.inf, -math.inf, math.nan]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'cbrt',
             'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'fabs',
             'degrees', 'radians']:
    f = getattr(math, name)
    print(name, [r12(f, x) for x in pts])
print('ints', [r12(math.sqrt, 2), r12(math.exp, True), r12(math.log, 10 ** 400), r12(math.log2, 2 ** 3000),
               r12(math.log10, 10 ** 500), r12(math.sqrt, 10 ** 400), r12(math.log, -10 ** 400), r12(math.log, 0)])
print('log base', [r12(math.log, 8, 2), r12(math.log, 100, 10), r12(math.log, 2, 0.5), r12(math.log, 10, 1),
                   r12(math.log, 1, 10), r12(math.log, 0, 2), r12(math.log, 2 ** 2000, 2), r12(math.log, 3, 10 ** 400)])
print('gamma', [r12(math.gamma, x) for x in [1, 2, 5, 23, 24, 0.5, -0.5, -1.5, 1e-30, -1e-30, 171.5, 172, -171.5, -200.5, -1, 0]])
print('lgamma', [r12(math.lgamma, x) for x in [1, 2, 3, 0.5, -0.5, 100, 1e10, 1e-30, -2, 0, 2.5e305, -1e300]])
print('floor', [t(math.floor, x) for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e300, 7, -7, True, 2 ** 80, math.inf, math.nan, 'a']])
print('ceil', [t(math.ceil, x) for x in [2.5, -2.5, 1e-300, -1e-300, 1e20, 7, False, -2 ** 80, -math.inf, math.nan, None]])
print('trunc', [t(math.trunc, x) for x in [2.7, -2.7, 1e20, 3, True, 2 ** 80, math.inf, math.nan, 'a', [1]]])
print('frexp', [t(math.frexp, x) for x in [8.0, 0.0, -0.0, -3.5, 1e-320, 5e-324, 1e308, 3, math.inf, math.nan]])
print('modf', [t(math.modf, x) for x in [3.5, -3.5, 0.0, -0.0, 2.0, -2.0, 1e20, math.inf, -math.inf, math.nan]])
print('ldexp', [t(math.ldexp, *a) for a in [(0.5, 4), (1, -1074), (1, -1075), (3, 0), (1.5, 1023), (1.5, 1024),
                                             (1.0, 10 ** 30), (1.0, -10 ** 30), (-0.0, 5), (math.inf, -5), (1, True),
                                             (1, 2.0), ('a', 1), (5e-324, 1), (1, 'x')]])
print('fmod', [t(math.fmod, *a) for a in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (1, math.inf), (math.inf, 1),
                                           (1, 0), (math.nan, 0), (-0.0, 1), (10 ** 20, 7)]])
print('remainder', [t(math.remainder, *a) for a in [(7, 4), (5, 2), (-5, 2), (4.5, 3), (-4.5, 3), (3, math.inf),
                                                     (math.inf, 3), (1, 0), (math.nan, 0), (4, 2), (-4, 2)]])
print('copysign', [t(math.copysign, *a) for a in [(1, -0.0), (3, -1), (-2.5, 1), (1, math.nan), (math.inf, -1), (0, -1)]])
print('atan2', [r12(math.atan2, *a) for a in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0),
                                              (math.inf, math.inf), (math.inf, -math.inf), (1, math.inf), (math.nan, 1)]])
print('pow', [r12(math.pow, *a) for a in [(2, 10), (2, -1), (4, 0.5), (10, 0.5), (0, 0), (0, -1), (-0.0, -3),
                                          (-1, 0.5), (-2, 3), (10, 400), (math.inf, -3), (-math.inf, 3), (-math.inf, 2),
                                          (math.nan, 0), (1, math.nan), (0.5, math.inf), (2, -math.inf), (-1, math.inf),
                                          (1e-300, 2)]])
print('nextafter', [t(math.nextafter, *a) for a in [(1, 2), (1, 0), (0.0, 1), (0.0, -1), (1e308, math.inf),
                                                     (math.inf, 0), (1, 1), (math.nan, 1)]])
print('ulp', [t(math.ulp, x) for x in [1.0, -1.0, 0.0, 5e-324, 1e308, 1.7976931348623157e308, 2 ** 52, math.inf, math.nan]])
print('hypot', [r12(math.hypot, *a) for a in [(3, 4), (5, 12), (), (7,), (-7,), (1, 1, 1), (1e308, 1e308),
                                              (1e-320, 1e-320), (math.inf, math.nan), (math.nan, 1), (0, 0),
                                              (3, 4, 12, 84), tuple(range(20))]])
print('dist', [r12(math.dist, *a) for a in [([0, 0], [3, 4]), ((1,), (4,)), ((1, 2, 3), (4, 6, 3)),
                                            ([], []), ((1e308, 0), (-1e308, 0))]])
print('dist errors', t(math.dist, [1], [1, 2]), t(math.dist, 1, 2), t(math.dist, [1, 'a'], [1, 2]), t(math.dist, [1]))
print('dist iter', r12(math.dist, iter([1, 2]), (4, 6)), r12(math.dist, range(3), (1, 1, 1)))
print('isclose', [t(math.isclose, *a) for a in [(1, 1), (1, 1.0000000001), (1, 1.00001), (0, 1e-300),
                                                 (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan),
                                                 (0.1 + 0.2, 0.3)]],
      t(math.isclose, 1, 1.1, rel_tol=0.2), t(math.isclose, 0, 1e-10, abs_tol=1e-9),
      t(math.isclose, 1, 2, rel_tol=-1), t(math.isclose, 1, 2, abs_tol=-0.5), t(math.isclose, 1),
      t(math.isclose, 1, 2, 3), t(math.isclose, 1, 2, tol=1), t(math.isclose, a=1, b=1))
print('classify', [(math.isfinite(x), math.isinf(x), math.isnan(x)) for x in [0.0, 1e308, math.inf, -math.inf, math.nan, 5, 10 ** 300]])
print('fsum', [t(math.fsum, s) for s in [[0.1] * 10, [1e100, 1.0, -1e100], [], [-0.0], [1, 2, 3],
                                         [1e16, 1.0, 1e-16], [0.1, 0.2, 0.3, -0.6], [1e308, 1e308, -1e308],
                                         [math.inf, -math.inf], [math.inf, 1.0], [math.nan, 1.0], [10 ** 400], 5,
                                         ['a'], range(10), (0.5, 0.25)]])
spread = [2.0 ** (k * 37 % 1900 - 950) * (1 if k % 3 else -1) for k in range(200)]
print('fsum spread', math.fsum(spread), math.fsum(spread + [-x for x in spread]), math.fsum(x * 0.1 for x in range(50)))
print('prod', [t(math.prod, s) for s in [[1, 2, 3, 4], [], [0.5, 4], range(1, 21), [True, True], [2, 2.5], 'ab', 3]],
      t(math.prod, [2, 3], start=10), t(math.prod, [], start=True), t(math.prod, ['ab', 3]), t(math.prod, [], start='x'),
      t(math.prod, [2 ** 62, 2 ** 62]), t(math.prod, (x for x in [1.5, 2])), t(math.prod), t(math.prod, [1], 2),
      t(math.prod, [1], begin=2))
print('factorial', [t(math.factorial, n) for n in [0, 1, 5, 20, 21, 30, True, -1, 2.0, 2.5, '3', 10 ** 20]])
print('factorial big', math.factorial(100) % (10 ** 9 + 7), math.factorial(500).bit_length(), len(str(math.factorial(1000))))
print('gcd', [t(math.gcd, *a) for a in [(12, 18), (-12, 18), (0, 5), (0, 0), (), (-5,), (12, 18, 8), (True, 4),
                                         (2 ** 100, 6 ** 50), (3 ** 200, 3 ** 150 * 2), (1.5, 2), ('a',), (5, 'x')]])
print('gcd big', math.gcd(2 ** 200 - 1, 2 ** 120 - 1) == 2 ** 40 - 1, math.gcd(10 ** 50, 10 ** 40 + 10 ** 20),
      math.gcd(*[2 ** 100 * 3 ** k for k in range(5, 10)]) == 2 ** 100 * 3 ** 5)
print('lcm', [t(math.lcm, *a) for a in [(4, 6), (3, 5, 7), (0, 5), (), (-4,), (-4, 6), (2 ** 70, 3 ** 50, 5),
                                         (10 ** 20, 0, 'a'), (1.5,)]], math.lcm(*range(1, 40)))
print('isqrt', [t(math.isqrt, n) for n in [0, 1, 15, 16, 17, 2 ** 64 - 1, 2 ** 64, 10 ** 40 + 1, 2 ** 127, True,
                                           -1, 1.5, '4']])
big = 3 ** 2001
root = math.isqrt(big)
print('isqrt big', root * root <= big < (root + 1) ** 2, math.isqrt(10 ** 4000) == 10 ** 2000, math.isqrt(4 ** 999) == 2 ** 999)
print('comb', [t(math.comb, *a) for a in [(5, 2), (50, 25), (3, 5), (10, 0), (0, 0), (10, 10), (-1, 2), (1, -2),
                                           (1.5, 1), (5, None), (10 ** 20, 3), (2 ** 32 + 5, 3), (True, True)]],
      math.comb(1000, 500) % 998244353, t(math.comb, 1))
print('perm', [t(math.perm, *a) for a in [(10, 3), (5,), (3, 4), (5, None), (5, 0), (-1, 2), (1, -2), (2 ** 40, 3),
                                           (10 ** 20, 2), (1.5,)]], math.perm(1000, 400) % 998244353,
      t(math.perm), t(math.perm, 1, 2, 3))
print('arg errors', t(math.sqrt), t(math.sqrt, 1, 2), t(math.sqrt, x=1), t(math.atan2, 1), t(math.pow, 1),
      t(math.atan2, 1, x=2), t(math.log), t(math.log, 1, 2, 3), t(math.log, 1, base=2), t(math.gcd, 1, x=2),
      t(math.hypot, 1, x=2), t(math.fsum), t(math.fsum, [1], 2), t(math.floor, x=1), t(math.ldexp, 1),
      t(math.nextafter, 1, 2, 3), t(math.comb, 1, 2, 3))
print('type errors', t(math.sqrt, 'a'), t(math.exp, None), t(math.floor, 'a'), t(math.isqrt, 1.5), t(math.gcd, 1.5),
      t(math.factorial, 'a'), t(math.sqrt, 10 ** 400), t(math.exp, 10 ** 400), t(math.fabs, -10 ** 400))


class Real:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Rounder:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


class BadFloat:
    def __float__(self):
        return 1


print('objects', t(math.sqrt, Real(2.25)), t(math.sqrt, Index(16)), t(math.pow, Real(2.0), Index(10)),
      t(math.floor, Rounder()), t(math.ceil, Rounder()), t(math.trunc, Rounder()), t(math.floor, Real(2.5)),
      t(math.ceil, Index(7)), t(math.trunc, Real(2.5)))
print('objects int', t(math.factorial, Index(5)), t(math.gcd, Index(12), 18), t(math.comb, Index(5), Index(2)),
      t(math.isqrt, Index(17)), t(math.lcm, Index(4), 6), t(math.perm, Index(4)), t(math.factorial, Real(2.0)))
print('objects misc', t(math.hypot, Real(3.0), Index(4)), t(math.dist, [Real(0.0), 0], (3, Index(4))),
      t(math.fsum, [Real(0.5), Index(2)]), t(math.isclose, Real(1.0), 1, rel_tol=Real(0.1)),
      t(math.log, Real(100.0), Index(10)), t(math.ldexp, Real(1.5), 3), t(math.ldexp, 1.5, Index(3)),
      t(math.prod, [Real(2.0)]), t(math.sqrt, BadFloat()), t(math.sqrt, object()), t(math.isnan, Real(1.0)))

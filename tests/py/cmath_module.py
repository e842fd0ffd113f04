# cmath: CPython's formulas for finite arguments, branch cuts with signed zeros, errors.
import cmath, math
vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 1 + 2j, -3.5 + 0.25j, 2 - 7j, 0.5 - 0.5j, 1e-200 + 1e-200j, 1e300 + 1e300j, -1e300 - 2e299j, 3, -2.5, 0.0, -0.0 + 0j, complex(0.0, -0.0), complex(-0.0, -0.0), 710 + 1j, -710 + 2j, 1 + 1e-20j, 0.9 + 0.5j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for n in names:
    f = getattr(cmath, n)
    for v in vals:
        try:
            r = f(v)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ': ' + str(e)
        print(n, v, r)
print(cmath.rect(2, 0), cmath.rect(2, math.pi / 2), cmath.rect(1.5, -1), cmath.rect(0, 3), cmath.rect(-1, 0.5))
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(-1), cmath.log(100, 10))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(1, 1.0 + 0j), cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj, abs(3 + 4j), abs(-2j), abs(1e300 + 1e300j))
print(cmath.sqrt(complex(-math.inf, 1)), cmath.sqrt(complex(1, math.inf)), cmath.sqrt(complex(math.inf, -1)), cmath.exp(complex(-math.inf, 1)))
class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j))
for f in [lambda: cmath.sqrt('a'), lambda: cmath.sqrt(None), lambda: cmath.exp(1000), lambda: cmath.log(0), lambda: cmath.log(1, 0), lambda: cmath.atanh(1),
          lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.rect(1, float('inf')), lambda: cmath.isclose(1j, 'a'), lambda: cmath.phase('x'),
          lambda: cmath.log(1, 1), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000 + 1j), lambda: cmath.rect(1j, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# math module: common functions, special values, errors
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0), math.copysign(1, -0.0), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), math.remainder(7, 3))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.exp(1000)", "math.factorial(2.5)"]:
    try:
        eval(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan, math.floor(1e20), type(math.floor(2.0)).__name__)

# math module (transcendental results rounded to avoid libm last-digit differences).
import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(5), math.ceil(-0.0), math.floor(1e20), type(math.floor(2.5)).__name__, math.floor(-0.5))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(12, 18, 8), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm())
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.perm(10, 3), math.perm(5), math.perm(3, 4))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(-0.0), math.sqrt(1e100))
print(round(math.exp(1), 12), math.exp(0), round(math.exp(-2), 12), round(math.expm1(1e-5), 15))
print(round(math.log(10), 12), math.log(1), round(math.log(8, 2), 12), round(math.log(100, 10), 12))
print(math.log2(8), math.log2(1024), round(math.log2(10), 12), math.log10(1000), round(math.log10(2), 12))
print(round(math.log1p(1e-5), 15), round(math.log(2 ** 1000), 9), round(math.log(10 ** 400, 10), 9))
print(round(math.sin(1), 12), round(math.cos(1), 12), round(math.tan(1), 12), math.sin(0), math.cos(0))
print(round(math.asin(0.5), 12), round(math.acos(0.5), 12), round(math.atan(1), 12), round(math.atan2(1, -1), 12))
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(0.5), 12), round(math.atan2(-0.0, -1), 12))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi), 12), round(math.sin(math.pi), 12) == 0)
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), round(math.hypot(1, 1, 1), 12))
print(math.copysign(1, -0.0), math.copysign(3, -1), math.copysign(-2.5, 1), math.fabs(-3), math.fabs(2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([0.5, 4]), math.prod(range(1, 21)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.inf, -math.inf, math.nan, math.pi, math.e, math.tau, math.pi * 2 == math.tau)
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isinf(-math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(0.0))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.frexp(1e-320), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, 0))
print(math.modf(3.5), math.modf(-3.5), math.modf(0.0), math.modf(2.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.fmod(5.5, 2))
print(math.degrees(math.pi), round(math.degrees(1), 10), math.radians(180) == math.pi, round(math.radians(45), 12))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), round(math.pow(10, 0.5), 12))
print(math.floor(-7 / 2), math.ceil(7 / 2), math.remainder(7, 4), math.remainder(5, 2), math.remainder(-5, 2))
print(math.trunc(1e20), math.ceil(10 ** 20 / 3) > 0, math.dist([0, 0], [3, 4]), math.dist((1,), (4,)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2),
            lambda: math.factorial(-1), lambda: math.isqrt(-1), lambda: math.floor(math.inf),
            lambda: math.floor(math.nan), lambda: math.exp(1000), lambda: math.comb(-1, 2),
            lambda: math.factorial(2.5), lambda: math.fmod(1, 0)]:
    try:
        r = bad()
        print('no error', r)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2), round(math.sqrt(2) ** 2, 12))
print(math.gcd(True, 4), math.floor(True), math.ceil(2 ** 70), math.trunc(-2 ** 70))
print(round(math.exp(math.log(5)), 12), round(math.log(math.e), 12), round(math.atan(math.inf), 12))

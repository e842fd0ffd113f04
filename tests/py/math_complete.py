# math: isqrt, comb, perm, gcd/lcm, prod, fsum, isclose, dist, hypot and the rest, with CPython's errors; dir(module).
import math
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(0, 0), math.perm(5), math.perm(10, 0), math.perm(30, 20), math.perm(3, 5))
print(math.gcd(), math.gcd(0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(2**100, 2**60 * 3), math.lcm(), math.lcm(0, 5), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(2**70, 3))
print(math.prod([]), math.prod([1, 2, 3]), math.prod([1.5, 2]), math.prod(range(1, 25)), math.prod([2, 3], start=10), math.prod(['a'], start=1) if 0 else '')
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2.5]), math.fsum([2.0**53, 1.0, 2.0**-53]))
print(math.fsum([1e308, 1e308, -1e308]) if 0 else '', math.fsum([float('inf'), 1]), math.fsum([-float('inf'), 1]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')), math.isclose(float('nan'), float('nan')))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2,)), math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(float('inf'), float('nan')))
print(math.factorial(20), math.factorial(30), math.trunc(-2.5), math.floor(2.5), math.ceil(-2.5), math.floor(10**20), math.ulp(1.0), math.nextafter(1.0, 2.0), math.remainder(10, 3), math.copysign(1, -0.0))
print(math.log(8, 2), math.log(10**100), math.log2(2**1000), math.log10(10**50), math.exp2(10), math.cbrt(27), math.frexp(3.0), math.ldexp(0.75, 2), math.modf(-2.5), math.fmod(7, -3))
print(math.gamma(5.5), math.lgamma(10.5), math.erf(0.5), math.erfc(0.5), math.sqrt(2), math.pow(2, 0.5), math.degrees(math.pi), math.radians(180), math.tau, math.e, math.inf, math.nan)
for f in [lambda: math.isqrt(-1), lambda: math.isqrt(1.5), lambda: math.comb(-1, 2), lambda: math.comb(1.5, 2), lambda: math.perm(5, -1), lambda: math.gcd(1.5),
          lambda: math.lcm('a'), lambda: math.prod(1), lambda: math.fsum(['a']), lambda: math.fsum([float('inf'), -float('inf')]), lambda: math.fsum([1e308, 1e308]),
          lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, 2), lambda: math.hypot('a'), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.factorial(-1),
          lambda: math.factorial(1.0), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.pow(0, -1),
          lambda: math.log(10, 1), lambda: math.ldexp(1.0, 10000), lambda: math.fmod(1, 0), lambda: math.gamma(0), lambda: math.comb(5), lambda: math.perm(), lambda: math.isclose(1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print([n for n in dir(math) if not n.startswith('_')] == sorted(n for n in dir(math) if not n.startswith('_')), len([n for n in dir(math) if not n.startswith('_')]))

# cmath.py: complex math with CPython's algorithms for finite arguments (cmathmodule.c's formulas).
import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _c(z):
    # the argument as (re, im): complex, float, int, or __complex__/__float__/__index__
    t = type(z)
    if t is complex:
        return z.real, z.imag
    if t is float:
        return z, 0.0
    if isinstance(z, int):
        return float(z), 0.0
    f = getattr(t, '__complex__', None)
    if f is not None:
        c = f(z)
        if type(c) is not complex:
            raise TypeError('__complex__ returned non-complex (type %s)' % type(c).__name__)
        return c.real, c.imag
    f = getattr(t, '__float__', None) or getattr(t, '__index__', None)
    if f is None:
        raise TypeError('must be real number, not ' + t.__name__)
    return float(f(z)), 0.0


def _fin(x, y):
    return _m.isfinite(x) and _m.isfinite(y)


def _result(x, y, rx, ry):
    # finite arguments with an infinite result overflowed (CPython's ERANGE)
    if _fin(x, y) and not _fin(rx, ry) and not (rx != rx or ry != ry):
        raise OverflowError('math range error')
    return complex(rx, ry)


def _sqrt(x, y):
    if x == 0.0 and y == 0.0:
        return 0.0, y
    if not _fin(x, y):
        if _m.isinf(y):
            return inf, y
        if _m.isinf(x):
            if x > 0:
                return x, (_m.copysign(0.0, y) if y == y else nan)
            return (abs(y - y) if y == y else nan), _m.copysign(inf, y)
        return nan, nan
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _m.copysign(d, y)
    return d, _m.copysign(s, y)


def sqrt(z, /):
    return complex(*_sqrt(*_c(z)))


def exp(z, /):
    x, y = _c(z)
    if not _fin(x, y):
        if _m.isinf(x) and x < 0 and _m.isfinite(y):
            return complex(0.0 * _m.cos(y), 0.0 * _m.sin(y))
        if _m.isinf(x) and _m.isfinite(y) and y != 0:
            return complex(x * _m.cos(y), x * _m.sin(y))
        if (_m.isinf(x) or x != x) and y == 0:
            return complex(x if x > 0 or x != x else 0.0, y)
        return complex(nan, nan)
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        rx = l * _m.cos(y) * e
        ry = l * _m.sin(y) * e
    else:
        l = _m.exp(x)
        rx = l * _m.cos(y)
        ry = l * _m.sin(y)
    return _result(x, y, rx, ry)


def _log(x, y):
    ax = abs(x)
    ay = abs(y)
    if not _fin(x, y):
        if _m.isinf(x) or _m.isinf(y):
            return inf, _m.atan2(y, x)
        return nan, nan
    if ax > _LARGE or ay > _LARGE:
        rx = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            rx = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError('math domain error')
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            rx = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            rx = _m.log(h)
    return rx, _m.atan2(y, x)


def log(*args):
    if not 1 <= len(args) <= 2:
        raise TypeError('log expected %s, got %d' % ('at least 1 argument' if not args else 'at most 2 arguments', len(args)))
    rx, ry = _log(*_c(args[0]))
    if len(args) == 1:
        return complex(rx, ry)
    base = args[1]
    if base is None:
        return complex(rx, ry)
    bx, by = _log(*_c(base))
    try:
        return complex(rx, ry) / complex(bx, by)
    except ZeroDivisionError:
        raise ValueError('math domain error') from None


def log10(z, /):
    rx, ry = _log(*_c(z))
    return complex(rx / _LN10, ry / _LN10)


def phase(z, /):
    x, y = _c(z)
    return _m.atan2(y, x)


def polar(z, /):
    x, y = _c(z)
    r = _m.hypot(x, y)
    if _fin(x, y) and _m.isinf(r):
        raise OverflowError('math range error')
    return r, _m.atan2(y, x)


def rect(*args):
    if len(args) != 2:
        raise TypeError('rect expected 2 arguments, got %d' % len(args))
    r, phi = args
    r = _c(r)
    phi = _c(phi)
    if r[1] or phi[1]:
        raise TypeError('must be real number, not complex')
    r = r[0]
    phi = phi[0]
    if _m.isinf(phi) and r == r and r != 0.0:
        raise ValueError('math domain error')
    if not _fin(r, phi):
        if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
            return complex(r * _m.cos(phi), r * _m.sin(phi))
        if r == 0.0 or (_m.isinf(r) and phi == 0.0):
            return complex(r, r * phi) if phi == phi else complex(0.0 if r == 0.0 else r, nan if r else 0.0)
        return complex(nan, nan)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def _sinh(x, y):
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        return _m.cos(y) * _m.sinh(xm1) * e, _m.sin(y) * _m.cosh(xm1) * e
    return _m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x)


def _cosh(x, y):
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        return _m.cos(y) * _m.cosh(xm1) * e, _m.sin(y) * _m.sinh(xm1) * e
    return _m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x)


def _tanh(x, y):
    if abs(x) > _LOG_LARGE:
        return _m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def _asinh(x, y):
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0.0:
            rx = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            rx = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return rx, _m.atan2(y, abs(x))
    s1x, s1y = _sqrt(1.0 + y, -x)
    s2x, s2y = _sqrt(1.0 - y, x)
    return _m.asinh(s1x * s2y - s2x * s1y), _m.atan2(y, s1x * s2x - s1y * s2y)


def _atanh(x, y):
    if x < 0.0:
        rx, ry = _atanh(-x, -y)
        return -rx, -ry
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError('math domain error')
        return -_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))), _m.copysign(_m.atan2(2.0, -ay) / 2, y)
    return (_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def _finite_only(x, y):
    if not _fin(x, y):
        return complex(nan, nan)
    return None


def sinh(z, /):
    x, y = _c(z)
    return _finite_only(x, y) or _result(x, y, *_sinh(x, y))


def cosh(z, /):
    x, y = _c(z)
    return _finite_only(x, y) or _result(x, y, *_cosh(x, y))


def tanh(z, /):
    x, y = _c(z)
    return _finite_only(x, y) or complex(*_tanh(x, y))


def sin(z, /):
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    rx, ry = _sinh(-y, x)
    return _result(x, y, ry, -rx)


def cos(z, /):
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    return _result(x, y, *_cosh(-y, x))


def tan(z, /):
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    rx, ry = _tanh(-y, x)
    return complex(ry, -rx)


def asinh(z, /):
    x, y = _c(z)
    return _finite_only(x, y) or complex(*_asinh(x, y))


def asin(z, /):
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    rx, ry = _asinh(-y, x)
    return complex(ry, -rx)


def acos(z, /):
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        rx = _m.atan2(abs(y), x)
        if x < 0.0:
            ry = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            ry = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(rx, ry)
    s1x, s1y = _sqrt(1.0 - x, -y)
    s2x, s2y = _sqrt(1.0 + x, y)
    return complex(2.0 * _m.atan2(s1x, s2x), _m.asinh(s2x * s1y - s2y * s1x))


def acosh(z, /):
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1x, s1y = _sqrt(x - 1.0, y)
    s2x, s2y = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1x * s2x + s1y * s2y), 2.0 * _m.atan2(s1y, s2x))


def atanh(z, /):
    x, y = _c(z)
    return _finite_only(x, y) or complex(*_atanh(x, y))


def atan(z, /):
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    rx, ry = _atanh(-y, x)
    return complex(ry, -rx)


def isfinite(z, /):
    x, y = _c(z)
    return _fin(x, y)


def isinf(z, /):
    x, y = _c(z)
    return _m.isinf(x) or _m.isinf(y)


def isnan(z, /):
    x, y = _c(z)
    return x != x or y != y


def isclose(*args, rel_tol=1e-09, abs_tol=0.0):
    if len(args) != 2:
        if len(args) > 2:
            raise TypeError('isclose() takes exactly 2 positional arguments (%d given)' % len(args))
        raise TypeError("isclose() missing required argument '%s' (pos %d)" % ('ab'[len(args)], len(args) + 1))
    a, b = args
    ax, ay = _c(a)
    bx, by = _c(b)
    rel_tol = _c(rel_tol)[0]
    abs_tol = _c(abs_tol)[0]
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if ax == bx and ay == by:
        return True
    if _m.isinf(ax) or _m.isinf(ay) or _m.isinf(bx) or _m.isinf(by):
        return False
    diff = abs(complex(ax - bx, ay - by))
    return (diff <= rel_tol * abs(complex(bx, by)) or diff <= rel_tol * abs(complex(ax, ay))) or diff <= abs_tol


def _one_arg(f, name):
    # CPython's arity message for its one-argument C functions
    def g(*args):
        if len(args) != 1:
            raise TypeError('cmath.%s() takes exactly one argument (%d given)' % (name, len(args)))
        return f(args[0])
    g.__name__ = g.__qualname__ = name
    return g


for _n in ('sqrt', 'exp', 'log10', 'phase', 'polar', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin',
           'acos', 'atan', 'asinh', 'acosh', 'atanh', 'isfinite', 'isinf', 'isnan'):
    globals()[_n] = _one_arg(globals()[_n], _n)
del _n

/* nat_math.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_MATH_H
#define MY_NAT_MATH_H
/* The constants pi, e, tau, inf and nan are set by math_module_init (mod_math.c) at image build. */
#define MATH_NATIVES(X) \
    X(MOD_MATH, NK_FUNCTION, "acos", mth_acos) \
    X(MOD_MATH, NK_FUNCTION, "acosh", mth_acosh) \
    X(MOD_MATH, NK_FUNCTION, "asin", mth_asin) \
    X(MOD_MATH, NK_FUNCTION, "asinh", mth_asinh) \
    X(MOD_MATH, NK_FUNCTION, "atan", mth_atan) \
    X(MOD_MATH, NK_FUNCTION, "atan2", mth_atan2) \
    X(MOD_MATH, NK_FUNCTION, "atanh", mth_atanh) \
    X(MOD_MATH, NK_FUNCTION, "cbrt", mth_cbrt) \
    X(MOD_MATH, NK_FUNCTION, "ceil", mth_ceil) \
    X(MOD_MATH, NK_FUNCTION, "comb", mth_comb) \
    X(MOD_MATH, NK_FUNCTION, "copysign", mth_copysign) \
    X(MOD_MATH, NK_FUNCTION, "cos", mth_cos) \
    X(MOD_MATH, NK_FUNCTION, "cosh", mth_cosh) \
    X(MOD_MATH, NK_FUNCTION, "degrees", mth_degrees) \
    X(MOD_MATH, NK_FUNCTION, "dist", mth_dist) \
    X(MOD_MATH, NK_FUNCTION, "erf", mth_erf) \
    X(MOD_MATH, NK_FUNCTION, "erfc", mth_erfc) \
    X(MOD_MATH, NK_FUNCTION, "exp", mth_exp) \
    X(MOD_MATH, NK_FUNCTION, "exp2", mth_exp2) \
    X(MOD_MATH, NK_FUNCTION, "expm1", mth_expm1) \
    X(MOD_MATH, NK_FUNCTION, "fabs", mth_fabs) \
    X(MOD_MATH, NK_FUNCTION, "factorial", mth_factorial) \
    X(MOD_MATH, NK_FUNCTION, "floor", mth_floor) \
    X(MOD_MATH, NK_FUNCTION, "fmod", mth_fmod) \
    X(MOD_MATH, NK_FUNCTION, "frexp", mth_frexp) \
    X(MOD_MATH, NK_FUNCTION, "fsum", mth_fsum) \
    X(MOD_MATH, NK_FUNCTION, "gamma", mth_gamma) \
    X(MOD_MATH, NK_FUNCTION, "gcd", mth_gcd) \
    X(MOD_MATH, NK_FUNCTION, "hypot", mth_hypot) \
    X(MOD_MATH, NK_FUNCTION, "isclose", mth_isclose) \
    X(MOD_MATH, NK_FUNCTION, "isfinite", mth_isfinite) \
    X(MOD_MATH, NK_FUNCTION, "isinf", mth_isinf) \
    X(MOD_MATH, NK_FUNCTION, "isnan", mth_isnan) \
    X(MOD_MATH, NK_FUNCTION, "isqrt", mth_isqrt) \
    X(MOD_MATH, NK_FUNCTION, "lcm", mth_lcm) \
    X(MOD_MATH, NK_FUNCTION, "ldexp", mth_ldexp) \
    X(MOD_MATH, NK_FUNCTION, "lgamma", mth_lgamma) \
    X(MOD_MATH, NK_FUNCTION, "log", mth_log) \
    X(MOD_MATH, NK_FUNCTION, "log10", mth_log10) \
    X(MOD_MATH, NK_FUNCTION, "log1p", mth_log1p) \
    X(MOD_MATH, NK_FUNCTION, "log2", mth_log2) \
    X(MOD_MATH, NK_FUNCTION, "modf", mth_modf) \
    X(MOD_MATH, NK_FUNCTION, "nextafter", mth_nextafter) \
    X(MOD_MATH, NK_FUNCTION, "perm", mth_perm) \
    X(MOD_MATH, NK_FUNCTION, "pow", mth_pow) \
    X(MOD_MATH, NK_FUNCTION, "prod", mth_prod) \
    X(MOD_MATH, NK_FUNCTION, "radians", mth_radians) \
    X(MOD_MATH, NK_FUNCTION, "remainder", mth_remainder) \
    X(MOD_MATH, NK_FUNCTION, "sin", mth_sin) \
    X(MOD_MATH, NK_FUNCTION, "sinh", mth_sinh) \
    X(MOD_MATH, NK_FUNCTION, "sqrt", mth_sqrt) \
    X(MOD_MATH, NK_FUNCTION, "tan", mth_tan) \
    X(MOD_MATH, NK_FUNCTION, "tanh", mth_tanh) \
    X(MOD_MATH, NK_FUNCTION, "trunc", mth_trunc) \
    X(MOD_MATH, NK_FUNCTION, "ulp", mth_ulp)
#endif

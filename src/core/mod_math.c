/* mod_math.c: the math module, giving CPython 3.11's results, exception types and messages. */
#include "vm.h"
#include "natives.h"
#include "ast.h"
#include "bigint.h"

/* num_methods.c */
MY_FN bool num_is_py(Interp *I, Value v);
MY_FN bool num_parse_args(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *fname,
                          int skip, int nposonly, int npos, int n, int required,
                          const char *const *names, Value *out);
MY_FN Value num_delegate(Interp *I, const char *name, const Value *head, uint32_t nhead,
                         Ref args, uint32_t nargs, Value kwnames);
MY_FN Ref num_big_alloc(Interp *I, uint32_t ndigits);
MY_FN Value num_big_finish(Interp *I, Ref obj, int s, uint32_t n);
MY_FN void num_give_back(Interp *I, Ref r);

#define MX_PI 3.141592653589793238462643383279502884
#define MX_E 2.718281828459045235360287471352662498
#define MX_TAU 6.283185307179586476925286766559005768
#define MX_LOGPI 1.144729885849400174143427351353058711647
#define MX_DBL_MIN 2.2250738585072014e-308
/* Results above this many digits raise MemoryError without being attempted (as intbig.c). */
#define MX_MAX_DIGITS (1u << 27)

/* ---- floats: no libc classification macros in the core, so these are spelled out ---- */

static MY_FN double mx_inf(void) { return v_as_double(0x7FF0000000000000ull); }
static MY_FN double mx_nan(void) { return v_as_double(0x7FF8000000000000ull); }
static MY_FN bool mx_isnan(double x) { return x != x; }
static MY_FN bool mx_finite(double x) { return x - x == 0.0; }
static MY_FN bool mx_isinf(double x) { return x == x && x - x != 0.0; }

/* Raw bits of a double, NaNs included (v_double would canonicalize them). */
static MY_FN uint64_t mx_dbits(double d) { union { double d; uint64_t u; } x; x.d = d; return x.u; }
static MY_FN double mx_bitsd(uint64_t u) { union { double d; uint64_t u; } x; x.u = u; return x.d; }

/* err: 1 domain (ValueError), 2 range (OverflowError), as CPython maps errno. */
static MY_FN Value mx_raise(Interp *I, int err) {
    if (err == 2) return raise_msg(I, T_OVERFLOW_ERROR, "math range error");
    return raise_msg(I, T_VALUE_ERROR, "math domain error");
}

/* ---- arguments ---- */

enum { MX_ONE, MX_FAST, MX_VAR };

/* CPython's messages for keywords given to a positional-only function and for a wrong count:
   MX_ONE "math.f() takes exactly one argument", MX_FAST "f expected N arguments", MX_VAR none. */
static MY_FN bool mx_nargs(Interp *I, uint32_t nargs, Value kwnames, const char *name, uint32_t min, uint32_t max, int style) {
    if (kwnames != V_NULL && tuple_len(I, kwnames) > 0) {
        Value n = str_from_cstr(I, name);
        if (n != V_ERR) raise_fmt(I, T_TYPE_ERROR, "math.%s() takes no keyword arguments", n, 0, 0);
        return false;
    }
    if (nargs >= min && nargs <= max) return true;
    Value n = str_from_cstr(I, name);
    if (n == V_ERR) return false;
    if (style == MX_ONE) raise_fmt(I, T_TYPE_ERROR, "math.%s() takes exactly one argument (%d given)", n, v_int(nargs), 0);
    else if (min == max) raise_fmt(I, T_TYPE_ERROR, min == 1 ? "%s expected %d argument, got %d" : "%s expected %d arguments, got %d", n, v_int(min), v_int(nargs));
    else if (nargs < min) raise_fmt(I, T_TYPE_ERROR, min == 1 ? "%s expected at least %d argument, got %d" : "%s expected at least %d arguments, got %d", n, v_int(min), v_int(nargs));
    else raise_fmt(I, T_TYPE_ERROR, max == 1 ? "%s expected at most %d argument, got %d" : "%s expected at most %d arguments, got %d", n, v_int(max), v_int(nargs));
    return false;
}

/* A float, int or bool as a double (what CPython's PyFloat_AsDouble accepts without calling Python). */
static MY_FN bool mx_real(Interp *I, Value v, double *out) {
    if (v_is_double(v)) { *out = v_as_double(v); return true; }
    if (is_int_value(I, v)) {
        bool ovf;
        *out = int_to_double(I, v, &ovf);
        if (!ovf) return true;
        raise_msg(I, T_OVERFLOW_ERROR, "int too large to convert to float");
        return false;
    }
    raise_fmt(I, T_TYPE_ERROR, "must be real number, not %T", v, 0, 0);
    return false;
}

static MY_FN bool mx_index(Interp *I, Value v) {
    if (is_int_value(I, v)) return true;
    raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v, 0, 0);
    return false;
}

/* The math module's own function `name`, for the prelude to call again. */
static MY_FN Value mx_fn(Interp *I, const char *name) {
    Value mn = str_from_cstr(I, "math");
    if (mn == V_ERR) return mn;
    Value m = dict_get_str(I, image_root(I, ROOT_MODULES), mn);
    Value fn = str_from_cstr(I, name);
    if (fn == V_ERR) return fn;
    Value f = m == V_NULL ? V_NULL : dict_get_str(I, fld(I, m, MODULE_DICT), fn);
    if (f == V_NULL) return raise_msg(I, T_SYSTEM_ERROR, "math function missing");
    return f;
}

static MY_FN bool mx_any_py(Interp *I, Ref args, uint32_t nargs) {
    for (uint32_t i = 0; i < nargs; i++)
        if (num_is_py(I, ARG(i))) return true;
    return false;
}

/* An argument is an instance of a Python class: the prelude converts the arguments through
   __float__ / __index__ (kinds: one letter per positional argument, 'r' real, 'i' index, '-' as is,
   the last letter repeating; kwkind for keyword values) and calls math.name again. */
static MY_FN Value mx_retry(Interp *I, const char *name, const char *kinds, const char *kwkind,
                            Ref args, uint32_t nargs, Value kwnames) {
    Value head[3];
    head[0] = mx_fn(I, name);
    head[1] = str_from_cstr(I, kinds);
    head[2] = str_from_cstr(I, kwkind);
    if (head[0] == V_ERR || head[1] == V_ERR || head[2] == V_ERR) return V_ERR;
    return num_delegate(I, "_math_call", head, 3, args, nargs, kwnames);
}

/* A prelude helper called with the math function itself and some values. */
static MY_FN Value mx_prelude(Interp *I, const char *helper, const char *name, Value a, Value b, int n) {
    Value f = mx_fn(I, name);
    if (f == V_ERR) return f;
    Value t = tuple_new(I, (uint32_t)n + 1);
    if (t == V_ERR) return t;
    set_fld(I, t, 1, f);
    if (n > 0) set_fld(I, t, 2, a);
    if (n > 1) set_fld(I, t, 3, b);
    return prelude_tailcall(I, helper, t);
}

static MY_FN bool mx_is_seq(Interp *I, Value v) { return is_type(I, v, T_LIST) || is_type(I, v, T_TUPLE); }
static MY_FN uint32_t mx_seq_len(Interp *I, Value v) { return is_type(I, v, T_LIST) ? list_len(I, v) : tuple_len(I, v); }
static MY_FN Value mx_seq_item(Interp *I, Value v, uint32_t i) { return is_type(I, v, T_LIST) ? list_get(I, v, i) : fld(I, v, 1 + i); }

/* Whether v is an int, bool or float: what the C loops handle without the prelude. */
static MY_FN bool mx_is_num(Interp *I, Value v) { return v_is_double(v) || is_int_value(I, v); }

/* ---- ints: sign and 32-bit digits, for the kernels of bigint.c ---- */

/* Bits [pos, pos + 64) of the magnitude, and whether any bit below pos is set. */
static MY_FN uint64_t mx_bits_at(Interp *I, const IntView *x, uint64_t pos, bool *sticky) {
    uint32_t q = (uint32_t)(pos >> 5), r = (uint32_t)(pos & 31u);
    uint64_t lo = int_view_digit(I, x, q), mid = int_view_digit(I, x, q + 1), hi = int_view_digit(I, x, q + 2);
    uint64_t w = (lo >> r) | (mid << (32 - r));
    if (r) w |= hi << (64 - r);
    bool s = r != 0 && (lo & ((1u << r) - 1u)) != 0;
    for (uint32_t i = 0; i < q && !s; i++) s = int_view_digit(I, x, i) != 0;
    *sticky = s;
    return w;
}

/* Copies the magnitude into n digits at `to` (zero padded). */
static MY_FN void mx_copy_mag(Interp *I, const IntView *x, Ref to, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) mem_st_u32(&I->H, to, i, int_view_digit(I, x, i));
}

/* A value made by this call after heap offset `mark`, so it may be given back. */
static MY_FN bool mx_owned(Interp *I, Value v, uint32_t mark) {
    if (!v_is_obj(v)) return false;
    uint32_t off = v_as_ref(v) & ~REF_IMAGE_BIT;
    return off >= mark && off < I->top;
}

/* `old` was made by this call and is no longer needed; `nw` came after it. When old lies right
   below nw at the top of the heap, nw moves down over it (or old is just given back when nw is not
   an object), so loops over big ints leave no garbage behind. Returns where nw now is. */
static MY_FN Value mx_settle(Interp *I, Value old, Value nw, uint32_t mark) {
    if (old == nw || !mx_owned(I, old, mark)) return nw;
    Ref o = v_as_ref(old);
    uint32_t ooff = o & ~REF_IMAGE_BIT, osz = hdr_size(I, o);
    if (mx_owned(I, nw, mark)) {
        Ref n = v_as_ref(nw);
        uint32_t noff = n & ~REF_IMAGE_BIT, nsz = hdr_size(I, n);
        if (ooff + osz == noff && noff + nsz == I->top) {
            for (uint32_t i = 0; i < nsz; i++) mem_st(&I->H, o + i, mem_ld(&I->H, n + i));
            I->top = ooff + nsz;
            return v_obj(o);
        }
        return nw;
    }
    if (ooff + osz == I->top) I->top = ooff;
    return nw;
}

/* ---- one-argument float functions ---- */

enum { MU_ACOS, MU_ACOSH, MU_ASIN, MU_ASINH, MU_ATAN, MU_ATANH, MU_CBRT, MU_COS, MU_COSH, MU_ERF,
       MU_ERFC, MU_EXP, MU_EXP2, MU_EXPM1, MU_FABS, MU_LOG1P, MU_SIN, MU_SINH, MU_SQRT, MU_TAN,
       MU_TANH, MU_DEGREES, MU_RADIANS, MU_GAMMA, MU_LGAMMA };

/* The Lanczos approximation (g = 6.024680040776729583740234375, 13 terms, the set Boost calls
   lanczos13m53) that CPython's gamma and lgamma use, so results match it to the last bit. */
MY_CONST double mx_lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408 };
/* x(x+1)...(x+11) expanded: the unsigned Stirling numbers of the first kind for 12. */
MY_CONST double mx_lanczos_den[13] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0 };
#define MX_LANCZOS_G 6.024680040776729583740234375
#define MX_LANCZOS_GMH 5.524680040776729583740234375

/* The rational part of the approximation; evaluated in 1/x for large x so nothing overflows. */
static MY_FN double mx_lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) { num = num * x + mx_lanczos_num[i]; den = den * x + mx_lanczos_den[i]; }
    } else {
        for (int i = 0; i < 13; i++) { num = num / x + mx_lanczos_num[i]; den = den / x + mx_lanczos_den[i]; }
    }
    return num / den;
}

/* sin(pi * x), accurate for large x by reducing to [0, 2) first and picking the best formula. */
static MY_FN double mx_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(MX_PI * y); break;
    case 1: r = cos(MX_PI * (y - 0.5)); break;
    case 2: r = sin(MX_PI * (1.0 - y)); break;
    case 3: r = -cos(MX_PI * (y - 1.5)); break;
    default: r = sin(MX_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static MY_FN double mx_tgamma(double x, int *err) {
    *err = 0;
    if (!mx_finite(x)) {
        if (x != x || x > 0.0) return x;
        *err = 1;
        return mx_nan();
    }
    if (x == 0.0) { *err = 1; return copysign(mx_inf(), x); }
    if (x == floor(x)) {
        if (x < 0.0) { *err = 1; return mx_nan(); }
        if (x <= 23.0) {          /* (x-1)! exactly (22! is the last exact double; 23 rounds once) */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) f *= (double)i;
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {             /* gamma(x) ~ 1/x near zero */
        double r = 1.0 / x;
        if (mx_isinf(r)) *err = 2;
        return r;
    }
    if (ax > 200.0) {             /* overflows, or underflows to a signed zero */
        if (x < 0.0) return 0.0 / mx_sinpi(x);
        *err = 2;
        return mx_inf();
    }
    double y = ax + MX_LANCZOS_GMH, z, r;
    /* the rounding error of y, folded into a correction factor */
    if (ax > MX_LANCZOS_GMH) { double q = y - ax; z = q - MX_LANCZOS_GMH; }
    else { double q = y - MX_LANCZOS_GMH; z = q - ax; }
    z = z * MX_LANCZOS_G / y;
    if (x < 0.0) {                /* reflection: gamma(x) = -pi / (sin(pi x) x gamma(-x)) */
        r = -MX_PI / mx_sinpi(ax) / ax * exp(y) / mx_lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) r /= pow(y, ax - 0.5);
        else { double sp = pow(y, ax / 2.0 - 0.25); r /= sp; r /= sp; }
    } else {
        r = mx_lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) r *= pow(y, ax - 0.5);
        else { double sp = pow(y, ax / 2.0 - 0.25); r *= sp; r *= sp; }   /* pow(y, ax - 0.5) alone would overflow */
    }
    if (mx_isinf(r)) *err = 2;
    return r;
}

static MY_FN double mx_lgamma(double x, int *err) {
    *err = 0;
    if (!mx_finite(x)) return x != x ? x : mx_inf();
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) { *err = 1; return mx_inf(); }
        return 0.0;               /* lgamma(1) = lgamma(2) = 0 exactly */
    }
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(mx_lanczos_sum(ax)) - MX_LANCZOS_G;
    r += (ax - 0.5) * (log(ax + MX_LANCZOS_G - 0.5) - 1);
    if (x < 0.0) r = MX_LOGPI - log(fabs(mx_sinpi(ax))) - log(ax) - r;
    if (mx_isinf(r)) *err = 2;
    return r;
}

static MY_FN double mx_eval1(int op, double x, int *err) {
    double r;
    bool can_overflow = false;
    switch (op) {
    case MU_ACOS: r = acos(x); break;
    case MU_ACOSH: r = acosh(x); break;
    case MU_ASIN: r = asin(x); break;
    case MU_ASINH: r = asinh(x); break;
    case MU_ATAN: r = atan(x); break;
    case MU_ATANH: r = atanh(x); break;
    case MU_CBRT: r = cbrt(x); break;
    case MU_COS: r = cos(x); break;
    case MU_COSH: r = cosh(x); can_overflow = true; break;
    case MU_ERF: r = erf(x); break;
    case MU_ERFC: r = erfc(x); break;
    case MU_EXP: r = exp(x); can_overflow = true; break;
    case MU_EXP2: r = exp2(x); can_overflow = true; break;
    case MU_EXPM1: r = expm1(x); can_overflow = true; break;
    case MU_FABS: r = fabs(x); break;
    case MU_LOG1P: r = log1p(x); break;
    case MU_SIN: r = sin(x); break;
    case MU_SINH: r = sinh(x); can_overflow = true; break;
    case MU_SQRT: r = sqrt(x); break;
    case MU_TAN: r = tan(x); break;
    case MU_TANH: r = tanh(x); break;
    case MU_DEGREES: *err = 0; return x * (180.0 / MX_PI);   /* no range check, as CPython */
    case MU_RADIANS: *err = 0; return x * (MX_PI / 180.0);
    case MU_GAMMA: return mx_tgamma(x, err);
    default: return mx_lgamma(x, err);
    }
    /* libm's errno, read from the result: NaN out of a non-NaN is a domain error, an infinity out
       of a finite value an overflow (or a pole, a domain error, where the function cannot overflow) */
    *err = 0;
    if (r != r && x == x) *err = 1;
    else if (mx_isinf(r) && mx_finite(x)) *err = can_overflow ? 2 : 1;
    return r;
}

static MY_FN Value mx_unary(Interp *I, Ref args, uint32_t nargs, Value kwnames, int op, const char *name) {
    if (!mx_nargs(I, nargs, kwnames, name, 1, 1, MX_ONE)) return V_ERR;
    if (num_is_py(I, ARG(0))) return mx_retry(I, name, "r", "r", args, nargs, kwnames);
    double x;
    if (!mx_real(I, ARG(0), &x)) return V_ERR;
    int err;
    double r = mx_eval1(op, x, &err);
    if (err) return mx_raise(I, err);
    return v_double(r);
}

#define MX_UNARY(fn, op, name) NATIVE(fn) { return mx_unary(I, args, nargs, kwnames, op, name); }
MX_UNARY(mth_acos, MU_ACOS, "acos")
MX_UNARY(mth_acosh, MU_ACOSH, "acosh")
MX_UNARY(mth_asin, MU_ASIN, "asin")
MX_UNARY(mth_asinh, MU_ASINH, "asinh")
MX_UNARY(mth_atan, MU_ATAN, "atan")
MX_UNARY(mth_atanh, MU_ATANH, "atanh")
MX_UNARY(mth_cbrt, MU_CBRT, "cbrt")
MX_UNARY(mth_cos, MU_COS, "cos")
MX_UNARY(mth_cosh, MU_COSH, "cosh")
MX_UNARY(mth_erf, MU_ERF, "erf")
MX_UNARY(mth_erfc, MU_ERFC, "erfc")
MX_UNARY(mth_exp, MU_EXP, "exp")
MX_UNARY(mth_exp2, MU_EXP2, "exp2")
MX_UNARY(mth_expm1, MU_EXPM1, "expm1")
MX_UNARY(mth_fabs, MU_FABS, "fabs")
MX_UNARY(mth_log1p, MU_LOG1P, "log1p")
MX_UNARY(mth_sin, MU_SIN, "sin")
MX_UNARY(mth_sinh, MU_SINH, "sinh")
MX_UNARY(mth_sqrt, MU_SQRT, "sqrt")
MX_UNARY(mth_tan, MU_TAN, "tan")
MX_UNARY(mth_tanh, MU_TANH, "tanh")
MX_UNARY(mth_degrees, MU_DEGREES, "degrees")
MX_UNARY(mth_radians, MU_RADIANS, "radians")
MX_UNARY(mth_gamma, MU_GAMMA, "gamma")
MX_UNARY(mth_lgamma, MU_LGAMMA, "lgamma")

/* One float argument, checked; false with the exception (or a pending prelude retry) in *ret. */
static MY_FN bool mx_one_real(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *name, double *x, Value *ret) {
    if (!mx_nargs(I, nargs, kwnames, name, 1, 1, MX_ONE)) { *ret = V_ERR; return false; }
    if (num_is_py(I, ARG(0))) { *ret = mx_retry(I, name, "r", "r", args, nargs, kwnames); return false; }
    if (!mx_real(I, ARG(0), x)) { *ret = V_ERR; return false; }
    return true;
}

NATIVE(mth_isfinite) { double x; Value r; return mx_one_real(I, args, nargs, kwnames, "isfinite", &x, &r) ? v_bool(mx_finite(x)) : r; }
NATIVE(mth_isinf) { double x; Value r; return mx_one_real(I, args, nargs, kwnames, "isinf", &x, &r) ? v_bool(mx_isinf(x)) : r; }
NATIVE(mth_isnan) { double x; Value r; return mx_one_real(I, args, nargs, kwnames, "isnan", &x, &r) ? v_bool(mx_isnan(x)) : r; }

NATIVE(mth_frexp) {
    double x;
    Value r;
    if (!mx_one_real(I, args, nargs, kwnames, "frexp", &x, &r)) return r;
    int e = 0;
    double m = x;
    if (x != 0.0 && mx_finite(x)) m = frexp(x, &e);   /* frexp(inf/nan/0) is (x, 0) */
    return tuple_pack2(I, v_double(m), v_int(e));
}

NATIVE(mth_modf) {
    double x;
    Value r;
    if (!mx_one_real(I, args, nargs, kwnames, "modf", &x, &r)) return r;
    if (x != x) return tuple_pack2(I, v_double(x), v_double(x));
    if (mx_isinf(x)) return tuple_pack2(I, v_double(copysign(0.0, x)), v_double(x));
    double ip = trunc(x);
    return tuple_pack2(I, v_double(copysign(x - ip, x)), v_double(ip));   /* x - trunc(x) is exact */
}

NATIVE(mth_ulp) {
    double x;
    Value r;
    if (!mx_one_real(I, args, nargs, kwnames, "ulp", &x, &r)) return r;
    if (x != x) return v_double(x);
    x = fabs(x);
    if (mx_isinf(x)) return v_double(x);
    double up = nextafter(x, mx_inf());
    if (mx_isinf(up)) return v_double(x - nextafter(x, -mx_inf()));   /* x is the largest double */
    return v_double(up - x);
}

/* ---- floor, ceil, trunc ---- */

static MY_FN Value mx_round_fn(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *name, bool up) {
    if (!mx_nargs(I, nargs, kwnames, name, 1, 1, MX_ONE)) return V_ERR;
    Value v = ARG(0);
    if (v_is_double(v)) return int_from_double(I, up ? ceil(v_as_double(v)) : floor(v_as_double(v)));
    if (is_int_value(I, v)) return v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v;
    if (num_is_py(I, v)) {
        Value dn = str_from_cstr(I, up ? "__ceil__" : "__floor__");
        if (dn == V_ERR) return dn;
        return mx_prelude(I, "_math_round_via", name, v, dn, 2);
    }
    return raise_fmt(I, T_TYPE_ERROR, "must be real number, not %T", v, 0, 0);
}
NATIVE(mth_floor) { return mx_round_fn(I, args, nargs, kwnames, "floor", false); }
NATIVE(mth_ceil) { return mx_round_fn(I, args, nargs, kwnames, "ceil", true); }

NATIVE(mth_trunc) {
    if (!mx_nargs(I, nargs, kwnames, "trunc", 1, 1, MX_ONE)) return V_ERR;
    Value v = ARG(0);
    if (v_is_double(v)) return int_from_double(I, v_as_double(v));
    if (is_int_value(I, v)) return v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v;
    if (num_is_py(I, v)) {
        Value t = tuple_new(I, 1);
        if (t == V_ERR) return t;
        set_fld(I, t, 1, v);
        return prelude_tailcall(I, "_math_trunc", t);
    }
    return raise_fmt(I, T_TYPE_ERROR, "type %s doesn't define __trunc__ method", type_name_v(I, type_of(I, v)), 0, 0);
}

/* ---- two-argument float functions ---- */

static MY_FN bool mx_two_reals(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *name,
                               double *x, double *y, Value *ret) {
    if (!mx_nargs(I, nargs, kwnames, name, 2, 2, MX_FAST)) { *ret = V_ERR; return false; }
    if (mx_any_py(I, args, nargs)) { *ret = mx_retry(I, name, "rr", "r", args, nargs, kwnames); return false; }
    if (!mx_real(I, ARG(0), x) || !mx_real(I, ARG(1), y)) { *ret = V_ERR; return false; }
    return true;
}

NATIVE(mth_atan2) {
    double y, x;
    Value r;
    if (!mx_two_reals(I, args, nargs, kwnames, "atan2", &y, &x, &r)) return r;
    return v_double(atan2(y, x));
}

NATIVE(mth_copysign) {
    double x, y;
    Value r;
    if (!mx_two_reals(I, args, nargs, kwnames, "copysign", &x, &y, &r)) return r;
    return v_double(copysign(x, y));
}

NATIVE(mth_fmod) {
    double x, y;
    Value r;
    if (!mx_two_reals(I, args, nargs, kwnames, "fmod", &x, &y, &r)) return r;
    if (mx_isinf(y) && mx_finite(x)) return v_double(x);
    double m = fmod(x, y);
    if (m != m && x == x && y == y) return mx_raise(I, 1);
    return v_double(m);
}

NATIVE(mth_remainder) {
    double x, y;
    Value r;
    if (!mx_two_reals(I, args, nargs, kwnames, "remainder", &x, &y, &r)) return r;
    double m = remainder(x, y);   /* the IEEE remainder: exact */
    if (m != m && x == x && y == y) return mx_raise(I, 1);
    return v_double(m);
}

NATIVE(mth_nextafter) {
    double x, y;
    Value r;
    if (!mx_two_reals(I, args, nargs, kwnames, "nextafter", &x, &y, &r)) return r;
    return v_double(nextafter(x, y));
}

NATIVE(mth_pow) {
    double x, y;
    Value rv;
    if (!mx_two_reals(I, args, nargs, kwnames, "pow", &x, &y, &rv)) return rv;
    double r;
    int err = 0;
    if (!mx_finite(x) || !mx_finite(y)) {
        /* C99 Annex F's special values, spelled out so every libm agrees */
        if (x != x) r = y == 0.0 ? 1.0 : x;
        else if (y != y) r = x == 1.0 ? 1.0 : y;
        else if (mx_isinf(x)) {
            bool odd_y = mx_finite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {                  /* y is infinite */
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
    } else {
        r = float_pow(x, y);
        if (r != r) err = 1;                      /* negative ** non-integer */
        else if (mx_isinf(r)) err = x == 0.0 ? 1 : 2;   /* 0 ** negative, or overflow */
    }
    if (err) return mx_raise(I, err);
    return v_double(r);
}

NATIVE(mth_ldexp) {
    if (!mx_nargs(I, nargs, kwnames, "ldexp", 2, 2, MX_FAST)) return V_ERR;
    if (num_is_py(I, ARG(0))) return mx_retry(I, "ldexp", "r-", "r", args, nargs, kwnames);
    double x;
    if (!mx_real(I, ARG(0), &x)) return V_ERR;
    Value iv = ARG(1);
    if (!is_int_value(I, iv)) return raise_msg(I, T_TYPE_ERROR, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_i64(I, iv, &e)) e = int_sign(I, iv) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !mx_finite(x)) return v_double(x);
    if (e > 2147483647) return mx_raise(I, 2);
    if (e < -2147483647 - 1) return v_double(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (mx_isinf(r)) return mx_raise(I, 2);
    return v_double(r);
}

/* ---- logarithms ---- */

/* log, log2 or log10; log2 of a power of two is its exponent exactly (a GPU's log2 can miss it). */
static MY_FN double mx_logf(int which, double x) {
    if (which == 1 && x > 0.0 && x - x == 0.0) {
        int e;
        if (frexp(x, &e) == 0.5) return (double)(e - 1);
    }
    return which == 0 ? log(x) : which == 1 ? log2(x) : log10(x);
}

/* log of an int or float; ints too large for a float are split as m * 2**e first. */
static MY_FN bool mx_log_of(Interp *I, Value v, int which, double *out) {
    if (is_int_value(I, v)) {
        if (int_sign(I, v) <= 0) { mx_raise(I, 1); return false; }
        bool ovf;
        double d = int_to_double(I, v, &ovf);
        if (!ovf) { *out = mx_logf(which, d); return true; }
        IntView x;
        int_view(I, v, &x);
        uint64_t b = int_view_bitlen(I, &x);
        bool sticky;
        uint64_t top = mx_bits_at(I, &x, b - 64, &sticky);
        if (sticky) top |= 1u;        /* below the rounding point: only breaks ties */
        double m = ldexp((double)top, -64);
        double e = (double)b;
        if (m == 1.0) { m = 0.5; e += 1.0; }
        *out = mx_logf(which, m) + mx_logf(which, 2.0) * e;
        return true;
    }
    double x;
    if (!mx_real(I, v, &x)) return false;
    if (x != x || x > 0.0) { *out = mx_logf(which, x); return true; }
    mx_raise(I, 1);   /* zero, negative or -inf */
    return false;
}

NATIVE(mth_log) {
    if (kwnames != V_NULL && tuple_len(I, kwnames) > 0) return raise_msg(I, T_TYPE_ERROR, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2) return raise_msg(I, T_TYPE_ERROR, "math.log requires 1 to 2 arguments");
    if (mx_any_py(I, args, nargs)) return mx_retry(I, "log", "rr", "r", args, nargs, kwnames);
    double num, den;
    if (!mx_log_of(I, ARG(0), 0, &num)) return V_ERR;
    if (nargs == 1) return v_double(num);
    if (!mx_log_of(I, ARG(1), 0, &den)) return V_ERR;
    if (den == 0.0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "float division by zero");
    return v_double(num / den);
}

static MY_FN Value mx_log_n(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *name, int which) {
    if (!mx_nargs(I, nargs, kwnames, name, 1, 1, MX_ONE)) return V_ERR;
    if (num_is_py(I, ARG(0))) return mx_retry(I, name, "r", "r", args, nargs, kwnames);
    double r;
    if (!mx_log_of(I, ARG(0), which, &r)) return V_ERR;
    return v_double(r);
}
NATIVE(mth_log2) { return mx_log_n(I, args, nargs, kwnames, "log2", 1); }
NATIVE(mth_log10) { return mx_log_n(I, args, nargs, kwnames, "log10", 2); }

/* ---- isclose ---- */

NATIVE(mth_isclose) {
    static MY_CONST char *const names[] = { "a", "b", "rel_tol", "abs_tol" };
    Value a[4];
    if (!num_parse_args(I, args, nargs, kwnames, "isclose", 0, 0, 2, 4, 2, names, a)) return V_ERR;
    for (int i = 0; i < 4; i++)
        if (a[i] != V_NULL && num_is_py(I, a[i])) return mx_retry(I, "isclose", "rr", "r", args, nargs, kwnames);
    double x, y, rel = 1e-09, abst = 0.0;
    if (!mx_real(I, a[0], &x) || !mx_real(I, a[1], &y)) return V_ERR;
    if (a[2] != V_NULL && !mx_real(I, a[2], &rel)) return V_ERR;
    if (a[3] != V_NULL && !mx_real(I, a[3], &abst)) return V_ERR;
    if (rel < 0.0 || abst < 0.0) return raise_msg(I, T_VALUE_ERROR, "tolerances must be non-negative");
    if (x == y) return V_TRUE;                          /* infinities of one sign too */
    if (mx_isinf(x) || mx_isinf(y)) return V_FALSE;
    double diff = fabs(y - x);
    return v_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abst);
}

/* ---- hypot and dist: CPython 3.11's vector_norm ---- */

/* Where the coordinates come from: hypot's arguments, or the differences of dist's two points.
   Both passes read them again rather than keep a copy (no buffer to size). */
typedef struct MxVec { Ref args; Value p, q; bool dist; } MxVec;

static MY_FN bool mx_vec_get(Interp *I, const MxVec *v, uint32_t i, double *out) {
    double a, b;
    if (!v->dist) {
        if (!mx_real(I, ld(I, v->args + i), &a)) return false;
        *out = fabs(a);
        return true;
    }
    if (!mx_real(I, mx_seq_item(I, v->p, i), &a) || !mx_real(I, mx_seq_item(I, v->q, i), &b)) return false;
    *out = fabs(a - b);
    return true;
}

/* Error-free transformations: x*y = z + zz (Dekker, with Veltkamp's split), a + b = x + y. */
static MY_FN void mx_split(double x, double *hi, double *lo) {
    double t = x * 134217729.0;   /* 2**27 + 1 */
    *hi = t - (t - x);
    *lo = x - *hi;
}
static MY_FN void mx_mul2(double x, double y, double *z, double *zz) {
    double xh, xl, yh, yl;
    mx_split(x, &xh, &xl);
    mx_split(y, &yh, &yl);
    double p = xh * yh, q = xh * yl + xl * yh;
    *z = p + q;
    *zz = p - *z + q + xl * yl;
}
static MY_FN void mx_fast_sum(double a, double b, double *x, double *y) {   /* |a| >= |b| */
    *x = a + b;
    double z = *x - a;
    *y = b - z;
}

/* sqrt(sum of squares): scaled by a power of two so that every square is below 1, the squares
   and their sum kept exactly as double-length values around an offset of 1.0, then one Newton
   correction of the square root; nearly always correctly rounded. */
static MY_FN double mx_vector_norm(Interp *I, const MxVec *v, uint32_t n, double max, bool found_nan) {
    if (mx_isinf(max)) return max;
    if (found_nan) return mx_nan();
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    double pre = 1.0;
    if (max_e < -1023) {          /* subnormals: 2**-max_e would overflow, so lift them first */
        pre = MX_DBL_MIN;
        max /= MX_DBL_MIN;
        frexp(max, &max_e);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, ph, pl, sh, sl;
    for (uint32_t i = 0; i < n; i++) {
        double x = 0.0;
        mx_vec_get(I, v, i, &x);      /* cannot fail: the first pass converted every value */
        if (pre != 1.0) x /= pre;
        x *= scale;
        mx_mul2(x, x, &ph, &pl);
        mx_fast_sum(csum, ph, &sh, &sl);
        csum = sh;
        frac1 += pl;
        frac2 += sl;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    mx_mul2(-h, h, &ph, &pl);
    mx_fast_sum(csum, ph, &sh, &sl);
    csum = sh;
    frac1 += pl;
    frac2 += sl;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return pre * (h / scale);
}

/* First pass: converts every coordinate, finds the largest and any NaN. */
static MY_FN Value mx_norm(Interp *I, const MxVec *v, uint32_t n) {
    double max = 0.0;
    bool found_nan = false;
    for (uint32_t i = 0; i < n; i++) {
        double x;
        if (!mx_vec_get(I, v, i, &x)) return V_ERR;
        found_nan |= x != x;
        if (x > max) max = x;
    }
    return v_double(mx_vector_norm(I, v, n, max, found_nan));
}

NATIVE(mth_hypot) {
    if (!mx_nargs(I, nargs, kwnames, "hypot", 0, 0xFFFFFFFFu, MX_VAR)) return V_ERR;
    if (mx_any_py(I, args, nargs)) return mx_retry(I, "hypot", "r", "r", args, nargs, kwnames);
    MxVec v;
    v.args = args; v.p = v.q = V_NONE; v.dist = false;
    return mx_norm(I, &v, nargs);
}

NATIVE(mth_dist) {
    if (!mx_nargs(I, nargs, kwnames, "dist", 2, 2, MX_FAST)) return V_ERR;
    Value p = ARG(0), q = ARG(1);
    bool simple = mx_is_seq(I, p) && mx_is_seq(I, q);
    for (uint32_t k = 0; simple && k < 2; k++) {
        Value s = k ? q : p;
        uint32_t n = mx_seq_len(I, s);
        for (uint32_t i = 0; i < n && simple; i++) simple = !num_is_py(I, mx_seq_item(I, s, i));
    }
    if (!simple) return mx_prelude(I, "_math_dist", "dist", p, q, 2);   /* any iterables: tuple() them */
    uint32_t n = mx_seq_len(I, p);
    if (mx_seq_len(I, q) != n) return raise_msg(I, T_VALUE_ERROR, "both points must have the same number of dimensions");
    MxVec v;
    v.args = 0; v.p = p; v.q = q; v.dist = true;
    return mx_norm(I, &v, n);
}

/* ---- fsum: Shewchuk's exact summation into non-overlapping partials ---- */

#define MX_PARTS_LOCAL 32
/* The partials: the first few on the stack, the rest (rarely needed) in a heap raw object. */
typedef struct MxParts { double loc[MX_PARTS_LOCAL]; Ref heap; uint32_t cap; } MxParts;

static MY_FN double mx_pget(Interp *I, const MxParts *p, uint32_t i) {
    if (i < MX_PARTS_LOCAL) return p->loc[i];
    return mx_bitsd(mem_ld(&I->H, p->heap + 1 + (i - MX_PARTS_LOCAL)));
}

static MY_FN bool mx_pset(Interp *I, MxParts *p, uint32_t i, double v) {
    if (i < MX_PARTS_LOCAL) { p->loc[i] = v; return true; }
    uint32_t j = i - MX_PARTS_LOCAL;
    if (j >= p->cap) {
        uint32_t ncap = p->cap ? p->cap * 2 : 32;
        Ref r = obj_alloc(I, T_RAW, 1 + ncap, true);
        if (!r) return false;
        for (uint32_t k = 0; k < p->cap; k++) mem_st(&I->H, r + 1 + k, mem_ld(&I->H, p->heap + 1 + k));
        p->heap = r;
        p->cap = ncap;
    }
    mem_st(&I->H, p->heap + 1 + j, mx_dbits(v));
    return true;
}

NATIVE(mth_fsum) {
    if (!mx_nargs(I, nargs, kwnames, "fsum", 1, 1, MX_ONE)) return V_ERR;
    Value seq = ARG(0);
    bool simple = mx_is_seq(I, seq);
    uint32_t len = simple ? mx_seq_len(I, seq) : 0;
    for (uint32_t i = 0; i < len && simple; i++) simple = !num_is_py(I, mx_seq_item(I, seq, i));
    if (!simple) return mx_prelude(I, "_math_fsum", "fsum", seq, V_NONE, 1);   /* other iterables: a list first */
    MxParts P;
    P.heap = 0;
    P.cap = 0;
    uint32_t n = 0;
    double special = 0.0, inf_sum = 0.0;
    for (uint32_t k = 0; k < len; k++) {
        double x;
        if (!mx_real(I, mx_seq_item(I, seq, k), &x)) return V_ERR;
        double xsave = x;
        uint32_t i = 0;
        /* add x into the partials; each exact sum hi + lo keeps its rounding error lo */
        for (uint32_t j = 0; j < n; j++) {
            double y = mx_pget(I, &P, j);
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) mx_pset(I, &P, i++, lo);   /* i <= j: no growth needed */
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!mx_finite(x)) {
                /* an infinity or NaN summand: kept aside; a finite one: the partial sum overflowed */
                if (mx_finite(xsave)) return raise_msg(I, T_OVERFLOW_ERROR, "intermediate overflow in fsum");
                if (mx_isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (!mx_pset(I, &P, n, x)) return V_ERR;
                n++;
            }
        }
    }
    if (special != 0.0) {
        num_give_back(I, P.heap);
        if (inf_sum != inf_sum) return raise_msg(I, T_VALUE_ERROR, "-inf + inf in fsum");
        return v_double(special);
    }
    double hi = 0.0;
    if (n > 0) {
        /* sum from the top until the sum becomes inexact */
        double lo = 0.0;
        hi = mx_pget(I, &P, --n);
        while (n > 0) {
            double x = hi, y = mx_pget(I, &P, --n);
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* a tie at the rounding point of hi is broken by the sign of the next partial: round half
           even on the exact sum, not on its first two terms */
        if (n > 0) {
            double next = mx_pget(I, &P, n - 1);
            if ((lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0)) {
                double y = lo * 2.0, x = hi + y, yr = x - hi;
                if (y == yr) hi = x;
            }
        }
    }
    num_give_back(I, P.heap);
    return v_double(hi);
}

/* ---- prod ---- */

NATIVE(mth_prod) {
    static MY_CONST char *const names[] = { "iterable", "start" };
    Value a[2];
    uint32_t mark = I->top;
    if (!num_parse_args(I, args, nargs, kwnames, "prod", 0, 1, 1, 2, 1, names, a)) return V_ERR;
    Value it = a[0], start = a[1] == V_NULL ? v_int(1) : a[1];
    bool simple = mx_is_seq(I, it) && mx_is_num(I, start);
    uint32_t n = simple ? mx_seq_len(I, it) : 0;
    for (uint32_t i = 0; i < n && simple; i++) simple = mx_is_num(I, mx_seq_item(I, it, i));
    if (!simple) {
        Value t = tuple_pack2(I, it, start);   /* any iterable or any objects: a Python loop of * */
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_math_prod", t);
    }
    Value r = start;
    for (uint32_t i = 0; i < n; i++) {
        Value nr = op_binary(I, AST_OP_MUL, r, mx_seq_item(I, it, i));
        if (nr == V_ERR) return nr;
        r = mx_settle(I, r, nr, mark);
    }
    return r;
}

/* ---- integer functions ---- */

static MY_FN uint64_t mx_gcd64(uint64_t a, uint64_t b) {
    while (b) { uint64_t t = a % b; a = b; b = t; }
    return a;
}

/* gcd(|a|, |b|) by Euclid's algorithm on digit arrays updated in place (a mod b overwrites a),
   finishing in 64 bits once both fit. */
static MY_FN Value mx_gcd2(Interp *I, Value a, Value b) {
    IntView A, B;
    int_view(I, a, &A);
    int_view(I, b, &B);
    if (A.n <= 2 && B.n <= 2) return int_from_u64(I, mx_gcd64(A.m, B.m));
    if (A.s == 0) return int_abs(I, b);
    if (B.s == 0) return int_abs(I, a);
    uint32_t mx = A.n > B.n ? A.n : B.n, mn = A.n < B.n ? A.n : B.n;
    Ref obj = num_big_alloc(I, mn);   /* the gcd is no longer than the shorter operand */
    if (!obj) return V_ERR;
    uint32_t wa = BIG_WORDS(mx), wq = BIG_WORDS(mx + 2), ws = BIG_WORDS(2 * mx + 2);
    Ref scr = obj_alloc(I, T_RAW, 1 + 2 * wa + wq + ws, true);
    if (!scr) { num_give_back(I, obj); return V_ERR; }
    Ref pa = scr + 1, pb = pa + wa, pq = pb + wa, ps = pq + wq;
    mx_copy_mag(I, &A, pa, mx);
    mx_copy_mag(I, &B, pb, mx);
    uint32_t na = A.n, nb = B.n, len;
    for (;;) {
        if (nb == 0) { len = na; break; }
        if (na <= 2 && nb <= 2) {
            uint64_t x = mem_ld_u32(&I->H, pa, 0) | (na > 1 ? (uint64_t)mem_ld_u32(&I->H, pa, 1) << 32 : 0);
            uint64_t y = mem_ld_u32(&I->H, pb, 0) | (nb > 1 ? (uint64_t)mem_ld_u32(&I->H, pb, 1) << 32 : 0);
            if (na == 0) x = 0;
            uint64_t g = mx_gcd64(x, y);
            mem_st_u32(&I->H, pa, 0, (uint32_t)g);
            mem_st_u32(&I->H, pa, 1, (uint32_t)(g >> 32));
            len = 2;
            break;
        }
        uint32_t nq, nr;
        big_divmod(&I->H, pa, na, pb, nb, pq, &nq, pa, &nr, ps);
        Ref t = pa; pa = pb; pb = t;
        na = nb; nb = nr;
    }
    len = big_normalize(&I->H, pa, len);
    for (uint32_t i = 0; i < len; i++) mem_st_u32(&I->H, obj + BIG_DATA, i, mem_ld_u32(&I->H, pa, i));
    num_give_back(I, scr);
    return num_big_finish(I, obj, 1, len);
}

NATIVE(mth_gcd) {
    if (!mx_nargs(I, nargs, kwnames, "gcd", 0, 0xFFFFFFFFu, MX_VAR)) return V_ERR;
    if (mx_any_py(I, args, nargs)) return mx_retry(I, "gcd", "i", "i", args, nargs, kwnames);
    uint32_t mark = I->top;
    Value r = v_int(0);
    for (uint32_t i = 0; i < nargs; i++) {
        if (!mx_index(I, ARG(i))) return V_ERR;
        if (r == v_int(1)) continue;    /* only the types of the rest matter now */
        Value g = mx_gcd2(I, r, ARG(i));
        if (g == V_ERR) return g;
        r = mx_settle(I, r, g, mark);
    }
    return r;
}

NATIVE(mth_lcm) {
    if (!mx_nargs(I, nargs, kwnames, "lcm", 0, 0xFFFFFFFFu, MX_VAR)) return V_ERR;
    if (mx_any_py(I, args, nargs)) return mx_retry(I, "lcm", "i", "i", args, nargs, kwnames);
    if (nargs == 0) return v_int(1);
    uint32_t mark = I->top;
    if (!mx_index(I, ARG(0))) return V_ERR;
    Value r = int_abs(I, ARG(0));
    if (r == V_ERR) return r;
    for (uint32_t i = 1; i < nargs; i++) {
        Value x = ARG(i);
        if (!mx_index(I, x)) return V_ERR;
        if (r == v_int(0)) continue;
        if (int_sign(I, x) == 0) { r = v_int(0); continue; }
        /* lcm = |r| // gcd * |x| */
        Value g = mx_gcd2(I, r, x);
        if (g == V_ERR) return g;
        Value f = int_binop(I, AST_OP_FLOORDIV, r, g);
        if (f == V_ERR) return f;
        Value ax = int_abs(I, x);
        if (ax == V_ERR) return ax;
        Value p = int_binop(I, AST_OP_MUL, f, ax);
        if (p == V_ERR) return p;
        p = mx_settle(I, ax, p, mark);
        p = mx_settle(I, f, p, mark);
        p = mx_settle(I, g, p, mark);
        r = mx_settle(I, r, p, mark);
    }
    return r;
}

NATIVE(mth_isqrt) {
    if (!mx_nargs(I, nargs, kwnames, "isqrt", 1, 1, MX_ONE)) return V_ERR;
    Value n = ARG(0);
    if (num_is_py(I, n)) return mx_retry(I, "isqrt", "i", "i", args, nargs, kwnames);
    if (!mx_index(I, n)) return V_ERR;
    if (int_sign(I, n) < 0) return raise_msg(I, T_VALUE_ERROR, "isqrt() argument must be nonnegative");
    IntView x;
    int_view(I, n, &x);
    if (x.n <= 2) {
        uint64_t r = (uint64_t)sqrt((double)x.m);
        if (r > 0xFFFFFFFFu) r = 0xFFFFFFFFu;
        while (r * r > x.m) r--;
        while (r < 0xFFFFFFFFu && (r + 1) * (r + 1) <= x.m) r++;
        return int_from_u64(I, r);
    }
    /* Newton from above: x0 = (isqrt of the top 52 or so bits + 1) * 2**(e/2) >= sqrt(n), then
       x <- (x + n // x) // 2 while it decreases; the last value is isqrt(n) */
    uint32_t mark = I->top;
    uint64_t b = int_view_bitlen(I, &x);
    uint64_t e = b - 52;
    if (e & 1u) e++;
    bool sticky;
    uint64_t top = mx_bits_at(I, &x, e, &sticky);
    Value guess = int_from_u64(I, (uint64_t)sqrt((double)top) + 1);
    if (guess == V_ERR) return guess;
    Value cur = int_binop(I, AST_OP_LSHIFT, guess, int_from_u64(I, e / 2));
    if (cur == V_ERR) return cur;
    cur = mx_settle(I, guess, cur, mark);
    for (;;) {
        Value q = int_binop(I, AST_OP_FLOORDIV, n, cur);
        if (q == V_ERR) return q;
        Value s = int_binop(I, AST_OP_ADD, cur, q);
        if (s == V_ERR) return s;
        Value nx = int_binop(I, AST_OP_RSHIFT, s, v_int(1));
        if (nx == V_ERR) return nx;
        nx = mx_settle(I, s, nx, mark);
        nx = mx_settle(I, q, nx, mark);
        if (int_cmp(I, nx, cur) >= 0) {
            mx_settle(I, nx, V_NONE, mark);
            return cur;
        }
        cur = mx_settle(I, cur, nx, mark);
    }
}

/* The product lo * (lo+1) * ... * hi for 1 <= lo, hi < 2**32, in one digit array multiplied in
   place by packed factors (as many as fit 32 bits per pass). bits: an upper bound on the result. */
static MY_FN Value mx_range_product(Interp *I, uint64_t lo, uint64_t hi, uint64_t bits) {
    uint64_t nd = bits / 32 + 3;
    if (nd > MX_MAX_DIGITS) return raise_msg(I, T_MEMORY_ERROR, 0);
    Ref obj = num_big_alloc(I, (uint32_t)nd);
    if (!obj) return V_ERR;
    Ref d = obj + BIG_DATA;
    mem_st_u32(&I->H, d, 0, 1);
    uint32_t len = 1;
    uint64_t acc = 1;
    for (uint64_t i = lo; i <= hi; i++) {
        if (acc * i > 0xFFFFFFFFu) { len = big_mul_small(&I->H, d, len, (uint32_t)acc, 0, d); acc = i; }
        else acc *= i;
    }
    len = big_mul_small(&I->H, d, len, (uint32_t)acc, 0, d);
    return num_big_finish(I, obj, 1, len);
}

/* Sum of the bit lengths of lo..hi: an upper bound on the bits of their product. */
static MY_FN uint64_t mx_bits_of_range(uint64_t lo, uint64_t hi) {
    uint64_t bits = 0;
    for (uint32_t k = 1; k <= 64; k++) {
        uint64_t a = (uint64_t)1 << (k - 1), b = k == 64 ? ~(uint64_t)0 : ((uint64_t)1 << k) - 1;
        if (a > hi) break;
        if (a < lo) a = lo;
        if (b > hi) b = hi;
        if (b >= a) bits += (b - a + 1) * k;
    }
    return bits;
}

NATIVE(mth_factorial) {
    if (!mx_nargs(I, nargs, kwnames, "factorial", 1, 1, MX_ONE)) return V_ERR;
    Value n = ARG(0);
    if (num_is_py(I, n)) return mx_retry(I, "factorial", "i", "i", args, nargs, kwnames);
    if (!mx_index(I, n)) return V_ERR;
    if (int_sign(I, n) < 0) return raise_msg(I, T_VALUE_ERROR, "factorial() not defined for negative values");
    int64_t k;
    if (!int_to_i64(I, n, &k)) return raise_msg(I, T_OVERFLOW_ERROR, "factorial() argument should not exceed 9223372036854775807");
    if (k < 21) {
        uint64_t r = 1;
        for (int64_t i = 2; i <= k; i++) r *= (uint64_t)i;
        return int_from_u64(I, r);
    }
    if (k > 0xFFFFFFFFll) return raise_msg(I, T_MEMORY_ERROR, 0);
    return mx_range_product(I, 2, (uint64_t)k, mx_bits_of_range(2, (uint64_t)k));
}

/* comb(n, k) for n < 2**32 and 0 < k <= n/2: r <- r * (n-k+i) / i for i = 1..k, every step an
   exact division because r is C(n-k+i, i); several steps are packed while the factors fit. */
static MY_FN Value mx_comb_small(Interp *I, uint64_t n, uint64_t k) {
    uint64_t bits = k * bit_length64(n);
    if (bits > n) bits = n;                  /* C(n, k) < 2**n */
    uint64_t nd = bits / 32 + 3;              /* room for a packed factor before its division */
    if (nd > MX_MAX_DIGITS) return raise_msg(I, T_MEMORY_ERROR, 0);
    Ref obj = num_big_alloc(I, (uint32_t)nd);
    if (!obj) return V_ERR;
    Ref d = obj + BIG_DATA;
    mem_st_u32(&I->H, d, 0, 1);
    uint32_t len = 1, rem;
    uint64_t num = 1, den = 1;
    for (uint64_t i = 1; i <= k; i++) {
        uint64_t f = n - k + i;
        if (num * f > 0xFFFFFFFFu || den * i > 0xFFFFFFFFu) {
            len = big_mul_small(&I->H, d, len, (uint32_t)num, 0, d);
            len = big_divmod_small(&I->H, d, len, (uint32_t)den, d, &rem);
            num = den = 1;
        }
        num *= f;
        den *= i;
    }
    len = big_mul_small(&I->H, d, len, (uint32_t)num, 0, d);
    len = big_divmod_small(&I->H, d, len, (uint32_t)den, d, &rem);
    return num_big_finish(I, obj, 1, len);
}

/* comb or perm of a big n, k steps of big-int arithmetic. */
static MY_FN Value mx_comb_big(Interp *I, Value n, uint64_t k, bool perm, uint32_t mark) {
    Value r = v_int(1);
    Value base = int_binop(I, AST_OP_SUB, n, int_from_u64(I, k));
    if (base == V_ERR) return base;
    for (uint64_t i = 1; i <= k; i++) {
        Value iv = int_from_u64(I, i);
        if (iv == V_ERR) return iv;
        Value f = int_binop(I, AST_OP_ADD, base, iv);
        if (f == V_ERR) return f;
        Value t = int_binop(I, AST_OP_MUL, r, f);
        if (t == V_ERR) return t;
        if (!perm) {
            Value t2 = int_binop(I, AST_OP_FLOORDIV, t, iv);
            if (t2 == V_ERR) return t2;
            t = mx_settle(I, t, t2, mark);
        }
        t = mx_settle(I, f, t, mark);
        r = mx_settle(I, r, t, mark);
    }
    return r;
}

/* n and k of comb/perm checked: 0 ok, else the exception is set. */
static MY_FN bool mx_nk(Interp *I, Value n, Value k) {
    if (!mx_index(I, n) || !mx_index(I, k)) return false;
    if (int_sign(I, n) < 0) { raise_msg(I, T_VALUE_ERROR, "n must be a non-negative integer"); return false; }
    if (int_sign(I, k) < 0) { raise_msg(I, T_VALUE_ERROR, "k must be a non-negative integer"); return false; }
    return true;
}

NATIVE(mth_comb) {
    if (!mx_nargs(I, nargs, kwnames, "comb", 2, 2, MX_FAST)) return V_ERR;
    if (mx_any_py(I, args, nargs)) return mx_retry(I, "comb", "i", "i", args, nargs, kwnames);
    Value n = ARG(0), k = ARG(1);
    if (!mx_nk(I, n, k)) return V_ERR;
    if (int_cmp(I, k, n) > 0) return v_int(0);
    uint32_t mark = I->top;
    Value nk = int_binop(I, AST_OP_SUB, n, k);
    if (nk == V_ERR) return nk;
    Value kk = int_cmp(I, nk, k) < 0 ? nk : k;    /* C(n, k) = C(n, n-k) */
    int64_t ks;
    if (!int_to_i64(I, kk, &ks)) return raise_msg(I, T_OVERFLOW_ERROR, "min(n - k, k) must not exceed 9223372036854775807");
    if (ks == 0) return v_int(1);
    int64_t ns;
    if (int_to_i64(I, n, &ns) && ns <= 0xFFFFFFFFll) return mx_comb_small(I, (uint64_t)ns, (uint64_t)ks);
    return mx_comb_big(I, n, (uint64_t)ks, false, mark);
}

NATIVE(mth_perm) {
    if (!mx_nargs(I, nargs, kwnames, "perm", 1, 2, MX_FAST)) return V_ERR;
    if (mx_any_py(I, args, nargs)) return mx_retry(I, "perm", "i", "i", args, nargs, kwnames);
    Value n = ARG(0), k = nargs > 1 ? ARG(1) : V_NONE;
    if (k == V_NONE) return mth_factorial(I, args, 1, V_NULL);   /* perm(n) is factorial(n), its messages too */
    if (!mx_nk(I, n, k)) return V_ERR;
    if (int_cmp(I, k, n) > 0) return v_int(0);
    uint32_t mark = I->top;
    int64_t ks;
    if (!int_to_i64(I, k, &ks)) return raise_msg(I, T_OVERFLOW_ERROR, "k must not exceed 9223372036854775807");
    if (ks == 0) return v_int(1);
    int64_t ns;
    if (int_to_i64(I, n, &ns) && ns <= 0xFFFFFFFFll)
        return mx_range_product(I, (uint64_t)(ns - ks + 1), (uint64_t)ns, mx_bits_of_range((uint64_t)(ns - ks + 1), (uint64_t)ns));
    return mx_comb_big(I, n, (uint64_t)ks, true, mark);
}

/* ---- the module's constants, set once at image build ---- */
MY_FN void math_module_init(Interp *B, Value dict) {
    dict_set(B, dict, str_from_cstr(B, "pi"), v_double(MX_PI));
    dict_set(B, dict, str_from_cstr(B, "e"), v_double(MX_E));
    dict_set(B, dict, str_from_cstr(B, "tau"), v_double(MX_TAU));
    dict_set(B, dict, str_from_cstr(B, "inf"), v_double(mx_inf()));
    dict_set(B, dict, str_from_cstr(B, "nan"), v_double(mx_nan()));
}

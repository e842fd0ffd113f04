/* float.c: Python float semantics on unboxed doubles: arithmetic, hashing, repr. */
#include "obj.h"
#include "ast.h"
#include "dtoa.h"
#include "vm.h"

MY_FN bool to_double(Interp *I, Value v, double *out) {
    if (v_is_double(v)) { *out = v_as_double(v); return true; }
    if (v_is_int(v)) { *out = (double)v_as_int(v); return true; }
    if (v == V_TRUE || v == V_FALSE) { *out = v == V_TRUE ? 1.0 : 0.0; return true; }
    if (is_bigint(I, v)) {
        bool overflow;
        *out = int_to_double(I, v, &overflow);
        if (overflow) { raise_msg(I, T_OVERFLOW_ERROR, "int too large to convert to float"); *out = 0; return false; }
        return true;
    }
    return false;
}

static MY_FN double float_floor_mod(double x, double y, double *div_out) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) { mod += y; div -= 1.0; }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *div_out = floordiv;
    return mod;
}

/* pow() as glibc rounds it where a GPU's pow can be off by an ulp: squares (one correctly rounded
   product) and square roots (sqrt is correctly rounded on both targets). */
MY_FN double float_pow(double x, double y) {
    if (y == 2.0) return x * x;
    if (y == 0.5 && x > 0.0) return sqrt(x);
    return pow(x, y);
}

MY_OUTLINE Value float_binop(Interp *I, int op, double a, double b) {
    switch (op) {
    case AST_OP_ADD: return v_double(a + b);
    case AST_OP_SUB: return v_double(a - b);
    case AST_OP_MUL: return v_double(a * b);
    case AST_OP_DIV:
        if (b == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "float division by zero");
        return v_double(a / b);
    case AST_OP_FLOORDIV: {
        if (b == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "float floor division by zero");
        double d;
        float_floor_mod(a, b, &d);
        return v_double(d);
    }
    case AST_OP_MOD: {
        if (b == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "float modulo");
        double d;
        return v_double(float_floor_mod(a, b, &d));
    }
    case AST_OP_POW: {
        if (a == 0 && b < 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
        if (a < 0 && b != floor(b) && b == b && a == a && b - b == 0) {
            /* as CPython: a complex result */
            Value ca = complex_new(I, a, 0.0), cb = ca == V_ERR ? V_ERR : complex_new(I, b, 0.0);
            if (cb == V_ERR) return V_ERR;
            return complex_binop(I, AST_OP_POW, ca, cb);
        }
        double r = float_pow(a, b);
        if (r - r != 0 && r == r && a - a == 0 && b - b == 0)
            return raise_msg(I, T_OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        return v_double(r);
    }
    default: break;
    }
    return raise_msg(I, T_TYPE_ERROR, "unsupported operand type(s) for float");
}

/* CPython's numeric hash: the value modulo the prime 2**61-1, so equal ints and floats hash equal. */
MY_FN int64_t float_hash(double d) {
    if (d != d) return 0;   /* CPython 3.10+ hashes NaN by identity; a constant keeps us deterministic */
    if (d - d != 0) return d > 0 ? 314159 : -314159;
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & P) | (x >> (61 - e));
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

MY_FN Value float_repr(Interp *I, double d) {
    char buf[40];
    int n = dtoa_repr(d, buf);
    return str_new(I, buf, (uint32_t)n);
}

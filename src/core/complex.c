/* complex.c: the complex type: two doubles in a raw object; arithmetic, repr, hash, constructor. */
#include "vm.h"
#include "natives.h"
#include "ast.h"
#include "dtoa.h"

MY_FN Value complex_new(Interp *I, double re, double im) {
    Ref r = obj_alloc(I, T_COMPLEX, COMPLEX_WORDS, true);
    if (!r) return V_ERR;
    st(I, r + COMPLEX_RE, v_double(re));
    st(I, r + COMPLEX_IM, v_double(im));
    return v_obj(r);
}

MY_FN bool is_complex(Interp *I, Value v) { return is_type(I, v, T_COMPLEX); }

/* A number as a complex: ints, floats, bools and complexes; false otherwise. */
MY_FN bool complex_parts(Interp *I, Value v, double *re, double *im) {
    if (is_complex(I, v)) {
        *re = v_as_double(fld(I, v, COMPLEX_RE));
        *im = v_as_double(fld(I, v, COMPLEX_IM));
        return true;
    }
    *im = 0.0;
    if (v_is_double(v) || v_is_int(v) || v_is_bool(v) || is_bigint(I, v)) return to_double(I, v, re);
    return false;
}

MY_FN Value complex_binop(Interp *I, uint32_t op, Value a, Value b) {
    double ar, ai, br, bi;
    if (!complex_parts(I, a, &ar, &ai) || !complex_parts(I, b, &br, &bi)) return V_NULL;
    switch (op & 0xFF) {
    case AST_OP_ADD: return complex_new(I, ar + br, ai + bi);
    case AST_OP_SUB: return complex_new(I, ar - br, ai - bi);
    case AST_OP_MUL: return complex_new(I, ar * br - ai * bi, ar * bi + ai * br);
    case AST_OP_DIV: {
        if (br == 0 && bi == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "complex division by zero");
        /* scaled division, as CPython, to avoid needless overflow */
        double abs_br = fabs(br), abs_bi = fabs(bi);
        if (abs_br >= abs_bi) {
            double ratio = bi / br, den = br + bi * ratio;
            return complex_new(I, (ar + ai * ratio) / den, (ai - ar * ratio) / den);
        }
        double ratio = br / bi, den = br * ratio + bi;
        return complex_new(I, (ar * ratio + ai) / den, (ai * ratio - ar) / den);
    }
    case AST_OP_POW: {
        if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
            /* integer powers by repeated multiplication, as CPython does for small exponents */
            int64_t n = (int64_t)br;
            double rr = 1, ri = 0, xr = ar, xi = ai;
            uint64_t e = n < 0 ? (uint64_t)(-n) : (uint64_t)n;
            while (e) {
                if (e & 1) { double t = rr * xr - ri * xi; ri = rr * xi + ri * xr; rr = t; }
                double t = xr * xr - xi * xi; xi = 2 * xr * xi; xr = t;
                e >>= 1;
            }
            if (n < 0) {
                if (rr == 0 && ri == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "0.0 to a negative or complex power");
                double den = rr * rr + ri * ri;
                return complex_new(I, rr / den, -ri / den);
            }
            return complex_new(I, rr, ri);
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "0.0 to a negative or complex power");
            return complex_new(I, br == 0 ? 1.0 : 0.0, 0.0);
        }
        double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
        if (bi != 0) { len /= exp(at * bi); phase += bi * log(vabs); }
        return complex_new(I, len * cos(phase), len * sin(phase));
    }
    default: break;
    }
    return V_NULL;
}

MY_FN Value complex_eq(Interp *I, Value a, Value b) {
    double ar, ai, br, bi;
    if (!complex_parts(I, a, &ar, &ai) || !complex_parts(I, b, &br, &bi)) return V_NULL;
    return v_bool(ar == br && ai == bi);
}

/* hash(re) + 1000003 * hash(im), as CPython */
MY_FN int64_t complex_hash(Interp *I, Value c) {
    uint64_t h = (uint64_t)float_hash(v_as_double(fld(I, c, COMPLEX_RE))) +
                 1000003u * (uint64_t)float_hash(v_as_double(fld(I, c, COMPLEX_IM)));
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

static MY_FN void complex_put_part(StrBuf *b, Interp *I, double x) {
    char buf[40];
    int n = dtoa_repr(x, buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;   /* 1.0 prints as 1 here */
    sb_putn(I, b, buf, (uint32_t)n);
}

MY_FN Value complex_repr(Interp *I, Value c) {
    double re = v_as_double(fld(I, c, COMPLEX_RE)), im = v_as_double(fld(I, c, COMPLEX_IM));
    StrBuf b;
    sb_init(I, &b, 32);
    if (re == 0 && copysign(1.0, re) == 1.0) {
        complex_put_part(&b, I, im);
        sb_putc(I, &b, 'j');
        return sb_finish(I, &b);
    }
    sb_putc(I, &b, '(');
    complex_put_part(&b, I, re);
    if (!(im < 0 || (im == 0 && copysign(1.0, im) < 0)) || im != im) sb_putc(I, &b, '+');
    complex_put_part(&b, I, im);
    sb_puts(I, &b, "j)");
    return sb_finish(I, &b);
}

NATIVE(complex_real) { MY_UNUSED(nargs); MY_UNUSED(kwnames); return fld(I, ARG(0), COMPLEX_RE); }
NATIVE(complex_imag) { MY_UNUSED(nargs); MY_UNUSED(kwnames); return fld(I, ARG(0), COMPLEX_IM); }
NATIVE(complex_conjugate) {
    MY_UNUSED(nargs); MY_UNUSED(kwnames);
    return complex_new(I, v_as_double(fld(I, ARG(0), COMPLEX_RE)), -v_as_double(fld(I, ARG(0), COMPLEX_IM)));
}

MY_FN Value complex_ctor(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    static MY_CONST char *const names[] = { "real", "imag" };
    Value a[2];
    if (!args_parse(I, args, nargs, kwnames, "complex", 2, 0, names, a)) return V_ERR;
    double rr = 0, ri = 0, ir = 0, ii = 0;
    if (a[0] != V_NULL && !complex_parts(I, a[0], &rr, &ri))
        return raise_fmt(I, T_TYPE_ERROR, "complex() first argument must be a string or a number, not '%T'", a[0], 0, 0);
    if (a[1] != V_NULL && !complex_parts(I, a[1], &ir, &ii))
        return raise_fmt(I, T_TYPE_ERROR, "complex() second argument must be a number, not '%T'", a[1], 0, 0);
    return complex_new(I, rr - ii, ri + ir);
}

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

/* The end of the float token that starts at i (i itself when there is none): a sign, then inf,
   infinity or nan, or digits (underscores allowed, checked by dtoa_parse) with a fraction and an
   exponent, as far as they go; complex("1e5j") stops the first token before the j. */
static MY_FN int cx_float_end(const char *b, int i, int n) {
    int j = i;
    if (j < n && (b[j] == '+' || b[j] == '-')) j++;
    static MY_CONST char *const words[] = { "infinity", "inf", "nan" };
    for (int w = 0; w < 3; w++) {
        int k = 0;
        while (words[w][k] && j + k < n && (b[j + k] | 0x20) == words[w][k]) k++;
        if (!words[w][k]) return j + k;
    }
    int digits = 0, k = j;
    while (k < n && ((b[k] >= '0' && b[k] <= '9') || b[k] == '_')) { digits += b[k] != '_'; k++; }
    if (k < n && b[k] == '.') {
        k++;
        while (k < n && ((b[k] >= '0' && b[k] <= '9') || b[k] == '_')) { digits += b[k] != '_'; k++; }
    }
    if (!digits) return i;
    if (k < n && (b[k] | 0x20) == 'e') {
        int m = k + 1;
        if (m < n && (b[m] == '+' || b[m] == '-')) m++;
        if (m < n && b[m] >= '0' && b[m] <= '9') {
            while (m < n && ((b[m] >= '0' && b[m] <= '9') || b[m] == '_')) m++;
            k = m;
        }
    }
    return k;
}

static MY_FN bool cx_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* complex(str): [ws] ['('] [ws] (real | real+-imag j | imag j | +-j | j) [ws] [')'] [ws] */
static MY_FN Value complex_from_str(Interp *I, Value str) {
    char b[512];
    uint32_t len = str_nbytes(I, str);
    if (len >= sizeof b) return raise_msg(I, T_VALUE_ERROR, "complex() arg is a malformed string");
    str_copy_out(I, str, b, sizeof b);
    int n = (int)len, i = 0;
    for (int k = 0; k < n; k++) {
        /* an underscore sits between two digits, or the text is not a number at all */
        if (b[k] != '_') continue;
        if (k == 0 || k + 1 >= n || b[k - 1] < '0' || b[k - 1] > '9' || b[k + 1] < '0' || b[k + 1] > '9') {
            Value r = str_repr(I, str);
            if (r == V_ERR) return r;
            return raise_fmt(I, T_VALUE_ERROR, "could not convert string to complex: %s", r, 0, 0);
        }
    }
    double re = 0, im = 0;   /* declared before the gotos: C++ (nvcc) forbids jumping past them */
    int e;
    while (n > 0 && cx_space(b[n - 1])) n--;
    while (i < n && cx_space(b[i])) i++;
    if (i < n && b[i] == '(') {
        i++;
        while (i < n && cx_space(b[i])) i++;
        if (n <= i || b[n - 1] != ')') goto bad;
        n--;
        while (n > i && cx_space(b[n - 1])) n--;
    }
    e = cx_float_end(b, i, n);
    if (e != i) {
        double x;
        if (dtoa_parse(b + i, e - i, &x) != 0) goto bad;
        i = e;
        if (i < n && (b[i] == '+' || b[i] == '-')) {
            re = x;
            e = cx_float_end(b, i, n);
            if (e != i && e > i + 1) {
                if (dtoa_parse(b + i, e - i, &im) != 0) goto bad;
                i = e;
            } else {
                im = b[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (i >= n || (b[i] | 0x20) != 'j') goto bad;
            i++;
        } else if (i < n && (b[i] | 0x20) == 'j') {
            im = x;
            i++;
        } else re = x;
    } else {
        im = 1.0;
        if (i < n && (b[i] == '+' || b[i] == '-')) { im = b[i] == '+' ? 1.0 : -1.0; i++; }
        if (i >= n || (b[i] | 0x20) != 'j') goto bad;
        i++;
    }
    if (i != n) goto bad;
    return complex_new(I, re, im);
bad:
    return raise_msg(I, T_VALUE_ERROR, "complex() arg is a malformed string");
}

MY_FN Value complex_ctor(Interp *I, Ref args, uint32_t nargs, Value kwnames) {
    static MY_CONST char *const names[] = { "real", "imag" };
    Value a[2];
    if (!args_parse(I, args, nargs, kwnames, "complex", 2, 0, names, a)) return V_ERR;
    double rr = 0, ri = 0, ir = 0, ii = 0;
    if (a[0] != V_NULL && is_str(I, a[0])) {
        if (a[1] != V_NULL) return raise_msg(I, T_TYPE_ERROR, "complex() can't take second arg if first is a string");
        return complex_from_str(I, a[0]);
    }
    if (a[1] != V_NULL && is_str(I, a[1])) return raise_msg(I, T_TYPE_ERROR, "complex() second arg can't be a string");
    if (a[0] != V_NULL && !complex_parts(I, a[0], &rr, &ri))
        return raise_fmt(I, T_TYPE_ERROR, "complex() first argument must be a string or a number, not '%T'", a[0], 0, 0);
    if (a[1] != V_NULL && !complex_parts(I, a[1], &ir, &ii))
        return raise_fmt(I, T_TYPE_ERROR, "complex() second argument must be a number, not '%T'", a[1], 0, 0);
    /* the cross terms only where an argument is complex, so complex(0.0, -0.0) keeps its -0.0 */
    if (a[1] != V_NULL && is_complex(I, a[1])) rr -= ii;
    if (a[0] != V_NULL && is_complex(I, a[0])) ir += ri;
    return complex_new(I, rr, ir);
}

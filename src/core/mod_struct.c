/* mod_struct.c: _struct, the float <-> IEEE bit pattern conversions under src/lib/struct.py
   (sizes 2, 4, 8), rounding and overflowing as CPython's PyFloat_Pack2/4/8. */
#include "vm.h"
#include "natives.h"

static MY_FN uint64_t stc_dbits(double d) { union { double d; uint64_t u; } x; x.d = d; return x.u; }
static MY_FN double stc_bitsd(uint64_t u) { union { double d; uint64_t u; } x; x.u = u; return x.d; }

/* binary16: round half to even on the 10 fraction bits (PyFloat_Pack2). */
static MY_FN bool stc_half(double x, uint32_t *out) {
    uint32_t sign = (uint32_t)(stc_dbits(x) >> 63), e, bits;
    if (x != x) { e = 0x1f; bits = 512; }
    else if (x - x != 0.0) { e = 0x1f; bits = 0; }   /* infinity */
    else if (x == 0.0) { e = 0; bits = 0; }
    else {
        int ex;
        double f = frexp(sign ? -x : x, &ex);   /* f in [0.5, 1) */
        f *= 2.0; ex--;
        if (ex >= 16) return false;
        if (ex < -25) { f = 0.0; ex = 0; }
        else if (ex < -14) { f = ldexp(f, 14 + ex); ex = 0; }
        else { ex += 15; f -= 1.0; }
        f *= 1024.0;
        bits = (uint32_t)f;
        double rest = f - bits;
        e = (uint32_t)ex;
        if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
            if (++bits == 1024) { bits = 0; if (++e == 31) return false; }
        }
    }
    *out = bits | (e << 10) | (sign << 15);
    return true;
}

static MY_FN double stc_unhalf(uint32_t h) {
    uint32_t sign = h >> 15, e = (h >> 10) & 0x1f, f = h & 0x3ff;
    double x;
    if (e == 0x1f) x = f ? stc_bitsd(0x7FF8000000000000ull) : stc_bitsd(0x7FF0000000000000ull);
    else if (e == 0) x = ldexp((double)f, -24);
    else x = ldexp((double)(f | 0x400), (int)e - 25);
    return sign ? -x : x;
}

/* float_bits(x, size): the bit pattern of float x as an int; OverflowError as CPython's pack. */
NATIVE(stc_float_bits) {
    if (!args_check(I, nargs, kwnames, "float_bits", 2, 2)) return V_ERR;
    Value xv = ARG(0), sv = ARG(1);
    if (!v_is_double(xv) || !v_is_int(sv)) return raise_msg(I, T_TYPE_ERROR, "float_bits(float, size)");
    double x = v_as_double(xv);
    int64_t size = v_as_int(sv);
    if (size == 8) return int_from_u64(I, stc_dbits(x));
    if (size == 4) {
        float y = (float)x;
        if (y - y != 0.0f && y == y && x - x == 0.0) return raise_msg(I, T_OVERFLOW_ERROR, "float too large to pack with f format");
        union { float f; uint32_t u; } b;
        b.f = y;
        return v_int(b.u);
    }
    uint32_t h;
    if (!stc_half(x, &h)) return raise_msg(I, T_OVERFLOW_ERROR, "float too large to pack with e format");
    return v_int(h);
}

/* bits_float(n, size): the float whose bit pattern is n. */
NATIVE(stc_bits_float) {
    if (!args_check(I, nargs, kwnames, "bits_float", 2, 2)) return V_ERR;
    Value nv = ARG(0), sv = ARG(1);
    if (!v_is_int(sv) || !is_int_value(I, nv)) return raise_msg(I, T_TYPE_ERROR, "bits_float(int, size)");
    int64_t size = v_as_int(sv);
    uint64_t u = 0;
    IntView w;
    int_view(I, nv, &w);
    for (uint32_t i = 0; i < w.n && i < 2; i++) u |= (uint64_t)int_view_digit(I, &w, i) << (32 * i);
    if (size == 8) return v_double(stc_bitsd(u));
    if (size == 4) {
        union { float f; uint32_t u; } b;
        b.u = (uint32_t)u;
        return v_double((double)b.f);
    }
    return v_double(stc_unhalf((uint32_t)u & 0xffff));
}

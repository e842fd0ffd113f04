/* int.c: Python int semantics on tagged small ints, handing anything that overflows to intbig.c. */
#include "obj.h"
#include "ast.h"

MY_FN bool is_bigint(Interp *I, Value v) { return is_type(I, v, T_INT); }

MY_FN bool is_int_value(Interp *I, Value v) {
    return v_is_int(v) || v == V_TRUE || v == V_FALSE || is_bigint(I, v);
}

MY_FN Value int_from_i64(Interp *I, int64_t v) {
    if (v_int_fits(v)) return v_int(v);
    return v < 0 ? intbig_from_u64(I, (uint64_t)0 - (uint64_t)v, true) : intbig_from_u64(I, (uint64_t)v, false);
}

MY_FN Value int_from_u64(Interp *I, uint64_t v) {
    if (v <= (uint64_t)SMALL_INT_MAX) return v_int((int64_t)v);
    return intbig_from_u64(I, v, false);
}

/* Bools are ints in arithmetic. */
MY_INLINE Value int_unbool(Value v) {
    if (v == V_TRUE) return v_int(1);
    if (v == V_FALSE) return v_int(0);
    return v;
}

MY_FN bool int_to_i64(Interp *I, Value v, int64_t *out) {
    v = int_unbool(v);
    if (v_is_int(v)) { *out = v_as_int(v); return true; }
    /* big ints are normalized, so a big int never fits the small range; it may fit 64 bits */
    uint64_t info = fld(I, v, BIG_INFO);
    uint32_t nd = (uint32_t)info;
    int32_t sign = (int32_t)(info >> 32);
    if (nd > 2) return false;
    uint64_t mag = mem_ld_u32(&I->H, v_as_ref(v) + BIG_DATA, 0);
    if (nd == 2) mag |= (uint64_t)mem_ld_u32(&I->H, v_as_ref(v) + BIG_DATA, 1) << 32;
    if (sign > 0) { if (mag > (uint64_t)INT64_MAX) return false; *out = (int64_t)mag; }
    else { if (mag > (uint64_t)INT64_MAX + 1) return false; *out = (int64_t)(0 - mag); }
    return true;
}

MY_FN double int_to_double(Interp *I, Value v, bool *overflow) {
    v = int_unbool(v);
    *overflow = false;
    if (v_is_int(v)) return (double)v_as_int(v);
    return intbig_to_double(I, v, overflow);
}

MY_FN Value int_from_double(Interp *I, double d) {
    if (d != d) return raise_msg(I, T_VALUE_ERROR, "cannot convert float NaN to integer");
    if (d == d * 2 && d != 0) return raise_msg(I, T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
    double t = d < 0 ? ceil(d) : floor(d);
    if (t > -1e14 && t < 1e14) return v_int((int64_t)t);
    return intbig_from_double(I, t);
}

MY_FN int int_sign(Interp *I, Value a) {
    a = int_unbool(a);
    if (v_is_int(a)) { int64_t x = v_as_int(a); return x < 0 ? -1 : x > 0; }
    return (int32_t)(fld(I, a, BIG_INFO) >> 32);
}

MY_FN int int_cmp(Interp *I, Value a, Value b) {
    a = int_unbool(a); b = int_unbool(b);
    if (v_is_int(a) && v_is_int(b)) {
        int64_t x = v_as_int(a), y = v_as_int(b);
        return x < y ? -1 : x > y;
    }
    return intbig_cmp(I, a, b);
}

/* hash(n) is n modulo 2**61-1 keeping the sign, with -1 mapped to -2, as CPython. */
MY_FN int64_t int_hash(Interp *I, Value a) {
    a = int_unbool(a);
    if (v_is_int(a)) {
        int64_t x = v_as_int(a);
        const int64_t P = ((int64_t)1 << 61) - 1;
        int64_t h = x < 0 ? -((-x) % P) : x % P;
        return h == -1 ? -2 : h;
    }
    return intbig_hash(I, a);
}

MY_FN Value int_neg(Interp *I, Value a) {
    a = int_unbool(a);
    if (v_is_int(a)) return int_from_i64(I, -v_as_int(a));
    return intbig_neg(I, a);
}

MY_FN Value int_abs(Interp *I, Value a) {
    return int_sign(I, a) < 0 ? int_neg(I, a) : int_unbool(a);
}

MY_FN Value int_invert(Interp *I, Value a) {
    a = int_unbool(a);
    if (v_is_int(a)) return v_int(~v_as_int(a));
    return intbig_binop(I, AST_OP_SUB, intbig_neg(I, a), v_int(1));
}

static MY_FN int64_t int_floordiv64(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}

static MY_FN int64_t int_mod64(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

MY_OUTLINE Value int_binop(Interp *I, int op, Value a, Value b) {
    a = int_unbool(a); b = int_unbool(b);
    if (!v_is_int(a) || !v_is_int(b)) return intbig_binop(I, op, a, b);
    int64_t x = v_as_int(a), y = v_as_int(b);
    switch (op) {
    case AST_OP_ADD: return int_from_i64(I, x + y);
    case AST_OP_SUB: return int_from_i64(I, x - y);
    case AST_OP_MUL:
        if ((x < ((int64_t)1 << 31) && x > -((int64_t)1 << 31) && y < ((int64_t)1 << 31) && y > -((int64_t)1 << 31)))
            return int_from_i64(I, x * y);
        return intbig_binop(I, op, a, b);
    case AST_OP_DIV:
        if (y == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "division by zero");
        return v_double((double)x / (double)y);  /* both exact in a double: one correct rounding */
    case AST_OP_FLOORDIV:
        if (y == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
        return int_from_i64(I, int_floordiv64(x, y));
    case AST_OP_MOD:
        if (y == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "integer modulo by zero");
        return v_int(int_mod64(x, y));
    case AST_OP_POW: {
        if (y < 0) {
            if (x == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
            return v_double(pow((double)x, (double)y));   /* y < 0 here: float_pow's special cases do not apply */
        }
        int64_t result = 1, base = x;
        int64_t e = y;
        const int64_t LIM = (int64_t)1 << 31;
        while (e > 0) {
            if (e & 1) {
                if (result >= LIM || result <= -LIM || base >= LIM || base <= -LIM) return intbig_binop(I, op, a, b);
                result *= base;
            }
            e >>= 1;
            if (e > 0) {
                if (base >= LIM || base <= -LIM) return intbig_binop(I, op, a, b);
                base *= base;
            }
        }
        return int_from_i64(I, result);
    }
    case AST_OP_LSHIFT:
        if (y < 0) return raise_msg(I, T_VALUE_ERROR, "negative shift count");
        if (x == 0) return v_int(0);
        if (y < 16 && x < ((int64_t)1 << 46) && x > -((int64_t)1 << 46)) return int_from_i64(I, x * ((int64_t)1 << y));
        return intbig_binop(I, op, a, b);
    case AST_OP_RSHIFT:
        if (y < 0) return raise_msg(I, T_VALUE_ERROR, "negative shift count");
        if (y > 62) return v_int(x < 0 ? -1 : 0);
        return v_int(x >> y);  /* arithmetic shift floors, as Python */
    case AST_OP_BITAND: return v_int(x & y);
    case AST_OP_BITOR: return v_int(x | y);
    case AST_OP_BITXOR: return v_int(x ^ y);
    default: break;
    }
    return raise_msg(I, T_SYSTEM_ERROR, "bad int operator");
}

/* Digits of a small int in base 2, 8, 10 or 16. */
MY_FN Value int_to_str(Interp *I, Value a, uint32_t base) {
    a = int_unbool(a);
    if (!v_is_int(a)) return intbig_to_str(I, a, base);
    int64_t x = v_as_int(a);
    char tmp[72];
    int n = 0;
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    do { tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % base]; u /= base; } while (u);
    if (x < 0) tmp[n++] = '-';
    char out[72];
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return str_new(I, out, (uint32_t)n);
}

/* Parses an int from bytes [bstart, bstart+blen) of str s. literal: Python source syntax (prefixes
   decide the base, underscores allowed); otherwise int(s, base) syntax (whitespace, sign, optional
   prefix matching base, underscores between digits). Returns V_NULL if the text is not valid. */
MY_OUTLINE Value int_parse(Interp *I, Value s, uint32_t bstart, uint32_t blen, int base, bool literal) {
    uint32_t i = bstart, end = bstart + blen;
    bool neg = false;
    if (!literal) {
        while (i < end && (str_byte(I, s, i) == ' ' || (str_byte(I, s, i) >= 9 && str_byte(I, s, i) <= 13))) i++;
        while (end > i && (str_byte(I, s, end - 1) == ' ' || (str_byte(I, s, end - 1) >= 9 && str_byte(I, s, end - 1) <= 13))) end--;
        if (i < end && (str_byte(I, s, i) == '+' || str_byte(I, s, i) == '-')) { neg = str_byte(I, s, i) == '-'; i++; }
    }
    if (i + 1 < end && str_byte(I, s, i) == '0') {
        uint32_t c = str_byte(I, s, i + 1) | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { base = pb; i += 2; if (i < end && str_byte(I, s, i) == '_') i++; }
    }
    if (base == 0) {
        base = 10;
        /* base 0 forbids leading zeros on nonzero decimals */
        if (i < end && str_byte(I, s, i) == '0') {
            for (uint32_t k = i; k < end; k++) {
                uint32_t c = str_byte(I, s, k);
                if (c != '0' && c != '_') return V_NULL;
            }
        }
    }
    if (i >= end) return V_NULL;
    uint64_t acc = 0;
    bool big = false, prev_us = true;
    uint32_t ndig = 0, start = i;
    for (uint32_t k = i; k < end; k++) {
        uint32_t c = str_byte(I, s, k);
        if (c == '_') { if (prev_us) return V_NULL; prev_us = true; continue; }
        uint32_t d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= (uint32_t)base) return V_NULL;
        prev_us = false;
        ndig++;
        if (!big) {
            if (acc > (((uint64_t)1 << 56) / (uint64_t)base)) big = true;
            else acc = acc * (uint64_t)base + d;
        }
    }
    if (prev_us) return V_NULL;  /* trailing underscore */
    if (ndig > 4300 && (base & (base - 1)) != 0) big = true;   /* intbig_parse applies CPython's digit limit */
    if (!big) {
        if (neg) return int_from_i64(I, -(int64_t)acc);
        return int_from_u64(I, acc);
    }
    return intbig_parse(I, s, start, end - start, (uint32_t)base, neg);
}

MY_FN Value int_pow_mod(Interp *I, Value a, Value b, Value m) {
    a = int_unbool(a); b = int_unbool(b); m = int_unbool(m);
    if (int_sign(I, m) == 0) return raise_msg(I, T_VALUE_ERROR, "pow() 3rd argument cannot be 0");
    if (v_is_int(a) && v_is_int(b) && v_is_int(m) && v_as_int(b) >= 0) {
        int64_t mod = v_as_int(m), e = v_as_int(b);
        int64_t am = mod < 0 ? -mod : mod;
        if (am < ((int64_t)1 << 31)) {
            int64_t base = int_mod64(v_as_int(a), am), r = 1 % am;
            while (e > 0) {
                if (e & 1) r = r * base % am;
                base = base * base % am;
                e >>= 1;
            }
            if (mod < 0 && r != 0) r += mod;
            return v_int(r);
        }
    }
    return intbig_pow_mod(I, a, b, m);
}

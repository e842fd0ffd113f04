/* format.c: format() and the format mini-language, str.format/format_map, and printf-style '%' formatting. */
#include "vm.h"
#include "natives.h"
#include "dtoa.h"

/* Every path here works without running Python code. When a value needs it (a class's __format__,
   __str__ or __repr__, a property on the way to a field, a mapping written in Python), the whole
   operation is handed to a prelude helper that does those parts in Python and comes back to the
   C code for the rest (see _str_format, _str_format_obj and _str_percent in prelude.py). Nothing
   visible changes before that hand-over, so starting over in Python is safe. */

/* Room for the digits of a float: dtoa_format needs about 330 + precision bytes for 'f' of huge
   values; precisions beyond what fits raise ValueError (CPython would print them). */
#define FM_FLOATBUF 420

/* ---- small helpers ---------------------------------------------------------------------------- */

static MY_FN Value fm_raise_sb(Interp *I, TypeId t, StrBuf *b) {
    Value m = sb_finish(I, b);
    if (m == V_ERR) return V_ERR;
    Value a = tuple_new(I, 1);
    if (a == V_ERR) return a;
    set_fld(I, a, 1, m);
    Value e = exc_new(I, TYPE_REF(t), a);
    if (e == V_ERR) return e;
    I->exc = e;
    return V_ERR;
}

static MY_FN Value fm_raise_key(Interp *I, Value key) {
    Value a = tuple_new(I, 1);
    if (a == V_ERR) return a;
    set_fld(I, a, 1, key);
    Value e = exc_new(I, TYPE_REF(T_KEY_ERROR), a);
    if (e == V_ERR) return e;
    I->exc = e;
    return V_ERR;
}

/* A type char in a message: itself when printable ASCII, else \x.. as CPython writes it. */
static MY_FN void fm_put_char_desc(Interp *I, StrBuf *b, uint32_t c) {
    if (c > 32 && c < 127) { sb_putc(I, b, c); return; }
    sb_puts(I, b, "\\x");
    char tmp[8];
    int n = 0;
    do { tmp[n++] = "0123456789abcdef"[c & 15]; c >>= 4; } while (c);
    while (n) sb_putc(I, b, (uint8_t)tmp[--n]);
}

static MY_FN uint32_t fm_u8len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

/* Writing into a str or bytes object of known size. */
typedef struct FmOut { Value s; uint32_t w; } FmOut;

static MY_FN void fo_byte(Interp *I, FmOut *o, uint32_t b) { str_set_byte(I, o->s, o->w++, b); }

static MY_FN void fo_cp(Interp *I, FmOut *o, uint32_t cp) {
    if (cp < 0x80) { fo_byte(I, o, cp); return; }
    if (cp < 0x800) { fo_byte(I, o, 0xC0 | (cp >> 6)); fo_byte(I, o, 0x80 | (cp & 0x3F)); return; }
    if (cp < 0x10000) { fo_byte(I, o, 0xE0 | (cp >> 12)); fo_byte(I, o, 0x80 | ((cp >> 6) & 0x3F)); fo_byte(I, o, 0x80 | (cp & 0x3F)); return; }
    fo_byte(I, o, 0xF0 | (cp >> 18)); fo_byte(I, o, 0x80 | ((cp >> 12) & 0x3F));
    fo_byte(I, o, 0x80 | ((cp >> 6) & 0x3F)); fo_byte(I, o, 0x80 | (cp & 0x3F));
}

static MY_FN void fo_fill(Interp *I, FmOut *o, uint32_t cp, int64_t n) { for (int64_t k = 0; k < n; k++) fo_cp(I, o, cp); }

static MY_FN void fo_str(Interp *I, FmOut *o, Value s, uint32_t from, uint32_t n) {
    for (uint32_t k = 0; k < n; k++) fo_byte(I, o, str_byte(I, s, from + k));
}

static MY_FN Value fm_alloc(Interp *I, uint64_t n) {
    if (n > 0x7FFFFFFFu) return raise_msg(I, T_OVERFLOW_ERROR, "formatted string is too long");
    return str_alloc(I, (uint32_t)n);
}

/* A finished str: its character count, or the shared empty/one-character objects. */
static MY_FN Value fm_done(Interp *I, Value r) {
    uint32_t n = str_nbytes(I, r);
    if (n == 0) return image_root(I, ROOT_EMPTY_STR);
    if (n == 1 && str_byte(I, r, 0) < 128) return ld(I, v_as_ref(image_root(I, ROOT_CHARS)) + 1 + str_byte(I, r, 0));
    str_finish(I, r);
    return r;
}

/* Makes a builder's result a bytes object. */
static MY_FN Value fm_as_bytes(Interp *I, Value s) {
    if (s == V_ERR) return s;
    uint32_t n = str_nbytes(I, s);
    if (REF_IS_IMAGE(v_as_ref(s)) || n <= 1) {
        /* shared empty/one-character strs must stay strs: make a fresh object */
        Value r = str_alloc(I, n);
        if (r == V_ERR) return r;
        for (uint32_t i = 0; i < n; i++) str_set_byte(I, r, i, str_byte(I, s, i));
        s = r;
    }
    Ref rr = v_as_ref(s);
    st(I, rr, HDR_MAKE(TYPE_REF(T_BYTES), hdr_size(I, rr), true));
    st(I, rr + STR_INFO, (uint64_t)n | ((uint64_t)n << 32));
    return s;
}

/* ascii(v): repr with every non-ASCII character escaped. */
static MY_FN Value fm_ascii(Interp *I, Value v) {
    Value r = op_repr(I, v);
    if (r == V_ERR || r == V_TAILCALL) return r;
    uint32_t n = str_nbytes(I, r);
    if (n == str_nchars(I, r)) return r;
    StrBuf b;
    sb_init(I, &b, n + 8);
    uint32_t pos = 0;
    while (pos < n) {
        uint32_t cp = utf8_decode_at(I, r, &pos);
        if (cp < 128) { sb_putc(I, &b, cp); continue; }
        int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        sb_puts(I, &b, digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U");
        for (int k = digits - 1; k >= 0; k--) sb_putc(I, &b, (uint8_t)"0123456789abcdef"[(cp >> (4 * k)) & 15]);
    }
    return sb_finish(I, &b);
}

/* ---- the format spec ------------------------------------------------------------------------ */

typedef struct FmSpec {
    uint32_t fill;
    uint32_t type;      /* 0: none */
    int align;          /* 0: the type's default */
    int sign;           /* 0, '+', '-', ' ' */
    int grouping;       /* 0, ',', '_' */
    bool z, alt;
    int64_t width;      /* -1: none */
    int64_t prec;       /* -1: none */
} FmSpec;

static MY_FN bool fm_is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads decimal digits at *pos; false with ValueError when they overflow. */
static MY_FN bool fm_digits(Interp *I, Value s, uint32_t n, uint32_t *pos, int64_t *out, bool *any) {
    int64_t v = 0;
    *any = false;
    while (*pos < n) {
        uint32_t c = str_byte(I, s, *pos);
        if (c < '0' || c > '9') break;
        if (v > (INT64_MAX - (int64_t)(c - '0')) / 10) {
            raise_msg(I, T_VALUE_ERROR, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + (c - '0');
        (*pos)++;
        *any = true;
    }
    *out = v;
    return true;
}

/* Parses spec (the part after ':') for value v. default_type is what no type means for the
   separator check (CPython: 'd' for int, 's' for str, none for float). */
static MY_FN bool fm_parse_spec(Interp *I, Value spec, Value v, uint32_t default_type, int default_align, FmSpec *f) {
    uint32_t n = str_nbytes(I, spec), pos = 0;
    f->fill = ' '; f->type = 0; f->align = 0; f->sign = 0; f->grouping = 0;
    f->z = false; f->alt = false; f->width = -1; f->prec = -1;
    bool fill_given = false;
    if (n > 0) {
        uint32_t p1 = 0, c0 = utf8_decode_at(I, spec, &p1);
        uint32_t p2 = p1, c1 = p1 < n ? utf8_decode_at(I, spec, &p2) : 0;
        if (p1 < n && fm_is_align(c1)) { f->fill = c0; f->align = (int)c1; fill_given = true; pos = p2; }
        else if (fm_is_align(c0)) { f->align = (int)c0; pos = p1; }
    }
    if (pos < n) {
        uint32_t c = str_byte(I, spec, pos);
        if (c == '+' || c == '-' || c == ' ') { f->sign = (int)c; pos++; }
    }
    if (pos < n && str_byte(I, spec, pos) == 'z') { f->z = true; pos++; }
    if (pos < n && str_byte(I, spec, pos) == '#') { f->alt = true; pos++; }
    if (!fill_given && pos < n && str_byte(I, spec, pos) == '0') {
        /* the zero flag: fill with '0', after the sign for numbers unless an alignment was given */
        f->fill = '0';
        if (!f->align && default_align == '>') f->align = '=';
        pos++;
    }
    bool any;
    int64_t w;
    if (!fm_digits(I, spec, n, &pos, &w, &any)) return false;
    if (any) f->width = w;
    if (pos < n && str_byte(I, spec, pos) == ',') { f->grouping = ','; pos++; }
    if (pos < n && str_byte(I, spec, pos) == '_') {
        if (f->grouping) { raise_msg(I, T_VALUE_ERROR, "Cannot specify both ',' and '_'."); return false; }
        f->grouping = '_';
        pos++;
    }
    if (pos < n && str_byte(I, spec, pos) == ',' && f->grouping == '_') {
        raise_msg(I, T_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (pos < n && str_byte(I, spec, pos) == '.') {
        pos++;
        if (!fm_digits(I, spec, n, &pos, &w, &any)) return false;
        if (!any) { raise_msg(I, T_VALUE_ERROR, "Format specifier missing precision"); return false; }
        f->prec = w;
    }
    if (pos < n) {
        uint32_t q = pos;
        uint32_t c = utf8_decode_at(I, spec, &q);
        if (q < n) {
            StrBuf b;
            sb_init(I, &b, 64);
            sb_puts(I, &b, "Invalid format specifier '");
            sb_put_str(I, &b, spec);
            sb_puts(I, &b, "' for object of type '");
            sb_put_str(I, &b, type_name_v(I, type_of(I, v)));
            sb_putc(I, &b, '\'');
            fm_raise_sb(I, T_VALUE_ERROR, &b);
            return false;
        }
        f->type = c;
    }
    if (f->grouping) {
        uint32_t t = f->type ? f->type : default_type;
        bool ok;
        switch (t) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: ok = true; break;
        case 'b': case 'o': case 'x': case 'X': ok = f->grouping == '_'; break;
        default: ok = false; break;
        }
        if (!ok) {
            StrBuf b;
            sb_init(I, &b, 48);
            sb_puts(I, &b, "Cannot specify '");
            sb_putc(I, &b, (uint32_t)f->grouping);
            sb_puts(I, &b, "' with '");
            if (t > 32 && t < 128) sb_put_codepoint(I, &b, t); else fm_put_char_desc(I, &b, t);
            sb_puts(I, &b, "'.");
            fm_raise_sb(I, T_VALUE_ERROR, &b);
            return false;
        }
    }
    return true;
}

static MY_FN Value fm_unknown_code(Interp *I, uint32_t t, Value v) {
    StrBuf b;
    sb_init(I, &b, 64);
    sb_puts(I, &b, "Unknown format code '");
    fm_put_char_desc(I, &b, t);
    sb_puts(I, &b, "' for object of type '");
    sb_put_str(I, &b, type_name_v(I, type_of(I, v)));
    sb_putc(I, &b, '\'');
    return fm_raise_sb(I, T_VALUE_ERROR, &b);
}

/* ---- laying out numbers --------------------------------------------------------------------- */

/* Where the digits come from: a str (int_to_str's result) or a C buffer (dtoa's). */
typedef struct FmSrc { Value v; const char *p; uint32_t off; } FmSrc;

static MY_FN uint32_t fm_src(Interp *I, const FmSrc *s, uint32_t k) {
    return s->v != V_NULL ? str_byte(I, s->v, s->off + k) : (uint8_t)s->p[s->off + k];
}

/* Shape of the grouped digits: CPython fills groups from the right; with '0' fill and '='
   alignment the zeros of the padding are grouped too (format(1234, '08,d') == '0,001,234').
   All groups but the leftmost are full. */
static MY_FN uint64_t fm_group_shape(uint32_t nd, int64_t min_width, uint32_t group, bool sep, uint64_t *slots, uint64_t *ngroups) {
    int64_t remaining = nd, mw = min_width;
    uint64_t total = 0, k = 0, sl = 0;
    for (;;) {
        int64_t l = remaining > mw ? remaining : mw;
        if (l < 1) l = 1;
        if (sep && l > (int64_t)group) l = group;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        total += (k ? 1 : 0) + (uint64_t)l;
        sl += (uint64_t)l;
        k++;
        remaining -= chars;
        mw -= l;
        if (remaining <= 0 && mw <= 0) break;
        mw -= 1;
    }
    *slots = sl;
    *ngroups = k;
    return total;
}

/* [fill][sign][prefix][fill for '='][grouped digits][remainder][fill]; widths count characters. */
static MY_FN Value fm_number(Interp *I, const FmSpec *f, uint32_t signch, const char *prefix, const FmSrc *d, uint32_t nd,
                             bool upper, const FmSrc *rem, uint32_t nrem, uint32_t group, bool grouping) {
    uint32_t npre = 0;
    while (prefix[npre]) npre++;
    uint32_t nsign = signch ? 1 : 0;
    int align = f->align ? f->align : '>';
    int64_t min_width = (f->fill == '0' && align == '=' && f->width > 0) ? f->width - (int64_t)(nsign + npre + nrem) : 0;
    uint64_t slots = 0, ngroups = 0, glen = 0;
    if (nd > 0) glen = fm_group_shape(nd, min_width, group, grouping, &slots, &ngroups);
    int64_t used = (int64_t)(nsign + npre + nrem) + (int64_t)glen;
    int64_t pad = f->width > used ? f->width - used : 0;
    int64_t lpad = 0, rpad = 0, spad = 0;
    if (align == '<') rpad = pad;
    else if (align == '^') { lpad = pad / 2; rpad = pad - lpad; }
    else if (align == '=') spad = pad;
    else lpad = pad;
    uint32_t fl = fm_u8len(f->fill);
    Value r = fm_alloc(I, (uint64_t)used + (uint64_t)pad * fl);
    if (r == V_ERR) return r;
    FmOut o = { r, 0 };
    fo_fill(I, &o, f->fill, lpad);
    if (signch) fo_byte(I, &o, signch);
    for (uint32_t k = 0; k < npre; k++) fo_byte(I, &o, (uint8_t)prefix[k]);
    fo_fill(I, &o, f->fill, spad);
    if (nd > 0) {
        uint64_t first = slots - (ngroups - 1) * group;   /* length of the leftmost group */
        for (uint64_t p = 0; p < slots; p++) {
            if (p && grouping && (p == first || (p > first && (p - first) % group == 0))) fo_byte(I, &o, (uint32_t)f->grouping);
            uint64_t fromright = slots - 1 - p;
            uint32_t c = fromright < nd ? fm_src(I, d, (uint32_t)(nd - 1 - fromright)) : '0';
            if (upper && c >= 'a' && c <= 'z') c -= 32;
            fo_byte(I, &o, c);
        }
    }
    for (uint32_t k = 0; k < nrem; k++) fo_byte(I, &o, fm_src(I, rem, k));
    fo_fill(I, &o, f->fill, rpad);
    return fm_done(I, r);
}

/* s (of nchars characters) padded to the width: align '<' '>' '^' (default dflt). */
static MY_FN Value fm_pad(Interp *I, Value s, int64_t nchars, const FmSpec *f, int dflt) {
    if (f->width <= nchars) return s;
    int align = f->align ? f->align : dflt;
    int64_t pad = f->width - nchars, left;
    if (align == '<') left = 0;
    else if (align == '^') left = pad / 2;
    else left = pad;
    uint32_t n = str_nbytes(I, s);
    Value r = fm_alloc(I, (uint64_t)n + (uint64_t)pad * fm_u8len(f->fill));
    if (r == V_ERR) return r;
    FmOut o = { r, 0 };
    fo_fill(I, &o, f->fill, left);
    fo_str(I, &o, s, 0, n);
    fo_fill(I, &o, f->fill, pad - left);
    return fm_done(I, r);
}

/* ---- format() of str, int and float --------------------------------------------------------- */

static MY_FN Value fm_format_str(Interp *I, Value v, const FmSpec *f) {
    if (f->type != 0 && f->type != 's') return fm_unknown_code(I, f->type, v);
    if (f->sign == ' ') return raise_msg(I, T_VALUE_ERROR, "Space not allowed in string format specifier");
    if (f->sign) return raise_msg(I, T_VALUE_ERROR, "Sign not allowed in string format specifier");
    if (f->z) return raise_msg(I, T_VALUE_ERROR, "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alt) return raise_msg(I, T_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=') return raise_msg(I, T_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
    int64_t nc = str_nchars(I, v);
    if (f->prec >= 0 && f->prec < nc) {
        uint32_t cut = str_offset_of(I, v, (uint32_t)f->prec);
        v = str_substr(I, v, 0, cut);
        if (v == V_ERR) return v;
        nc = f->prec;
    }
    return fm_pad(I, v, nc, f, '<');
}

/* The digits dtoa_format gives for x, laid out by the spec. */
static MY_FN Value fm_format_double(Interp *I, double x, const FmSpec *f, uint32_t type) {
    char buf[FM_FLOATBUF];
    if (f->prec > 0x7FFFFFFF) return raise_msg(I, T_VALUE_ERROR, "precision too big");
    int prec = (int)f->prec;
    if (type == 'n') type = 'g';
    int len = dtoa_format(x, (char)type, prec, f->alt, buf, FM_FLOATBUF);
    if (len < 0) return raise_msg(I, T_VALUE_ERROR, "precision too big");
    uint32_t start = 0, signch = 0;
    if (buf[0] == '-') {
        start = 1;
        signch = '-';
        if (f->z) {
            /* 'z': a result that rounds to zero loses its minus sign */
            bool zero = true;
            for (int k = 1; k < len && buf[k] != 'e' && buf[k] != 'E' && buf[k] != '%'; k++)
                if (buf[k] != '0' && buf[k] != '.') { zero = false; break; }
            if (zero) signch = 0;
        }
    }
    if (signch == 0 && (f->sign == '+' || f->sign == ' ')) signch = (uint32_t)f->sign;
    uint32_t nd = 0;
    while (start + nd < (uint32_t)len && buf[start + nd] >= '0' && buf[start + nd] <= '9') nd++;
    FmSrc d = { V_NULL, buf, start };
    FmSrc rem = { V_NULL, buf, start + nd };
    bool grouping = f->grouping != 0 && type != 'n';
    return fm_number(I, f, signch, "", &d, nd, false, &rem, (uint32_t)len - start - nd, 3, grouping);
}

static MY_FN Value fm_format_float(Interp *I, Value v, const FmSpec *f) {
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: return fm_unknown_code(I, f->type, v);
    }
    return fm_format_double(I, v_as_double(v), f, f->type);
}

static MY_FN Value fm_format_int(Interp *I, Value v, const FmSpec *f) {
    Value iv = v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v;
    uint32_t t = f->type;
    switch (t) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        bool overflow = false;
        double x = int_to_double(I, iv, &overflow);
        if (overflow) return raise_msg(I, T_OVERFLOW_ERROR, "int too large to convert to float");
        return fm_format_double(I, x, f, t);
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: return fm_unknown_code(I, t, v);
    }
    if (f->prec >= 0) return raise_msg(I, T_VALUE_ERROR, "Precision not allowed in integer format specifier");
    if (f->z) return raise_msg(I, T_VALUE_ERROR, "Negative zero coercion (z) not allowed in integer format specifier");
    if (t == 'c') {
        if (f->sign) return raise_msg(I, T_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
        if (f->alt) return raise_msg(I, T_VALUE_ERROR, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t c;
        if (!int_to_i64(I, iv, &c)) return raise_msg(I, T_OVERFLOW_ERROR, "Python int too large to convert to C long");
        if (c < 0 || c > 0x10FFFF) return raise_msg(I, T_OVERFLOW_ERROR, "%c arg not in range(0x110000)");
        Value s = str_from_codepoint(I, (uint32_t)c);
        if (s == V_ERR) return s;
        FmSpec g = *f;
        if (g.align == '=') g.align = '>';
        return fm_pad(I, s, 1, &g, '>');
    }
    uint32_t base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    Value ds = int_to_str(I, iv, base);
    if (ds == V_ERR) return ds;
    uint32_t n = str_nbytes(I, ds), start = 0, signch = 0;
    if (n && str_byte(I, ds, 0) == '-') { start = 1; signch = '-'; }
    else if (f->sign == '+' || f->sign == ' ') signch = (uint32_t)f->sign;
    const char *prefix = "";
    if (f->alt) prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : t == 'X' ? "0X" : "";
    FmSrc d = { ds, 0, start };
    FmSrc rem = { V_NULL, "", 0 };
    return fm_number(I, f, signch, prefix, &d, n - start, t == 'X', &rem, 0, base == 10 ? 3 : 4, f->grouping != 0 && t != 'n');
}

/* format(complex, spec): each part laid out as a float (the imaginary one always signed, unless
   it stands alone), then the whole padded. No type: str()'s shape (parentheses, no real part when
   it is +0, shortest digits, or 'g' given a precision). */
static MY_FN Value fm_format_complex(Interp *I, Value v, const FmSpec *f) {
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: return fm_unknown_code(I, f->type, v);
    }
    if (f->fill == '0') return raise_msg(I, T_VALUE_ERROR, "Zero padding is not allowed in complex format specifier");
    if (f->align == '=') return raise_msg(I, T_VALUE_ERROR, "'=' alignment flag is not allowed in complex format specifier");
    double re = v_as_double(fld(I, v, COMPLEX_RE)), im = v_as_double(fld(I, v, COMPLEX_IM));
    bool bare = f->type == 0;
    bool skip_re = bare && re == 0 && copysign(1.0, re) > 0;
    uint32_t type = f->type == 'n' ? 'g' : bare ? (f->prec < 0 ? 'j' : 'g') : f->type;
    FmSpec part = *f;
    part.width = -1; part.align = 0; part.fill = ' ';
    StrBuf b;
    sb_init(I, &b, 48);
    if (bare && !skip_re) sb_putc(I, &b, '(');
    if (!skip_re) {
        Value rs = fm_format_double(I, re, &part, type);
        if (rs == V_ERR) return rs;
        sb_put_str(I, &b, rs);
        part.sign = '+';
    }
    Value is = fm_format_double(I, im, &part, type);
    if (is == V_ERR) return is;
    sb_put_str(I, &b, is);
    sb_putc(I, &b, 'j');
    if (bare && !skip_re) sb_putc(I, &b, ')');
    Value s = sb_finish(I, &b);
    if (s == V_ERR) return s;
    return fm_pad(I, s, str_nbytes(I, s), f, '>');
}

/* The object's class defines __format__ in Python. */
static MY_FN bool fm_py_format(Interp *I, Value v) {
    if (!v_is_obj(v) || type_is_builtin(hdr_type(I, v_as_ref(v)))) return false;
    Value f = type_lookup_id(I, hdr_type(I, v_as_ref(v)), N___format__);
    return f != V_NULL && !is_type(I, f, T_BUILTIN);
}

MY_FN Value op_format(Interp *I, Value v, Value spec) {
    if (!is_str(I, spec)) return raise_fmt(I, T_TYPE_ERROR, "format() argument 2 must be str, not %T", spec, 0, 0);
    if (fm_py_format(I, v)) {
        Value t = tuple_pack2(I, v, spec);
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_str_format_obj", t);
    }
    bool empty = str_nbytes(I, spec) == 0;
    if (is_boxed(I, v)) return op_format(I, box_inner(I, v), spec);   /* one level */
    if (v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v)))) {
        /* object.__format__ */
        if (empty) return op_str(I, v);
        return raise_fmt(I, T_TYPE_ERROR, "unsupported format string passed to %T.__format__", v, 0, 0);
    }
    if (empty) return op_str(I, v);
    FmSpec f;
    if (is_str(I, v)) {
        if (!fm_parse_spec(I, spec, v, 's', '<', &f)) return V_ERR;
        return fm_format_str(I, v, &f);
    }
    if (v_is_double(v)) {
        if (!fm_parse_spec(I, spec, v, 0, '>', &f)) return V_ERR;
        return fm_format_float(I, v, &f);
    }
    if (is_int_value(I, v)) {
        if (!fm_parse_spec(I, spec, v, 'd', '>', &f)) return V_ERR;
        return fm_format_int(I, v, &f);
    }
    if (is_type(I, v, T_COMPLEX)) {
        if (!fm_parse_spec(I, spec, v, 0, '>', &f)) return V_ERR;
        return fm_format_complex(I, v, &f);
    }
    return raise_fmt(I, T_TYPE_ERROR, "unsupported format string passed to %T.__format__", v, 0, 0);
}

NATIVE(fm_builtin_format) {
    if (kwnames != V_NULL && tuple_len(I, kwnames) > 0) return raise_msg(I, T_TYPE_ERROR, "format() takes no keyword arguments");
    if (nargs < 1 || nargs > 2) {
        StrBuf b;
        sb_init(I, &b, 48);
        sb_puts(I, &b, nargs < 1 ? "format expected at least 1 argument, got " : "format expected at most 2 arguments, got ");
        sb_put_int(I, &b, nargs);
        return fm_raise_sb(I, T_TYPE_ERROR, &b);
    }
    Value spec = nargs > 1 ? ARG(1) : image_root(I, ROOT_EMPTY_STR);
    if (!is_str(I, spec)) return raise_fmt(I, T_TYPE_ERROR, "format() argument 2 must be str, not %T", spec, 0, 0);
    return op_format(I, ARG(0), spec);
}

/* int.__format__, float.__format__ and str.__format__ (bool uses int's). */
NATIVE(fm_dunder_format) {
    if (!args_check(I, nargs, kwnames, "__format__", 2, 2)) return V_ERR;
    Value v = ARG(0), spec = ARG(1);
    if (!is_str(I, spec)) return raise_fmt(I, T_TYPE_ERROR, "__format__() argument must be str, not %T", spec, 0, 0);
    if (!is_str(I, v) && !v_is_double(v) && !is_int_value(I, v))
        return raise_fmt(I, T_TYPE_ERROR, "descriptor '__format__' requires a 'int', 'float' or 'str' object but received a '%T'", v, 0, 0);
    return op_format(I, v, spec);
}

/* ---- str.format and format_map -------------------------------------------------------------- */

/* Where the replacement fields' values come from. */
typedef struct FmArgs {
    Ref pos;           /* heap words of the positional arguments */
    uint32_t npos;
    Value kwnames;     /* str.format: the keyword names (V_NULL: none) ... */
    Ref kwvals;        /* ... and their values */
    Value mapping;     /* format_map: the mapping; V_NULL for str.format */
    int auto_state;    /* 0: not decided, 1: automatic numbering, 2: manual */
    int64_t next_auto;
} FmArgs;

/* One replacement field as found in the format string: byte ranges of fmt. */
typedef struct FmField {
    uint32_t name_a, name_b;     /* field name (first part and the .attr/[key] rest) */
    uint32_t conv;               /* 0 or the conversion character */
    uint32_t spec_a, spec_b;
    bool expand;                 /* the spec holds nested fields */
} FmField;

enum { FS_ERR = -1, FS_OK = 0, FS_PY = 1 };

/* Scans literal text from *pos: sets [*lit_a, *lit_b) and whether a field follows (its text then
   starts at *pos). Escaped braces end the literal (with the brace in it). Returns false on error. */
static MY_FN bool fm_scan_literal(Interp *I, Value s, uint32_t *pos, uint32_t end, uint32_t *lit_a, uint32_t *lit_b, bool *field) {
    uint32_t i = *pos, c = 0;
    *lit_a = i;
    *field = false;
    while (i < end) {
        c = str_byte(I, s, i++);
        if (c == '{' || c == '}') { *field = true; break; }
    }
    bool at_end = i >= end;
    if (!*field) { *lit_b = i; *pos = i; return true; }
    if (c == '}' && (at_end || str_byte(I, s, i) != '}')) {
        raise_msg(I, T_VALUE_ERROR, "Single '}' encountered in format string");
        return false;
    }
    if (at_end && c == '{') {
        raise_msg(I, T_VALUE_ERROR, "Single '{' encountered in format string");
        return false;
    }
    if (str_byte(I, s, i) == c) {
        /* '{{' or '}}': the literal ends with one brace and no field follows */
        *lit_b = i;
        *pos = i + 1;
        *field = false;
        return true;
    }
    *lit_b = i - 1;
    *pos = i;
    return true;
}

/* Parses a field starting just after its '{'; *pos ends after its closing '}'. */
static MY_FN bool fm_scan_field(Interp *I, Value s, uint32_t *pos, uint32_t end, FmField *fd) {
    uint32_t i = *pos, c = 0;
    fd->name_a = i;
    fd->conv = 0;
    fd->expand = false;
    fd->spec_a = fd->spec_b = 0;
    while (i < end) {
        c = str_byte(I, s, i++);
        if (c == '{') { raise_msg(I, T_VALUE_ERROR, "unexpected '{' in field name"); return false; }
        if (c == '[') {
            /* brackets hide braces, colons and bangs */
            while (i < end && str_byte(I, s, i) != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    fd->name_b = i - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= end) { raise_msg(I, T_VALUE_ERROR, "end of string while looking for conversion specifier"); return false; }
            fd->conv = utf8_decode_at(I, s, &i);
            if (i < end) {
                uint32_t d = str_byte(I, s, i++);
                if (d == '}') { *pos = i; return true; }
                if (d != ':') { raise_msg(I, T_VALUE_ERROR, "expected ':' after conversion specifier"); return false; }
            }
        }
        fd->spec_a = i;
        uint32_t depth = 1;
        while (i < end) {
            c = str_byte(I, s, i++);
            if (c == '{') { fd->expand = true; depth++; }
            else if (c == '}' && --depth == 0) { fd->spec_b = i - 1; *pos = i; return true; }
        }
        raise_msg(I, T_VALUE_ERROR, "unmatched '{' in format spec");
        return false;
    }
    if (c != '}') { raise_msg(I, T_VALUE_ERROR, "expected '}' before end of string"); return false; }
    *pos = i;
    return true;
}

/* An all-decimal-digit part of a field name as an index: -1 when it is not one, -2 on error. */
static MY_FN int64_t fm_index_part(Interp *I, Value s, uint32_t a, uint32_t b) {
    if (a >= b) return -1;
    int64_t v = 0;
    for (uint32_t i = a; i < b; i++) {
        uint32_t c = str_byte(I, s, i);
        if (c < '0' || c > '9') return -1;
        if (v > (INT64_MAX - (int64_t)(c - '0')) / 10) { raise_msg(I, T_VALUE_ERROR, "Too many decimal digits in format string"); return -2; }
        v = v * 10 + (c - '0');
    }
    return v;
}

/* The end of the first part of a field name (before the first '.' or '['). */
static MY_FN uint32_t fm_first_end(Interp *I, Value s, uint32_t a, uint32_t b) {
    while (a < b && str_byte(I, s, a) != '.' && str_byte(I, s, a) != '[') a++;
    return a;
}

/* The next .attr or [key] of a field name from *pos: 0 at the end, 1 found (attr or key range set),
   -1 on error. */
static MY_FN int fm_next_part(Interp *I, Value s, uint32_t *pos, uint32_t b, bool *is_attr, uint32_t *ka, uint32_t *kb) {
    uint32_t i = *pos;
    if (i >= b) return 0;
    uint32_t c = str_byte(I, s, i++);
    if (c == '.') {
        *is_attr = true;
        *ka = i;
        while (i < b && str_byte(I, s, i) != '.' && str_byte(I, s, i) != '[') i++;
        *kb = i;
    } else if (c == '[') {
        *is_attr = false;
        *ka = i;
        while (i < b && str_byte(I, s, i) != ']') i++;
        if (i >= b) { raise_msg(I, T_VALUE_ERROR, "Missing ']' in format string"); return -1; }
        *kb = i;
        i++;
    } else {
        raise_msg(I, T_VALUE_ERROR, "Only '.' or '[' may follow ']' in format field specifier");
        return -1;
    }
    if (*ka == *kb) { raise_msg(I, T_VALUE_ERROR, "Empty attribute in format string"); return -1; }
    *pos = i;
    return 1;
}

/* Automatic or manual numbering of a positional field; false with ValueError when they mix. */
static MY_FN bool fm_numbering(Interp *I, FmArgs *A, bool automatic, int64_t *idx) {
    if (A->auto_state == 0) A->auto_state = automatic ? 1 : 2;
    if (automatic && A->auto_state == 2) {
        raise_msg(I, T_VALUE_ERROR, "cannot switch from manual field specification to automatic field numbering");
        return false;
    }
    if (!automatic && A->auto_state == 1) {
        raise_msg(I, T_VALUE_ERROR, "cannot switch from automatic field numbering to manual field specification");
        return false;
    }
    if (automatic) *idx = A->next_auto++;
    return true;
}

/* Resolves a field name to its object: FS_OK with *out, FS_ERR, or FS_PY (needs Python code). */
static MY_FN int fm_field_value(Interp *I, Value s, uint32_t a, uint32_t b, FmArgs *A, Value *out) {
    uint32_t fe = fm_first_end(I, s, a, b);
    int64_t idx = fm_index_part(I, s, a, fe);
    if (idx == -2) return FS_ERR;
    Value obj;
    if (fe == a || idx >= 0) {
        if (!fm_numbering(I, A, fe == a, &idx)) return FS_ERR;
        if (A->mapping != V_NULL) { raise_msg(I, T_VALUE_ERROR, "Format string contains positional fields"); return FS_ERR; }
        if (idx >= A->npos) {
            raise_fmt(I, T_INDEX_ERROR, "Replacement index %d out of range for positional args tuple", v_int(idx), 0, 0);
            return FS_ERR;
        }
        obj = ld(I, A->pos + (uint32_t)idx);
    } else {
        Value key = str_substr(I, s, a, fe - a);
        if (key == V_ERR) return FS_ERR;
        if (A->mapping != V_NULL) {
            if (!is_type(I, A->mapping, T_DICT)) return FS_PY;
            obj = dict_get(I, A->mapping, key);
            if (obj == V_ERR) return FS_ERR;
            if (obj == V_TAILCALL) return FS_PY;
        } else {
            obj = V_NULL;
            uint32_t nk = A->kwnames == V_NULL ? 0 : tuple_len(I, A->kwnames);
            for (uint32_t k = 0; k < nk; k++)
                if (str_eq(I, fld(I, A->kwnames, 1 + k), key)) { obj = ld(I, A->kwvals + k); break; }
        }
        if (obj == V_NULL) { fm_raise_key(I, key); return FS_ERR; }
    }
    uint32_t pos = fe, ka, kb;
    bool is_attr;
    int r;
    while ((r = fm_next_part(I, s, &pos, b, &is_attr, &ka, &kb)) == 1) {
        Value key;
        if (is_attr) key = str_substr(I, s, ka, kb - ka);
        else {
            int64_t ki = fm_index_part(I, s, ka, kb);
            if (ki == -2) return FS_ERR;
            key = ki >= 0 ? int_from_i64(I, ki) : str_substr(I, s, ka, kb - ka);
        }
        if (key == V_ERR) return FS_ERR;
        Value nv = is_attr ? getattr_value(I, obj, key) : op_getitem(I, obj, key);
        if (nv == V_ERR) return FS_ERR;
        if (nv == V_TAILCALL) return FS_PY;
        obj = nv;
    }
    if (r < 0) return FS_ERR;
    *out = obj;
    return FS_OK;
}

static MY_FN int fm_conversion(Interp *I, uint32_t conv, Value *obj) {
    Value r;
    if (conv == 'r') r = op_repr(I, *obj);
    else if (conv == 's') r = op_str(I, *obj);
    else if (conv == 'a') r = fm_ascii(I, *obj);
    else {
        StrBuf b;
        sb_init(I, &b, 40);
        sb_puts(I, &b, "Unknown conversion specifier ");
        if (conv > 32 && conv < 127) sb_putc(I, &b, conv); else fm_put_char_desc(I, &b, conv);
        fm_raise_sb(I, T_VALUE_ERROR, &b);
        return FS_ERR;
    }
    if (r == V_ERR) return FS_ERR;
    if (r == V_TAILCALL) return FS_PY;
    *obj = r;
    return FS_OK;
}

/* Formats fmt[a:b) into out. depth bounds the nesting of fields inside format specs (2, as CPython),
   so this recursion is at most two calls deep whatever the input. */
static MY_FN int fm_build(Interp *I, Value s, uint32_t a, uint32_t b, FmArgs *A, int depth, StrBuf *out) {
    if (depth <= 0) { raise_msg(I, T_VALUE_ERROR, "Max string recursion exceeded"); return FS_ERR; }
    uint32_t pos = a;
    while (pos < b) {
        uint32_t la, lb;
        bool field;
        if (!fm_scan_literal(I, s, &pos, b, &la, &lb, &field)) return FS_ERR;
        for (uint32_t k = la; k < lb; k++) sb_putc(I, out, str_byte(I, s, k));
        if (!field) continue;
        FmField fd;
        if (!fm_scan_field(I, s, &pos, b, &fd)) return FS_ERR;
        Value obj;
        int r = fm_field_value(I, s, fd.name_a, fd.name_b, A, &obj);
        if (r != FS_OK) return r;
        if (fd.conv && (r = fm_conversion(I, fd.conv, &obj)) != FS_OK) return r;
        Value spec;
        if (fd.expand) {
            StrBuf sb2;
            sb_init(I, &sb2, fd.spec_b - fd.spec_a + 8);
            r = fm_build(I, s, fd.spec_a, fd.spec_b, A, depth - 1, &sb2);
            if (r != FS_OK) return r;
            spec = sb_finish(I, &sb2);
        } else if (fd.spec_b == fd.spec_a) {
            spec = image_root(I, ROOT_EMPTY_STR);
        } else {
            spec = str_substr(I, s, fd.spec_a, fd.spec_b - fd.spec_a);
        }
        if (spec == V_ERR) return FS_ERR;
        Value txt = op_format(I, obj, spec);
        if (txt == V_ERR) return FS_ERR;
        if (txt == V_TAILCALL) return FS_PY;
        sb_put_str(I, out, txt);
    }
    return FS_OK;
}

/* Hands str.format/format_map to the prelude: _str_format(fmt, args, kwargs-or-mapping). */
static MY_FN Value fm_format_fallback(Interp *I, Value fmt, FmArgs *A) {
    Value pos = V_NONE, kw = V_NONE;
    if (A->mapping == V_NULL) {
        pos = tuple_from_values(I, A->pos, A->npos);
        if (pos == V_ERR) return pos;
        uint32_t nk = A->kwnames == V_NULL ? 0 : tuple_len(I, A->kwnames);
        if (nk) {
            kw = dict_new(I);
            if (kw == V_ERR) return kw;
            for (uint32_t k = 0; k < nk; k++)
                if (dict_set(I, kw, fld(I, A->kwnames, 1 + k), ld(I, A->kwvals + k)) == V_ERR) return V_ERR;
        }
    } else {
        kw = A->mapping;
    }
    Value t = tuple_pack3(I, fmt, pos, kw);
    if (t == V_ERR) return t;
    return prelude_tailcall(I, "_str_format", t);
}

static MY_FN Value fm_format_run(Interp *I, Value fmt, FmArgs *A) {
    StrBuf out;
    uint32_t n = str_nbytes(I, fmt);
    sb_init(I, &out, n + 16);
    int r = fm_build(I, fmt, 0, n, A, 2, &out);
    if (r == FS_ERR) return V_ERR;
    if (r == FS_PY) {
        /* Python does it all again, from the start */
        A->auto_state = 0;
        A->next_auto = 0;
        return fm_format_fallback(I, fmt, A);
    }
    return sb_finish(I, &out);
}

NATIVE(fm_str_format) {
    if (nargs < 1) return raise_msg(I, T_TYPE_ERROR, "unbound method str.format() needs an argument");
    if (!is_str(I, ARG(0))) return raise_fmt(I, T_TYPE_ERROR, "descriptor 'format' for 'str' objects doesn't apply to a '%T' object", ARG(0), 0, 0);
    uint32_t nkw = kwnames == V_NULL ? 0 : tuple_len(I, kwnames);
    FmArgs A;
    A.pos = args + 1;
    A.npos = nargs - 1 - nkw;
    A.kwnames = nkw ? kwnames : V_NULL;
    A.kwvals = args + nargs - nkw;
    A.mapping = V_NULL;
    A.auto_state = 0;
    A.next_auto = 0;
    return fm_format_run(I, ARG(0), &A);
}

NATIVE(fm_str_format_map) {
    if (nargs < 1) return raise_msg(I, T_TYPE_ERROR, "unbound method str.format_map() needs an argument");
    if (!is_str(I, ARG(0))) return raise_fmt(I, T_TYPE_ERROR, "descriptor 'format_map' for 'str' objects doesn't apply to a '%T' object", ARG(0), 0, 0);
    if (kwnames != V_NULL && tuple_len(I, kwnames) > 0) return raise_msg(I, T_TYPE_ERROR, "str.format_map() takes no keyword arguments");
    if (nargs != 2) {
        StrBuf b;
        sb_init(I, &b, 64);
        sb_puts(I, &b, "str.format_map() takes exactly one argument (");
        sb_put_int(I, &b, nargs - 1);
        sb_puts(I, &b, " given)");
        return fm_raise_sb(I, T_TYPE_ERROR, &b);
    }
    FmArgs A;
    A.pos = args;
    A.npos = 0;
    A.kwnames = V_NULL;
    A.kwvals = args;
    A.mapping = ARG(1);
    A.auto_state = 0;
    A.next_auto = 0;
    /* a dict subclass (its __missing__) or any other mapping: the prelude looks the keys up */
    if (!is_type(I, A.mapping, T_DICT)) return fm_format_fallback(I, ARG(0), &A);
    return fm_format_run(I, ARG(0), &A);
}

/* _myriad.format_parse(fmt) for the prelude's _str_format: a list of
   (literal, first, rest, conversion, spec, expand) where first is None (no field), '' (automatic
   numbering), an int or a str; rest a tuple of (is_attribute, key) pairs. Errors as str.format. */
NATIVE(fm_format_parse) {
    if (!args_check(I, nargs, kwnames, "format_parse", 1, 1)) return V_ERR;
    Value s = ARG(0);
    if (!is_str(I, s)) return raise_msg(I, T_TYPE_ERROR, "format_parse() needs a str");
    uint32_t n = str_nbytes(I, s), pos = 0;
    Value l = list_new(I, 4);
    if (l == V_ERR) return l;
    while (pos < n) {
        uint32_t la, lb;
        bool field;
        if (!fm_scan_literal(I, s, &pos, n, &la, &lb, &field)) return V_ERR;
        Value item = tuple_new(I, 6);
        if (item == V_ERR) return item;
        Value lit = str_substr(I, s, la, lb - la);
        if (lit == V_ERR) return lit;
        set_fld(I, item, 1, lit);
        for (uint32_t k = 2; k <= 5; k++) set_fld(I, item, k, V_NONE);
        set_fld(I, item, 6, V_FALSE);
        if (field) {
            FmField fd;
            if (!fm_scan_field(I, s, &pos, n, &fd)) return V_ERR;
            uint32_t fe = fm_first_end(I, s, fd.name_a, fd.name_b);
            int64_t idx = fm_index_part(I, s, fd.name_a, fe);
            if (idx == -2) return V_ERR;
            Value first = idx >= 0 ? int_from_i64(I, idx) : str_substr(I, s, fd.name_a, fe - fd.name_a);
            if (first == V_ERR) return first;
            Value rest = list_new(I, 2);
            if (rest == V_ERR) return rest;
            uint32_t p = fe, ka, kb;
            bool is_attr;
            int r;
            while ((r = fm_next_part(I, s, &p, fd.name_b, &is_attr, &ka, &kb)) == 1) {
                int64_t ki = is_attr ? -1 : fm_index_part(I, s, ka, kb);
                if (ki == -2) return V_ERR;
                Value key = ki >= 0 ? int_from_i64(I, ki) : str_substr(I, s, ka, kb - ka);
                if (key == V_ERR) return key;
                Value pair = tuple_pack2(I, v_bool(is_attr), key);
                if (pair == V_ERR) return pair;
                if (!list_append(I, rest, pair)) return V_ERR;
            }
            if (r < 0) return V_ERR;
            Value rt = list_to_tuple(I, rest);
            if (rt == V_ERR) return rt;
            Value conv = V_NONE;
            if (fd.conv) { conv = str_from_codepoint(I, fd.conv); if (conv == V_ERR) return conv; }
            Value spec = str_substr(I, s, fd.spec_a, fd.spec_b - fd.spec_a);
            if (spec == V_ERR) return spec;
            set_fld(I, item, 2, first);
            set_fld(I, item, 3, rt);
            set_fld(I, item, 4, conv);
            set_fld(I, item, 5, spec);
            set_fld(I, item, 6, v_bool(fd.expand));
        }
        if (!list_append(I, l, item)) return V_ERR;
    }
    return l;
}

/* ---- printf-style formatting: str % args (and bytes % args) --------------------------------- */

/* PF_RUN formats; PF_PLAN only lists what each conversion takes, as (value, conversion, keyed)
   triples, for the prelude to convert the values that need Python code; PF_CONV formats with
   those converted values in place of the arguments. */
enum { PF_RUN, PF_PLAN, PF_CONV };

typedef struct PfState {
    Value args;        /* the tuple, the single argument, or the value a %(key) found */
    int64_t arglen;    /* -1 when args is one object, as CPython counts */
    int64_t argidx;
    Value dict;        /* the mapping for %(key), or V_NULL */
    bool keyed;        /* PF_PLAN: args is a key the prelude must look up in the mapping */
    int mode;
    Value list;        /* PF_PLAN: the plan being built; PF_CONV: the converted values */
    uint32_t vi;
} PfState;

/* Types that CPython's '%' treats as a mapping (they have __getitem__), besides tuples and str. */
static MY_FN bool fm_pf_mapping(Interp *I, Value v, bool B) {
    if (!v_is_obj(v)) return false;
    Ref t = hdr_type(I, v_as_ref(v));
    if (!type_is_builtin(t)) return type_lookup_id(I, t, N___getitem__) != V_NULL;
    TypeId k = kind_of(I, v);
    if (k == T_BYTES || k == T_BYTEARRAY) return !B;
    return k == T_DICT || k == T_LIST || k == T_RANGE;
}

static MY_FN bool fm_is_py(Interp *I, Value v) { return v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v))); }

static MY_FN int fm_pf_next(Interp *I, PfState *P, uint32_t conv, Value *out) {
    if (P->argidx >= P->arglen) { raise_msg(I, T_TYPE_ERROR, "not enough arguments for format string"); return FS_ERR; }
    int64_t i = P->argidx++;
    Value v = P->arglen < 0 ? P->args : fld(I, P->args, 1 + (uint32_t)i);
    if (P->mode == PF_PLAN) {
        Value c = str_from_codepoint(I, conv);
        if (c == V_ERR) return FS_ERR;
        Value t = tuple_pack3(I, v, c, v_bool(P->keyed && P->arglen < 0));
        if (t == V_ERR || !list_append(I, P->list, t)) return FS_ERR;
    } else if (P->mode == PF_CONV) {
        if (P->vi >= list_len(I, P->list)) { raise_msg(I, T_SYSTEM_ERROR, "percent_format: too few values"); return FS_ERR; }
        v = list_get(I, P->list, P->vi++);
    }
    *out = v;
    return FS_OK;
}

/* A '*' width or precision: an int. */
static MY_FN int fm_pf_star(Interp *I, PfState *P, int64_t *out) {
    Value v;
    int r = fm_pf_next(I, P, '*', &v);
    if (r != FS_OK) return r;
    if (P->mode == PF_PLAN) { *out = 0; return FS_OK; }
    if (!is_int_value(I, v)) { raise_msg(I, T_TYPE_ERROR, "* wants int"); return FS_ERR; }
    Value iv = v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v;
    if (!int_to_i64(I, iv, out) || *out > 0x7FFFFFFF || *out < -0x7FFFFFFF) {
        raise_msg(I, T_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return FS_ERR;
    }
    return FS_OK;
}

enum { PFL_LEFT = 1, PFL_PLUS = 2, PFL_SPACE = 4, PFL_ALT = 8, PFL_ZERO = 16 };

static MY_FN void fm_pf_spaces(Interp *I, StrBuf *out, int64_t n) { for (int64_t k = 0; k < n; k++) sb_putc(I, out, ' '); }

/* Text (the first `upto` characters of t) padded with spaces to the width. */
static MY_FN void fm_pf_text(Interp *I, StrBuf *out, Value t, bool chars, int64_t prec, int64_t width, int flags) {
    int64_t n = chars ? str_nchars(I, t) : str_nbytes(I, t);
    if (prec >= 0 && prec < n) n = prec;
    uint32_t nb = chars ? str_offset_of(I, t, (uint32_t)n) : (uint32_t)n;
    if (!(flags & PFL_LEFT)) fm_pf_spaces(I, out, width - n);
    for (uint32_t k = 0; k < nb; k++) sb_putc(I, out, str_byte(I, t, k));
    if (flags & PFL_LEFT) fm_pf_spaces(I, out, width - n);
}

/* [spaces][sign][prefix][zeros][digits][spaces] for %d %x %e ...: digits is ASCII. */
static MY_FN void fm_pf_number(Interp *I, StrBuf *out, uint32_t signch, const char *prefix, int64_t minzeros,
                               const FmSrc *d, uint32_t nd, bool upper, int64_t width, int flags) {
    uint32_t npre = 0;
    while (prefix[npre]) npre++;
    int64_t body = (signch ? 1 : 0) + npre + minzeros + nd;
    int64_t pad = width > body ? width - body : 0;
    if (!(flags & PFL_LEFT) && !(flags & PFL_ZERO)) fm_pf_spaces(I, out, pad);
    if (signch) sb_putc(I, out, signch);
    sb_puts(I, out, prefix);
    if (!(flags & PFL_LEFT) && (flags & PFL_ZERO)) for (int64_t k = 0; k < pad; k++) sb_putc(I, out, '0');
    for (int64_t k = 0; k < minzeros; k++) sb_putc(I, out, '0');
    for (uint32_t k = 0; k < nd; k++) {
        uint32_t c = fm_src(I, d, k);
        if (upper && c >= 'a' && c <= 'z') c -= 32;
        sb_putc(I, out, c);
    }
    if (flags & PFL_LEFT) fm_pf_spaces(I, out, pad);
}

static MY_FN int fm_pf_wrongtype(Interp *I, uint32_t c, Value v, bool integer) {
    StrBuf b;
    sb_init(I, &b, 64);
    sb_putc(I, &b, '%');
    sb_putc(I, &b, c);
    sb_puts(I, &b, integer ? " format: an integer is required, not " : " format: a real number is required, not ");
    sb_put_str(I, &b, type_name_v(I, type_of(I, v)));
    fm_raise_sb(I, T_TYPE_ERROR, &b);
    return FS_ERR;
}

/* One conversion of value v. */
static MY_FN int fm_pf_convert(Interp *I, PfState *P, StrBuf *out, bool B, uint32_t c, Value v, int flags, int64_t width, int64_t prec) {
    switch (c) {
    case 's': case 'r': case 'a': case 'b': {
        if (B && c == 's') c = 'b';
        if (!B && c == 'b') break;
        Value t;
        if (P->mode == PF_CONV) t = v;
        else if (c == 'b') {
            if (!is_type(I, v, T_BYTES)) {
                if (fm_is_py(I, v)) return FS_PY;
                StrBuf b;
                sb_init(I, &b, 100);
                sb_puts(I, &b, "%b requires a bytes-like object, or an object that implements __bytes__, not '");
                sb_put_str(I, &b, type_name_v(I, type_of(I, v)));
                sb_putc(I, &b, '\'');
                fm_raise_sb(I, T_TYPE_ERROR, &b);
                return FS_ERR;
            }
            t = v;
        } else {
            t = (c == 's') ? op_str(I, v) : (c == 'a' || B) ? fm_ascii(I, v) : op_repr(I, v);
            if (t == V_ERR) return FS_ERR;
            if (t == V_TAILCALL) return FS_PY;
        }
        fm_pf_text(I, out, t, is_str(I, t) && !B, prec, width, flags);
        return FS_OK;
    }
    case 'c': {
        uint32_t cp;
        if (is_int_value(I, v)) {
            int64_t x;
            Value iv = v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v;
            if (!int_to_i64(I, iv, &x) || x < 0 || x > (B ? 255 : 0x10FFFF)) {
                raise_msg(I, T_OVERFLOW_ERROR, B ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
                return FS_ERR;
            }
            cp = (uint32_t)x;
        } else if (!B && is_str(I, v) && str_nchars(I, v) == 1) {
            uint32_t p = 0;
            cp = utf8_decode_at(I, v, &p);
        } else if (B && is_type(I, v, T_BYTES) && str_nbytes(I, v) == 1) {
            cp = str_byte(I, v, 0);
        } else {
            if (fm_is_py(I, v) && P->mode == PF_RUN) return FS_PY;
            raise_msg(I, T_TYPE_ERROR, B ? "%c requires an integer in range(256) or a single byte" : "%c requires int or char");
            return FS_ERR;
        }
        if (!(flags & PFL_LEFT)) fm_pf_spaces(I, out, width - 1);
        if (B) sb_putc(I, out, cp); else sb_put_codepoint(I, out, cp);
        if (flags & PFL_LEFT) fm_pf_spaces(I, out, width - 1);
        return FS_OK;
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        bool integer = c == 'o' || c == 'x' || c == 'X';
        Value iv;
        if (is_int_value(I, v)) iv = v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v;
        else if (!integer && v_is_double(v)) {
            iv = int_from_double(I, v_as_double(v));
            if (iv == V_ERR) return FS_ERR;
        } else {
            if (fm_is_py(I, v) && P->mode == PF_RUN) return FS_PY;
            return fm_pf_wrongtype(I, c, v, integer);
        }
        uint32_t base = c == 'o' ? 8 : integer ? 16 : 10;
        Value ds = int_to_str(I, iv, base);
        if (ds == V_ERR) return FS_ERR;
        uint32_t n = str_nbytes(I, ds), start = 0, signch = 0;
        if (str_byte(I, ds, 0) == '-') { start = 1; signch = '-'; }
        else if (flags & PFL_PLUS) signch = '+';
        else if (flags & PFL_SPACE) signch = ' ';
        const char *prefix = !(flags & PFL_ALT) ? "" : c == 'o' ? "0o" : c == 'x' ? "0x" : c == 'X' ? "0X" : "";
        int64_t nd = n - start;
        FmSrc d = { ds, 0, start };
        fm_pf_number(I, out, signch, prefix, prec > nd ? prec - nd : 0, &d, (uint32_t)nd, c == 'X', width, flags);
        return FS_OK;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (v_is_double(v)) x = v_as_double(v);
        else if (is_int_value(I, v)) {
            bool overflow = false;
            x = int_to_double(I, v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v, &overflow);
            if (overflow) { raise_msg(I, T_OVERFLOW_ERROR, "int too large to convert to float"); return FS_ERR; }
        } else {
            if (fm_is_py(I, v) && P->mode == PF_RUN) return FS_PY;
            raise_fmt(I, T_TYPE_ERROR, "must be real number, not %T", v, 0, 0);
            return FS_ERR;
        }
        char buf[FM_FLOATBUF];
        if (prec > 0x7FFFFFFF) { raise_msg(I, T_VALUE_ERROR, "precision too big"); return FS_ERR; }
        int len = dtoa_format(x, (char)c, prec < 0 ? 6 : (int)prec, (flags & PFL_ALT) != 0, buf, FM_FLOATBUF);
        if (len < 0) { raise_msg(I, T_VALUE_ERROR, "precision too big"); return FS_ERR; }
        uint32_t start = 0, signch = 0;
        if (buf[0] == '-') { start = 1; signch = '-'; }
        else if (flags & PFL_PLUS) signch = '+';
        else if (flags & PFL_SPACE) signch = ' ';
        FmSrc d = { V_NULL, buf, start };
        fm_pf_number(I, out, signch, "", 0, &d, (uint32_t)len - start, false, width, flags);
        return FS_OK;
    }
    default: break;
    }
    return -2;   /* not a conversion */
}

static MY_FN int fm_pf_digits(Interp *I, Value f, uint32_t n, uint32_t *i, int64_t *out, const char *what) {
    int64_t v = 0;
    while (*i < n) {
        uint32_t c = str_byte(I, f, *i);
        if (c < '0' || c > '9') break;
        if (v > (0x7FFFFFFF - (int64_t)(c - '0')) / 10) { raise_msg(I, T_VALUE_ERROR, what); return FS_ERR; }
        v = v * 10 + (c - '0');
        (*i)++;
    }
    *out = v;
    return FS_OK;
}

static MY_FN int fm_percent(Interp *I, Value f, Value args, PfState *P, StrBuf *out) {
    bool B = is_type(I, f, T_BYTES);
    bool tup = is_type(I, args, T_TUPLE);
    P->args = args;
    P->arglen = tup ? (int64_t)tuple_len(I, args) : -1;
    P->argidx = tup ? 0 : -2;
    P->keyed = false;
    P->dict = (!tup && !is_str(I, args) && fm_pf_mapping(I, args, B)) ? args : V_NULL;
    uint32_t n = str_nbytes(I, f), i = 0;
    while (i < n) {
        uint32_t c = str_byte(I, f, i);
        if (c != '%') {
            uint32_t j = i;
            while (j < n && str_byte(I, f, j) != '%') j++;
            for (uint32_t k = i; k < j; k++) sb_putc(I, out, str_byte(I, f, k));
            i = j;
            continue;
        }
        i++;
        if (i >= n) { raise_msg(I, T_VALUE_ERROR, "incomplete format"); return FS_ERR; }
        if (str_byte(I, f, i) == '%') { sb_putc(I, out, '%'); i++; continue; }
        if (str_byte(I, f, i) == '(') {
            if (P->dict == V_NULL) { raise_msg(I, T_TYPE_ERROR, "format requires a mapping"); return FS_ERR; }
            uint32_t j = i + 1, depth = 1;
            while (j < n && depth > 0) {
                uint32_t d = str_byte(I, f, j++);
                if (d == '(') depth++;
                else if (d == ')') depth--;
            }
            if (depth > 0) { raise_msg(I, T_VALUE_ERROR, "incomplete format key"); return FS_ERR; }
            Value key = B ? str_alloc(I, j - 1 - (i + 1)) : str_substr(I, f, i + 1, j - 1 - (i + 1));
            if (key == V_ERR) return FS_ERR;
            if (B) {
                for (uint32_t k = i + 1; k < j - 1; k++) str_set_byte(I, key, k - i - 1, str_byte(I, f, k));
                key = fm_as_bytes(I, key);
                if (key == V_ERR) return FS_ERR;
            }
            Value v = key;
            P->keyed = false;
            if (P->mode != PF_CONV) {
                if (is_type(I, P->dict, T_DICT)) {
                    v = dict_get(I, P->dict, key);
                    if (v == V_ERR) return FS_ERR;
                    if (v == V_TAILCALL) return FS_PY;
                    if (v == V_NULL) { fm_raise_key(I, key); return FS_ERR; }
                } else if (fm_is_py(I, P->dict)) {
                    if (P->mode == PF_RUN) return FS_PY;
                    P->keyed = true;
                } else {
                    v = op_getitem(I, P->dict, key);
                    if (v == V_ERR) return FS_ERR;
                    if (v == V_TAILCALL) { if (P->mode == PF_RUN) return FS_PY; v = key; P->keyed = true; }
                }
            }
            P->args = v;
            P->arglen = -1;
            P->argidx = -2;
            i = j;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t d = str_byte(I, f, i);
            if (d == '-') flags |= PFL_LEFT;
            else if (d == '+') flags |= PFL_PLUS;
            else if (d == ' ') flags |= PFL_SPACE;
            else if (d == '#') flags |= PFL_ALT;
            else if (d == '0') flags |= PFL_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        int r;
        if (i < n && str_byte(I, f, i) == '*') {
            if ((r = fm_pf_star(I, P, &width)) != FS_OK) return r;
            if (width < 0) { flags |= PFL_LEFT; width = -width; }
            i++;
        } else if ((r = fm_pf_digits(I, f, n, &i, &width, "width too big")) != FS_OK) return r;
        if (i < n && str_byte(I, f, i) == '.') {
            i++;
            if (i < n && str_byte(I, f, i) == '*') {
                if ((r = fm_pf_star(I, P, &prec)) != FS_OK) return r;
                if (prec < 0) prec = 0;
                i++;
            } else if ((r = fm_pf_digits(I, f, n, &i, &prec, "precision too big")) != FS_OK) return r;
        }
        if (i < n) {
            uint32_t d = str_byte(I, f, i);
            if (d == 'h' || d == 'l' || d == 'L') i++;
        }
        if (i >= n) { raise_msg(I, T_VALUE_ERROR, "incomplete format"); return FS_ERR; }
        uint32_t at = i;
        uint32_t conv = B ? str_byte(I, f, i++) : utf8_decode_at(I, f, &i);
        Value v;
        if ((r = fm_pf_next(I, P, conv, &v)) != FS_OK) return r;
        if (P->mode == PF_PLAN) {
            switch (conv) {
            case 's': case 'r': case 'a': case 'c': case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': r = FS_OK; break;
            case 'b': r = B ? FS_OK : -2; break;
            default: r = -2; break;
            }
        } else {
            r = fm_pf_convert(I, P, out, B, conv, v, flags, width, prec);
        }
        if (r == -2) {
            StrBuf b;
            sb_init(I, &b, 64);
            sb_puts(I, &b, "unsupported format character '");
            sb_putc(I, &b, conv > 32 && conv < 127 ? conv : '?');
            sb_puts(I, &b, "' (0x");
            char tmp[8];
            int k = 0;
            uint32_t x = conv;
            do { tmp[k++] = "0123456789abcdef"[x & 15]; x >>= 4; } while (x);
            while (k) sb_putc(I, &b, (uint8_t)tmp[--k]);
            sb_puts(I, &b, ") at index ");
            int64_t ci = 0;
            for (uint32_t q = 0; q < at; q++) if (B || (str_byte(I, f, q) & 0xC0) != 0x80) ci++;
            sb_put_int(I, &b, ci);
            fm_raise_sb(I, T_VALUE_ERROR, &b);
            return FS_ERR;
        }
        if (r != FS_OK) return r;
    }
    if (P->argidx < P->arglen && P->dict == V_NULL) {
        raise_msg(I, B ? T_TYPE_ERROR : T_TYPE_ERROR, B ? "not all arguments converted during bytes formatting"
                                                       : "not all arguments converted during string formatting");
        return FS_ERR;
    }
    return FS_OK;
}

static MY_FN Value fm_percent_result(Interp *I, Value f, StrBuf *out) {
    Value r = sb_finish(I, out);
    return is_type(I, f, T_BYTES) ? fm_as_bytes(I, r) : r;
}

/* fmt % args for a str (or bytes) fmt. */
MY_FN Value str_percent_format(Interp *I, Value fmt, Value args) {
    PfState P;
    P.mode = PF_RUN;
    P.list = V_NULL;
    P.vi = 0;
    StrBuf out;
    sb_init(I, &out, str_nbytes(I, fmt) + 16);
    int r = fm_percent(I, fmt, args, &P, &out);
    if (r == FS_ERR) return V_ERR;
    if (r == FS_PY) {
        Value t = tuple_pack2(I, fmt, args);
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_str_percent", t);
    }
    return fm_percent_result(I, fmt, &out);
}

/* _myriad.percent_plan(fmt, args): [(value or mapping key, conversion, keyed), ...] in order of use. */
NATIVE(fm_percent_plan) {
    if (!args_check(I, nargs, kwnames, "percent_plan", 2, 2)) return V_ERR;
    PfState P;
    P.mode = PF_PLAN;
    P.list = list_new(I, 4);
    P.vi = 0;
    if (P.list == V_ERR) return V_ERR;
    StrBuf out;
    sb_init(I, &out, 16);
    int r = fm_percent(I, ARG(0), ARG(1), &P, &out);
    if (r != FS_OK) return r == FS_ERR ? V_ERR : raise_msg(I, T_SYSTEM_ERROR, "percent_plan needs Python");
    return P.list;
}

/* _myriad.percent_format(fmt, args, values): fmt % args with the plan's converted values. */
NATIVE(fm_percent_format) {
    if (!args_check(I, nargs, kwnames, "percent_format", 3, 3)) return V_ERR;
    if (!is_type(I, ARG(2), T_LIST)) return raise_msg(I, T_TYPE_ERROR, "percent_format() needs a list");
    PfState P;
    P.mode = PF_CONV;
    P.list = ARG(2);
    P.vi = 0;
    StrBuf out;
    sb_init(I, &out, str_nbytes(I, ARG(0)) + 16);
    int r = fm_percent(I, ARG(0), ARG(1), &P, &out);
    if (r != FS_OK) return r == FS_ERR ? V_ERR : raise_msg(I, T_SYSTEM_ERROR, "percent_format needs Python");
    return fm_percent_result(I, ARG(0), &out);
}

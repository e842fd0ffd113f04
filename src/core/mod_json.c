/* mod_json.c: _json, the per-character loops of src/lib/json.py: quoting a str as a JSON string,
   and scanning a JSON string out of the document's UTF-8 bytes. */
#include "vm.h"
#include "natives.h"

static MY_FN void jsn_put_u(Interp *I, StrBuf *b, uint32_t u) {
    const char *hex = "0123456789abcdef";
    sb_putc(I, b, '\\'); sb_putc(I, b, 'u');
    for (int sh = 12; sh >= 0; sh -= 4) sb_putc(I, b, (uint8_t)hex[(u >> sh) & 15]);
}

/* encode_str(s, ensure_ascii): s quoted and escaped as CPython's encoder does. */
NATIVE(jsn_encode_str) {
    if (!args_check(I, nargs, kwnames, "encode_str", 2, 2)) return V_ERR;
    Value s = ARG(0);
    bool ascii = ARG(1) == V_TRUE;
    if (!is_str(I, s)) return raise_fmt(I, T_TYPE_ERROR, "first argument must be a string, not %T", s, 0, 0);
    uint32_t n = str_nbytes(I, s), pos = 0;
    StrBuf b;
    sb_init(I, &b, n + 2);
    sb_putc(I, &b, '"');
    while (pos < n) {
        uint32_t c = str_byte(I, s, pos);
        if (c >= 0x80) {
            uint32_t start = pos;
            uint32_t cp = utf8_decode_at(I, s, &pos);
            if (!ascii) { while (start < pos) sb_putc(I, &b, str_byte(I, s, start++)); continue; }
            if (cp >= 0x10000) {
                cp -= 0x10000;
                jsn_put_u(I, &b, 0xD800 | (cp >> 10));
                jsn_put_u(I, &b, 0xDC00 | (cp & 0x3FF));
            } else jsn_put_u(I, &b, cp);
            continue;
        }
        pos++;
        if (c == '"' || c == '\\') { sb_putc(I, &b, '\\'); sb_putc(I, &b, c); }
        else if (c == '\n') sb_puts(I, &b, "\\n");
        else if (c == '\r') sb_puts(I, &b, "\\r");
        else if (c == '\t') sb_puts(I, &b, "\\t");
        else if (c == '\b') sb_puts(I, &b, "\\b");
        else if (c == '\f') sb_puts(I, &b, "\\f");
        else if (c < 0x20 || (c == 0x7f && ascii)) jsn_put_u(I, &b, c);
        else sb_putc(I, &b, c);
    }
    sb_putc(I, &b, '"');
    return sb_finish(I, &b);
}

static MY_FN int jsn_hex(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* Four hex digits at byte i of d, or -1. */
static MY_FN int32_t jsn_hex4(Interp *I, Value d, uint32_t i, uint32_t n) {
    if (i + 4 > n) return -1;
    int32_t v = 0;
    for (uint32_t k = 0; k < 4; k++) {
        int h = jsn_hex(str_byte(I, d, i + k));
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

static MY_FN Value jsn_fail(Interp *I, uint32_t pos, const char *msg) {
    Value m = str_from_cstr(I, msg);
    if (m == V_ERR) return m;
    return tuple_pack3(I, V_NONE, v_int(pos), m);
}

/* scanstring(doc, pos, strict): doc is the document's UTF-8 bytes, pos the byte after an opening
   quote. Returns (str, byte after the closing quote), or (None, error byte position, message). */
NATIVE(jsn_scanstring) {
    if (!args_check(I, nargs, kwnames, "scanstring", 3, 3)) return V_ERR;
    Value d = ARG(0);
    if (!is_type(I, d, T_BYTES) || !v_is_int(ARG(1))) return raise_msg(I, T_TYPE_ERROR, "scanstring(bytes, int, strict)");
    bool strict = ARG(2) != V_FALSE;
    uint32_t n = str_nbytes(I, d);
    int64_t p0 = v_as_int(ARG(1));
    if (p0 < 1 || p0 > n) return raise_msg(I, T_VALUE_ERROR, "end is out of bounds");
    uint32_t start = (uint32_t)p0, i = start;
    /* fast path: no escapes */
    for (; i < n; i++) {
        uint32_t c = str_byte(I, d, i);
        if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
    }
    if (i >= n) return jsn_fail(I, start - 1, "Unterminated string starting at");
    if (str_byte(I, d, i) == '"') {
        Value r = str_from_heap(I, v_as_ref(d) + STR_DATA, start, i - start);
        if (r == V_ERR) return r;
        return tuple_pack2(I, r, v_int(i + 1));
    }
    StrBuf b;
    sb_init(I, &b, i - start + 16);
    for (uint32_t k = start; k < i; k++) sb_putc(I, &b, str_byte(I, d, k));
    for (;;) {
        if (i >= n) return jsn_fail(I, start - 1, "Unterminated string starting at");
        uint32_t c = str_byte(I, d, i);
        if (c == '"') { i++; break; }
        if (c < 0x20 && strict) return jsn_fail(I, i, "Invalid control character at");
        if (c != '\\') { sb_putc(I, &b, c); i++; continue; }
        if (i + 1 >= n) return jsn_fail(I, start - 1, "Unterminated string starting at");
        uint32_t e = str_byte(I, d, i + 1);
        if (e == 'u') {
            int32_t u = jsn_hex4(I, d, i + 2, n);
            if (u < 0) return jsn_fail(I, i + 1, "Invalid \\uXXXX escape");
            i += 6;
            if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n && str_byte(I, d, i) == '\\' && str_byte(I, d, i + 1) == 'u') {
                int32_t lo = jsn_hex4(I, d, i + 2, n);
                if (lo < 0) return jsn_fail(I, i + 1, "Invalid \\uXXXX escape");
                if (lo >= 0xDC00 && lo <= 0xDFFF) { u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00); i += 6; }
            }
            sb_put_codepoint(I, &b, (uint32_t)u);
            continue;
        }
        uint32_t out;
        switch (e) {
        case '"': out = '"'; break;
        case '\\': out = '\\'; break;
        case '/': out = '/'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        default: return jsn_fail(I, i, "Invalid \\escape");
        }
        sb_putc(I, &b, out);
        i += 2;
    }
    Value r = sb_finish(I, &b);
    if (r == V_ERR) return r;
    return tuple_pack2(I, r, v_int(i));
}

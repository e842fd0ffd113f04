/* str.c: the str object: UTF-8 bytes in a raw heap object, hashing, comparison, repr, builders. */
#include "obj.h"

MY_FN uint32_t str_nbytes(Interp *I, Value s) { return (uint32_t)fld(I, s, STR_INFO); }
MY_FN uint32_t str_nchars(Interp *I, Value s) { return (uint32_t)(fld(I, s, STR_INFO) >> 32); }
MY_FN uint32_t str_byte(Interp *I, Value s, uint32_t i) { return mem_ld_byte(&I->H, v_as_ref(s) + STR_DATA, i); }
MY_FN void str_set_byte(Interp *I, Value s, uint32_t i, uint32_t b) { mem_st_byte(&I->H, v_as_ref(s) + STR_DATA, i, b); }

MY_FN Value str_alloc(Interp *I, uint32_t nbytes) {
    Ref r = obj_alloc(I, T_STR, STR_DATA + (nbytes + 7) / 8, true);
    if (!r) return V_ERR;
    mem_st(&I->H, r + STR_INFO, nbytes);
    mem_st(&I->H, r + STR_HASH, 0);
    if (nbytes & 7) mem_st(&I->H, r + STR_DATA + nbytes / 8, 0);  /* keep the padding zero */
    return v_obj(r);
}

/* Counts code points (bytes that are not UTF-8 continuation bytes). */
MY_FN void str_finish(Interp *I, Value s) {
    uint32_t n = str_nbytes(I, s), chars = 0;
    Ref d = v_as_ref(s) + STR_DATA;
    for (uint32_t w = 0; w < (n + 7) / 8; w++) {
        uint64_t word = mem_ld(&I->H, d + w);
        uint32_t lim = (n - w * 8 < 8) ? n - w * 8 : 8;
        if (lim == 8 && (word & 0x8080808080808080ull) == 0) { chars += 8; continue; }
        for (uint32_t k = 0; k < lim; k++) {
            uint32_t b = (uint32_t)(word >> (8 * k)) & 0xFF;
            if ((b & 0xC0) != 0x80) chars++;
        }
    }
    mem_st(&I->H, v_as_ref(s) + STR_INFO, (uint64_t)n | ((uint64_t)chars << 32));
}

MY_FN Value str_new(Interp *I, const char *bytes, uint32_t len) {
    if (len == 0 && I->ref_tag == 0) return image_root(I, ROOT_EMPTY_STR);
    if (len == 1 && (uint8_t)bytes[0] < 128 && I->ref_tag == 0)
        return ld(I, v_as_ref(image_root(I, ROOT_CHARS)) + 1 + (uint8_t)bytes[0]);
    Value s = str_alloc(I, len);
    if (s == V_ERR) return s;
    for (uint32_t i = 0; i < len; i++) str_set_byte(I, s, i, (uint8_t)bytes[i]);
    str_finish(I, s);
    return s;
}

MY_FN Value str_from_cstr(Interp *I, const char *s) {
    uint32_t n = 0;
    while (s[n]) n++;
    return str_new(I, s, n);
}

MY_FN Value str_from_heap(Interp *I, Ref src, uint32_t start, uint32_t len) {
    Value s = str_alloc(I, len);
    if (s == V_ERR) return s;
    heap_copy_bytes(I, v_as_ref(s) + STR_DATA, 0, src, start, len);
    str_finish(I, s);
    return s;
}

MY_FN Value str_substr(Interp *I, Value s, uint32_t bstart, uint32_t blen) {
    if (blen == 1 && I->ref_tag == 0) {
        uint32_t b = str_byte(I, s, bstart);
        if (b < 128) return ld(I, v_as_ref(image_root(I, ROOT_CHARS)) + 1 + b);
    }
    if (blen == str_nbytes(I, s)) return s;
    return str_from_heap(I, v_as_ref(s) + STR_DATA, bstart, blen);
}

/* FNV-1a over the bytes; CPython's str hash is randomized per process, so no program can rely on it. */
MY_FN int64_t str_hash(Interp *I, Value s) {
    Ref r = v_as_ref(s);
    uint64_t h = mem_ld(&I->H, r + STR_HASH);
    if (h) return (int64_t)h;
    uint32_t n = str_nbytes(I, s);
    h = 1469598103934665603ull;
    for (uint32_t i = 0; i < n; i++) { h ^= str_byte(I, s, i); h *= 1099511628211ull; }
    h ^= h >> 29;
    if (h == 0 || h == (uint64_t)-1) h = 2;
    if (!REF_IS_IMAGE(r) || I->ref_tag) mem_st(&I->H, r + STR_HASH, h);   /* the image builder caches too */
    return (int64_t)h;
}

MY_FN bool str_eq(Interp *I, Value a, Value b) {
    if (a == b) return true;
    uint32_t n = str_nbytes(I, a);
    if (n != str_nbytes(I, b)) return false;
    Ref ra = v_as_ref(a), rb = v_as_ref(b);
    uint64_t ha = mem_ld(&I->H, ra + STR_HASH), hb = mem_ld(&I->H, rb + STR_HASH);
    if (ha && hb && ha != hb) return false;
    for (uint32_t w = 0; w < (n + 7) / 8; w++)
        if (mem_ld(&I->H, ra + STR_DATA + w) != mem_ld(&I->H, rb + STR_DATA + w)) return false;
    return true;
}

/* Byte order of UTF-8 equals code point order, which is how Python compares strings. */
MY_FN int str_cmp(Interp *I, Value a, Value b) {
    uint32_t na = str_nbytes(I, a), nb = str_nbytes(I, b);
    uint32_t n = na < nb ? na : nb;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t x = str_byte(I, a, i), y = str_byte(I, b, i);
        if (x != y) return x < y ? -1 : 1;
    }
    return na < nb ? -1 : (na > nb ? 1 : 0);
}

MY_FN bool str_eq_cstr(Interp *I, Value s, const char *c) {
    uint32_t n = str_nbytes(I, s), i = 0;
    for (; i < n; i++)
        if (!c[i] || (uint8_t)c[i] != str_byte(I, s, i)) return false;
    return c[i] == 0;
}

/* Copies n bytes from byte s of the byte run at word src to byte d of the run at word dst, a word
   at a time where it can (two source words shifted into each destination word). */
MY_FN void heap_copy_bytes(Interp *I, Ref dst, uint32_t d, Ref src, uint32_t s, uint32_t n) {
#if MY_HEAP_STRIDE == 1 && !defined(__CUDACC__)
    /* contiguous words are contiguous bytes (little-endian), so this is a plain copy */
    __builtin_memmove((uint8_t *)mem_hp(&I->H, dst) + d, (const uint8_t *)mem_wp(&I->H, src) + s, n);
    return;
#endif
    while (n > 0 && (d & 7)) { mem_st_byte(&I->H, dst, d++, mem_ld_byte(&I->H, src, s++)); n--; }
    uint32_t sh = (s & 7) * 8;
    while (n >= 8) {
        Ref sw = src + (s >> 3);
        uint64_t v = mem_ld(&I->H, sw);
        if (sh) v = (v >> sh) | (mem_ld(&I->H, sw + 1) << (64 - sh));
        mem_st(&I->H, dst + (d >> 3), v);
        d += 8; s += 8; n -= 8;
    }
    while (n > 0) { mem_st_byte(&I->H, dst, d++, mem_ld_byte(&I->H, src, s++)); n--; }
}

MY_OUTLINE Value str_concat(Interp *I, Value a, Value b) {
    uint32_t na = str_nbytes(I, a), nb = str_nbytes(I, b);
    if (na == 0) return b;
    if (nb == 0) return a;
    if ((uint64_t)na + nb > 0x7FFFFFFFull) return raise_msg(I, T_OVERFLOW_ERROR, "string is too long");
    Value s = str_alloc(I, na + nb);
    if (s == V_ERR) return s;
    heap_copy_bytes(I, v_as_ref(s) + STR_DATA, 0, v_as_ref(a) + STR_DATA, 0, na);
    heap_copy_bytes(I, v_as_ref(s) + STR_DATA, na, v_as_ref(b) + STR_DATA, 0, nb);
    mem_st(&I->H, v_as_ref(s) + STR_INFO,
           (uint64_t)(na + nb) | ((uint64_t)(str_nchars(I, a) + str_nchars(I, b)) << 32));
    return s;
}

MY_FN uint32_t str_copy_out(Interp *I, Value s, char *buf, uint32_t cap) {
    uint32_t n = str_nbytes(I, s);
    if (n >= cap) n = cap - 1;
    for (uint32_t i = 0; i < n; i++) buf[i] = (char)str_byte(I, s, i);
    buf[n] = 0;
    return n;
}

MY_FN uint32_t utf8_decode_at(Interp *I, Value s, uint32_t *pos) {
    uint32_t i = *pos, b = str_byte(I, s, i);
    uint32_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (uint32_t k = 1; k < n; k++) cp = (cp << 6) | (str_byte(I, s, i + k) & 0x3F);
    *pos = i + n;
    return cp;
}

/* Byte offset of code point `index` (0 <= index <= nchars). ASCII strings index directly. */
MY_FN uint32_t str_offset_of(Interp *I, Value s, uint32_t index) {
    if (str_nbytes(I, s) == str_nchars(I, s)) return index;
    uint32_t pos = 0, n = str_nbytes(I, s);
    while (index > 0 && pos < n) { utf8_decode_at(I, s, &pos); index--; }
    return pos;
}

MY_FN Value str_char_at(Interp *I, Value s, int64_t index) {
    int64_t n = str_nchars(I, s);
    if (index < 0) index += n;
    if (index < 0 || index >= n) return raise_msg(I, T_INDEX_ERROR, "string index out of range");
    uint32_t start = str_offset_of(I, s, (uint32_t)index), end = start;
    utf8_decode_at(I, s, &end);
    return str_substr(I, s, start, end - start);
}

MY_FN Value str_from_codepoint(Interp *I, uint32_t cp) {
    char b[4];
    uint32_t n;
    if (cp < 0x80) { b[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { b[0] = (char)(0xC0 | (cp >> 6)); b[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) { b[0] = (char)(0xE0 | (cp >> 12)); b[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[2] = (char)(0x80 | (cp & 0x3F)); n = 3; }
    else { b[0] = (char)(0xF0 | (cp >> 18)); b[1] = (char)(0x80 | ((cp >> 12) & 0x3F)); b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (char)(0x80 | (cp & 0x3F)); n = 4; }
    return str_new(I, b, n);
}

/* ---- StrBuf: a str that grows by doubling; the final object is trimmed by copying once. ---- */
MY_FN void sb_init(Interp *I, StrBuf *b, uint32_t cap) {
    if (cap < 16) cap = 16;
    b->len = 0; b->cap = cap; b->failed = false; b->error = false; b->direct = 0;
    b->s = str_alloc(I, cap);
    if (b->s == V_ERR) b->failed = true;
}

static MY_FN bool sb_reserve(Interp *I, StrBuf *b, uint32_t extra) {
    if (b->direct) return false;
    if (b->failed) return false;
    if (b->len + extra <= b->cap) return true;
    uint32_t cap = b->cap * 2;
    while (cap < b->len + extra) cap *= 2;
    Value ns = str_alloc(I, cap);
    if (ns == V_ERR) { b->failed = true; return false; }
    Ref from = v_as_ref(b->s) + STR_DATA, to = v_as_ref(ns) + STR_DATA;
    for (uint32_t w = 0; w < (b->len + 7) / 8; w++) mem_st(&I->H, to + w, mem_ld(&I->H, from + w));
    b->s = ns; b->cap = cap;
    return true;
}

/* The direct mode of a builder: bytes go straight to an output buffer, as many as fit. */
MY_FN void sb_init_direct(StrBuf *b, OutBuf *o) {
    b->s = V_NULL; b->len = 0; b->cap = 0; b->failed = false; b->error = false; b->direct = o;
}

MY_FN void sb_putc(Interp *I, StrBuf *b, uint32_t byte) {
    if (b->direct) { if (b->direct->len < b->direct->cap) b->direct->data[b->direct->len++] = (uint8_t)byte; return; }
    if (!sb_reserve(I, b, 1)) return;
    str_set_byte(I, b->s, b->len++, byte);
}

MY_FN void sb_putn(Interp *I, StrBuf *b, const char *s, uint32_t n) {
    if (b->direct) { for (uint32_t i = 0; i < n; i++) sb_putc(I, b, (uint8_t)s[i]); return; }
    if (!sb_reserve(I, b, n)) return;
    for (uint32_t i = 0; i < n; i++) str_set_byte(I, b->s, b->len++, (uint8_t)s[i]);
}

MY_FN void sb_puts(Interp *I, StrBuf *b, const char *s) {
    uint32_t n = 0;
    while (s[n]) n++;
    sb_putn(I, b, s, n);
}

MY_FN void sb_put_str(Interp *I, StrBuf *b, Value str) {
    uint32_t n = str_nbytes(I, str);
    if (b->direct) { for (uint32_t i = 0; i < n; i++) sb_putc(I, b, str_byte(I, str, i)); return; }
    if (!sb_reserve(I, b, n)) return;
    heap_copy_bytes(I, v_as_ref(b->s) + STR_DATA, b->len, v_as_ref(str) + STR_DATA, 0, n);
    b->len += n;
}

MY_FN void sb_put_int(Interp *I, StrBuf *b, int64_t v) {
    char tmp[24];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) sb_putc(I, b, '-');
    while (n > 0) sb_putc(I, b, (uint8_t)tmp[--n]);
}

MY_FN void sb_put_codepoint(Interp *I, StrBuf *b, uint32_t cp) {
    if (cp < 0x80) { sb_putc(I, b, cp); return; }
    if (cp < 0x800) { sb_putc(I, b, 0xC0 | (cp >> 6)); sb_putc(I, b, 0x80 | (cp & 0x3F)); return; }
    if (cp < 0x10000) { sb_putc(I, b, 0xE0 | (cp >> 12)); sb_putc(I, b, 0x80 | ((cp >> 6) & 0x3F)); sb_putc(I, b, 0x80 | (cp & 0x3F)); return; }
    sb_putc(I, b, 0xF0 | (cp >> 18)); sb_putc(I, b, 0x80 | ((cp >> 12) & 0x3F));
    sb_putc(I, b, 0x80 | ((cp >> 6) & 0x3F)); sb_putc(I, b, 0x80 | (cp & 0x3F));
}

MY_FN Value sb_finish(Interp *I, StrBuf *b) {
    if (b->error) return V_ERR;
    if (b->failed) return err_nomem(I);
    Value s = str_alloc(I, b->len);
    if (s == V_ERR) return s;
    Ref from = v_as_ref(b->s) + STR_DATA, to = v_as_ref(s) + STR_DATA;
    for (uint32_t w = 0; w < (b->len + 7) / 8; w++) mem_st(&I->H, to + w, mem_ld(&I->H, from + w));
    if (b->len & 7) {  /* clear the bytes past the end in the last word */
        uint64_t last = mem_ld(&I->H, to + b->len / 8);
        last &= ((uint64_t)1 << (8 * (b->len & 7))) - 1;
        mem_st(&I->H, to + b->len / 8, last);
    }
    str_finish(I, s);
    return s;
}

/* Python's str.isprintable for one code point (tables in str_methods.c). */
static MY_FN bool str_printable(uint32_t cp) { return uni_isprintable(cp); }

static MY_FN void str_put_hex(Interp *I, StrBuf *b, uint32_t v, int digits) {
    for (int k = digits - 1; k >= 0; k--) sb_putc(I, b, (uint8_t)"0123456789abcdef"[(v >> (4 * k)) & 15]);
}

/* repr(s): single quotes unless the string has ' and no ", escapes as CPython. */
MY_FN Value str_repr(Interp *I, Value s) {
    uint32_t n = str_nbytes(I, s);
    bool has_sq = false, has_dq = false;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_byte(I, s, i);
        if (c == '\'') has_sq = true;
        if (c == '"') has_dq = true;
    }
    uint32_t q = (has_sq && !has_dq) ? '"' : '\'';
    StrBuf b;
    sb_init(I, &b, n + 2);
    sb_putc(I, &b, q);
    uint32_t pos = 0;
    while (pos < n) {
        uint32_t cp = utf8_decode_at(I, s, &pos);
        if (cp == q || cp == '\\') { sb_putc(I, &b, '\\'); sb_putc(I, &b, cp); }
        else if (cp == '\n') sb_puts(I, &b, "\\n");
        else if (cp == '\r') sb_puts(I, &b, "\\r");
        else if (cp == '\t') sb_puts(I, &b, "\\t");
        else if (str_printable(cp)) sb_put_codepoint(I, &b, cp);
        else if (cp < 0x100) { sb_puts(I, &b, "\\x"); str_put_hex(I, &b, cp, 2); }
        else if (cp < 0x10000) { sb_puts(I, &b, "\\u"); str_put_hex(I, &b, cp, 4); }
        else { sb_puts(I, &b, "\\U"); str_put_hex(I, &b, cp, 8); }
    }
    sb_putc(I, &b, q);
    return sb_finish(I, &b);
}

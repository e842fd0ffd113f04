/* lexer.c: the Python 3.11 tokenizer (indentation, brackets, numbers, strings, operators), error messages and positions as CPython's. */
#include "lexer.h"

#define LEX_EOF (-1)

/* ---------------------------------------------------------------- source access */

MY_FN int lex_byte(const Lexer *L, uint32_t i) {
    if (i >= L->src_len) return LEX_EOF;
    return (int)mem_ld_byte(L->H, L->src, i);
}

/* Byte i of the current range: the end of an f-string field reads as end of input. */
MY_INLINE int lex_at(const Lexer *L, uint32_t i) {
    if (i >= L->s.end) return LEX_EOF;
    return (int)mem_ld_byte(L->H, L->src, i);
}

MY_INLINE bool lex_is_digit(int c) { return c >= '0' && c <= '9'; }
MY_INLINE bool lex_is_xdigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
MY_INLINE bool lex_is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
MY_FN bool lex_is_ident_byte(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || c >= 128;
}

/* ---------------------------------------------------------------- errors */

static MY_FN void lex_fail(Lexer *L, int code, int kind, bool hard, uint32_t line, uint32_t col) {
    if (L->err) return;
    L->err = (uint8_t)code;
    L->err_kind = (uint8_t)kind;
    L->err_hard = hard ? 1 : 0;
    L->err_line = line;
    L->err_col = col;
}

/* CPython's tokenizer reports most errors with offset = (cursor - line start), i.e. the caret one
   byte before the cursor; `cur` is that cursor. */
static MY_FN void lex_fail_cur(Lexer *L, int code, uint32_t cur) {
    uint32_t off = cur - L->s.line_start;
    lex_fail(L, code, LEX_ERRK_SYNTAX, true, L->s.line, off ? off - 1 : LEX_NO_COL);
}

MY_FN void lex_locate(const Lexer *L, uint32_t off, uint32_t *line, uint32_t *col) {
    uint32_t ln = 1, ls = 0, i = 0;
    if (L->src_len >= 3 && lex_byte(L, 0) == 0xEF && lex_byte(L, 1) == 0xBB && lex_byte(L, 2) == 0xBF) ls = i = 3;
    while (i < off) {
        int c = lex_byte(L, i);
        if (c == '\n' || (c == '\r' && lex_byte(L, i + 1) != '\n')) { ln++; ls = i + 1; }
        i++;
    }
    *line = ln;
    *col = off - ls;
}

/* Message builder: bounded appends into the caller's buffer. */
typedef struct LexBuf { char *p; uint32_t n, cap; } LexBuf;

static MY_FN void lex_put(LexBuf *b, char c) {
    if (b->n + 1 < b->cap) { b->p[b->n++] = c; b->p[b->n] = 0; }
}
static MY_FN void lex_puts(LexBuf *b, const char *s) {
    while (*s) lex_put(b, *s++);
}
static MY_FN void lex_putu(LexBuf *b, uint32_t v) {
    char tmp[12];
    int n = 0;
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) lex_put(b, tmp[--n]);
}
static MY_FN void lex_puthex(LexBuf *b, uint32_t v) {
    int digits = v > 0xFFFF ? (v > 0xFFFFF ? 6 : 5) : 4;
    int i;
    for (i = digits - 1; i >= 0; i--) { uint32_t d = (v >> (4 * i)) & 15; lex_put(b, (char)(d < 10 ? '0' + d : 'A' + d - 10)); }
}
static MY_FN void lex_pututf8(LexBuf *b, uint32_t cp) {
    if (cp < 0x80) lex_put(b, (char)cp);
    else if (cp < 0x800) { lex_put(b, (char)(0xC0 | (cp >> 6))); lex_put(b, (char)(0x80 | (cp & 63))); }
    else if (cp < 0x10000) {
        lex_put(b, (char)(0xE0 | (cp >> 12))); lex_put(b, (char)(0x80 | ((cp >> 6) & 63)));
        lex_put(b, (char)(0x80 | (cp & 63)));
    } else {
        lex_put(b, (char)(0xF0 | (cp >> 18))); lex_put(b, (char)(0x80 | ((cp >> 12) & 63)));
        lex_put(b, (char)(0x80 | ((cp >> 6) & 63))); lex_put(b, (char)(0x80 | (cp & 63)));
    }
}

static MY_FN const char *lex_numkind(uint32_t k) {
    switch (k) {
    case 1: return "hexadecimal";
    case 2: return "octal";
    case 3: return "binary";
    case 4: return "imaginary";
    default: return "decimal";
    }
}

MY_FN void lex_error_message(const Lexer *L, char *buf, uint32_t cap) {
    LexBuf b;
    b.p = buf; b.n = 0; b.cap = cap;
    if (cap) buf[0] = 0;
    switch (L->err) {
    case LEX_E_UNTERMINATED:
        lex_puts(&b, "unterminated string literal (detected at line "); lex_putu(&b, L->err_a); lex_put(&b, ')');
        break;
    case LEX_E_UNTERMINATED_TRIPLE:
        lex_puts(&b, "unterminated triple-quoted string literal (detected at line "); lex_putu(&b, L->err_a);
        lex_put(&b, ')');
        break;
    case LEX_E_NUMBER:
        lex_puts(&b, "invalid "); lex_puts(&b, lex_numkind(L->err_a)); lex_puts(&b, " literal");
        break;
    case LEX_E_DIGIT:
        lex_puts(&b, "invalid digit '"); lex_put(&b, (char)L->err_a); lex_puts(&b, "' in ");
        lex_puts(&b, lex_numkind(L->err_b)); lex_puts(&b, " literal");
        break;
    case LEX_E_LEADING_ZEROS:
        lex_puts(&b, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        break;
    case LEX_E_UNMATCHED:
        lex_puts(&b, "unmatched '"); lex_put(&b, (char)L->err_a); lex_put(&b, '\'');
        break;
    case LEX_E_MISMATCH:
        lex_puts(&b, "closing parenthesis '"); lex_put(&b, (char)L->err_a);
        lex_puts(&b, "' does not match opening parenthesis '"); lex_put(&b, (char)L->err_b); lex_put(&b, '\'');
        if (L->err_c) { lex_puts(&b, " on line "); lex_putu(&b, L->err_c); }
        break;
    case LEX_E_NEVER_CLOSED:
        lex_put(&b, '\''); lex_put(&b, (char)L->err_a); lex_puts(&b, "' was never closed");
        break;
    case LEX_E_TOO_MANY_PARENS: lex_puts(&b, "too many nested parentheses"); break;
    case LEX_E_INVALID_CHAR:
        lex_puts(&b, "invalid character '"); lex_pututf8(&b, L->err_a); lex_puts(&b, "' (U+");
        lex_puthex(&b, L->err_a); lex_put(&b, ')');
        break;
    case LEX_E_NONPRINTABLE:
        lex_puts(&b, "invalid non-printable character U+"); lex_puthex(&b, L->err_a);
        break;
    case LEX_E_BAD_UTF8:
        lex_puts(&b, "(unicode error) 'utf-8' codec can't decode byte 0x");
        lex_put(&b, (char)((L->err_a >> 4) < 10 ? '0' + (L->err_a >> 4) : 'a' + (L->err_a >> 4) - 10));
        lex_put(&b, (char)((L->err_a & 15) < 10 ? '0' + (L->err_a & 15) : 'a' + (L->err_a & 15) - 10));
        break;
    case LEX_E_NUL: lex_puts(&b, "source code string cannot contain null bytes"); break;
    case LEX_E_LINECONT: lex_puts(&b, "unexpected character after line continuation character"); break;
    case LEX_E_EOF: lex_puts(&b, "unexpected EOF while parsing"); break;
    case LEX_E_DEDENT: lex_puts(&b, "unindent does not match any outer indentation level"); break;
    case LEX_E_TAB: lex_puts(&b, "inconsistent use of tabs and spaces in indentation"); break;
    case LEX_E_TOODEEP: lex_puts(&b, "too many levels of indentation"); break;
    default: lex_puts(&b, "invalid syntax"); break;
    }
}

/* ---------------------------------------------------------------- init */

MY_FN void lex_init(Lexer *L, const HeapView *H, Ref src, uint32_t src_len) {
    LexState *s = &L->s;
    L->H = H;
    L->src = src;
    L->src_len = src_len;
    s->pos = 0;
    s->end = src_len;
    s->line = 1;
    s->line_start = 0;
    s->nl_line = 0;
    s->nl_col = 0;
    s->paren_depth = 0;
    s->indent_depth = 0;
    s->pending = 0;
    s->at_bol = 1;
    s->sub = 0;
    s->line_has_tok = 0;
    s->eof = 0;
    s->pad = 0;
    s->pend_line = 1;
    s->pend_col = 0;
    L->err = 0;
    L->err_kind = 0;
    L->err_hard = 0;
    L->pad = 0;
    L->err_line = 0;
    L->err_col = 0;
    L->err_a = L->err_b = L->err_c = 0;
    L->indents[0] = 0;
    L->altindents[0] = 0;
    /* A UTF-8 byte order mark is not part of the text: columns start after it. */
    if (src_len >= 3 && lex_byte(L, 0) == 0xEF && lex_byte(L, 1) == 0xBB && lex_byte(L, 2) == 0xBF) {
        s->pos = 3;
        s->line_start = 3;
    }
}

MY_FN void lex_begin_sub(Lexer *L, uint32_t start, uint32_t end, uint32_t line, uint32_t line_start) {
    LexState *s = &L->s;
    s->pos = start;
    s->end = end;
    s->line = line;
    s->line_start = line_start;
    s->pending = 0;
    s->at_bol = 0;
    s->sub = 1;
    s->line_has_tok = 1;
    s->eof = 0;
}

/* ---------------------------------------------------------------- helpers */

/* Length of the line break at i (1 for \n or a lone \r, 2 for \r\n), 0 if none. */
static MY_FN uint32_t lex_newline_len(const Lexer *L, uint32_t i) {
    int c = lex_at(L, i);
    if (c == '\n') return 1;
    if (c == '\r') return lex_at(L, i + 1) == '\n' ? 2u : 1u;
    return 0;
}

/* Consumes the line break at pos. */
static MY_FN void lex_take_newline(Lexer *L, uint32_t n) {
    LexState *s = &L->s;
    s->nl_line = s->line;
    s->nl_col = s->pos - s->line_start;
    s->pos += n;
    s->line++;
    s->line_start = s->pos;
}

/* Where CPython puts end-of-input tokens: on the final line break, or at the very end when the
   text does not end with one. */
static MY_FN void lex_eof_pos(const Lexer *L, uint32_t *line, uint32_t *col) {
    const LexState *s = &L->s;
    if (s->pos == s->line_start && s->nl_line) { *line = s->nl_line; *col = s->nl_col; }
    else { *line = s->line; *col = s->pos - s->line_start; }
}

/* Decodes the UTF-8 sequence at i; returns the code point and its length in *n (0 if malformed). */
static MY_FN uint32_t lex_utf8(const Lexer *L, uint32_t i, uint32_t *n) {
    int c = lex_at(L, i), k, j;
    uint32_t cp;
    if (c < 0x80) { *n = 1; return (uint32_t)c; }
    if (c >= 0xC2 && c <= 0xDF) { k = 1; cp = (uint32_t)c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { k = 2; cp = (uint32_t)c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { k = 3; cp = (uint32_t)c & 0x07; }
    else { *n = 0; return 0; }
    for (j = 1; j <= k; j++) {
        int d = lex_at(L, i + (uint32_t)j);
        if (d < 0x80 || d > 0xBF) { *n = 0; return 0; }
        cp = (cp << 6) | ((uint32_t)d & 63);
    }
    if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *n = 0;
        return 0;
    }
    *n = (uint32_t)k + 1;
    return cp;
}

/* Code points that Python does not print (Unicode Cc, Cf, Zs other than space, Zl, Zp, Co). */
static MY_CONST uint32_t lex_nonprint_ranges[] = {
    0x80, 0xA0, 0xAD, 0xAD, 0x600, 0x605, 0x61C, 0x61C, 0x6DD, 0x6DD, 0x70F, 0x70F, 0x1680, 0x1680,
    0x180E, 0x180E, 0x2000, 0x200F, 0x2028, 0x202F, 0x205F, 0x2064, 0x2066, 0x206F, 0x3000, 0x3000,
    0xE000, 0xF8FF, 0xFEFF, 0xFEFF, 0xFFF9, 0xFFFB, 0xF0000, 0x10FFFF
};
/* Printable code points that are not identifier characters (symbols and punctuation); an
   approximation of the Unicode XID tables that covers the common cases. */
static MY_CONST uint32_t lex_nonident_ranges[] = {
    0xA1, 0xA9, 0xAB, 0xB4, 0xB6, 0xB6, 0xB8, 0xB9, 0xBB, 0xBF, 0xD7, 0xD7, 0xF7, 0xF7,
    0x2010, 0x2027, 0x2030, 0x203E, 0x2041, 0x2053, 0x2055, 0x205E, 0x20A0, 0x20CF, 0x2190, 0x24FF,
    0x2500, 0x2BFF, 0x2E00, 0x2E7F, 0x3001, 0x3004, 0x3008, 0x3020, 0x3030, 0x3030, 0xFD3E, 0xFD3F,
    0xFE10, 0xFE19, 0xFE30, 0xFE4C, 0xFE50, 0xFE6B, 0xFF01, 0xFF0F, 0xFF1A, 0xFF20, 0xFF3B, 0xFF3E,
    0xFF40, 0xFF40, 0xFF5B, 0xFF65, 0xFFE0, 0xFFEE, 0xFFFC, 0xFFFD, 0x1F000, 0x1FAFF
};
/* Identifier characters that may not start one (combining marks, other scripts' digits). */
static MY_CONST uint32_t lex_continue_only_ranges[] = {
    0x300, 0x36F, 0x483, 0x487, 0x591, 0x5BD, 0x660, 0x669, 0x6F0, 0x6F9, 0x966, 0x96F, 0x203F, 0x2040,
    0xFF10, 0xFF19
};

static MY_FN bool lex_in_ranges(const uint32_t *r, uint32_t n, uint32_t cp) {
    uint32_t i;
    for (i = 0; i < n; i += 2)
        if (cp >= r[i] && cp <= r[i + 1]) return true;
    return false;
}

/* Checks the identifier [start, end): reports the first character that cannot be part of it. */
static MY_FN bool lex_verify_ident(Lexer *L, uint32_t start, uint32_t end) {
    uint32_t i = start;
    bool first = true;
    while (i < end) {
        uint32_t n, cp = lex_utf8(L, i, &n);
        if (n == 0) {
            lex_fail(L, LEX_E_BAD_UTF8, LEX_ERRK_SYNTAX, true, L->s.line, i - L->s.line_start);
            L->err_a = (uint32_t)lex_at(L, i);
            return false;
        }
        if (cp >= 0x80) {
            bool bad = false;
            if (lex_in_ranges(lex_nonprint_ranges, sizeof(lex_nonprint_ranges) / sizeof(uint32_t), cp)) {
                lex_fail(L, LEX_E_NONPRINTABLE, LEX_ERRK_SYNTAX, true, L->s.line, i - L->s.line_start);
                L->err_a = cp;
                return false;
            }
            if (lex_in_ranges(lex_nonident_ranges, sizeof(lex_nonident_ranges) / sizeof(uint32_t), cp)) bad = true;
            if (first && lex_in_ranges(lex_continue_only_ranges, sizeof(lex_continue_only_ranges) / sizeof(uint32_t), cp))
                bad = true;
            if (bad) {
                lex_fail(L, LEX_E_INVALID_CHAR, LEX_ERRK_SYNTAX, true, L->s.line, i - L->s.line_start);
                L->err_a = cp;
                return false;
            }
        }
        first = false;
        i += n;
    }
    return true;
}

/* ---------------------------------------------------------------- keywords */

static MY_CONST char lex_kw_text[] =
    "False\0None\0True\0and\0as\0assert\0async\0await\0break\0class\0continue\0def\0del\0elif\0else\0"
    "except\0finally\0for\0from\0global\0if\0import\0in\0is\0lambda\0nonlocal\0not\0or\0pass\0raise\0"
    "return\0try\0while\0with\0yield\0";

/* Keyword kind of the ASCII name [start, start+len), or LEX_NAME. */
static MY_FN int lex_keyword(const Lexer *L, uint32_t start, uint32_t len) {
    uint32_t k = 0, off = 0;
    int first = lex_at(L, start);
    if (len < 2 || len > 8) return LEX_NAME;
    while (k < (uint32_t)(LEX_KW_YIELD - LEX_KW_FALSE + 1)) {
        uint32_t klen = 0;
        while (lex_kw_text[off + klen]) klen++;
        if (klen == len && lex_kw_text[off] == first) {
            uint32_t j = 1;
            while (j < len && lex_kw_text[off + j] == lex_at(L, start + j)) j++;
            if (j == len) return LEX_KW_FALSE + (int)k;
        }
        off += klen + 1;
        k++;
    }
    return LEX_NAME;
}

/* ---------------------------------------------------------------- numbers */

/* The byte at `cur` followed a complete number: CPython accepts a keyword that can follow a
   number in valid code (1if x else y), and rejects any other identifier character. */
static MY_FN bool lex_end_of_number(Lexer *L, uint32_t cur, int kind) {
    int c = lex_at(L, cur);
    bool kw = false;
    if (c == 'a') kw = lex_at(L, cur + 1) == 'n' && lex_at(L, cur + 2) == 'd';
    else if (c == 'e') kw = lex_at(L, cur + 1) == 'l' && lex_at(L, cur + 2) == 's' && lex_at(L, cur + 3) == 'e';
    else if (c == 'f') kw = lex_at(L, cur + 1) == 'o' && lex_at(L, cur + 2) == 'r';
    else if (c == 'i') { int d = lex_at(L, cur + 1); kw = d == 'f' || d == 'n' || d == 's'; }
    else if (c == 'o') kw = lex_at(L, cur + 1) == 'r';
    else if (c == 'n') kw = lex_at(L, cur + 1) == 'o' && lex_at(L, cur + 2) == 't';
    if (kw) return true;
    /* non-ASCII is left to the identifier check of the next token */
    if (c < 128 && lex_is_ident_byte(c)) {
        lex_fail_cur(L, LEX_E_NUMBER, cur);
        L->err_a = (uint32_t)kind;
        return false;
    }
    return true;
}

/* Digits with single underscores between them, starting at cur (a digit was just read before it).
   Returns the position of the first byte after them, or 0 after an error. */
static MY_FN uint32_t lex_decimal_tail(Lexer *L, uint32_t cur) {
    for (;;) {
        while (lex_is_digit(lex_at(L, cur))) cur++;
        if (lex_at(L, cur) != '_') return cur;
        cur++;
        if (!lex_is_digit(lex_at(L, cur))) {
            lex_fail_cur(L, LEX_E_NUMBER, cur);
            L->err_a = 0;
            return 0;
        }
    }
}

/* Scans a number starting at `start` (a digit, or '.' followed by a digit). Returns the end offset
   and the kind in *kind, or 0 after an error. */
static MY_FN uint32_t lex_number(Lexer *L, uint32_t start, int *kind) {
    uint32_t cur = start;
    int c = lex_at(L, cur);
    *kind = LEX_NUM_INT;
    if (c == '.') { cur++; goto fraction; }
    if (c == '0') {
        int base = 0;
        cur++;
        c = lex_at(L, cur);
        if (c == 'x' || c == 'X') base = 1;
        else if (c == 'o' || c == 'O') base = 2;
        else if (c == 'b' || c == 'B') base = 3;
        if (base) {
            cur++;
            for (;;) {
                bool ok;
                c = lex_at(L, cur);
                if (c == '_') { cur++; c = lex_at(L, cur); }
                ok = base == 1 ? lex_is_xdigit(c) : base == 2 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
                if (!ok) {
                    if (base != 1 && lex_is_digit(c)) {
                        lex_fail_cur(L, LEX_E_DIGIT, cur + 1);
                        L->err_a = (uint32_t)c;
                        L->err_b = (uint32_t)base;
                        return 0;
                    }
                    lex_fail_cur(L, LEX_E_NUMBER, cur);
                    L->err_a = (uint32_t)base;
                    return 0;
                }
                for (;;) {
                    cur++;
                    c = lex_at(L, cur);
                    ok = base == 1 ? lex_is_xdigit(c) : base == 2 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
                    if (!ok) break;
                }
                if (c != '_') break;
            }
            if (base != 1 && lex_is_digit(c)) {
                lex_fail_cur(L, LEX_E_DIGIT, cur + 1);
                L->err_a = (uint32_t)c;
                L->err_b = (uint32_t)base;
                return 0;
            }
            if (!lex_end_of_number(L, cur, base)) return 0;
            return cur;
        } else {
            /* '0' may be followed by more zeros; other digits are only allowed in floats. */
            bool nonzero = false;
            for (;;) {
                if (c == '_') {
                    cur++;
                    c = lex_at(L, cur);
                    if (!lex_is_digit(c)) {
                        lex_fail_cur(L, LEX_E_NUMBER, cur);
                        L->err_a = 0;
                        return 0;
                    }
                }
                if (c != '0') break;
                cur++;
                c = lex_at(L, cur);
            }
            if (lex_is_digit(c)) {
                nonzero = true;
                cur = lex_decimal_tail(L, cur + 1);
                if (!cur) return 0;
                c = lex_at(L, cur);
            }
            if (c == '.') { cur++; goto fraction; }
            if (c == 'e' || c == 'E') goto exponent;
            if (c == 'j' || c == 'J') goto imaginary;
            if (nonzero) {
                uint32_t col = start - L->s.line_start;
                lex_fail(L, LEX_E_LEADING_ZEROS, LEX_ERRK_SYNTAX, true, L->s.line, col);
                return 0;
            }
            if (!lex_end_of_number(L, cur, 0)) return 0;
            return cur;
        }
    }
    cur = lex_decimal_tail(L, cur + 1);
    if (!cur) return 0;
    c = lex_at(L, cur);
    if (c == '.') {
        cur++;
    fraction:
        *kind = LEX_NUM_FLOAT;
        if (lex_is_digit(lex_at(L, cur))) {
            cur = lex_decimal_tail(L, cur + 1);
            if (!cur) return 0;
        }
        c = lex_at(L, cur);
    }
    if (c == 'e' || c == 'E') {
    exponent:
        {
            uint32_t epos = cur;
            cur++;
            c = lex_at(L, cur);
            if (c == '+' || c == '-') {
                cur++;
                if (!lex_is_digit(lex_at(L, cur))) {
                    lex_fail_cur(L, LEX_E_NUMBER, cur);
                    L->err_a = 0;
                    return 0;
                }
            } else if (!lex_is_digit(c)) {
                /* 'e' not starting an exponent: the number ends before it (1else) or is bad (1e). */
                if (!lex_end_of_number(L, epos, 0)) return 0;
                return epos;
            }
            *kind = LEX_NUM_FLOAT;
            cur = lex_decimal_tail(L, cur + 1);
            if (!cur) return 0;
            c = lex_at(L, cur);
        }
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        *kind = LEX_NUM_IMAG;
        cur++;
        if (!lex_end_of_number(L, cur, 4)) return 0;
        return cur;
    }
    if (!lex_end_of_number(L, cur, 0)) return 0;
    return cur;
}

/* ---------------------------------------------------------------- strings */

/* Scans a string whose opening quote is at q (the prefix starts at tok_start). Returns the end
   offset, or 0 after an error; updates the line counters for line breaks inside. */
static MY_FN uint32_t lex_string(Lexer *L, uint32_t tok_start, uint32_t q, bool *triple) {
    LexState *s = &L->s;
    int quote = lex_at(L, q);
    uint32_t cur = q + 1;
    uint32_t first_line = s->line, first_line_start = s->line_start;
    int qsize = 1, endq = 0;
    if (lex_at(L, cur) == quote) {
        if (lex_at(L, cur + 1) == quote) { qsize = 3; cur += 2; }
        else return cur + 1;   /* the empty string */
    }
    *triple = qsize == 3;
    while (endq != qsize) {
        int c = lex_at(L, cur);
        uint32_t nl = 0;
        if (c == '\n' || c == '\r') nl = lex_newline_len(L, cur);
        if (c == LEX_EOF || (qsize == 1 && nl)) {
            /* CPython reports at the string's start, naming the line where it gave up. */
            uint32_t detected = s->line;
            if (c == LEX_EOF && cur == s->line_start && s->nl_line) detected = s->nl_line;
            lex_fail(L, qsize == 3 ? LEX_E_UNTERMINATED_TRIPLE : LEX_E_UNTERMINATED, LEX_ERRK_SYNTAX, true,
                     first_line, tok_start - first_line_start);
            L->err_a = detected;
            return 0;
        }
        if (c == 0) {
            lex_fail(L, LEX_E_NUL, LEX_ERRK_SYNTAX, true, s->line, cur - s->line_start);
            return 0;
        }
        if (nl) {
            s->pos = cur;
            lex_take_newline(L, nl);
            cur = s->pos;
            endq = 0;
            continue;
        }
        if (c == quote) { endq++; cur++; continue; }
        endq = 0;
        cur++;
        if (c == '\\') {
            int d = lex_at(L, cur);
            if (d == '\n' || d == '\r') {
                s->pos = cur;
                lex_take_newline(L, lex_newline_len(L, cur));
                cur = s->pos;
            } else if (d != LEX_EOF) {
                cur++;
            }
        }
    }
    return cur;
}

/* ---------------------------------------------------------------- operators */

/* Operator at pos: returns its kind and length in *n; LEX_ERRTOK for characters no token uses. */
static MY_FN int lex_operator(const Lexer *L, uint32_t pos, uint32_t *n) {
    int c = lex_at(L, pos), d = lex_at(L, pos + 1), e = lex_at(L, pos + 2);
    *n = 1;
    switch (c) {
    case '(': return LEX_LPAR;
    case ')': return LEX_RPAR;
    case '[': return LEX_LSQB;
    case ']': return LEX_RSQB;
    case '{': return LEX_LBRACE;
    case '}': return LEX_RBRACE;
    case ',': return LEX_COMMA;
    case ';': return LEX_SEMI;
    case '~': return LEX_TILDE;
    case ':': if (d == '=') { *n = 2; return LEX_COLONEQUAL; } return LEX_COLON;
    case '.':
        if (d == '.' && e == '.') { *n = 3; return LEX_ELLIPSIS; }
        return LEX_DOT;
    case '+': if (d == '=') { *n = 2; return LEX_PLUSEQUAL; } return LEX_PLUS;
    case '-':
        if (d == '=') { *n = 2; return LEX_MINEQUAL; }
        if (d == '>') { *n = 2; return LEX_RARROW; }
        return LEX_MINUS;
    case '*':
        if (d == '*') {
            if (e == '=') { *n = 3; return LEX_DOUBLESTAREQUAL; }
            *n = 2; return LEX_DOUBLESTAR;
        }
        if (d == '=') { *n = 2; return LEX_STAREQUAL; }
        return LEX_STAR;
    case '/':
        if (d == '/') {
            if (e == '=') { *n = 3; return LEX_DOUBLESLASHEQUAL; }
            *n = 2; return LEX_DOUBLESLASH;
        }
        if (d == '=') { *n = 2; return LEX_SLASHEQUAL; }
        return LEX_SLASH;
    case '%': if (d == '=') { *n = 2; return LEX_PERCENTEQUAL; } return LEX_PERCENT;
    case '@': if (d == '=') { *n = 2; return LEX_ATEQUAL; } return LEX_AT;
    case '&': if (d == '=') { *n = 2; return LEX_AMPEREQUAL; } return LEX_AMPER;
    case '|': if (d == '=') { *n = 2; return LEX_VBAREQUAL; } return LEX_VBAR;
    case '^': if (d == '=') { *n = 2; return LEX_CIRCUMFLEXEQUAL; } return LEX_CIRCUMFLEX;
    case '=': if (d == '=') { *n = 2; return LEX_EQEQUAL; } return LEX_EQUAL;
    case '!': if (d == '=') { *n = 2; return LEX_NOTEQUAL; } return LEX_ERRTOK;
    case '<':
        if (d == '<') {
            if (e == '=') { *n = 3; return LEX_LEFTSHIFTEQUAL; }
            *n = 2; return LEX_LEFTSHIFT;
        }
        if (d == '=') { *n = 2; return LEX_LESSEQUAL; }
        if (d == '>') { *n = 2; return LEX_ERRTOK; }   /* '<>' is only valid with barry_as_FLUFL */
        return LEX_LESS;
    case '>':
        if (d == '>') {
            if (e == '=') { *n = 3; return LEX_RIGHTSHIFTEQUAL; }
            *n = 2; return LEX_RIGHTSHIFT;
        }
        if (d == '=') { *n = 2; return LEX_GREATEREQUAL; }
        return LEX_GREATER;
    default: return LEX_ERRTOK;
    }
}

/* ---------------------------------------------------------------- the tokenizer */

static MY_FN int lex_emit(Lexer *L, LexToken *t, int kind, uint32_t start, uint32_t len) {
    LexState *s = &L->s;
    t->kind = (uint8_t)kind;
    t->flags = 0;
    t->level = s->paren_depth;
    t->start = start;
    t->len = len;
    t->line = s->line;
    t->col = start - s->line_start;
    t->end_line = s->line;
    t->end_col = start + len - s->line_start;
    return kind;
}

static MY_FN int lex_emit_at(LexToken *t, int kind, uint32_t start, uint32_t line, uint32_t col) {
    t->kind = (uint8_t)kind;
    t->flags = 0;
    t->level = 0;
    t->start = start;
    t->len = 0;
    t->line = line;
    t->col = col;
    t->end_line = line;
    t->end_col = col;
    return kind;
}

static MY_FN int lex_error_tok(Lexer *L, LexToken *t) {
    return lex_emit_at(t, LEX_ERROR, L->s.pos, L->err_line, L->err_col == LEX_NO_COL ? 0 : L->err_col);
}

/* Scans the string token starting at `start` (quote at q, prefix flags fl) and hands it out. */
static MY_FN int lex_emit_string(Lexer *L, LexToken *t, uint32_t start, uint32_t q, unsigned fl) {
    LexState *s = &L->s;
    uint32_t sline = s->line, sls = s->line_start, e;
    bool triple = false;
    e = lex_string(L, start, q, &triple);
    if (!e) return lex_error_tok(L, t);
    t->kind = LEX_STRING;
    t->flags = (uint8_t)(fl | (triple ? LEX_STR_TRIPLE : 0) | ((q - start) << LEX_STR_PREFIX_SHIFT));
    t->level = s->paren_depth;
    t->start = start;
    t->len = e - start;
    t->line = sline;
    t->col = start - sls;
    t->end_line = s->line;
    t->end_col = e - s->line_start;
    s->pos = e;
    return LEX_STRING;
}

/* Measures the indentation of a new logical line and queues INDENT/DEDENT tokens. Returns false
   after an error; sets *blank when the line holds no token (only blanks and maybe a comment). */
static MY_FN bool lex_indentation(Lexer *L, bool *blank) {
    LexState *s = &L->s;
    uint32_t col = 0, alt = 0, p = s->pos;
    int c;
    for (;;) {
        c = lex_at(L, p);
        if (c == ' ') { col++; alt++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
        else if (c == '\f') { col = alt = 0; }
        else break;
        p++;
    }
    /* a line holding only blanks, a comment or a line continuation leaves the indentation alone */
    *blank = c == '#' || c == '\n' || c == '\r' || c == LEX_EOF || c == '\\';
    if (*blank) { s->pos = p; return true; }
    {
        uint16_t top = L->indents[s->indent_depth], alttop = L->altindents[s->indent_depth];
        if (col == top) {
            if (alt != alttop) goto tab_error;
        } else if (col > top) {
            if (s->indent_depth + 1 >= LEX_MAX_INDENT) {
                lex_fail(L, LEX_E_TOODEEP, LEX_ERRK_INDENT, false, s->line, 0);
                return false;
            }
            if (alt <= alttop) goto tab_error;
            s->indent_depth++;
            L->indents[s->indent_depth] = (uint16_t)(col > 0xFFFF ? 0xFFFF : col);
            L->altindents[s->indent_depth] = (uint16_t)(alt > 0xFFFF ? 0xFFFF : alt);
            s->pending = 1;
        } else {
            int n = 0;
            while (s->indent_depth > 0 && col < L->indents[s->indent_depth]) { s->indent_depth--; n++; }
            if (col != L->indents[s->indent_depth]) {
                /* CPython puts this one at the end of the offending line. */
                uint32_t e = p;
                while (lex_at(L, e) != LEX_EOF && lex_at(L, e) != '\n' && lex_at(L, e) != '\r') e++;
                lex_fail(L, LEX_E_DEDENT, LEX_ERRK_INDENT, false, s->line, e - s->line_start);
                return false;
            }
            if (alt != L->altindents[s->indent_depth]) goto tab_error;
            s->pending = (int16_t)-n;
        }
    }
    s->pos = p;
    s->pend_line = s->line;
    s->pend_col = p - s->line_start;
    return true;
tab_error:
    lex_fail(L, LEX_E_TAB, LEX_ERRK_TAB, false, s->line, 0);
    return false;
}

MY_FN int lex_next(Lexer *L, LexToken *t) {
    LexState *s = &L->s;
    int c;
    if (L->err) return lex_error_tok(L, t);
    if (s->pending > 0) {
        s->pending--;
        return lex_emit_at(t, LEX_INDENT, s->pos, s->pend_line, s->pend_col);
    }
    if (s->pending < 0) {
        s->pending++;
        if (s->eof) {
            uint32_t ln, cl;
            lex_eof_pos(L, &ln, &cl);
            lex_emit_at(t, LEX_DEDENT, s->pos, ln, cl);
            t->flags = 1;
            return LEX_DEDENT;
        }
        return lex_emit_at(t, LEX_DEDENT, s->pos, s->pend_line, s->pend_col);
    }
    for (;;) {
        uint32_t start, nl;
        if (s->at_bol && !s->sub && s->paren_depth == 0 && !s->eof) {
            bool blank;
            if (!lex_indentation(L, &blank)) return lex_error_tok(L, t);
            if (!blank) {
                s->at_bol = 0;
                if (s->pending > 0) {
                    s->pending--;
                    return lex_emit_at(t, LEX_INDENT, s->pos, s->pend_line, s->pend_col);
                }
                if (s->pending < 0) {
                    s->pending++;
                    return lex_emit_at(t, LEX_DEDENT, s->pos, s->pend_line, s->pend_col);
                }
            }
        }
        /* blanks */
        for (;;) {
            c = lex_at(L, s->pos);
            if (c == ' ' || c == '\t' || c == '\f') s->pos++;
            else break;
        }
        start = s->pos;
        if (c == '#') {
            /* A comment runs to the end of the line; a NEWLINE after it sits at the '#'. */
            while (c != LEX_EOF && c != '\n' && c != '\r') {
                if (c == 0) {
                    lex_fail(L, LEX_E_NUL, LEX_ERRK_SYNTAX, true, s->line, s->pos - s->line_start);
                    return lex_error_tok(L, t);
                }
                s->pos++;
                c = lex_at(L, s->pos);
            }
        }
        nl = (c == '\n' || c == '\r') ? lex_newline_len(L, s->pos) : 0;
        if (nl) {
            if (s->at_bol || s->paren_depth > 0 || s->sub || !s->line_has_tok) {
                /* blank line, or a line break inside brackets: no token */
                lex_take_newline(L, nl);
                continue;
            }
            lex_emit(L, t, LEX_NEWLINE, start, s->pos + nl - start);
            t->len = s->pos - start;
            lex_take_newline(L, nl);
            s->at_bol = 1;
            s->line_has_tok = 0;
            return LEX_NEWLINE;
        }
        if (c == LEX_EOF) {
            uint32_t ln, cl;
            if (s->sub) return lex_emit(L, t, LEX_ENDMARKER, s->pos, 0);
            if (s->paren_depth > 0) {
                uint32_t off = L->parens[s->paren_depth - 1];
                lex_locate(L, off, &ln, &cl);
                lex_fail(L, LEX_E_NEVER_CLOSED, LEX_ERRK_SYNTAX, false, ln, cl);
                L->err_a = (uint32_t)lex_byte(L, off);
                return lex_error_tok(L, t);
            }
            if (s->eof == 0) {
                s->eof = 1;
                if (s->line_has_tok) {
                    /* the implicit final line break (at the comment, if the line ends with one) */
                    s->line_has_tok = 0;
                    s->at_bol = 1;
                    return lex_emit(L, t, LEX_NEWLINE, start, 0);
                }
            }
            lex_eof_pos(L, &ln, &cl);
            if (s->indent_depth > 0) {
                s->pending = (int16_t)(-(int)s->indent_depth + 1);
                s->indent_depth = 0;
                lex_emit_at(t, LEX_DEDENT, s->pos, ln, cl);
                t->flags = 1;
                return LEX_DEDENT;
            }
            s->eof = 2;
            lex_emit_at(t, LEX_ENDMARKER, s->pos, ln, cl);
            t->flags = 1;
            return LEX_ENDMARKER;
        }
        if (c == '\\') {
            uint32_t n2 = lex_newline_len(L, s->pos + 1);
            if (n2) {
                s->pos++;
                lex_take_newline(L, n2);
                if (lex_at(L, s->pos) == LEX_EOF && !s->sub) {
                    /* CPython: the continuation leads nowhere */
                    lex_fail(L, LEX_E_EOF, LEX_ERRK_SYNTAX, false, s->nl_line, s->nl_col);
                    return lex_error_tok(L, t);
                }
                continue;
            }
            if (lex_at(L, s->pos + 1) == LEX_EOF) {
                lex_fail(L, LEX_E_EOF, LEX_ERRK_SYNTAX, false, s->line, s->pos + 1 - s->line_start);
                return lex_error_tok(L, t);
            }
            lex_fail(L, LEX_E_LINECONT, LEX_ERRK_SYNTAX, false, s->line, s->pos + 1 - s->line_start);
            return lex_error_tok(L, t);
        }
        break;
    }
    s->line_has_tok = 1;
    {
        uint32_t start = s->pos;
        /* names and string prefixes */
        if (lex_is_ident_start(c)) {
            uint32_t p = start;
            unsigned fl = 0;
            bool nonascii = false;
            int kind;
            /* up to two prefix letters in CPython's legal combinations */
            for (;;) {
                int d = lex_at(L, p);
                if ((d == 'b' || d == 'B') && !(fl & (LEX_STR_BYTES | LEX_STR_U | LEX_STR_F))) fl |= LEX_STR_BYTES;
                else if ((d == 'u' || d == 'U') && !(fl & (LEX_STR_BYTES | LEX_STR_U | LEX_STR_RAW | LEX_STR_F))) fl |= LEX_STR_U;
                else if ((d == 'r' || d == 'R') && !(fl & (LEX_STR_RAW | LEX_STR_U))) fl |= LEX_STR_RAW;
                else if ((d == 'f' || d == 'F') && !(fl & (LEX_STR_F | LEX_STR_BYTES | LEX_STR_U))) fl |= LEX_STR_F;
                else break;
                p++;
                d = lex_at(L, p);
                if (d == '\'' || d == '"') return lex_emit_string(L, t, start, p, fl);
            }
            p = start;
            while (lex_is_ident_byte(lex_at(L, p))) {
                if (lex_at(L, p) >= 128) nonascii = true;
                p++;
            }
            if (nonascii && !lex_verify_ident(L, start, p)) return lex_error_tok(L, t);
            kind = nonascii ? LEX_NAME : lex_keyword(L, start, p - start);
            s->pos = p;
            return lex_emit(L, t, kind, start, p - start);
        }
        if (lex_is_digit(c) || (c == '.' && lex_is_digit(lex_at(L, start + 1)))) {
            int nk;
            uint32_t e = lex_number(L, start, &nk);
            if (!e) return lex_error_tok(L, t);
            s->pos = e;
            lex_emit(L, t, LEX_NUMBER, start, e - start);
            t->flags = (uint8_t)nk;
            return LEX_NUMBER;
        }
        if (c == '\'' || c == '"') return lex_emit_string(L, t, start, start, 0);
        if (c == 0) {
            lex_fail(L, LEX_E_NUL, LEX_ERRK_SYNTAX, true, s->line, start - s->line_start);
            return lex_error_tok(L, t);
        }
        {
            uint32_t n;
            int kind = lex_operator(L, start, &n);
            if (kind == LEX_LPAR || kind == LEX_LSQB || kind == LEX_LBRACE) {
                if (s->paren_depth >= LEX_MAX_PAREN) {
                    lex_fail_cur(L, LEX_E_TOO_MANY_PARENS, start + 1);
                    return lex_error_tok(L, t);
                }
                L->parens[s->paren_depth++] = start;
            } else if (kind == LEX_RPAR || kind == LEX_RSQB || kind == LEX_RBRACE) {
                int open, want;
                if (s->paren_depth == 0) {
                    lex_fail_cur(L, LEX_E_UNMATCHED, start + 1);
                    L->err_a = (uint32_t)c;
                    return lex_error_tok(L, t);
                }
                open = lex_byte(L, L->parens[s->paren_depth - 1]);
                want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != want) {
                    uint32_t ol, oc;
                    lex_locate(L, L->parens[s->paren_depth - 1], &ol, &oc);
                    lex_fail_cur(L, LEX_E_MISMATCH, start + 1);
                    L->err_a = (uint32_t)c;
                    L->err_b = (uint32_t)open;
                    L->err_c = ol != s->line ? ol : 0;
                    return lex_error_tok(L, t);
                }
                s->paren_depth--;
            }
            s->pos = start + n;
            return lex_emit(L, t, kind, start, n);
        }
    }
}

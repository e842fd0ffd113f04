/* test_parser.c: host tests of the lexer/parser against CPython-generated expectations, plus a mutation fuzzer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <stdint.h>

#include "parser.h"

/* ------------------------------------------------------------------ growable text */

typedef struct Buf { char *p; size_t n, cap; } Buf;

static void buf_putn(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t c = b->cap ? b->cap : 256;
        while (b->n + n + 1 > c) c *= 2;
        b->p = (char *)realloc(b->p, c);
        b->cap = c;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}
static void buf_put(Buf *b, const char *s) { buf_putn(b, s, strlen(s)); }
static void buf_printf(Buf *b, const char *fmt, unsigned a, unsigned c, unsigned d) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, fmt, a, c, d);
    buf_put(b, tmp);
}
/* bytes quoted as the generator quotes them */
static void buf_quote(Buf *b, const unsigned char *s, size_t n) {
    size_t i;
    buf_put(b, "\"");
    for (i = 0; i < n; i++) {
        char tmp[8];
        unsigned c = s[i];
        if (c == '\\') buf_put(b, "\\\\");
        else if (c == '"') buf_put(b, "\\\"");
        else if (c >= 0x20 && c < 0x7F) { tmp[0] = (char)c; tmp[1] = 0; buf_put(b, tmp); }
        else { snprintf(tmp, sizeof tmp, "\\x%02x", c); buf_put(b, tmp); }
    }
    buf_put(b, "\"");
}

/* A token's text quoted, with line breaks normalized as CPython reads source (\r\n, \r -> \n). */
static void quote_token(Buf *b, const unsigned char *s, size_t n) {
    Buf t = {0, 0, 0};
    size_t i;
    buf_put(&t, "");
    for (i = 0; i < n; i++) {
        if (s[i] == '\r') {
            buf_put(&t, "\n");
            if (i + 1 < n && s[i + 1] == '\n') i++;
        } else {
            buf_putn(&t, (const char *)s + i, 1);
        }
    }
    buf_quote(b, (const unsigned char *)t.p, t.n);
    free(t.p);
}

/* ------------------------------------------------------------------ parsing a source text */

typedef struct Parsed {
    uint64_t *mem;
    HeapView H;
    AstArena A;
    Parser *P;
    uint32_t root;
    const unsigned char *src;
    size_t len;
} Parsed;

static uint32_t g_arena_cells_min = 64;

/* Parses src (mode 0 file, 1 eval) with an arena that grows on PARSE_ERR_NOMEM, as a caller would. */
static void parse_text(Parsed *r, const unsigned char *src, size_t len, int mode) {
    uint32_t cells = g_arena_cells_min;
    r->src = src;
    r->len = len;
    r->P = (Parser *)calloc(1, sizeof(Parser));
    r->mem = NULL;
    for (;;) {
        uint32_t src_words = (uint32_t)(len / 8 + 1), arena_words = cells / 2 + 1;
        uint32_t words = 1 + src_words + arena_words, i;
        free(r->mem);
        r->mem = (uint64_t *)calloc((size_t)words * MY_HEAP_STRIDE, sizeof(uint64_t));
        r->H.heap = r->mem;
        r->H.image = NULL;
        r->H.heap_words = words;
        r->H.image_words = 0;
        for (i = 0; i < len; i++) mem_st_byte(&r->H, 1, i, src[i]);
        r->A.H = &r->H;
        r->A.arena = 1 + src_words;
        r->A.cap_cells = cells;
        r->A.used_cells = 0;
        parse_init(r->P, &r->H, 1, (uint32_t)len, &r->A);
        r->root = mode ? parse_eval_input(r->P) : parse_module(r->P);
        if (r->P->err != PARSE_ERR_NOMEM) break;
        if (r->root) { fprintf(stderr, "NOMEM with a result\n"); exit(2); }
        cells *= 2;
    }
}

static void parsed_free(Parsed *r) {
    free(r->mem);
    free(r->P);
}

/* ------------------------------------------------------------------ dumping the tree */

static const AstArena *g_A;
static const unsigned char *g_src;

static uint32_t G(uint32_t n, int f) { return n ? ast_get(g_A, n, f) : 0; }

static void span(Buf *b, uint32_t n) { buf_putn(b, (const char *)g_src + G(n, AST_START), G(n, AST_LEN)); }
static void pos(Buf *b, uint32_t n) { buf_printf(b, "@%u:%u-%u", G(n, AST_LINE), G(n, AST_COL), G(n, AST_END_LINE)); }

static const char *op_name(uint32_t op) {
    static const char *names[] = { "?", "Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod", "Pow", "LShift",
        "RShift", "BitOr", "BitXor", "BitAnd", "And", "Or", "Not", "UAdd", "USub", "Invert", "Eq", "NotEq", "Lt",
        "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn" };
    return op < sizeof(names) / sizeof(names[0]) ? names[op] : "?";
}

static void dump(Buf *b, uint32_t n);

static void dump_opt(Buf *b, uint32_t n) {
    if (n) dump(b, n);
    else buf_put(b, "_");
}

static void dump_list(Buf *b, uint32_t n) {
    int first = 1;
    buf_put(b, "[");
    for (; n; n = G(n, AST_NEXT)) {
        if (!first) buf_put(b, " ");
        first = 0;
        dump(b, n);
    }
    buf_put(b, "]");
}

static void put_utf8(Buf *b, uint32_t cp) {
    char t[4];
    if (cp < 0x80) { t[0] = (char)cp; buf_putn(b, t, 1); }
    else if (cp < 0x800) { t[0] = (char)(0xC0 | (cp >> 6)); t[1] = (char)(0x80 | (cp & 63)); buf_putn(b, t, 2); }
    else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12)); t[1] = (char)(0x80 | ((cp >> 6) & 63)); t[2] = (char)(0x80 | (cp & 63));
        buf_putn(b, t, 3);
    } else {
        t[0] = (char)(0xF0 | (cp >> 18)); t[1] = (char)(0x80 | ((cp >> 12) & 63));
        t[2] = (char)(0x80 | ((cp >> 6) & 63)); t[3] = (char)(0x80 | (cp & 63));
        buf_putn(b, t, 4);
    }
}

static int hexv(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes a literal piece of an f-string as the compiler will (escapes unless raw; doubled braces
   unless the piece came from a plain string). */
static void decode_piece(Buf *b, const unsigned char *s, size_t n, int raw, int plain) {
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (!raw && c == '\\' && i + 1 < n) {
            unsigned d = s[i + 1];
            int k, cnt;
            uint32_t v;
            i += 2;
            switch (d) {
            case '\n': break;
            case '\r': if (i < n && s[i] == '\n') i++; break;
            case '\\': buf_put(b, "\\"); break;
            case '\'': buf_put(b, "'"); break;
            case '"': buf_put(b, "\""); break;
            case 'a': put_utf8(b, 7); break;
            case 'b': put_utf8(b, 8); break;
            case 'f': put_utf8(b, 12); break;
            case 'n': put_utf8(b, 10); break;
            case 'r': put_utf8(b, 13); break;
            case 't': put_utf8(b, 9); break;
            case 'v': put_utf8(b, 11); break;
            case 'x': case 'u': case 'U':
                cnt = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                v = 0;
                for (k = 0; k < cnt && i < n && hexv(s[i]) >= 0; k++, i++) v = v * 16 + (uint32_t)hexv(s[i]);
                put_utf8(b, v);
                break;
            case 'N': {
                /* the few names the test cases use */
                static const struct { const char *name; uint32_t cp; } names[] = {
                    { "{LATIN SMALL LETTER A}", 'a' }, { "{BULLET}", 0x2022 }, { "{EM DASH}", 0x2014 } };
                size_t k2, j = i;
                while (j < n && s[j] != '}') j++;
                for (k2 = 0; k2 < sizeof(names) / sizeof(names[0]); k2++)
                    if (strlen(names[k2].name) == j + 1 - i && memcmp(names[k2].name, s + i, j + 1 - i) == 0) {
                        put_utf8(b, names[k2].cp);
                        break;
                    }
                if (k2 == sizeof(names) / sizeof(names[0])) buf_put(b, "\\N?");
                i = j + 1;
                break;
            }
            default:
                if (d >= '0' && d <= '7') {
                    v = d - '0';
                    for (k = 1; k < 3 && i < n && s[i] >= '0' && s[i] <= '7'; k++, i++) v = v * 8 + (s[i] - '0');
                    put_utf8(b, v);
                } else {
                    char t[2];
                    t[0] = '\\'; t[1] = (char)d;
                    buf_putn(b, t, 2);
                }
            }
            continue;
        }
        if (!plain && (c == '{' || c == '}') && i + 1 < n && s[i + 1] == c) {
            buf_putn(b, (const char *)s + i, 1);
            i += 2;
            continue;
        }
        if (c == '\r') {
            buf_put(b, "\n");
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        buf_putn(b, (const char *)s + i, 1);
        i++;
    }
}

/* The values of a JOINEDSTR in CPython's form: adjacent literal text merged, '=' text inlined. */
static void dump_joined_values(Buf *b, uint32_t n) {
    Buf lit = {0, 0, 0};
    int first = 1;
    buf_put(b, "[");
    for (; n; n = G(n, AST_NEXT)) {
        if (G(n, AST_KIND) == AST_FSTRLIT) {
            decode_piece(&lit, g_src + G(n, AST_START), G(n, AST_LEN), G(n, AST_OP) & 1, (G(n, AST_OP) & 2) != 0);
            continue;
        }
        if (G(n, AST_C)) buf_putn(&lit, (const char *)g_src + G(n, AST_START), G(n, AST_LEN));
        if (lit.n) {
            if (!first) buf_put(b, " ");
            first = 0;
            buf_put(b, "(Lit ");
            buf_quote(b, (const unsigned char *)lit.p, lit.n);
            buf_put(b, ")");
            lit.n = 0;
        }
        if (!first) buf_put(b, " ");
        first = 0;
        {
            int conv = (int)G(n, AST_OP);
            char tmp[16];
            if (conv == 0) conv = (G(n, AST_C) && !G(n, AST_B)) ? 'r' : -1;
            buf_put(b, "(FormattedValue ");
            dump(b, G(n, AST_A));
            snprintf(tmp, sizeof tmp, " %d ", conv);
            buf_put(b, tmp);
            if (G(n, AST_B)) {
                buf_put(b, "(JoinedStr ");
                dump_joined_values(b, G(G(n, AST_B), AST_A));
                buf_put(b, ")");
            } else {
                buf_put(b, "_");
            }
            buf_put(b, ")");
        }
    }
    if (lit.n) {
        if (!first) buf_put(b, " ");
        buf_put(b, "(Lit ");
        buf_quote(b, (const unsigned char *)lit.p, lit.n);
        buf_put(b, ")");
    }
    buf_put(b, "]");
    free(lit.p);
}

static void dump_arg(Buf *b, uint32_t a) {
    buf_put(b, "(arg");
    pos(b, a);
    buf_put(b, " ");
    span(b, a);
    buf_put(b, ")");
}

static void dump_arguments(Buf *b, uint32_t args) {
    uint32_t a, kinds[] = { AST_ARG_POSONLY, AST_ARG_NORMAL };
    int i, first;
    buf_put(b, "(arguments ");
    for (i = 0; i < 2; i++) {
        first = 1;
        buf_put(b, "[");
        for (a = G(args, AST_A); a; a = G(a, AST_NEXT))
            if (G(a, AST_OP) == kinds[i]) { if (!first) buf_put(b, " "); first = 0; dump_arg(b, a); }
        buf_put(b, "] ");
    }
    first = 1;
    for (a = G(args, AST_A); a; a = G(a, AST_NEXT))
        if (G(a, AST_OP) == AST_ARG_VARARGS) { dump_arg(b, a); first = 0; }
    if (first) buf_put(b, "_");
    buf_put(b, " [");
    first = 1;
    for (a = G(args, AST_A); a; a = G(a, AST_NEXT))
        if (G(a, AST_OP) == AST_ARG_KWONLY) { if (!first) buf_put(b, " "); first = 0; dump_arg(b, a); }
    buf_put(b, "] [");
    first = 1;
    for (a = G(args, AST_A); a; a = G(a, AST_NEXT))
        if (G(a, AST_OP) == AST_ARG_KWONLY) { if (!first) buf_put(b, " "); first = 0; dump_opt(b, G(a, AST_A)); }
    buf_put(b, "] ");
    first = 1;
    for (a = G(args, AST_A); a; a = G(a, AST_NEXT))
        if (G(a, AST_OP) == AST_ARG_VARKW) { dump_arg(b, a); first = 0; }
    if (first) buf_put(b, "_");
    buf_put(b, " [");
    first = 1;
    for (a = G(args, AST_A); a; a = G(a, AST_NEXT))
        if ((G(a, AST_OP) == AST_ARG_POSONLY || G(a, AST_OP) == AST_ARG_NORMAL) && G(a, AST_A)) {
            if (!first) buf_put(b, " ");
            first = 0;
            dump(b, G(a, AST_A));
        }
    buf_put(b, "])");
}

/* call arguments / class bases: positional ones, then keywords */
static void dump_call_args(Buf *b, uint32_t args) {
    uint32_t a;
    int first = 1, kw;
    for (kw = 0; kw < 2; kw++) {
        buf_put(b, kw ? " [" : "[");
        first = 1;
        for (a = args; a; a = G(a, AST_NEXT))
            if ((G(a, AST_KIND) == AST_KEYWORD) == kw) { if (!first) buf_put(b, " "); first = 0; dump(b, a); }
        buf_put(b, "]");
    }
}

static void dump(Buf *b, uint32_t n) {
    uint32_t k = G(n, AST_KIND), x;
    int first;
#define HEAD(name) do { buf_put(b, "(" name); pos(b, n); } while (0)
#define SP() buf_put(b, " ")
#define END() buf_put(b, ")")
    switch (k) {
    case AST_FUNCTIONDEF:
        HEAD("FunctionDef"); SP(); span(b, n); SP(); dump_arguments(b, G(n, AST_A)); SP();
        dump_list(b, G(n, AST_B)); SP(); dump_list(b, G(n, AST_C)); END(); break;
    case AST_CLASSDEF:
        HEAD("ClassDef"); SP(); span(b, n); SP(); dump_call_args(b, G(n, AST_A)); SP();
        dump_list(b, G(n, AST_B)); SP(); dump_list(b, G(n, AST_C)); END(); break;
    case AST_RETURN: HEAD("Return"); SP(); dump_opt(b, G(n, AST_A)); END(); break;
    case AST_DELETE: HEAD("Delete"); SP(); dump_list(b, G(n, AST_A)); END(); break;
    case AST_ASSIGN: HEAD("Assign"); SP(); dump_list(b, G(n, AST_A)); SP(); dump(b, G(n, AST_B)); END(); break;
    case AST_AUGASSIGN:
        HEAD("AugAssign"); SP(); dump(b, G(n, AST_A)); SP(); buf_put(b, op_name(G(n, AST_OP))); SP();
        dump(b, G(n, AST_B)); END(); break;
    case AST_ANNASSIGN:
        HEAD("AnnAssign"); SP(); dump(b, G(n, AST_A)); SP(); dump(b, G(n, AST_B)); SP(); dump_opt(b, G(n, AST_C));
        buf_put(b, G(n, AST_OP) ? " 1" : " 0"); END(); break;
    case AST_FOR:
        HEAD("For"); SP(); dump(b, G(n, AST_A)); SP(); dump(b, G(n, AST_B)); SP(); dump_list(b, G(n, AST_C)); SP();
        dump_list(b, G(n, AST_D)); END(); break;
    case AST_WHILE:
        HEAD("While"); SP(); dump(b, G(n, AST_A)); SP(); dump_list(b, G(n, AST_B)); SP(); dump_list(b, G(n, AST_C));
        END(); break;
    case AST_IF:
        HEAD("If"); SP(); dump(b, G(n, AST_A)); SP(); dump_list(b, G(n, AST_B)); SP(); dump_list(b, G(n, AST_C));
        END(); break;
    case AST_WITH: HEAD("With"); SP(); dump_list(b, G(n, AST_A)); SP(); dump_list(b, G(n, AST_B)); END(); break;
    case AST_WITHITEM:
        buf_put(b, "(withitem "); dump(b, G(n, AST_A)); SP(); dump_opt(b, G(n, AST_B)); END(); break;
    case AST_RAISE: HEAD("Raise"); SP(); dump_opt(b, G(n, AST_A)); SP(); dump_opt(b, G(n, AST_B)); END(); break;
    case AST_TRY:
        HEAD("Try"); SP(); dump_list(b, G(n, AST_A)); SP(); dump_list(b, G(n, AST_B)); SP();
        dump_list(b, G(n, AST_C)); SP(); dump_list(b, G(n, AST_D)); END(); break;
    case AST_EXCEPTHANDLER:
        HEAD("ExceptHandler"); SP(); dump_opt(b, G(n, AST_A)); SP();
        if (G(n, AST_LEN)) span(b, n); else buf_put(b, "_");
        SP(); dump_list(b, G(n, AST_B)); END(); break;
    case AST_ASSERT: HEAD("Assert"); SP(); dump(b, G(n, AST_A)); SP(); dump_opt(b, G(n, AST_B)); END(); break;
    case AST_IMPORT: HEAD("Import"); SP(); dump_list(b, G(n, AST_A)); END(); break;
    case AST_IMPORTFROM: {
        char tmp[16];
        HEAD("ImportFrom"); SP();
        if (G(n, AST_LEN)) span(b, n); else buf_put(b, "_");
        SP(); dump_list(b, G(n, AST_A));
        snprintf(tmp, sizeof tmp, " %u", G(n, AST_OP));
        buf_put(b, tmp); END(); break;
    }
    case AST_ALIAS:
        HEAD("alias"); SP(); span(b, n); SP();
        if (G(n, AST_A)) span(b, G(n, AST_A)); else buf_put(b, "_");
        END(); break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        if (k == AST_GLOBAL) HEAD("Global"); else HEAD("Nonlocal");
        buf_put(b, " [");
        for (first = 1, x = G(n, AST_A); x; x = G(x, AST_NEXT)) { if (!first) SP(); first = 0; span(b, x); }
        buf_put(b, "]"); END(); break;
    case AST_EXPR: HEAD("Expr"); SP(); dump(b, G(n, AST_A)); END(); break;
    case AST_PASS: HEAD("Pass"); END(); break;
    case AST_BREAK: HEAD("Break"); END(); break;
    case AST_CONTINUE: HEAD("Continue"); END(); break;
    case AST_BOOLOP:
        HEAD("BoolOp"); SP(); buf_put(b, op_name(G(n, AST_OP))); SP(); dump_list(b, G(n, AST_A)); END(); break;
    case AST_NAMEDEXPR: HEAD("NamedExpr"); SP(); dump(b, G(n, AST_A)); SP(); dump(b, G(n, AST_B)); END(); break;
    case AST_BINOP:
        HEAD("BinOp"); SP(); dump(b, G(n, AST_A)); SP(); buf_put(b, op_name(G(n, AST_OP))); SP();
        dump(b, G(n, AST_B)); END(); break;
    case AST_UNARYOP:
        HEAD("UnaryOp"); SP(); buf_put(b, op_name(G(n, AST_OP))); SP(); dump(b, G(n, AST_A)); END(); break;
    case AST_LAMBDA:
        HEAD("Lambda"); SP(); dump_arguments(b, G(n, AST_A)); SP(); dump(b, G(n, AST_B)); END(); break;
    case AST_IFEXP:
        HEAD("IfExp"); SP(); dump(b, G(n, AST_A)); SP(); dump(b, G(n, AST_B)); SP(); dump(b, G(n, AST_C)); END(); break;
    case AST_DICT:
        HEAD("Dict"); buf_put(b, " [");
        for (first = 1, x = G(n, AST_A); x; x = G(x, AST_NEXT)) { if (!first) SP(); first = 0; dump_opt(b, G(x, AST_A)); }
        buf_put(b, "] [");
        for (first = 1, x = G(n, AST_A); x; x = G(x, AST_NEXT)) { if (!first) SP(); first = 0; dump(b, G(x, AST_B)); }
        buf_put(b, "]"); END(); break;
    case AST_SET: HEAD("Set"); SP(); dump_list(b, G(n, AST_A)); END(); break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_GENERATOREXP:
        if (k == AST_LISTCOMP) HEAD("ListComp"); else if (k == AST_SETCOMP) HEAD("SetComp"); else HEAD("GeneratorExp");
        SP(); dump(b, G(n, AST_A)); SP(); dump_list(b, G(n, AST_B)); END(); break;
    case AST_DICTCOMP:
        HEAD("DictComp"); SP(); dump(b, G(n, AST_A)); SP(); dump(b, G(n, AST_C)); SP(); dump_list(b, G(n, AST_B));
        END(); break;
    case AST_COMPREHENSION:
        buf_put(b, "(comprehension "); dump(b, G(n, AST_A)); SP(); dump(b, G(n, AST_B)); SP();
        dump_list(b, G(n, AST_C)); END(); break;
    case AST_YIELD: HEAD("Yield"); SP(); dump_opt(b, G(n, AST_A)); END(); break;
    case AST_YIELDFROM: HEAD("YieldFrom"); SP(); dump(b, G(n, AST_A)); END(); break;
    case AST_COMPARE:
        HEAD("Compare"); SP(); dump(b, G(n, AST_A)); buf_put(b, " [");
        for (first = 1, x = G(n, AST_B); x; x = G(x, AST_NEXT)) { if (!first) SP(); first = 0; buf_put(b, op_name(G(x, AST_OP))); }
        buf_put(b, "] [");
        for (first = 1, x = G(n, AST_B); x; x = G(x, AST_NEXT)) { if (!first) SP(); first = 0; dump(b, G(x, AST_A)); }
        buf_put(b, "]"); END(); break;
    case AST_CALL: HEAD("Call"); SP(); dump(b, G(n, AST_A)); SP(); dump_call_args(b, G(n, AST_B)); END(); break;
    case AST_KEYWORD:
        HEAD("keyword"); SP();
        if (G(n, AST_LEN)) span(b, n); else buf_put(b, "_");
        SP(); dump(b, G(n, AST_A)); END(); break;
    case AST_CONSTANT: HEAD("Constant"); SP(); span(b, n); END(); break;
    case AST_STRING:
        HEAD("Str"); buf_put(b, " [");
        for (first = 1, x = G(n, AST_A); x; x = G(x, AST_NEXT)) {
            if (!first) SP();
            first = 0;
            quote_token(b, g_src + G(x, AST_START), G(x, AST_LEN));
        }
        buf_put(b, "]"); END(); break;
    case AST_JOINEDSTR: HEAD("JoinedStr"); SP(); dump_joined_values(b, G(n, AST_A)); END(); break;
    case AST_ATTRIBUTE: HEAD("Attribute"); SP(); dump(b, G(n, AST_A)); SP(); span(b, n); END(); break;
    case AST_SUBSCRIPT: HEAD("Subscript"); SP(); dump(b, G(n, AST_A)); SP(); dump(b, G(n, AST_B)); END(); break;
    case AST_STARRED: HEAD("Starred"); SP(); dump(b, G(n, AST_A)); END(); break;
    case AST_NAME: HEAD("Name"); SP(); span(b, n); END(); break;
    case AST_LIST: HEAD("List"); SP(); dump_list(b, G(n, AST_A)); END(); break;
    case AST_TUPLE: HEAD("Tuple"); SP(); dump_list(b, G(n, AST_A)); END(); break;
    case AST_SLICE:
        HEAD("Slice"); SP(); dump_opt(b, G(n, AST_A)); SP(); dump_opt(b, G(n, AST_B)); SP(); dump_opt(b, G(n, AST_C));
        END(); break;
    default: {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "(?kind%u)", k);
        buf_put(b, tmp);
    }
    }
#undef HEAD
#undef SP
#undef END
}

/* The canonical text of a parse result: the tree, or the error line. */
static void result_text(Buf *b, Parsed *r, int mode) {
    Parser *P = r->P;
    b->n = 0;
    buf_put(b, "");
    if (!r->root) {
        char tmp[320];
        const char *kind = P->err == PARSE_ERR_INDENT ? "IndentationError" : P->err == PARSE_ERR_TAB ? "TabError" : "SyntaxError";
        snprintf(tmp, sizeof tmp, "%u:%d: %s: %s\n", P->err_line, P->err_col == PARSE_NO_COL ? -1 : (int)P->err_col, kind,
                 P->err_msg);
        buf_put(b, tmp);
        return;
    }
    g_A = &r->A;
    g_src = r->src;
    if (mode) {
        dump(b, r->root);
        buf_put(b, "\n");
        return;
    }
    {
        uint32_t s;
        for (s = G(r->root, AST_A); s; s = G(s, AST_NEXT)) {
            dump(b, s);
            buf_put(b, "\n");
        }
    }
}

/* ------------------------------------------------------------------ files */

static unsigned char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    unsigned char *p;
    long n;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    p = (unsigned char *)malloc((size_t)n + 1);
    if (fread(p, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(p); return NULL; }
    fclose(f);
    p[n] = 0;
    *len = (size_t)n;
    return p;
}

static int ends_with(const char *s, const char *suf) {
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static char *dup_str(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = (char *)malloc(n);
    memcpy(p, s, n);
    return p;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Sorted list of the .py cases in dir. */
static char **list_cases(const char *dir, int *count) {
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL;
    int n = 0, cap = 0;
    if (!d) { perror(dir); exit(2); }
    while ((e = readdir(d))) {
        if (!ends_with(e->d_name, ".py")) continue;
        if (n == cap) { cap = cap ? cap * 2 : 64; names = (char **)realloc(names, sizeof(char *) * (size_t)cap); }
        names[n++] = dup_str(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof(char *), cmp_names);
    *count = n;
    return names;
}

/* ------------------------------------------------------------------ limits and memory (no CPython oracle) */

/* Text made of `head`, then `body` n times, then `tail`. */
static unsigned char *repeat_text(const char *head, const char *body, long n, const char *tail, size_t *len) {
    size_t hl = strlen(head), bl = strlen(body), tl = strlen(tail), k = 0;
    unsigned char *p = (unsigned char *)malloc(hl + bl * (size_t)n + tl + 1);
    long i;
    memcpy(p, head, hl); k = hl;
    for (i = 0; i < n; i++) { memcpy(p + k, body, bl); k += bl; }
    memcpy(p + k, tail, tl); k += tl;
    p[k] = 0;
    *len = k;
    return p;
}

/* The error line, or the kind and position of the first statement (the trees here are too deep for
   the recursive dumper). */
static void shallow_text(Buf *b, Parsed *r) {
    static const char *kind_names[] = {
        "?",
#define KIND_NAME(name) #name,
        AST_KINDS(KIND_NAME)
#undef KIND_NAME
    };
    uint32_t s, k;
    if (!r->root) { result_text(b, r, 0); return; }
    g_A = &r->A;
    b->n = 0;
    buf_put(b, "(");
    s = G(r->root, AST_A);
    k = G(s, AST_KIND);
    buf_put(b, k < AST_KIND_COUNT ? kind_names[k] : "?");
    pos(b, s);
}

typedef struct SelfTest { const char *name, *head, *body, *tail; long n; const char *expect; } SelfTest;

/* Inputs deeper or longer than CPython's own tests go: every one must end in a clean result. `expect`
   is the start of the expected result text ("" = any successful tree). */
static void self_tests(int *passed, int *failed) {
    static const SelfTest tests[] = {
        { "unary chain", "x = ", "-", "1\n", 5000, "1:" },
        { "not chain", "x = ", "not ", "1\n", 5000, "1:" },
        { "lambda chain", "x = ", "lambda: ", "1\n", 5000, "1:" },
        { "ifexp chain", "x = 1", " if a else 1", "\n", 5000, "1:" },
        { "power chain", "x = 2", " ** 2", "\n", 5000, "1:" },
        { "paren nesting", "x = ", "(", "1", 100000, "1:204: SyntaxError: too many nested parentheses" },
        { "bracket nesting", "x = ", "[", "", 300, "1:204: SyntaxError: too many nested parentheses" },
        { "f-string nesting", "x = ", "f'{", "", 300, "1:" },
        { "long sum", "x = 1", " + 1", "\n", 100000, "(ASSIGN@1:0-1" },
        { "long and", "x = a", " and a", "\n", 100000, "(ASSIGN@1:0-1" },
        { "long compare", "x = a", " < a", "\n", 100000, "(ASSIGN@1:0-1" },
        { "long tuple", "x = 1", ", 1", "\n", 100000, "(ASSIGN@1:0-1" },
        { "long call", "f(1", ", a", ")\n", 100000, "(EXPR@1:0-1" },
        { "many statements", "", "x = 1\n", "", 100000, "(ASSIGN@1:0-1" },
        { "elif chain", "if a:\n    pass\n", "elif a:\n    pass\n", "", 20000, "(IF@1:0-40002" },
        { "deep blocks", "", "if a:\n", "pass\n", 150, "101:0: IndentationError: too many levels of indentation" },
        { "string concat", "x = ''", " ''", "\n", 100000, "(ASSIGN@1:0-1" },
        { "fstring fields", "x = f'", "{a}", "'\n", 50000, "(ASSIGN@1:0-1" },
        { "subscript chain", "x = a", "[0]", "\n", 100000, "(ASSIGN@1:0-1" },
        { "call chain", "x = f", "()", "\n", 100000, "(ASSIGN@1:0-1" },
        { "decorators", "", "@d\n", "def f(): pass\n", 20000, "(FUNCTIONDEF@20001:0-20001" },
    };
    size_t i;
    Buf b = {0, 0, 0};
    for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
        size_t len;
        unsigned char *src;
        Parsed r;
        src = repeat_text(tests[i].head, tests[i].body, tests[i].n, tests[i].tail, &len);
        if (strcmp(tests[i].name, "deep blocks") == 0) {
            /* each level one space deeper */
            size_t k = 0, lvl;
            free(src);
            src = (unsigned char *)malloc(200 * 210);
            for (lvl = 0; lvl < 150; lvl++) { memset(src + k, ' ', lvl); k += lvl; memcpy(src + k, "if a:\n", 6); k += 6; }
            memset(src + k, ' ', 150); k += 150;
            memcpy(src + k, "pass\n", 5); k += 5;
            len = k;
        }
        parse_text(&r, src, len, 0);
        shallow_text(&b, &r);
        if (strncmp(b.p, tests[i].expect, strlen(tests[i].expect)) == 0 && (r.root != 0) == (tests[i].expect[0] == '(')) {
            (*passed)++;
        } else {
            (*failed)++;
            printf("FAIL self-test %s: got %.200s\n", tests[i].name, b.p);
        }
        parsed_free(&r);
        free(src);
    }
    /* an arena too small for even the module node */
    {
        Parsed r;
        uint64_t mem[64];
        const char *src = "x = 1\n";
        uint32_t k;
        memset(mem, 0, sizeof mem);
        r.P = (Parser *)calloc(1, sizeof(Parser));
        r.H.heap = mem;
        r.H.image = NULL;
        r.H.heap_words = 64 / MY_HEAP_STRIDE;
        r.H.image_words = 0;
        for (k = 0; k < strlen(src); k++) mem_st_byte(&r.H, 1, k, (uint32_t)src[k]);
        r.A.H = &r.H;
        r.A.arena = 2;
        r.A.cap_cells = AST_NODE_CELLS + 3;
        r.A.used_cells = 0;
        parse_init(r.P, &r.H, 1, (uint32_t)strlen(src), &r.A);
        if (parse_module(r.P) == 0 && r.P->err == PARSE_ERR_NOMEM) (*passed)++;
        else { (*failed)++; printf("FAIL self-test tiny arena: err %d\n", r.P->err); }
        free(r.P);
    }
    free(b.p);
}

static int run_cases(const char *dir, int verbose) {
    int n, i, passed = 0, failed = 0;
    char **names = list_cases(dir, &n);
    Buf got = {0, 0, 0};
    for (i = 0; i < n; i++) {
        char path[4096], exp_path[4096];
        size_t len, elen = 0;
        unsigned char *src, *exp = NULL;
        int mode = ends_with(names[i], ".eval.py");
        Parsed r;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        src = read_file(path, &len);
        snprintf(exp_path, sizeof exp_path, "%s/%.*s.ast", dir, (int)(strlen(names[i]) - 3), names[i]);
        exp = read_file(exp_path, &elen);
        if (!exp) {
            snprintf(exp_path, sizeof exp_path, "%s/%.*s.err", dir, (int)(strlen(names[i]) - 3), names[i]);
            exp = read_file(exp_path, &elen);
        }
        if (!src || !exp) {
            printf("FAIL %s: missing source or expectation\n", names[i]);
            failed++;
            free(src);
            free(exp);
            continue;
        }
        parse_text(&r, src, len, mode);
        result_text(&got, &r, mode);
        if (got.n == elen && memcmp(got.p, exp, elen) == 0) {
            passed++;
            if (verbose) printf("ok   %s\n", names[i]);
        } else {
            size_t k = 0;
            while (k < got.n && k < elen && got.p[k] == (char)exp[k]) k++;
            printf("FAIL %s (first difference at byte %zu)\n  expected: %.*s\n  got:      %s\n", names[i], k,
                   (int)elen, (const char *)exp, got.p);
            failed++;
        }
        parsed_free(&r);
        free(src);
        free(exp);
        free(names[i]);
    }
    free(names);
    free(got.p);
    self_tests(&passed, &failed);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

/* ------------------------------------------------------------------ fuzzing */

static uint64_t rng_state = 88172645463325252ull;
static uint32_t rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 11);
}

/* Checks a successful tree: indices in range, kinds valid, spans inside the source, no cycles. */
static int check_tree(Parsed *r) {
    uint32_t stack[4096], sp = 0, visits = 0, limit = r->A.used_cells / AST_NODE_CELLS + 8;
    stack[sp++] = r->root;
    g_A = &r->A;
    while (sp) {
        uint32_t n = stack[--sp], f;
        if (n < AST_NODE_CELLS || n + AST_NODE_CELLS > r->A.used_cells) { fprintf(stderr, "bad index %u\n", n); return 0; }
        if (G(n, AST_KIND) == 0 || G(n, AST_KIND) >= AST_KIND_COUNT) { fprintf(stderr, "bad kind %u\n", G(n, AST_KIND)); return 0; }
        if ((uint64_t)G(n, AST_START) + G(n, AST_LEN) > r->len) { fprintf(stderr, "bad span\n"); return 0; }
        if (G(n, AST_LINE) == 0 || G(n, AST_END_LINE) < G(n, AST_LINE)) {
            fprintf(stderr, "bad lines kind %u %u-%u\n", G(n, AST_KIND), G(n, AST_LINE), G(n, AST_END_LINE));
            return 0;
        }
        if (++visits > limit) { fprintf(stderr, "cycle\n"); return 0; }
        for (f = AST_A; f <= AST_NEXT; f++) {
            uint32_t c = G(n, (int)f);
            if (!c || (f == AST_C && G(n, AST_KIND) == AST_FORMATTEDVALUE)) continue;   /* C is a flag there */
            if (sp >= 4096) return 0;
            stack[sp++] = c;
        }
    }
    return 1;
}

static int fuzz(const char *dir, long iters, uint64_t seed) {
    int n, i, bad = 0;
    char **names = list_cases(dir, &n);
    unsigned char **srcs = (unsigned char **)calloc((size_t)n, sizeof(unsigned char *));
    size_t *lens = (size_t *)calloc((size_t)n, sizeof(size_t));
    static const char pieces[] = "()[]{}:'\"\\\n\t #=,.*f{}0123456789xeobj_\r\x80\xff\x00@!$-+<>;r";
    static const char *snips[] = { "f'{", "'''", "\"\"\"", "lambda", "yield", "(", ")", "\n  ", "\n\t", "if x:",
        "**", ":=", "\\\n", "0x", "1e", "._", "{x!r:{y}}", "[*a for", "async ", "await ", "not in", "is not",
        "print ", "def f(", "class C(", "with (", "except", "finally:", "else:", "elif", "@d\n", "\xc3\xa9", "\xe2\x82\xac" };
    long it;
    rng_state = seed ? seed : 88172645463325252ull;
    for (i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        srcs[i] = read_file(path, &lens[i]);
    }
    for (it = 0; it < iters; it++) {
        int f = (int)(rnd() % (uint32_t)n), m, nm = 1 + (int)(rnd() % 4);
        size_t len = lens[f], cap = len * 2 + 256;
        unsigned char *buf = (unsigned char *)malloc(cap);
        Parsed r;
        int mode = (int)(rnd() % 8 == 0);
        memcpy(buf, srcs[f], len);
        for (m = 0; m < nm; m++) {
            uint32_t op = rnd() % 6;
            size_t at = len ? rnd() % (len + 1) : 0;
            if (op == 0 && len) { buf[at < len ? at : len - 1] = (unsigned char)pieces[rnd() % (sizeof(pieces) - 1)]; }
            else if (op == 1 && len) {
                size_t k = 1 + rnd() % 8;
                if (at + k > len) k = len - at;
                memmove(buf + at, buf + at + k, len - at - k);
                len -= k;
            } else if (op == 2) {
                const char *s = snips[rnd() % (sizeof(snips) / sizeof(snips[0]))];
                size_t k = strlen(s);
                if (len + k < cap) { memmove(buf + at + k, buf + at, len - at); memcpy(buf + at, s, k); len += k; }
            } else if (op == 3) {
                len = at;
            } else if (op == 4 && len) {
                /* duplicate a chunk */
                size_t from = rnd() % len, k = 1 + rnd() % 32;
                if (from + k > len) k = len - from;
                if (len + k < cap) {
                    unsigned char tmp[32];
                    memcpy(tmp, buf + from, k);
                    memmove(buf + at + k, buf + at, len - at);
                    memcpy(buf + at, tmp, k);
                    len += k;
                }
            } else {
                /* splice in a piece of another case */
                int g = (int)(rnd() % (uint32_t)n);
                size_t from = lens[g] ? rnd() % lens[g] : 0, k = 1 + rnd() % 40;
                if (from + k > lens[g]) k = lens[g] - from;
                if (len + k < cap) { memmove(buf + at + k, buf + at, len - at); memcpy(buf + at, srcs[g] + from, k); len += k; }
            }
        }
        parse_text(&r, buf, len, mode);
        if (r.root) {
            if (r.P->err || !check_tree(&r)) { printf("fuzz %ld: bad tree (err %d)\n", it, r.P->err); bad++; }
        } else {
            if (!r.P->err || !r.P->err_msg[0] || r.P->err_line == 0) {
                printf("fuzz %ld: failure without an error (err %d line %u msg '%s')\n", it, r.P->err, r.P->err_line, r.P->err_msg);
                bad++;
            }
        }
        if (bad && bad < 5 && (r.root ? (r.P->err || !check_tree(&r)) : (!r.P->err || !r.P->err_msg[0] || r.P->err_line == 0))) {
            FILE *o = fopen("/tmp/myparse/fuzz_fail.py", "wb");
            if (o) { fwrite(buf, 1, len, o); fclose(o); }
        }
        parsed_free(&r);
        free(buf);
    }
    for (i = 0; i < n; i++) { free(srcs[i]); free(names[i]); }
    free(srcs);
    free(lens);
    free(names);
    printf("fuzz: %ld inputs, %d bad\n", iters, bad);
    return bad ? 1 : 0;
}

/* ------------------------------------------------------------------ main */

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "--dump") == 0) {
        size_t len;
        unsigned char *src = read_file(argv[2], &len);
        Buf b = {0, 0, 0};
        Parsed r;
        int mode = ends_with(argv[2], ".eval.py");
        if (!src) { perror(argv[2]); return 2; }
        parse_text(&r, src, len, mode);
        result_text(&b, &r, mode);
        fputs(b.p, stdout);
        parsed_free(&r);
        free(src);
        free(b.p);
        return 0;
    }
    if (argc >= 3 && strcmp(argv[1], "--hash") == 0) {
        /* one line per file: a hash of the arena cells and the error, to compare with another
           build (the CUDA one) that must produce the very same cells */
        int i;
        for (i = 2; i < argc; i++) {
            size_t len;
            unsigned char *src = read_file(argv[i], &len);
            Parsed r;
            uint32_t h = 2166136261u, c, k;
            if (!src) continue;
            parse_text(&r, src, len, ends_with(argv[i], ".eval.py"));
            for (c = 0; c < r.A.used_cells; c++) { h = (h ^ ast_get(&r.A, 0, (int)c)) * 16777619u; }
            for (k = 0; r.P->err_msg[k]; k++) h = (h ^ (uint8_t)r.P->err_msg[k]) * 16777619u;
            printf("%s %u %d %u %d %08x\n", argv[i], r.root, r.P->err, r.P->err_line, (int)r.P->err_col, h);
            parsed_free(&r);
            free(src);
        }
        return 0;
    }
    if (argc >= 3 && strcmp(argv[1], "--batch") == 0) {
        /* records: 4-byte little-endian length, mode byte (0 file, 1 eval), the text; one result each,
           separated by a line holding only \x01 */
        size_t len, off = 0;
        unsigned char *all = read_file(argv[2], &len);
        Buf b = {0, 0, 0};
        if (!all) { perror(argv[2]); return 2; }
        while (off + 5 <= len) {
            uint32_t n = (uint32_t)all[off] | ((uint32_t)all[off + 1] << 8) | ((uint32_t)all[off + 2] << 16) | ((uint32_t)all[off + 3] << 24);
            int mode = all[off + 4];
            Parsed r;
            unsigned char *src = (unsigned char *)malloc(n + 1);
            memcpy(src, all + off + 5, n);
            off += 5 + n;
            parse_text(&r, src, n, mode);
            result_text(&b, &r, mode);
            fputs(b.p, stdout);
            fputs("\x01\n", stdout);
            parsed_free(&r);
            free(src);
        }
        free(all);
        free(b.p);
        return 0;
    }
    if (argc >= 4 && strcmp(argv[1], "--fuzz") == 0)
        return fuzz(argv[2], atol(argv[3]), argc >= 5 ? (uint64_t)strtoull(argv[4], NULL, 10) : 0);
    if (argc >= 2) return run_cases(argv[argc - 1], argc >= 3 && strcmp(argv[1], "-v") == 0);
    fprintf(stderr, "usage: %s [-v] CASE_DIR | --dump FILE.py | --fuzz CASE_DIR N [SEED]\n", argv[0]);
    return 2;
}

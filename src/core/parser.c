/* parser.c: Python 3.11 recursive-descent parser producing the ast.h tree, with CPython's error messages and positions. */
#include "parser.h"

/* ======================================================================== basics */

#define PT(P) ((P)->tok.kind)

typedef struct ParsePos { uint32_t line, col, off; } ParsePos;
typedef struct ParseList { uint32_t head, tail; } ParseList;

/* Everything needed to rewind the parser for a trial parse or an f-string field. */
typedef struct ParseSave {
    LexState s;
    LexToken tok, nxt;
    uint8_t have_nxt, prev_level;
    uint32_t last_line, last_col, used, depth, elt_line, elt_col;
} ParseSave;

/* binding strength of binary operators, weakest first */
enum {
    PARSE_PREC_NONE = 0, PARSE_PREC_OR, PARSE_PREC_AND, PARSE_PREC_NOT, PARSE_PREC_CMP, PARSE_PREC_BITOR,
    PARSE_PREC_XOR, PARSE_PREC_BITAND, PARSE_PREC_SHIFT, PARSE_PREC_ARITH, PARSE_PREC_TERM, PARSE_PREC_FACTOR
};

/* Parser.err_class: a plain parse failure, an error of one of CPython's invalid_* rules (raised
   only where those rules run), or one raised while building strings and f-strings (always). */
enum { PARSE_EC_GENERIC = 0, PARSE_EC_RULE, PARSE_EC_ACTION };

/* target contexts for the invalid-target search */
enum { PARSE_TGT_STAR = 0, PARSE_TGT_DEL, PARSE_TGT_FOR };

/* what a block follows (for "expected an indented block after ...") */
enum {
    PARSE_W_IF = 0, PARSE_W_ELIF, PARSE_W_ELSE, PARSE_W_WHILE, PARSE_W_FOR, PARSE_W_WITH, PARSE_W_TRY,
    PARSE_W_EXCEPT, PARSE_W_FINALLY, PARSE_W_DEF, PARSE_W_CLASS
};

MY_INLINE uint32_t parse_get(const Parser *P, uint32_t n, int f) { return n ? ast_get(P->A, n, f) : 0; }
MY_INLINE void parse_set(Parser *P, uint32_t n, int f, uint32_t v) { if (n) ast_set(P->A, n, f, v); }
MY_INLINE int parse_kind(const Parser *P, uint32_t n) { return (int)parse_get(P, n, AST_KIND); }
MY_INLINE int parse_byte(const Parser *P, uint32_t i) { return lex_byte(&P->L, i); }

MY_FN uint32_t parse_alloc_node(Parser *P, int kind, uint32_t line, uint32_t col) {
    AstArena *A = P->A;
    uint32_t n, i;
    if (A->used_cells < AST_NODE_CELLS) A->used_cells = AST_NODE_CELLS;
    n = A->used_cells;
    if (A->cap_cells < AST_NODE_CELLS || n > A->cap_cells - AST_NODE_CELLS) {
        if (P->err != PARSE_ERR_NOMEM) {
            P->err = PARSE_ERR_NOMEM;
            P->err_from_lexer = 0;
            P->err_line = line;
            P->err_col = col;
            P->err_msg[0] = 0;
            {
                const char *m = "out of memory for the syntax tree";
                uint32_t k = 0;
                while (m[k] && k + 1 < sizeof(P->err_msg)) { P->err_msg[k] = m[k]; k++; }
                P->err_msg[k] = 0;
            }
        }
        return 0;
    }
    A->used_cells = n + AST_NODE_CELLS;
    for (i = 0; i < AST_NODE_CELLS; i++) ast_set(A, n, (int)i, 0);
    ast_set(A, n, AST_KIND, (uint32_t)kind);
    ast_set(A, n, AST_LINE, line);
    ast_set(A, n, AST_COL, col);
    ast_set(A, n, AST_END_LINE, line);
    return n;
}

MY_INLINE uint32_t parse_node(Parser *P, int kind, const ParsePos *at) {
    return parse_alloc_node(P, kind, at->line, at->col);
}

/* A node whose span is the current token. */
static MY_FN uint32_t parse_node_tok(Parser *P, int kind) {
    uint32_t n = parse_alloc_node(P, kind, P->tok.line, P->tok.col);
    parse_set(P, n, AST_START, P->tok.start);
    parse_set(P, n, AST_LEN, P->tok.len);
    parse_set(P, n, AST_END_LINE, P->tok.end_line);
    return n;
}

/* Closes a node: its last token is the last one consumed. */
MY_INLINE uint32_t parse_done(Parser *P, uint32_t n) {
    uint32_t line = parse_get(P, n, AST_LINE);
    /* (a node without tokens of its own, like empty parameters, ends where it starts) */
    parse_set(P, n, AST_END_LINE, P->last_line > line ? P->last_line : line);
    return n;
}

MY_INLINE void parse_here(const Parser *P, ParsePos *p) {
    p->line = P->tok.line;
    p->col = P->tok.col;
    p->off = P->tok.start;
}

static MY_FN void parse_list_add(Parser *P, ParseList *l, uint32_t n) {
    if (!n) return;
    if (l->tail) parse_set(P, l->tail, AST_NEXT, n);
    else l->head = n;
    l->tail = n;
    while (parse_get(P, l->tail, AST_NEXT)) l->tail = parse_get(P, l->tail, AST_NEXT);
}

/* Whether node n does not start where its expression's first token was: it sits inside brackets. */
MY_INLINE bool parse_wrapped(const Parser *P, uint32_t n, uint32_t line, uint32_t col) {
    return parse_get(P, n, AST_LINE) != line || parse_get(P, n, AST_COL) != col;
}

/* ======================================================================== errors */

static MY_FN void parse_msg(Parser *P, const char *s) {
    uint32_t k = 0;
    while (P->err_msg[k]) k++;
    while (*s && k + 1 < sizeof(P->err_msg)) P->err_msg[k++] = *s++;
    P->err_msg[k] = 0;
}

static MY_FN void parse_msg_num(Parser *P, uint32_t v) {
    char tmp[12];
    int n = 0;
    char one[2];
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    one[1] = 0;
    while (n) { one[0] = tmp[--n]; parse_msg(P, one); }
}

static MY_FN void parse_msg_span(Parser *P, uint32_t start, uint32_t len) {
    uint32_t k = 0, i;
    while (P->err_msg[k]) k++;
    for (i = 0; i < len && k + 1 < sizeof(P->err_msg); i++) P->err_msg[k++] = (char)parse_byte(P, start + i);
    P->err_msg[k] = 0;
}

static MY_FN bool parse_is_fstring_msg(const char *m) {
    return m[0] == 'f' && m[1] == '-' && m[2] == 's' && m[3] == 't';
}

/* Starts recording an error; false when one is already recorded (the first one wins). Inside an
   f-string field CPython reports columns relative to the field's '{' and prefixes "f-string: ". */
static MY_FN bool parse_err_begin(Parser *P, int kind, uint32_t line, uint32_t col, const char *msg) {
    if (P->err) return false;
    P->err = kind;
    P->err_from_lexer = 0;
    P->err_class = P->fdepth ? PARSE_EC_ACTION : PARSE_EC_RULE;
    if (P->fdepth && line == P->f_line && col != PARSE_NO_COL) col = col >= P->f_col ? col - P->f_col : 0;
    P->err_line = line;
    P->err_col = col;
    P->err_msg[0] = 0;
    if (P->fdepth && kind == PARSE_ERR_SYNTAX && !parse_is_fstring_msg(msg)) parse_msg(P, "f-string: ");
    parse_msg(P, msg);
    return true;
}

static MY_FN void parse_err_at(Parser *P, uint32_t line, uint32_t col, const char *msg) {
    parse_err_begin(P, PARSE_ERR_SYNTAX, line, col, msg);
}

static MY_FN void parse_err_node(Parser *P, uint32_t n, const char *msg) {
    parse_err_begin(P, PARSE_ERR_SYNTAX, parse_get(P, n, AST_LINE), parse_get(P, n, AST_COL), msg);
}

/* CPython's caret for a token: INDENT/DEDENT have no column of their own and get the one before
   the line's first token (no caret when that is column 0); end-of-input tokens sit on the last
   line break. */
MY_INLINE uint32_t parse_tok_col(const LexToken *t) {
    if ((t->kind == LEX_INDENT || t->kind == LEX_DEDENT) && !(t->flags & 1)) return t->col ? t->col - 1 : PARSE_NO_COL;
    return t->col;
}

static MY_FN void parse_err_tok(Parser *P, const char *msg) {
    parse_err_begin(P, PARSE_ERR_SYNTAX, P->tok.line, parse_tok_col(&P->tok), msg);
}

static MY_FN void parse_lexer_error(Parser *P) {
    Lexer *L = &P->L;
    uint32_t col = L->err_col;
    if (P->err) return;
    P->err = L->err_kind == LEX_ERRK_INDENT ? PARSE_ERR_INDENT : L->err_kind == LEX_ERRK_TAB ? PARSE_ERR_TAB : PARSE_ERR_SYNTAX;
    P->err_from_lexer = 1;
    if (P->fdepth && L->err_line == P->f_line && col != PARSE_NO_COL) col = col >= P->f_col ? col - P->f_col : 0;
    P->err_line = L->err_line;
    P->err_col = col;
    lex_error_message(L, P->err_msg, (uint32_t)sizeof(P->err_msg));
}

/* The generic error at the current token. */
static MY_FN void parse_err_syntax(Parser *P) {
    if (P->err) return;
    if (PT(P) == LEX_ERROR) { parse_lexer_error(P); return; }
    if (PT(P) == LEX_INDENT || PT(P) == LEX_DEDENT) {
        /* final: CPython reports these without looking at the rest of the input */
        if (parse_err_begin(P, PARSE_ERR_INDENT, P->tok.line, parse_tok_col(&P->tok),
                            PT(P) == LEX_INDENT ? "unexpected indent" : "unexpected unindent"))
            P->err_from_lexer = 1;
        return;
    }
    {
        /* CPython reports a plain failure at the furthest token it has read */
        const LexToken *t = P->have_nxt && P->nxt.kind != LEX_ERROR ? &P->nxt : &P->tok;
        if (parse_err_begin(P, PARSE_ERR_SYNTAX, t->line, parse_tok_col(t), "invalid syntax") && !P->fdepth)
            P->err_class = PARSE_EC_GENERIC;
    }
}

/* ======================================================================== tokens */

static MY_FN void parse_fetch(Parser *P, LexToken *t) {
    lex_next(&P->L, t);
    if (t->kind == LEX_ERROR) parse_lexer_error(P);
}

static MY_FN void parse_advance(Parser *P) {
    int k = PT(P);
    if (k == LEX_ERROR) return;
    if (k != LEX_NEWLINE && k != LEX_INDENT && k != LEX_DEDENT && k != LEX_ENDMARKER) {
        P->last_line = P->tok.end_line;
        P->last_col = P->tok.end_col;
    }
    P->prev_level = (uint8_t)(P->tok.level > 255 ? 255 : P->tok.level);
    if (P->have_nxt) {
        P->tok = P->nxt;
        P->have_nxt = 0;
    } else {
        parse_fetch(P, &P->tok);
    }
}

static MY_FN int parse_peek(Parser *P) {
    if (!P->have_nxt) {
        if (PT(P) == LEX_ERROR) return LEX_ERROR;
        parse_fetch(P, &P->nxt);
        P->have_nxt = 1;
    }
    return P->nxt.kind;
}

static MY_FN void parse_save(const Parser *P, ParseSave *sv) {
    sv->s = P->L.s;
    sv->tok = P->tok;
    sv->nxt = P->nxt;
    sv->have_nxt = P->have_nxt;
    sv->prev_level = P->prev_level;
    sv->last_line = P->last_line;
    sv->last_col = P->last_col;
    sv->used = P->A->used_cells;
    sv->depth = P->depth;
    sv->elt_line = P->elt_line;
    sv->elt_col = P->elt_col;
}

/* Rewinds the token stream (and, for a failed trial, the arena). */
static MY_FN void parse_restore(Parser *P, const ParseSave *sv, bool drop_nodes) {
    P->L.s = sv->s;
    P->tok = sv->tok;
    P->nxt = sv->nxt;
    P->have_nxt = sv->have_nxt;
    P->prev_level = sv->prev_level;
    P->last_line = sv->last_line;
    P->last_col = sv->last_col;
    P->depth = sv->depth;
    P->elt_line = sv->elt_line;
    P->elt_col = sv->elt_col;
    if (drop_nodes) P->A->used_cells = sv->used;
}

/* After a trial: forget its error unless it must stand (the lexer's, no memory, one raised while
   building strings, or with `keep_rule` one of an invalid_* rule). */
static MY_FN bool parse_trial_end(Parser *P, const ParseSave *sv, bool keep_rule) {
    if (P->err && (P->err_from_lexer || P->err == PARSE_ERR_NOMEM || P->err_class == PARSE_EC_ACTION ||
                   (keep_rule && P->err_class == PARSE_EC_RULE)))
        return false;
    parse_restore(P, sv, true);
    P->err = 0;
    P->err_msg[0] = 0;
    P->L.err = 0;
    return true;
}

MY_INLINE bool parse_can_start_expr(int k) {
    switch (k) {
    case LEX_NAME: case LEX_NUMBER: case LEX_STRING: case LEX_LPAR: case LEX_LSQB: case LEX_LBRACE:
    case LEX_MINUS: case LEX_PLUS: case LEX_TILDE: case LEX_KW_NOT: case LEX_KW_LAMBDA: case LEX_KW_NONE:
    case LEX_KW_TRUE: case LEX_KW_FALSE: case LEX_ELLIPSIS: case LEX_KW_AWAIT:
        return true;
    default:
        return false;
    }
}

/* ======================================================================== expression names */

static MY_FN const char *parse_expr_name(const Parser *P, uint32_t n) {
    switch (parse_kind(P, n)) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOLOP: case AST_BINOP: case AST_UNARYOP: return "expression";
    case AST_GENERATOREXP: return "generator expression";
    case AST_YIELD: case AST_YIELDFROM: return "yield expression";
    case AST_LISTCOMP: return "list comprehension";
    case AST_SETCOMP: return "set comprehension";
    case AST_DICTCOMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINEDSTR: case AST_FORMATTEDVALUE: return "f-string expression";
    case AST_CONSTANT:
        switch (parse_get(P, n, AST_OP)) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_STRING: return "literal";
    case AST_COMPARE: return "comparison";
    case AST_IFEXP: return "conditional expression";
    case AST_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

/* The first node inside n that cannot be assigned to (or deleted), or 0. */
static MY_FN uint32_t parse_invalid_target(Parser *P, uint32_t n, int ctx) {
    for (;;) {
        switch (parse_kind(P, n)) {
        case AST_LIST:
        case AST_TUPLE: {
            uint32_t e = parse_get(P, n, AST_A);
            while (e) {
                uint32_t bad = parse_invalid_target(P, e, ctx);
                if (bad) return bad;
                e = parse_get(P, e, AST_NEXT);
            }
            return 0;
        }
        case AST_STARRED:
            if (ctx == PARSE_TGT_DEL) return n;
            n = parse_get(P, n, AST_A);
            continue;
        case AST_COMPARE:
            if (ctx == PARSE_TGT_FOR) {
                uint32_t item = parse_get(P, n, AST_B);
                if (parse_get(P, item, AST_OP) == AST_OP_IN) { n = parse_get(P, n, AST_A); continue; }
                return 0;
            }
            return n;
        case AST_NAME: case AST_SUBSCRIPT: case AST_ATTRIBUTE:
            return 0;
        default:
            return n;
        }
    }
}

static MY_FN void parse_err_target(Parser *P, uint32_t bad, int ctx) {
    if (!parse_err_begin(P, PARSE_ERR_SYNTAX, parse_get(P, bad, AST_LINE), parse_get(P, bad, AST_COL),
                         ctx == PARSE_TGT_DEL ? "cannot delete " : "cannot assign to "))
        return;
    parse_msg(P, parse_expr_name(P, bad));
}

/* Checks a target; reports CPython's "cannot assign to"/"cannot delete" message. */
static MY_FN bool parse_check_target(Parser *P, uint32_t n, int ctx) {
    uint32_t bad = parse_invalid_target(P, n, ctx);
    if (bad) parse_err_target(P, bad, ctx);
    return bad == 0;
}

/* Whether the name node n is spelled `s`. */
static MY_FN bool parse_name_is(const Parser *P, uint32_t n, const char *s) {
    uint32_t st = parse_get(P, n, AST_START), len = parse_get(P, n, AST_LEN), i;
    for (i = 0; i < len; i++)
        if (!s[i] || parse_byte(P, st + i) != s[i]) return false;
    return s[len] == 0;
}

/* ======================================================================== forward declarations */

static MY_FN uint32_t parse_expression(Parser *P);
static MY_FN uint32_t parse_binop(Parser *P, int minprec);
static MY_FN uint32_t parse_named_expression(Parser *P);
static MY_FN uint32_t parse_named_expr(Parser *P, bool check_eq);
static MY_FN uint32_t parse_star_named_expression(Parser *P);
static MY_FN uint32_t parse_star_expressions(Parser *P);
static MY_FN uint32_t parse_yield_expr(Parser *P);
static MY_FN uint32_t parse_paren_body(Parser *P, bool virt, const ParsePos *open);
static MY_FN uint32_t parse_comp_for(Parser *P);
static MY_FN uint32_t parse_params(Parser *P, bool is_lambda);
static MY_FN void parse_statements(Parser *P, ParseList *out, int until);

/* ======================================================================== trial parses */

/* Whether an expression of the given sort parses at the current token (the state is rewound). */
enum {
    PARSE_TRY_EXPR = 0,      /* expression, as CPython's expression_without_invalid */
    PARSE_TRY_EXPR_FULL,     /* expression where CPython's invalid_* rules run (they may read on) */
    PARSE_TRY_STAR_EXPRS,    /* star_expressions, likewise */
    PARSE_TRY_BITOR,         /* bitwise_or not followed by '=' or ':=' */
    PARSE_TRY_BITOR_PLAIN,   /* bitwise_or */
    PARSE_TRY_RHS            /* yield_expr | star_expressions */
};
static MY_NOINLINE MY_FN bool parse_try(Parser *P, int what, int *level_after) {
    ParseSave sv;
    uint32_t r;
    bool ok;
    int k0 = PT(P), level0 = P->tok.level + (P->L.s.sub ? 1 : 0);
    /* Trials only refine error messages; one inside another could recurse at every bracket level
       and cost exponential time, so a nested one just says no. */
    if (P->in_trial) return false;
    P->in_trial = 1;
    parse_save(P, &sv);
    if (what == PARSE_TRY_EXPR || what == PARSE_TRY_EXPR_FULL) r = parse_expression(P);
    else if (what == PARSE_TRY_STAR_EXPRS) r = parse_star_expressions(P);
    else if (what == PARSE_TRY_RHS) r = PT(P) == LEX_KW_YIELD ? parse_yield_expr(P) : parse_star_expressions(P);
    else {
        r = parse_binop(P, PARSE_PREC_BITOR);
        if (r && what == PARSE_TRY_BITOR && (PT(P) == LEX_EQUAL || PT(P) == LEX_COLONEQUAL)) r = 0;
    }
    ok = r != 0 && !P->err;
    if (level_after) *level_after = P->prev_level + (P->L.s.sub ? 1 : 0);
    if (ok && (what == PARSE_TRY_EXPR_FULL || what == PARSE_TRY_STAR_EXPRS) && parse_can_start_expr(PT(P))) {
        /* CPython's invalid_expression then reads a second expression: errors of the lexer and of
           string literals found there stand */
        parse_expression(P);
    }
    P->in_trial = 0;
    /* CPython parses the second expression of "forgot a comma" without its invalid_* rules */
    if (!parse_trial_end(P, &sv, false)) return false;
    if (!ok && what != PARSE_TRY_BITOR && what != PARSE_TRY_BITOR_PLAIN &&
        (k0 == LEX_NAME || k0 == LEX_NUMBER || k0 == LEX_STRING || k0 == LEX_KW_TRUE || k0 == LEX_KW_FALSE ||
         k0 == LEX_KW_NONE || k0 == LEX_ELLIPSIS)) {
        /* a PEG parser backtracks to the longest prefix that parses: a lone atom always does */
        ok = true;
        if (level_after) *level_after = level0;
    }
    return ok;
}

/* Whether, after the current token, an expression of the given sort parses (nothing is consumed;
   an error raised on the way stands). */
static MY_NOINLINE MY_FN bool parse_after_tok_ok(Parser *P, int what) {
    ParseSave sv;
    bool ok;
    parse_save(P, &sv);
    parse_advance(P);
    ok = !P->err && parse_try(P, what, 0);
    if (P->err) return false;
    parse_restore(P, &sv, true);
    return ok;
}

/* An expression `e` (first token at st) is followed by a token that cannot continue the
   construct: CPython's messages for a forgotten comma and Python 2 print, else "invalid syntax". */
static MY_NOINLINE MY_FN void parse_fail_after(Parser *P, uint32_t e, const ParsePos *st) {
    int k = PT(P);
    ParsePos inner;
    if (P->err) return;
    /* the body of a lambda is where CPython looks */
    while (e && !parse_wrapped(P, e, st->line, st->col) && parse_kind(P, e) == AST_LAMBDA) {
        e = parse_get(P, e, AST_B);
        inner.line = parse_get(P, e, AST_LINE);
        inner.col = parse_get(P, e, AST_COL);
        inner.off = 0;
        st = &inner;
    }
    if (e && parse_can_start_expr(k)) {
        bool wrapped = parse_wrapped(P, e, st->line, st->col);
        int level = 0;
        if (parse_kind(P, e) == AST_NAME && !wrapped && k != LEX_LPAR) {
            /* CPython parses what follows any name, for its Python 2 print message */
            bool ok = parse_try(P, PARSE_TRY_STAR_EXPRS, 0);
            if (P->err) return;
            if (ok && (parse_name_is(P, e, "print") || parse_name_is(P, e, "exec"))) {
                if (parse_err_begin(P, PARSE_ERR_SYNTAX, parse_get(P, e, AST_LINE), parse_get(P, e, AST_COL),
                                    "Missing parentheses in call to '")) {
                    parse_msg_span(P, parse_get(P, e, AST_START), parse_get(P, e, AST_LEN));
                    parse_msg(P, "'. Did you mean ");
                    parse_msg_span(P, parse_get(P, e, AST_START), parse_get(P, e, AST_LEN));
                    parse_msg(P, "(...)?");
                }
                return;
            }
            if (P->err) return;
        }
        {
            uint32_t a = e;
            int ka;
            bool skip = false;
            if (parse_kind(P, a) == AST_NAMEDEXPR && !wrapped) a = parse_get(P, a, AST_B);
            if (parse_kind(P, a) == AST_STARRED && !wrapped) a = parse_get(P, a, AST_A);
            ka = parse_kind(P, a);
            if (a != e ? (ka == AST_IFEXP || ka == AST_LAMBDA)
                       : (!wrapped && (ka == AST_IFEXP || ka == AST_LAMBDA || ka == AST_STARRED)))
                skip = true;
            /* CPython does not suggest a comma after NAME STRING or a soft keyword */
            {
                uint32_t first = e;
                for (;;) {
                    int kf = parse_kind(P, first);
                    if (kf == AST_CALL || kf == AST_ATTRIBUTE || kf == AST_SUBSCRIPT || kf == AST_BINOP) first = parse_get(P, first, AST_A);
                    else if (kf == AST_COMPARE || kf == AST_NAMEDEXPR) first = parse_get(P, first, AST_A);
                    else if (kf == AST_BOOLOP) first = parse_get(P, first, AST_A);
                    else break;
                }
                if (parse_kind(P, first) == AST_NAME && !parse_wrapped(P, first, st->line, st->col)) {
                    if (first == e && k == LEX_STRING) skip = true;
                    if (parse_name_is(P, first, "_") || parse_name_is(P, first, "match") || parse_name_is(P, first, "case"))
                        skip = true;
                }
            }
            if (!skip && parse_try(P, PARSE_TRY_EXPR, &level) && level > 0) {
                parse_err_node(P, a, "invalid syntax. Perhaps you forgot a comma?");
                return;
            }
            if (P->err) return;
        }
    }
    parse_err_syntax(P);
}

/* Requires the current token to be `kind` and consumes it; else reports the failure after e. */
static MY_FN bool parse_expect_after(Parser *P, int kind, uint32_t e, const ParsePos *st) {
    if (P->err) return false;
    if (PT(P) != kind) {
        parse_fail_after(P, e, st);
        return false;
    }
    parse_advance(P);
    return true;
}

static MY_FN bool parse_expect(Parser *P, int kind) {
    if (P->err) return false;
    if (PT(P) != kind) {
        parse_err_syntax(P);
        return false;
    }
    parse_advance(P);
    return true;
}

/* ======================================================================== strings and f-strings */

typedef struct ParseFCur { uint32_t pos, end, line, line_start; uint8_t raw; } ParseFCur;

/* Moves the cursor forward, counting line breaks (for the positions of fields). */
static MY_FN void parse_fmove(const Parser *P, ParseFCur *c, uint32_t to) {
    while (c->pos < to) {
        int ch = parse_byte(P, c->pos);
        if (ch == '\n' || (ch == '\r' && parse_byte(P, c->pos + 1) != '\n')) {
            c->line++;
            c->line_start = c->pos + 1;
        }
        c->pos++;
    }
}

/* f-string scanning errors: CPython reports them at the token after the string. */
static MY_FN void parse_ferr(Parser *P, const char *msg) {
    parse_err_tok(P, msg);
    P->err_class = PARSE_EC_ACTION;
}

/* Finds where the expression of the field starting at pos ends (CPython's scan: quotes, nested
   brackets, and the first top-level '!', ':', '}' or '=' not part of '!=', '==', '<=', '>=').
   Returns 0 after an error. Kept out of the recursion: it owns the bracket stack. */
static MY_NOINLINE MY_FN uint32_t parse_fstring_scan(Parser *P, uint32_t pos, uint32_t end) {
    char stack[LEX_MAX_PAREN];
    int depth = 0, quote = 0, qtype = 0;
    for (; pos < end; pos++) {
        int ch = parse_byte(P, pos);
        if (ch == '\\') {
            parse_ferr(P, "f-string expression part cannot include a backslash");
            return 0;
        }
        if (quote) {
            if (ch == quote) {
                if (qtype == 3) {
                    if (pos + 2 < end && parse_byte(P, pos + 1) == ch && parse_byte(P, pos + 2) == ch) {
                        pos += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (pos + 2 < end && parse_byte(P, pos + 1) == ch && parse_byte(P, pos + 2) == ch) {
                qtype = 3;
                pos += 2;
            } else {
                qtype = 1;
            }
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEX_MAX_PAREN) {
                parse_ferr(P, "f-string: too many nested parenthesis");
                return 0;
            }
            stack[depth++] = (char)ch;
            continue;
        }
        if (ch == '#') {
            parse_ferr(P, "f-string expression part cannot include '#'");
            return 0;
        }
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (pos + 1 < end) {
                int nx = parse_byte(P, pos + 1);
                if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') || (ch == '<' && nx == '=') ||
                    (ch == '>' && nx == '=')) {
                    pos++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        }
        if (ch == ']' || ch == '}' || ch == ')') {
            int open;
            if (!depth) {
                if (parse_err_begin(P, PARSE_ERR_SYNTAX, P->tok.line, parse_tok_col(&P->tok), "f-string: unmatched '")) {
                    char m[3];
                    m[0] = (char)ch; m[1] = '\''; m[2] = 0;
                    parse_msg(P, m);
                    P->err_class = PARSE_EC_ACTION;
                }
                return 0;
            }
            open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                if (parse_err_begin(P, PARSE_ERR_SYNTAX, P->tok.line, parse_tok_col(&P->tok),
                                    "f-string: closing parenthesis '")) {
                    char m[2];
                    m[1] = 0;
                    m[0] = (char)ch; parse_msg(P, m);
                    parse_msg(P, "' does not match opening parenthesis '");
                    m[0] = (char)open; parse_msg(P, m);
                    parse_msg(P, "'");
                    P->err_class = PARSE_EC_ACTION;
                }
                return 0;
            }
        }
    }
    if (quote) {
        parse_ferr(P, "f-string: unterminated string");
        return 0;
    }
    if (depth) {
        if (parse_err_begin(P, PARSE_ERR_SYNTAX, P->tok.line, parse_tok_col(&P->tok), "f-string: unmatched '")) {
            char m[3];
            m[0] = stack[depth - 1]; m[1] = '\''; m[2] = 0;
            parse_msg(P, m);
            P->err_class = PARSE_EC_ACTION;
        }
        return 0;
    }
    return pos;
}

/* Parses the expression text [s, e) of a field as CPython does: as if it were in parentheses.
   Not inlined: the saved lexer state should not weigh on every level of the recursion. */
static MY_NOINLINE MY_FN uint32_t parse_fstring_expr(Parser *P, uint32_t s, uint32_t e, uint32_t line, uint32_t line_start,
                                         const ParsePos *brace) {
    ParseSave sv;
    uint32_t r, ofl = P->f_line, ofc = P->f_col;
    parse_save(P, &sv);
    lex_begin_sub(&P->L, s, e, line, line_start);
    P->have_nxt = 0;
    P->fdepth++;
    P->f_line = brace->line;
    P->f_col = brace->col;
    parse_fetch(P, &P->tok);
    r = P->err ? 0 : parse_paren_body(P, true, brace);
    P->fdepth--;
    P->f_line = ofl;
    P->f_col = ofc;
    parse_restore(P, &sv, false);
    return P->err ? 0 : r;
}

MY_INLINE bool parse_is_space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static MY_FN void parse_fstring_body(Parser *P, ParseFCur *c, int lvl, ParseList *out, const ParsePos *at);

/* One replacement field '{expr=!c:spec}' starting at the cursor (on '{'). */
static MY_FN void parse_fstring_field(Parser *P, ParseFCur *c, int lvl, ParseList *out, const ParsePos *at) {
    ParsePos brace;
    uint32_t expr_start, expr_end, es_line, es_ls, value, text_end, fv, spec = 0, i;
    int conv = 0, ch;
    bool debug = false, blank = true;
    if (lvl >= 2) {
        parse_ferr(P, "f-string: expressions nested too deeply");
        return;
    }
    brace.line = c->line;
    brace.col = c->pos - c->line_start;
    brace.off = c->pos;
    parse_fmove(P, c, c->pos + 1);
    expr_start = c->pos;
    es_line = c->line;
    es_ls = c->line_start;
    expr_end = parse_fstring_scan(P, c->pos, c->end);
    if (!expr_end) return;
    if (expr_end >= c->end) {
        parse_ferr(P, "f-string: expecting '}'");
        return;
    }
    for (i = expr_start; i < expr_end; i++) {
        int b = parse_byte(P, i);
        if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f')) { blank = false; break; }
    }
    if (blank) {
        ch = parse_byte(P, expr_end);
        if (ch == '!' || ch == ':' || ch == '=') {
            char m[4];
            if (!parse_err_begin(P, PARSE_ERR_SYNTAX, P->tok.line, parse_tok_col(&P->tok), "f-string: expression required before '"))
                return;
            m[0] = (char)ch; m[1] = '\''; m[2] = 0;
            parse_msg(P, m);
            P->err_class = PARSE_EC_ACTION;
            return;
        }
        parse_ferr(P, "f-string: empty expression not allowed");
        return;
    }
    value = parse_fstring_expr(P, expr_start, expr_end, es_line, es_ls, &brace);
    if (!value) return;
    parse_fmove(P, c, expr_end);
    text_end = expr_end;
    if (parse_byte(P, c->pos) == '=') {
        parse_fmove(P, c, c->pos + 1);
        while (c->pos < c->end && parse_is_space(parse_byte(P, c->pos))) parse_fmove(P, c, c->pos + 1);
        if (c->pos >= c->end) { parse_ferr(P, "f-string: expecting '}'"); return; }
        debug = true;
        text_end = c->pos;
    }
    if (parse_byte(P, c->pos) == '!') {
        parse_fmove(P, c, c->pos + 1);
        if (c->pos >= c->end) { parse_ferr(P, "f-string: expecting '}'"); return; }
        conv = parse_byte(P, c->pos);
        parse_fmove(P, c, c->pos + 1);
        if (!(conv == 's' || conv == 'r' || conv == 'a')) {
            parse_ferr(P, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return;
        }
    }
    if (c->pos < c->end && parse_byte(P, c->pos) == ':') {
        ParseList sl;
        ParsePos sp;
        sl.head = sl.tail = 0;
        sp.line = c->line;
        sp.col = c->pos - c->line_start;
        sp.off = c->pos;
        parse_fmove(P, c, c->pos + 1);
        if (c->pos >= c->end) { parse_ferr(P, "f-string: expecting '}'"); return; }
        spec = parse_node(P, AST_JOINEDSTR, &sp);
        if (!spec) return;
        parse_fstring_body(P, c, lvl + 1, &sl, at);
        if (P->err) return;
        parse_set(P, spec, AST_A, sl.head);
        parse_set(P, spec, AST_END_LINE, c->line);
    }
    if (c->pos >= c->end || parse_byte(P, c->pos) != '}') {
        parse_ferr(P, "f-string: expecting '}'");
        return;
    }
    parse_fmove(P, c, c->pos + 1);
    fv = parse_node(P, AST_FORMATTEDVALUE, &brace);
    if (!fv) return;
    parse_set(P, fv, AST_A, value);
    parse_set(P, fv, AST_OP, (uint32_t)conv);
    parse_set(P, fv, AST_B, spec);
    parse_set(P, fv, AST_C, debug ? 1u : 0u);
    parse_set(P, fv, AST_START, expr_start);
    parse_set(P, fv, AST_LEN, text_end - expr_start);
    parse_set(P, fv, AST_END_LINE, c->line);
    parse_list_add(P, out, fv);
}

/* Literal text and fields up to the end of the string (level 0) or of a format spec (level 1). */
static MY_FN void parse_fstring_body(Parser *P, ParseFCur *c, int lvl, ParseList *out, const ParsePos *at) {
    while (!P->err) {
        uint32_t lit = c->pos, lit_line = c->line, lit_ls = c->line_start;
        int ch = 0;
        while (c->pos < c->end) {
            ch = parse_byte(P, c->pos);
            if (!c->raw && ch == '\\' && c->pos + 1 < c->end) {
                int d = parse_byte(P, c->pos + 1);
                if (d == 'N') {
                    /* the braces of \N{NAME} are not a field */
                    parse_fmove(P, c, c->pos + 2);
                    if (c->pos < c->end) {
                        int e = parse_byte(P, c->pos);
                        parse_fmove(P, c, c->pos + 1);
                        if (e == '{') {
                            while (c->pos < c->end) {
                                int f = parse_byte(P, c->pos);
                                parse_fmove(P, c, c->pos + 1);
                                if (f == '}') break;
                            }
                        }
                    }
                    continue;
                }
                if (d != '{' && d != '}') {
                    parse_fmove(P, c, c->pos + 2);
                    continue;
                }
                /* a backslash before a brace does not escape it */
                parse_fmove(P, c, c->pos + 1);
                ch = d;
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (c->pos + 1 < c->end && parse_byte(P, c->pos + 1) == ch) {
                        parse_fmove(P, c, c->pos + 2);   /* doubled: stays in the literal's span */
                        continue;
                    }
                    if (ch == '}') {
                        parse_ferr(P, "f-string: single '}' is not allowed");
                        return;
                    }
                }
                break;
            }
            parse_fmove(P, c, c->pos + 1);
        }
        if (c->pos > lit) {
            uint32_t n = parse_alloc_node(P, AST_FSTRLIT, lit_line, lit - lit_ls);
            if (!n) return;
            parse_set(P, n, AST_START, lit);
            parse_set(P, n, AST_LEN, c->pos - lit);
            parse_set(P, n, AST_OP, c->raw ? 1u : 0u);
            parse_set(P, n, AST_END_LINE, c->line);
            parse_list_add(P, out, n);
        }
        if (c->pos >= c->end) return;
        if (parse_byte(P, c->pos) == '}') return;   /* end of a format spec: the field checks it */
        parse_fstring_field(P, c, lvl, out, at);
    }
}

/* Prefix length, rawness and quote length of the string token at `start`. */
static MY_FN void parse_string_shape(const Parser *P, uint32_t start, uint32_t len, uint32_t *pre, bool *raw,
                                     uint32_t *qlen) {
    uint32_t p = start;
    int q;
    *raw = false;
    while (p < start + len && parse_byte(P, p) != '\'' && parse_byte(P, p) != '"') {
        int ch = parse_byte(P, p);
        if (ch == 'r' || ch == 'R') *raw = true;
        p++;
    }
    *pre = p - start;
    q = parse_byte(P, p);
    *qlen = (p + 5 < start + len && parse_byte(P, p + 1) == q && parse_byte(P, p + 2) == q) ? 3u : 1u;
}

/* Adjacent string literals: a STRING of STRPARTs, or a JOINEDSTR when any is an f-string. */
static MY_NOINLINE MY_FN uint32_t parse_strings(Parser *P) {
    ParsePos st;
    ParseList parts;
    bool has_f = false, has_bytes = false, has_str = false;
    uint32_t n, p, end_line;
    parse_here(P, &st);
    parts.head = parts.tail = 0;
    while (PT(P) == LEX_STRING) {
        uint32_t part = parse_node_tok(P, AST_STRPART);
        if (!part) return 0;
        if (P->tok.flags & LEX_STR_F) has_f = true;
        if (P->tok.flags & LEX_STR_BYTES) has_bytes = true;
        else has_str = true;
        parse_list_add(P, &parts, part);
        parse_advance(P);
    }
    if (P->err) return 0;
    end_line = P->last_line;
    if (has_bytes && has_str) {
        parse_err_tok(P, "cannot mix bytes and nonbytes literals");
        P->err_class = PARSE_EC_ACTION;
        return 0;
    }
    if (has_bytes) {
        /* the one decoding check that needs no decoding: bytes literals are ASCII */
        for (p = parts.head; p; p = parse_get(P, p, AST_NEXT)) {
            uint32_t i, st0 = parse_get(P, p, AST_START), len = parse_get(P, p, AST_LEN);
            for (i = 0; i < len; i++)
                if (parse_byte(P, st0 + i) >= 0x80) {
                    parse_err_node(P, p, "bytes can only contain ASCII literal characters");
                    P->err_class = PARSE_EC_ACTION;
                    return 0;
                }
        }
    }
    if (!has_f) {
        n = parse_node(P, AST_STRING, &st);
        parse_set(P, n, AST_A, parts.head);
        return parse_done(P, n);
    }
    n = parse_node(P, AST_JOINEDSTR, &st);
    if (!n) return 0;
    {
        ParseList out;
        out.head = out.tail = 0;
        p = parts.head;
        while (p && !P->err) {
            uint32_t next = parse_get(P, p, AST_NEXT), start = parse_get(P, p, AST_START), len = parse_get(P, p, AST_LEN);
            uint32_t pre, qlen;
            bool raw, isf = false;
            uint32_t i;
            parse_string_shape(P, start, len, &pre, &raw, &qlen);
            for (i = 0; i < pre; i++) {
                int ch = parse_byte(P, start + i);
                if (ch == 'f' || ch == 'F') isf = true;
            }
            parse_set(P, p, AST_NEXT, 0);
            if (isf) {
                ParseFCur c;
                c.pos = start + pre + qlen;
                c.end = start + len - qlen;
                c.line = parse_get(P, p, AST_LINE);
                c.line_start = start - parse_get(P, p, AST_COL);
                c.raw = raw ? 1 : 0;
                parse_fstring_body(P, &c, 0, &out, &st);
            } else if (len > pre + 2 * qlen) {
                /* a plain literal joins as a piece whose braces are literal (OP bit value 2) */
                parse_set(P, p, AST_KIND, AST_FSTRLIT);
                parse_set(P, p, AST_START, start + pre + qlen);
                parse_set(P, p, AST_LEN, len - pre - 2 * qlen);
                parse_set(P, p, AST_OP, (raw ? 1u : 0u) | 2u);
                parse_list_add(P, &out, p);
            }
            p = next;
        }
        if (P->err) return 0;
        parse_set(P, n, AST_A, out.head);
    }
    parse_set(P, n, AST_END_LINE, end_line);
    return n;
}

/* ======================================================================== atoms and primaries */

static MY_FN uint32_t parse_constant(Parser *P, uint32_t sub) {
    uint32_t n = parse_node_tok(P, AST_CONSTANT);
    parse_set(P, n, AST_OP, sub);
    parse_advance(P);
    return n;
}

/* '(' already consumed for real parentheses; `virt`: the text of an f-string field, ended by the
   end of the field instead of ')'. Group, tuple, generator expression or parenthesized yield. */
static MY_FN uint32_t parse_paren_body(Parser *P, bool virt, const ParsePos *open) {
    int close = virt ? LEX_ENDMARKER : LEX_RPAR;
    uint32_t first, n;
    ParsePos st;
    if (P->err) return 0;
    if (PT(P) == close) {
        n = parse_node(P, AST_TUPLE, open);
        parse_set(P, n, AST_OP, 1);
        if (!virt) parse_advance(P);
        return parse_done(P, n);
    }
    if (PT(P) == LEX_KW_YIELD) {
        first = parse_yield_expr(P);
        if (!first) return 0;
        parse_here(P, &st);
        if (PT(P) != close) { parse_err_syntax(P); return 0; }
        if (!virt) parse_advance(P);
        return first;
    }
    if (PT(P) == LEX_DOUBLESTAR) {
        ParsePos ds;
        parse_here(P, &ds);
        parse_advance(P);
        if (!parse_expression(P)) return 0;
        if (PT(P) == close) parse_err_at(P, ds.line, ds.col, "cannot use double starred expression here");
        else parse_err_syntax(P);
        return 0;
    }
    parse_here(P, &st);
    first = parse_star_named_expression(P);
    if (!first) return 0;
    if (PT(P) == LEX_KW_FOR || PT(P) == LEX_KW_ASYNC) {
        uint32_t gens;
        n = parse_node(P, AST_GENERATOREXP, open);
        gens = parse_comp_for(P);
        if (!gens || !n) return 0;
        if (parse_kind(P, first) == AST_STARRED) {
            parse_err_node(P, first, "iterable unpacking cannot be used in comprehension");
            return 0;
        }
        parse_set(P, n, AST_A, first);
        parse_set(P, n, AST_B, gens);
        if (PT(P) != close) { parse_fail_after(P, 0, &st); return 0; }
        if (!virt) parse_advance(P);
        else parse_set(P, n, AST_COL, open->col);
        return parse_done(P, n);
    }
    if (PT(P) == LEX_COMMA) {
        ParseList elts;
        uint32_t last = first;
        ParsePos lst = st;
        elts.head = elts.tail = 0;
        parse_list_add(P, &elts, first);
        while (PT(P) == LEX_COMMA) {
            parse_advance(P);
            if (PT(P) == close) break;
            parse_here(P, &lst);
            last = parse_star_named_expression(P);
            if (!last) return 0;
            parse_list_add(P, &elts, last);
        }
        if (PT(P) != close) { parse_fail_after(P, last, &lst); return 0; }
        n = parse_node(P, AST_TUPLE, open);
        parse_set(P, n, AST_OP, 1);
        parse_set(P, n, AST_A, elts.head);
        if (!virt) parse_advance(P);
        return parse_done(P, n);
    }
    if (PT(P) == close) {
        if (parse_kind(P, first) == AST_STARRED && !parse_wrapped(P, first, st.line, st.col)) {
            parse_err_node(P, first, "cannot use starred expression here");
            return 0;
        }
        if (!virt) parse_advance(P);
        return first;
    }
    parse_fail_after(P, first, &st);
    return 0;
}

/* '[' ... ']': list display or list comprehension. */
static MY_FN uint32_t parse_list_display(Parser *P) {
    ParsePos open, st, lst;
    ParseList elts;
    uint32_t first, last, n, count = 1;
    bool trailing = false;
    parse_here(P, &open);
    parse_advance(P);
    if (P->err) return 0;
    if (PT(P) == LEX_RSQB) {
        n = parse_node(P, AST_LIST, &open);
        parse_advance(P);
        return parse_done(P, n);
    }
    parse_here(P, &st);
    first = parse_star_named_expression(P);
    if (!first) return 0;
    if (PT(P) == LEX_KW_FOR || PT(P) == LEX_KW_ASYNC) {
        uint32_t gens;
        n = parse_node(P, AST_LISTCOMP, &open);
        gens = parse_comp_for(P);
        if (!gens || !n) return 0;
        if (parse_kind(P, first) == AST_STARRED) {
            parse_err_node(P, first, "iterable unpacking cannot be used in comprehension");
            return 0;
        }
        parse_set(P, n, AST_A, first);
        parse_set(P, n, AST_B, gens);
        if (!parse_expect_after(P, LEX_RSQB, 0, &st)) return 0;
        return parse_done(P, n);
    }
    elts.head = elts.tail = 0;
    parse_list_add(P, &elts, first);
    last = first;
    lst = st;
    while (PT(P) == LEX_COMMA) {
        parse_advance(P);
        trailing = true;
        if (PT(P) == LEX_RSQB || PT(P) == LEX_KW_FOR) break;
        parse_here(P, &lst);
        last = parse_star_named_expression(P);
        if (!last) return 0;
        parse_list_add(P, &elts, last);
        count++;
        trailing = false;
    }
    if (PT(P) == LEX_KW_FOR && (count > 1 || trailing)) {
        if (parse_comp_for(P)) parse_err_node(P, first, "did you forget parentheses around the comprehension target?");
        return 0;
    }
    if (!parse_expect_after(P, LEX_RSQB, last, &lst)) return 0;
    n = parse_node(P, AST_LIST, &open);
    parse_set(P, n, AST_A, elts.head);
    return parse_done(P, n);
}

/* The value after "key:" in a dict display. */
static MY_FN uint32_t parse_dict_value(Parser *P, const ParsePos *colon) {
    if (PT(P) == LEX_RBRACE || PT(P) == LEX_COMMA) {
        parse_err_at(P, colon->line, colon->col, "expression expected after dictionary key and ':'");
        return 0;
    }
    if (PT(P) == LEX_STAR) {
        if (parse_after_tok_ok(P, PARSE_TRY_BITOR_PLAIN)) {
            parse_err_tok(P, "cannot use a starred expression in a dictionary value");
        } else if (!P->err) {
            parse_advance(P);
            parse_err_syntax(P);
        }
        return 0;
    }
    return parse_expression(P);
}

/* '{' ... '}': dict, set, or their comprehensions. */
static MY_FN uint32_t parse_brace_display(Parser *P) {
    ParsePos open, st, colon, vst, vst0;
    ParseList items;
    uint32_t first, n, item, key, value = 0;
    bool last_dstar = false;   /* the last item was '**x': CPython suggests no comma after it */
    parse_here(P, &open);
    parse_advance(P);
    if (P->err) return 0;
    items.head = items.tail = 0;
    if (PT(P) == LEX_RBRACE) {
        n = parse_node(P, AST_DICT, &open);
        parse_advance(P);
        return parse_done(P, n);
    }
    parse_here(P, &st);
    if (PT(P) == LEX_DOUBLESTAR) {
        parse_advance(P);
        parse_here(P, &vst);
        value = parse_binop(P, PARSE_PREC_BITOR);
        if (!value) return 0;
        if (PT(P) == LEX_KW_FOR) {
            if (parse_comp_for(P)) parse_err_at(P, st.line, st.col, "dict unpacking cannot be used in dict comprehension");
            return 0;
        }
        item = parse_node(P, AST_DICTITEM, &st);
        parse_set(P, item, AST_B, value);
        parse_list_add(P, &items, parse_done(P, item));
        last_dstar = true;
        goto dict_rest;
    }
    first = parse_star_named_expression(P);
    if (!first) return 0;
    if (PT(P) == LEX_COLON && parse_kind(P, first) != AST_STARRED &&
        !(parse_kind(P, first) == AST_NAMEDEXPR && !parse_wrapped(P, first, st.line, st.col))) {
        parse_here(P, &colon);
        parse_advance(P);
        parse_here(P, &vst0);
        value = parse_dict_value(P, &colon);
        if (!value) return 0;
        if (PT(P) == LEX_KW_FOR || PT(P) == LEX_KW_ASYNC) {
            uint32_t gens;
            n = parse_node(P, AST_DICTCOMP, &open);
            gens = parse_comp_for(P);
            if (!gens || !n) return 0;
            parse_set(P, n, AST_A, first);
            parse_set(P, n, AST_C, value);
            parse_set(P, n, AST_B, gens);
            if (!parse_expect_after(P, LEX_RBRACE, 0, &st)) return 0;
            return parse_done(P, n);
        }
        item = parse_node(P, AST_DICTITEM, &st);
        parse_set(P, item, AST_A, first);
        parse_set(P, item, AST_B, value);
        parse_list_add(P, &items, parse_done(P, item));
        vst = vst0;
    dict_rest:
        while (PT(P) == LEX_COMMA) {
            parse_advance(P);
            if (PT(P) == LEX_RBRACE) break;
            parse_here(P, &st);
            if (PT(P) == LEX_DOUBLESTAR) {
                parse_advance(P);
                parse_here(P, &vst);
                value = parse_binop(P, PARSE_PREC_BITOR);
                if (!value) return 0;
                item = parse_node(P, AST_DICTITEM, &st);
                parse_set(P, item, AST_B, value);
                parse_list_add(P, &items, parse_done(P, item));
                last_dstar = true;
                continue;
            }
            last_dstar = false;
            key = parse_expression(P);
            if (!key) return 0;
            if (PT(P) != LEX_COLON) {
                /* CPython points at the key's last character */
                uint32_t ec = P->last_col;
                parse_err_at(P, parse_get(P, key, AST_LINE), ec ? ec - 1 : 0, "':' expected after dictionary key");
                return 0;
            }
            parse_here(P, &colon);
            parse_advance(P);
            parse_here(P, &vst);
            value = parse_dict_value(P, &colon);
            if (!value) return 0;
            item = parse_node(P, AST_DICTITEM, &st);
            parse_set(P, item, AST_A, key);
            parse_set(P, item, AST_B, value);
            parse_list_add(P, &items, parse_done(P, item));
        }
        if (!parse_expect_after(P, LEX_RBRACE, last_dstar ? 0 : value, &vst)) return 0;
        n = parse_node(P, AST_DICT, &open);
        parse_set(P, n, AST_A, items.head);
        return parse_done(P, n);
    }
    /* a set */
    if (PT(P) == LEX_KW_FOR || PT(P) == LEX_KW_ASYNC) {
        uint32_t gens;
        n = parse_node(P, AST_SETCOMP, &open);
        gens = parse_comp_for(P);
        if (!gens || !n) return 0;
        if (parse_kind(P, first) == AST_STARRED) {
            parse_err_node(P, first, "iterable unpacking cannot be used in comprehension");
            return 0;
        }
        parse_set(P, n, AST_A, first);
        parse_set(P, n, AST_B, gens);
        if (!parse_expect_after(P, LEX_RBRACE, 0, &st)) return 0;
        return parse_done(P, n);
    }
    {
        uint32_t last = first, count = 1;
        ParsePos lst = st;
        bool trailing = false;
        parse_list_add(P, &items, first);
        while (PT(P) == LEX_COMMA) {
            parse_advance(P);
            trailing = true;
            if (PT(P) == LEX_RBRACE || PT(P) == LEX_KW_FOR) break;
            parse_here(P, &lst);
            last = parse_star_named_expression(P);
            if (!last) return 0;
            parse_list_add(P, &items, last);
            count++;
            trailing = false;
        }
        if (PT(P) == LEX_KW_FOR && (count > 1 || trailing)) {
            if (parse_comp_for(P)) parse_err_node(P, first, "did you forget parentheses around the comprehension target?");
            return 0;
        }
        if (!parse_expect_after(P, LEX_RBRACE, last, &lst)) return 0;
    }
    n = parse_node(P, AST_SET, &open);
    parse_set(P, n, AST_A, items.head);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_atom(Parser *P) {
    ParsePos open;
    uint32_t n;
    switch (PT(P)) {
    case LEX_NAME:
        n = parse_node_tok(P, AST_NAME);
        parse_advance(P);
        return n;
    case LEX_NUMBER:
        return parse_constant(P, P->tok.flags == LEX_NUM_FLOAT ? AST_CONST_FLOAT :
                                 P->tok.flags == LEX_NUM_IMAG ? AST_CONST_IMAG : AST_CONST_INT);
    case LEX_KW_TRUE: return parse_constant(P, AST_CONST_TRUE);
    case LEX_KW_FALSE: return parse_constant(P, AST_CONST_FALSE);
    case LEX_KW_NONE: return parse_constant(P, AST_CONST_NONE);
    case LEX_ELLIPSIS: return parse_constant(P, AST_CONST_ELLIPSIS);
    case LEX_STRING: return parse_strings(P);
    case LEX_LPAR:
        parse_here(P, &open);
        parse_advance(P);
        return parse_paren_body(P, false, &open);
    case LEX_LSQB: return parse_list_display(P);
    case LEX_LBRACE: return parse_brace_display(P);
    default:
        parse_err_syntax(P);
        return 0;
    }
}

/* Call arguments after '(' up to and including ')'. `open` is the '(' (a lone generator
   argument spans the call's parentheses). */
static MY_FN uint32_t parse_call_args(Parser *P, const ParsePos *open, bool class_bases, bool *ok) {
    ParseList args;
    int seen_kw = 0;      /* 1 after name=value, 2 after **value */
    uint32_t count = 0;
    args.head = args.tail = 0;
    *ok = false;
    while (PT(P) != LEX_RPAR && !P->err) {
        ParsePos ast;
        uint32_t a = 0, v;
        parse_here(P, &ast);
        if (PT(P) == LEX_STAR) {
            if (seen_kw == 2) {
                parse_err_tok(P, "iterable argument unpacking follows keyword argument unpacking");
                return 0;
            }
            parse_advance(P);
            v = parse_expression(P);
            if (!v) return 0;
            a = parse_node(P, AST_STARRED, &ast);
            parse_set(P, a, AST_A, v);
            parse_done(P, a);
        } else if (PT(P) == LEX_DOUBLESTAR) {
            parse_advance(P);
            v = parse_expression(P);
            if (!v) return 0;
            a = parse_node(P, AST_KEYWORD, &ast);
            parse_set(P, a, AST_START, ast.off);
            parse_set(P, a, AST_A, v);
            parse_done(P, a);
            seen_kw = 2;
        } else if (PT(P) == LEX_NAME && parse_peek(P) == LEX_EQUAL) {
            a = parse_node_tok(P, AST_KEYWORD);
            parse_advance(P);
            parse_advance(P);
            v = parse_expression(P);
            if (!v) return 0;
            if (PT(P) == LEX_KW_FOR) {
                parse_err_at(P, ast.line, ast.col, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return 0;
            }
            parse_set(P, a, AST_A, v);
            parse_done(P, a);
            if (!seen_kw) seen_kw = 1;
        } else if ((PT(P) == LEX_KW_TRUE || PT(P) == LEX_KW_FALSE || PT(P) == LEX_KW_NONE) && parse_peek(P) == LEX_EQUAL) {
            if (parse_err_begin(P, PARSE_ERR_SYNTAX, ast.line, ast.col, "cannot assign to "))
                parse_msg_span(P, P->tok.start, P->tok.len);
            return 0;
        } else {
            a = parse_named_expr(P, false);
            if (!a) return 0;
            if (PT(P) == LEX_EQUAL) {
                parse_err_node(P, a, "expression cannot contain assignment, perhaps you meant \"==\"?");
                return 0;
            }
            if ((PT(P) == LEX_KW_FOR || PT(P) == LEX_KW_ASYNC) && class_bases) {
                parse_err_syntax(P);   /* class C(x for x in y) has no generator form */
                return 0;
            }
            if (PT(P) == LEX_KW_FOR || PT(P) == LEX_KW_ASYNC) {
                uint32_t g, gens;
                g = parse_node(P, AST_GENERATOREXP, open);
                gens = parse_comp_for(P);
                if (!gens || !g) return 0;
                if (count > 0) {
                    parse_err_node(P, a, "Generator expression must be parenthesized");
                    return 0;
                }
                parse_set(P, g, AST_A, a);
                parse_set(P, g, AST_B, gens);
                if (PT(P) == LEX_COMMA) {
                    parse_err_node(P, a, "Generator expression must be parenthesized");
                    return 0;
                }
                if (!parse_expect(P, LEX_RPAR)) return 0;
                parse_done(P, g);
                *ok = true;
                return g;
            }
            /* CPython reports these at the token after the argument */
            if (seen_kw == 1) { parse_err_tok(P, "positional argument follows keyword argument"); return 0; }
            if (seen_kw == 2) { parse_err_tok(P, "positional argument follows keyword argument unpacking"); return 0; }
        }
        parse_list_add(P, &args, a);
        count++;
        if (PT(P) == LEX_COMMA) {
            parse_advance(P);
            continue;
        }
        if (PT(P) != LEX_RPAR) {
            parse_fail_after(P, parse_kind(P, a) == AST_KEYWORD || parse_kind(P, a) == AST_STARRED ? parse_get(P, a, AST_A) : a, &ast);
            return 0;
        }
    }
    if (!parse_expect(P, LEX_RPAR)) return 0;
    *ok = true;
    return args.head;
}

/* One subscript element: a slice, a starred expression or a (named) expression. */
static MY_FN uint32_t parse_slice_item(Parser *P) {
    ParsePos st;
    uint32_t lower = 0, upper = 0, step = 0, n;
    parse_here(P, &st);
    if (PT(P) == LEX_STAR) {
        uint32_t v;
        parse_advance(P);
        v = parse_expression(P);
        if (!v) return 0;
        n = parse_node(P, AST_STARRED, &st);
        parse_set(P, n, AST_A, v);
        return parse_done(P, n);
    }
    if (PT(P) != LEX_COLON) {
        lower = parse_named_expression(P);
        if (!lower) return 0;
        if (PT(P) != LEX_COLON) return lower;
        if (parse_kind(P, lower) == AST_NAMEDEXPR && !parse_wrapped(P, lower, st.line, st.col)) {
            parse_err_syntax(P);
            return 0;
        }
    }
    parse_advance(P);
    if (PT(P) != LEX_COLON && PT(P) != LEX_COMMA && PT(P) != LEX_RSQB) {
        upper = parse_expression(P);
        if (!upper) return 0;
    }
    if (PT(P) == LEX_COLON) {
        parse_advance(P);
        if (PT(P) != LEX_COMMA && PT(P) != LEX_RSQB) {
            step = parse_expression(P);
            if (!step) return 0;
        }
    }
    if (P->err) return 0;
    n = parse_node(P, AST_SLICE, &st);
    parse_set(P, n, AST_A, lower);
    parse_set(P, n, AST_B, upper);
    parse_set(P, n, AST_C, step);
    return parse_done(P, n);
}

/* The index of a subscript after '[' (not consuming ']'). */
static MY_FN uint32_t parse_slices(Parser *P, ParsePos *lst, uint32_t *last) {
    ParsePos st;
    ParseList elts;
    uint32_t first, n;
    parse_here(P, &st);
    *lst = st;
    first = parse_slice_item(P);
    *last = first;
    if (!first) return 0;
    if (PT(P) != LEX_COMMA) {
        /* a[*b] indexes with a one-element tuple */
        if (parse_kind(P, first) != AST_STARRED) return first;
        n = parse_node(P, AST_TUPLE, &st);
        parse_set(P, n, AST_A, first);
        return parse_done(P, n);
    }
    elts.head = elts.tail = 0;
    parse_list_add(P, &elts, first);
    while (PT(P) == LEX_COMMA) {
        uint32_t e;
        parse_advance(P);
        if (PT(P) == LEX_RSQB) break;
        parse_here(P, lst);
        e = parse_slice_item(P);
        if (!e) return 0;
        *last = e;
        parse_list_add(P, &elts, e);
    }
    if (P->err) return 0;
    n = parse_node(P, AST_TUPLE, &st);
    parse_set(P, n, AST_A, elts.head);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_primary(Parser *P) {
    ParsePos st;
    uint32_t e;
    parse_here(P, &st);
    e = parse_atom(P);
    while (e && !P->err) {
        uint32_t n;
        if (PT(P) == LEX_DOT) {
            parse_advance(P);
            if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
            n = parse_node(P, AST_ATTRIBUTE, &st);
            parse_set(P, n, AST_A, e);
            parse_set(P, n, AST_START, P->tok.start);
            parse_set(P, n, AST_LEN, P->tok.len);
            parse_advance(P);
            e = parse_done(P, n);
        } else if (PT(P) == LEX_LPAR) {
            ParsePos open;
            uint32_t args;
            bool ok;
            parse_here(P, &open);
            n = parse_node(P, AST_CALL, &st);
            parse_advance(P);
            args = parse_call_args(P, &open, false, &ok);
            if (!ok || !n) return 0;
            parse_set(P, n, AST_A, e);
            parse_set(P, n, AST_B, args);
            e = parse_done(P, n);
        } else if (PT(P) == LEX_LSQB) {
            ParsePos lst;
            uint32_t idx, last;
            parse_advance(P);
            idx = parse_slices(P, &lst, &last);
            if (!idx) return 0;
            if (!parse_expect_after(P, LEX_RSQB, last, &lst)) return 0;
            n = parse_node(P, AST_SUBSCRIPT, &st);
            parse_set(P, n, AST_A, e);
            parse_set(P, n, AST_B, idx);
            e = parse_done(P, n);
        } else {
            break;
        }
    }
    return P->err ? 0 : e;
}

/* ======================================================================== operators */

static MY_FN uint32_t parse_make_binop(Parser *P, const ParsePos *st, uint32_t left, int op, uint32_t right) {
    uint32_t n = parse_node(P, AST_BINOP, st);
    parse_set(P, n, AST_A, left);
    parse_set(P, n, AST_OP, (uint32_t)op);
    parse_set(P, n, AST_B, right);
    return parse_done(P, n);
}

/* Binding strength and AST operator of the current token as an infix operator. */
static MY_FN int parse_infix(Parser *P, int *op) {
    switch (PT(P)) {
    case LEX_KW_OR: *op = AST_OP_OR; return PARSE_PREC_OR;
    case LEX_KW_AND: *op = AST_OP_AND; return PARSE_PREC_AND;
    case LEX_EQEQUAL: *op = AST_OP_EQ; return PARSE_PREC_CMP;
    case LEX_NOTEQUAL: *op = AST_OP_NE; return PARSE_PREC_CMP;
    case LEX_LESS: *op = AST_OP_LT; return PARSE_PREC_CMP;
    case LEX_LESSEQUAL: *op = AST_OP_LE; return PARSE_PREC_CMP;
    case LEX_GREATER: *op = AST_OP_GT; return PARSE_PREC_CMP;
    case LEX_GREATEREQUAL: *op = AST_OP_GE; return PARSE_PREC_CMP;
    case LEX_KW_IN: *op = AST_OP_IN; return PARSE_PREC_CMP;
    case LEX_KW_IS: *op = parse_peek(P) == LEX_KW_NOT ? AST_OP_ISNOT : AST_OP_IS; return PARSE_PREC_CMP;
    case LEX_KW_NOT:
        if (parse_peek(P) == LEX_KW_IN) { *op = AST_OP_NOTIN; return PARSE_PREC_CMP; }
        return PARSE_PREC_NONE;
    case LEX_VBAR: *op = AST_OP_BITOR; return PARSE_PREC_BITOR;
    case LEX_CIRCUMFLEX: *op = AST_OP_BITXOR; return PARSE_PREC_XOR;
    case LEX_AMPER: *op = AST_OP_BITAND; return PARSE_PREC_BITAND;
    case LEX_LEFTSHIFT: *op = AST_OP_LSHIFT; return PARSE_PREC_SHIFT;
    case LEX_RIGHTSHIFT: *op = AST_OP_RSHIFT; return PARSE_PREC_SHIFT;
    case LEX_PLUS: *op = AST_OP_ADD; return PARSE_PREC_ARITH;
    case LEX_MINUS: *op = AST_OP_SUB; return PARSE_PREC_ARITH;
    case LEX_STAR: *op = AST_OP_MUL; return PARSE_PREC_TERM;
    case LEX_AT: *op = AST_OP_MATMUL; return PARSE_PREC_TERM;
    case LEX_SLASH: *op = AST_OP_DIV; return PARSE_PREC_TERM;
    case LEX_DOUBLESLASH: *op = AST_OP_FLOORDIV; return PARSE_PREC_TERM;
    case LEX_PERCENT: *op = AST_OP_MOD; return PARSE_PREC_TERM;
    default: *op = 0; return PARSE_PREC_NONE;
    }
}

static MY_FN bool parse_enter(Parser *P) {
    if (P->depth >= PARSE_MAX_DEPTH || (P->stack_base && my_stack_depth(P->stack_base) > MY_STACK_LIMIT)) {
        parse_err_tok(P, "too many nested parentheses");
        return false;
    }
    P->depth++;
    return true;
}

/* power: primary ['**' factor] */
static MY_FN uint32_t parse_power(Parser *P) {
    ParsePos st;
    uint32_t base, ex;
    parse_here(P, &st);
    if (PT(P) == LEX_KW_AWAIT) {
        /* await_primary: 'await' primary (the compiler checks where it may appear) */
        uint32_t v, n;
        parse_advance(P);
        v = parse_primary(P);
        if (!v) return 0;
        n = parse_node(P, AST_AWAIT, &st);
        parse_set(P, n, AST_A, v);
        base = parse_done(P, n);
    } else {
        base = parse_primary(P);
    }
    if (!base || PT(P) != LEX_DOUBLESTAR) return base;
    parse_advance(P);
    ex = parse_binop(P, PARSE_PREC_FACTOR);
    if (!ex) return 0;
    return parse_make_binop(P, &st, base, AST_OP_POW, ex);
}

/* Operator-precedence parsing of everything from 'or' down to unary operators and '**':
   operators binding at least as strongly as `minprec`. */
static MY_FN uint32_t parse_binop(Parser *P, int minprec) {
    ParsePos st;
    uint32_t left = 0;
    int k = PT(P);
    parse_here(P, &st);
    if (!parse_enter(P)) return 0;
    if (k == LEX_KW_NOT && minprec <= PARSE_PREC_NOT) {
        uint32_t v;
        parse_advance(P);
        v = parse_binop(P, PARSE_PREC_NOT);
        if (v) {
            left = parse_node(P, AST_UNARYOP, &st);
            parse_set(P, left, AST_OP, AST_OP_NOT);
            parse_set(P, left, AST_A, v);
            parse_done(P, left);
        }
    } else if ((k == LEX_MINUS || k == LEX_PLUS || k == LEX_TILDE) && minprec <= PARSE_PREC_FACTOR) {
        uint32_t v;
        parse_advance(P);
        v = parse_binop(P, PARSE_PREC_FACTOR);
        if (v) {
            left = parse_node(P, AST_UNARYOP, &st);
            parse_set(P, left, AST_OP, k == LEX_MINUS ? AST_OP_USUB : k == LEX_PLUS ? AST_OP_UADD : AST_OP_INVERT);
            parse_set(P, left, AST_A, v);
            parse_done(P, left);
        }
    } else {
        left = parse_power(P);
    }
    while (left && !P->err) {
        int op, prec = parse_infix(P, &op);
        if (prec == PARSE_PREC_NONE || prec < minprec) break;
        if (prec == PARSE_PREC_OR || prec == PARSE_PREC_AND) {
            ParseList vals;
            uint32_t n;
            int tk = PT(P);
            vals.head = vals.tail = 0;
            parse_list_add(P, &vals, left);
            while (PT(P) == tk && !P->err) {
                uint32_t v;
                parse_advance(P);
                v = parse_binop(P, prec + 1);
                if (!v) { left = 0; break; }
                parse_list_add(P, &vals, v);
            }
            if (!left) break;
            n = parse_node(P, AST_BOOLOP, &st);
            parse_set(P, n, AST_OP, (uint32_t)op);
            parse_set(P, n, AST_A, vals.head);
            left = parse_done(P, n);
        } else if (prec == PARSE_PREC_CMP) {
            ParseList items;
            uint32_t n;
            items.head = items.tail = 0;
            while (parse_infix(P, &op) == PARSE_PREC_CMP && !P->err) {
                uint32_t r, item;
                ParsePos ip;
                parse_advance(P);
                if (op == AST_OP_NOTIN || op == AST_OP_ISNOT) parse_advance(P);
                parse_here(P, &ip);
                r = parse_binop(P, PARSE_PREC_BITOR);
                if (!r) { left = 0; break; }
                item = parse_node(P, AST_COMPAREITEM, &ip);
                parse_set(P, item, AST_OP, (uint32_t)op);
                parse_set(P, item, AST_A, r);
                parse_list_add(P, &items, parse_done(P, item));
            }
            if (!left) break;
            n = parse_node(P, AST_COMPARE, &st);
            parse_set(P, n, AST_A, left);
            parse_set(P, n, AST_B, items.head);
            left = parse_done(P, n);
        } else {
            uint32_t r;
            parse_advance(P);
            r = parse_binop(P, prec + 1);
            if (!r) { left = 0; break; }
            left = parse_make_binop(P, &st, left, op, r);
        }
    }
    P->depth--;
    return P->err ? 0 : left;
}

/* ======================================================================== expressions */

static MY_FN uint32_t parse_lambda(Parser *P) {
    ParsePos st;
    uint32_t n, args, body;
    parse_here(P, &st);
    parse_advance(P);
    args = parse_params(P, true);
    if (!args) return 0;
    if (!parse_expect(P, LEX_COLON)) return 0;
    body = parse_expression(P);
    if (!body) return 0;
    n = parse_node(P, AST_LAMBDA, &st);
    parse_set(P, n, AST_A, args);
    parse_set(P, n, AST_B, body);
    return parse_done(P, n);
}

/* expression: lambda | disjunction ['if' disjunction 'else' expression] */
static MY_FN uint32_t parse_expression(Parser *P) {
    ParsePos st;
    uint32_t body, test, orelse, n = 0;
    if (!parse_enter(P)) return 0;
    if (PT(P) == LEX_KW_LAMBDA) {
        n = parse_lambda(P);
        P->depth--;
        return n;
    }
    parse_here(P, &st);
    body = parse_binop(P, PARSE_PREC_OR);
    if (body && PT(P) == LEX_KW_IF) {
        parse_advance(P);
        test = parse_binop(P, PARSE_PREC_OR);
        if (test && PT(P) != LEX_KW_ELSE) {
            if (PT(P) != LEX_COLON) parse_err_node(P, body, "expected 'else' after 'if' expression");
            else parse_err_syntax(P);
            test = 0;
        }
        if (test) {
            parse_advance(P);
            orelse = parse_expression(P);
            if (orelse) {
                n = parse_node(P, AST_IFEXP, &st);
                parse_set(P, n, AST_A, test);
                parse_set(P, n, AST_B, body);
                parse_set(P, n, AST_C, orelse);
                parse_done(P, n);
            }
        }
    } else {
        n = body;
    }
    P->depth--;
    return P->err ? 0 : n;
}

/* The operand of '=' in a misused assignment: does a bitwise_or follow, not itself followed by
   '=' or ':=' (CPython's condition for its "Maybe you meant '=='" messages)? */
static MY_NOINLINE MY_FN bool parse_eq_rhs_ok(Parser *P) {
    ParseSave sv;
    bool ok;
    parse_save(P, &sv);
    parse_advance(P);
    ok = parse_can_start_expr(PT(P)) && PT(P) != LEX_KW_NOT && PT(P) != LEX_KW_LAMBDA && parse_try(P, PARSE_TRY_BITOR, 0);
    if (P->err) return false;   /* an error raised on the way stands */
    parse_restore(P, &sv, true);
    return ok;
}

/* Whether the expression e (first token at st) starts with a list, tuple, generator expression or
   True/None/False: CPython does not suggest '==' for those. */
static MY_FN bool parse_starts_with_display(const Parser *P, uint32_t e, uint32_t line, uint32_t col) {
    for (;;) {
        int k = parse_kind(P, e);
        if (parse_get(P, e, AST_LINE) != line || parse_get(P, e, AST_COL) != col) return false;
        if (k == AST_LIST || k == AST_GENERATOREXP || (k == AST_TUPLE && parse_get(P, e, AST_OP) == 1)) return true;
        if (k == AST_CONSTANT) {
            uint32_t s = parse_get(P, e, AST_OP);
            return s == AST_CONST_TRUE || s == AST_CONST_FALSE || s == AST_CONST_NONE;
        }
        if (k == AST_CALL || k == AST_ATTRIBUTE || k == AST_SUBSCRIPT || k == AST_BINOP) e = parse_get(P, e, AST_A);
        else return false;
    }
}

/* Whether e (first token at line/col) could be a bitwise_or in CPython's grammar. */
static MY_FN bool parse_is_bitor_level(const Parser *P, uint32_t e, uint32_t line, uint32_t col) {
    int k = parse_kind(P, e);
    if (parse_wrapped(P, e, line, col)) return true;
    if (k == AST_COMPARE || k == AST_BOOLOP || k == AST_IFEXP || k == AST_LAMBDA || k == AST_STARRED ||
        k == AST_NAMEDEXPR || k == AST_YIELD || k == AST_YIELDFROM)
        return false;
    if (k == AST_UNARYOP && parse_get(P, e, AST_OP) == AST_OP_NOT) return false;
    return true;
}

/* CPython's messages for `target = value` where a (named) expression was expected. Returns true
   when one was reported. */
static MY_FN bool parse_misused_eq(Parser *P, uint32_t e, uint32_t line, uint32_t col) {
    if (!parse_is_bitor_level(P, e, line, col)) return false;
    if (parse_kind(P, e) == AST_NAME && !parse_wrapped(P, e, line, col)) {
        if (!parse_eq_rhs_ok(P)) return false;
        parse_err_node(P, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    if (parse_starts_with_display(P, e, line, col)) return false;
    if (!parse_eq_rhs_ok(P)) return false;
    if (parse_err_begin(P, PARSE_ERR_SYNTAX, parse_get(P, e, AST_LINE), parse_get(P, e, AST_COL), "cannot assign to ")) {
        parse_msg(P, parse_expr_name(P, e));
        parse_msg(P, " here. Maybe you meant '==' instead of '='?");
    }
    return true;
}

/* named_expression: NAME ':=' expression | expression. `check_eq`: report a misused '=' after it
   (not in call arguments, where CPython says something else). */
static MY_FN uint32_t parse_named_expr(Parser *P, bool check_eq) {
    ParsePos st;
    uint32_t e, n;
    parse_here(P, &st);
    if (PT(P) == LEX_NAME && parse_peek(P) == LEX_COLONEQUAL) {
        uint32_t target = parse_node_tok(P, AST_NAME), value;
        parse_advance(P);
        parse_advance(P);
        value = parse_expression(P);
        if (!value || !target) return 0;
        n = parse_node(P, AST_NAMEDEXPR, &st);
        parse_set(P, n, AST_A, target);
        parse_set(P, n, AST_B, value);
        return parse_done(P, n);
    }
    e = parse_expression(P);
    if (!e) return 0;
    if (PT(P) == LEX_COLONEQUAL) {
        /* (not in call arguments, where CPython has no such rule) */
        if (!check_eq || !parse_after_tok_ok(P, PARSE_TRY_EXPR_FULL)) {
            parse_err_syntax(P);
            return 0;
        }
        if (parse_err_begin(P, PARSE_ERR_SYNTAX, parse_get(P, e, AST_LINE), parse_get(P, e, AST_COL),
                            "cannot use assignment expressions with "))
            parse_msg(P, parse_expr_name(P, e));
        return 0;
    }
    if (check_eq && PT(P) == LEX_EQUAL && parse_misused_eq(P, e, st.line, st.col)) return 0;
    return P->err ? 0 : e;
}

static MY_FN uint32_t parse_named_expression(Parser *P) {
    return parse_named_expr(P, true);
}

/* star_named_expression: '*' bitwise_or | named_expression */
static MY_FN uint32_t parse_star_named_expression(Parser *P) {
    if (PT(P) == LEX_STAR) {
        ParsePos st;
        uint32_t v, n;
        parse_here(P, &st);
        parse_advance(P);
        v = parse_binop(P, PARSE_PREC_BITOR);
        if (!v) return 0;
        n = parse_node(P, AST_STARRED, &st);
        parse_set(P, n, AST_A, v);
        return parse_done(P, n);
    }
    return parse_named_expression(P);
}

/* star_expression: '*' bitwise_or | expression */
static MY_FN uint32_t parse_star_expression(Parser *P) {
    if (PT(P) == LEX_STAR) {
        ParsePos st;
        uint32_t v, n;
        parse_here(P, &st);
        parse_advance(P);
        v = parse_binop(P, PARSE_PREC_BITOR);
        if (!v) return 0;
        n = parse_node(P, AST_STARRED, &st);
        parse_set(P, n, AST_A, v);
        return parse_done(P, n);
    }
    return parse_expression(P);
}

/* star_expressions: a tuple when there is a comma. Leaves the start of the last element in
   elt_line/elt_col. */
static MY_FN uint32_t parse_star_expressions(Parser *P) {
    ParsePos st, lst;
    ParseList elts;
    uint32_t first, n;
    parse_here(P, &st);
    first = parse_star_expression(P);
    P->elt_line = st.line;
    P->elt_col = st.col;
    if (!first || PT(P) != LEX_COMMA) return first;
    elts.head = elts.tail = 0;
    parse_list_add(P, &elts, first);
    while (PT(P) == LEX_COMMA) {
        uint32_t e;
        parse_advance(P);
        if (!parse_can_start_expr(PT(P)) && PT(P) != LEX_STAR) break;
        parse_here(P, &lst);
        e = parse_star_expression(P);
        if (!e) return 0;
        parse_list_add(P, &elts, e);
        P->elt_line = lst.line;
        P->elt_col = lst.col;
    }
    if (P->err) return 0;
    n = parse_node(P, AST_TUPLE, &st);
    parse_set(P, n, AST_A, elts.head);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_yield_expr(Parser *P) {
    ParsePos st;
    uint32_t n, v = 0;
    parse_here(P, &st);
    parse_advance(P);
    if (PT(P) == LEX_KW_FROM) {
        parse_advance(P);
        v = parse_expression(P);
        if (!v) return 0;
        n = parse_node(P, AST_YIELDFROM, &st);
        parse_set(P, n, AST_A, v);
        return parse_done(P, n);
    }
    if (parse_can_start_expr(PT(P)) || PT(P) == LEX_STAR) {
        v = parse_star_expressions(P);
        if (!v) return 0;
    }
    if (P->err) return 0;
    n = parse_node(P, AST_YIELD, &st);
    parse_set(P, n, AST_A, v);
    return parse_done(P, n);
}

/* One target of 'for': '*' bitwise_or | bitwise_or (validity is checked afterwards). */
static MY_FN uint32_t parse_target_elem(Parser *P) {
    if (PT(P) == LEX_STAR) {
        ParsePos st;
        uint32_t v, n;
        parse_here(P, &st);
        parse_advance(P);
        v = parse_binop(P, PARSE_PREC_BITOR);
        if (!v) return 0;
        n = parse_node(P, AST_STARRED, &st);
        parse_set(P, n, AST_A, v);
        return parse_done(P, n);
    }
    return parse_binop(P, PARSE_PREC_BITOR);
}

/* Targets of 'for' (statement or comprehension), checked, and the 'in' after them. */
static MY_FN uint32_t parse_for_targets(Parser *P) {
    ParsePos st, lst;
    ParseList elts;
    uint32_t first, n, last;
    parse_here(P, &st);
    lst = st;
    first = parse_target_elem(P);
    if (!first) return 0;
    last = first;
    if (PT(P) == LEX_COMMA) {
        elts.head = elts.tail = 0;
        parse_list_add(P, &elts, first);
        while (PT(P) == LEX_COMMA) {
            uint32_t e;
            parse_advance(P);
            if (!parse_can_start_expr(PT(P)) && PT(P) != LEX_STAR) break;
            parse_here(P, &lst);
            e = parse_target_elem(P);
            if (!e) return 0;
            last = e;
            parse_list_add(P, &elts, e);
        }
        if (P->err) return 0;
        n = parse_node(P, AST_TUPLE, &st);
        parse_set(P, n, AST_A, elts.head);
        first = parse_done(P, n);
    }
    if (!parse_check_target(P, first, PARSE_TGT_FOR)) return 0;
    /* CPython then reads the targets as expressions: "forgot a comma" and friends */
    if (!parse_expect_after(P, LEX_KW_IN, last, &lst)) return 0;
    return first;
}

/* for_if_clauses: ('for' targets 'in' disjunction ('if' disjunction)*)+ */
static MY_FN uint32_t parse_comp_for(Parser *P) {
    ParseList gens;
    gens.head = gens.tail = 0;
    while ((PT(P) == LEX_KW_FOR || PT(P) == LEX_KW_ASYNC) && !P->err) {
        ParsePos st;
        ParseList ifs;
        uint32_t c, t, it;
        if (PT(P) == LEX_KW_ASYNC) {
            parse_err_tok(P, "asynchronous comprehension outside of an asynchronous function");
            return 0;
        }
        parse_here(P, &st);
        parse_advance(P);
        t = parse_for_targets(P);
        if (!t) return 0;
        it = parse_binop(P, PARSE_PREC_OR);
        if (!it) return 0;
        ifs.head = ifs.tail = 0;
        while (PT(P) == LEX_KW_IF) {
            uint32_t cond;
            parse_advance(P);
            cond = parse_binop(P, PARSE_PREC_OR);
            if (!cond) return 0;
            parse_list_add(P, &ifs, cond);
        }
        c = parse_node(P, AST_COMPREHENSION, &st);
        parse_set(P, c, AST_A, t);
        parse_set(P, c, AST_B, it);
        parse_set(P, c, AST_C, ifs.head);
        parse_list_add(P, &gens, parse_done(P, c));
    }
    return P->err ? 0 : gens.head;
}

/* ======================================================================== parameters */

/* At a second '*' in parameters: is it followed by ',' or by a name and ',' or the closer (when
   CPython says "* argument may appear only once")? Nothing is consumed. */
static MY_NOINLINE MY_FN bool parse_star_then_param(Parser *P, int close) {
    ParseSave sv;
    bool named;
    int nx = parse_peek(P);
    if (nx == LEX_COMMA) return true;
    if (nx != LEX_NAME || P->err) return false;
    parse_save(P, &sv);
    parse_advance(P);
    named = PT(P) == LEX_NAME && (parse_peek(P) == LEX_COMMA || parse_peek(P) == close);
    parse_restore(P, &sv, false);
    return named && !P->err;
}

/* Parameters of a def (up to ')') or a lambda (up to ':'), not consuming the closer. */
static MY_FN uint32_t parse_params(Parser *P, bool is_lambda) {
    ParseList args;
    int close = is_lambda ? LEX_COLON : LEX_RPAR;
    bool seen_slash = false, seen_default = false, seen_kwargs = false;
    int seen_star = 0;   /* 1 bare '*', 2 '*args' */
    uint32_t nparams = 0, n;
    ParsePos st;
    parse_here(P, &st);
    args.head = args.tail = 0;
    while (PT(P) != close && !P->err) {
        int k = PT(P);
        uint32_t a;
        ParsePos at;
        parse_here(P, &at);
        if (seen_kwargs) {
            parse_err_tok(P, "arguments cannot follow var-keyword argument");
            return 0;
        }
        if (k == LEX_SLASH) {
            uint32_t x;
            if (seen_slash) { parse_err_tok(P, "/ may appear only once"); return 0; }
            if (seen_star) { parse_err_tok(P, "/ must be ahead of *"); return 0; }
            if (nparams == 0) { parse_err_syntax(P); return 0; }
            for (x = args.head; x; x = parse_get(P, x, AST_NEXT)) parse_set(P, x, AST_OP, AST_ARG_POSONLY);
            seen_slash = true;
            parse_advance(P);
        } else if (k == LEX_STAR) {
            if (seen_star) {
                if (parse_star_then_param(P, close)) parse_err_tok(P, "* argument may appear only once");
                else parse_err_syntax(P);
                return 0;
            }
            parse_advance(P);
            if (PT(P) == LEX_NAME) {
                a = parse_node_tok(P, AST_ARG);
                parse_set(P, a, AST_OP, AST_ARG_VARARGS);
                parse_advance(P);
                if (!is_lambda && PT(P) == LEX_COLON) {
                    parse_advance(P);
                    if (PT(P) == LEX_STAR) {
                        /* PEP 646: *args: *Ts */
                        parse_advance(P);
                    }
                    if (!parse_expression(P)) return 0;
                }
                if (PT(P) == LEX_EQUAL) { parse_err_tok(P, "var-positional argument cannot have default value"); return 0; }
                parse_list_add(P, &args, parse_done(P, a));
                seen_star = 2;
            } else {
                int nx = PT(P) == LEX_COMMA ? parse_peek(P) : 0;
                if (PT(P) == close || (PT(P) == LEX_COMMA && (nx == close || nx == LEX_DOUBLESTAR))) {
                    parse_err_at(P, at.line, at.col, "named arguments must follow bare *");
                    return 0;
                }
                if (PT(P) != LEX_COMMA) { parse_err_syntax(P); return 0; }
                seen_star = 1;
            }
        } else if (k == LEX_DOUBLESTAR) {
            parse_advance(P);
            if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
            a = parse_node_tok(P, AST_ARG);
            parse_set(P, a, AST_OP, AST_ARG_VARKW);
            parse_advance(P);
            if (!is_lambda && PT(P) == LEX_COLON) {
                parse_advance(P);
                if (!parse_expression(P)) return 0;
            }
            if (PT(P) == LEX_EQUAL) { parse_err_tok(P, "var-keyword argument cannot have default value"); return 0; }
            parse_list_add(P, &args, parse_done(P, a));
            seen_kwargs = true;
        } else if (k == LEX_NAME) {
            a = parse_node_tok(P, AST_ARG);
            parse_set(P, a, AST_OP, seen_star ? AST_ARG_KWONLY : AST_ARG_NORMAL);
            parse_advance(P);
            if (!is_lambda && PT(P) == LEX_COLON) {
                parse_advance(P);
                if (!parse_expression(P)) return 0;
            }
            parse_done(P, a);
            if (PT(P) == LEX_EQUAL) {
                uint32_t d;
                parse_advance(P);
                if (PT(P) == LEX_COMMA || PT(P) == LEX_RPAR) {
                    parse_err_at(P, P->last_line, P->last_col - 1, "expected default value expression");
                    return 0;
                }
                d = parse_expression(P);
                if (!d) return 0;
                parse_set(P, a, AST_A, d);
                if (!seen_star) seen_default = true;
            } else if (seen_default && !seen_star) {
                if (PT(P) == LEX_COMMA || PT(P) == close) parse_err_at(P, at.line, at.col, "non-default argument follows default argument");
                else parse_err_syntax(P);
                return 0;
            }
            parse_list_add(P, &args, a);
            nparams++;
        } else if (k == LEX_LPAR) {
            parse_err_tok(P, is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                       : "Function parameters cannot be parenthesized");
            return 0;
        } else {
            parse_err_syntax(P);
            return 0;
        }
        if (PT(P) == LEX_COMMA) {
            parse_advance(P);
            continue;
        }
        if (PT(P) != close) {
            parse_err_syntax(P);
            return 0;
        }
    }
    if (P->err) return 0;
    n = parse_node(P, AST_ARGUMENTS, &st);
    parse_set(P, n, AST_A, args.head);
    return parse_done(P, n);
}

/* ======================================================================== simple statements */

static MY_FN uint32_t parse_simple_node(Parser *P, int kind) {
    uint32_t n = parse_node_tok(P, kind);
    parse_set(P, n, AST_START, 0);
    parse_set(P, n, AST_LEN, 0);
    parse_advance(P);
    return n;
}

/* The elements of an unparenthesized tuple, else the node itself, as a list. */
static MY_FN uint32_t parse_as_list(const Parser *P, uint32_t e, const ParsePos *st) {
    if (parse_kind(P, e) == AST_TUPLE && parse_get(P, e, AST_OP) == 0 && !parse_wrapped(P, e, st->line, st->col))
        return parse_get(P, e, AST_A);
    return e;
}

/* The right-hand side of an assignment: yield_expr | star_expressions */
static MY_FN uint32_t parse_rhs(Parser *P) {
    if (PT(P) == LEX_KW_YIELD) return parse_yield_expr(P);
    return parse_star_expressions(P);
}

/* Records where the expression that may end the statement starts (its node is set after it). */
static MY_FN void parse_set_tail(Parser *P, uint32_t n) {
    P->tail = n;
    P->tail_line = P->tok.line;
    P->tail_col = P->tok.col;
}

/* One assignment target t (first token at st) before '=': CPython's messages for what cannot be
   assigned to. For the first target the last element before '=' may get the "Maybe you meant
   '=='" variants (elt_line/elt_col: its start). */
static MY_FN bool parse_check_assign_target(Parser *P, uint32_t t, const ParsePos *st, bool first, uint32_t elt_line,
                                           uint32_t elt_col) {
    uint32_t bad;
    int tk = parse_kind(P, t);
    if ((tk == AST_YIELD || tk == AST_YIELDFROM) && !parse_wrapped(P, t, st->line, st->col)) {
        parse_err_node(P, t, "assignment to yield expression not possible");
        return false;
    }
    bad = parse_invalid_target(P, t, PARSE_TGT_STAR);
    if (!bad) return true;
    if (first) {
        uint32_t last = t;
        if (tk == AST_TUPLE && parse_get(P, t, AST_OP) == 0 && !parse_wrapped(P, t, st->line, st->col)) {
            last = parse_get(P, t, AST_A);
            while (parse_get(P, last, AST_NEXT)) last = parse_get(P, last, AST_NEXT);
        } else {
            elt_line = st->line;
            elt_col = st->col;
        }
        if (parse_misused_eq(P, last, elt_line, elt_col)) return false;
        if (P->err) return false;
    }
    parse_err_target(P, bad, PARSE_TGT_STAR);
    return false;
}

/* Expression statements and assignments of every form. */
static MY_FN uint32_t parse_expr_stmt(Parser *P) {
    ParsePos st;
    uint32_t e, n, elt_line, elt_col;
    int k;
    parse_here(P, &st);
    parse_set_tail(P, 0);
    e = parse_rhs(P);
    if (!e) return 0;
    P->tail = e;
    elt_line = PT(P) == LEX_EQUAL && parse_kind(P, e) != AST_YIELD ? P->elt_line : st.line;
    elt_col = PT(P) == LEX_EQUAL && parse_kind(P, e) != AST_YIELD ? P->elt_col : st.col;
    k = PT(P);
    if (k == LEX_COLONEQUAL) {
        /* CPython: a plain name is just misplaced; anything else cannot be a walrus target */
        uint32_t last = e;
        uint32_t ll = st.line, lc = st.col;
        if (parse_kind(P, e) == AST_TUPLE && parse_get(P, e, AST_OP) == 0 && parse_get(P, e, AST_A) &&
            !parse_wrapped(P, e, st.line, st.col)) {
            last = parse_get(P, e, AST_A);
            while (parse_get(P, last, AST_NEXT)) last = parse_get(P, last, AST_NEXT);
            ll = P->elt_line;
            lc = P->elt_col;
        }
        if ((parse_kind(P, last) == AST_NAME && !parse_wrapped(P, last, ll, lc)) || !parse_after_tok_ok(P, PARSE_TRY_EXPR_FULL)) {
            parse_err_syntax(P);
        } else if (parse_err_begin(P, PARSE_ERR_SYNTAX, parse_get(P, last, AST_LINE), parse_get(P, last, AST_COL),
                                   "cannot use assignment expressions with ")) {
            parse_msg(P, parse_expr_name(P, last));
        }
        return 0;
    }
    if (k == LEX_COLON) {
        int ek = parse_kind(P, e);
        uint32_t ann, value = 0;
        bool simple = false;
        if (ek == AST_NAME) {
            simple = !parse_wrapped(P, e, st.line, st.col);
        } else if (ek != AST_ATTRIBUTE && ek != AST_SUBSCRIPT) {
            /* CPython's messages need an annotation after the ':' */
            if (!parse_after_tok_ok(P, PARSE_TRY_EXPR_FULL)) { parse_err_syntax(P); return 0; }
            if (ek == AST_TUPLE) parse_err_node(P, e, "only single target (not tuple) can be annotated");
            else if (ek == AST_LIST) parse_err_node(P, e, "only single target (not list) can be annotated");
            else parse_err_node(P, e, "illegal target for annotation");
            return 0;
        }
        parse_advance(P);
        parse_set_tail(P, 0);
        ann = parse_expression(P);
        if (!ann) return 0;
        if (PT(P) == LEX_EQUAL) {
            parse_advance(P);
            parse_set_tail(P, 0);
            value = parse_rhs(P);
            if (!value) return 0;
            P->tail = value;
        } else {
            P->tail = ann;
        }
        n = parse_node(P, AST_ANNASSIGN, &st);
        parse_set(P, n, AST_A, e);
        parse_set(P, n, AST_B, ann);
        parse_set(P, n, AST_C, value);
        parse_set(P, n, AST_OP, simple ? 1u : 0u);
        return parse_done(P, n);
    }
    if (k >= LEX_PLUSEQUAL && k <= LEX_AMPEREQUAL) {
        int ek = parse_kind(P, e);
        uint32_t value;
        if (ek != AST_NAME && ek != AST_ATTRIBUTE && ek != AST_SUBSCRIPT) {
            /* CPython's message needs a value after the operator */
            if (!parse_after_tok_ok(P, PARSE_TRY_RHS)) { parse_err_syntax(P); return 0; }
            if (parse_err_begin(P, PARSE_ERR_SYNTAX, parse_get(P, e, AST_LINE), parse_get(P, e, AST_COL), "'")) {
                parse_msg(P, parse_expr_name(P, e));
                parse_msg(P, "' is an illegal expression for augmented assignment");
            }
            return 0;
        }
        parse_advance(P);
        parse_set_tail(P, 0);
        value = parse_rhs(P);
        if (!value) return 0;
        P->tail = value;
        n = parse_node(P, AST_AUGASSIGN, &st);
        parse_set(P, n, AST_A, e);
        parse_set(P, n, AST_OP, (uint32_t)(k - LEX_PLUSEQUAL + AST_OP_ADD));
        parse_set(P, n, AST_B, value);
        return parse_done(P, n);
    }
    if (k == LEX_EQUAL) {
        ParseList tl;
        uint32_t cur = e, prev = 0;
        ParsePos cst = st;
        bool first = true;
        tl.head = tl.tail = 0;
        parse_list_add(P, &tl, e);
        while (PT(P) == LEX_EQUAL && !P->err) {
            /* CPython judges each target before reading what follows its '=' */
            if (!parse_check_assign_target(P, cur, &cst, first, elt_line, elt_col)) return 0;
            parse_advance(P);
            parse_here(P, &cst);
            parse_set_tail(P, 0);
            prev = cur;
            cur = parse_rhs(P);
            if (!cur) return 0;
            P->tail = cur;
            parse_list_add(P, &tl, cur);
            first = false;
        }
        if (P->err) return 0;
        /* cur is the value; cut it off the target list */
        parse_set(P, prev, AST_NEXT, 0);
        n = parse_node(P, AST_ASSIGN, &st);
        parse_set(P, n, AST_A, tl.head);
        parse_set(P, n, AST_B, cur);
        return parse_done(P, n);
    }
    n = parse_node(P, AST_EXPR, &st);
    parse_set(P, n, AST_A, e);
    return parse_done(P, n);
}

/* dotted_name: NAME ('.' NAME)*; returns false after an error. */
static MY_FN bool parse_dotted_name(Parser *P, uint32_t *start, uint32_t *len) {
    if (PT(P) != LEX_NAME) { parse_err_syntax(P); return false; }
    *start = P->tok.start;
    *len = P->tok.len;
    parse_advance(P);
    while (PT(P) == LEX_DOT) {
        parse_advance(P);
        if (PT(P) != LEX_NAME) { parse_err_syntax(P); return false; }
        *len = P->tok.start + P->tok.len - *start;
        parse_advance(P);
    }
    return !P->err;
}

/* An ALIAS: name ['as' NAME]; dotted for 'import'. */
static MY_FN uint32_t parse_alias(Parser *P, bool dotted) {
    ParsePos st;
    uint32_t a, s, l;
    parse_here(P, &st);
    if (dotted) {
        if (!parse_dotted_name(P, &s, &l)) return 0;
    } else {
        if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
        s = P->tok.start;
        l = P->tok.len;
        parse_advance(P);
    }
    a = parse_node(P, AST_ALIAS, &st);
    parse_set(P, a, AST_START, s);
    parse_set(P, a, AST_LEN, l);
    if (PT(P) == LEX_KW_AS) {
        uint32_t nm;
        parse_advance(P);
        if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
        nm = parse_node_tok(P, AST_NAME);
        parse_advance(P);
        parse_set(P, a, AST_A, nm);
    }
    return parse_done(P, a);
}

static MY_FN uint32_t parse_import(Parser *P) {
    ParsePos st;
    ParseList names;
    uint32_t n;
    parse_here(P, &st);
    parse_advance(P);
    names.head = names.tail = 0;
    for (;;) {
        uint32_t a = parse_alias(P, true);
        if (!a) return 0;
        parse_list_add(P, &names, a);
        if (PT(P) != LEX_COMMA) break;
        parse_advance(P);
    }
    n = parse_node(P, AST_IMPORT, &st);
    parse_set(P, n, AST_A, names.head);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_from_import(Parser *P) {
    ParsePos st;
    ParseList names;
    uint32_t n, level = 0, ms = 0, ml = 0;
    parse_here(P, &st);
    parse_advance(P);
    while (PT(P) == LEX_DOT || PT(P) == LEX_ELLIPSIS) {
        level += PT(P) == LEX_DOT ? 1u : 3u;
        parse_advance(P);
    }
    if (PT(P) != LEX_KW_IMPORT || level == 0) {
        if (!parse_dotted_name(P, &ms, &ml)) return 0;
    }
    if (!parse_expect(P, LEX_KW_IMPORT)) return 0;
    names.head = names.tail = 0;
    if (PT(P) == LEX_STAR) {
        uint32_t a = parse_node_tok(P, AST_ALIAS);
        parse_advance(P);
        parse_list_add(P, &names, a);
    } else if (PT(P) == LEX_LPAR) {
        parse_advance(P);
        for (;;) {
            uint32_t a = parse_alias(P, false);
            if (!a) return 0;
            parse_list_add(P, &names, a);
            if (PT(P) != LEX_COMMA) break;
            parse_advance(P);
            if (PT(P) == LEX_RPAR) break;
        }
        if (!parse_expect(P, LEX_RPAR)) return 0;
    } else {
        for (;;) {
            uint32_t a = parse_alias(P, false);
            if (!a) return 0;
            parse_list_add(P, &names, a);
            if (PT(P) != LEX_COMMA) break;
            parse_advance(P);
            if (PT(P) == LEX_NEWLINE || PT(P) == LEX_SEMI || PT(P) == LEX_ENDMARKER) {
                parse_err_tok(P, "trailing comma not allowed without surrounding parentheses");
                return 0;
            }
        }
    }
    if (P->err) return 0;
    n = parse_node(P, AST_IMPORTFROM, &st);
    parse_set(P, n, AST_START, ms);
    parse_set(P, n, AST_LEN, ml);
    parse_set(P, n, AST_OP, level);
    parse_set(P, n, AST_A, names.head);
    return parse_done(P, n);
}

/* One simple statement (the expression that ends it, if any, is left in P->tail). */
static MY_FN uint32_t parse_simple_stmt(Parser *P) {
    ParsePos st;
    uint32_t n = 0;
    parse_here(P, &st);
    switch (PT(P)) {
    case LEX_KW_PASS: return parse_simple_node(P, AST_PASS);
    case LEX_KW_BREAK: return parse_simple_node(P, AST_BREAK);
    case LEX_KW_CONTINUE: return parse_simple_node(P, AST_CONTINUE);
    case LEX_KW_RETURN: {
        uint32_t v = 0;
        parse_advance(P);
        if (parse_can_start_expr(PT(P)) || PT(P) == LEX_STAR) {
            parse_set_tail(P, 0);
            v = parse_star_expressions(P);
            if (!v) return 0;
            P->tail = v;
        }
        if (P->err) return 0;
        n = parse_node(P, AST_RETURN, &st);
        parse_set(P, n, AST_A, v);
        return parse_done(P, n);
    }
    case LEX_KW_RAISE: {
        uint32_t exc = 0, cause = 0;
        parse_advance(P);
        if (parse_can_start_expr(PT(P))) {
            exc = parse_expression(P);
            if (!exc) return 0;
            if (PT(P) == LEX_KW_FROM) {
                parse_advance(P);
                cause = parse_expression(P);
                if (!cause) return 0;
            }
        }
        if (P->err) return 0;
        n = parse_node(P, AST_RAISE, &st);
        parse_set(P, n, AST_A, exc);
        parse_set(P, n, AST_B, cause);
        return parse_done(P, n);
    }
    case LEX_KW_GLOBAL:
    case LEX_KW_NONLOCAL: {
        ParseList names;
        int kind = PT(P) == LEX_KW_GLOBAL ? AST_GLOBAL : AST_NONLOCAL;
        names.head = names.tail = 0;
        parse_advance(P);
        for (;;) {
            uint32_t nm;
            if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
            nm = parse_node_tok(P, AST_NAME);
            parse_advance(P);
            parse_list_add(P, &names, nm);
            if (PT(P) != LEX_COMMA) break;
            parse_advance(P);
        }
        if (P->err) return 0;
        n = parse_node(P, kind, &st);
        parse_set(P, n, AST_A, names.head);
        return parse_done(P, n);
    }
    case LEX_KW_DEL: {
        ParsePos ts;
        uint32_t t;
        parse_advance(P);
        parse_here(P, &ts);
        t = parse_star_expressions(P);
        if (!t) return 0;
        if (!parse_check_target(P, t, PARSE_TGT_DEL)) return 0;
        n = parse_node(P, AST_DELETE, &st);
        parse_set(P, n, AST_A, parse_as_list(P, t, &ts));
        return parse_done(P, n);
    }
    case LEX_KW_ASSERT: {
        uint32_t test, msg = 0;
        parse_advance(P);
        test = parse_expression(P);
        if (!test) return 0;
        if (PT(P) == LEX_COMMA) {
            parse_advance(P);
            msg = parse_expression(P);
            if (!msg) return 0;
        }
        n = parse_node(P, AST_ASSERT, &st);
        parse_set(P, n, AST_A, test);
        parse_set(P, n, AST_B, msg);
        return parse_done(P, n);
    }
    case LEX_KW_IMPORT: return parse_import(P);
    case LEX_KW_FROM: return parse_from_import(P);
    default: return parse_expr_stmt(P);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static MY_FN void parse_simple_stmts(Parser *P, ParseList *out) {
    for (;;) {
        uint32_t s;
        P->tail = 0;
        s = parse_simple_stmt(P);
        if (!s) return;
        parse_list_add(P, out, s);
        if (PT(P) == LEX_SEMI) {
            parse_advance(P);
            if (PT(P) == LEX_NEWLINE) break;
            continue;
        }
        if (PT(P) == LEX_NEWLINE) break;
        if (P->tail) {
            /* CPython's invalid_expression looks at the statement's last expression */
            ParsePos tp;
            tp.line = P->tail_line;
            tp.col = P->tail_col;
            tp.off = 0;
            parse_fail_after(P, P->tail, &tp);
        } else {
            parse_err_syntax(P);
        }
        return;
    }
    parse_advance(P);
}

/* ======================================================================== compound statements */

static MY_FN const char *parse_block_name(int what) {
    switch (what) {
    case PARSE_W_IF: return "'if' statement";
    case PARSE_W_ELIF: return "'elif' statement";
    case PARSE_W_ELSE: return "'else' statement";
    case PARSE_W_WHILE: return "'while' statement";
    case PARSE_W_FOR: return "'for' statement";
    case PARSE_W_WITH: return "'with' statement";
    case PARSE_W_TRY: return "'try' statement";
    case PARSE_W_EXCEPT: return "'except' statement";
    case PARSE_W_FINALLY: return "'finally' statement";
    case PARSE_W_DEF: return "function definition";
    default: return "class definition";
    }
}

/* The ':' of a compound statement. `forced`: CPython says "expected ':'" whatever follows;
   otherwise only before a line break. */
static MY_FN bool parse_colon(Parser *P, bool forced) {
    if (P->err) return false;
    if (PT(P) == LEX_COLON) {
        parse_advance(P);
        return true;
    }
    if (forced || PT(P) == LEX_NEWLINE) parse_err_tok(P, "expected ':'");
    else parse_err_syntax(P);
    return false;
}

/* A block after ':': an indented suite or simple statements on the same line. */
static MY_FN uint32_t parse_block(Parser *P, int what, uint32_t kwline) {
    ParseList body;
    body.head = body.tail = 0;
    if (P->err) return 0;
    if (PT(P) == LEX_NEWLINE) {
        parse_advance(P);
        if (PT(P) != LEX_INDENT) {
            if (P->err) return 0;
            if (parse_err_begin(P, PARSE_ERR_INDENT, P->tok.line, parse_tok_col(&P->tok), "expected an indented block after ")) {
                parse_msg(P, parse_block_name(what));
                parse_msg(P, " on line ");
                parse_msg_num(P, kwline);
            }
            return 0;
        }
        /* blocks count toward the recursion bound too (they nest the statement parser) */
        if (P->depth >= PARSE_MAX_DEPTH) {
            parse_err_begin(P, PARSE_ERR_INDENT, P->tok.line, 0, "too many levels of indentation");
            P->err_from_lexer = 1;
            return 0;
        }
        P->depth++;
        parse_advance(P);
        parse_statements(P, &body, LEX_DEDENT);
        P->depth--;
        if (!parse_expect(P, LEX_DEDENT)) return 0;
    } else {
        parse_simple_stmts(P, &body);
    }
    return P->err ? 0 : body.head;
}

/* 'else' ':' block */
static MY_FN uint32_t parse_else_block(Parser *P) {
    uint32_t line = P->tok.line;
    parse_advance(P);
    if (!parse_colon(P, true)) return 0;
    return parse_block(P, PARSE_W_ELSE, line);
}

/* if/elif chains, iteratively: each elif is the only orelse node of the previous IF. */
static MY_FN uint32_t parse_if(Parser *P) {
    uint32_t first = 0, prev = 0, n;
    bool elif = false;
    for (;;) {
        ParsePos st;
        uint32_t test, body, kwline = P->tok.line;
        parse_here(P, &st);
        parse_advance(P);
        test = parse_named_expression(P);
        if (!test) return 0;
        if (!parse_colon(P, false)) return 0;
        body = parse_block(P, elif ? PARSE_W_ELIF : PARSE_W_IF, kwline);
        if (!body) return 0;
        n = parse_node(P, AST_IF, &st);
        parse_set(P, n, AST_A, test);
        parse_set(P, n, AST_B, body);
        if (prev) parse_set(P, prev, AST_C, n);
        else first = n;
        prev = n;
        if (PT(P) == LEX_KW_ELIF) { elif = true; continue; }
        if (PT(P) == LEX_KW_ELSE) {
            uint32_t orelse = parse_else_block(P);
            if (!orelse) return 0;
            parse_set(P, n, AST_C, orelse);
        }
        break;
    }
    /* every IF of the chain ends where the chain ends */
    for (n = first; n; n = parse_get(P, n, AST_C)) {
        parse_done(P, n);
        if (n == prev) break;
    }
    return P->err ? 0 : first;
}

static MY_FN uint32_t parse_while(Parser *P) {
    ParsePos st;
    uint32_t test, body, orelse = 0, n, kwline = P->tok.line;
    parse_here(P, &st);
    parse_advance(P);
    test = parse_named_expression(P);
    if (!test) return 0;
    if (!parse_colon(P, false)) return 0;
    body = parse_block(P, PARSE_W_WHILE, kwline);
    if (!body) return 0;
    if (PT(P) == LEX_KW_ELSE) {
        orelse = parse_else_block(P);
        if (!orelse) return 0;
    }
    n = parse_node(P, AST_WHILE, &st);
    parse_set(P, n, AST_A, test);
    parse_set(P, n, AST_B, body);
    parse_set(P, n, AST_C, orelse);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_for(Parser *P) {
    ParsePos st;
    uint32_t target, iter, body, orelse = 0, n, kwline = P->tok.line;
    parse_here(P, &st);
    parse_advance(P);
    target = parse_for_targets(P);
    if (!target) return 0;
    iter = parse_star_expressions(P);
    if (!iter) return 0;
    if (!parse_colon(P, false)) return 0;
    body = parse_block(P, PARSE_W_FOR, kwline);
    if (!body) return 0;
    if (PT(P) == LEX_KW_ELSE) {
        orelse = parse_else_block(P);
        if (!orelse) return 0;
    }
    n = parse_node(P, AST_FOR, &st);
    parse_set(P, n, AST_A, target);
    parse_set(P, n, AST_B, iter);
    parse_set(P, n, AST_C, body);
    parse_set(P, n, AST_D, orelse);
    return parse_done(P, n);
}

/* with_item: expression ['as' star_target] */
static MY_FN uint32_t parse_with_item(Parser *P, bool *has_as) {
    ParsePos st;
    uint32_t e, n, t = 0;
    parse_here(P, &st);
    e = parse_expression(P);
    if (!e) return 0;
    if (PT(P) == LEX_KW_AS) {
        *has_as = true;
        parse_advance(P);
        t = parse_target_elem(P);
        if (!t) return 0;
        if (!parse_check_target(P, t, PARSE_TGT_STAR)) return 0;
    }
    n = parse_node(P, AST_WITHITEM, &st);
    parse_set(P, n, AST_A, e);
    parse_set(P, n, AST_B, t);
    return parse_done(P, n);
}

/* The parenthesized form 'with' '(' items ')' ':'. Returns the items, or 0 with the state rewound
   when the text is not of that form (then it is an expression in parentheses). */
static MY_NOINLINE MY_FN uint32_t parse_with_paren(Parser *P) {
    ParseSave sv;
    ParseList items;
    bool has_as = false;
    parse_save(P, &sv);
    items.head = items.tail = 0;
    parse_advance(P);
    while (!P->err) {
        uint32_t it = parse_with_item(P, &has_as);
        if (!it) break;
        parse_list_add(P, &items, it);
        if (PT(P) != LEX_COMMA) break;
        parse_advance(P);
        if (PT(P) == LEX_RPAR) break;
    }
    if (!P->err && PT(P) == LEX_RPAR) {
        parse_advance(P);
        if (PT(P) == LEX_COLON) return items.head;
    }
    /* an 'as' inside the parentheses can only be this form: its errors stand */
    if (has_as && P->err) return 0;
    if (has_as && !P->err) { parse_colon(P, false); return 0; }
    parse_trial_end(P, &sv, true);
    return 0;
}

static MY_FN uint32_t parse_with(Parser *P) {
    ParsePos st;
    uint32_t items = 0, body, n, kwline = P->tok.line;
    parse_here(P, &st);
    parse_advance(P);
    if (PT(P) == LEX_LPAR) {
        items = parse_with_paren(P);
        if (P->err) return 0;
    }
    if (!items) {
        ParseList il;
        bool has_as = false;
        il.head = il.tail = 0;
        for (;;) {
            uint32_t it = parse_with_item(P, &has_as);
            if (!it) return 0;
            parse_list_add(P, &il, it);
            if (PT(P) != LEX_COMMA) break;
            parse_advance(P);
        }
        items = il.head;
    }
    if (!parse_colon(P, false)) return 0;
    body = parse_block(P, PARSE_W_WITH, kwline);
    if (!body) return 0;
    n = parse_node(P, AST_WITH, &st);
    parse_set(P, n, AST_A, items);
    parse_set(P, n, AST_B, body);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_except(Parser *P) {
    ParsePos st;
    uint32_t type = 0, body, n, kwline = P->tok.line, ns = 0, nl = 0;
    parse_here(P, &st);
    parse_advance(P);
    if (PT(P) == LEX_STAR) {
        parse_err_tok(P, "except* is not supported");
        return 0;
    }
    if (PT(P) != LEX_COLON) {
        if (PT(P) == LEX_NEWLINE) { parse_err_tok(P, "expected ':'"); return 0; }
        type = parse_expression(P);
        if (!type) return 0;
        if (PT(P) == LEX_COMMA) {
            parse_err_node(P, type, "multiple exception types must be parenthesized");
            return 0;
        }
        if (PT(P) == LEX_KW_AS) {
            parse_advance(P);
            if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
            ns = P->tok.start;
            nl = P->tok.len;
            parse_advance(P);
        }
    }
    if (!parse_colon(P, false)) return 0;
    body = parse_block(P, PARSE_W_EXCEPT, kwline);
    if (!body) return 0;
    n = parse_node(P, AST_EXCEPTHANDLER, &st);
    parse_set(P, n, AST_A, type);
    parse_set(P, n, AST_START, ns);
    parse_set(P, n, AST_LEN, nl);
    parse_set(P, n, AST_B, body);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_try_stmt(Parser *P) {
    ParsePos st;
    ParseList handlers;
    uint32_t body, orelse = 0, fin = 0, n, kwline = P->tok.line;
    parse_here(P, &st);
    parse_advance(P);
    if (!parse_colon(P, true)) return 0;
    body = parse_block(P, PARSE_W_TRY, kwline);
    if (!body) return 0;
    handlers.head = handlers.tail = 0;
    while (PT(P) == LEX_KW_EXCEPT && !P->err) {
        uint32_t h = parse_except(P);
        if (!h) return 0;
        parse_list_add(P, &handlers, h);
    }
    if (!handlers.head && PT(P) != LEX_KW_FINALLY) {
        parse_err_tok(P, "expected 'except' or 'finally' block");
        return 0;
    }
    if (handlers.head && PT(P) == LEX_KW_ELSE) {
        orelse = parse_else_block(P);
        if (!orelse) return 0;
    }
    if (PT(P) == LEX_KW_FINALLY) {
        uint32_t fl = P->tok.line;
        parse_advance(P);
        if (!parse_colon(P, true)) return 0;
        fin = parse_block(P, PARSE_W_FINALLY, fl);
        if (!fin) return 0;
    }
    n = parse_node(P, AST_TRY, &st);
    parse_set(P, n, AST_A, body);
    parse_set(P, n, AST_B, handlers.head);
    parse_set(P, n, AST_C, orelse);
    parse_set(P, n, AST_D, fin);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_funcdef(Parser *P, uint32_t decorators) {
    ParsePos st;
    uint32_t name_s, name_l, args, body, n, kwline = P->tok.line;
    parse_here(P, &st);
    parse_advance(P);
    if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
    name_s = P->tok.start;
    name_l = P->tok.len;
    parse_advance(P);
    if (PT(P) != LEX_LPAR) { parse_err_tok(P, "expected '('"); return 0; }
    parse_advance(P);
    args = parse_params(P, false);
    if (!args) return 0;
    if (!parse_expect(P, LEX_RPAR)) return 0;
    if (PT(P) == LEX_RARROW) {
        if (!parse_after_tok_ok(P, PARSE_TRY_EXPR_FULL)) {
            if (!P->err) parse_err_tok(P, "expected ':'");
            return 0;
        }
        parse_advance(P);
        if (!parse_expression(P)) return 0;
    }
    if (!parse_colon(P, true)) return 0;
    body = parse_block(P, PARSE_W_DEF, kwline);
    if (!body) return 0;
    n = parse_node(P, AST_FUNCTIONDEF, &st);
    parse_set(P, n, AST_START, name_s);
    parse_set(P, n, AST_LEN, name_l);
    parse_set(P, n, AST_A, args);
    parse_set(P, n, AST_B, body);
    parse_set(P, n, AST_C, decorators);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_classdef(Parser *P, uint32_t decorators) {
    ParsePos st;
    uint32_t name_s, name_l, bases = 0, body, n, kwline = P->tok.line;
    parse_here(P, &st);
    parse_advance(P);
    if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
    name_s = P->tok.start;
    name_l = P->tok.len;
    parse_advance(P);
    if (PT(P) == LEX_LPAR) {
        ParsePos open;
        bool ok;
        parse_here(P, &open);
        parse_advance(P);
        bases = parse_call_args(P, &open, true, &ok);
        if (!ok) return 0;
    }
    if (!parse_colon(P, false)) return 0;
    body = parse_block(P, PARSE_W_CLASS, kwline);
    if (!body) return 0;
    n = parse_node(P, AST_CLASSDEF, &st);
    parse_set(P, n, AST_START, name_s);
    parse_set(P, n, AST_LEN, name_l);
    parse_set(P, n, AST_A, bases);
    parse_set(P, n, AST_B, body);
    parse_set(P, n, AST_C, decorators);
    return parse_done(P, n);
}

/* 'async' def / for / with: the statement with OP=1 (decorators only before 'async def'). */
static MY_FN uint32_t parse_async(Parser *P, uint32_t decorators) {
    uint32_t n;
    ParsePos st;
    int k = parse_peek(P);
    parse_here(P, &st);
    if (k != LEX_KW_DEF && (decorators || (k != LEX_KW_FOR && k != LEX_KW_WITH))) {
        parse_advance(P);
        parse_err_syntax(P);
        return 0;
    }
    parse_advance(P);
    if (k == LEX_KW_DEF) n = parse_funcdef(P, decorators);
    else if (k == LEX_KW_FOR) n = parse_for(P);
    else n = parse_with(P);
    parse_set(P, n, AST_OP, 1);
    if (k != LEX_KW_DEF) {   /* the statement starts at 'async' (a function keeps its 'def' line) */
        parse_set(P, n, AST_LINE, st.line);
        parse_set(P, n, AST_COL, st.col);
    }
    return n;
}

static MY_FN uint32_t parse_decorated(Parser *P) {
    ParseList decs;
    decs.head = decs.tail = 0;
    while (PT(P) == LEX_AT && !P->err) {
        ParsePos st;
        uint32_t d;
        parse_advance(P);
        parse_here(P, &st);
        d = parse_named_expression(P);
        if (!d) return 0;
        if (!parse_expect_after(P, LEX_NEWLINE, d, &st)) return 0;
        parse_list_add(P, &decs, d);
    }
    if (P->err) return 0;
    if (PT(P) == LEX_KW_DEF) return parse_funcdef(P, decs.head);
    if (PT(P) == LEX_KW_CLASS) return parse_classdef(P, decs.head);
    if (PT(P) == LEX_KW_ASYNC) return parse_async(P, decs.head);
    parse_err_syntax(P);
    return 0;
}

/* ======================================================================== match statement */

static MY_FN uint32_t parse_pattern(Parser *P);
static MY_FN uint32_t parse_closed_pattern(Parser *P);

/* Whether the current NAME token is exactly `s` (soft keywords and '_'). */
static MY_FN bool parse_tok_is(const Parser *P, const char *s) {
    uint32_t i = 0;
    if (PT(P) != LEX_NAME) return false;
    for (; s[i]; i++) if (i >= P->tok.len || parse_byte(P, P->tok.start + i) != (unsigned char)s[i]) return false;
    return i == P->tok.len;
}

/* A pattern node holding one expression (a literal or a dotted name). */
static MY_FN uint32_t parse_pvalue(Parser *P, const ParsePos *st, uint32_t e) {
    uint32_t n;
    if (!e) return 0;
    n = parse_node(P, AST_PVALUE, st);
    parse_set(P, n, AST_A, e);
    return parse_done(P, n);
}

/* A signed number, optionally '+'/'-' an imaginary number: the literal patterns' arithmetic. */
static MY_FN uint32_t parse_pattern_number(Parser *P) {
    ParsePos st;
    uint32_t e;
    parse_here(P, &st);
    if (PT(P) == LEX_MINUS) {
        uint32_t u;
        parse_advance(P);
        if (PT(P) != LEX_NUMBER) { parse_err_syntax(P); return 0; }
        e = parse_atom(P);
        u = parse_node(P, AST_UNARYOP, &st);
        parse_set(P, u, AST_OP, AST_OP_USUB);
        parse_set(P, u, AST_A, e);
        e = parse_done(P, u);
    } else {
        e = parse_atom(P);
    }
    if (e && (PT(P) == LEX_PLUS || PT(P) == LEX_MINUS)) {
        int op = PT(P) == LEX_PLUS ? AST_OP_ADD : AST_OP_SUB;
        uint32_t r;
        parse_advance(P);
        if (PT(P) != LEX_NUMBER || P->tok.flags != LEX_NUM_IMAG) {
            parse_err_syntax(P);
            return 0;
        }
        r = parse_atom(P);
        e = parse_make_binop(P, &st, e, op, r);
    }
    return e;
}

/* name_or_attr: NAME ('.' NAME)* as NAME/ATTRIBUTE nodes. */
static MY_FN uint32_t parse_pattern_dotted(Parser *P) {
    ParsePos st;
    uint32_t e;
    parse_here(P, &st);
    e = parse_node_tok(P, AST_NAME);
    parse_advance(P);
    while (e && PT(P) == LEX_DOT) {
        uint32_t n;
        parse_advance(P);
        if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
        n = parse_node(P, AST_ATTRIBUTE, &st);
        parse_set(P, n, AST_A, e);
        parse_set(P, n, AST_START, P->tok.start);
        parse_set(P, n, AST_LEN, P->tok.len);
        parse_advance(P);
        e = parse_done(P, n);
    }
    return e;
}

/* '*' NAME inside a sequence pattern. */
static MY_FN uint32_t parse_star_pattern(Parser *P) {
    ParsePos st;
    uint32_t n;
    parse_here(P, &st);
    parse_advance(P);
    if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
    n = parse_node(P, AST_PSTAR, &st);
    if (!parse_tok_is(P, "_")) {
        parse_set(P, n, AST_START, P->tok.start);
        parse_set(P, n, AST_LEN, P->tok.len);
    }
    parse_advance(P);
    return parse_done(P, n);
}

/* Comma-separated patterns up to `close` (not consumed); *one_tuple tells whether a comma was seen. */
static MY_FN uint32_t parse_pattern_seq(Parser *P, int close, bool *comma) {
    ParseList l;
    l.head = l.tail = 0;
    *comma = false;
    while (!P->err && PT(P) != close) {
        uint32_t p = PT(P) == LEX_STAR ? parse_star_pattern(P) : parse_pattern(P);
        if (!p) return 0;
        parse_list_add(P, &l, p);
        if (PT(P) != LEX_COMMA) break;
        *comma = true;
        parse_advance(P);
    }
    if (P->err) return 0;
    if (PT(P) != close) { parse_err_syntax(P); return 0; }
    return l.head ? l.head : 0;
}

static MY_FN uint32_t parse_mapping_pattern(Parser *P) {
    ParsePos st;
    ParseList items;
    uint32_t n, rs = 0, rl = 0;
    parse_here(P, &st);
    parse_advance(P);
    items.head = items.tail = 0;
    while (!P->err && PT(P) != LEX_RBRACE) {
        ParsePos ist;
        uint32_t key, val, it;
        parse_here(P, &ist);
        if (PT(P) == LEX_DOUBLESTAR) {
            parse_advance(P);
            if (PT(P) != LEX_NAME || parse_tok_is(P, "_")) { parse_err_syntax(P); return 0; }
            rs = P->tok.start;
            rl = P->tok.len;
            parse_advance(P);
            if (PT(P) == LEX_COMMA) parse_advance(P);
            if (PT(P) != LEX_RBRACE) { parse_err_syntax(P); return 0; }
            break;
        }
        if (PT(P) == LEX_NAME) key = parse_pattern_dotted(P);
        else if (PT(P) == LEX_NUMBER || PT(P) == LEX_MINUS) key = parse_pattern_number(P);
        else if (PT(P) == LEX_STRING || PT(P) == LEX_KW_NONE || PT(P) == LEX_KW_TRUE || PT(P) == LEX_KW_FALSE) key = parse_atom(P);
        else { parse_err_syntax(P); return 0; }
        if (!key) return 0;
        if (parse_kind(P, key) == AST_NAME) { parse_err_syntax(P); return 0; }
        if (!parse_expect(P, LEX_COLON)) return 0;
        val = parse_pattern(P);
        if (!val) return 0;
        it = parse_node(P, AST_PITEM, &ist);
        parse_set(P, it, AST_A, key);
        parse_set(P, it, AST_B, val);
        parse_list_add(P, &items, parse_done(P, it));
        if (PT(P) != LEX_COMMA) break;
        parse_advance(P);
    }
    if (!parse_expect(P, LEX_RBRACE)) return 0;
    n = parse_node(P, AST_PMAPPING, &st);
    parse_set(P, n, AST_A, items.head);
    parse_set(P, n, AST_START, rs);
    parse_set(P, n, AST_LEN, rl);
    return parse_done(P, n);
}

/* name_or_attr '(' ... ')': positional patterns, then keyword patterns. */
static MY_FN uint32_t parse_class_pattern(Parser *P, const ParsePos *st, uint32_t cls) {
    ParseList pos, kws;
    uint32_t n;
    pos.head = pos.tail = kws.head = kws.tail = 0;
    parse_advance(P);
    while (!P->err && PT(P) != LEX_RPAR) {
        ParsePos ist;
        parse_here(P, &ist);
        if (PT(P) == LEX_NAME && parse_peek(P) == LEX_EQUAL) {
            uint32_t it = parse_node_tok(P, AST_PITEM), v;
            parse_advance(P);
            parse_advance(P);
            v = parse_pattern(P);
            if (!v) return 0;
            parse_set(P, it, AST_B, v);
            parse_list_add(P, &kws, parse_done(P, it));
        } else {
            uint32_t p = parse_pattern(P);
            if (!p) return 0;
            if (kws.head) { parse_err_node(P, p, "positional patterns follow keyword patterns"); return 0; }
            parse_list_add(P, &pos, p);
        }
        if (PT(P) != LEX_COMMA) break;
        parse_advance(P);
    }
    if (!parse_expect(P, LEX_RPAR)) return 0;
    n = parse_node(P, AST_PCLASS, st);
    parse_set(P, n, AST_A, cls);
    parse_set(P, n, AST_B, pos.head);
    parse_set(P, n, AST_C, kws.head);
    return parse_done(P, n);
}

static MY_FN uint32_t parse_closed_pattern(Parser *P) {
    ParsePos st;
    uint32_t n;
    bool comma;
    parse_here(P, &st);
    if (!parse_enter(P)) return 0;
    switch (PT(P)) {
    case LEX_NUMBER: case LEX_MINUS:
        n = parse_pvalue(P, &st, parse_pattern_number(P));
        break;
    case LEX_STRING: {
        uint32_t e = parse_atom(P);
        if (e && parse_kind(P, e) == AST_JOINEDSTR) {
            parse_err_node(P, e, "patterns may only match literals and attribute lookups");
            e = 0;
        }
        n = parse_pvalue(P, &st, e);
        break;
    }
    case LEX_KW_NONE: case LEX_KW_TRUE: case LEX_KW_FALSE:
        n = parse_node(P, AST_PSINGLETON, &st);
        parse_set(P, n, AST_OP, PT(P) == LEX_KW_NONE ? AST_CONST_NONE : PT(P) == LEX_KW_TRUE ? AST_CONST_TRUE : AST_CONST_FALSE);
        parse_advance(P);
        n = parse_done(P, n);
        break;
    case LEX_LSQB:
        parse_advance(P);
        n = parse_node(P, AST_PSEQUENCE, &st);
        parse_set(P, n, AST_A, parse_pattern_seq(P, LEX_RSQB, &comma));
        if (P->err || !parse_expect(P, LEX_RSQB)) { n = 0; break; }
        n = parse_done(P, n);
        break;
    case LEX_LPAR: {
        uint32_t first;
        parse_advance(P);
        first = parse_pattern_seq(P, LEX_RPAR, &comma);
        if (P->err || !parse_expect(P, LEX_RPAR)) { n = 0; break; }
        if (first && !comma && parse_kind(P, first) != AST_PSTAR) { n = first; break; }  /* a group */
        n = parse_node(P, AST_PSEQUENCE, &st);
        parse_set(P, n, AST_A, first);
        n = parse_done(P, n);
        break;
    }
    case LEX_LBRACE:
        n = parse_mapping_pattern(P);
        break;
    case LEX_NAME: {
        uint32_t e;
        bool wild = parse_tok_is(P, "_");
        if (parse_peek(P) != LEX_DOT && parse_peek(P) != LEX_LPAR) {
            n = parse_node(P, AST_PAS, &st);
            if (!wild) {
                parse_set(P, n, AST_START, P->tok.start);
                parse_set(P, n, AST_LEN, P->tok.len);
            }
            parse_advance(P);
            n = parse_done(P, n);
            break;
        }
        e = parse_pattern_dotted(P);
        if (e && PT(P) == LEX_LPAR) n = parse_class_pattern(P, &st, e);
        else n = parse_pvalue(P, &st, e);
        break;
    }
    default:
        parse_err_syntax(P);
        n = 0;
    }
    P->depth--;
    return P->err ? 0 : n;
}

/* pattern: or_pattern ['as' NAME] */
static MY_FN uint32_t parse_pattern(Parser *P) {
    ParsePos st;
    uint32_t first, n;
    parse_here(P, &st);
    first = parse_closed_pattern(P);
    if (!first) return 0;
    if (PT(P) == LEX_VBAR) {
        ParseList alts;
        alts.head = alts.tail = 0;
        parse_list_add(P, &alts, first);
        while (PT(P) == LEX_VBAR && !P->err) {
            uint32_t p;
            parse_advance(P);
            p = parse_closed_pattern(P);
            if (!p) return 0;
            parse_list_add(P, &alts, p);
        }
        first = parse_node(P, AST_POR, &st);
        parse_set(P, first, AST_A, alts.head);
        first = parse_done(P, first);
    }
    if (PT(P) == LEX_KW_AS) {
        parse_advance(P);
        if (PT(P) != LEX_NAME) { parse_err_syntax(P); return 0; }
        if (parse_tok_is(P, "_")) { parse_err_tok(P, "cannot use '_' as a target"); return 0; }
        n = parse_node(P, AST_PAS, &st);
        parse_set(P, n, AST_A, first);
        parse_set(P, n, AST_START, P->tok.start);
        parse_set(P, n, AST_LEN, P->tok.len);
        parse_advance(P);
        first = parse_done(P, n);
    }
    return first;
}

/* patterns: an open sequence ('case a, *b:') or one pattern */
static MY_FN uint32_t parse_case_patterns(Parser *P) {
    ParsePos st;
    ParseList l;
    uint32_t first, n;
    parse_here(P, &st);
    first = PT(P) == LEX_STAR ? parse_star_pattern(P) : parse_pattern(P);
    if (!first) return 0;
    if (PT(P) != LEX_COMMA && parse_kind(P, first) != AST_PSTAR) return first;
    l.head = l.tail = 0;
    parse_list_add(P, &l, first);
    while (PT(P) == LEX_COMMA && !P->err) {
        uint32_t p;
        parse_advance(P);
        if (PT(P) == LEX_COLON || PT(P) == LEX_KW_IF) break;
        p = PT(P) == LEX_STAR ? parse_star_pattern(P) : parse_pattern(P);
        if (!p) return 0;
        parse_list_add(P, &l, p);
    }
    if (P->err) return 0;
    n = parse_node(P, AST_PSEQUENCE, &st);
    parse_set(P, n, AST_A, l.head);
    return parse_done(P, n);
}

/* Whether 'match' at the start of a statement begins a match statement: the subject is followed
   by ':' and a line break (otherwise 'match' is an ordinary name). */
static MY_NOINLINE MY_FN bool parse_is_match_stmt(Parser *P) {
    ParseSave sv;
    bool yes;
    int k = parse_peek(P);
    if ((!parse_can_start_expr(k) && k != LEX_STAR) || P->in_trial) return false;
    P->in_trial = 1;
    parse_save(P, &sv);
    parse_advance(P);
    yes = parse_star_expressions(P) != 0 && PT(P) == LEX_COLON && parse_peek(P) == LEX_NEWLINE;
    parse_restore(P, &sv, true);
    P->err = 0;
    P->err_msg[0] = 0;
    P->L.err = 0;
    P->in_trial = 0;
    return yes;
}

static MY_FN uint32_t parse_match(Parser *P) {
    ParsePos st;
    ParseList cases;
    uint32_t subject, n, kwline = P->tok.line;
    parse_here(P, &st);
    parse_advance(P);
    subject = parse_star_expressions(P);
    if (!subject) return 0;
    if (!parse_colon(P, true)) return 0;
    if (!parse_expect(P, LEX_NEWLINE)) return 0;
    if (PT(P) != LEX_INDENT) {
        if (parse_err_begin(P, PARSE_ERR_INDENT, P->tok.line, parse_tok_col(&P->tok), "expected an indented block after 'match' statement on line "))
            parse_msg_num(P, kwline);
        return 0;
    }
    parse_advance(P);
    cases.head = cases.tail = 0;
    while (!P->err && PT(P) != LEX_DEDENT) {
        ParsePos cst;
        uint32_t pat, guard = 0, body, c, cline = P->tok.line;
        if (!parse_tok_is(P, "case")) { parse_err_syntax(P); return 0; }
        parse_here(P, &cst);
        parse_advance(P);
        pat = parse_case_patterns(P);
        if (!pat) return 0;
        if (PT(P) == LEX_KW_IF) {
            parse_advance(P);
            guard = parse_named_expression(P);
            if (!guard) return 0;
        }
        if (!parse_colon(P, true)) return 0;
        if (PT(P) == LEX_NEWLINE && parse_peek(P) != LEX_INDENT) {
            parse_advance(P);
            if (parse_err_begin(P, PARSE_ERR_INDENT, P->tok.line, parse_tok_col(&P->tok), "expected an indented block after 'case' statement on line "))
                parse_msg_num(P, cline);
            return 0;
        }
        body = parse_block(P, PARSE_W_DEF, cline);
        if (!body) return 0;
        c = parse_node(P, AST_MATCHCASE, &cst);
        parse_set(P, c, AST_A, pat);
        parse_set(P, c, AST_B, guard);
        parse_set(P, c, AST_C, body);
        parse_list_add(P, &cases, parse_done(P, c));
    }
    if (!parse_expect(P, LEX_DEDENT)) return 0;
    n = parse_node(P, AST_MATCH, &st);
    parse_set(P, n, AST_A, subject);
    parse_set(P, n, AST_B, cases.head);
    return parse_done(P, n);
}

/* One statement (a line of simple statements, or a compound statement) appended to out. */
static MY_FN void parse_statement(Parser *P, ParseList *out) {
    uint32_t n;
    switch (PT(P)) {
    case LEX_KW_IF: n = parse_if(P); break;
    case LEX_KW_WHILE: n = parse_while(P); break;
    case LEX_KW_FOR: n = parse_for(P); break;
    case LEX_KW_WITH: n = parse_with(P); break;
    case LEX_KW_TRY: n = parse_try_stmt(P); break;
    case LEX_KW_DEF: n = parse_funcdef(P, 0); break;
    case LEX_KW_CLASS: n = parse_classdef(P, 0); break;
    case LEX_AT: n = parse_decorated(P); break;
    case LEX_KW_ASYNC: n = parse_async(P, 0); break;
    case LEX_NAME:
        if (parse_tok_is(P, "match") && parse_is_match_stmt(P)) { n = parse_match(P); break; }
        parse_simple_stmts(P, out);
        return;
    default: parse_simple_stmts(P, out); return;
    }
    parse_list_add(P, out, n);
}

/* Statements up to `until` (DEDENT for a block, ENDMARKER for the file), not consuming it. */
static MY_FN void parse_statements(Parser *P, ParseList *out, int until) {
    while (!P->err && PT(P) != until) {
        if (PT(P) == LEX_ENDMARKER || PT(P) == LEX_DEDENT || PT(P) == LEX_NEWLINE) {
            parse_err_syntax(P);
            return;
        }
        if (PT(P) == LEX_INDENT) {
            parse_err_syntax(P);
            return;
        }
        parse_statement(P, out);
    }
}

/* ======================================================================== entry points */

MY_FN void parse_init(Parser *P, HeapView *H, Ref src, uint32_t src_len, AstArena *A) {
    P->H = H;
    P->src = src;
    P->src_len = src_len;
    P->A = A;
    P->stack_base = 0;
    P->err = 0;
    P->err_line = 0;
    P->err_col = 0;
    P->err_msg[0] = 0;
    lex_init(&P->L, H, src, src_len);
    P->tok.kind = LEX_ENDMARKER;
    P->tok.flags = 0;
    P->tok.level = 0;
    P->tok.start = P->tok.len = 0;
    P->tok.line = 1;
    P->tok.col = 0;
    P->tok.end_line = 1;
    P->tok.end_col = 0;
    P->nxt = P->tok;
    P->have_nxt = 0;
    P->err_from_lexer = 0;
    P->fdepth = 0;
    P->prev_level = 0;
    P->last_line = 1;
    P->last_col = 0;
    P->f_line = P->f_col = 0;
    P->depth = 0;
    P->elt_line = P->elt_col = 0;
    P->tail = P->tail_line = P->tail_col = 0;
    P->err_class = 0;
    P->in_trial = 0;
    if (A->used_cells < AST_NODE_CELLS) A->used_cells = AST_NODE_CELLS;
}

/* After a parser error CPython tokenizes the rest of the input: a tokenizer error there (or a
   bracket still open from an earlier line) is reported instead. */
static MY_FN void parse_finish_error(Parser *P) {
    LexToken t;
    uint32_t cur_line;
    Lexer *L = &P->L;
    if (!P->err || P->err == PARSE_ERR_NOMEM || P->err_from_lexer || L->err) return;
    cur_line = P->have_nxt ? P->nxt.line : P->tok.line;
    for (;;) {
        int k = lex_next(L, &t);
        if (k == LEX_ENDMARKER) return;
        if (k == LEX_ERROR) break;
    }
    if (L->err_hard || (L->err == LEX_E_NEVER_CLOSED && L->err_line < cur_line)) {
        P->err = 0;
        P->fdepth = 0;
        parse_lexer_error(P);
    }
}

MY_FN uint32_t parse_module(Parser *P) {
    ParseList body;
    uint32_t m;
    body.head = body.tail = 0;
    m = parse_alloc_node(P, AST_MODULE, 1, 0);
    if (!m) return 0;
    parse_fetch(P, &P->tok);
    parse_statements(P, &body, LEX_ENDMARKER);
    if (P->err) {
        parse_finish_error(P);
        return 0;
    }
    parse_set(P, m, AST_A, body.head);
    parse_done(P, m);
    return m;
}

MY_FN uint32_t parse_eval_input(Parser *P) {
    ParsePos st;
    uint32_t e;
    parse_fetch(P, &P->tok);
    /* eval() drops the leading blanks of its string */
    if (PT(P) == LEX_INDENT) parse_advance(P);
    parse_here(P, &st);
    e = parse_expression(P);
    if (e && PT(P) == LEX_COMMA) {
        ParseList elts;
        uint32_t n;
        elts.head = elts.tail = 0;
        parse_list_add(P, &elts, e);
        while (PT(P) == LEX_COMMA) {
            uint32_t x;
            parse_advance(P);
            if (!parse_can_start_expr(PT(P))) break;
            x = parse_expression(P);
            if (!x) break;
            parse_list_add(P, &elts, x);
        }
        n = parse_node(P, AST_TUPLE, &st);
        parse_set(P, n, AST_A, elts.head);
        e = parse_done(P, n);
    }
    while (!P->err && (PT(P) == LEX_NEWLINE || PT(P) == LEX_DEDENT)) parse_advance(P);
    if (e && !P->err && PT(P) != LEX_ENDMARKER) parse_fail_after(P, e, &st);
    if (P->err) {
        parse_finish_error(P);
        return 0;
    }
    return e;
}

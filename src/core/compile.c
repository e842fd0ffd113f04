/* compile.c: the compiler: parses, resolves every name's scope, and generates stack bytecode. */
#include "compile.h"
#include "ast.h"
#include "parser.h"
#include "opcodes.h"
#include "dtoa.h"
#include "vm.h"

/* ---- Scopes ----------------------------------------------------------------------------------
   Pass 1 walks the tree and records, per scope (module, class, function, lambda, comprehension),
   each name's flags. Pass 2 resolves free names to the enclosing function that binds them (which
   then holds them in cells). Pass 3 generates code scope by scope. */
enum { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_COMP };
/* name flags */
#define F_LOCAL 1        /* bound in this scope */
#define F_PARAM 2
#define F_GLOBAL 4       /* declared global */
#define F_NONLOCAL 8     /* declared nonlocal */
#define F_USE 16
#define F_FREE 32        /* resolved: a free variable (a cell of an enclosing function) */
#define F_CELL 64        /* resolved: held in a cell because an inner scope uses it */
#define F_IMPLICIT_GLOBAL 128
#define F_WALRUS_OUT 256 /* comprehension: assigned by := in the enclosing scope */
/* scope record fields (a list) */
enum { SC_NODE, SC_KIND, SC_PARENT, SC_SYMS, SC_GEN, SC_NEEDS_CLASS, SC_PARAMS, SC_FIELDS };

#define MAX_FBLOCKS 20
enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER, FB_WITH, FB_POP_VALUE };
/* FB_POP_VALUE: a return value waits on the stack while a finally body runs inline */
typedef struct FBlock { int kind; int brk, cont; uint32_t node; } FBlock;

typedef struct Unit {
    int scope;
    Value instrs, lines, handlers;   /* lists of small ints, one entry per instruction */
    Value consts, names, names_map;
    Value consts_map;                /* int or str constant -> its index in consts */
    Value labels;                    /* label -> instruction index (or -1), and depth at the label */
    Value label_depths;
    Value varnames, cellnames, freenames;  /* lists of str */
    Value slots;                     /* dict name -> slot index (fast locals, cells, frees) */
    int depth, maxdepth;
    int handler;                     /* label of the active exception handler, -1 none */
    FBlock fb[MAX_FBLOCKS];
    int nfb;
    uint32_t line;
    bool in_class_method;            /* a function directly inside a class (for super()) */
    struct Unit *parent;
} Unit;

typedef struct Compiler {
    Interp *I;
    Value src, filename;
    AstArena A;
    Parser P;
    Value scopes;                    /* list of scope records */
    Value scope_of;                  /* dict node -> scope index */
    Value intern;                    /* dict: identifier text -> the one str object for it */
    Unit *u;
    bool failed;
    int mode;
    uint32_t depth;                  /* recursion guard */
    uint32_t pat_loc;                /* the pattern last compiled: where CPython reports pattern errors */
} Compiler;

#define CI (C->I)
#define NODE(n, f) ast_get(&C->A, (n), (f))
#define FAILED (C->failed)

static MY_FN void c_fail(Compiler *C) { C->failed = true; }

static MY_FN Value c_check(Compiler *C, Value v) {
    if (v == V_ERR) C->failed = true;
    return v;
}

/* ---- Errors ---- */
static MY_FN Value c_line_text(Compiler *C, uint32_t line) {
    Interp *I = CI;
    uint32_t n = str_nbytes(I, C->src), pos = 0, ln = 1;
    while (pos < n && ln < line) { if (str_byte(I, C->src, pos) == '\n') ln++; pos++; }
    uint32_t end = pos;
    while (end < n && str_byte(I, C->src, end) != '\n') end++;
    return str_substr(I, C->src, pos, end - pos);
}

MY_FN Value syntax_error_new(Interp *I, TypeId t, Value msg, Value filename, uint32_t line, uint32_t col, Value text);

static MY_FN void c_error_at(Compiler *C, TypeId t, const char *msg, uint32_t line, uint32_t col) {
    if (C->failed) return;
    Interp *I = CI;
    C->failed = true;
    Value m = str_from_cstr(I, msg);
    if (m == V_ERR) return;
    Value text = c_line_text(C, line);
    if (text == V_ERR) return;
    Value e = syntax_error_new(I, t, m, C->filename, line, col + 1, text);
    if (e != V_ERR) I->exc = e;
}

static MY_FN void c_error(Compiler *C, uint32_t node, const char *msg) {
    c_error_at(C, T_SYNTAX_ERROR, msg, NODE(node, AST_LINE), NODE(node, AST_COL));
}

/* "... 'NAME' ..." messages */
static MY_FN void c_error_name(Compiler *C, uint32_t node, const char *pre, Value name, const char *post) {
    char buf[200];
    uint32_t n = 0;
    for (const char *p = pre; *p && n < 80; p++) buf[n++] = *p;
    n += str_copy_out(CI, name, buf + n, 60);
    for (const char *p = post; *p && n < 198; p++) buf[n++] = *p;
    buf[n] = 0;
    c_error(C, node, buf);
}

/* ---- Names ---- */
static MY_FN Value c_intern(Compiler *C, Value s) {
    Interp *I = CI;
    if (s == V_ERR) { c_fail(C); return s; }
    Value have = dict_get_str(I, C->intern, s);
    if (have != V_NULL) return have;
    if (c_check(C, dict_set(I, C->intern, s, s)) == V_ERR) return V_ERR;
    return s;
}

static MY_FN Value c_span_str(Compiler *C, uint32_t start, uint32_t len) {
    return c_intern(C, str_substr(CI, C->src, start, len));
}

static MY_FN Value c_node_name(Compiler *C, uint32_t node) {
    return c_span_str(C, NODE(node, AST_START), NODE(node, AST_LEN));
}

static MY_FN Value c_cstr(Compiler *C, const char *s) { return c_intern(C, str_from_cstr(CI, s)); }

/* Private names: __x inside class C becomes _C__x. */
static MY_FN Value c_mangle(Compiler *C, Value classname, Value name) {
    Interp *I = CI;
    if (classname == V_NULL || name == V_ERR) return name;
    uint32_t n = str_nbytes(I, name);
    if (n < 3 || str_byte(I, name, 0) != '_' || str_byte(I, name, 1) != '_') return name;
    if (str_byte(I, name, n - 1) == '_' && str_byte(I, name, n - 2) == '_') return name;
    for (uint32_t i = 0; i < n; i++) if (str_byte(I, name, i) == '.') return name;
    uint32_t cn = str_nbytes(I, classname), skip = 0;
    while (skip < cn && str_byte(I, classname, skip) == '_') skip++;
    if (skip == cn) return name;
    StrBuf b;
    sb_init(I, &b, n + cn + 2);
    sb_putc(I, &b, '_');
    for (uint32_t i = skip; i < cn; i++) sb_putc(I, &b, str_byte(I, classname, i));
    sb_put_str(I, &b, name);
    return c_intern(C, sb_finish(I, &b));
}

/* ---- Scope records ---- */
static MY_FN Value sc_get(Compiler *C, int scope, int field) {
    return list_get(CI, list_get(CI, C->scopes, (uint32_t)scope), (uint32_t)field);
}
static MY_FN void sc_set(Compiler *C, int scope, int field, Value v) {
    list_set(CI, list_get(CI, C->scopes, (uint32_t)scope), (uint32_t)field, v);
}
static MY_FN int sc_kind(Compiler *C, int scope) { return (int)v_as_int(sc_get(C, scope, SC_KIND)); }
static MY_FN int sc_parent(Compiler *C, int scope) { return (int)v_as_int(sc_get(C, scope, SC_PARENT)); }

static MY_FN int sc_new(Compiler *C, uint32_t node, int kind, int parent) {
    Interp *I = CI;
    if (FAILED) return 0;
    Value rec = c_check(C, list_new(I, SC_FIELDS));
    Value syms = c_check(C, dict_new(I));
    Value params = c_check(C, list_new(I, 4));
    if (FAILED) return 0;
    for (int i = 0; i < SC_FIELDS; i++) list_append(I, rec, v_int(0));
    list_set(I, rec, SC_NODE, v_int(node));
    list_set(I, rec, SC_KIND, v_int(kind));
    list_set(I, rec, SC_PARENT, v_int(parent));
    list_set(I, rec, SC_SYMS, syms);
    list_set(I, rec, SC_PARAMS, params);
    int idx = (int)list_len(I, C->scopes);
    if (!list_append(I, C->scopes, rec)) { c_fail(C); return 0; }
    c_check(C, dict_set(I, C->scope_of, v_int(node), v_int(idx)));
    return idx;
}

static MY_FN int sc_flags(Compiler *C, int scope, Value name) {
    Value f = dict_get_str(CI, sc_get(C, scope, SC_SYMS), name);
    return f == V_NULL ? 0 : (int)v_as_int(f);
}

static MY_FN void sc_add(Compiler *C, int scope, Value name, int flags) {
    if (FAILED || name == V_ERR) return;
    int old = sc_flags(C, scope, name);
    c_check(C, dict_set(CI, sc_get(C, scope, SC_SYMS), name, v_int(old | flags)));
}

static MY_FN int c_scope_of(Compiler *C, uint32_t node) {
    Value v = dict_get(CI, C->scope_of, v_int(node));
    return v == V_NULL ? -1 : (int)v_as_int(v);
}

/* ---- Pass 1: the symbol table ---- */
static MY_FN void st_expr(Compiler *C, int sc, uint32_t n);
static MY_FN void st_stmts(Compiler *C, int sc, uint32_t n);

static MY_FN void st_exprs(Compiler *C, int sc, uint32_t n) {
    for (; n && !FAILED; n = NODE(n, AST_NEXT)) st_expr(C, sc, n);
}

static MY_FN void st_bind_name(Compiler *C, int sc, uint32_t node, Value name) {
    int f = sc_flags(C, sc, name);
    if ((f & F_GLOBAL) || (f & F_NONLOCAL)) { sc_add(C, sc, name, 0); return; }
    MY_UNUSED(node);
    sc_add(C, sc, name, F_LOCAL);
}

static MY_FN void st_target(Compiler *C, int sc, uint32_t t) {
    if (FAILED || !t) return;
    int k = (int)NODE(t, AST_KIND);
    if (k == AST_NAME) st_bind_name(C, sc, t, c_node_name(C, t));
    else if (k == AST_TUPLE || k == AST_LIST) { for (uint32_t e = NODE(t, AST_A); e; e = NODE(e, AST_NEXT)) st_target(C, sc, e); }
    else if (k == AST_STARRED) st_target(C, sc, NODE(t, AST_A));
    else st_expr(C, sc, t);   /* attribute / subscript targets only read names */
}

static MY_FN void st_args(Compiler *C, int outer, int inner, uint32_t args) {
    /* defaults are evaluated in the outer scope; parameters bind in the inner one */
    uint32_t first = args ? NODE(args, AST_A) : 0;
    for (uint32_t a = first; a && !FAILED; a = NODE(a, AST_NEXT)) {
        if (NODE(a, AST_A)) st_expr(C, outer, NODE(a, AST_A));
        Value name = c_node_name(C, a);
        if (FAILED) return;
        if (sc_flags(C, inner, name) & F_PARAM) {
            c_error_name(C, a, "duplicate argument '", name, "' in function definition");
            return;
        }
        sc_add(C, inner, name, F_PARAM | F_LOCAL);
    }
    /* slots in CPython's order: positional, keyword-only, *args, **kwargs */
    static MY_CONST int order[4][2] = { { AST_ARG_POSONLY, AST_ARG_NORMAL }, { AST_ARG_KWONLY, AST_ARG_KWONLY },
                                         { AST_ARG_VARARGS, AST_ARG_VARARGS }, { AST_ARG_VARKW, AST_ARG_VARKW } };
    for (int pass = 0; pass < 4; pass++)
        for (uint32_t a = first; a && !FAILED; a = NODE(a, AST_NEXT)) {
            int k = (int)NODE(a, AST_OP);
            if (k == order[pass][0] || k == order[pass][1]) list_append(CI, sc_get(C, inner, SC_PARAMS), c_node_name(C, a));
        }
}

static MY_FN void st_comprehension(Compiler *C, int sc, uint32_t n) {
    uint32_t gens = NODE(n, AST_B);
    /* the first iterable is evaluated in the enclosing scope */
    st_expr(C, sc, NODE(gens, AST_B));
    int inner = sc_new(C, n, SCOPE_COMP, sc);
    if (FAILED) return;
    Value dot0 = c_cstr(C, ".0");
    sc_add(C, inner, dot0, F_PARAM | F_LOCAL);
    list_append(CI, sc_get(C, inner, SC_PARAMS), dot0);
    for (uint32_t g = gens; g && !FAILED; g = NODE(g, AST_NEXT)) {
        if (g != gens) st_expr(C, inner, NODE(g, AST_B));
        st_target(C, inner, NODE(g, AST_A));
        st_exprs(C, inner, NODE(g, AST_C));
    }
    st_expr(C, inner, NODE(n, AST_A));
    if (NODE(n, AST_KIND) == AST_DICTCOMP) st_expr(C, inner, NODE(n, AST_C));
    if (NODE(n, AST_KIND) == AST_GENERATOREXP) sc_set(C, inner, SC_GEN, v_int(1));
}

static MY_FN void st_expr(Compiler *C, int sc, uint32_t n) {
    if (FAILED || !n) return;
    if (++C->depth > 400 || stack_low(CI)) { c_error(C, n, "too many nested parentheses"); return; }
    switch (NODE(n, AST_KIND)) {
    case AST_NAME: {
        Value name = c_node_name(C, n);
        sc_add(C, sc, name, F_USE);
        if (str_eq_cstr(CI, name, "super") && sc_kind(C, sc) == SCOPE_FUNCTION) sc_set(C, sc, SC_NEEDS_CLASS, v_int(1));
        break;
    }
    case AST_NAMEDEXPR: {
        st_expr(C, sc, NODE(n, AST_B));
        Value name = c_node_name(C, NODE(n, AST_A));
        if (sc_kind(C, sc) == SCOPE_COMP) {
            int outer = sc;
            while (sc_kind(C, outer) == SCOPE_COMP) outer = sc_parent(C, outer);
            if (sc_kind(C, outer) == SCOPE_CLASS) {
                c_error(C, n, "assignment expression within a comprehension cannot be used in a class body");
                break;
            }
            for (int s = sc; s != outer; s = sc_parent(C, s)) sc_add(C, s, name, F_WALRUS_OUT | F_USE);
            st_bind_name(C, outer, n, name);
        } else {
            st_bind_name(C, sc, n, name);
        }
        break;
    }
    case AST_LAMBDA: {
        int inner = sc_new(C, n, SCOPE_FUNCTION, sc);
        st_args(C, sc, inner, NODE(n, AST_A));
        st_expr(C, inner, NODE(n, AST_B));
        break;
    }
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENERATOREXP:
        st_comprehension(C, sc, n);
        break;
    case AST_YIELD: case AST_YIELDFROM:
        if (sc_kind(C, sc) == SCOPE_MODULE || sc_kind(C, sc) == SCOPE_CLASS) { c_error(C, n, "'yield' outside function"); break; }
        if (sc_kind(C, sc) == SCOPE_COMP) { c_error(C, n, "'yield' inside list comprehension"); break; }
        sc_set(C, sc, SC_GEN, v_int(1));
        st_expr(C, sc, NODE(n, AST_A));
        break;
    case AST_KEYWORD: case AST_STARRED: case AST_FORMATTEDVALUE:
        st_expr(C, sc, NODE(n, AST_A));
        if (NODE(n, AST_KIND) == AST_FORMATTEDVALUE) st_expr(C, sc, NODE(n, AST_B));
        break;
    case AST_CONSTANT: case AST_STRING: case AST_STRPART: case AST_FSTRLIT:
        break;
    case AST_ATTRIBUTE:
        st_expr(C, sc, NODE(n, AST_A));
        break;
    case AST_BOOLOP: case AST_SET: case AST_LIST: case AST_TUPLE: case AST_DICT: case AST_JOINEDSTR:
        st_exprs(C, sc, NODE(n, AST_A));
        break;
    default:
        /* generic: A, B, C children (lists where they are lists) */
        st_exprs(C, sc, NODE(n, AST_A));
        st_exprs(C, sc, NODE(n, AST_B));
        st_exprs(C, sc, NODE(n, AST_C));
        break;
    }
    C->depth--;
}

static MY_FN void st_decl(Compiler *C, int sc, uint32_t n, bool global) {
    for (uint32_t nm = NODE(n, AST_A); nm && !FAILED; nm = NODE(nm, AST_NEXT)) {
        Value name = c_node_name(C, nm);
        int f = sc_flags(C, sc, name);
        if (f & F_PARAM) { c_error_name(C, n, "name '", name, global ? "' is parameter and global" : "' is parameter and nonlocal"); return; }
        if (global && (f & F_NONLOCAL)) { c_error_name(C, n, "name '", name, "' is nonlocal and global"); return; }
        if (!global && (f & F_GLOBAL)) { c_error_name(C, n, "name '", name, "' is nonlocal and global"); return; }
        if (f & F_USE) { c_error_name(C, n, "name '", name, global ? "' is used prior to global declaration" : "' is used prior to nonlocal declaration"); return; }
        if (f & F_LOCAL) { c_error_name(C, n, "name '", name, global ? "' is assigned to before global declaration" : "' is assigned to before nonlocal declaration"); return; }
        if (!global && sc_kind(C, sc) == SCOPE_MODULE) { c_error(C, n, "nonlocal declaration not allowed at module level"); return; }
        sc_add(C, sc, name, global ? F_GLOBAL : F_NONLOCAL);
    }
}

static MY_FN void st_pattern(Compiler *C, int sc, uint32_t p) {
    if (FAILED || !p) return;
    switch (NODE(p, AST_KIND)) {
    case AST_PVALUE: st_expr(C, sc, NODE(p, AST_A)); break;
    case AST_PSTAR: if (NODE(p, AST_LEN)) st_bind_name(C, sc, p, c_node_name(C, p)); break;
    case AST_PAS:
        st_pattern(C, sc, NODE(p, AST_A));
        if (NODE(p, AST_LEN)) st_bind_name(C, sc, p, c_node_name(C, p));
        break;
    case AST_PSEQUENCE: case AST_POR:
        for (uint32_t e = NODE(p, AST_A); e; e = NODE(e, AST_NEXT)) st_pattern(C, sc, e);
        break;
    case AST_PMAPPING:
        for (uint32_t it = NODE(p, AST_A); it; it = NODE(it, AST_NEXT)) { st_expr(C, sc, NODE(it, AST_A)); st_pattern(C, sc, NODE(it, AST_B)); }
        if (NODE(p, AST_LEN)) st_bind_name(C, sc, p, c_node_name(C, p));
        break;
    case AST_PCLASS:
        st_expr(C, sc, NODE(p, AST_A));
        for (uint32_t e = NODE(p, AST_B); e; e = NODE(e, AST_NEXT)) st_pattern(C, sc, e);
        for (uint32_t it = NODE(p, AST_C); it; it = NODE(it, AST_NEXT)) st_pattern(C, sc, NODE(it, AST_B));
        break;
    default: break;
    }
}

static MY_FN void st_stmt(Compiler *C, int sc, uint32_t n) {
    if (FAILED) return;
    if (++C->depth > 400 || stack_low(CI)) { c_error(C, n, "too many statically nested blocks"); return; }
    switch (NODE(n, AST_KIND)) {
    case AST_FUNCTIONDEF: {
        st_exprs(C, sc, NODE(n, AST_C));
        st_bind_name(C, sc, n, c_node_name(C, n));
        int inner = sc_new(C, n, SCOPE_FUNCTION, sc);
        st_args(C, sc, inner, NODE(n, AST_A));
        st_stmts(C, inner, NODE(n, AST_B));
        break;
    }
    case AST_CLASSDEF: {
        st_exprs(C, sc, NODE(n, AST_C));
        st_exprs(C, sc, NODE(n, AST_A));
        st_bind_name(C, sc, n, c_node_name(C, n));
        int inner = sc_new(C, n, SCOPE_CLASS, sc);
        st_stmts(C, inner, NODE(n, AST_B));
        break;
    }
    case AST_RETURN: st_expr(C, sc, NODE(n, AST_A)); break;
    case AST_DELETE: for (uint32_t t = NODE(n, AST_A); t; t = NODE(t, AST_NEXT)) st_target(C, sc, t); break;
    case AST_ASSIGN:
        st_expr(C, sc, NODE(n, AST_B));
        for (uint32_t t = NODE(n, AST_A); t; t = NODE(t, AST_NEXT)) st_target(C, sc, t);
        break;
    case AST_AUGASSIGN:
        st_expr(C, sc, NODE(n, AST_B));
        if (NODE(NODE(n, AST_A), AST_KIND) == AST_NAME) sc_add(C, sc, c_node_name(C, NODE(n, AST_A)), F_USE);
        st_target(C, sc, NODE(n, AST_A));
        break;
    case AST_ANNASSIGN:
        if (NODE(n, AST_C)) st_expr(C, sc, NODE(n, AST_C));
        if (NODE(n, AST_C) || NODE(NODE(n, AST_A), AST_KIND) != AST_NAME) st_target(C, sc, NODE(n, AST_A));
        else if (sc_kind(C, sc) == SCOPE_FUNCTION) st_bind_name(C, sc, n, c_node_name(C, NODE(n, AST_A)));
        if (sc_kind(C, sc) != SCOPE_FUNCTION) st_expr(C, sc, NODE(n, AST_B));
        break;
    case AST_FOR:
        st_expr(C, sc, NODE(n, AST_B));
        st_target(C, sc, NODE(n, AST_A));
        st_stmts(C, sc, NODE(n, AST_C));
        st_stmts(C, sc, NODE(n, AST_D));
        break;
    case AST_WHILE: case AST_IF:
        st_expr(C, sc, NODE(n, AST_A));
        st_stmts(C, sc, NODE(n, AST_B));
        st_stmts(C, sc, NODE(n, AST_C));
        break;
    case AST_WITH:
        for (uint32_t w = NODE(n, AST_A); w; w = NODE(w, AST_NEXT)) {
            st_expr(C, sc, NODE(w, AST_A));
            st_target(C, sc, NODE(w, AST_B));
        }
        st_stmts(C, sc, NODE(n, AST_B));
        break;
    case AST_RAISE: st_expr(C, sc, NODE(n, AST_A)); st_expr(C, sc, NODE(n, AST_B)); break;
    case AST_TRY:
        st_stmts(C, sc, NODE(n, AST_A));
        for (uint32_t h = NODE(n, AST_B); h && !FAILED; h = NODE(h, AST_NEXT)) {
            st_expr(C, sc, NODE(h, AST_A));
            if (NODE(h, AST_LEN)) st_bind_name(C, sc, h, c_node_name(C, h));
            st_stmts(C, sc, NODE(h, AST_B));
        }
        st_stmts(C, sc, NODE(n, AST_C));
        st_stmts(C, sc, NODE(n, AST_D));
        break;
    case AST_ASSERT: st_expr(C, sc, NODE(n, AST_A)); st_expr(C, sc, NODE(n, AST_B)); break;
    case AST_IMPORT: case AST_IMPORTFROM:
        for (uint32_t a = NODE(n, AST_A); a && !FAILED; a = NODE(a, AST_NEXT)) {
            if (NODE(a, AST_A)) { st_bind_name(C, sc, a, c_node_name(C, NODE(a, AST_A))); continue; }
            uint32_t start = NODE(a, AST_START), len = NODE(a, AST_LEN);
            if (len == 1 && str_byte(CI, C->src, start) == '*') {
                if (sc_kind(C, sc) != SCOPE_MODULE) c_error(C, n, "import * only allowed at module level");
                continue;
            }
            if (NODE(n, AST_KIND) == AST_IMPORT) {  /* import a.b binds a */
                uint32_t k = 0;
                while (k < len && str_byte(CI, C->src, start + k) != '.') k++;
                len = k;
            }
            st_bind_name(C, sc, a, c_span_str(C, start, len));
        }
        break;
    case AST_GLOBAL: st_decl(C, sc, n, true); break;
    case AST_NONLOCAL: st_decl(C, sc, n, false); break;
    case AST_EXPR: st_expr(C, sc, NODE(n, AST_A)); break;
    case AST_MATCH:
        st_expr(C, sc, NODE(n, AST_A));
        for (uint32_t cs = NODE(n, AST_B); cs && !FAILED; cs = NODE(cs, AST_NEXT)) {
            st_pattern(C, sc, NODE(cs, AST_A));
            st_expr(C, sc, NODE(cs, AST_B));
            st_stmts(C, sc, NODE(cs, AST_C));
        }
        break;
    default: break;
    }
    C->depth--;
}

static MY_FN void st_stmts(Compiler *C, int sc, uint32_t n) {
    for (; n && !FAILED; n = NODE(n, AST_NEXT)) st_stmt(C, sc, n);
}

/* ---- Pass 2: resolve free names ---- */
static MY_FN bool sc_is_function(Compiler *C, int s) {
    int k = sc_kind(C, s);
    return k == SCOPE_FUNCTION || k == SCOPE_COMP;
}

/* The function scope that binds name for a use in scope s, or -1 (global). */
static MY_FN int sc_find_binder(Compiler *C, int s, Value name) {
    for (int p = sc_parent(C, s); p >= 0; p = sc_parent(C, p)) {
        int k = sc_kind(C, p);
        if (k == SCOPE_CLASS) continue;
        if (k == SCOPE_MODULE) return -1;
        int f = sc_flags(C, p, name);
        if (f & F_GLOBAL) return -1;
        if (f & (F_LOCAL | F_NONLOCAL)) return p;
        if (f & F_WALRUS_OUT) continue;
    }
    return -1;
}

static MY_FN void sc_make_free(Compiler *C, int s, int binder, Value name) {
    for (int p = s; p != binder && p >= 0; p = sc_parent(C, p)) sc_add(C, p, name, F_FREE);
    int f = sc_flags(C, binder, name);
    if (!(f & F_NONLOCAL) && !(f & F_FREE)) sc_add(C, binder, name, F_CELL);
}

static MY_FN void resolve_scopes(Compiler *C) {
    Interp *I = CI;
    uint32_t nsc = list_len(I, C->scopes);
    Value class_name = c_cstr(C, "__class__");
    for (uint32_t s = 0; s < nsc && !FAILED; s++) {
        int kind = sc_kind(C, (int)s);
        if (kind == SCOPE_MODULE) continue;
        /* super() inside a method needs the class cell */
        if (v_as_int(sc_get(C, (int)s, SC_NEEDS_CLASS))) {
            int p = sc_parent(C, (int)s);
            while (p >= 0 && sc_kind(C, p) != SCOPE_CLASS && sc_is_function(C, p)) p = sc_parent(C, p);
            if (p >= 0 && sc_kind(C, p) == SCOPE_CLASS) {
                for (int q = (int)s; q != p; q = sc_parent(C, q)) sc_add(C, q, class_name, F_FREE | F_USE);
                sc_add(C, p, class_name, F_CELL);
            }
        }
        Value syms = sc_get(C, (int)s, SC_SYMS);
        uint32_t pos = 0;
        Value name, fv;
        while (dict_next(I, syms, &pos, &name, &fv) && !FAILED) {
            int f = (int)v_as_int(fv);
            if (f & F_GLOBAL) continue;
            if (f & F_NONLOCAL) {
                int b = sc_find_binder(C, (int)s, name);
                if (b < 0) { c_error_name(C, (uint32_t)v_as_int(sc_get(C, (int)s, SC_NODE)), "no binding for nonlocal '", name, "' found"); return; }
                sc_make_free(C, (int)s, b, name);
                continue;
            }
            if (f & F_WALRUS_OUT) {
                int b = sc_find_binder(C, (int)s, name);
                if (b >= 0) sc_make_free(C, (int)s, b, name);
                else sc_add(C, (int)s, name, F_IMPLICIT_GLOBAL);
                continue;
            }
            if ((f & F_LOCAL) && kind != SCOPE_CLASS) continue;
            if (f & F_LOCAL) continue;   /* class-level binding: a name in the class dict */
            if (f & F_FREE) continue;
            int b = sc_find_binder(C, (int)s, name);
            if (b >= 0) sc_make_free(C, (int)s, b, name);
            else if (kind != SCOPE_CLASS) sc_add(C, (int)s, name, F_IMPLICIT_GLOBAL);
        }
    }
}

/* ---- Pass 3: code generation ---------------------------------------------------------------- */
MY_CONST signed char op_stack_effect[] = {
#define OPCODE_EFFECT_ITEM(name, effect, doc) (signed char)(effect),
#define var 0
    OPCODES(OPCODE_EFFECT_ITEM)
#undef var
#undef OPCODE_EFFECT_ITEM
};

static MY_FN void u_adjust(Compiler *C, int delta) {
    Unit *u = C->u;
    u->depth += delta;
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
}

static MY_FN uint32_t u_count(Compiler *C) { return list_len(CI, C->u->instrs); }

/* Emits one instruction; `effect` overrides the table for variable-effect ops. */
static MY_FN void emit_fx(Compiler *C, int op, uint32_t arg, int effect) {
    if (FAILED) return;
    Interp *I = CI;
    Unit *u = C->u;
    if (arg > 0xFFFFFF) { c_error_at(C, T_SYNTAX_ERROR, "too many constants, names or instructions", u->line, 0); return; }
    if (!list_append(I, u->instrs, v_int((int64_t)INSTR(op, arg))) || !list_append(I, u->lines, v_int(u->line)) ||
        !list_append(I, u->handlers, v_int(u->handler))) { c_fail(C); return; }
    u_adjust(C, effect);
}

static MY_FN void emit(Compiler *C, int op, uint32_t arg) { emit_fx(C, op, arg, op_stack_effect[op]); }

static MY_FN int new_label(Compiler *C) {
    if (FAILED) return 0;
    Interp *I = CI;
    int l = (int)list_len(I, C->u->labels);
    if (!list_append(I, C->u->labels, v_int(-1)) || !list_append(I, C->u->label_depths, v_int(-1))) c_fail(C);
    return l;
}

/* A jump's argument is its label until the end, when labels become instruction indices. */
static MY_FN void emit_jump(Compiler *C, int op, int label) {
    if (FAILED) return;
    int eff = op_stack_effect[op];
    if (op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP) eff = 0;
    /* remember the stack depth the target will see */
    int target_depth = C->u->depth + eff;
    if (op == OP_FOR_ITER) target_depth = C->u->depth - 1;
    if (op == OP_SEND) target_depth = C->u->depth - 1;
    list_set(CI, C->u->label_depths, (uint32_t)label, v_int(target_depth));
    if (op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP) eff = -1;
    if (op == OP_FOR_ITER || op == OP_SEND) eff = op == OP_FOR_ITER ? 1 : 0;
    emit_fx(C, op, (uint32_t)label, eff);
}

/* Binds a label here. Jumps to it recorded the stack depth they arrive with; that depth is the
   truth here too (the code just before may have ended in a return or a jump, whose own depth
   means nothing for what follows). */
static MY_FN void bind_label(Compiler *C, int label) {
    if (FAILED) return;
    list_set(CI, C->u->labels, (uint32_t)label, v_int(u_count(C)));
    int d = (int)v_as_int(list_get(CI, C->u->label_depths, (uint32_t)label));
    if (d >= 0) C->u->depth = d;
}

/* After an unconditional jump the depth is whatever the jumps into the next label carry. */
static MY_FN void bind_label_after_jump(Compiler *C, int label) {
    bind_label(C, label);
    if (FAILED) return;
    int d = (int)v_as_int(list_get(CI, C->u->label_depths, (uint32_t)label));
    if (d >= 0) C->u->depth = d;
}

/* Exception handler labels carry the depth at which the handler starts (exception pushed). */
static MY_FN void set_label_depth(Compiler *C, int label, int depth) {
    if (FAILED) return;
    list_set(CI, C->u->label_depths, (uint32_t)label, v_int(depth));
}

/* Index of constant v in this unit, adding it if new. Ints and strs are found through a dict
   (a linear scan made a 100k-element literal quadratic); other constants are few and scanned. */
static MY_FN uint32_t const_index(Compiler *C, Value v) {
    Interp *I = CI;
    if (FAILED) return 0;
    Value consts = C->u->consts;
    uint32_t n = list_len(I, consts);
    bool mapped = v_is_int(v) || is_str(I, v) || is_bigint(I, v);
    if (mapped) {
        Value have = dict_get(I, C->u->consts_map, v);
        if (have == V_ERR) { c_fail(C); return 0; }
        if (have != V_NULL) return (uint32_t)v_as_int(have);
        if (c_check(C, dict_set(I, C->u->consts_map, v, v_int(n))) == V_ERR) return 0;
    } else {
        for (uint32_t i = 0; i < n; i++) {
            Value c = list_get(I, consts, i);
            if (c == v) return i;
        }
    }
    if (!list_append(I, consts, v)) c_fail(C);
    return n;
}

static MY_FN void emit_const(Compiler *C, Value v) {
    if (v == V_ERR) { c_fail(C); return; }
    emit(C, OP_LOAD_CONST, const_index(C, v));
}

static MY_FN uint32_t name_index(Compiler *C, Value name) {
    Interp *I = CI;
    if (FAILED || name == V_ERR) { c_fail(C); return 0; }
    Value have = dict_get_str(I, C->u->names_map, name);
    if (have != V_NULL) return (uint32_t)v_as_int(have);
    uint32_t n = list_len(I, C->u->names);
    if (!list_append(I, C->u->names, name)) { c_fail(C); return 0; }
    c_check(C, dict_set(I, C->u->names_map, name, v_int(n)));
    return n;
}

static MY_FN void set_line(Compiler *C, uint32_t node) {
    if (node && C->u) C->u->line = NODE(node, AST_LINE);
}

/* ---- Name access ---- */
enum { CTX_LOAD, CTX_STORE, CTX_DEL };

static MY_FN Value u_classname(Compiler *C) {
    /* the innermost enclosing class, for private name mangling */
    for (int s = C->u->scope; s >= 0; s = sc_parent(C, s))
        if (sc_kind(C, s) == SCOPE_CLASS) {
            uint32_t node = (uint32_t)v_as_int(sc_get(C, s, SC_NODE));
            return c_node_name(C, node);
        }
    return V_NULL;
}

static MY_FN void emit_name(Compiler *C, Value name, int ctx) {
    if (FAILED) return;
    Interp *I = CI;
    name = c_mangle(C, u_classname(C), name);
    Unit *u = C->u;
    int kind = sc_kind(C, u->scope);
    int f = sc_flags(C, u->scope, name);
    Value slot = dict_get_str(I, u->slots, name);
    static MY_CONST int fast_ops[3] = { OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST };
    static MY_CONST int deref_ops[3] = { OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF };
    static MY_CONST int global_ops[3] = { OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL };
    static MY_CONST int name_ops[3] = { OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME };
    if (f & (F_FREE | F_CELL)) {
        if (kind == SCOPE_CLASS && ctx == CTX_LOAD && !(f & F_CELL) && !(f & F_NONLOCAL)) {
            emit(C, OP_LOAD_CLASSDEREF, (uint32_t)v_as_int(slot) | (name_index(C, name) << 16));
            return;
        }
        if (kind == SCOPE_CLASS && !(f & F_CELL) && !(f & F_NONLOCAL)) {
            /* a class body binds a name in its namespace even where a method sees the enclosing one */
            emit(C, name_ops[ctx], name_index(C, name));
            return;
        }
        if (kind == SCOPE_CLASS && (f & F_CELL) && !(f & F_FREE)) {
            /* a class's own cell (__class__) is not a class-body variable */
            emit(C, name_ops[ctx], name_index(C, name));
            return;
        }
        emit(C, deref_ops[ctx], (uint32_t)v_as_int(slot));
        return;
    }
    if (f & F_GLOBAL) { emit(C, global_ops[ctx], name_index(C, name)); return; }
    if (kind == SCOPE_FUNCTION || kind == SCOPE_COMP) {
        if (slot != V_NULL && (f & (F_LOCAL | F_PARAM))) { emit(C, fast_ops[ctx], (uint32_t)v_as_int(slot)); return; }
        emit(C, global_ops[ctx], name_index(C, name));
        return;
    }
    emit(C, name_ops[ctx], name_index(C, name));
}

/* ---- Expressions ---- */
static MY_FN void c_expr(Compiler *C, uint32_t n);
static MY_FN void c_stmts(Compiler *C, uint32_t n);
static MY_FN void c_store(Compiler *C, uint32_t t);
static MY_FN Value c_function_code(Compiler *C, uint32_t node, int scope, Value name);

static MY_FN uint32_t list_count(Compiler *C, uint32_t n) {
    uint32_t k = 0;
    for (; n; n = NODE(n, AST_NEXT)) k++;
    return k;
}

/* Decodes a string literal's escapes into builder b. raw: no escapes; is_bytes: \u is literal. */
static MY_FN void decode_escapes(Compiler *C, StrBuf *b, uint32_t start, uint32_t end, bool raw, bool is_bytes, bool fstring) {
    Interp *I = CI;
    Value s = C->src;
    uint32_t i = start;
    while (i < end && !b->failed) {
        uint32_t c = str_byte(I, s, i);
        if (fstring && (c == '{' || c == '}') && i + 1 < end && str_byte(I, s, i + 1) == c) { sb_putc(I, b, c); i += 2; continue; }
        if (c != '\\' || raw || i + 1 >= end) { sb_putc(I, b, c); i++; continue; }
        uint32_t e = str_byte(I, s, i + 1);
        i += 2;
        switch (e) {
        case '\n': break;
        case '\r': if (i < end && str_byte(I, s, i) == '\n') i++; break;
        case '\\': sb_putc(I, b, '\\'); break;
        case '\'': sb_putc(I, b, '\''); break;
        case '"': sb_putc(I, b, '"'); break;
        case 'a': sb_putc(I, b, 7); break;
        case 'b': sb_putc(I, b, 8); break;
        case 'f': sb_putc(I, b, 12); break;
        case 'n': sb_putc(I, b, 10); break;
        case 'r': sb_putc(I, b, 13); break;
        case 't': sb_putc(I, b, 9); break;
        case 'v': sb_putc(I, b, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = e - '0', k = 0;
            while (k < 2 && i < end && str_byte(I, s, i) >= '0' && str_byte(I, s, i) <= '7') { v = v * 8 + (str_byte(I, s, i) - '0'); i++; k++; }
            if (is_bytes) sb_putc(I, b, v & 0xFF); else sb_put_codepoint(I, b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (is_bytes && e != 'x') { sb_putc(I, b, '\\'); sb_putc(I, b, e); break; }
            uint32_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8, v = 0, k = 0;
            for (; k < digits && i < end; k++, i++) {
                uint32_t h = str_byte(I, s, i), d;
                if (h >= '0' && h <= '9') d = h - '0';
                else if ((h | 0x20) >= 'a' && (h | 0x20) <= 'f') d = (h | 0x20) - 'a' + 10;
                else break;
                v = v * 16 + d;
            }
            if (k < digits) {
                c_error_at(C, T_SYNTAX_ERROR, e == 'x' ? "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape"
                           : "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\uXXXX escape", C->u ? C->u->line : 1, 0);
                return;
            }
            if (is_bytes) sb_putc(I, b, v); else sb_put_codepoint(I, b, v);
            break;
        }
        default: sb_putc(I, b, '\\'); sb_putc(I, b, e); break;
        }
    }
}

/* A whole string token: prefix letters, quotes, body. Appends its decoded value to b. */
static MY_FN void decode_string_token(Compiler *C, StrBuf *b, uint32_t start, uint32_t len, bool *is_bytes) {
    Interp *I = CI;
    uint32_t i = start, end = start + len;
    bool raw = false;
    *is_bytes = false;
    for (;;) {
        uint32_t c = str_byte(I, C->src, i) | 0x20;
        if (c == 'r') raw = true;
        else if (c == 'b') *is_bytes = true;
        else if (c != 'u' && c != 'f') break;
        i++;
    }
    uint32_t q = str_byte(I, C->src, i);
    uint32_t nq = (i + 2 < end && str_byte(I, C->src, i + 1) == q && str_byte(I, C->src, i + 2) == q && len - (i - start) >= 6) ? 3 : 1;
    decode_escapes(C, b, i + nq, end - nq, raw, *is_bytes, false);
}

static MY_FN Value make_bytes(Interp *I, Value s) {
    /* bytes share the str layout; their char length is their byte length */
    if (s == V_ERR) return s;
    Ref r = v_as_ref(s);
    uint32_t n = str_nbytes(I, s);
    if (s == image_root(I, ROOT_EMPTY_STR) || (n == 1 && REF_IS_IMAGE(r) && I->ref_tag == 0)) {
        Value c = str_alloc(I, n);
        if (c == V_ERR) return c;
        if (n) str_set_byte(I, c, 0, str_byte(I, s, 0));
        s = c;
        r = v_as_ref(s);
    }
    mem_st(&I->H, r, HDR_MAKE(TYPE_REF(T_BYTES), hdr_size(I, r), true));
    mem_st(&I->H, r + STR_INFO, (uint64_t)n | ((uint64_t)n << 32));
    return s;
}

static MY_FN void c_string(Compiler *C, uint32_t n) {
    Interp *I = CI;
    StrBuf b;
    sb_init(I, &b, 16);
    bool is_bytes = false;
    for (uint32_t p = NODE(n, AST_A); p && !FAILED; p = NODE(p, AST_NEXT))
        decode_string_token(C, &b, NODE(p, AST_START), NODE(p, AST_LEN), &is_bytes);
    if (FAILED) return;
    Value s = sb_finish(I, &b);
    if (is_bytes) s = make_bytes(I, s);
    emit_const(C, s);
}

static MY_FN Value c_number(Compiler *C, uint32_t n) {
    Interp *I = CI;
    uint32_t start = NODE(n, AST_START), len = NODE(n, AST_LEN);
    int sub = (int)NODE(n, AST_OP);
    if (sub == AST_CONST_INT) {
        Value v = int_parse(I, C->src, start, len, 0, true);
        if (v == V_NULL) { c_error(C, n, "invalid decimal literal"); return V_ERR; }
        return c_check(C, v);
    }
    char buf[400];
    uint32_t k = 0;
    for (uint32_t i = 0; i < len && k < sizeof buf - 1; i++) {
        uint32_t ch = str_byte(I, C->src, start + i);
        if (sub == AST_CONST_IMAG && (ch | 0x20) == 'j') break;
        buf[k++] = (char)ch;
    }
    double d;
    if (dtoa_parse(buf, (int)k, &d) != 0) { c_error(C, n, "invalid float literal"); return V_ERR; }
    if (sub == AST_CONST_IMAG) return c_check(C, complex_new(I, 0.0, d));
    return v_double(d);
}

static MY_FN void c_fstring(Compiler *C, uint32_t n);

static MY_FN void c_formatted(Compiler *C, uint32_t n) {
    Interp *I = CI;
    uint32_t conv = NODE(n, AST_OP), flags = 0;
    if (NODE(n, AST_C)) {
        /* f'{x=}': the expression's text, then its repr unless a conversion or spec says otherwise */
        StrBuf b;
        sb_init(I, &b, NODE(n, AST_LEN));
        for (uint32_t i = 0; i < NODE(n, AST_LEN); i++) sb_putc(I, &b, str_byte(I, C->src, NODE(n, AST_START) + i));
        emit_const(C, sb_finish(I, &b));
        if (!conv && !NODE(n, AST_B)) conv = 'r';
    }
    c_expr(C, NODE(n, AST_A));
    flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (NODE(n, AST_B)) { c_fstring(C, NODE(n, AST_B)); flags |= 4; emit_fx(C, OP_FORMAT_VALUE, flags, -1); }
    else emit_fx(C, OP_FORMAT_VALUE, flags, 0);
}

static MY_FN void c_fstring(Compiler *C, uint32_t n) {
    Interp *I = CI;
    uint32_t count = 0;
    for (uint32_t p = NODE(n, AST_A); p && !FAILED; p = NODE(p, AST_NEXT)) {
        if (NODE(p, AST_KIND) == AST_FSTRLIT) {
            if (NODE(p, AST_LEN) == 0) continue;
            StrBuf b;
            sb_init(I, &b, NODE(p, AST_LEN));
            /* OP bit 1: raw; bit 2: a plain string beside an f-string, whose braces are literal */
            decode_escapes(C, &b, NODE(p, AST_START), NODE(p, AST_START) + NODE(p, AST_LEN), (NODE(p, AST_OP) & 1) != 0, false,
                           (NODE(p, AST_OP) & 2) == 0);
            emit_const(C, sb_finish(I, &b));
        } else if (NODE(p, AST_KIND) == AST_FORMATTEDVALUE) {
            c_formatted(C, p);
            if (NODE(p, AST_C)) count++;
        } else {
            /* a plain string part inside an implicit concatenation with an f-string */
            StrBuf b;
            bool isb;
            sb_init(I, &b, NODE(p, AST_LEN));
            decode_string_token(C, &b, NODE(p, AST_START), NODE(p, AST_LEN), &isb);
            emit_const(C, sb_finish(I, &b));
        }
        count++;
    }
    if (count == 0) emit_const(C, image_root(I, ROOT_EMPTY_STR));
    else if (count > 1) emit_fx(C, OP_BUILD_STRING, count, 1 - (int)count);
}

/* Emits a sequence of elements that may contain *starred ones, building a list (or tuple/set). */
static MY_FN void c_starred_seq(Compiler *C, uint32_t elts, int build_op) {
    uint32_t n = list_count(C, elts);
    bool starred = false;
    for (uint32_t e = elts; e; e = NODE(e, AST_NEXT)) if (NODE(e, AST_KIND) == AST_STARRED) starred = true;
    if (!starred) {
        for (uint32_t e = elts; e; e = NODE(e, AST_NEXT)) c_expr(C, e);
        emit_fx(C, build_op, n, 1 - (int)n);
        return;
    }
    int b = build_op == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    emit_fx(C, b, 0, 1);
    for (uint32_t e = elts; e; e = NODE(e, AST_NEXT)) {
        if (NODE(e, AST_KIND) == AST_STARRED) {
            c_expr(C, NODE(e, AST_A));
            emit(C, b == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            c_expr(C, e);
            emit(C, b == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (build_op == OP_BUILD_TUPLE) emit(C, OP_LIST_TO_TUPLE, 0);
}

/* Calls: positional args, *args, k=v and **kw in any legal mix. `pushed` says whether the callee
   (and self) is already on the stack via LOAD_METHOD. */
static MY_FN void c_call_args(Compiler *C, uint32_t args, bool method) {
    Interp *I = CI;
    bool complex_call = false;
    uint32_t npos = 0, nkw = 0;
    for (uint32_t a = args; a; a = NODE(a, AST_NEXT)) {
        int k = (int)NODE(a, AST_KIND);
        if (k == AST_STARRED || (k == AST_KEYWORD && NODE(a, AST_LEN) == 0)) complex_call = true;
        else if (k == AST_KEYWORD) nkw++;
        else npos++;
    }
    if (!complex_call) {
        for (uint32_t a = args; a; a = NODE(a, AST_NEXT)) {
            if (NODE(a, AST_KIND) == AST_KEYWORD) c_expr(C, NODE(a, AST_A));
            else c_expr(C, a);
        }
        uint32_t total = npos + nkw;
        if (nkw) {
            Value names = c_check(C, tuple_new(I, nkw));
            if (FAILED) return;
            uint32_t k = 0;
            for (uint32_t a = args; a; a = NODE(a, AST_NEXT))
                if (NODE(a, AST_KIND) == AST_KEYWORD) set_fld(I, names, 1 + k++, c_node_name(C, a));
            emit_const(C, names);
            emit_fx(C, method ? OP_CALL_METHOD_KW : OP_CALL_KW, total, -(int)total - 1 - (method ? 1 : 0));
        } else {
            emit_fx(C, method ? OP_CALL_METHOD : OP_CALL, total, -(int)total - (method ? 1 : 0));
        }
        return;
    }
    /* the general form: build a positional tuple and a kwargs dict */
    if (method) { c_error_at(C, T_SYSTEM_ERROR, "internal: method call with unpacking", 0, 0); return; }
    emit_fx(C, OP_BUILD_LIST, 0, 1);
    /* f(*x) with nothing else positional: a bad x's error names f, as CPython's (0x100) */
    uint32_t nposparts = 0;
    for (uint32_t a = args; a; a = NODE(a, AST_NEXT)) if (NODE(a, AST_KIND) != AST_KEYWORD) nposparts++;
    for (uint32_t a = args; a; a = NODE(a, AST_NEXT)) {
        int k = (int)NODE(a, AST_KIND);
        if (k == AST_STARRED) { c_expr(C, NODE(a, AST_A)); emit(C, OP_LIST_EXTEND, nposparts == 1 ? 0x101 : 1); }
        else if (k != AST_KEYWORD) { c_expr(C, a); emit(C, OP_LIST_APPEND, 1); }
    }
    emit(C, OP_LIST_TO_TUPLE, 0);
    bool have_kw = false;
    for (uint32_t a = args; a; a = NODE(a, AST_NEXT)) {
        if (NODE(a, AST_KIND) != AST_KEYWORD) continue;
        if (!have_kw) { emit_fx(C, OP_BUILD_MAP, 0, 1); have_kw = true; }
        if (NODE(a, AST_LEN) == 0) { c_expr(C, NODE(a, AST_A)); emit(C, OP_DICT_MERGE, 1); }
        else {
            emit_const(C, c_node_name(C, a));
            c_expr(C, NODE(a, AST_A));
            emit_fx(C, OP_BUILD_MAP, 1, -1);
            emit(C, OP_DICT_MERGE, 1);
        }
    }
    emit_fx(C, OP_CALL_EX, have_kw ? 1 : 0, have_kw ? -2 : -1);
}

static MY_FN bool c_is_super_call(Compiler *C, uint32_t n) {
    uint32_t f = NODE(n, AST_A);
    if (NODE(f, AST_KIND) != AST_NAME || NODE(n, AST_B) != 0) return false;
    Value name = c_node_name(C, f);
    if (!str_eq_cstr(CI, name, "super")) return false;
    Value cls = c_cstr(C, "__class__");
    return (sc_flags(C, C->u->scope, cls) & F_FREE) && list_len(CI, sc_get(C, C->u->scope, SC_PARAMS)) > 0;
}

static MY_FN void c_call(Compiler *C, uint32_t n) {
    uint32_t f = NODE(n, AST_A);
    if (c_is_super_call(C, n)) {
        /* super() means super(__class__, <first argument>) */
        emit_name(C, c_node_name(C, f), CTX_LOAD);
        emit_name(C, c_cstr(C, "__class__"), CTX_LOAD);
        emit_name(C, list_get(CI, sc_get(C, C->u->scope, SC_PARAMS), 0), CTX_LOAD);
        emit_fx(C, OP_CALL, 2, -2);
        return;
    }
    bool simple = true;
    for (uint32_t a = NODE(n, AST_B); a; a = NODE(a, AST_NEXT)) {
        int k = (int)NODE(a, AST_KIND);
        if (k == AST_STARRED || (k == AST_KEYWORD && NODE(a, AST_LEN) == 0)) simple = false;
    }
    if (NODE(f, AST_KIND) == AST_ATTRIBUTE && simple) {
        c_expr(C, NODE(f, AST_A));
        set_line(C, f);
        emit(C, OP_LOAD_METHOD, name_index(C, c_mangle(C, u_classname(C), c_node_name(C, f))));
        c_call_args(C, NODE(n, AST_B), true);
        return;
    }
    c_expr(C, f);
    c_call_args(C, NODE(n, AST_B), false);
}

static MY_FN void c_compare(Compiler *C, uint32_t n) {
    c_expr(C, NODE(n, AST_A));
    uint32_t items = NODE(n, AST_B);
    int cleanup = -1;
    for (uint32_t it = items; it; it = NODE(it, AST_NEXT)) {
        c_expr(C, NODE(it, AST_A));
        bool last = NODE(it, AST_NEXT) == 0;
        if (!last) { emit(C, OP_SWAP, 2); emit(C, OP_COPY, 2); }
        uint32_t op = NODE(it, AST_OP);
        if (op == AST_OP_IS || op == AST_OP_ISNOT) emit(C, OP_IS_OP, op == AST_OP_ISNOT);
        else if (op == AST_OP_IN || op == AST_OP_NOTIN) emit(C, OP_CONTAINS_OP, op == AST_OP_NOTIN);
        else emit(C, OP_COMPARE_OP, op);
        if (!last) {
            if (cleanup < 0) cleanup = new_label(C);
            emit_jump(C, OP_JUMP_IF_FALSE_OR_POP, cleanup);
        }
    }
    if (cleanup >= 0) {
        int end = new_label(C);
        emit_jump(C, OP_JUMP, end);
        bind_label_after_jump(C, cleanup);
        /* a failed link leaves the last right operand under the False result */
        emit(C, OP_SWAP, 2);
        emit(C, OP_POP_TOP, 0);
        bind_label(C, end);
    }
}

static MY_FN void c_make_function(Compiler *C, uint32_t node, int scope, Value name, uint32_t args);

static MY_FN void c_comprehension(Compiler *C, uint32_t n) {
    Interp *I = CI;
    int scope = c_scope_of(C, n);
    int k = (int)NODE(n, AST_KIND);
    Value name = name_v(I, k == AST_LISTCOMP ? N_listcomp : k == AST_SETCOMP ? N_setcomp : k == AST_DICTCOMP ? N_dictcomp : N_genexpr);
    c_make_function(C, n, scope, name, 0);
    uint32_t gens = NODE(n, AST_B);
    c_expr(C, NODE(gens, AST_B));
    emit(C, OP_GET_ITER, 0);
    emit_fx(C, OP_CALL, 1, -1);
}

/* Whether the code being generated is the body of an 'async def'. */
static MY_FN bool c_in_async(Compiler *C) {
    int sc = C->u->scope;
    if (sc_kind(C, sc) != SCOPE_FUNCTION) return false;
    uint32_t node = (uint32_t)v_as_int(sc_get(C, sc, SC_NODE));
    return NODE(node, AST_KIND) == AST_FUNCTIONDEF && NODE(node, AST_OP) == 1;
}

/* await TOS: drive its awaitable's iterator as 'yield from' does. */
static MY_FN void emit_await(Compiler *C) {
    int loop = new_label(C), end = new_label(C);
    emit(C, OP_GET_AWAITABLE, 0);
    emit_const(C, V_NONE);
    bind_label(C, loop);
    emit_jump(C, OP_SEND, end);
    emit(C, OP_YIELD_VALUE, 0);
    emit_jump(C, OP_JUMP, loop);
    bind_label_after_jump(C, end);
}

static MY_FN void c_expr(Compiler *C, uint32_t n) {
    if (FAILED || !n) return;
    Interp *I = CI;
    if (++C->depth > 400 || stack_low(CI)) { c_error(C, n, "too many nested parentheses"); return; }
    uint32_t saved_line = C->u->line;
    set_line(C, n);
    switch (NODE(n, AST_KIND)) {
    case AST_CONSTANT: {
        int sub = (int)NODE(n, AST_OP);
        if (sub == AST_CONST_NONE) emit_const(C, V_NONE);
        else if (sub == AST_CONST_TRUE) emit_const(C, V_TRUE);
        else if (sub == AST_CONST_FALSE) emit_const(C, V_FALSE);
        else if (sub == AST_CONST_ELLIPSIS) emit_const(C, V_ELLIPSIS);
        else emit_const(C, c_number(C, n));
        break;
    }
    case AST_STRING: c_string(C, n); break;
    case AST_JOINEDSTR: c_fstring(C, n); break;
    case AST_NAME: emit_name(C, c_node_name(C, n), CTX_LOAD); break;
    case AST_NAMEDEXPR:
        c_expr(C, NODE(n, AST_B));
        emit(C, OP_COPY, 1);
        emit_name(C, c_node_name(C, NODE(n, AST_A)), CTX_STORE);
        break;
    case AST_BOOLOP: {
        int end = new_label(C);
        int op = NODE(n, AST_OP) == AST_OP_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (uint32_t v = NODE(n, AST_A); v; v = NODE(v, AST_NEXT)) {
            c_expr(C, v);
            if (NODE(v, AST_NEXT)) emit_jump(C, op, end);
        }
        bind_label(C, end);
        break;
    }
    case AST_BINOP:
        c_expr(C, NODE(n, AST_A));
        c_expr(C, NODE(n, AST_B));
        set_line(C, n);
        emit(C, OP_BINARY_OP, NODE(n, AST_OP));
        break;
    case AST_UNARYOP:
        c_expr(C, NODE(n, AST_A));
        emit(C, OP_UNARY_OP, NODE(n, AST_OP));
        break;
    case AST_LAMBDA:
        c_make_function(C, n, c_scope_of(C, n), name_v(I, N_lambda), NODE(n, AST_A));
        break;
    case AST_IFEXP: {
        int orelse = new_label(C), end = new_label(C);
        c_expr(C, NODE(n, AST_A));
        emit_jump(C, OP_POP_JUMP_IF_FALSE, orelse);
        c_expr(C, NODE(n, AST_B));
        emit_jump(C, OP_JUMP, end);
        bind_label_after_jump(C, orelse);
        c_expr(C, NODE(n, AST_C));
        bind_label(C, end);
        break;
    }
    case AST_DICT: {
        uint32_t items = NODE(n, AST_A), count = 0;
        bool unpack = false;
        for (uint32_t it = items; it; it = NODE(it, AST_NEXT)) if (!NODE(it, AST_A)) unpack = true;
        if (!unpack) {
            for (uint32_t it = items; it; it = NODE(it, AST_NEXT)) { c_expr(C, NODE(it, AST_A)); c_expr(C, NODE(it, AST_B)); count++; }
            emit_fx(C, OP_BUILD_MAP, count, 1 - 2 * (int)count);
        } else {
            emit_fx(C, OP_BUILD_MAP, 0, 1);
            for (uint32_t it = items; it; it = NODE(it, AST_NEXT)) {
                if (!NODE(it, AST_A)) { c_expr(C, NODE(it, AST_B)); emit(C, OP_DICT_UPDATE, 1); }
                else { c_expr(C, NODE(it, AST_A)); c_expr(C, NODE(it, AST_B)); emit(C, OP_MAP_ADD, 1); }
            }
        }
        break;
    }
    case AST_SET: c_starred_seq(C, NODE(n, AST_A), OP_BUILD_SET); break;
    case AST_LIST: c_starred_seq(C, NODE(n, AST_A), OP_BUILD_LIST); break;
    case AST_TUPLE: c_starred_seq(C, NODE(n, AST_A), OP_BUILD_TUPLE); break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENERATOREXP:
        c_comprehension(C, n);
        break;
    case AST_YIELD:
        if (c_in_async(C)) {
            /* an async generator's own values are wrapped, to tell them from what its awaits pass up */
            emit(C, OP_LOAD_PRELUDE, name_index(C, c_cstr(C, "_AsyncGenValue")));
            if (NODE(n, AST_A)) c_expr(C, NODE(n, AST_A)); else emit_const(C, V_NONE);
            emit_fx(C, OP_CALL, 1, -1);
        } else {
            if (NODE(n, AST_A)) c_expr(C, NODE(n, AST_A)); else emit_const(C, V_NONE);
        }
        emit(C, OP_YIELD_VALUE, 0);
        break;
    case AST_AWAIT: {
        int k = sc_kind(C, C->u->scope);
        if (!c_in_async(C)) {
            c_error(C, n, k == SCOPE_FUNCTION || k == SCOPE_COMP ? "'await' outside async function" : "'await' outside function");
            break;
        }
        c_expr(C, NODE(n, AST_A));
        emit_await(C);
        break;
    }
    case AST_YIELDFROM: {
        int loop = new_label(C), end = new_label(C);
        if (c_in_async(C)) { c_error(C, n, "'yield from' inside async function"); break; }
        c_expr(C, NODE(n, AST_A));
        emit(C, OP_GET_YIELD_FROM_ITER, 0);
        emit_const(C, V_NONE);
        bind_label(C, loop);
        emit_jump(C, OP_SEND, end);
        emit(C, OP_YIELD_VALUE, 0);
        emit_jump(C, OP_JUMP, loop);
        bind_label_after_jump(C, end);
        break;
    }
    case AST_COMPARE: c_compare(C, n); break;
    case AST_CALL: c_call(C, n); break;
    case AST_ATTRIBUTE:
        c_expr(C, NODE(n, AST_A));
        set_line(C, n);
        emit(C, OP_LOAD_ATTR, name_index(C, c_mangle(C, u_classname(C), c_node_name(C, n))));
        break;
    case AST_SUBSCRIPT:
        c_expr(C, NODE(n, AST_A));
        c_expr(C, NODE(n, AST_B));
        set_line(C, n);
        emit(C, OP_BINARY_SUBSCR, 0);
        break;
    case AST_SLICE: {
        uint32_t parts[3] = { NODE(n, AST_A), NODE(n, AST_B), NODE(n, AST_C) };
        for (int i = 0; i < 2; i++) { if (parts[i]) c_expr(C, parts[i]); else emit_const(C, V_NONE); }
        if (parts[2]) { c_expr(C, parts[2]); emit_fx(C, OP_BUILD_SLICE, 3, -2); }
        else emit_fx(C, OP_BUILD_SLICE, 2, -1);
        break;
    }
    case AST_STARRED:
        c_error(C, n, "can't use starred expression here");
        break;
    default:
        c_error(C, n, "invalid syntax");
        break;
    }
    C->u->line = saved_line;
    C->depth--;
}

/* ---- Assignment targets ---- */
static MY_FN void c_unpack(Compiler *C, uint32_t t) {
    uint32_t elts = NODE(t, AST_A), n = 0, star = 0xFFFFFFFF, i = 0;
    for (uint32_t e = elts; e; e = NODE(e, AST_NEXT), i++) {
        if (NODE(e, AST_KIND) == AST_STARRED) {
            if (star != 0xFFFFFFFF) { c_error(C, e, "multiple starred expressions in assignment"); return; }
            star = i;
        }
        n++;
    }
    if (star == 0xFFFFFFFF) emit_fx(C, OP_UNPACK_SEQUENCE, n, (int)n - 1);
    else emit_fx(C, OP_UNPACK_EX, star | ((n - star - 1) << 8), (int)n - 1);
    for (uint32_t e = elts; e; e = NODE(e, AST_NEXT))
        c_store(C, NODE(e, AST_KIND) == AST_STARRED ? NODE(e, AST_A) : e);
}

static MY_FN void c_store(Compiler *C, uint32_t t) {
    if (FAILED) return;
    set_line(C, t);
    switch (NODE(t, AST_KIND)) {
    case AST_NAME: emit_name(C, c_node_name(C, t), CTX_STORE); break;
    case AST_ATTRIBUTE:
        c_expr(C, NODE(t, AST_A));
        emit(C, OP_STORE_ATTR, name_index(C, c_mangle(C, u_classname(C), c_node_name(C, t))));
        break;
    case AST_SUBSCRIPT:
        c_expr(C, NODE(t, AST_A));
        c_expr(C, NODE(t, AST_B));
        emit(C, OP_STORE_SUBSCR, 0);
        break;
    case AST_TUPLE: case AST_LIST: c_unpack(C, t); break;
    case AST_STARRED: c_error(C, t, "starred assignment target must be in a list or tuple"); break;
    default: c_error(C, t, "cannot assign to expression"); break;
    }
}

static MY_FN void c_delete(Compiler *C, uint32_t t) {
    if (FAILED) return;
    set_line(C, t);
    switch (NODE(t, AST_KIND)) {
    case AST_NAME: emit_name(C, c_node_name(C, t), CTX_DEL); break;
    case AST_ATTRIBUTE:
        c_expr(C, NODE(t, AST_A));
        emit(C, OP_DELETE_ATTR, name_index(C, c_mangle(C, u_classname(C), c_node_name(C, t))));
        break;
    case AST_SUBSCRIPT:
        c_expr(C, NODE(t, AST_A));
        c_expr(C, NODE(t, AST_B));
        emit(C, OP_DELETE_SUBSCR, 0);
        break;
    case AST_TUPLE: case AST_LIST:
        for (uint32_t e = NODE(t, AST_A); e; e = NODE(e, AST_NEXT)) c_delete(C, e);
        break;
    default: c_error(C, t, "cannot delete expression"); break;
    }
}

/* ---- Statements ---- */
static MY_FN void fb_push(Compiler *C, int kind, int brk, int cont, uint32_t node) {
    Unit *u = C->u;
    if (u->nfb >= MAX_FBLOCKS) { c_error(C, node, "too many statically nested blocks"); return; }
    u->fb[u->nfb].kind = kind;
    u->fb[u->nfb].brk = brk;
    u->fb[u->nfb].cont = cont;
    u->fb[u->nfb].node = node;
    u->nfb++;
}

static MY_FN void emit_await(Compiler *C);

static MY_FN void emit_none_call_exit(Compiler *C, bool is_async) {
    emit_const(C, V_NONE);
    emit_const(C, V_NONE);
    emit_const(C, V_NONE);
    emit_fx(C, OP_CALL, 3, -3);
    if (is_async) emit_await(C);
    emit(C, OP_POP_TOP, 0);
}

/* Emits what leaving block fb requires. with_value: a return value sits on top of the stack. */
static MY_FN void c_unwind_block(Compiler *C, FBlock *fb, bool with_value, bool for_continue) {
    switch (fb->kind) {
    case FB_WHILE: break;
    case FB_FOR:
        if (for_continue) break;
        if (with_value) emit(C, OP_SWAP, 2);
        emit(C, OP_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT: break;
    case FB_FINALLY_TRY: {
        /* run the finally body here, outside this block's own handler */
        int saved_handler = C->u->handler;
        C->u->handler = fb->cont;          /* FB_FINALLY_TRY keeps the outer handler in `cont` */
        if (with_value) fb_push(C, FB_POP_VALUE, 0, 0, 0);
        c_stmts(C, fb->node);
        if (with_value) C->u->nfb--;
        C->u->handler = saved_handler;
        break;
    }
    case FB_POP_VALUE:
        if (with_value) emit(C, OP_SWAP, 2);
        emit(C, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_END:
        if (with_value) { emit(C, OP_SWAP, 2); emit(C, OP_POP_TOP, 0); emit(C, OP_SWAP, 2); }
        else emit(C, OP_POP_TOP, 0);
        emit(C, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER:
        if (with_value) emit(C, OP_SWAP, 2);
        emit(C, OP_POP_EXCEPT, 0);
        if (fb->node) {  /* the 'as' name */
            emit_const(C, V_NONE);
            emit_name(C, c_node_name(C, fb->node), CTX_STORE);
            emit_name(C, c_node_name(C, fb->node), CTX_DEL);
        }
        break;
    case FB_WITH:
        if (with_value) emit(C, OP_SWAP, 2);
        emit_none_call_exit(C, fb->cont != 0);   /* FB_WITH keeps 'async' in `cont` */
        break;
    }
}

/* break / continue / return: unwind the blocks in between, innermost first. */
static MY_FN void c_unwind(Compiler *C, uint32_t node, int mode /* 0 return, 1 break, 2 continue */) {
    Unit *u = C->u;
    int saved_nfb = u->nfb, saved_handler = u->handler;
    /* the code after a break/continue/return is unreachable: the stack model carries on from the
       depth before the statement, not from what the unwinding code popped */
    int saved_depth = u->depth - (mode == 0 ? 1 : 0);
    FBlock saved[MAX_FBLOCKS];
    for (int i = 0; i < u->nfb; i++) saved[i] = u->fb[i];
    int target = -1;
    while (u->nfb > 0) {
        FBlock fb = u->fb[u->nfb - 1];
        if (mode != 0 && (fb.kind == FB_WHILE || fb.kind == FB_FOR)) {
            if (mode == 1) c_unwind_block(C, &fb, false, false);
            target = mode == 1 ? fb.brk : fb.cont;
            break;
        }
        u->nfb--;
        /* the handler outside this block is the one in force for the unwinding code */
        if (fb.kind == FB_TRY_EXCEPT || fb.kind == FB_FINALLY_TRY || fb.kind == FB_HANDLER ||
            fb.kind == FB_FINALLY_END || fb.kind == FB_WITH)
            u->handler = fb.kind == FB_FINALLY_TRY ? fb.cont : fb.brk;
        c_unwind_block(C, &fb, mode == 0, false);
        if (FAILED) break;
    }
    if (mode != 0 && target < 0 && !FAILED) {
        c_error(C, node, mode == 1 ? "'break' outside loop" : "'continue' not properly in loop");
    }
    if (mode == 0) emit(C, OP_RETURN_VALUE, 0);
    else if (target >= 0) emit_jump(C, OP_JUMP, target);
    u->nfb = saved_nfb;
    u->handler = saved_handler;
    u->depth = saved_depth;
    for (int i = 0; i < saved_nfb; i++) u->fb[i] = saved[i];
}

static MY_FN void c_if(Compiler *C, uint32_t n) {
    int orelse = new_label(C), end = new_label(C);
    c_expr(C, NODE(n, AST_A));
    emit_jump(C, OP_POP_JUMP_IF_FALSE, orelse);
    c_stmts(C, NODE(n, AST_B));
    if (NODE(n, AST_C)) {
        emit_jump(C, OP_JUMP, end);
        bind_label_after_jump(C, orelse);
        c_stmts(C, NODE(n, AST_C));
    } else {
        bind_label(C, orelse);
    }
    bind_label(C, end);
}

static MY_FN void c_while(Compiler *C, uint32_t n) {
    int top = new_label(C), orelse = new_label(C), end = new_label(C);
    bind_label(C, top);
    c_expr(C, NODE(n, AST_A));
    emit_jump(C, OP_POP_JUMP_IF_FALSE, orelse);
    fb_push(C, FB_WHILE, end, top, n);
    c_stmts(C, NODE(n, AST_B));
    C->u->nfb--;
    emit_jump(C, OP_JUMP, top);
    bind_label_after_jump(C, orelse);
    c_stmts(C, NODE(n, AST_C));
    bind_label(C, end);
}

static MY_FN void c_for(Compiler *C, uint32_t n) {
    int top = new_label(C), done = new_label(C), end = new_label(C);
    c_expr(C, NODE(n, AST_B));
    emit(C, OP_GET_ITER, 0);
    bind_label(C, top);
    set_line(C, n);
    emit_jump(C, OP_FOR_ITER, done);
    c_store(C, NODE(n, AST_A));
    fb_push(C, FB_FOR, end, top, n);
    c_stmts(C, NODE(n, AST_C));
    C->u->nfb--;
    emit_jump(C, OP_JUMP, top);
    bind_label_after_jump(C, done);
    c_stmts(C, NODE(n, AST_D));
    /* break jumps here after popping the iterator */
    list_set(CI, C->u->label_depths, (uint32_t)end, v_int(C->u->depth));
    bind_label(C, end);
}

/* async for: __anext__ is awaited under a handler that ends the loop on StopAsyncIteration. */
static MY_FN void c_async_for(Compiler *C, uint32_t n) {
    Unit *u = C->u;
    int top = new_label(C), handler = new_label(C), end = new_label(C), outer = u->handler;
    c_expr(C, NODE(n, AST_B));
    emit(C, OP_GET_AITER, 0);
    int d = u->depth;
    bind_label(C, top);
    set_line(C, n);
    set_label_depth(C, handler, d + 1);
    u->handler = handler;
    emit(C, OP_GET_ANEXT, 0);
    emit_await(C);
    u->handler = outer;
    c_store(C, NODE(n, AST_A));
    fb_push(C, FB_FOR, end, top, n);
    c_stmts(C, NODE(n, AST_C));
    C->u->nfb--;
    emit_jump(C, OP_JUMP, top);
    bind_label_after_jump(C, handler);
    u->depth = d + 1;
    emit(C, OP_END_ASYNC_FOR, 0);
    c_stmts(C, NODE(n, AST_D));
    list_set(CI, C->u->label_depths, (uint32_t)end, v_int(C->u->depth));
    bind_label(C, end);
}

static MY_FN void c_try_except(Compiler *C, uint32_t n) {
    Unit *u = C->u;
    int d = u->depth, outer = u->handler;
    int handler = new_label(C), cleanup = new_label(C), orelse = new_label(C), end = new_label(C);
    set_label_depth(C, handler, d + 1);
    set_label_depth(C, cleanup, d + 2);
    fb_push(C, FB_TRY_EXCEPT, outer, 0, n);
    u->handler = handler;
    c_stmts(C, NODE(n, AST_A));
    u->handler = outer;
    u->nfb--;
    emit_jump(C, OP_JUMP, orelse);
    bind_label(C, handler);
    u->depth = d + 1;
    emit(C, OP_PUSH_EXC_INFO, 0);
    u->handler = cleanup;
    for (uint32_t h = NODE(n, AST_B); h && !FAILED; h = NODE(h, AST_NEXT)) {
        set_line(C, h);
        int next = new_label(C);
        if (!NODE(h, AST_A) && NODE(h, AST_NEXT)) { c_error(C, h, "default 'except:' must be last"); return; }
        if (NODE(h, AST_A)) {
            c_expr(C, NODE(h, AST_A));
            emit(C, OP_CHECK_EXC_MATCH, 0);
            emit_jump(C, OP_POP_JUMP_IF_FALSE, next);
        }
        bool named = NODE(h, AST_LEN) != 0;
        int named_cleanup = -1;
        if (named) emit_name(C, c_node_name(C, h), CTX_STORE);
        else emit(C, OP_POP_TOP, 0);
        if (named) {
            named_cleanup = new_label(C);
            set_label_depth(C, named_cleanup, d + 2);
            u->handler = named_cleanup;
        }
        fb_push(C, FB_HANDLER, outer, 0, named ? h : 0);
        c_stmts(C, NODE(h, AST_B));
        u->nfb--;
        u->handler = cleanup;
        emit(C, OP_POP_EXCEPT, 0);
        if (named) {
            emit_const(C, V_NONE);
            emit_name(C, c_node_name(C, h), CTX_STORE);
            emit_name(C, c_node_name(C, h), CTX_DEL);
        }
        emit_jump(C, OP_JUMP, end);
        if (named) {
            /* an exception inside the handler: clear the name, then on to cleanup */
            bind_label_after_jump(C, named_cleanup);
            emit_const(C, V_NONE);
            emit_name(C, c_node_name(C, h), CTX_STORE);
            emit_name(C, c_node_name(C, h), CTX_DEL);
            emit(C, OP_RERAISE, 0);
        }
        u->depth = d + 2;
        bind_label(C, next);
    }
    /* no clause matched */
    emit(C, OP_RERAISE, 0);
    u->handler = outer;
    bind_label(C, cleanup);
    u->depth = d + 2;
    emit(C, OP_SWAP, 2);
    emit(C, OP_POP_EXCEPT, 0);
    emit(C, OP_RERAISE, 0);
    u->depth = d;
    bind_label(C, orelse);
    c_stmts(C, NODE(n, AST_C));
    bind_label(C, end);
    u->depth = d;
}

static MY_FN void c_try(Compiler *C, uint32_t n) {
    Unit *u = C->u;
    if (!NODE(n, AST_D)) { c_try_except(C, n); return; }
    int d = u->depth, outer = u->handler;
    int fin = new_label(C), cleanup = new_label(C), end = new_label(C);
    set_label_depth(C, fin, d + 1);
    set_label_depth(C, cleanup, d + 2);
    fb_push(C, FB_FINALLY_TRY, 0, outer, NODE(n, AST_D));
    u->handler = fin;
    if (NODE(n, AST_B)) c_try_except(C, n);
    else c_stmts(C, NODE(n, AST_A));
    u->handler = outer;
    u->nfb--;
    c_stmts(C, NODE(n, AST_D));
    emit_jump(C, OP_JUMP, end);
    bind_label(C, fin);
    u->depth = d + 1;
    emit(C, OP_PUSH_EXC_INFO, 0);
    u->handler = cleanup;
    fb_push(C, FB_FINALLY_END, outer, 0, n);
    c_stmts(C, NODE(n, AST_D));
    u->nfb--;
    emit(C, OP_RERAISE, 0);
    u->handler = outer;
    bind_label(C, cleanup);
    u->depth = d + 2;
    emit(C, OP_SWAP, 2);
    emit(C, OP_POP_EXCEPT, 0);
    emit(C, OP_RERAISE, 0);
    bind_label(C, end);
    u->depth = d;
}

static MY_FN void c_with_items(Compiler *C, uint32_t item, uint32_t body, bool is_async) {
    Unit *u = C->u;
    if (!item) { c_stmts(C, body); return; }
    Interp *I = CI;
    int d = u->depth, outer = u->handler;
    int handler = new_label(C), cleanup = new_label(C), suppress = new_label(C), end = new_label(C);
    set_line(C, item);
    c_expr(C, NODE(item, AST_A));
    emit(C, OP_COPY, 1);
    emit(C, OP_LOAD_SPECIAL, name_index(C, name_v(I, is_async ? N___aexit__ : N___exit__)));
    emit(C, OP_SWAP, 2);
    emit(C, OP_LOAD_SPECIAL, name_index(C, name_v(I, is_async ? N___aenter__ : N___enter__)));
    emit_fx(C, OP_CALL, 0, 0);
    if (is_async) emit_await(C);
    set_label_depth(C, handler, d + 2);
    set_label_depth(C, cleanup, d + 3);
    fb_push(C, FB_WITH, outer, is_async, item);
    u->handler = handler;
    if (NODE(item, AST_B)) c_store(C, NODE(item, AST_B));
    else emit(C, OP_POP_TOP, 0);
    c_with_items(C, NODE(item, AST_NEXT), body, is_async);
    u->handler = outer;
    u->nfb--;
    emit_none_call_exit(C, is_async);
    emit_jump(C, OP_JUMP, end);
    bind_label(C, handler);
    u->depth = d + 2;
    emit(C, OP_PUSH_EXC_INFO, 0);
    u->handler = cleanup;
    emit(C, OP_WITH_EXCEPT_START, 0);
    if (is_async) emit_await(C);
    emit_jump(C, OP_POP_JUMP_IF_TRUE, suppress);
    emit(C, OP_RERAISE, 0);
    u->depth = d + 3;
    bind_label(C, suppress);
    emit(C, OP_POP_TOP, 0);
    emit(C, OP_POP_EXCEPT, 0);
    emit(C, OP_POP_TOP, 0);
    emit_jump(C, OP_JUMP, end);
    u->handler = outer;
    bind_label(C, cleanup);
    u->depth = d + 3;
    emit(C, OP_SWAP, 2);
    emit(C, OP_POP_EXCEPT, 0);
    emit(C, OP_SWAP, 2);
    emit(C, OP_POP_TOP, 0);
    emit(C, OP_RERAISE, 0);
    bind_label(C, end);
    u->depth = d;
}

/* ---- match statements ---------------------------------------------------------------------------
   A pattern is compiled with its subject on top of the stack; on success the subject is consumed;
   on failure the code jumps to the context's failure label for the number of items then left above
   `base`, and a chain of POP_TOPs brings every failure to the same place. Captured names are
   stored as soon as they match. Sequence, mapping and class patterns call the prelude's _match_*
   helpers, which return the subject's parts as a sequence or None. */
typedef struct PatCtx {
    int base;                 /* stack depth a failure ends at */
    Value fails;              /* list: index k -> label of "k items left to pop", -1 until needed */
    Value names;              /* list of the names this case's pattern has bound so far */
    bool allow_irrefutable;
} PatCtx;

static MY_FN void c_pattern(Compiler *C, uint32_t p, PatCtx *pc);

static MY_FN bool pc_init(Compiler *C, PatCtx *pc, int base, Value names, bool allow) {
    pc->base = base;
    pc->fails = c_check(C, list_new(CI, 4));
    pc->names = names;
    pc->allow_irrefutable = allow;
    return !FAILED;
}

/* A conditional jump (POP_JUMP_IF_FALSE/TRUE) to the failure path. */
static MY_FN void pc_fail_jump(Compiler *C, PatCtx *pc, int op) {
    if (FAILED) return;
    Interp *I = CI;
    int k = C->u->depth - 1 - pc->base;
    if (k < 0) { c_error(C, 0, "internal compiler error: pattern stack"); return; }
    while ((int)list_len(I, pc->fails) <= k) if (!list_append(I, pc->fails, v_int(-1))) { c_fail(C); return; }
    int label = (int)v_as_int(list_get(I, pc->fails, (uint32_t)k));
    if (label < 0) { label = new_label(C); list_set(I, pc->fails, (uint32_t)k, v_int(label)); }
    emit_jump(C, op, label);
}

/* The failure landing: pops whatever each failure left, ending at depth base. */
static MY_FN void pc_fail_chain(Compiler *C, PatCtx *pc) {
    Interp *I = CI;
    int n = (int)list_len(I, pc->fails);
    bool started = false;
    for (int k = n - 1; k >= 0 && !FAILED; k--) {
        int label = (int)v_as_int(list_get(I, pc->fails, (uint32_t)k));
        if (label >= 0) { bind_label(C, label); started = true; }
        if (k > 0 && started) emit(C, OP_POP_TOP, 0);
    }
    C->u->depth = pc->base;
}

static MY_FN bool pc_has_name(Compiler *C, Value names, Value name) {
    for (uint32_t i = 0; i < list_len(CI, names); i++) if (list_get(CI, names, i) == name) return true;
    return false;
}

/* Stores TOS into a captured name (each name once per pattern). */
static MY_FN void pc_bind(Compiler *C, PatCtx *pc, uint32_t node, Value name) {
    if (FAILED) return;
    MY_UNUSED(node);
    if (pc_has_name(C, pc->names, name)) { c_error_name(C, C->pat_loc, "multiple assignments to name '", name, "' in pattern"); return; }
    if (!list_append(CI, pc->names, name)) { c_fail(C); return; }
    emit_name(C, name, CTX_STORE);
}

static MY_FN Value pc_copy_names(Compiler *C, Value names) {
    Value l = c_check(C, list_new(CI, list_len(CI, names) + 2));
    for (uint32_t i = 0; !FAILED && i < list_len(CI, names); i++) if (!list_append(CI, l, list_get(CI, names, i))) c_fail(C);
    return l;
}

/* Calls the prelude helper `fn` on the subject (TOS) and `extra` more arguments the caller has
   pushed: [subject, extra...] -> result; then fails on None. */
static MY_FN void pc_call_helper(Compiler *C, PatCtx *pc, uint32_t nextra) {
    emit_fx(C, OP_CALL, nextra + 1, -(int)(nextra + 1));
    emit(C, OP_COPY, 1);
    emit_const(C, V_NONE);
    emit(C, OP_IS_OP, 0);
    pc_fail_jump(C, pc, OP_POP_JUMP_IF_TRUE);
}

static MY_FN void pc_load_helper(Compiler *C, const char *name) {
    /* [subject] -> [helper, subject] */
    emit(C, OP_LOAD_PRELUDE, name_index(C, c_cstr(C, name)));
    emit(C, OP_SWAP, 2);
}

static MY_FN void c_pattern_seq(Compiler *C, uint32_t p, PatCtx *pc) {
    uint32_t n = 0, star = 0xFFFFFF;
    for (uint32_t e = NODE(p, AST_A); e; e = NODE(e, AST_NEXT), n++) {
        if (NODE(e, AST_KIND) != AST_PSTAR) continue;
        if (star != 0xFFFFFF) { c_error(C, p, "multiple starred names in sequence pattern"); return; }
        star = n;
    }
    pc_load_helper(C, "_match_seq");
    emit_const(C, v_int(n));
    emit_const(C, v_int(star == 0xFFFFFF ? -1 : (int64_t)star));
    pc_call_helper(C, pc, 2);
    emit_fx(C, OP_UNPACK_SEQUENCE, n, (int)n - 1);
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    for (uint32_t e = NODE(p, AST_A); e && !FAILED; e = NODE(e, AST_NEXT)) {
        if (NODE(e, AST_KIND) == AST_PSTAR) {
            if (NODE(e, AST_LEN)) pc_bind(C, pc, e, c_node_name(C, e));
            else emit(C, OP_POP_TOP, 0);
        } else {
            c_pattern(C, e, pc);
        }
    }
    pc->allow_irrefutable = saved;
}

static MY_FN void c_pattern_map(Compiler *C, uint32_t p, PatCtx *pc) {
    uint32_t n = 0;
    bool rest = NODE(p, AST_LEN) != 0;
    pc_load_helper(C, "_match_map");
    for (uint32_t it = NODE(p, AST_A); it; it = NODE(it, AST_NEXT), n++) c_expr(C, NODE(it, AST_A));
    emit_fx(C, OP_BUILD_TUPLE, n, 1 - (int)n);
    emit_const(C, v_bool(rest));
    pc_call_helper(C, pc, 2);
    emit_fx(C, OP_UNPACK_SEQUENCE, n + rest, (int)(n + rest) - 1);
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    for (uint32_t it = NODE(p, AST_A); it && !FAILED; it = NODE(it, AST_NEXT)) c_pattern(C, NODE(it, AST_B), pc);
    if (rest) pc_bind(C, pc, p, c_node_name(C, p));
    pc->allow_irrefutable = saved;
}

static MY_FN void c_pattern_class(Compiler *C, uint32_t p, PatCtx *pc) {
    uint32_t npos = 0, nkw = 0;
    pc_load_helper(C, "_match_class");
    c_expr(C, NODE(p, AST_A));
    for (uint32_t e = NODE(p, AST_B); e; e = NODE(e, AST_NEXT)) npos++;
    emit_const(C, v_int(npos));
    for (uint32_t it = NODE(p, AST_C); it && !FAILED; it = NODE(it, AST_NEXT), nkw++) {
        Value name = c_node_name(C, it);
        for (uint32_t o = NODE(p, AST_C); o != it; o = NODE(o, AST_NEXT))
            if (c_node_name(C, o) == name) { c_error_name(C, NODE(it, AST_B), "attribute name repeated in class pattern: ", name, ""); return; }
        emit_const(C, name);
    }
    emit_fx(C, OP_BUILD_TUPLE, nkw, 1 - (int)nkw);
    pc_call_helper(C, pc, 3);
    emit_fx(C, OP_UNPACK_SEQUENCE, npos + nkw, (int)(npos + nkw) - 1);
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    for (uint32_t e = NODE(p, AST_B); e && !FAILED; e = NODE(e, AST_NEXT)) c_pattern(C, e, pc);
    for (uint32_t it = NODE(p, AST_C); it && !FAILED; it = NODE(it, AST_NEXT)) c_pattern(C, NODE(it, AST_B), pc);
    pc->allow_irrefutable = saved;
}

static MY_FN void c_pattern_or(Compiler *C, uint32_t p, PatCtx *pc) {
    Interp *I = CI;
    int end = new_label(C);
    Value names0 = pc->names, first = V_NULL;
    uint32_t n0 = list_len(I, names0);
    for (uint32_t alt = NODE(p, AST_A); alt && !FAILED; alt = NODE(alt, AST_NEXT)) {
        bool last = NODE(alt, AST_NEXT) == 0;
        PatCtx sub;
        Value names = pc_copy_names(C, names0);
        if (FAILED) return;
        if (!last) {
            emit(C, OP_COPY, 1);
            if (!pc_init(C, &sub, C->u->depth - 1, names, false)) return;
            c_pattern(C, alt, &sub);
            emit(C, OP_POP_TOP, 0);
            emit_jump(C, OP_JUMP, end);
            pc_fail_chain(C, &sub);
        } else {
            sub = *pc;
            sub.names = names;
            c_pattern(C, alt, &sub);
        }
        if (FAILED) return;
        names = sub.names;   /* a nested OR pattern replaces the list */
        if (first == V_NULL) {
            first = names;
        } else {
            bool same = list_len(I, names) == list_len(I, first);
            for (uint32_t i = n0; same && i < list_len(I, names); i++) same = pc_has_name(C, first, list_get(I, names, i));
            if (!same) { c_error(C, C->pat_loc, "alternative patterns bind different names"); return; }
        }
    }
    bind_label(C, end);
    pc->names = first;
}

static MY_FN void c_pattern(Compiler *C, uint32_t p, PatCtx *pc) {
    if (FAILED) return;
    if (++C->depth > 400 || stack_low(CI)) { c_error(C, p, "too many nested parentheses"); return; }
    set_line(C, p);
    C->pat_loc = p;
    switch (NODE(p, AST_KIND)) {
    case AST_PVALUE:
        c_expr(C, NODE(p, AST_A));
        emit(C, OP_COMPARE_OP, AST_OP_EQ);
        pc_fail_jump(C, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case AST_PSINGLETON: {
        int sub = (int)NODE(p, AST_OP);
        emit_const(C, sub == AST_CONST_NONE ? V_NONE : sub == AST_CONST_TRUE ? V_TRUE : V_FALSE);
        emit(C, OP_IS_OP, 0);
        pc_fail_jump(C, pc, OP_POP_JUMP_IF_FALSE);
        break;
    }
    case AST_PAS:
        if (!NODE(p, AST_A)) {
            if (!pc->allow_irrefutable) {
                if (NODE(p, AST_LEN)) c_error_name(C, p, "name capture '", c_node_name(C, p), "' makes remaining patterns unreachable");
                else c_error(C, p, "wildcard makes remaining patterns unreachable");
                break;
            }
            if (NODE(p, AST_LEN)) pc_bind(C, pc, p, c_node_name(C, p));
            else emit(C, OP_POP_TOP, 0);
            break;
        }
        emit(C, OP_COPY, 1);
        c_pattern(C, NODE(p, AST_A), pc);
        pc_bind(C, pc, p, c_node_name(C, p));
        break;
    case AST_POR: c_pattern_or(C, p, pc); break;
    case AST_PSEQUENCE: c_pattern_seq(C, p, pc); break;
    case AST_PMAPPING: c_pattern_map(C, p, pc); break;
    case AST_PCLASS: c_pattern_class(C, p, pc); break;
    default: c_error(C, p, "invalid syntax"); break;
    }
    C->depth--;
}

static MY_FN void c_match(Compiler *C, uint32_t n) {
    Unit *u = C->u;
    int end = new_label(C);
    c_expr(C, NODE(n, AST_A));
    int d = u->depth;
    for (uint32_t cs = NODE(n, AST_B); cs && !FAILED; cs = NODE(cs, AST_NEXT)) {
        bool last = NODE(cs, AST_NEXT) == 0;
        PatCtx pc;
        Value names = c_check(C, list_new(CI, 4));
        if (FAILED || !pc_init(C, &pc, d, names, last || NODE(cs, AST_B) != 0)) return;
        set_line(C, cs);
        emit(C, OP_COPY, 1);
        c_pattern(C, NODE(cs, AST_A), &pc);
        if (NODE(cs, AST_B)) {
            c_expr(C, NODE(cs, AST_B));
            pc_fail_jump(C, &pc, OP_POP_JUMP_IF_FALSE);
        }
        emit(C, OP_POP_TOP, 0);
        c_stmts(C, NODE(cs, AST_C));
        emit_jump(C, OP_JUMP, end);
        pc_fail_chain(C, &pc);
    }
    u->depth = d;
    emit(C, OP_POP_TOP, 0);
    bind_label(C, end);
}

static MY_FN Value c_qualname(Compiler *C, int scope, Value name) {
    Interp *I = CI;
    int p = sc_parent(C, scope);
    if (p < 0 || sc_kind(C, p) == SCOPE_MODULE) return name;
    uint32_t pnode = (uint32_t)v_as_int(sc_get(C, p, SC_NODE));
    Value pname = NODE(pnode, AST_KIND) == AST_LAMBDA ? name_v(I, N_lambda) : c_node_name(C, pnode);
    if (NODE(pnode, AST_KIND) >= AST_LISTCOMP && NODE(pnode, AST_KIND) <= AST_GENERATOREXP) pname = name_v(I, N_genexpr);
    Value pq = c_qualname(C, p, pname);
    StrBuf b;
    sb_init(I, &b, 32);
    sb_put_str(I, &b, pq);
    if (sc_kind(C, p) != SCOPE_CLASS) sb_puts(I, &b, ".<locals>");
    sb_putc(I, &b, '.');
    sb_put_str(I, &b, name);
    return c_check(C, sb_finish(I, &b));
}

/* Pushes a function object for the scope at `node`: defaults, kwdefaults, closure, code. */
static MY_FN void c_make_function(Compiler *C, uint32_t node, int scope, Value name, uint32_t args) {
    Interp *I = CI;
    if (FAILED) return;
    uint32_t flags = 0, ndef = 0, nkwdef = 0;
    for (uint32_t a = args ? NODE(args, AST_A) : 0; a; a = NODE(a, AST_NEXT)) {
        if (!NODE(a, AST_A)) continue;
        if (NODE(a, AST_OP) == AST_ARG_KWONLY) nkwdef++;
        else { c_expr(C, NODE(a, AST_A)); ndef++; }
    }
    if (ndef) { emit_fx(C, OP_BUILD_TUPLE, ndef, 1 - (int)ndef); flags |= 1; }
    if (nkwdef) {
        for (uint32_t a = NODE(args, AST_A); a; a = NODE(a, AST_NEXT)) {
            if (!NODE(a, AST_A) || NODE(a, AST_OP) != AST_ARG_KWONLY) continue;
            emit_const(C, c_node_name(C, a));
            c_expr(C, NODE(a, AST_A));
        }
        emit_fx(C, OP_BUILD_MAP, nkwdef, 1 - 2 * (int)nkwdef);
        flags |= 2;
    }
    Value code = c_function_code(C, node, scope, name);
    if (FAILED) return;
    Value frees = fld(I, code, CODE_FREEVARS);
    uint32_t nfree = tuple_len(I, frees);
    if (nfree) {
        for (uint32_t i = 0; i < nfree; i++) {
            Value fname = fld(I, frees, 1 + i);
            Value slot = dict_get_str(I, C->u->slots, fname);
            if (slot == V_NULL) { c_error_at(C, T_SYSTEM_ERROR, "internal: free variable without a cell", 0, 0); return; }
            emit(C, OP_LOAD_CLOSURE, (uint32_t)v_as_int(slot));
        }
        emit_fx(C, OP_BUILD_TUPLE, nfree, 1 - (int)nfree);
        flags |= 8;
    }
    emit_const(C, code);
    emit_fx(C, OP_MAKE_FUNCTION, flags, -(int)(((flags & 1) != 0) + ((flags & 2) != 0) + ((flags & 8) != 0)));
}

static MY_FN void c_decorated(Compiler *C, uint32_t decorators) {
    for (uint32_t d = decorators; d; d = NODE(d, AST_NEXT)) c_expr(C, d);
}

static MY_FN void c_apply_decorators(Compiler *C, uint32_t decorators) {
    for (uint32_t d = decorators; d; d = NODE(d, AST_NEXT)) emit_fx(C, OP_CALL, 1, -1);
}

static MY_FN void c_classdef(Compiler *C, uint32_t n) {
    Interp *I = CI;
    c_decorated(C, NODE(n, AST_C));
    emit(C, OP_LOAD_BUILD_CLASS, 0);
    Value name = c_node_name(C, n);
    c_make_function(C, n, c_scope_of(C, n), name, 0);
    emit_const(C, name);
    /* bases and keywords are the rest of the __build_class__ call */
    uint32_t npos = 2, nkw = 0;
    bool complex_call = false;
    for (uint32_t a = NODE(n, AST_A); a; a = NODE(a, AST_NEXT)) {
        int k = (int)NODE(a, AST_KIND);
        if (k == AST_STARRED || (k == AST_KEYWORD && NODE(a, AST_LEN) == 0)) complex_call = true;
        if (k == AST_KEYWORD) nkw++; else npos++;
    }
    if (complex_call) { c_error(C, n, "unpacking in class bases is not supported yet"); return; }
    for (uint32_t a = NODE(n, AST_A); a; a = NODE(a, AST_NEXT))
        c_expr(C, NODE(a, AST_KIND) == AST_KEYWORD ? NODE(a, AST_A) : a);
    if (nkw) {
        Value names = c_check(C, tuple_new(I, nkw));
        if (FAILED) return;
        uint32_t k = 0;
        for (uint32_t a = NODE(n, AST_A); a; a = NODE(a, AST_NEXT))
            if (NODE(a, AST_KIND) == AST_KEYWORD) set_fld(I, names, 1 + k++, c_node_name(C, a));
        emit_const(C, names);
        emit_fx(C, OP_CALL_KW, npos + nkw, -(int)(npos + nkw) - 1);
    } else {
        emit_fx(C, OP_CALL, npos, -(int)npos);
    }
    c_apply_decorators(C, NODE(n, AST_C));
    emit_name(C, name, CTX_STORE);
}

static MY_FN void c_import(Compiler *C, uint32_t n) {
    Interp *I = CI;
    for (uint32_t a = NODE(n, AST_A); a && !FAILED; a = NODE(a, AST_NEXT)) {
        uint32_t start = NODE(a, AST_START), len = NODE(a, AST_LEN);
        Value full = c_span_str(C, start, len);
        emit_const(C, v_int(0));
        emit_const(C, V_NONE);
        emit(C, OP_IMPORT_NAME, name_index(C, full));
        if (NODE(a, AST_A)) {
            /* import a.b as c binds the submodule */
            uint32_t k = 0;
            while (k < len) {
                uint32_t e = k;
                while (e < len && str_byte(I, C->src, start + e) != '.') e++;
                if (k > 0) emit(C, OP_IMPORT_FROM, name_index(C, c_span_str(C, start + k, e - k))), emit(C, OP_SWAP, 2), emit(C, OP_POP_TOP, 0);
                k = e + 1;
            }
            emit_name(C, c_node_name(C, NODE(a, AST_A)), CTX_STORE);
        } else {
            uint32_t k = 0;
            while (k < len && str_byte(I, C->src, start + k) != '.') k++;
            emit_name(C, c_span_str(C, start, k), CTX_STORE);
        }
    }
}

static MY_FN void c_import_from(Compiler *C, uint32_t n) {
    Interp *I = CI;
    uint32_t names = NODE(n, AST_A);
    bool star = NODE(names, AST_LEN) == 1 && str_byte(I, C->src, NODE(names, AST_START)) == '*';
    uint32_t count = list_count(C, names);
    Value fromlist = c_check(C, tuple_new(I, count));
    if (FAILED) return;
    uint32_t k = 0;
    for (uint32_t a = names; a; a = NODE(a, AST_NEXT)) set_fld(I, fromlist, 1 + k++, c_node_name(C, a));
    emit_const(C, v_int(NODE(n, AST_OP)));
    emit_const(C, fromlist);
    emit(C, OP_IMPORT_NAME, name_index(C, c_span_str(C, NODE(n, AST_START), NODE(n, AST_LEN))));
    if (star) { emit(C, OP_IMPORT_STAR, 0); return; }
    for (uint32_t a = names; a; a = NODE(a, AST_NEXT)) {
        Value nm = c_node_name(C, a);
        emit(C, OP_IMPORT_FROM, name_index(C, nm));
        emit_name(C, NODE(a, AST_A) ? c_node_name(C, NODE(a, AST_A)) : nm, CTX_STORE);
    }
    emit(C, OP_POP_TOP, 0);
}

static MY_FN void c_stmt(Compiler *C, uint32_t n) {
    if (FAILED) return;
    if (++C->depth > 400 || stack_low(CI)) { c_error(C, n, "too many statically nested blocks"); return; }
    set_line(C, n);
    int kind = sc_kind(C, C->u->scope);
    switch (NODE(n, AST_KIND)) {
    case AST_EXPR:
        if (C->mode == COMPILE_SINGLE && kind == SCOPE_MODULE) { c_expr(C, NODE(n, AST_A)); emit(C, OP_PRINT_EXPR, 0); }
        else if (NODE(NODE(n, AST_A), AST_KIND) == AST_CONSTANT || NODE(NODE(n, AST_A), AST_KIND) == AST_STRING) { /* no effect */ }
        else { c_expr(C, NODE(n, AST_A)); emit(C, OP_POP_TOP, 0); }
        break;
    case AST_ASSIGN: {
        c_expr(C, NODE(n, AST_B));
        for (uint32_t t = NODE(n, AST_A); t; t = NODE(t, AST_NEXT)) {
            if (NODE(t, AST_NEXT)) emit(C, OP_COPY, 1);
            c_store(C, t);
        }
        break;
    }
    case AST_AUGASSIGN: {
        uint32_t t = NODE(n, AST_A);
        uint32_t op = NODE(n, AST_OP) | 0x100;
        int tk = (int)NODE(t, AST_KIND);
        if (tk == AST_NAME) {
            emit_name(C, c_node_name(C, t), CTX_LOAD);
            c_expr(C, NODE(n, AST_B));
            set_line(C, n);
            emit(C, OP_BINARY_OP, op);
            emit_name(C, c_node_name(C, t), CTX_STORE);
        } else if (tk == AST_ATTRIBUTE) {
            Value nm = c_mangle(C, u_classname(C), c_node_name(C, t));
            c_expr(C, NODE(t, AST_A));
            emit(C, OP_COPY, 1);
            emit(C, OP_LOAD_ATTR, name_index(C, nm));
            c_expr(C, NODE(n, AST_B));
            set_line(C, n);
            emit(C, OP_BINARY_OP, op);
            emit(C, OP_SWAP, 2);
            emit(C, OP_STORE_ATTR, name_index(C, nm));
        } else if (tk == AST_SUBSCRIPT) {
            c_expr(C, NODE(t, AST_A));
            c_expr(C, NODE(t, AST_B));
            emit(C, OP_COPY, 2);
            emit(C, OP_COPY, 2);
            emit(C, OP_BINARY_SUBSCR, 0);
            c_expr(C, NODE(n, AST_B));
            set_line(C, n);
            emit(C, OP_BINARY_OP, op);
            emit(C, OP_SWAP, 3);
            emit(C, OP_SWAP, 2);
            emit(C, OP_STORE_SUBSCR, 0);
        } else {
            c_error(C, t, "'expression' is an illegal expression for augmented assignment");
        }
        break;
    }
    case AST_ANNASSIGN:
        if (NODE(n, AST_C)) { c_expr(C, NODE(n, AST_C)); c_store(C, NODE(n, AST_A)); }
        if (kind != SCOPE_FUNCTION) {
            /* module and class bodies evaluate the annotation; a plain name's goes in __annotations__ */
            c_expr(C, NODE(n, AST_B));
            if (NODE(n, AST_OP) == 1) {
                emit(C, OP_SETUP_ANNOTATIONS, 0);
                emit_name(C, name_v(CI, N___annotations__), CTX_LOAD);
                emit_const(C, c_mangle(C, u_classname(C), c_node_name(C, NODE(n, AST_A))));
                emit(C, OP_STORE_SUBSCR, 0);
            } else {
                emit(C, OP_POP_TOP, 0);
            }
        }
        break;
    case AST_DELETE:
        for (uint32_t t = NODE(n, AST_A); t; t = NODE(t, AST_NEXT)) c_delete(C, t);
        break;
    case AST_PASS: case AST_GLOBAL: case AST_NONLOCAL: break;
    case AST_IF: c_if(C, n); break;
    case AST_WHILE: c_while(C, n); break;
    case AST_FOR:
        if (NODE(n, AST_OP) && !c_in_async(C)) { c_error(C, n, "'async for' outside async function"); break; }
        if (NODE(n, AST_OP)) c_async_for(C, n); else c_for(C, n);
        break;
    case AST_BREAK: c_unwind(C, n, 1); break;
    case AST_CONTINUE: c_unwind(C, n, 2); break;
    case AST_RETURN:
        if (kind != SCOPE_FUNCTION) { c_error(C, n, "'return' outside function"); break; }
        if (NODE(n, AST_A) && c_in_async(C) && v_as_int(sc_get(C, C->u->scope, SC_GEN))) {
            c_error(C, n, "'return' with value in async generator");
            break;
        }
        if (NODE(n, AST_A)) c_expr(C, NODE(n, AST_A)); else emit_const(C, V_NONE);
        set_line(C, n);
        c_unwind(C, n, 0);
        break;
    case AST_RAISE:
        if (NODE(n, AST_A)) c_expr(C, NODE(n, AST_A));
        if (NODE(n, AST_B)) c_expr(C, NODE(n, AST_B));
        set_line(C, n);
        emit_fx(C, OP_RAISE_VARARGS, NODE(n, AST_B) ? 2 : NODE(n, AST_A) ? 1 : 0, NODE(n, AST_B) ? -2 : NODE(n, AST_A) ? -1 : 0);
        break;
    case AST_TRY: c_try(C, n); break;
    case AST_WITH:
        if (NODE(n, AST_OP) && !c_in_async(C)) { c_error(C, n, "'async with' outside async function"); break; }
        c_with_items(C, NODE(n, AST_A), NODE(n, AST_B), NODE(n, AST_OP) != 0);
        break;
    case AST_MATCH: c_match(C, n); break;
    case AST_ASSERT: {
        int end = new_label(C);
        c_expr(C, NODE(n, AST_A));
        emit_jump(C, OP_POP_JUMP_IF_TRUE, end);
        emit(C, OP_LOAD_ASSERTION_ERROR, 0);
        if (NODE(n, AST_B)) { c_expr(C, NODE(n, AST_B)); emit_fx(C, OP_CALL, 1, -1); }
        emit_fx(C, OP_RAISE_VARARGS, 1, -1);
        bind_label(C, end);
        break;
    }
    case AST_IMPORT: c_import(C, n); break;
    case AST_IMPORTFROM: c_import_from(C, n); break;
    case AST_FUNCTIONDEF: {
        c_decorated(C, NODE(n, AST_C));
        Value name = c_node_name(C, n);
        c_make_function(C, n, c_scope_of(C, n), name, NODE(n, AST_A));
        c_apply_decorators(C, NODE(n, AST_C));
        emit_name(C, name, CTX_STORE);
        break;
    }
    case AST_CLASSDEF: c_classdef(C, n); break;
    default:
        c_error(C, n, "invalid syntax");
        break;
    }
    C->depth--;
}

static MY_FN void c_stmts(Compiler *C, uint32_t n) {
    for (; n && !FAILED; n = NODE(n, AST_NEXT)) {
        int before = C->u->depth;
        c_stmt(C, n);
        /* a statement leaves the stack as it found it (break/continue/return jump away) */
        int k = (int)NODE(n, AST_KIND);
        if (!FAILED && C->u->depth != before && k != AST_RETURN && k != AST_BREAK && k != AST_CONTINUE && k != AST_RAISE) {
            char msg[96] = "internal compiler error: unbalanced stack after a statement";
            c_error(C, n, msg);
        }
    }
}

/* ---- Units and assembly ---- */
static MY_FN bool u_init(Compiler *C, Unit *u, int scope) {
    Interp *I = CI;
    u->scope = scope;
    u->instrs = list_new(I, 16); u->lines = list_new(I, 16); u->handlers = list_new(I, 16);
    u->consts = list_new(I, 4); u->names = list_new(I, 4); u->names_map = dict_new(I);
    u->consts_map = dict_new(I);
    u->labels = list_new(I, 4); u->label_depths = list_new(I, 4);
    u->varnames = list_new(I, 4); u->cellnames = list_new(I, 0); u->freenames = list_new(I, 0);
    u->slots = dict_new(I);
    u->depth = u->maxdepth = 0;
    u->handler = -1;
    u->nfb = 0;
    u->line = 1;
    u->parent = C->u;
    Value all[] = { u->instrs, u->lines, u->handlers, u->consts, u->consts_map, u->names, u->names_map, u->labels,
                    u->label_depths, u->varnames, u->cellnames, u->freenames, u->slots };
    for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) if (all[i] == V_ERR) { c_fail(C); return false; }
    return true;
}

/* Fast-local slots: parameters first, then other locals; then cells that are not parameters;
   then free variables. A parameter that is also a cell keeps its slot (MAKE_CELL wraps it). */
static MY_FN void u_assign_slots(Compiler *C, Unit *u) {
    Interp *I = CI;
    int kind = sc_kind(C, u->scope);
    Value syms = sc_get(C, u->scope, SC_SYMS);
    Value params = sc_get(C, u->scope, SC_PARAMS);
    uint32_t np = list_len(I, params);
    uint32_t slot = 0;
    for (uint32_t i = 0; i < np; i++) {
        Value nm = list_get(I, params, i);
        list_append(I, u->varnames, nm);
        c_check(C, dict_set(I, u->slots, nm, v_int(slot++)));
    }
    uint32_t pos = 0;
    Value nm, fv;
    if (kind == SCOPE_FUNCTION || kind == SCOPE_COMP) {
        while (dict_next(I, syms, &pos, &nm, &fv)) {
            int f = (int)v_as_int(fv);
            if ((f & F_LOCAL) && !(f & (F_PARAM | F_GLOBAL | F_NONLOCAL | F_FREE | F_CELL))) {
                list_append(I, u->varnames, nm);
                c_check(C, dict_set(I, u->slots, nm, v_int(slot++)));
            }
        }
    }
    pos = 0;
    while (dict_next(I, syms, &pos, &nm, &fv)) {
        int f = (int)v_as_int(fv);
        if ((f & F_CELL) && !(f & F_FREE)) {
            list_append(I, u->cellnames, nm);
            if (!(f & F_PARAM)) c_check(C, dict_set(I, u->slots, nm, v_int(slot++)));
        }
    }
    pos = 0;
    while (dict_next(I, syms, &pos, &nm, &fv)) {
        int f = (int)v_as_int(fv);
        if (f & F_FREE) {
            list_append(I, u->freenames, nm);
            c_check(C, dict_set(I, u->slots, nm, v_int(slot++)));
        }
    }
}

static MY_FN Value u_raw_u32(Compiler *C, Value list, uint32_t n) {
    Interp *I = CI;
    Value raw = c_check(C, raw_new(I, (n + 1) / 2 + 1));
    if (FAILED) return V_ERR;
    for (uint32_t i = 0; i < n; i++) mem_st_u32(&I->H, v_as_ref(raw) + 1, i, (uint32_t)v_as_int(list_get(I, list, i)));
    return raw;
}

/* Builds the code object: labels resolved, exception table compressed, tables frozen. */
static MY_FN Value u_assemble(Compiler *C, Unit *u, Value name, Value qualname, uint32_t node, int flags,
                              uint32_t argcount, uint32_t posonly, uint32_t kwonly) {
    Interp *I = CI;
    if (FAILED) return V_ERR;
    uint32_t n = list_len(I, u->instrs);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t ins = (uint32_t)v_as_int(list_get(I, u->instrs, i));
        int op = (int)INSTR_OP(ins);
        if (op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE_OR_POP ||
            op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_SEND || op == OP_POP_JUMP_IF_NOT_NONE) {
            int64_t target = v_as_int(list_get(I, u->labels, INSTR_ARG(ins)));
            list_set(I, u->instrs, i, v_int(INSTR(op, (uint32_t)target)));
        }
    }
    /* exception table: runs of instructions with the same handler → (start, end, target, depth) */
    Value et = c_check(C, list_new(I, 8));
    if (FAILED) return V_ERR;
    uint32_t i = 0;
    while (i < n) {
        int64_t h = v_as_int(list_get(I, u->handlers, i));
        uint32_t j = i + 1;
        while (j < n && v_as_int(list_get(I, u->handlers, j)) == h) j++;
        if (h >= 0) {
            list_append(I, et, v_int(i));
            list_append(I, et, v_int(j));
            list_append(I, et, list_get(I, u->labels, (uint32_t)h));
            list_append(I, et, v_int(v_as_int(list_get(I, u->label_depths, (uint32_t)h)) - 1));
        }
        i = j;
    }
    Ref r = obj_alloc(I, T_CODE, CODE_WORDS, false);
    if (!r) { c_fail(C); return V_ERR; }
    Value code = v_obj(r);
    set_fld(I, code, CODE_BYTECODE, u_raw_u32(C, u->instrs, n));
    set_fld(I, code, CODE_LINES, u_raw_u32(C, u->lines, n));
    set_fld(I, code, CODE_EXCTABLE, list_len(I, et) ? u_raw_u32(C, et, list_len(I, et)) : V_NONE);
    set_fld(I, code, CODE_NINSTR, v_int(n));
    set_fld(I, code, CODE_CONSTS, c_check(C, list_to_tuple(I, u->consts)));
    set_fld(I, code, CODE_NAMES, c_check(C, list_to_tuple(I, u->names)));
    set_fld(I, code, CODE_VARNAMES, c_check(C, list_to_tuple(I, u->varnames)));
    set_fld(I, code, CODE_CELLVARS, c_check(C, list_to_tuple(I, u->cellnames)));
    set_fld(I, code, CODE_FREEVARS, c_check(C, list_to_tuple(I, u->freenames)));
    set_fld(I, code, CODE_ARGCOUNT, v_int(argcount));
    set_fld(I, code, CODE_POSONLY, v_int(posonly));
    set_fld(I, code, CODE_KWONLY, v_int(kwonly));
    if ((flags & CO_NEWLOCALS) && !(flags & (CO_VARARGS | CO_VARKW | CO_GENERATOR)) && kwonly == 0) flags |= CO_SIMPLE;
    set_fld(I, code, CODE_FLAGS, v_int(flags));
    set_fld(I, code, CODE_NLOCALS, v_int(dict_len(I, u->slots)));
    set_fld(I, code, CODE_STACKSIZE, v_int(u->maxdepth + 2));
    set_fld(I, code, CODE_NAME, name);
    set_fld(I, code, CODE_QUALNAME, qualname);
    set_fld(I, code, CODE_FILENAME, C->filename);
    set_fld(I, code, CODE_FIRSTLINE, v_int(node ? NODE(node, AST_LINE) : 1));
    set_fld(I, code, CODE_SOURCE, C->src);
    /* which parameters are cells: slot numbers of cell names that are parameters */
    set_fld(I, code, CODE_CELL2ARG, V_NONE);
    set_fld(I, code, CODE_DOC, V_NONE);
    return FAILED ? V_ERR : code;
}

/* Emits MAKE_CELL for every cell slot; parameters keep their slot and their value moves inside. */
static MY_FN void u_make_cells(Compiler *C, Unit *u) {
    Interp *I = CI;
    uint32_t nc = list_len(I, u->cellnames);
    for (uint32_t i = 0; i < nc; i++) {
        Value slot = dict_get_str(I, u->slots, list_get(I, u->cellnames, i));
        if (slot != V_NULL) emit(C, OP_MAKE_CELL, (uint32_t)v_as_int(slot));
    }
}

static MY_FN Value c_function_code(Compiler *C, uint32_t node, int scope, Value name) {
    Interp *I = CI;
    if (FAILED) return V_ERR;
    Unit u;
    if (!u_init(C, &u, scope)) return V_ERR;
    Unit *parent = C->u;
    C->u = &u;
    u.line = NODE(node, AST_LINE);
    u_assign_slots(C, &u);
    u_make_cells(C, &u);
    int kind = sc_kind(C, scope);
    int akind = (int)NODE(node, AST_KIND);
    int flags = 0;
    uint32_t argcount = 0, posonly = 0, kwonly = 0;
    Value qualname = c_qualname(C, scope, name);
    if (kind == SCOPE_CLASS) {
        emit_name(C, name_v(I, N___name__), CTX_LOAD);
        emit_name(C, name_v(I, N___module__), CTX_STORE);
        emit_const(C, qualname);
        emit_name(C, name_v(I, N___qualname__), CTX_STORE);
        uint32_t body = NODE(node, AST_B);
        if (body && NODE(body, AST_KIND) == AST_EXPR && NODE(NODE(body, AST_A), AST_KIND) == AST_STRING) {
            c_expr(C, NODE(body, AST_A));
            emit_name(C, name_v(I, N___doc__), CTX_STORE);
        }
        c_stmts(C, body);
        Value cls_cell = dict_get_str(I, u.slots, c_cstr(C, "__class__"));
        if (cls_cell != V_NULL && (sc_flags(C, scope, c_cstr(C, "__class__")) & F_CELL)) {
            emit(C, OP_LOAD_CLOSURE, (uint32_t)v_as_int(cls_cell));
            emit(C, OP_COPY, 1);
            emit_name(C, name_v(I, N___classcell__), CTX_STORE);
        } else {
            emit_const(C, V_NONE);
        }
        emit(C, OP_RETURN_VALUE, 0);
    } else {
        flags |= CO_NEWLOCALS;
        if (v_as_int(sc_get(C, scope, SC_GEN))) flags |= CO_GENERATOR;
        if (akind == AST_FUNCTIONDEF && NODE(node, AST_OP) == 1)
            flags |= CO_GENERATOR | ((flags & CO_GENERATOR) ? CO_ASYNC_GENERATOR : CO_COROUTINE);
        if (akind == AST_FUNCTIONDEF || akind == AST_LAMBDA) {
            uint32_t args = NODE(node, AST_A);
            for (uint32_t a = args ? NODE(args, AST_A) : 0; a; a = NODE(a, AST_NEXT)) {
                int k = (int)NODE(a, AST_OP);
                if (k == AST_ARG_POSONLY) { posonly++; argcount++; }
                else if (k == AST_ARG_NORMAL) argcount++;
                else if (k == AST_ARG_KWONLY) kwonly++;
                else if (k == AST_ARG_VARARGS) flags |= CO_VARARGS;
                else if (k == AST_ARG_VARKW) flags |= CO_VARKW;
            }
            if (akind == AST_LAMBDA) {
                c_expr(C, NODE(node, AST_B));
                if (flags & CO_GENERATOR) emit(C, OP_POP_TOP, 0), emit_const(C, V_NONE);
                emit(C, OP_RETURN_VALUE, 0);
            } else {
                c_stmts(C, NODE(node, AST_B));
                emit_const(C, V_NONE);
                emit(C, OP_RETURN_VALUE, 0);
            }
        } else {
            /* a comprehension: one parameter, the iterator of the first 'for' */
            argcount = 1;
            uint32_t gens = NODE(node, AST_B);
            int ak = akind;
            if (ak == AST_LISTCOMP) emit_fx(C, OP_BUILD_LIST, 0, 1);
            else if (ak == AST_SETCOMP) emit_fx(C, OP_BUILD_SET, 0, 1);
            else if (ak == AST_DICTCOMP) emit_fx(C, OP_BUILD_MAP, 0, 1);
            int labels_top[32], labels_done[32];
            uint32_t ng = 0;
            for (uint32_t g = gens; g && !FAILED; g = NODE(g, AST_NEXT)) {
                if (ng >= 32) { c_error(C, g, "too many nested comprehension loops"); break; }
                if (g == gens) emit(C, OP_LOAD_FAST, 0);
                else { c_expr(C, NODE(g, AST_B)); emit(C, OP_GET_ITER, 0); }
                labels_top[ng] = new_label(C);
                labels_done[ng] = new_label(C);
                bind_label(C, labels_top[ng]);
                set_line(C, g);
                emit_jump(C, OP_FOR_ITER, labels_done[ng]);
                c_store(C, NODE(g, AST_A));
                for (uint32_t cond = NODE(g, AST_C); cond; cond = NODE(cond, AST_NEXT)) {
                    c_expr(C, cond);
                    emit_jump(C, OP_POP_JUMP_IF_FALSE, labels_top[ng]);
                }
                ng++;
            }
            /* the element: the result container sits below the ng iterators */
            if (ak == AST_GENERATOREXP) {
                c_expr(C, NODE(node, AST_A));
                emit(C, OP_YIELD_VALUE, 0);
                emit(C, OP_POP_TOP, 0);
            } else if (ak == AST_DICTCOMP) {
                c_expr(C, NODE(node, AST_A));
                c_expr(C, NODE(node, AST_C));
                emit(C, OP_MAP_ADD, ng + 1);
            } else {
                c_expr(C, NODE(node, AST_A));
                emit(C, ak == AST_LISTCOMP ? OP_LIST_APPEND : OP_SET_ADD, ng + 1);
            }
            while (ng > 0) {
                ng--;
                emit_jump(C, OP_JUMP, labels_top[ng]);
                bind_label_after_jump(C, labels_done[ng]);
            }
            if (ak == AST_GENERATOREXP) emit_const(C, V_NONE);
            emit(C, OP_RETURN_VALUE, 0);
        }
    }
    Value code = u_assemble(C, &u, name, qualname, node, flags, argcount, posonly, kwonly);
    if (code != V_ERR && akind == AST_FUNCTIONDEF) {
        /* a leading string literal is the docstring */
        uint32_t body = NODE(node, AST_B);
        if (body && NODE(body, AST_KIND) == AST_EXPR && NODE(NODE(body, AST_A), AST_KIND) == AST_STRING) {
            StrBuf b;
            bool isb;
            sb_init(I, &b, 32);
            for (uint32_t p = NODE(NODE(body, AST_A), AST_A); p; p = NODE(p, AST_NEXT))
                decode_string_token(C, &b, NODE(p, AST_START), NODE(p, AST_LEN), &isb);
            Value doc = c_check(C, sb_finish(I, &b));
            if (!FAILED && !isb) set_fld(I, code, CODE_DOC, doc);
        }
    }
    C->u = parent;
    return FAILED ? V_ERR : code;
}

/* Passes 1-3 over a parsed tree: the module (or eval expression) becomes one code object. */
static MY_FN Value compile_tree(Compiler *C, uint32_t root) {
    Interp *I = CI;
    C->scopes = c_check(C, list_new(I, 8));
    C->scope_of = c_check(C, dict_new(I));
    C->intern = c_check(C, dict_new(I));
    if (FAILED) return V_ERR;
    int top = sc_new(C, root, SCOPE_MODULE, -1);
    if (C->mode == COMPILE_EVAL) st_expr(C, top, root);
    else st_stmts(C, top, NODE(root, AST_A));
    if (!FAILED) resolve_scopes(C);
    if (FAILED) return V_ERR;
    Unit u;
    if (!u_init(C, &u, top)) return V_ERR;
    C->u = &u;
    C->depth = 0;
    if (C->mode == COMPILE_EVAL) {
        c_expr(C, root);
        emit(C, OP_RETURN_VALUE, 0);
    } else {
        c_stmts(C, NODE(root, AST_A));
        emit_const(C, V_NONE);
        emit(C, OP_RETURN_VALUE, 0);
    }
    Value code = u_assemble(C, &u, name_v(I, N_module), name_v(I, N_module), 0, 0, 0, 0, 0);
    C->u = 0;
    return code;
}

/* Whether a failed parse ran out of input, so that more lines could complete it (the REPL's
   continuation prompt): 1 for an open bracket, string or backslash, 2 for a block that has not begun. */
static MY_FN int parse_incomplete(Parser *P) {
    if (P->err_from_lexer) {
        int e = P->L.err;
        return e == LEX_E_UNTERMINATED_TRIPLE || e == LEX_E_NEVER_CLOSED || e == LEX_E_EOF ? 1 : 0;
    }
    bool at_end = P->tok.kind == LEX_ENDMARKER || (P->tok.kind == LEX_DEDENT && (P->tok.flags & 1));
    return P->err == PARSE_ERR_INDENT && at_end ? 2 : 0;
}

MY_OUTLINE Value compile_source(Interp *I, Value source, Value filename, int mode) {
    I->syntax_incomplete = 0;
    Compiler cc;
    Compiler *C = &cc;
    C->I = I;
    C->src = source;
    C->filename = filename;
    C->failed = false;
    C->mode = mode;
    C->depth = 0;
    C->u = 0;
    uint32_t srclen = str_nbytes(I, source);
    uint32_t cap = 12 * 64 + srclen * 8;
    for (;;) {
        Value arena = raw_new(I, cap / 2 + 1);
        if (arena == V_ERR) return V_ERR;
        C->A.H = &I->H;
        C->A.arena = v_as_ref(arena) + 1;
        C->A.cap_cells = cap;
        C->A.used_cells = AST_NODE_CELLS;
        parse_init(&C->P, &I->H, v_as_ref(source) + STR_DATA, srclen, &C->A);
        C->P.stack_base = I->stack_base;
        uint32_t root = mode == COMPILE_EVAL ? parse_eval_input(&C->P) : parse_module(&C->P);
        if (root) { C->depth = 0; return compile_tree(C, root); }
        if (C->P.err == PARSE_ERR_NOMEM) { cap *= 2; if (cap > 0x40000000u) return err_nomem(I); continue; }
        TypeId t = C->P.err == PARSE_ERR_TAB ? T_TAB_ERROR : C->P.err == PARSE_ERR_INDENT ? T_INDENTATION_ERROR : T_SYNTAX_ERROR;
        I->syntax_incomplete = (uint8_t)parse_incomplete(&C->P);
        c_error_at(C, t, C->P.err_msg, C->P.err_line, C->P.err_col);
        return V_ERR;
    }
}

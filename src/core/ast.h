/* ast.h: the syntax tree the parser builds and the compiler reads: fixed-size nodes in a heap arena. */
#ifndef MY_AST_H
#define MY_AST_H

#include "port.h"
#include "heap.h"

/* The tree lives in an arena of 32-bit cells inside the interpreter's heap (a raw object), reached
   only through the accessor, so the parser runs unchanged on the GPU. A node is AST_NODE_CELLS cells
   at index n (n > 0; index 0 means "no node"). Lists of nodes are chains linked by `next`.
   Names and literals are not decoded by the parser: nodes keep the source span (start byte offset
   and length) and the compiler turns spans into objects. */
enum {
    AST_KIND = 0,   /* node kind (AST_*) */
    AST_OP,         /* operator code, sub-kind or flags; meaning per kind below */
    AST_LINE,       /* 1-based line of the node's first token */
    AST_COL,        /* 0-based byte column of the node's first token */
    AST_START,      /* span: byte offset into the source of the node's name or literal token */
    AST_LEN,        /* span length in bytes */
    AST_A, AST_B, AST_C, AST_D,  /* children (node indices, 0 = absent) */
    AST_NEXT,       /* next node in the list this node belongs to, 0 = end */
    AST_END_LINE,   /* line of the node's last token (for multi-line statements) */
    AST_NODE_CELLS
};

/* Node kinds. "list" means the first node of a chain linked by AST_NEXT (0 = empty list);
   "span" means AST_START/AST_LEN. */
#define AST_KINDS(X) \
    X(MODULE)        /* A=body list */ \
    /* statements */ \
    X(FUNCTIONDEF)   /* span=name, A=ARGUMENTS node, B=body list, C=decorator list, OP=1 for 'async def' */ \
    X(CLASSDEF)      /* span=name, A=bases list (exprs and KEYWORD nodes, STARRED allowed), B=body list, C=decorator list */ \
    X(RETURN)        /* A=value or 0 */ \
    X(DELETE)        /* A=targets list */ \
    X(ASSIGN)        /* A=targets list (a = b = v gives [a, b]), B=value */ \
    X(AUGASSIGN)     /* A=target, OP=binary operator (AST_OP_*), B=value */ \
    X(ANNASSIGN)     /* A=target, B=annotation, C=value or 0, OP=1 if target is a plain name not in parens */ \
    X(FOR)           /* A=target, B=iter, C=body list, D=orelse list, OP=1 for 'async for' */ \
    X(WHILE)         /* A=test, B=body list, C=orelse list */ \
    X(IF)            /* A=test, B=body list, C=orelse list (elif is a nested IF as the only orelse node) */ \
    X(WITH)          /* A=WITHITEM list, B=body list, OP=1 for 'async with' */ \
    X(WITHITEM)      /* A=context expr, B=optional_vars target or 0 */ \
    X(RAISE)         /* A=exc or 0, B=cause or 0 */ \
    X(TRY)           /* A=body list, B=EXCEPTHANDLER list, C=orelse list, D=finalbody list */ \
    X(EXCEPTHANDLER) /* A=type expr or 0, span=name after 'as' (LEN 0 if none), B=body list */ \
    X(ASSERT)        /* A=test, B=msg or 0 */ \
    X(IMPORT)        /* A=ALIAS list */ \
    X(IMPORTFROM)    /* span=module dotted name (LEN 0 for 'from . import x'), OP=level (number of dots), A=ALIAS list (one ALIAS with span '*' for import *) */ \
    X(ALIAS)         /* span=dotted name as written, A=NAME node of the 'as' name or 0 */ \
    X(GLOBAL)        /* A=NAME list */ \
    X(NONLOCAL)      /* A=NAME list */ \
    X(EXPR)          /* A=value */ \
    X(MATCH)         /* A=subject, B=MATCHCASE list */ \
    X(MATCHCASE)     /* A=pattern, B=guard or 0, C=body list */ \
    X(PASS) X(BREAK) X(CONTINUE) \
    /* expressions */ \
    X(BOOLOP)        /* OP=AST_OP_AND or AST_OP_OR, A=values list (2 or more) */ \
    X(NAMEDEXPR)     /* A=target NAME, B=value */ \
    X(BINOP)         /* A=left, OP=operator, B=right */ \
    X(UNARYOP)       /* OP=AST_OP_NOT/UADD/USUB/INVERT, A=operand */ \
    X(LAMBDA)        /* A=ARGUMENTS node, B=body expr */ \
    X(IFEXP)         /* A=test, B=body, C=orelse */ \
    X(DICT)          /* A=DICTITEM list */ \
    X(DICTITEM)      /* A=key or 0 for '**value', B=value */ \
    X(SET)           /* A=elts list */ \
    X(LISTCOMP)      /* A=elt, B=COMPREHENSION list */ \
    X(SETCOMP)       /* A=elt, B=COMPREHENSION list */ \
    X(DICTCOMP)      /* A=key, C=value, B=COMPREHENSION list */ \
    X(GENERATOREXP)  /* A=elt, B=COMPREHENSION list */ \
    X(COMPREHENSION) /* A=target, B=iter, C=ifs list */ \
    X(YIELD)         /* A=value or 0 */ \
    X(YIELDFROM)     /* A=value */ \
    X(COMPARE)       /* A=left, B=COMPAREITEM list */ \
    X(COMPAREITEM)   /* OP=comparison operator, A=right operand */ \
    X(CALL)          /* A=func, B=argument list: exprs, STARRED for *x, KEYWORD for k=v and **x */ \
    X(KEYWORD)       /* span=keyword name (LEN 0 for '**value'), A=value */ \
    X(CONSTANT)      /* OP=AST_CONST_*, span=the literal's token text (for NONE/TRUE/FALSE/ELLIPSIS too) */ \
    X(STRING)        /* A=STRPART list: adjacent string literals without any f-string ('a' "b"); all parts str or all bytes */ \
    X(STRPART)       /* span=one whole string token including prefix and quotes */ \
    X(JOINEDSTR)     /* f-string (adjacent literals included): A=list of FSTRLIT and FORMATTEDVALUE */ \
    X(FSTRLIT)       /* a literal piece: span=raw source text between fields; OP bit 1 = raw (r prefix): the compiler undoes escapes unless raw and turns '{{' '}}' into '{' '}' */ \
    X(FORMATTEDVALUE)/* A=expr, OP=conversion: 0, 's', 'r' or 'a', B=format spec as JOINEDSTR or 0; span=the expression's source text (for f'{x=}': C=1 when '=' was used) */ \
    X(ATTRIBUTE)     /* A=value, span=attribute name */ \
    X(SUBSCRIPT)     /* A=value, B=index expr (a SLICE, or a TUPLE possibly containing SLICEs) */ \
    X(STARRED)       /* A=value */ \
    X(NAME)          /* span=identifier */ \
    X(LIST)          /* A=elts list */ \
    X(TUPLE)         /* A=elts list; OP=1 if written with parentheses */ \
    X(SLICE)         /* A=lower or 0, B=upper or 0, C=step or 0 */ \
    X(ARGUMENTS)     /* A=ARG list in source order */ \
    X(ARG)           /* span=parameter name, OP=AST_ARG_*, A=default value or 0 */ \
    X(AWAIT)         /* A=value */ \
    /* patterns (match statement) */ \
    X(PVALUE)        /* A=expression compared with == (literal or dotted name) */ \
    X(PSINGLETON)    /* OP=AST_CONST_NONE/TRUE/FALSE, compared with 'is' */ \
    X(PSEQUENCE)     /* A=pattern list (PSTAR allowed once) */ \
    X(PSTAR)         /* span=capture name (LEN 0 for '*_') */ \
    X(PMAPPING)      /* A=PITEM list (A=key expr, B=pattern), span='**' name or LEN 0 */ \
    X(PCLASS)        /* A=class expr, B=positional pattern list, C=PITEM list (span=keyword, B=pattern) */ \
    X(PITEM)         /* see PMAPPING and PCLASS */ \
    X(PAS)           /* A=pattern or 0 (bare capture), span=name (LEN 0 with A=0: the wildcard '_') */ \
    X(POR)           /* A=pattern list (2 or more) */

enum {
    AST_NONE_KIND = 0,
#define AST_ENUM_ITEM(name) AST_##name,
    AST_KINDS(AST_ENUM_ITEM)
#undef AST_ENUM_ITEM
    AST_KIND_COUNT
};

/* Operators (AST_OP of BINOP, AUGASSIGN, UNARYOP, BOOLOP, COMPAREITEM). */
enum {
    AST_OP_ADD = 1, AST_OP_SUB, AST_OP_MUL, AST_OP_MATMUL, AST_OP_DIV, AST_OP_FLOORDIV, AST_OP_MOD,
    AST_OP_POW, AST_OP_LSHIFT, AST_OP_RSHIFT, AST_OP_BITOR, AST_OP_BITXOR, AST_OP_BITAND,
    AST_OP_AND, AST_OP_OR,
    AST_OP_NOT, AST_OP_UADD, AST_OP_USUB, AST_OP_INVERT,
    AST_OP_EQ, AST_OP_NE, AST_OP_LT, AST_OP_LE, AST_OP_GT, AST_OP_GE, AST_OP_IS, AST_OP_ISNOT,
    AST_OP_IN, AST_OP_NOTIN
};

/* CONSTANT sub-kinds. INT spans keep underscores and prefixes (0x, 0o, 0b) as written. */
enum {
    AST_CONST_INT = 1, AST_CONST_FLOAT, AST_CONST_IMAG, AST_CONST_NONE, AST_CONST_TRUE,
    AST_CONST_FALSE, AST_CONST_ELLIPSIS
};

/* ARG kinds. The bare '*' separator produces no ARG; '/' produces none either (the kinds say it). */
enum { AST_ARG_POSONLY = 1, AST_ARG_NORMAL, AST_ARG_VARARGS, AST_ARG_KWONLY, AST_ARG_VARKW };

/* The arena: cells are 32-bit halves of heap words starting at `arena` (a Ref), reached with the
   accessor. Cell index 0 is reserved so that node index 0 means "none". */
typedef struct AstArena {
    HeapView *H;
    Ref arena;
    uint32_t cap_cells;   /* capacity in cells */
    uint32_t used_cells;  /* cells in use, starting at AST_NODE_CELLS (node 0 is reserved) */
} AstArena;

MY_INLINE uint32_t ast_get(const AstArena *A, uint32_t node, int field) {
    return mem_ld_u32(A->H, A->arena, node + (uint32_t)field);
}
MY_INLINE void ast_set(AstArena *A, uint32_t node, int field, uint32_t v) {
    mem_st_u32(A->H, A->arena, node + (uint32_t)field, v);
}

#endif

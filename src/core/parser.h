/* parser.h: recursive-descent parser for Python 3.11 source, building the ast.h tree; errors as CPython reports them. */
#ifndef MY_PARSER_H
#define MY_PARSER_H

#include "port.h"
#include "heap.h"
#include "ast.h"
#include "lexer.h"

/* Parser.err values */
enum { PARSE_ERR_SYNTAX = 1, PARSE_ERR_INDENT = 2, PARSE_ERR_TAB = 3, PARSE_ERR_NOMEM = 4 };

/* err_col when CPython reports offset 0 (no caret is printed). */
#define PARSE_NO_COL 0xFFFFFFFFu

/* Bound on the parser's recursion, so hostile input gets a SyntaxError ("too many nested
   parentheses") instead of a stack overflow: a bracket level costs 2, a unary operator, lambda or
   indented block 1. The default fits CPython's own limits (200 brackets, 99 blocks). Stack use is
   about 310 bytes per unit on the GPU (sm_90), so about 150 KiB at worst; a device build that
   parses with a small stack can lower it (-DPARSE_MAX_DEPTH=64: about 25 KiB). */
#ifndef PARSE_MAX_DEPTH
#define PARSE_MAX_DEPTH 480
#endif

typedef struct Parser {
    HeapView *H; Ref src; uint32_t src_len;   /* the source bytes (UTF-8) */
    uintptr_t stack_base;                      /* 0, or where my_stack_depth counts from (port.h) */
    AstArena *A;                               /* where nodes go (ast.h) */
    /* result on error */
    int err;            /* 0 none, PARSE_ERR_SYNTAX, PARSE_ERR_INDENT (IndentationError), PARSE_ERR_TAB (TabError),
                           PARSE_ERR_NOMEM (arena full: the caller retries with a bigger arena) */
    uint32_t err_line;  /* 1-based */
    uint32_t err_col;   /* 0-based byte offset in that line where CPython puts the caret (its "offset"-1);
                           PARSE_NO_COL where CPython gives offset 0 */
    char err_msg[160];  /* the message exactly as CPython 3.11 prints after "SyntaxError: " */

    /* lexer state */
    Lexer L;
    LexToken tok;           /* current token */
    LexToken nxt;           /* the token after it, when have_nxt */
    uint8_t have_nxt;
    uint8_t err_from_lexer; /* the error came from the lexer, or is one CPython never lets a later
                               tokenizer error replace (unexpected indent) */
    uint8_t fdepth;         /* nesting of f-string fields being parsed */
    uint8_t prev_level;     /* bracket depth after the last consumed token */
    uint8_t err_class;      /* how CPython would raise the error (decides what survives a trial parse) */
    uint8_t in_trial;       /* inside a trial parse: no nested trials (they could multiply exponentially) */
    uint32_t last_line;     /* end line of the last consumed token other than NEWLINE/INDENT/DEDENT */
    uint32_t last_col;      /* its end column */
    uint32_t f_line, f_col; /* the innermost f-string field's '{' (CPython reports relative to it) */
    uint32_t depth;         /* recursion depth of the expression parser */
    /* start of the last element parsed by parse_star_expressions (for assignment messages) */
    uint32_t elt_line, elt_col;
    /* the expression that ended the last simple statement, and where its first token was */
    uint32_t tail, tail_line, tail_col;
} Parser;

MY_FN void parse_init(Parser *P, HeapView *H, Ref src, uint32_t src_len, AstArena *A);
/* File input; returns the MODULE node, or 0 on error. */
MY_FN uint32_t parse_module(Parser *P);
/* eval() input: one expression list (a tuple for a, b), surrounding whitespace/newlines allowed;
   returns the expression node or 0. */
MY_FN uint32_t parse_eval_input(Parser *P);
/* A zeroed node of `kind` at (line, col), or 0 with err = PARSE_ERR_NOMEM. */
MY_FN uint32_t parse_alloc_node(Parser *P, int kind, uint32_t line, uint32_t col);

#endif

/* lexer.h: Python 3.11 tokenizer over heap-resident UTF-8 source, producing one token at a time. */
#ifndef MY_LEXER_H
#define MY_LEXER_H

#include "port.h"
#include "heap.h"

/* CPython's limits: brackets nested deeper than 200 and blocks deeper than 99 are errors. */
#define LEX_MAX_PAREN 200
#define LEX_MAX_INDENT 100

/* Token kinds. Operators and keywords get their own kinds so the parser never compares text. */
enum {
    LEX_ENDMARKER = 0, LEX_NEWLINE, LEX_INDENT, LEX_DEDENT,
    LEX_NAME, LEX_NUMBER, LEX_STRING,
    LEX_ERRTOK,     /* a character no token starts with ('$', '?', '!', '<>'): the parser reports it */
    LEX_ERROR,      /* the lexer failed: see Lexer.err */
    /* operators and delimiters */
    LEX_LPAR, LEX_RPAR, LEX_LSQB, LEX_RSQB, LEX_LBRACE, LEX_RBRACE,
    LEX_COLON, LEX_COMMA, LEX_SEMI, LEX_DOT, LEX_ELLIPSIS, LEX_RARROW, LEX_COLONEQUAL, LEX_AT,
    LEX_EQUAL,
    /* augmented assignment operators, in AST_OP_* order (ADD .. BITAND minus the boolean ones) */
    LEX_PLUSEQUAL, LEX_MINEQUAL, LEX_STAREQUAL, LEX_ATEQUAL, LEX_SLASHEQUAL, LEX_DOUBLESLASHEQUAL,
    LEX_PERCENTEQUAL, LEX_DOUBLESTAREQUAL, LEX_LEFTSHIFTEQUAL, LEX_RIGHTSHIFTEQUAL, LEX_VBAREQUAL,
    LEX_CIRCUMFLEXEQUAL, LEX_AMPEREQUAL,
    /* binary operators */
    LEX_PLUS, LEX_MINUS, LEX_STAR, LEX_SLASH, LEX_DOUBLESLASH, LEX_PERCENT, LEX_DOUBLESTAR,
    LEX_LEFTSHIFT, LEX_RIGHTSHIFT, LEX_VBAR, LEX_CIRCUMFLEX, LEX_AMPER, LEX_TILDE,
    /* comparisons */
    LEX_EQEQUAL, LEX_NOTEQUAL, LEX_LESS, LEX_LESSEQUAL, LEX_GREATER, LEX_GREATEREQUAL,
    /* keywords */
    LEX_KW_FALSE, LEX_KW_NONE, LEX_KW_TRUE, LEX_KW_AND, LEX_KW_AS, LEX_KW_ASSERT, LEX_KW_ASYNC,
    LEX_KW_AWAIT, LEX_KW_BREAK, LEX_KW_CLASS, LEX_KW_CONTINUE, LEX_KW_DEF, LEX_KW_DEL, LEX_KW_ELIF,
    LEX_KW_ELSE, LEX_KW_EXCEPT, LEX_KW_FINALLY, LEX_KW_FOR, LEX_KW_FROM, LEX_KW_GLOBAL, LEX_KW_IF,
    LEX_KW_IMPORT, LEX_KW_IN, LEX_KW_IS, LEX_KW_LAMBDA, LEX_KW_NONLOCAL, LEX_KW_NOT, LEX_KW_OR,
    LEX_KW_PASS, LEX_KW_RAISE, LEX_KW_RETURN, LEX_KW_TRY, LEX_KW_WHILE, LEX_KW_WITH, LEX_KW_YIELD,
    LEX_KIND_COUNT
};

/* LexToken.flags for NUMBER */
enum { LEX_NUM_INT = 1, LEX_NUM_FLOAT = 2, LEX_NUM_IMAG = 3 };
/* LexToken.flags for STRING: prefix letters and quoting */
#define LEX_STR_RAW    0x01u
#define LEX_STR_BYTES  0x02u
#define LEX_STR_F      0x04u
#define LEX_STR_U      0x08u
#define LEX_STR_TRIPLE 0x10u
#define LEX_STR_PREFIX_SHIFT 5   /* bits 5-6: number of prefix letters (0..2) */

typedef struct LexToken {
    uint8_t kind;       /* LEX_* */
    uint8_t flags;      /* LEX_NUM_* or LEX_STR_*; 1 on end-of-input DEDENT/ENDMARKER */
    uint16_t level;     /* bracket depth after this token (CPython's token level) */
    uint32_t start;     /* byte offset of the first byte */
    uint32_t len;       /* bytes */
    uint32_t line;      /* 1-based */
    uint32_t col;       /* 0-based byte column */
    uint32_t end_line;  /* line of the last byte (multi-line strings) */
    uint32_t end_col;   /* column just past the last byte */
} LexToken;

/* Error classes (the parser maps them onto PARSE_ERR_*). */
enum { LEX_ERRK_SYNTAX = 1, LEX_ERRK_INDENT = 2, LEX_ERRK_TAB = 3 };

/* Error codes; the message is built by lex_error_message. */
enum {
    LEX_E_NONE = 0,
    LEX_E_UNTERMINATED,         /* a = detected-at line */
    LEX_E_UNTERMINATED_TRIPLE,  /* a = detected-at line */
    LEX_E_NUMBER,               /* a = kind: 0 decimal, 1 hexadecimal, 2 octal, 3 binary, 4 imaginary */
    LEX_E_DIGIT,                /* a = the digit, b = 2 octal / 3 binary */
    LEX_E_LEADING_ZEROS,
    LEX_E_UNMATCHED,            /* a = closing char */
    LEX_E_MISMATCH,             /* a = closing, b = opening char, c = opening line (0: same line) */
    LEX_E_NEVER_CLOSED,         /* a = opening char */
    LEX_E_TOO_MANY_PARENS,
    LEX_E_INVALID_CHAR,         /* a = code point (printable) */
    LEX_E_NONPRINTABLE,         /* a = code point */
    LEX_E_BAD_UTF8,             /* a = the byte */
    LEX_E_NUL,
    LEX_E_LINECONT,
    LEX_E_EOF,
    LEX_E_DEDENT,
    LEX_E_TAB,
    LEX_E_TOODEEP
};

/* The scalar part of the lexer: small enough to copy for backtracking and f-string sub-lexing. */
typedef struct LexState {
    uint32_t pos;           /* next byte to read */
    uint32_t end;           /* end of the text being lexed (src_len, or an f-string field's end) */
    uint32_t line;          /* current line, 1-based */
    uint32_t line_start;    /* byte offset where the current line starts */
    uint32_t nl_line, nl_col; /* where the last newline consumed was (for the end-of-file position) */
    uint16_t paren_depth;   /* open brackets */
    uint16_t indent_depth;  /* entries above the base level on the indentation stack */
    int16_t pending;        /* INDENT (>0) or DEDENT (<0) tokens still to hand out */
    uint8_t at_bol;         /* the next token begins a logical line: measure its indentation */
    uint8_t sub;            /* lexing an f-string field: newlines are blanks, `end` is the end */
    uint8_t line_has_tok;   /* the current logical line produced a token (a NEWLINE is due) */
    uint8_t eof;            /* 1: end-of-input NEWLINE handled, 2: ENDMARKER handed out */
    uint16_t pad;
    uint32_t pend_line, pend_col; /* position for pending INDENT/DEDENT tokens */
} LexState;

typedef struct Lexer {
    const HeapView *H;
    Ref src;
    uint32_t src_len;
    LexState s;
    /* error (first one wins) */
    uint8_t err;            /* LEX_E_* */
    uint8_t err_kind;       /* LEX_ERRK_* */
    uint8_t err_hard;       /* CPython's tokenizer raises this one itself (it outranks parser errors) */
    uint8_t pad;
    uint32_t err_line, err_col;   /* err_col 0xFFFFFFFF: no caret */
    uint32_t err_a, err_b, err_c;
    /* indentation stacks: columns with tabs to multiples of 8, and with tabs as 1 (consistency check) */
    uint16_t indents[LEX_MAX_INDENT + 1];
    uint16_t altindents[LEX_MAX_INDENT + 1];
    /* byte offsets of the open brackets */
    uint32_t parens[LEX_MAX_PAREN + 1];
} Lexer;

#define LEX_NO_COL 0xFFFFFFFFu

MY_FN void lex_init(Lexer *L, const HeapView *H, Ref src, uint32_t src_len);
/* Next token into *t; returns its kind. After an error every call returns LEX_ERROR. */
MY_FN int lex_next(Lexer *L, LexToken *t);
/* Byte i of the source (-1 past the end of the whole source). */
MY_FN int lex_byte(const Lexer *L, uint32_t i);
/* Line and column of a byte offset (scans from the start: for error reports only). */
MY_FN void lex_locate(const Lexer *L, uint32_t off, uint32_t *line, uint32_t *col);
/* Writes the error's message (as CPython prints it after "SyntaxError: ") into buf, NUL-terminated. */
MY_FN void lex_error_message(const Lexer *L, char *buf, uint32_t cap);
/* Switches to lexing the f-string field [start, end) that begins at (line, line_start); the caller
   saves L->s first and restores it afterwards. Newlines inside are blanks, as inside brackets. */
MY_FN void lex_begin_sub(Lexer *L, uint32_t start, uint32_t end, uint32_t line, uint32_t line_start);
/* Whether byte c may continue an identifier (ASCII letters, digits, '_', any non-ASCII byte). */
MY_FN bool lex_is_ident_byte(int c);

#endif

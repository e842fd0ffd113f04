/* compile.h: source text to code objects (parse, resolve scopes, generate bytecode). */
#ifndef MY_COMPILE_H
#define MY_COMPILE_H

#include "obj.h"

enum { COMPILE_EXEC = 0, COMPILE_EVAL, COMPILE_SINGLE };

/* Compiles the str `source` (its file name is the str `filename`) into a code object. On a syntax
   error returns V_ERR with a SyntaxError pending (its attributes carry filename, lineno, offset and
   text); on lack of memory V_ERR with need_gc set, so the caller's instruction is retried. */
MY_FN Value compile_source(Interp *I, Value source, Value filename, int mode);

#endif

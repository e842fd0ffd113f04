/* core_api.h: what the host backends call in the core: build the shared image, start and run interpreters. */
#ifndef MY_CORE_API_H
#define MY_CORE_API_H

#include "obj.h"

/* Builds the shared image into `buf` (cap_words 64-bit words, zeroed by the caller): the built-in
   types, functions and modules, the prelude, and, when source is given, the script compiled once.
   argv (argc C strings) becomes sys.argv of every interpreter. Uses B as the builder interpreter.
   Returns the image size in words, or 0 on failure: then `err` (errcap bytes) holds the text to print,
   e.g. a SyntaxError formatted as CPython prints it, and *err_is_syntax is set for syntax errors. */
MY_FN uint32_t image_build(Interp *B, uint64_t *buf, uint32_t cap_words,
                           const char *source, uint32_t source_len, const char *filename,
                           int argc, char **argv, char *err, int errcap, int *err_is_syntax);

/* The REPL: compiles one input into the image after image_build (see image.c). B->out and B->err
   must point at live buffers. Returns the code object or V_ERR (text in err, *incomplete nonzero
   when more lines could complete the input: 1 open bracket or string, 2 a block not yet begun). */
MY_FN Value image_compile_input(Interp *B, const char *source, uint32_t source_len, const char *filename,
                                int mode, char *err, int errcap, int *incomplete);

/* Sets up interpreter I over a zeroed-or-not heap of heap_words words (the caller sets
   I->out/I->err buffers, stdin and max_steps after this call). Returns false if the heap is too
   small to hold even a fresh interpreter. The heap must be at least INTERP_MIN_HEAP_WORDS. */
#define INTERP_MIN_HEAP_WORDS 512u
MY_FN bool interp_init(Interp *I, const uint64_t *image, uint32_t image_words,
                       uint64_t *heap, uint32_t heap_words, int64_t tid, int64_t nthreads);

/* After interp_init: compile the script's source in this interpreter and run that code instead of
   the shared compiled code (--compile-each). false: it failed, I->status is RUN_ERROR and the
   reason is in the err stream. */
MY_FN bool interp_compile_main(Interp *I);

/* The REPL: start `code` (a code object of the image) in I's globals once the previous piece of
   code has ended, whatever its status. false: not even its frame fits (I->status is RUN_ERROR). */
MY_FN bool interp_start_code(Interp *I, Value code);

/* Runs I for at most `budget` bytecodes. RUN_BUDGET and RUN_OUTPUT mean "call again" (after
   draining I->out and I->err). On RUN_ERROR the traceback has been written to the err stream. */
MY_FN RunStatus interp_run(Interp *I, uint64_t budget);

/* Words of the heap in use (objects and frames), e.g. right after interp_init. */
MY_FN uint32_t interp_heap_used(Interp *I);

#endif

/* natives.h: how built-in functions written in C are declared, listed and called. */
#ifndef MY_NATIVES_H
#define MY_NATIVES_H

#include "obj.h"

/* A native receives its positional and keyword arguments as `nargs` Values in the heap starting at
   word `args` (read them with ARG(i)); the last len(kwnames) of them are keyword arguments whose names
   are in the tuple kwnames (V_NULL when there are none). Methods get self as ARG(0).
   It returns a Value, V_ERR with an exception pending in I->exc, or V_TAILCALL after setting
   I->tail_callable/tail_args(/tail_kwargs): the VM then calls that instead, so natives never call
   Python code themselves (the VM stays stackless). */
typedef Value (*NativeFn)(Interp *I, Ref args, uint32_t nargs, Value kwnames);
#define NATIVE(name) MY_FN Value name(Interp *I, Ref args, uint32_t nargs, Value kwnames)
#define ARG(i) ld(I, args + (uint32_t)(i))

/* Where a native is installed. */
enum { NK_FUNCTION = 0,  /* module-level function (owner is a module id) */
       NK_METHOD,        /* method of a built-in type (owner is a TypeId) */
       NK_CLASSMETHOD,   /* receives the class as ARG(0) */
       NK_STATIC,        /* static method of a type */
       NK_GETTER };      /* read-only attribute of a type's instances, e.g. slice.start */
/* Module ids for owners of NK_FUNCTION natives. */
enum { MOD_BUILTINS = 0, MOD_MATH, MOD_SYS, MOD_INTERNAL, MOD_RANDOM, MOD_FS, MOD_HASH, MOD_STRUCT, MOD_JSON, MOD_TIME, MOD_CUDA, MOD_COUNT };
#define MODULE_NAMES { "builtins", "math", "sys", "_myriad", "_random", "_fs", "_hash", "_struct", "_json", "time", "cuda" }

/* Every native is one line X(owner, kind, "python name", c_function) in one of these lists (each
   list lives in the header of the file that implements it). */
#include "natives_list.h"

/* A native is known by its index in the table (one function may serve several types). */
MY_FN uint32_t native_count(void);
MY_FN const char *native_name(uint32_t id);
MY_FN int native_owner(uint32_t id);
MY_FN int native_kind(uint32_t id);

#define NATIVE_DECL_ITEM(owner, kind, pyname, fn) NATIVE(fn);
ALL_NATIVES(NATIVE_DECL_ITEM)
#undef NATIVE_DECL_ITEM

MY_FN Value native_call(Interp *I, uint32_t id, Ref args, uint32_t nargs, Value kwnames);

/* Argument parsing: binds positional and keyword args to `n` named parameters (names as C strings,
   `required` of them mandatory), writing V_NULL for missing optional ones. fname is used in error
   messages. Returns false with a TypeError pending. */
MY_FN bool args_parse(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *fname,
                      int n, int required, const char *const *names, Value *out);
/* For natives that take no keywords and a fixed range of positional arguments. */
MY_FN bool args_check(Interp *I, uint32_t nargs, Value kwnames, const char *fname, uint32_t min, uint32_t max);

#endif

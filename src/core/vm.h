/* vm.h: the interfaces between the dispatch loop and the operator, attribute and call helpers. */
#ifndef MY_VM_H
#define MY_VM_H

#include "obj.h"

/* Operators on built-in types (ops.c). Each returns the result, V_ERR, or V_TAILCALL when Python
   code must decide (a class's dunder method): the VM then calls I->tail_callable with tail_args and
   uses its result as the operation's result. */
MY_FN Value op_binary(Interp *I, uint32_t op, Value a, Value b);     /* op: AST_OP_* | 0x100 in-place */
MY_FN Value op_unary(Interp *I, uint32_t op, Value a);
MY_FN Value op_compare(Interp *I, uint32_t op, Value a, Value b);    /* AST_OP_EQ..GE */
MY_FN Value op_contains(Interp *I, Value container, Value item);    /* V_TRUE/V_FALSE */
MY_FN Value op_getitem(Interp *I, Value obj, Value key);
MY_FN Value op_setitem(Interp *I, Value obj, Value key, Value v);   /* V_NONE on success */
MY_FN Value op_delitem(Interp *I, Value obj, Value key);
MY_FN Value op_truth(Interp *I, Value v);                            /* V_TRUE/V_FALSE/V_ERR/V_TAILCALL */
MY_FN Value op_iter(Interp *I, Value v);
MY_FN Value op_next(Interp *I, Value it);     /* next value, V_NULL when exhausted, V_ERR, V_TAILCALL */
MY_FN Value op_len(Interp *I, Value v);       /* a small int, V_ERR or V_TAILCALL */
MY_FN Value op_str(Interp *I, Value v);       /* str(v) */
MY_FN Value op_repr(Interp *I, Value v);      /* repr(v) */
MY_FN Value op_format(Interp *I, Value v, Value spec);
MY_FN Value op_hash(Interp *I, Value v);      /* an int, V_ERR or V_TAILCALL */
MY_FN Value prelude_tailcall(Interp *I, const char *name, Value args_tuple);  /* V_TAILCALL */
MY_FN Value prelude_get(Interp *I, const char *name);
MY_FN Value prelude_delegate(Interp *I, const char *name, Ref args, uint32_t nargs, Value kwnames);
MY_FN Value gen_attr(Interp *I, Value g, Value name);   /* gi_running, gi_frame, gi_yieldfrom, ...; V_NULL if none */

/* A key whose hash and equality are Python code (pyhash.c): dict and set work goes to the prelude. */
MY_FN bool key_needs_python(Interp *I, Value key);

/* Dict views and set updates (containers.c). */
MY_FN Value cont_view_binop(Interp *I, uint32_t op, Value a, Value b);
MY_FN Value cont_view_compare(Interp *I, uint32_t op, Value a, Value b);
MY_FN Value cont_view_contains(Interp *I, Value view, Value x);
MY_FN Value cont_set_update(Interp *I, Value s, Value x);

/* complex.c */
MY_FN Value complex_new(Interp *I, double re, double im);
MY_FN bool is_complex(Interp *I, Value v);
MY_FN bool complex_parts(Interp *I, Value v, double *re, double *im);
MY_FN Value complex_binop(Interp *I, uint32_t op, Value a, Value b);   /* V_NULL: not for complex */
MY_FN Value complex_eq(Interp *I, Value a, Value b);
MY_FN int64_t complex_hash(Interp *I, Value c);
MY_FN Value complex_repr(Interp *I, Value c);
MY_FN Value complex_ctor(Interp *I, Ref args, uint32_t nargs, Value kwnames);

/* Slices and indices (ops.c). */
MY_FN bool index_of(Interp *I, Value v, int64_t *out);  /* ints and __index__-free; false + TypeError */
MY_FN bool slice_indices(Interp *I, Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *count);

/* Tracebacks (exc.c). */
MY_FN void tb_add(Interp *I, Value exc, Value code, uint32_t line);
MY_FN void print_exception(Interp *I, Value exc);   /* to the err stream, as CPython prints it */
MY_FN Value exc_str(Interp *I, Value exc);
MY_FN Value oserror_field(Interp *I, Value exc, int which);
MY_FN TypeId oserror_subclass(int64_t e);

/* Image roots: the function that implements a call to a built-in type. */
MY_FN Value type_call_builtin(Interp *I, TypeId t, Ref args, uint32_t nargs, Value kwnames);
MY_FN Value new_instance(Interp *I, Ref cls);
/* The dict a subclass of dict holds when its class keeps dict's __iter__ (CPython then copies it as
   a dict, ignoring an overridden __getitem__); otherwise v itself (subclass.c). */
MY_FN Value dict_plain(Interp *I, Value v);

#endif

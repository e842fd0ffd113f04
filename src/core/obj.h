/* obj.h: object layouts in the heap, the interpreter header, and the core object API. */
#ifndef MY_OBJ_H
#define MY_OBJ_H

#include "port.h"
#include "heap.h"
#include "value.h"
#include "types.h"

/* ---- Object layout --------------------------------------------------------------------------
   Every object starts with one header word:
     bits 0..31   the Ref of its type object
     bits 32..61  its size in words, header included
     bit  62      RAW: the words after the header are raw data (string bytes, digits, tables);
                  otherwise every word after the header is a Value
   So the GC knows every reference: the type Ref in the header, and each Value word of a non-raw
   object. Fields are numbered from 1 (word 0 is the header). */
#define HDR_RAW_BIT ((uint64_t)1 << 62)
/* heap words kept back from ordinary allocation, so that a MemoryError can still be reported */
#define HEAP_RESERVE_WORDS 1024u
#define HDR_SIZE_MASK 0x3FFFFFFFu
#define HDR_MAKE(type, words, raw) ((uint64_t)(type) | ((uint64_t)(words) << 32) | ((raw) ? HDR_RAW_BIT : 0))

/* ---- The image's fixed places ----------------------------------------------------------------
   The built-in type objects are the first objects of the image, in TypeId order, TYPE_WORDS each;
   then an array of the interned names (NameId order); then the array of image roots. */
#define TYPE_WORDS 10
#define IMAGE_TYPES_AT 1u
#define TYPE_REF(id) (REF_IMAGE_BIT | (IMAGE_TYPES_AT + (uint32_t)(id) * TYPE_WORDS))
#define IMAGE_NAMES_AT (IMAGE_TYPES_AT + (uint32_t)T_COUNT * TYPE_WORDS)
#define NAME_SLOT_REF(id) (REF_IMAGE_BIT | (IMAGE_NAMES_AT + 1u + (uint32_t)(id)))
#define IMAGE_ROOTS_AT (IMAGE_NAMES_AT + 1u + (uint32_t)N_COUNT)
enum {  /* fields of the image roots array */
    ROOT_BUILTINS = 1,  /* dict: the builtins namespace */
    ROOT_MODULES,       /* dict: built-in module name -> module object */
    ROOT_PRELUDE,       /* dict: globals of the prelude (Python-level slow paths) */
    ROOT_MAIN_CODE,     /* code object of the script compiled once (or None) */
    ROOT_EMPTY_TUPLE,
    ROOT_EMPTY_STR,
    ROOT_CHARS,         /* array of the 128 one-character ASCII strings */
    ROOT_SOURCE,        /* str: the script's source, for tracebacks and per-interpreter compiles */
    ROOT_FILENAME,      /* str: the script's file name */
    ROOT_LIB_CODES,     /* dict: name -> code of each standard module written in Python (src/lib) */
    ROOT_COUNT
};
#define IMAGE_ROOT_REF(i) (REF_IMAGE_BIT | (IMAGE_ROOTS_AT + (uint32_t)(i)))

/* Type object fields. */
enum { TYPE_NAME = 1, TYPE_BASES, TYPE_MRO, TYPE_DICT, TYPE_KIND, TYPE_FLAGS, TYPE_QUALNAME, TYPE_MODULE, TYPE_BASE };
/* TYPE_KIND: the TypeId whose instance layout this type's instances use. TYPE_FLAGS bits: */
#define TF_HEAP 1          /* a class made by a class statement (mutable) */
#define TF_BASETYPE 2      /* may be subclassed */
#define TF_HAS_GETATTR 4   /* the class (or a base) defines __getattr__ */
#define TF_HAS_DUNDERS 8   /* the class (or a base) is a Python class: slow paths for operators */
#define TF_NO_PROPERTIES 16 /* no property in the class or its bases: instance attributes are read first */
#define TF_BOXED 32        /* subclasses a built-in value type: instances are boxes (BOX_*) */
#define TF_SLOTS 64        /* __slots__ here and in every Python base: instances have no __dict__ */

/* Per-type layouts (field indices). */
enum { LIST_LEN = 1, LIST_ITEMS, LIST_WORDS };               /* ITEMS: ARRAY or NULL */
/* tuple: the items follow the header; len = size - 1 */
enum { DICT_USED = 1, DICT_NENTRIES, DICT_ENTRIES, DICT_HASHES, DICT_INDEX, DICT_WORDS };
/* DICT_ENTRIES: ARRAY of key,value pairs (deleted: key NULL); DICT_HASHES: RAW of 64-bit hashes;
   DICT_INDEX: RAW of int32 slots, or NULL while the dict is small enough to scan. */
enum { SET_USED = 1, SET_FILL, SET_KEYS, SET_HASHES, SET_WORDS };  /* KEYS: ARRAY (NULL empty slot) */
/* str and bytes (raw): word 1 = byte length (low 32) | char length (high 32), word 2 = hash
   (0 = not yet computed), then the bytes, 8 to a word. */
#define STR_INFO 1
#define STR_HASH 2
#define STR_DATA 3
/* big int (raw): word 1 = ndigits (low 32) | sign (high 32, 1 or -1 as int32), then 32-bit digits. */
#define BIG_INFO 1
#define BIG_DATA 2
enum { COMPLEX_RE = 1, COMPLEX_IM, COMPLEX_WORDS };           /* raw doubles */
enum { RANGE_START = 1, RANGE_STOP, RANGE_STEP, RANGE_LEN, RANGE_WORDS };
enum { SLICE_START = 1, SLICE_STOP, SLICE_STEP, SLICE_WORDS };
enum { FUNC_CODE = 1, FUNC_GLOBALS, FUNC_DEFAULTS, FUNC_KWDEFAULTS, FUNC_CLOSURE, FUNC_NAME,
       FUNC_QUALNAME, FUNC_DICT, FUNC_MODULE, FUNC_DOC, FUNC_WORDS };
enum { BUILTIN_ID = 1, BUILTIN_SELF, BUILTIN_NAME, BUILTIN_WORDS };
enum { METHOD_FUNC = 1, METHOD_SELF, METHOD_WORDS };
enum { CODE_BYTECODE = 1, CODE_CONSTS, CODE_NAMES, CODE_VARNAMES, CODE_CELLVARS, CODE_FREEVARS,
       CODE_ARGCOUNT, CODE_POSONLY, CODE_KWONLY, CODE_FLAGS, CODE_NLOCALS, CODE_STACKSIZE,
       CODE_NAME, CODE_QUALNAME, CODE_FILENAME, CODE_FIRSTLINE, CODE_LINES, CODE_EXCTABLE,
       CODE_CELL2ARG, CODE_NINSTR, CODE_SOURCE, CODE_DOC, CODE_WORDS };
/* CODE_FLAGS bits */
#define CO_VARARGS 1
#define CO_VARKW 2
#define CO_GENERATOR 4
#define CO_NEWLOCALS 8     /* a function (fast locals); module and class bodies use a locals dict */
#define CO_NESTED 16
#define CO_SIMPLE 32       /* a function with only positional parameters, not a generator: the loop's fast call */
#define CO_COROUTINE 64    /* async def (with CO_GENERATOR: its frame is a generator's) */
#define CO_ASYNC_GENERATOR 128 /* async def containing yield (with CO_GENERATOR) */
enum { CELL_VALUE = 1, CELL_WORDS };
enum { MODULE_NAME = 1, MODULE_DICT, MODULE_WORDS };
enum { GEN_FRAME = 1, GEN_STATE, GEN_NAME, GEN_QUALNAME, GEN_WORDS };
enum { GEN_CREATED = 0, GEN_RUNNING, GEN_SUSPENDED, GEN_DONE };
/* generators, coroutines and async generators share the layout and the resume machinery */
#define IS_GEN_LIKE(I, v) (is_type(I, v, T_GENERATOR) || is_type(I, v, T_COROUTINE) || is_type(I, v, T_ASYNC_GENERATOR))
enum { PROP_FGET = 1, PROP_FSET, PROP_FDEL, PROP_DOC, PROP_WORDS };
enum { WRAP_FUNC = 1, WRAP_WORDS };                             /* staticmethod, classmethod */
enum { SUPER_TYPE = 1, SUPER_OBJ, SUPER_OBJTYPE, SUPER_WORDS };
enum { ITER_SEQ = 1, ITER_POS, ITER_AUX, ITER_WORDS };          /* most iterators */
enum { VIEW_DICT = 1, VIEW_WORDS };
enum { INST_DICT = 1, INST_WORDS };                             /* instances of Python classes */
/* An instance of a subclass of int, str, tuple, list, dict, ... (TF_BOXED): an ordinary instance
   (kind T_OBJECT, its __dict__ first) that holds a value of the built-in type. Methods of the
   built-in type receive that value as self (natives.c), and operators without a Python-level
   override act on it (box_inner). */
enum { BOX_DICT = 1, BOX_VALUE, BOX_WORDS };
enum { EXC_DICT = 1, EXC_ARGS, EXC_TRACEBACK, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS, EXC_WORDS };
enum { TB_NEXT = 1, TB_CODE, TB_LINE, TB_WORDS };
/* A frame: the fixed fields, then the code's locals, cells and free variables, then its value stack. */
enum { FRAME_BACK = 1, FRAME_CODE, FRAME_FUNC, FRAME_GLOBALS, FRAME_LOCALS, FRAME_IP, FRAME_SP,
       FRAME_FLAGS, FRAME_EXC, FRAME_GEN, FRAME_FIXED };   /* FRAME_GEN: a generator's own object */
/* FRAME_FLAGS bits */
#define FF_HEAP 1          /* lives in the object heap (a generator's frame), not the frame stack */
#define FF_INIT 2          /* a constructor's __init__: on return push the instance, check None */
#define FF_DISCARD 4       /* the caller does not want the result */
#define FF_ENTRY 8         /* returning from it ends run() (the script's module frame) */
#define FF_PUSH_NULL 16    /* a Python getter run by LOAD_METHOD: on return push the result, then NULL */

enum { TAIL_CALL = 0, TAIL_GEN_SEND, TAIL_GEN_THROW, TAIL_GEN_CLOSE };

/* ---- The interpreter header --------------------------------------------------------------- */
typedef enum RunStatus {
    RUN_DONE = 0,          /* finished normally */
    RUN_BUDGET,            /* step budget of this slice spent: call run() again */
    RUN_OUTPUT,            /* output buffer full: drain it, then call run() again */
    RUN_ERROR,             /* uncaught exception: the traceback is in the error stream */
    RUN_EXIT,              /* SystemExit: exit_code says the code */
    RUN_STEPS,             /* max_steps reached */
    RUN_MEMORY,            /* the heap cannot hold even the error */
    RUN_INPUT,             /* waiting for input (not used yet) */
    RUN_BARRIER,           /* waiting at myriad.barrier(): call run() again once every interpreter is there */
} RunStatus;

typedef struct OutBuf {
    uint8_t *data;
    uint32_t len, cap;
} OutBuf;

/* Lookup caches (cleared by every collection, since objects move): type attribute lookups by
   (type, name), and global name lookups by (globals, name). Smaller on the GPU, where every
   interpreter carries its own. */
#ifndef MY_TYPE_CACHE
#ifdef __CUDACC__
#define MY_TYPE_CACHE 16
#else
#define MY_TYPE_CACHE 256
#endif
#endif
#ifndef MY_GLOBAL_CACHE
#ifdef __CUDACC__
#define MY_GLOBAL_CACHE 8
#else
#define MY_GLOBAL_CACHE 64
#endif
#endif
typedef struct TypeCacheEntry { Ref type, name; Value value; } TypeCacheEntry;
/* A global found in the globals dict at `index` of its entries array `entries`, or (index ~0) in the
   builtins, valid while the globals dict has the same entries array and `nentries` (no key added). */
typedef struct GlobalCacheEntry { Ref globals, name, entries, index, nentries; Value builtin; } GlobalCacheEntry;

typedef struct Interp {
    HeapView H;            /* first: the accessor's view */
    uint32_t ref_tag;      /* REF_IMAGE_BIT while building the image, else 0 */
    uint32_t top;          /* next free word of the object region */
    uint32_t fsp;          /* lowest word of the frame stack (it grows down from frame_end) */
    uint32_t frame_end;    /* one past the frame stack's top; GC tables live above it */
    uint32_t gc_bitmap;    /* word offset of the GC's live bitmap (one bit per heap word) */
    uint32_t gc_offsets;   /* word offset of the GC's block offset table */
    uint32_t gc_stack;     /* word offset of the GC's mark stack */
    uint32_t gc_stack_cap;
    Ref frame;             /* the running frame, 0 when none */
    Value exc;             /* the pending exception, V_NULL when none */
    Value globals;         /* __main__'s dict */
    Value modules;         /* sys.modules */
    Value memerr;          /* a MemoryError made at start-up, raised when nothing can be allocated */
    Value tail_callable;   /* set with V_TAILCALL: what to call instead */
    Value tail_args;       /* a tuple */
    Value tail_kwargs;     /* a dict or V_NULL */
    Value tail_locals;     /* run the tail-called function's code with this locals dict (class bodies) */
    int tail_mode;         /* TAIL_CALL, or resume / throw into / close the generator tail_callable */
    Value pending_out;     /* a str or bytes not yet written because the output buffer was full */
    uint32_t pending_pos;
    int pending_stream;
    bool need_gc;          /* an allocation failed: collect and retry the instruction */
    bool emergency;        /* MemoryError is being raised: the reserve may be used for its traceback */
    bool in_retry;
    bool interrupt;        /* raise KeyboardInterrupt where the next slice resumes (a REPL's Ctrl-C) */
    bool at_barrier;       /* myriad.barrier() was called: the slice ends after this call */
    bool in_session;       /* runs a REPL's inputs: atexit's functions wait for the session's end */
    uint8_t exiting;       /* while atexit's functions run: 1 + the RunStatus the script ended with */
    bool embedded;         /* runs inside a user's kernel (the embedding API): cuda.syncthreads() is the block's barrier */
    uint8_t syntax_incomplete;   /* the last failed compile ran out of input (see parse_incomplete) */
    uint32_t depth;        /* Python call depth, for RecursionError */
    uint32_t recursion_limit;
    uint64_t steps;        /* bytecodes executed */
    uint64_t max_steps;    /* 0 = unlimited */
    uint32_t gc_count;
    uint64_t gc_last_step;    /* bytecode count at the last collection, to detect thrashing */
    int status;
    int exit_code;
    int64_t tid, nthreads;
    OutBuf out, err;
    const uint8_t *stdin_data;
    uint32_t stdin_len, stdin_pos;
    Value argv;            /* list for sys.argv */
    Value reporting;       /* while the prelude prints an uncaught exception: a dict exc -> str(exc) */
    struct MyFs *fs;       /* the file system every interpreter of the run shares (fs.h), or NULL */
    uintptr_t stack_base;  /* a local's address at interp_run's entry: see my_stack_depth */
    TypeCacheEntry type_cache[MY_TYPE_CACHE];
    GlobalCacheEntry global_cache[MY_GLOBAL_CACHE];
} Interp;

#define IH(I) (&(I)->H)
/* True when recursive C code must stop: the C stack is nearly used up. */
MY_INLINE bool stack_low(Interp *I) { return I->stack_base && my_stack_depth(I->stack_base) > MY_STACK_LIMIT; }
MY_INLINE Value ld(Interp *I, Ref r) { return mem_ld(&I->H, r); }
MY_INLINE void st(Interp *I, Ref r, Value v) { mem_st(&I->H, r, v); }
MY_INLINE Value fld(Interp *I, Value obj, uint32_t i) { return mem_ld(&I->H, v_as_ref(obj) + i); }
MY_INLINE void set_fld(Interp *I, Value obj, uint32_t i, Value v) { mem_st(&I->H, v_as_ref(obj) + i, v); }
MY_INLINE Ref hdr_type(Interp *I, Ref r) { return (Ref)mem_ld(&I->H, r); }
MY_INLINE uint32_t hdr_size(Interp *I, Ref r) { return (uint32_t)(mem_ld(&I->H, r) >> 32) & HDR_SIZE_MASK; }
MY_INLINE Value name_v(Interp *I, NameId id) { return ld(I, NAME_SLOT_REF(id)); }
MY_INLINE Value image_root(Interp *I, int i) { return ld(I, IMAGE_ROOT_REF(i)); }
MY_INLINE Value type_v(TypeId id) { return v_obj(TYPE_REF(id)); }

/* A built-in type (as opposed to a class written in Python, in the image or a heap). */
MY_INLINE bool type_is_builtin(Ref t) { return REF_IS_IMAGE(t) && t < TYPE_REF(T_COUNT); }

/* The type of any value, as a Ref of its type object. */
MY_INLINE Ref type_of(Interp *I, Value v) {
    if (v_is_obj(v)) return hdr_type(I, v_as_ref(v));
    if (v_is_int(v)) return TYPE_REF(T_INT);
    if (v_is_double(v)) return TYPE_REF(T_FLOAT);
    if (v == V_NONE) return TYPE_REF(T_NONE);
    if (v == V_TRUE || v == V_FALSE) return TYPE_REF(T_BOOL);
    if (v == V_NOTIMPL) return TYPE_REF(T_NOTIMPL);
    return TYPE_REF(T_ELLIPSIS);
}
/* The layout kind (TypeId) of a value's type. */
MY_INLINE TypeId kind_of(Interp *I, Value v) {
    Ref t = type_of(I, v);
    if (REF_IS_IMAGE(t) && t >= TYPE_REF(0) && t < TYPE_REF(T_COUNT) && ((t - TYPE_REF(0)) % TYPE_WORDS) == 0)
        return (TypeId)((t - TYPE_REF(0)) / TYPE_WORDS);
    return (TypeId)v_as_int(ld(I, t + TYPE_KIND));
}
MY_INLINE bool is_type(Interp *I, Value v, TypeId id) { return v_is_obj(v) && hdr_type(I, v_as_ref(v)) == TYPE_REF(id); }
MY_INLINE bool is_str(Interp *I, Value v) { return is_type(I, v, T_STR); }

/* ---- Allocation (obj.c) --------------------------------------------------------------------
   alloc never collects: it returns 0 and flags need_gc; the VM then collects at a safe point and
   re-executes the instruction. So C code may hold Refs in locals freely, but must make every
   allocation before any change that is visible, so that a re-executed instruction does no harm. */
MY_FN Ref obj_alloc(Interp *I, TypeId t, uint32_t words, bool raw);
MY_FN Ref obj_alloc_typed(Interp *I, Ref type, uint32_t words, bool raw);
MY_FN Value err_nomem(Interp *I);

/* ---- Exceptions (exc.c) -------------------------------------------------------------------- */
MY_FN Value raise_msg(Interp *I, TypeId t, const char *msg);
/* fmt: %s inserts a str value, %T the type name of a value, %d a small int value, %V str() of an int/str/float. */
MY_FN Value raise_fmt(Interp *I, TypeId t, const char *fmt, Value a, Value b, Value c);
MY_FN Value raise_value(Interp *I, Value exc);   /* exc: an instance or a class */
MY_FN bool exc_matches(Interp *I, Value exc, Value type_or_tuple);
MY_FN Value exc_new(Interp *I, Ref type, Value args_tuple);


/* ---- Object API (one file per type; declared here so every core file sees one list) ---------- */
/* obj.c */
MY_FN Value tuple_new(Interp *I, uint32_t n);                 /* items V_NONE */
MY_FN uint32_t tuple_len(Interp *I, Value t);
MY_FN Value tuple_pack2(Interp *I, Value a, Value b);
MY_FN Value tuple_pack3(Interp *I, Value a, Value b, Value c);
MY_FN Value array_new(Interp *I, uint32_t cap);               /* items V_NULL */
MY_FN Value raw_new(Interp *I, uint32_t words);
MY_FN Value cell_new(Interp *I, Value v);
MY_FN Value method_new(Interp *I, Value func, Value self);
MY_FN Value empty_tuple(Interp *I);
MY_FN bool is_subtype(Interp *I, Ref t, Ref base);            /* t's MRO contains base */
MY_FN bool isinstance_of(Interp *I, Value v, TypeId base);
MY_FN Value type_name_v(Interp *I, Ref type);
MY_FN const char *kind_name(TypeId t);

/* list.c */
MY_FN Value list_new(Interp *I, uint32_t cap);
MY_FN uint32_t list_len(Interp *I, Value l);
MY_FN Value list_get(Interp *I, Value l, uint32_t i);
MY_FN void list_set(Interp *I, Value l, uint32_t i, Value v);
MY_FN bool list_append(Interp *I, Value l, Value v);          /* false: no memory */
MY_FN Value list_from_values(Interp *I, Ref from, uint32_t n); /* n Values starting at heap word from */
MY_FN Value tuple_from_values(Interp *I, Ref from, uint32_t n);
MY_FN Value list_to_tuple(Interp *I, Value l);

/* str.c */
MY_FN Value str_new(Interp *I, const char *bytes, uint32_t len);
MY_FN Value str_from_cstr(Interp *I, const char *s);
MY_FN Value str_alloc(Interp *I, uint32_t nbytes);             /* bytes unset; call str_finish */
MY_FN Value bytes_alloc(Interp *I, uint32_t nbytes);           /* a bytes object, contents unset (num_methods.c) */
MY_FN Value bytes_from_buf(Interp *I, const uint8_t *p, uint32_t n);   /* a bytes object holding p[0..n) (mod_hash.c) */
MY_FN void str_finish(Interp *I, Value s);                     /* computes the char length */
MY_FN Value str_from_heap(Interp *I, Ref src, uint32_t start, uint32_t len); /* bytes of a byte run */
MY_FN uint32_t str_nbytes(Interp *I, Value s);
MY_FN uint32_t str_nchars(Interp *I, Value s);
MY_FN uint32_t str_byte(Interp *I, Value s, uint32_t i);
MY_FN void str_set_byte(Interp *I, Value s, uint32_t i, uint32_t b);
MY_FN int64_t str_hash(Interp *I, Value s);
MY_FN bool str_eq(Interp *I, Value a, Value b);
MY_FN int str_cmp(Interp *I, Value a, Value b);
MY_FN bool str_eq_cstr(Interp *I, Value s, const char *c);
MY_FN Value str_concat(Interp *I, Value a, Value b);
MY_FN void heap_copy_bytes(Interp *I, Ref dst, uint32_t d, Ref src, uint32_t s, uint32_t n);
MY_FN Value str_repr(Interp *I, Value s);
MY_FN uint32_t str_copy_out(Interp *I, Value s, char *buf, uint32_t cap); /* NUL-terminates */
MY_FN Value str_char_at(Interp *I, Value s, int64_t index);   /* one-char str, index by code point */
MY_FN uint32_t utf8_decode_at(Interp *I, Value s, uint32_t *bytepos); /* next code point */
MY_FN Value str_from_codepoint(Interp *I, uint32_t cp);
MY_FN Value str_substr(Interp *I, Value s, uint32_t bstart, uint32_t blen);
MY_FN uint32_t str_offset_of(Interp *I, Value s, uint32_t index);  /* byte offset of a code point index */

/* Builders: collect bytes in a growing str, for repr() and formatting. */
/* failed: out of memory; error: an exception is already pending (sb_finish keeps it). */
/* direct: write straight into that output buffer instead of building a str (used when the heap is full). */
typedef struct StrBuf { Value s; uint32_t len, cap; bool failed, error; OutBuf *direct; } StrBuf;
MY_FN void sb_init(Interp *I, StrBuf *b, uint32_t cap);
MY_FN void sb_init_direct(StrBuf *b, OutBuf *o);
MY_FN void sb_putc(Interp *I, StrBuf *b, uint32_t byte);
MY_FN void sb_puts(Interp *I, StrBuf *b, const char *s);
MY_FN void sb_putn(Interp *I, StrBuf *b, const char *s, uint32_t n);
MY_FN void sb_put_str(Interp *I, StrBuf *b, Value str);
MY_FN void sb_put_int(Interp *I, StrBuf *b, int64_t v);
MY_FN void sb_put_codepoint(Interp *I, StrBuf *b, uint32_t cp);
MY_FN Value sb_finish(Interp *I, StrBuf *b);                   /* V_ERR if any step ran out of memory */

/* str_methods.c */
MY_FN bool uni_isprintable(uint32_t cp);
MY_FN Value str_encode(Interp *I, Value s, Value encoding, Value errors);
MY_FN Value bytes_decode(Interp *I, Value s, Value encoding, Value errors);

/* int.c: small ints are tagged, big ones are heap objects; every result is normalized. */
MY_FN bool is_int_value(Interp *I, Value v);                   /* int or bool (not a subclass) */
MY_FN Value int_from_i64(Interp *I, int64_t v);
MY_FN Value int_from_u64(Interp *I, uint64_t v);
MY_FN Value int_from_double(Interp *I, double d);              /* truncates; raises on inf/nan */
MY_FN bool int_to_i64(Interp *I, Value v, int64_t *out);       /* false if it does not fit */
MY_FN double int_to_double(Interp *I, Value v, bool *overflow);
MY_FN Value int_binop(Interp *I, int op, Value a, Value b);    /* op: AST_OP_*; ints and bools */
MY_FN Value int_neg(Interp *I, Value a);
MY_FN Value int_invert(Interp *I, Value a);
MY_FN int int_cmp(Interp *I, Value a, Value b);
MY_FN int int_sign(Interp *I, Value a);
MY_FN int64_t int_hash(Interp *I, Value a);
/* An int (small, bool or big) read as a sign and normalized 32-bit digits, for the kernels of
   bigint.c (intbig.c). d is 0 for a value of at most two digits, held in m. */
typedef struct IntView {
    int s;          /* -1, 0, 1 */
    uint32_t n;     /* digits, normalized */
    Ref d;          /* the digits of a big int, or 0 */
    uint64_t m;     /* the magnitude when n <= 2 */
} IntView;
MY_FN void int_view(Interp *I, Value v, IntView *x);
MY_FN uint32_t int_view_digit(Interp *I, const IntView *x, uint32_t i);
MY_FN uint64_t int_view_bitlen(Interp *I, const IntView *x);
MY_FN uint32_t bit_length64(uint64_t v);                       /* bits in v, 0 for 0 */
MY_FN Value int_to_str(Interp *I, Value a, uint32_t base);     /* no prefix; '-' for negatives */
MY_FN Value int_parse(Interp *I, Value s, uint32_t bstart, uint32_t blen, int base, bool literal);
MY_FN Value int_pow_mod(Interp *I, Value a, Value b, Value m);
MY_FN Value int_abs(Interp *I, Value a);

/* float.c */
MY_FN Value float_binop(Interp *I, int op, double a, double b);
MY_FN double float_pow(double x, double y);
MY_FN Value float_repr(Interp *I, double d);
MY_FN int64_t float_hash(double d);
MY_FN bool to_double(Interp *I, Value v, double *out);         /* int, bool or float; else false */

/* dict.c */
MY_FN Value dict_new(Interp *I);
MY_FN Value hash_of(Interp *I, Value key, int64_t *h);          /* V_TRUE, V_ERR, or V_TAILCALL for __hash__ */
MY_FN Value dict_get(Interp *I, Value d, Value key);           /* V_NULL if absent, V_ERR on error */
MY_FN Value dict_get_h(Interp *I, Value d, Value key, int64_t h);
MY_FN int64_t dict_index_of_str(Interp *I, Value d, Value name);
MY_FN Value dict_get_str(Interp *I, Value d, Value name);      /* key known to be a str */
MY_FN Value dict_set(Interp *I, Value d, Value key, Value val);  /* V_NONE or V_ERR */
MY_FN Value dict_set_h(Interp *I, Value d, Value key, int64_t h, Value val);
MY_FN Value dict_del(Interp *I, Value d, Value key);           /* V_NONE, V_NULL if absent, V_ERR */
MY_FN uint32_t dict_len(Interp *I, Value d);
MY_FN bool dict_next(Interp *I, Value d, uint32_t *pos, Value *k, Value *v); /* iterate from pos 0 */
MY_FN Value dict_copy(Interp *I, Value d);
MY_FN bool values_eq_simple(Interp *I, Value a, Value b, bool *known); /* equality without Python code */

/* set.c */
MY_FN Value set_new(Interp *I, TypeId t);
MY_FN Value set_add(Interp *I, Value s, Value key);            /* V_NONE or V_ERR */
MY_FN Value set_contains(Interp *I, Value s, Value key);       /* V_TRUE/V_FALSE/V_ERR */
MY_FN uint32_t set_len(Interp *I, Value s);
MY_FN bool set_next(Interp *I, Value s, uint32_t *pos, Value *k);

/* type.c */
MY_FN Value type_lookup(Interp *I, Ref type, Value name);     /* through the MRO; V_NULL if absent */
MY_FN Value type_lookup_id(Interp *I, Ref type, NameId id);
MY_FN void lookup_caches_clear(Interp *I);                      /* after a collection or a class change */
MY_FN Value getattr_value(Interp *I, Value obj, Value name);   /* may return V_TAILCALL */
MY_FN Value setattr_value(Interp *I, Value obj, Value name, Value v);
MY_FN Value type_setattr_plain(Interp *I, Value cls, Value name, Value v);   /* type.__setattr__ */
MY_FN Value delattr_value(Interp *I, Value obj, Value name);
MY_FN Value type_new_class(Interp *I, Ref meta, Value name, Value bases, Value ns);
MY_FN Ref boxed_base(Interp *I, Ref cls);                        /* the built-in type a boxing class derives from */
MY_FN bool kind_is_boxable(TypeId k);
/* The value a box holds (TF_BOXED instance), or v itself. */
MY_INLINE bool is_boxed(Interp *I, Value v) {
    if (!v_is_obj(v)) return false;
    Ref t = hdr_type(I, v_as_ref(v));
    return !type_is_builtin(t) && (v_as_int(mem_ld(&I->H, t + TYPE_FLAGS)) & TF_BOXED) && hdr_size(I, v_as_ref(v)) == BOX_WORDS;
}
MY_INLINE Value box_inner(Interp *I, Value v) { return is_boxed(I, v) ? fld(I, v, BOX_VALUE) : v; }

/* module / interp */
MY_FN Value module_import(Interp *I, Value name);

/* output (vm.c) */
MY_FN Value out_write(Interp *I, int stream, Value str);        /* V_NONE or V_ERR */
MY_FN void out_write_cstr(Interp *I, int stream, const char *s);

/* intbig.c: the big-int paths of int.c (operands may be small or big; results normalized). */
MY_FN Value intbig_binop(Interp *I, int op, Value a, Value b);
MY_FN Value intbig_neg(Interp *I, Value a);
MY_FN int intbig_cmp(Interp *I, Value a, Value b);
MY_FN int64_t intbig_hash(Interp *I, Value a);
MY_FN double intbig_to_double(Interp *I, Value a, bool *overflow);
MY_FN Value intbig_from_double(Interp *I, double d);
MY_FN Value intbig_to_str(Interp *I, Value a, uint32_t base);
MY_FN Value intbig_parse(Interp *I, Value s, uint32_t bstart, uint32_t blen, uint32_t base, bool negative);
MY_FN Value intbig_from_u64(Interp *I, uint64_t v, bool negative);
MY_FN Value intbig_pow_mod(Interp *I, Value a, Value b, Value m);
MY_FN bool is_bigint(Interp *I, Value v);
MY_FN Value set_discard(Interp *I, Value s, Value key);        /* V_TRUE removed, V_FALSE absent, V_ERR */
MY_FN uint32_t list_cap(Interp *I, Value l);
MY_FN bool list_reserve(Interp *I, Value l, uint32_t need);

#endif

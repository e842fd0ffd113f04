/* vm.c: the stackless dispatch loop: frames in the heap, calls without C recursion, generators,
   exception tables, and run(interp, budget) that stops and resumes anywhere. */
#include "vm.h"
#include "natives.h"
#include "opcodes.h"
#include "ast.h"
#include "compile.h"
#ifdef MY_HEAP_VERIFY
#include <stdio.h>
#include <stdlib.h>
#endif

MY_OUTLINE void gc_collect(Interp *I);

/* BUILD_SET and friends with keys whose hash is Python code: the prelude builds the container. */
static MY_FN bool any_key_needs_python(Interp *I, Ref from, uint32_t n, uint32_t step) {
    for (uint32_t i = 0; i < n; i++) if (key_needs_python(I, ld(I, from + i * step))) return true;
    return false;
}

/* ---- Frames --------------------------------------------------------------------------------- */
#define GF_FORITER 0x100      /* generator resumed by FOR_ITER: on return the loop ends */
#define GF_SEND 0x200         /* resumed by SEND (yield from): on return push the value, jump */
#define GF_CALL 0x400         /* resumed by next()/send()/throw(): on return raise StopIteration */
#define GF_CLOSE 0x800        /* resumed by close() */
#define GF_MODES (GF_FORITER | GF_SEND | GF_CALL | GF_CLOSE)
#define GF_THROWSUB 0x1000    /* rewound to its SEND: the value there is (exception, throw args) for the subiterator */
#define GF_SUBEXIT 0x2000     /* at its SEND, the subiterator's close() running: when it ends, raise here */

MY_INLINE Value frv(Interp *I, Ref f, uint32_t i) { return ld(I, f + i); }
MY_INLINE void set_frv(Interp *I, Ref f, uint32_t i, Value v) { st(I, f + i, v); }
MY_INLINE int64_t fri(Interp *I, Ref f, uint32_t i) { return v_as_int(ld(I, f + i)); }

MY_INLINE uint32_t code_nlocals(Interp *I, Value code) { return (uint32_t)v_as_int(fld(I, code, CODE_NLOCALS)); }
MY_INLINE uint32_t code_stacksize(Interp *I, Value code) { return (uint32_t)v_as_int(fld(I, code, CODE_STACKSIZE)); }

/* A frame for `code`: on the frame stack, or in the object heap for a generator. The locals start
   unbound; the value stack above them is left as it is, since the collector reads a frame only up
   to its saved FRAME_SP. */
static MY_OUTLINE Ref frame_new(Interp *I, Value func, Value code, Value globals, bool heap) {
    uint32_t nlocals = code_nlocals(I, code);
    uint32_t size = FRAME_FIXED + nlocals + code_stacksize(I, code);
    Ref f;
    if (heap) {
        f = obj_alloc(I, T_FRAME, size, false);
        if (!f) return 0;
    } else {
        if (I->fsp < I->top + size + 16) { err_nomem(I); return 0; }
        f = I->fsp - size;
        I->fsp = f;
        *mem_hp(&I->H, f) = HDR_MAKE(TYPE_REF(T_FRAME), size, false);
        f |= I->ref_tag;
    }
    for (uint32_t i = 0; i < nlocals; i++) *mem_hp(&I->H, f + FRAME_FIXED + i) = V_NULL;
    *mem_hp(&I->H, f + FRAME_BACK) = V_NULL;
    *mem_hp(&I->H, f + FRAME_CODE) = code;
    *mem_hp(&I->H, f + FRAME_FUNC) = func;
    *mem_hp(&I->H, f + FRAME_GLOBALS) = globals;
    *mem_hp(&I->H, f + FRAME_LOCALS) = V_NULL;
    *mem_hp(&I->H, f + FRAME_IP) = v_int(0);
    *mem_hp(&I->H, f + FRAME_SP) = v_int(FRAME_FIXED + nlocals);
    *mem_hp(&I->H, f + FRAME_FLAGS) = v_int(heap ? FF_HEAP : 0);
    *mem_hp(&I->H, f + FRAME_EXC) = V_NULL;
    *mem_hp(&I->H, f + FRAME_GEN) = V_NULL;
    return f;
}

/* Releases a frame-stack frame (the lowest one). */
static MY_FN void frame_release(Interp *I, Ref f) {
    if (fri(I, f, FRAME_FLAGS) & FF_HEAP) return;
    I->fsp = (f & ~REF_IMAGE_BIT) + hdr_size(I, f & ~REF_IMAGE_BIT);
}

MY_INLINE uint32_t code_line_at(Interp *I, Value code, uint32_t ip) {
    return mem_ld_u32(&I->H, v_as_ref(fld(I, code, CODE_LINES)) + 1, ip);
}

/* ---- Argument binding ----------------------------------------------------------------------- */
static MY_FN Value func_qualname(Interp *I, Value func) { return fld(I, func, FUNC_QUALNAME); }

static MY_OUTLINE Value bind_error_missing(Interp *I, Value func, Value code, Ref locals, uint32_t from, uint32_t to, bool kwonly) {
    uint32_t missing = 0;
    for (uint32_t i = from; i < to; i++) if (ld(I, locals + i) == V_NULL) missing++;
    StrBuf b;
    sb_init(I, &b, 64);
    sb_put_str(I, &b, func_qualname(I, func));
    sb_puts(I, &b, "() missing ");
    sb_put_int(I, &b, missing);
    sb_puts(I, &b, kwonly ? " required keyword-only argument" : " required positional argument");
    if (missing > 1) sb_putc(I, &b, 's');
    sb_puts(I, &b, ": ");
    uint32_t k = 0;
    Value names = fld(I, code, CODE_VARNAMES);
    for (uint32_t i = from; i < to; i++) {
        if (ld(I, locals + i) != V_NULL) continue;
        if (k > 0) sb_puts(I, &b, missing == 2 ? " and " : (k == missing - 1 ? ", and " : ", "));
        sb_putc(I, &b, '\'');
        sb_put_str(I, &b, fld(I, names, 1 + i));
        sb_putc(I, &b, '\'');
        k++;
    }
    Value msg = sb_finish(I, &b);
    if (msg == V_ERR) return msg;
    return raise_fmt(I, T_TYPE_ERROR, "%s", msg, 0, 0);
}

/* Binds args (self first when self != V_NULL) into the locals of frame f for Python function func. */
static MY_OUTLINE bool bind_args(Interp *I, Value func, Ref f, Value self, Ref args, uint32_t nargs, Value kwnames) {
    Value code = fld(I, func, FUNC_CODE);
    uint32_t argcount = (uint32_t)v_as_int(fld(I, code, CODE_ARGCOUNT));
    uint32_t posonly = (uint32_t)v_as_int(fld(I, code, CODE_POSONLY));
    uint32_t kwonly = (uint32_t)v_as_int(fld(I, code, CODE_KWONLY));
    uint32_t flags = (uint32_t)v_as_int(fld(I, code, CODE_FLAGS));
    uint32_t nkw = kwnames == V_NULL ? 0 : tuple_len(I, kwnames);
    uint32_t npos = nargs - nkw + (self != V_NULL ? 1 : 0);
    Ref locals = f + FRAME_FIXED;
    if (nkw == 0 && npos == argcount && kwonly == 0 && !(flags & (CO_VARARGS | CO_VARKW))) {
        /* the common call: exactly the positional parameters */
        uint32_t i = 0;
        if (self != V_NULL) st(I, locals + i++, self);
        for (uint32_t k = 0; i < argcount; i++, k++) st(I, locals + i, ld(I, args + k));
        Value closure = fld(I, func, FUNC_CLOSURE);
        if (closure != V_NULL) {
            uint32_t nfree = tuple_len(I, closure), nl = code_nlocals(I, code);
            for (uint32_t j = 0; j < nfree; j++) st(I, locals + nl - nfree + j, fld(I, closure, 1 + j));
        }
        return true;
    }
    uint32_t total = argcount + kwonly;
    uint32_t slot_varargs = total, slot_varkw = total + ((flags & CO_VARARGS) ? 1 : 0);
    /* allocate first: *args tuple and **kwargs dict */
    Value varargs = V_NULL, varkw = V_NULL;
    if (flags & CO_VARARGS) {
        uint32_t extra = npos > argcount ? npos - argcount : 0;
        varargs = tuple_new(I, extra);
        if (varargs == V_ERR) return false;
        for (uint32_t i = 0; i < extra; i++) {
            uint32_t src = argcount + i;
            Value v = self != V_NULL ? (src == 0 ? self : ld(I, args + src - 1)) : ld(I, args + src);
            set_fld(I, varargs, 1 + i, v);
        }
    } else if (npos > argcount) {
        Value defaults = fld(I, func, FUNC_DEFAULTS);
        uint32_t ndef = defaults == V_NULL ? 0 : tuple_len(I, defaults);
        StrBuf b;
        sb_init(I, &b, 64);
        sb_put_str(I, &b, func_qualname(I, func));
        sb_puts(I, &b, "() takes ");
        if (ndef) { sb_puts(I, &b, "from "); sb_put_int(I, &b, argcount - ndef); sb_puts(I, &b, " to "); }
        sb_put_int(I, &b, argcount);
        sb_puts(I, &b, argcount == 1 && !ndef ? " positional argument but " : " positional arguments but ");
        sb_put_int(I, &b, npos);
        sb_puts(I, &b, npos == 1 ? " was given" : " were given");
        Value msg = sb_finish(I, &b);
        if (msg != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s", msg, 0, 0);
        return false;
    }
    if (flags & CO_VARKW) {
        varkw = dict_new(I);
        if (varkw == V_ERR) return false;
    }
    uint32_t ncopy = npos < argcount ? npos : argcount;
    for (uint32_t i = 0; i < ncopy; i++) {
        Value v = self != V_NULL ? (i == 0 ? self : ld(I, args + i - 1)) : ld(I, args + i);
        st(I, locals + i, v);
    }
    if (varargs != V_NULL) st(I, locals + slot_varargs, varargs);
    if (varkw != V_NULL) st(I, locals + slot_varkw, varkw);
    Value names = fld(I, code, CODE_VARNAMES);
    for (uint32_t k = 0; k < nkw; k++) {
        Value kn = fld(I, kwnames, 1 + k);
        Value kv = ld(I, args + (nargs - nkw) + k);
        uint32_t j = posonly;
        for (; j < total; j++) {
            Value pn = fld(I, names, 1 + j);
            if (pn == kn || str_eq(I, pn, kn)) break;
        }
        if (j < total) {
            if (ld(I, locals + j) != V_NULL) {
                raise_fmt(I, T_TYPE_ERROR, "%s() got multiple values for argument '%s'", func_qualname(I, func), kn, 0);
                return false;
            }
            st(I, locals + j, kv);
            continue;
        }
        if (varkw != V_NULL) {
            if (dict_set(I, varkw, kn, kv) == V_ERR) return false;
            continue;
        }
        bool is_posonly = false;
        for (uint32_t p = 0; p < posonly; p++) if (str_eq(I, fld(I, names, 1 + p), kn)) is_posonly = true;
        if (is_posonly)
            raise_fmt(I, T_TYPE_ERROR, "%s() got some positional-only arguments passed as keyword arguments: '%s'", func_qualname(I, func), kn, 0);
        else
            raise_fmt(I, T_TYPE_ERROR, "%s() got an unexpected keyword argument '%s'", func_qualname(I, func), kn, 0);
        return false;
    }
    if (npos < argcount) {
        Value defaults = fld(I, func, FUNC_DEFAULTS);
        uint32_t ndef = defaults == V_NULL ? 0 : tuple_len(I, defaults);
        for (uint32_t i = npos; i < argcount; i++) {
            if (ld(I, locals + i) != V_NULL) continue;
            if (i + ndef >= argcount) st(I, locals + i, fld(I, defaults, 1 + i - (argcount - ndef)));
        }
        for (uint32_t i = 0; i < argcount; i++)
            if (ld(I, locals + i) == V_NULL) { bind_error_missing(I, func, code, locals, 0, argcount, false); return false; }
    }
    if (kwonly) {
        Value kwd = fld(I, func, FUNC_KWDEFAULTS);
        for (uint32_t i = argcount; i < total; i++) {
            if (ld(I, locals + i) != V_NULL) continue;
            if (kwd != V_NULL) {
                Value d = dict_get_str(I, kwd, fld(I, names, 1 + i));
                if (d != V_NULL) { st(I, locals + i, d); continue; }
            }
        }
        for (uint32_t i = argcount; i < total; i++)
            if (ld(I, locals + i) == V_NULL) { bind_error_missing(I, func, code, locals, argcount, total, true); return false; }
    }
    /* free variables come from the closure */
    Value closure = fld(I, func, FUNC_CLOSURE);
    if (closure != V_NULL) {
        uint32_t nfree = tuple_len(I, closure), nl = code_nlocals(I, code);
        for (uint32_t i = 0; i < nfree; i++) st(I, locals + nl - nfree + i, fld(I, closure, 1 + i));
    }
    return true;
}

/* ---- Calls ---------------------------------------------------------------------------------- */
enum { CALL_DONE = 0, CALL_FRAME, CALL_ERR };

static MY_OUTLINE Value gen_new(Interp *I, Value func, Ref f, uint32_t cflags) {
    TypeId t = (cflags & CO_COROUTINE) ? T_COROUTINE : (cflags & CO_ASYNC_GENERATOR) ? T_ASYNC_GENERATOR : T_GENERATOR;
    Ref g = obj_alloc(I, t, GEN_WORDS, false);
    if (!g) return V_ERR;
    st(I, g + GEN_FRAME, v_obj(f));
    st(I, g + GEN_STATE, v_int(GEN_CREATED));
    st(I, g + GEN_NAME, fld(I, func, FUNC_NAME));
    st(I, g + GEN_QUALNAME, fld(I, func, FUNC_QUALNAME));
    set_frv(I, f, FRAME_GEN, v_obj(g));
    return v_obj(g);
}

/* Pushes a frame for Python function func (or makes a generator). */
static MY_OUTLINE int call_function(Interp *I, Value func, Value self, Ref args, uint32_t nargs, Value kwnames,
                               Value *result, uint32_t frame_flags, Value locals_dict) {
    Value code = fld(I, func, FUNC_CODE);
    uint32_t cflags = (uint32_t)v_as_int(fld(I, code, CODE_FLAGS));
    bool gen = (cflags & CO_GENERATOR) != 0;
    if (!gen && I->depth >= I->recursion_limit) {
        raise_msg(I, T_RECURSION_ERROR, "maximum recursion depth exceeded");
        return CALL_ERR;
    }
    Ref f = frame_new(I, func, code, fld(I, func, FUNC_GLOBALS), gen);
    if (!f) return CALL_ERR;
    if (!bind_args(I, func, f, self, args, nargs, kwnames)) {
        if (!gen) frame_release(I, f);
        return CALL_ERR;
    }
    if (locals_dict != V_NULL) set_frv(I, f, FRAME_LOCALS, locals_dict);
    if (gen) {
        Value g = gen_new(I, func, f, cflags);
        if (g == V_ERR) return CALL_ERR;
        *result = g;
        return CALL_DONE;
    }
    set_frv(I, f, FRAME_FLAGS, v_int((int64_t)frame_flags));
    set_frv(I, f, FRAME_BACK, I->frame ? v_obj(I->frame) : V_NULL);
    I->frame = f;
    I->depth++;
    return CALL_FRAME;
}

/* Whether generator frame f is suspended in `yield from`/`await`: the yield it stopped at follows
   a SEND (a plain yield follows the instruction computing its value). */
static MY_FN bool frame_in_yield_from(Interp *I, Ref f) {
    int64_t ip = fri(I, f, FRAME_IP);
    if (ip < 2) return false;
    Ref bc = v_as_ref(fld(I, frv(I, f, FRAME_CODE), CODE_BYTECODE)) + 1;
    return INSTR_OP(mem_ld_u32(&I->H, bc, (uint32_t)ip - 2)) == OP_SEND &&
           INSTR_OP(mem_ld_u32(&I->H, bc, (uint32_t)ip - 1)) == OP_YIELD_VALUE;
}

/* Whether name, after its 3-character prefix ("gi_"), is s. */
static MY_FN bool suffix_is(Interp *I, Value name, const char *s) {
    uint32_t n = str_nbytes(I, name), i = 3;
    for (; i < n && s[i - 3]; i++) if (str_byte(I, name, i) != (uint8_t)s[i - 3]) return false;
    return i == n && !s[i - 3];
}

/* The introspection attributes of generators, coroutines and async generators (gi_*, cr_*, ag_*):
   running, suspended, code, frame (None once finished; the frame itself has no attributes here),
   and what a suspended `yield from`/`await` delegates to. V_NULL for any other name. */
MY_FN Value gen_attr(Interp *I, Value g, Value name) {
    if (str_nbytes(I, name) < 4 || str_byte(I, name, 2) != '_') return V_NULL;
    char p0 = (char)str_byte(I, name, 0), p1 = (char)str_byte(I, name, 1);
    TypeId t = is_type(I, g, T_COROUTINE) ? T_COROUTINE : is_type(I, g, T_ASYNC_GENERATOR) ? T_ASYNC_GENERATOR : T_GENERATOR;
    if (!(t == T_GENERATOR ? p0 == 'g' && p1 == 'i' : t == T_COROUTINE ? p0 == 'c' && p1 == 'r' : p0 == 'a' && p1 == 'g')) return V_NULL;
    int64_t state = v_as_int(fld(I, g, GEN_STATE));
    Ref f = v_as_ref(fld(I, g, GEN_FRAME));
    #define IS(s) suffix_is(I, name, s)
    if (IS("running")) return v_bool(state == GEN_RUNNING);
    if (IS("suspended") && t != T_ASYNC_GENERATOR) return v_bool(state == GEN_SUSPENDED);
    if (IS("code")) return frv(I, f, FRAME_CODE);
    if (IS("frame")) return state == GEN_DONE ? V_NONE : v_obj(f);
    if (t == T_GENERATOR ? IS("yieldfrom") : IS("await")) {
        if (state != GEN_SUSPENDED || !frame_in_yield_from(I, f)) return V_NONE;
        return ld(I, f + (uint32_t)fri(I, f, FRAME_SP) - 1);   /* the subiterator under the suspended yield */
    }
    #undef IS
    return V_NULL;
}

/* A subiterator's send/throw/close method found on its type (a function or a native), or V_NULL.
   (CPython looks at the instance too; a method stored on the instance is not seen here.) */
static MY_FN Value sub_method(Interp *I, Value it, NameId id) {
    Value f = type_lookup_id(I, type_of(I, it), id);
    return is_type(I, f, T_FUNCTION) || is_type(I, f, T_BUILTIN) ? f : V_NULL;
}

/* Resumes generator g: mode GF_*, `value` sent (or the exception to throw when throwing; then
   targs are throw()'s own arguments, or V_NULL, for a subiterator's throw method). */
static MY_OUTLINE int gen_resume(Interp *I, Value g, Value value, uint32_t mode, bool throwing, Value *result, Value targs) {
    int64_t state = v_as_int(fld(I, g, GEN_STATE));
    if (state == GEN_RUNNING) {
        raise_msg(I, T_VALUE_ERROR, is_type(I, g, T_COROUTINE) ? "coroutine already executing" : "generator already executing");
        return CALL_ERR;
    }
    if (state == GEN_DONE) {
        if (mode == GF_CLOSE) { *result = V_NONE; return CALL_DONE; }
        if (is_type(I, g, T_COROUTINE)) { raise_msg(I, T_RUNTIME_ERROR, "cannot reuse already awaited coroutine"); return CALL_ERR; }
        if (throwing) { I->exc = value; return CALL_ERR; }
        if (mode == GF_FORITER) { *result = V_NULL; return CALL_DONE; }
        if (mode == GF_SEND) { *result = V_NULL; I->tail_args = V_NONE; return CALL_DONE; }
        raise_msg(I, T_STOP_ITERATION, 0);
        return CALL_ERR;
    }
    if (state == GEN_CREATED && !throwing && value != V_NONE) {
        raise_msg(I, T_TYPE_ERROR, is_type(I, g, T_COROUTINE) ? "can't send non-None value to a just-started coroutine"
                                                              : "can't send non-None value to a just-started generator");
        return CALL_ERR;
    }
    if (state == GEN_CREATED && mode == GF_CLOSE) {
        set_fld(I, g, GEN_STATE, v_int(GEN_DONE));
        *result = V_NONE;
        return CALL_DONE;
    }
    if (I->depth >= I->recursion_limit) { raise_msg(I, T_RECURSION_ERROR, "maximum recursion depth exceeded"); return CALL_ERR; }
    Ref f = v_as_ref(fld(I, g, GEN_FRAME));
    /* throw()/close() into `yield from` go to the subiterator first (PEP 380): the generator
       resumes at its SEND, which finds (exception, throw args) where a sent value would be */
    Value sub = V_NULL;
    if (throwing && state == GEN_SUSPENDED && frame_in_yield_from(I, f)) {
        sub = tuple_pack2(I, value, targs == V_NULL ? V_NONE : targs);
        if (sub == V_ERR) return CALL_ERR;
    }
    int64_t fl = fri(I, f, FRAME_FLAGS) & ~(int64_t)GF_MODES;
    set_frv(I, f, FRAME_FLAGS, v_int(fl | mode));
    set_frv(I, f, FRAME_BACK, I->frame ? v_obj(I->frame) : V_NULL);
    set_fld(I, g, GEN_STATE, v_int(GEN_RUNNING));
    if (sub != V_NULL) {
        set_frv(I, f, FRAME_FLAGS, v_int(fl | mode | GF_THROWSUB));
        set_frv(I, f, FRAME_IP, v_int(fri(I, f, FRAME_IP) - 2));
        value = sub;
        throwing = false;
    }
    if (state != GEN_CREATED && !throwing) {
        /* the sent value is the result of the suspended yield */
        int64_t sp = fri(I, f, FRAME_SP);
        st(I, f + (uint32_t)sp, value);
        set_frv(I, f, FRAME_SP, v_int(sp + 1));
    }
    I->frame = f;
    I->depth++;
    if (throwing) { I->exc = value; return CALL_ERR; }
    return CALL_FRAME;
}

static MY_OUTLINE Value tuple_prepend(Interp *I, Value first, Ref args, uint32_t nargs) {
    Value t = tuple_new(I, nargs + 1);
    if (t == V_ERR) return t;
    set_fld(I, t, 1, first);
    for (uint32_t i = 0; i < nargs; i++) set_fld(I, t, 2 + i, ld(I, args + i));
    return t;
}

/* Turns a kwargs dict into (names tuple, values appended to a new args tuple). */
static MY_OUTLINE bool spread_kwargs(Interp *I, Value posargs, Value kwargs, Value *args_out, Value *names_out) {
    uint32_t np = tuple_len(I, posargs), nk = kwargs == V_NULL ? 0 : dict_len(I, kwargs);
    if (nk == 0) { *args_out = posargs; *names_out = V_NULL; return true; }
    Value all = tuple_new(I, np + nk);
    if (all == V_ERR) return false;
    Value names = tuple_new(I, nk);
    if (names == V_ERR) return false;
    for (uint32_t i = 0; i < np; i++) set_fld(I, all, 1 + i, fld(I, posargs, 1 + i));
    uint32_t pos = 0, k = 0;
    Value key, val;
    while (dict_next(I, kwargs, &pos, &key, &val)) {
        if (!is_str(I, key)) { raise_msg(I, T_TYPE_ERROR, "keywords must be strings"); return false; }
        set_fld(I, names, 1 + k, key);
        set_fld(I, all, 1 + np + k, val);
        k++;
    }
    *args_out = all;
    *names_out = names;
    return true;
}

static MY_FN bool str_has_dot(Interp *I, Value s) {
    uint32_t n = str_nbytes(I, s);
    for (uint32_t i = 0; i < n; i++) if (str_byte(I, s, i) == '.') return true;
    return false;
}

static MY_OUTLINE int vm_call(Interp *I, Value callable, Ref args, uint32_t nargs, Value kwnames, Value *result, uint32_t frame_flags);

/* After a native returned V_TAILCALL: perform the call it asked for. */
static MY_OUTLINE int vm_tailcall(Interp *I, Value *result, uint32_t frame_flags) {
    for (int guard = 0; guard < 64; guard++) {
        Value callable = I->tail_callable, targs = I->tail_args, tkw = I->tail_kwargs, tlocals = I->tail_locals;
        int mode = I->tail_mode;
        I->tail_callable = V_NULL; I->tail_args = V_NULL; I->tail_kwargs = V_NULL; I->tail_locals = V_NULL;
        I->tail_mode = TAIL_CALL;
        if (mode != TAIL_CALL) {
            uint32_t m = mode == TAIL_GEN_CLOSE ? GF_CLOSE : GF_CALL;
            return gen_resume(I, callable, targs, m, mode != TAIL_GEN_SEND, result, mode == TAIL_GEN_THROW ? tkw : V_NULL);
        }
        Value names;
        if (!spread_kwargs(I, targs, tkw, &targs, &names)) return CALL_ERR;
        uint32_t n = tuple_len(I, targs);
        if (tlocals != V_NULL && is_type(I, callable, T_FUNCTION))
            return call_function(I, callable, V_NULL, v_as_ref(targs) + 1, n, names, result, frame_flags, tlocals);
        int r = vm_call(I, callable, v_as_ref(targs) + 1, n, names, result, frame_flags);
        if (r != CALL_DONE || *result != V_TAILCALL) return r;
    }
    raise_msg(I, T_RECURSION_ERROR, "maximum recursion depth exceeded in delegation");
    return CALL_ERR;
}

static MY_OUTLINE int call_native(Interp *I, Value bf, Ref args, uint32_t nargs, Value kwnames, Value *result, uint32_t frame_flags) {
    uint32_t id = (uint32_t)v_as_int(fld(I, bf, BUILTIN_ID));
    Value self = fld(I, bf, BUILTIN_SELF);
    Value r;
    if (self != V_NULL) {
        Value t = tuple_prepend(I, self, args, nargs);
        if (t == V_ERR) return CALL_ERR;
        r = native_call(I, id, v_as_ref(t) + 1, nargs + 1, kwnames);
    } else {
        r = native_call(I, id, args, nargs, kwnames);
    }
    if (r == V_ERR) return CALL_ERR;
    if (r == V_TAILCALL) return vm_tailcall(I, result, frame_flags);
    *result = r;
    return CALL_DONE;
}

/* Calls a class: a built-in type's constructor, or a new instance and its __init__. */
static MY_OUTLINE int call_type(Interp *I, Value cls, Ref args, uint32_t nargs, Value kwnames, Value *result, uint32_t frame_flags) {
    Ref t = v_as_ref(cls);
    Ref meta = hdr_type(I, t);
    if (meta != TYPE_REF(T_TYPE)) {
        /* a metaclass's own __call__ replaces type.__call__ */
        Value callf = type_lookup_id(I, meta, N___call__);
        if (is_type(I, callf, T_FUNCTION) && callf != type_lookup_id(I, TYPE_REF(T_TYPE), N___call__))
            return call_function(I, callf, cls, args, nargs, kwnames, result, frame_flags, V_NULL);
    }
    if (type_is_builtin(t) && t >= TYPE_REF(0) && t < TYPE_REF(T_COUNT)) {
        TypeId id = (TypeId)((t - TYPE_REF(0)) / TYPE_WORDS);
        if (id < T_FIRST_EXCEPTION || id == T_OBJECT) {
            Value r = type_call_builtin(I, id, args, nargs, kwnames);
            if (r == V_ERR) return CALL_ERR;
            if (r == V_TAILCALL) return vm_tailcall(I, result, frame_flags);
            *result = r;
            return CALL_DONE;
        }
    }
    /* OSError(errno, strerror, ...) makes the subclass for that errno (FileNotFoundError, ...) */
    if (t == TYPE_REF(T_OS_ERROR) && nargs >= 2 && nargs <= 5 && kwnames == V_NULL && v_is_int(ld(I, args)))
        t = TYPE_REF(oserror_subclass(v_as_int(ld(I, args))));
    /* a class with a Python __new__ goes through the prelude, which calls __new__ then __init__ */
    Value newf = type_lookup_id(I, t, N___new__);
    if (newf != V_NULL && (!is_type(I, newf, T_BUILTIN) || (v_as_int(ld(I, t + TYPE_FLAGS)) & TF_BOXED))) {
        Value targs = tuple_prepend(I, cls, args, nargs - (kwnames == V_NULL ? 0 : tuple_len(I, kwnames)));
        if (targs == V_ERR) return CALL_ERR;
        Value kw = V_NULL;
        if (kwnames != V_NULL) {
            kw = dict_new(I);
            if (kw == V_ERR) return CALL_ERR;
            uint32_t nk = tuple_len(I, kwnames);
            for (uint32_t k = 0; k < nk; k++)
                if (dict_set(I, kw, fld(I, kwnames, 1 + k), ld(I, args + nargs - nk + k)) == V_ERR) return CALL_ERR;
        }
        I->tail_callable = prelude_get(I, "_construct");
        I->tail_args = targs;
        I->tail_kwargs = kw;
        return vm_tailcall(I, result, frame_flags);
    }
    Value obj = new_instance(I, t);
    if (obj == V_ERR) return CALL_ERR;
    uint32_t npos = nargs - (kwnames == V_NULL ? 0 : tuple_len(I, kwnames));
    if (npos > 0 && kind_of(I, obj) >= T_FIRST_EXCEPTION) {
        /* BaseException.__new__ keeps the positional arguments as args, whatever __init__ does */
        Value eargs = tuple_from_values(I, args, npos);
        if (eargs == V_ERR) return CALL_ERR;
        set_fld(I, obj, EXC_ARGS, eargs);
    }
    Value init = type_lookup_id(I, t, N___init__);
    if (is_type(I, init, T_FUNCTION)) {
        /* the instance is the call's result: it waits on the caller's stack */
        Ref cf = I->frame;
        int64_t sp = fri(I, cf, FRAME_SP);
        /* that slot may hold the callable: a failed call (re-run after a collection) needs it back */
        Value saved = ld(I, cf + (uint32_t)sp);
        st(I, cf + (uint32_t)sp, obj);
        set_frv(I, cf, FRAME_SP, v_int(sp + 1));
        int r = call_function(I, init, obj, args, nargs, kwnames, result, frame_flags | FF_INIT | FF_DISCARD, V_NULL);
        if (r != CALL_FRAME) { set_frv(I, cf, FRAME_SP, v_int(sp)); st(I, cf + (uint32_t)sp, saved); }
        return r;
    }
    /* a built-in __init__ (object's or BaseException's) */
    Value r = V_NONE;
    if (is_type(I, init, T_BUILTIN)) {
        Value t2 = tuple_prepend(I, obj, args, nargs);
        if (t2 == V_ERR) return CALL_ERR;
        r = native_call(I, (uint32_t)v_as_int(fld(I, init, BUILTIN_ID)), v_as_ref(t2) + 1, nargs + 1, kwnames);
    }
    if (r == V_ERR) return CALL_ERR;
    *result = obj;
    return CALL_DONE;
}

static MY_OUTLINE int vm_call(Interp *I, Value callable, Ref args, uint32_t nargs, Value kwnames, Value *result, uint32_t frame_flags) {
    if (v_is_obj(callable)) {
        Ref t = hdr_type(I, v_as_ref(callable));
        if (t == TYPE_REF(T_FUNCTION)) return call_function(I, callable, V_NULL, args, nargs, kwnames, result, frame_flags, V_NULL);
        if (t == TYPE_REF(T_BUILTIN)) return call_native(I, callable, args, nargs, kwnames, result, frame_flags);
        if (t == TYPE_REF(T_METHOD)) {
            Value func = fld(I, callable, METHOD_FUNC), self = fld(I, callable, METHOD_SELF);
            if (is_type(I, func, T_FUNCTION)) return call_function(I, func, self, args, nargs, kwnames, result, frame_flags, V_NULL);
            Value targs = tuple_prepend(I, self, args, nargs);
            if (targs == V_ERR) return CALL_ERR;
            return vm_call(I, func, v_as_ref(targs) + 1, nargs + 1, kwnames, result, frame_flags);
        }
        if (t == TYPE_REF(T_TYPE) || is_subtype(I, t, TYPE_REF(T_TYPE)))
            return call_type(I, callable, args, nargs, kwnames, result, frame_flags);
        Value callf = type_lookup_id(I, t, N___call__);
        if (callf != V_NULL) {
            if (is_type(I, callf, T_FUNCTION)) return call_function(I, callf, callable, args, nargs, kwnames, result, frame_flags, V_NULL);
            Value targs = tuple_prepend(I, callable, args, nargs);
            if (targs == V_ERR) return CALL_ERR;
            return vm_call(I, callf, v_as_ref(targs) + 1, nargs + 1, kwnames, result, frame_flags);
        }
    }
    raise_fmt(I, T_TYPE_ERROR, "'%T' object is not callable", callable, 0, 0);
    return CALL_ERR;
}

/* ---- Output --------------------------------------------------------------------------------- */
static MY_FN OutBuf *out_stream(Interp *I, int stream) { return stream == 2 ? &I->err : &I->out; }

/* Copies what fits of the pending text into its buffer; true when all of it is out. */
static MY_FN bool out_flush_pending(Interp *I) {
    if (I->pending_out == V_NULL) return true;
    OutBuf *o = out_stream(I, I->pending_stream);
    Value s = I->pending_out;
    uint32_t n = str_nbytes(I, s);
    while (I->pending_pos < n && o->len < o->cap) o->data[o->len++] = (uint8_t)str_byte(I, s, I->pending_pos++);
    if (I->pending_pos < n) return false;
    I->pending_out = V_NULL;
    return true;
}

MY_OUTLINE Value out_write(Interp *I, int stream, Value str) {
    if (I->pending_out != V_NULL) {
        /* text queued behind earlier pending text keeps its order */
        Value joined = I->pending_stream == stream ? str_concat(I, str_substr(I, I->pending_out, I->pending_pos, str_nbytes(I, I->pending_out) - I->pending_pos), str) : V_ERR;
        if (joined == V_ERR) return raise_msg(I, T_RUNTIME_ERROR, "output interleaving across streams while the buffer is full");
        I->pending_out = joined;
        I->pending_pos = 0;
        return V_NONE;
    }
    I->pending_out = str;
    I->pending_pos = 0;
    I->pending_stream = stream;
    out_flush_pending(I);
    return V_NONE;
}

MY_FN void out_write_cstr(Interp *I, int stream, const char *s) {
    OutBuf *o = out_stream(I, stream);
    while (*s && o->len < o->cap) o->data[o->len++] = (uint8_t)*s++;
}

/* ---- Exceptions in the loop ------------------------------------------------------------------ */
/* Finds the handler covering instruction ip of code: returns its target, and its stack depth. */
static MY_OUTLINE bool find_handler(Interp *I, Value code, uint32_t ip, uint32_t *target, uint32_t *depth) {
    Value et = fld(I, code, CODE_EXCTABLE);
    if (et == V_NONE) return false;
    Ref r = v_as_ref(et) + 1;
    uint32_t n = (hdr_size(I, v_as_ref(et)) - 2) * 2;
    for (uint32_t i = 0; i + 3 < n; i += 4) {
        uint32_t start = mem_ld_u32(&I->H, r, i), end = mem_ld_u32(&I->H, r, i + 1);
        if (start == 0 && end == 0) break;
        if (ip >= start && ip < end) {
            *target = mem_ld_u32(&I->H, r, i + 2);
            *depth = mem_ld_u32(&I->H, r, i + 3);
            return true;
        }
    }
    return false;
}

/* The exception being handled in this frame or an outer one: the context of a new exception. */
static MY_OUTLINE Value handled_exception(Interp *I) {
    for (Ref f = I->frame; f; ) {
        Value e = frv(I, f, FRAME_EXC);
        if (e != V_NULL && e != V_NONE) return e;
        Value b = frv(I, f, FRAME_BACK);
        f = b == V_NULL ? 0 : v_as_ref(b);
    }
    return V_NULL;
}

MY_FN Value vm_handled_exception(Interp *I) { return handled_exception(I); }

/* Turns a raised class into an instance and sets its __context__. */
static MY_OUTLINE Value normalize_raise(Interp *I, Value exc) {
    if (v_is_obj(exc) && (is_type(I, exc, T_TYPE) || hdr_type(I, v_as_ref(exc)) == TYPE_REF(T_TYPE)) &&
        is_subtype(I, v_as_ref(exc), TYPE_REF(T_BASE_EXCEPTION))) {
        Value inst = exc_new(I, v_as_ref(exc), empty_tuple(I));
        if (inst == V_ERR) return V_ERR;
        exc = inst;
    }
    if (!isinstance_of(I, exc, T_BASE_EXCEPTION))
        return raise_msg(I, T_TYPE_ERROR, "exceptions must derive from BaseException");
    return exc;
}

/* Some exception in the chain has a class whose __str__ is Python code. */
static MY_FN bool exc_needs_python_str(Interp *I, Value exc) {
    for (int n = 0; n < 16 && v_is_obj(exc); n++) {
        Ref t = hdr_type(I, v_as_ref(exc));
        if (!type_is_builtin(t)) {
            Value f = type_lookup_id(I, t, N___str__);
            if (f != V_NULL && !is_type(I, f, T_BUILTIN)) return true;
        }
        Value cause = fld(I, exc, EXC_CAUSE);
        exc = cause != V_NULL && cause != V_NONE ? cause : fld(I, exc, EXC_SUPPRESS) == V_TRUE ? V_NULL : fld(I, exc, EXC_CONTEXT);
    }
    return false;
}

/* ---- The dispatch loop ---------------------------------------------------------------------- */
/* the value stack and the locals are always in the heap: HW skips the accessor's image test */
#define HW(r) (*mem_hp(&I->H, (r)))
#define PUSH(v) (HW(sp++) = (v))
#define POP() HW(--sp)
#define TOP() HW(sp - 1)
#define PEEK(n) HW(sp - (n))
#define SET_TOP(v) (HW(sp - 1) = (v))
#define SAVE() do { set_frv(I, fr, FRAME_IP, v_int(ip)); set_frv(I, fr, FRAME_SP, v_int((int64_t)(sp - fr))); } while (0)
#define LOAD() do { fr = I->frame; code = frv(I, fr, FRAME_CODE); bc = v_as_ref(fld(I, code, CODE_BYTECODE)) + 1; \
                    consts = fld(I, code, CODE_CONSTS); names = fld(I, code, CODE_NAMES); LOAD_POINTERS(); \
                    ip = (uint32_t)fri(I, fr, FRAME_IP); sp = fr + (uint32_t)fri(I, fr, FRAME_SP); locals = fr + FRAME_FIXED; } while (0)
#if MY_HEAP_STRIDE == 1
/* contiguous words: the bytecode and the constants are read through plain pointers */
#define LOAD_POINTERS() do { bcp = (const u32_alias *)mem_wp(&I->H, bc); constp = mem_wp(&I->H, v_as_ref(consts) + 1); } while (0)
#define FETCH(i) bcp[i]
#define CONST(i) constp[i]
#else
/* interleaved heaps: a pointer and a stride each, so no fetch tests whether the code is in the image */
#define LOAD_POINTERS() do { bcw = mem_run(&I->H, bc, &bcs); constw = mem_run(&I->H, v_as_ref(consts) + 1, &cs); } while (0)
#define FETCH(i) ((uint32_t)(bcw[(size_t)((i) >> 1) * bcs] >> (((i) & 1) * 32)))
#define CONST(i) constw[(size_t)(i) * cs]
#endif
/* A call failed. If it failed inside a generator it had just resumed (throw()), the exception
   belongs to that generator's frame, at its suspended yield. */
#define CALL_FAILED() do { if (I->frame != fr) { LOAD(); ip0 = ip ? ip - 1 : 0; } else { sp = sp0; } goto error; } while (0)
#define NAME(i) fld(I, names, 1 + (i))

MY_FN Value builtins_dict(Interp *I) { return image_root(I, ROOT_BUILTINS); }

/* A global name: from the cache while it is valid (see GlobalCacheEntry), else from the globals
   dict, then the builtins (read-only, in the image). */
static MY_OUTLINE Value load_global(Interp *I, Value globals, Value name) {
    Ref gr = v_as_ref(globals), nr = v_as_ref(name);
    GlobalCacheEntry *e = &I->global_cache[(nr ^ (nr >> 5)) % MY_GLOBAL_CACHE];
    Value ents = fld(I, globals, DICT_ENTRIES);
    Ref er = v_is_obj(ents) ? v_as_ref(ents) : 0;
    if (e->globals == gr && e->name == nr && e->entries == er) {
        if (e->index != ~0u) {
            if (ld(I, er + 1 + 2 * e->index) == name) return ld(I, er + 2 + 2 * e->index);
        } else if ((uint32_t)v_as_int(fld(I, globals, DICT_NENTRIES)) == e->nentries) {
            return e->builtin;
        }
    }
    int64_t i = dict_index_of_str(I, globals, name);
    if (i >= 0) {
        *e = (GlobalCacheEntry){ gr, nr, er, (uint32_t)i, 0, V_NULL };
        return ld(I, er + 2 + 2 * (uint32_t)i);
    }
    Value v = dict_get_str(I, builtins_dict(I), name);
    if (v != V_NULL) {
        if (v != V_ERR) *e = (GlobalCacheEntry){ gr, nr, er, ~0u, (uint32_t)v_as_int(fld(I, globals, DICT_NENTRIES)), v };
        return v;
    }
    return raise_fmt(I, T_NAME_ERROR, "name '%s' is not defined", name, 0, 0);
}

/* A float, or a small int as a double (exact: small ints have 48 bits). */
MY_INLINE bool fast_double(Value v, double *d) {
    if (v_is_double(v)) { *d = v_as_double(v); return true; }
    if (v_is_int(v)) { *d = (double)v_as_int(v); return true; }
    return false;
}

/* Arithmetic on small ints and floats that cannot fail, done in the loop; anything else (big
   results, division by zero, other types) returns false and takes op_binary's general path. */
MY_INLINE bool fast_binary(uint32_t bop, Value a, Value b, Value *out) {
    if (v_is_int(a) && v_is_int(b)) {
        int64_t x = v_as_int(a), y = v_as_int(b), z;
        switch (bop) {
        case AST_OP_ADD: z = x + y; break;
        case AST_OP_SUB: z = x - y; break;
        case AST_OP_MUL:
            if (x < -0x7FFFFFFF || x > 0x7FFFFFFF || y < -0x7FFFFFFF || y > 0x7FFFFFFF) return false;
            z = x * y;
            break;
        case AST_OP_FLOORDIV:
            if (y == 0) return false;
            z = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
            break;
        case AST_OP_MOD:
            if (y == 0) return false;
            z = x % y;
            if (z != 0 && ((z < 0) != (y < 0))) z += y;
            break;
        case AST_OP_BITAND: z = x & y; break;
        case AST_OP_BITOR: z = x | y; break;
        case AST_OP_BITXOR: z = x ^ y; break;
        case AST_OP_RSHIFT:
            if (y < 0) return false;
            z = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
            break;
        case AST_OP_LSHIFT:
            if (y < 0 || y >= 48) return false;
            z = (int64_t)((uint64_t)x << y);
            if ((z >> y) != x) return false;
            break;
        default: return false;
        }
        if (!v_int_fits(z)) return false;
        *out = v_int(z);
        return true;
    }
    double x, y;
    if (!fast_double(a, &x) || !fast_double(b, &y)) return false;
    switch (bop) {
    case AST_OP_ADD: *out = v_double(x + y); return true;
    case AST_OP_SUB: *out = v_double(x - y); return true;
    case AST_OP_MUL: *out = v_double(x * y); return true;
    case AST_OP_DIV:
        if (y == 0) return false;
        *out = v_double(x / y);
        return true;
    default: return false;
    }
}

/* Comparisons of small ints and floats, as doubles: a small int (48 bits) converts exactly. */
MY_INLINE bool fast_compare(uint32_t op, Value a, Value b, Value *out) {
    if (v_is_int(a) && v_is_int(b)) {   /* the common case, without converting */
        int64_t i = v_as_int(a), j = v_as_int(b);
        bool res;
        switch (op) {
        case AST_OP_EQ: res = i == j; break;
        case AST_OP_NE: res = i != j; break;
        case AST_OP_LT: res = i < j; break;
        case AST_OP_LE: res = i <= j; break;
        case AST_OP_GT: res = i > j; break;
        case AST_OP_GE: res = i >= j; break;
        default: return false;
        }
        *out = v_bool(res);
        return true;
    }
    double x, y;
    if (!fast_double(a, &x) || !fast_double(b, &y)) return false;
    bool res;
    switch (op) {
    case AST_OP_EQ: res = x == y; break;
    case AST_OP_NE: res = x != y; break;
    case AST_OP_LT: res = x < y; break;
    case AST_OP_LE: res = x <= y; break;
    case AST_OP_GT: res = x > y; break;
    case AST_OP_GE: res = x >= y; break;
    default: return false;
    }
    *out = v_bool(res);
    return true;
}

/* The script's last frame has ended with `outcome`. If atexit was imported, its _run_exitfuncs
   runs first, once (as CPython calls exit functions at shutdown; a session's wait for its end):
   true when its frame was pushed. */
static MY_FN bool start_exit_funcs(Interp *I, RunStatus outcome) {
    if (I->exiting || I->in_session || !is_type(I, I->modules, T_DICT)) return false;   /* (the image's builder has none) */
    Value name = str_from_cstr(I, "atexit");
    Value m = name == V_ERR ? V_ERR : dict_get_str(I, I->modules, name);
    if (m == V_ERR || m == V_NULL || !is_type(I, m, T_MODULE)) { I->exc = V_NULL; return false; }
    Value fname = str_from_cstr(I, "_run_exitfuncs");
    Value f = fname == V_ERR ? V_ERR : dict_get_str(I, fld(I, m, MODULE_DICT), fname);
    if (f == V_ERR || f == V_NULL) { I->exc = V_NULL; return false; }
    I->exiting = (uint8_t)(outcome + 1);
    Value r;
    if (call_function(I, f, V_NULL, 0, 0, V_NULL, &r, FF_ENTRY, V_NULL) == CALL_FRAME) return true;
    I->exc = V_NULL;   /* not Python code, or it failed at once: nothing more to run */
    I->exiting = 0;
    return false;
}

/* How the script ended, once atexit's functions (if any) have run. */
static MY_FN RunStatus script_outcome(Interp *I, RunStatus outcome) {
    if (I->exiting) outcome = (RunStatus)(I->exiting - 1);
    I->status = outcome;
    return outcome;
}

MY_FN RunStatus interp_run(Interp *I, uint64_t budget) {
    if (I->status == RUN_BARRIER) { I->status = RUN_BUDGET; I->at_barrier = false; }   /* released */
    if (I->status != RUN_BUDGET && I->status != RUN_OUTPUT) return (RunStatus)I->status;
    if (!out_flush_pending(I)) { I->status = RUN_OUTPUT; return RUN_OUTPUT; }
    volatile char stack_marker = 0;
    I->stack_base = (uintptr_t)&stack_marker;
    Ref fr, sp, bc, locals;
    Value code, consts, names;
#if MY_HEAP_STRIDE == 1
    typedef uint32_t __attribute__((may_alias)) u32_alias;   /* half-words of the bytecode's 64-bit words */
    const u32_alias *bcp;
    const uint64_t *constp;
#else
    const uint64_t *bcw, *constw;
    uint32_t bcs, cs;
#endif
    uint32_t ip;
    uint64_t executed = 0;
    uint32_t ip0 = 0;
    Ref sp0 = 0;
    bool reraise = false;
    if (!I->frame) { I->status = RUN_DONE; return RUN_DONE; }
    LOAD();
    /* one test per instruction: `limit` is the slice's budget or what is left of --max-steps */
    bool step_limited = I->max_steps && (I->steps >= I->max_steps || I->max_steps - I->steps <= budget);
    uint64_t limit = step_limited ? (I->max_steps > I->steps ? I->max_steps - I->steps : 0) : budget;
    if (I->interrupt) {
        /* Ctrl-C in the REPL: the exception surfaces where the code resumes, so handlers and
           finally blocks around that point run as in CPython */
        I->interrupt = false;
        Value ki = exc_new(I, TYPE_REF(T_KEYBOARD_INTERRUPT), V_NULL);
        if (ki == V_ERR) { I->need_gc = false; SAVE(); gc_collect(I); LOAD(); ki = exc_new(I, TYPE_REF(T_KEYBOARD_INTERRUPT), V_NULL); }
        if (ki == V_ERR) { I->need_gc = false; ki = I->memerr; }
        I->exc = ki;
        ip0 = ip;
        sp0 = sp;
        goto error;   /* (C++: nothing declared in the loop below may have an initializer before `error`) */
    }
    for (;;) {
        if (executed >= limit) {
            SAVE();
            I->steps += executed;
            I->status = step_limited ? RUN_STEPS : RUN_BUDGET;
            return (RunStatus)I->status;
        }
        executed++;
        ip0 = ip;
        sp0 = sp;
        uint32_t ins, arg, callflags;
        ins = FETCH(ip); ip++;
        arg = INSTR_ARG(ins);
        callflags = 0;
        Value a, b, r;
        int cr;
        switch ((Opcode)INSTR_OP(ins)) {
        case OP_NOP: case OP_RETURN_GENERATOR: case OP_EXTENDED_ARG: break;
        case OP_POP_TOP: sp--; break;
        case OP_COPY: a = PEEK(arg); PUSH(a); break;
        case OP_SWAP: a = TOP(); SET_TOP(PEEK(arg)); st(I, sp - arg, a); break;
        case OP_LOAD_CONST: PUSH(CONST(arg)); break;
        case OP_LOAD_FAST:
            a = HW(locals + arg);
            if (a == V_NULL) {
                raise_fmt(I, T_UNBOUND_LOCAL_ERROR, "cannot access local variable '%s' where it is not associated with a value",
                          fld(I, fld(I, code, CODE_VARNAMES), 1 + arg), 0, 0);
                goto error;
            }
            PUSH(a);
            break;
        case OP_STORE_FAST: a = POP(); HW(locals + arg) = a; break;
        case OP_DELETE_FAST:
            if (ld(I, locals + arg) == V_NULL) {
                raise_fmt(I, T_UNBOUND_LOCAL_ERROR, "cannot access local variable '%s' where it is not associated with a value",
                          fld(I, fld(I, code, CODE_VARNAMES), 1 + arg), 0, 0);
                goto error;
            }
            st(I, locals + arg, V_NULL);
            break;
        case OP_MAKE_CELL:
            a = cell_new(I, ld(I, locals + arg));
            if (a == V_ERR) goto error;
            st(I, locals + arg, a);
            break;
        case OP_LOAD_CLOSURE: PUSH(ld(I, locals + arg)); break;
        case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: {
            uint32_t slot = arg & 0xFFFF;
            if (INSTR_OP(ins) == OP_LOAD_CLASSDEREF) {
                Value ld_ = frv(I, fr, FRAME_LOCALS);
                if (ld_ != V_NULL) {
                    a = dict_get_str(I, ld_, NAME(arg >> 16));
                    if (a == V_ERR) goto error;
                    if (a != V_NULL) { PUSH(a); break; }
                }
            } else slot = arg;
            a = fld(I, ld(I, locals + slot), CELL_VALUE);
            if (a == V_NULL) {
                uint32_t nl = code_nlocals(I, code);
                Value frees = fld(I, code, CODE_FREEVARS);
                uint32_t nf = tuple_len(I, frees);
                Value nm;
                if (slot >= nl - nf) nm = fld(I, frees, 1 + slot - (nl - nf));
                else {
                    Value vn = fld(I, code, CODE_VARNAMES);
                    nm = slot < tuple_len(I, vn) ? fld(I, vn, 1 + slot) : fld(I, fld(I, code, CODE_CELLVARS), 1);
                    /* a cell that is not a parameter: find its name among the cells */
                    Value cells = fld(I, code, CODE_CELLVARS);
                    if (slot >= tuple_len(I, vn)) nm = fld(I, cells, 1 + slot - tuple_len(I, vn) + 0);
                }
                raise_fmt(I, T_NAME_ERROR, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", nm, 0, 0);
                goto error;
            }
            PUSH(a);
            break;
        }
        case OP_STORE_DEREF: set_fld(I, ld(I, locals + arg), CELL_VALUE, POP()); break;
        case OP_DELETE_DEREF: set_fld(I, ld(I, locals + arg), CELL_VALUE, V_NULL); break;
        case OP_LOAD_GLOBAL:
            a = load_global(I, frv(I, fr, FRAME_GLOBALS), NAME(arg));
            if (a == V_ERR) goto error;
            PUSH(a);
            break;
        case OP_STORE_GLOBAL:
            if (dict_set_h(I, frv(I, fr, FRAME_GLOBALS), NAME(arg), str_hash(I, NAME(arg)), TOP()) == V_ERR) goto error;
            sp--;
            break;
        case OP_DELETE_GLOBAL:
            r = dict_del(I, frv(I, fr, FRAME_GLOBALS), NAME(arg));
            if (r == V_ERR) goto error;
            if (r == V_NULL) { raise_fmt(I, T_NAME_ERROR, "name '%s' is not defined", NAME(arg), 0, 0); goto error; }
            break;
        case OP_LOAD_NAME: {
            Value ldict = frv(I, fr, FRAME_LOCALS);
            a = V_NULL;
            if (ldict != V_NULL) {
                a = dict_get_str(I, ldict, NAME(arg));
                if (a == V_ERR) goto error;
            }
            if (a == V_NULL) a = load_global(I, frv(I, fr, FRAME_GLOBALS), NAME(arg));
            if (a == V_ERR) goto error;
            PUSH(a);
            break;
        }
        case OP_STORE_NAME: {
            Value ldict = frv(I, fr, FRAME_LOCALS);
            if (ldict == V_NULL) ldict = frv(I, fr, FRAME_GLOBALS);
            if (!is_type(I, ldict, T_DICT)) {
                r = op_setitem(I, ldict, NAME(arg), TOP());
                if (r == V_ERR) goto error;
            } else if (dict_set_h(I, ldict, NAME(arg), str_hash(I, NAME(arg)), TOP()) == V_ERR) goto error;
            sp--;
            break;
        }
        case OP_DELETE_NAME: {
            Value ldict = frv(I, fr, FRAME_LOCALS);
            if (ldict == V_NULL) ldict = frv(I, fr, FRAME_GLOBALS);
            r = dict_del(I, ldict, NAME(arg));
            if (r == V_ERR) goto error;
            if (r == V_NULL) { raise_fmt(I, T_NAME_ERROR, "name '%s' is not defined", NAME(arg), 0, 0); goto error; }
            break;
        }
        case OP_LOAD_ATTR:
            r = getattr_value(I, TOP(), NAME(arg));
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp--; goto tailcall_result; }
            SET_TOP(r);
            break;
        case OP_STORE_ATTR:
            r = setattr_value(I, TOP(), NAME(arg), PEEK(2));
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp -= 2; callflags = FF_DISCARD; goto tailcall_result; }
            sp -= 2;
            break;
        case OP_DELETE_ATTR:
            r = delattr_value(I, TOP(), NAME(arg));
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp--; callflags = FF_DISCARD; goto tailcall_result; }
            sp--;
            break;
        case OP_LOAD_METHOD: {
            /* a method found on the type is pushed unbound with self, saving a bound method object */
            a = TOP();
            Ref t = type_of(I, a);
            Value f = V_NULL;
            TypeId k = kind_of(I, a);   /* a class's kind is T_TYPE, its metaclass's layout */
            bool special = v_is_obj(a) && (t == TYPE_REF(T_SUPER) || t == TYPE_REF(T_MODULE) || k == T_TYPE);
            if (!special) {
                bool has_dict = v_is_obj(a) && !type_is_builtin(t) && (k == T_OBJECT || k >= T_FIRST_EXCEPTION);
                Value d = has_dict ? fld(I, a, INST_DICT) : V_NULL;
                if (d == V_NULL || dict_get_str(I, d, NAME(arg)) == V_NULL) {
                    f = type_lookup(I, t, NAME(arg));
                    if (!(v_is_obj(f) && (is_type(I, f, T_FUNCTION) ||
                          (is_type(I, f, T_BUILTIN) && fld(I, f, BUILTIN_SELF) == V_NULL &&
                           native_kind((uint32_t)v_as_int(fld(I, f, BUILTIN_ID))) == NK_METHOD))))
                        f = V_NULL;
                }
            }
            if (f != V_NULL) {
                SET_TOP(f);
                PUSH(a);
                break;
            }
            r = getattr_value(I, a, NAME(arg));
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) {
                /* a property or __getattr__: its result is the attribute; the NULL goes above it later */
                sp--;
                SAVE();
                cr = vm_tailcall(I, &r, FF_PUSH_NULL);
                if (cr == CALL_ERR) goto error;
                if (cr == CALL_FRAME) {
                    /* the getter's frame returns the attribute, then pushes the NULL marker (FF_PUSH_NULL) */
                    LOAD();
                    break;
                }
                PUSH(r);
                PUSH(V_NULL);
                break;
            }
            SET_TOP(r);
            PUSH(V_NULL);
            break;
        }
        case OP_LOAD_SPECIAL: {
            a = TOP();
            Value f = type_lookup(I, type_of(I, a), NAME(arg));
            if (f == V_NULL) {
                bool as = NAME(arg) == name_v(I, N___aenter__) || NAME(arg) == name_v(I, N___aexit__);
                raise_fmt(I, T_TYPE_ERROR, as ? "'%T' object does not support the asynchronous context manager protocol"
                                              : "'%T' object does not support the context manager protocol", a, 0, 0);
                goto error;
            }
            if (is_type(I, f, T_FUNCTION) || is_type(I, f, T_BUILTIN)) {
                r = method_new(I, f, a);
                if (r == V_ERR) goto error;
            } else r = f;
            SET_TOP(r);
            break;
        }
        case OP_BINARY_OP: {
            b = TOP(); a = PEEK(2);
            if (fast_binary(arg & 0xFF, a, b, &r)) { sp--; SET_TOP(r); break; }
            if ((arg & 0xFF) == AST_OP_ADD && is_str(I, a) && is_str(I, b)) r = str_concat(I, a, b);
            else r = op_binary(I, arg, a, b);
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp -= 2; goto tailcall_result; }
            sp--;
            SET_TOP(r);
            break;
        }
        case OP_UNARY_OP:
            r = op_unary(I, arg, TOP());
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp--; goto tailcall_result; }
            SET_TOP(r);
            break;
        case OP_COMPARE_OP: {
            b = TOP(); a = PEEK(2);
            if (fast_compare(arg, a, b, &r)) { sp--; SET_TOP(r); break; }
            r = op_compare(I, arg, a, b);
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp -= 2; goto tailcall_result; }
            sp--;
            SET_TOP(r);
            break;
        }
        case OP_IS_OP:
            b = POP();
            a = TOP();
            SET_TOP(v_bool((a == b) != (arg != 0)));
            break;
        case OP_CONTAINS_OP:
            b = TOP(); a = PEEK(2);
            r = op_contains(I, b, a);
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) {
                if (arg && I->tail_mode == TAIL_CALL && I->tail_kwargs == V_NULL) {
                    /* 'not in' through Python: the prelude's _not_call negates the result */
                    Value nf = prelude_get(I, "_not_call");
                    if (nf == V_ERR) goto error;
                    Value t = tuple_pack2(I, I->tail_callable, I->tail_args);
                    if (t == V_ERR) goto error;
                    I->tail_callable = nf;
                    I->tail_args = t;
                }
                sp -= 2;
                callflags = 0;
                goto tailcall_result;
            }
            sp--;
            SET_TOP(v_bool((r == V_TRUE) != (arg != 0)));
            break;
        case OP_BINARY_SUBSCR:
            b = TOP(); a = PEEK(2);
            r = op_getitem(I, a, b);
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp -= 2; goto tailcall_result; }
            sp--;
            SET_TOP(r);
            break;
        case OP_STORE_SUBSCR:
            r = op_setitem(I, PEEK(2), TOP(), PEEK(3));
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp -= 3; callflags = FF_DISCARD; goto tailcall_result; }
            sp -= 3;
            break;
        case OP_DELETE_SUBSCR:
            r = op_delitem(I, PEEK(2), TOP());
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp -= 2; callflags = FF_DISCARD; goto tailcall_result; }
            sp -= 2;
            break;
        case OP_BUILD_SLICE: {
            Ref s = obj_alloc(I, T_SLICE, SLICE_WORDS, false);
            if (!s) goto error;
            st(I, s + SLICE_START, PEEK(arg));
            st(I, s + SLICE_STOP, PEEK(arg - 1));
            st(I, s + SLICE_STEP, arg == 3 ? TOP() : V_NONE);
            sp -= arg;
            PUSH(v_obj(s));
            break;
        }
        case OP_BUILD_TUPLE:
            r = tuple_from_values(I, sp - arg, arg);
            if (r == V_ERR) goto error;
            sp -= arg;
            PUSH(r);
            break;
        case OP_BUILD_LIST:
            r = list_from_values(I, sp - arg, arg);
            if (r == V_ERR) goto error;
            sp -= arg;
            PUSH(r);
            break;
        case OP_BUILD_SET: {
            if (any_key_needs_python(I, sp - arg, arg, 1)) {
                r = tuple_from_values(I, sp - arg, arg);
                if (r == V_ERR) goto error;
                r = prelude_tailcall(I, "_build_set", r);
                sp -= arg;
                goto tailcall_result;
            }
            r = set_new(I, T_SET);
            if (r == V_ERR) goto error;
            for (uint32_t i = 0; i < arg; i++) if (set_add(I, r, ld(I, sp - arg + i)) == V_ERR) goto error;
            sp -= arg;
            PUSH(r);
            break;
        }
        case OP_BUILD_MAP: {
            if (any_key_needs_python(I, sp - 2 * arg, arg, 2)) {
                r = tuple_from_values(I, sp - 2 * arg, 2 * arg);
                if (r == V_ERR) goto error;
                r = prelude_tailcall(I, "_build_map", r);
                sp -= 2 * arg;
                goto tailcall_result;
            }
            r = dict_new(I);
            if (r == V_ERR) goto error;
            for (uint32_t i = 0; i < arg; i++)
                if (dict_set(I, r, ld(I, sp - 2 * arg + 2 * i), ld(I, sp - 2 * arg + 2 * i + 1)) == V_ERR) goto error;
            sp -= 2 * arg;
            PUSH(r);
            break;
        }
        case OP_BUILD_STRING: {
            uint32_t total = 0;
            for (uint32_t i = 0; i < arg; i++) total += str_nbytes(I, ld(I, sp - arg + i));
            StrBuf sb;
            sb_init(I, &sb, total);
            for (uint32_t i = 0; i < arg; i++) sb_put_str(I, &sb, ld(I, sp - arg + i));
            r = sb_finish(I, &sb);
            if (r == V_ERR) goto error;
            sp -= arg;
            PUSH(r);
            break;
        }
        case OP_LIST_APPEND:
            if (!list_append(I, PEEK(arg + 1), TOP())) goto error;
            sp--;
            break;
        case OP_SET_ADD:
            if (key_needs_python(I, TOP())) {
                r = tuple_pack2(I, PEEK(arg + 1), TOP());
                if (r == V_ERR) goto error;
                r = prelude_tailcall(I, "_set_add", r);
                sp--;
                callflags = FF_DISCARD;
                goto tailcall_result;
            }
            if (set_add(I, PEEK(arg + 1), TOP()) == V_ERR) goto error;
            sp--;
            break;
        case OP_MAP_ADD:
            if (key_needs_python(I, PEEK(2))) {
                r = tuple_pack3(I, PEEK(arg + 2), PEEK(2), TOP());
                if (r == V_ERR) goto error;
                r = prelude_tailcall(I, "_dict_setitem", r);
                sp -= 2;
                callflags = FF_DISCARD;
                goto tailcall_result;
            }
            if (dict_set(I, PEEK(arg + 2), PEEK(2), TOP()) == V_ERR) goto error;
            sp -= 2;
            break;
        case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: {
            /* the prelude does the general work; simple sources are done here. arg: the target's
               depth, 0x100 on the LIST_EXTEND of f(*x) */
            uint32_t depth = arg & 0xFF;
            Value target = PEEK(depth + 1), src = dict_plain(I, TOP());
            int op = (int)INSTR_OP(ins);
            if (op == OP_LIST_EXTEND && (is_type(I, src, T_LIST) || is_type(I, src, T_TUPLE))) {
                bool isl = is_type(I, src, T_LIST);
                uint32_t n = isl ? list_len(I, src) : tuple_len(I, src);
                if (!list_reserve(I, target, list_len(I, target) + n)) goto error;
                for (uint32_t i = 0; i < n; i++) list_append(I, target, isl ? list_get(I, src, i) : fld(I, src, 1 + i));
                sp--;
                break;
            }
            if ((op == OP_DICT_UPDATE || op == OP_DICT_MERGE) && is_type(I, src, T_DICT)) {
                uint32_t pos = 0;
                Value k, v;
                /* f(**a, **b): a key given twice is the prelude's error (it names f) */
                bool dup = false;
                while (op == OP_DICT_MERGE && !dup && dict_next(I, src, &pos, &k, &v)) {
                    Value have = dict_get(I, target, k);
                    if (have == V_ERR) goto error;
                    dup = have != V_NULL;
                }
                for (pos = 0; !dup && dict_next(I, src, &pos, &k, &v); )
                    if (dict_set(I, target, k, v) == V_ERR) goto error;
                if (!dup) { sp--; break; }
            }
            /* the callable, for the errors that name it: f(*x) and any f(**x) */
            Value func = op == OP_DICT_MERGE ? PEEK(depth + 3) : (arg & 0x100) ? PEEK(depth + 2) : V_NONE;
            Value t = tuple_new(I, 4);
            if (t == V_ERR) goto error;
            set_fld(I, t, 1, target); set_fld(I, t, 2, src); set_fld(I, t, 3, v_bool(op == OP_DICT_MERGE)); set_fld(I, t, 4, func);
            r = prelude_tailcall(I, "_update", t);
            sp--;
            callflags = FF_DISCARD;
            goto tailcall_result;
        }
        case OP_LIST_TO_TUPLE:
            r = list_to_tuple(I, TOP());
            if (r == V_ERR) goto error;
            SET_TOP(r);
            break;
        case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX: {
            a = TOP();
            uint32_t before = INSTR_OP(ins) == OP_UNPACK_EX ? (arg & 0xFF) : arg;
            uint32_t after = INSTR_OP(ins) == OP_UNPACK_EX ? (arg >> 8) : 0;
            bool ex = INSTR_OP(ins) == OP_UNPACK_EX;
            uint32_t n;
            Ref items;
            if (is_type(I, a, T_TUPLE)) { n = tuple_len(I, a); items = v_as_ref(a) + 1; }
            else if (is_type(I, a, T_LIST)) { n = list_len(I, a); items = n ? v_as_ref(fld(I, a, LIST_ITEMS)) + 1 : 0; }
            else {
                /* any other iterable: the prelude turns it into a list, then this instruction runs again */
                Value t = tuple_pack2(I, a, v_int(0));
                if (t == V_ERR) goto error;
                r = prelude_tailcall(I, "_to_list", t);
                sp--;
                ip = ip0;
                goto tailcall_result;
            }
            if ((!ex && n != before) || (ex && n < before + after)) {
                if (n < before + after || (!ex && n < before))
                    raise_fmt(I, T_VALUE_ERROR, ex ? "not enough values to unpack (expected at least %d, got %d)" : "not enough values to unpack (expected %d, got %d)",
                              v_int(before + after), v_int(n), 0);
                else
                    raise_fmt(I, T_VALUE_ERROR, "too many values to unpack (expected %d)", v_int(before), 0, 0);
                goto error;
            }
            Value mid = V_NULL;
            if (ex) {
                mid = list_from_values(I, items + before, n - before - after);
                if (mid == V_ERR) goto error;
            }
            sp--;
            /* push in reverse so the first item ends on top */
            for (uint32_t i = 0; i < after; i++) PUSH(ld(I, items + n - 1 - i));
            if (ex) PUSH(mid);
            for (uint32_t i = 0; i < before; i++) PUSH(ld(I, items + before - 1 - i));
            break;
        }
        case OP_FORMAT_VALUE: {
            Value spec = (arg & 4) ? POP() : V_NULL;
            a = TOP();
            uint32_t conv = arg & 3;
            if (conv == 0 && spec == V_NULL && !is_str(I, a)) spec = image_root(I, ROOT_EMPTY_STR);   /* format(x, '') */
            if (conv != 0 && (conv == 3 || (v_is_obj(a) && !type_is_builtin(hdr_type(I, v_as_ref(a)))))) {
                /* !a, or !s/!r of an instance of a Python class: the prelude converts, then formats */
                Value t = tuple_pack3(I, a, v_int(conv), spec == V_NULL ? V_NONE : spec);
                if (t == V_ERR) goto error;
                r = prelude_tailcall(I, "_format_value", t);
                if (r == V_ERR) goto error;
                sp--;
                goto tailcall_result;
            }
            if (conv == 1) {
                if (!is_str(I, a)) {
                    r = op_str(I, a);
                    if (r == V_ERR) goto error;
                    if (r == V_TAILCALL) { sp--; if (spec != V_NULL) { /* rare: str() through Python then a spec */ } goto tailcall_result; }
                    a = r;
                }
            } else if (conv == 2 || conv == 3) {
                r = op_repr(I, a);
                if (r == V_ERR) goto error;
                if (r == V_TAILCALL) { sp--; goto tailcall_result; }
                a = r;
            }
            if (spec != V_NULL) {
                r = op_format(I, a, spec);
                if (r == V_ERR) goto error;
                if (r == V_TAILCALL) { sp--; goto tailcall_result; }
                a = r;
            }
            SET_TOP(a);
            break;
        }
        case OP_JUMP: ip = arg; break;
        case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: {
            a = TOP();
            if (a == V_TRUE || a == V_FALSE) r = a;
            else {
                r = op_truth(I, a);
                if (r == V_ERR) goto error;
                if (r == V_TAILCALL) {
                    /* bool() in Python: its result replaces TOS and this instruction runs again */
                    sp--;
                    ip = ip0;
                    goto tailcall_result;
                }
            }
            int op = (int)INSTR_OP(ins);
            bool jump_on = (op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_TRUE_OR_POP);
            if (op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE) {
                sp--;
                if ((r == V_TRUE) == jump_on) ip = arg;
            } else {
                if ((r == V_TRUE) == jump_on) ip = arg; else sp--;
            }
            break;
        }
        case OP_POP_JUMP_IF_NOT_NONE:
            if (POP() != V_NONE) ip = arg;
            break;
        case OP_GET_ITER: case OP_GET_YIELD_FROM_ITER:
            a = TOP();
            if (INSTR_OP(ins) == OP_GET_YIELD_FROM_ITER && is_type(I, a, T_GENERATOR)) break;
            r = op_iter(I, a);
            if (r == V_ERR) goto error;
            if (r == V_TAILCALL) { sp--; goto tailcall_result; }
            SET_TOP(r);
            break;
        case OP_FOR_ITER: {
            a = TOP();
            if (is_type(I, a, T_GENERATOR)) {
                SAVE();
                cr = gen_resume(I, a, V_NONE, GF_FORITER, false, &r, V_NULL);
                if (cr == CALL_ERR) goto error;
                if (cr == CALL_FRAME) { LOAD(); break; }
                if (r == V_NULL) { sp--; ip = arg; break; }
                PUSH(r);
                break;
            }
            r = op_next(I, a);
            if (r == V_ERR) {
                if (isinstance_of(I, I->exc, T_STOP_ITERATION)) { I->exc = V_NULL; sp--; ip = arg; break; }
                goto error;
            }
            if (r == V_NULL) { sp--; ip = arg; break; }
            if (r == V_TAILCALL) goto tailcall_result;
            PUSH(r);
            break;
        }
        case OP_CALL: case OP_CALL_KW: case OP_CALL_METHOD: case OP_CALL_METHOD_KW: {
            int op = (int)INSTR_OP(ins);
            Value kwn = V_NULL;
            if (op == OP_CALL_KW || op == OP_CALL_METHOD_KW) kwn = POP();
            uint32_t nargs = arg;
            Ref argp = sp - nargs;
            Value callable;
            Ref base;
            if (op == OP_CALL_METHOD || op == OP_CALL_METHOD_KW) {
                Value m = ld(I, argp - 2), self = ld(I, argp - 1);
                base = argp - 2;
                if (self == V_NULL) callable = m;
                else { callable = m; argp--; nargs++; }
            } else {
                callable = ld(I, argp - 1);
                base = argp - 1;
            }
            /* fast path: a plain Python function called with exactly its positional parameters
               gets its frame here (call_function does the same and more, for every other case) */
            if (kwn == V_NULL && v_is_obj(callable) && hdr_type(I, v_as_ref(callable)) == TYPE_REF(T_FUNCTION)) {
                Value fcode = fld(I, callable, FUNC_CODE);
                if ((v_as_int(fld(I, fcode, CODE_FLAGS)) & CO_SIMPLE) && v_as_int(fld(I, fcode, CODE_ARGCOUNT)) == (int64_t)nargs &&
                    I->depth < I->recursion_limit) {
                    uint32_t nlocals = code_nlocals(I, fcode), size = FRAME_FIXED + nlocals + code_stacksize(I, fcode);
                    if (I->fsp >= I->top + size + 16) {
                        Ref f = I->fsp - size;
                        I->fsp = f;
                        HW(f) = HDR_MAKE(TYPE_REF(T_FRAME), size, false);
                        f |= I->ref_tag;
                        Ref fl = f + FRAME_FIXED;
                        for (uint32_t i = 0; i < nargs; i++) HW(fl + i) = HW(argp + i);
                        for (uint32_t i = nargs; i < nlocals; i++) HW(fl + i) = V_NULL;
                        Value closure = fld(I, callable, FUNC_CLOSURE);
                        if (closure != V_NULL) {
                            uint32_t nfree = tuple_len(I, closure);
                            for (uint32_t j = 0; j < nfree; j++) HW(fl + nlocals - nfree + j) = fld(I, closure, 1 + j);
                        }
                        HW(f + FRAME_BACK) = v_obj(fr);
                        HW(f + FRAME_CODE) = fcode;
                        HW(f + FRAME_FUNC) = callable;
                        HW(f + FRAME_GLOBALS) = fld(I, callable, FUNC_GLOBALS);
                        HW(f + FRAME_LOCALS) = V_NULL;
                        HW(f + FRAME_IP) = v_int(0);
                        HW(f + FRAME_SP) = v_int(FRAME_FIXED + nlocals);
                        HW(f + FRAME_FLAGS) = v_int(0);
                        HW(f + FRAME_EXC) = V_NULL;
                        HW(f + FRAME_GEN) = V_NULL;
                        sp = base;
                        SAVE();
                        I->frame = f;
                        I->depth++;
                        LOAD();
                        break;
                    }
                }
            }
            sp = base;
            SAVE();
            r = V_NULL;
            cr = vm_call(I, callable, argp, nargs, kwn, &r, 0);
            if (cr == CALL_ERR) CALL_FAILED();
            if (cr == CALL_FRAME) { LOAD(); break; }
            if (I->frame != fr) LOAD();
            PUSH(r);
            if (I->pending_out != V_NULL || I->at_barrier) {
                SAVE(); I->steps += executed;
                I->status = I->at_barrier ? RUN_BARRIER : RUN_OUTPUT;
                return (RunStatus)I->status;
            }
            break;
        }
        case OP_CALL_EX: {
            Value kwargs = (arg & 1) ? POP() : V_NULL;
            Value posargs = POP();
            Value callable = POP();
            if (!is_type(I, posargs, T_TUPLE)) {
                raise_msg(I, T_TYPE_ERROR, "argument after * must be an iterable");
                goto error;
            }
            SAVE();
            I->tail_callable = callable;
            I->tail_args = posargs;
            I->tail_kwargs = kwargs;
            I->tail_mode = TAIL_CALL;
            cr = vm_tailcall(I, &r, 0);
            if (cr == CALL_ERR) CALL_FAILED();
            if (cr == CALL_FRAME) { LOAD(); break; }
            PUSH(r);
            if (I->pending_out != V_NULL || I->at_barrier) {
                SAVE(); I->steps += executed;
                I->status = I->at_barrier ? RUN_BARRIER : RUN_OUTPUT;
                return (RunStatus)I->status;
            }
            break;
        }
        case OP_MAKE_FUNCTION: {
            Value fcode = TOP();
            uint32_t k = 2;
            Value closure = (arg & 8) ? PEEK(k++) : V_NULL;
            Value kwdefaults = (arg & 2) ? PEEK(k++) : V_NULL;
            Value defaults = (arg & 1) ? PEEK(k++) : V_NULL;
            Ref f = obj_alloc(I, T_FUNCTION, FUNC_WORDS, false);
            if (!f) goto error;
            st(I, f + FUNC_CODE, fcode);
            st(I, f + FUNC_GLOBALS, frv(I, fr, FRAME_GLOBALS));
            st(I, f + FUNC_DEFAULTS, defaults);
            st(I, f + FUNC_KWDEFAULTS, kwdefaults);
            st(I, f + FUNC_CLOSURE, closure);
            st(I, f + FUNC_NAME, fld(I, fcode, CODE_NAME));
            st(I, f + FUNC_QUALNAME, fld(I, fcode, CODE_QUALNAME));
            st(I, f + FUNC_DICT, V_NULL);
            a = dict_get_str(I, frv(I, fr, FRAME_GLOBALS), name_v(I, N___name__));
            st(I, f + FUNC_MODULE, a == V_NULL || a == V_ERR ? V_NONE : a);
            st(I, f + FUNC_DOC, fld(I, fcode, CODE_DOC));
            sp -= k - 1;
            PUSH(v_obj(f));
            break;
        }
        case OP_RETURN_VALUE:
            r = POP();
            goto do_return;
        case OP_YIELD_VALUE: {
            r = POP();
            SAVE();
            /* suspend: control and the value go back to whoever resumed the generator */
            Value back = frv(I, fr, FRAME_BACK);
            int64_t fl = fri(I, fr, FRAME_FLAGS);
            set_frv(I, fr, FRAME_BACK, V_NULL);
            set_frv(I, fr, FRAME_FLAGS, v_int(fl & ~(int64_t)GF_MODES));
            set_fld(I, frv(I, fr, FRAME_GEN), GEN_STATE, v_int(GEN_SUSPENDED));
            I->depth--;
            I->frame = v_as_ref(back);
            LOAD();
            if (fl & GF_CLOSE) {
                /* close(): a generator that yields again ignores GeneratorExit */
                ip0 = ip - 1;
                if (fri(I, fr, FRAME_FLAGS) & GF_SUBEXIT) ip0 = ip;   /* closed by its delegating generator, at the SEND */
                raise_msg(I, T_RUNTIME_ERROR, is_type(I, frv(I, fr, FRAME_GEN), T_COROUTINE) ? "coroutine ignored GeneratorExit" : "generator ignored GeneratorExit");
                goto error;
            }
            PUSH(r);
            break;
        }
        case OP_SEND: {
            Value v = POP();
            a = TOP();
            if (fri(I, fr, FRAME_FLAGS) & (GF_THROWSUB | GF_SUBEXIT)) { b = v; goto send_delegate; }
            if (is_type(I, a, T_GENERATOR) || is_type(I, a, T_COROUTINE)) {
                SAVE();
                cr = gen_resume(I, a, v, GF_SEND, false, &r, V_NULL);
                if (cr == CALL_ERR) goto error;
                if (cr == CALL_FRAME) { LOAD(); break; }
                if (r == V_NULL) { sp--; PUSH(I->tail_args); I->tail_args = V_NULL; ip = arg; break; }
                PUSH(r);
                break;
            }
            if (v != V_NONE) {
                /* a value sent on goes to the iterator's send() (PEP 380) */
                Value sf = sub_method(I, a, N_send);
                if (sf == V_NULL) { raise_fmt(I, T_ATTRIBUTE_ERROR, "'%T' object has no attribute 'send'", a, 0, 0); goto error; }
                r = tuple_pack2(I, a, v);
                if (r == V_ERR) goto error;
                I->tail_callable = sf; I->tail_args = r; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
                goto tailcall_result;
            }
            r = op_next(I, a);
            if (r == V_ERR) {
                if (isinstance_of(I, I->exc, T_STOP_ITERATION)) {
                    Value sargs = fld(I, I->exc, EXC_ARGS);
                    I->exc = V_NULL;
                    SET_TOP(tuple_len(I, sargs) ? fld(I, sargs, 1) : V_NONE);
                    ip = arg;
                    break;
                }
                goto error;
            }
            if (r == V_NULL) { SET_TOP(V_NONE); ip = arg; break; }
            if (r == V_TAILCALL) goto tailcall_result;
            PUSH(r);
            break;
        }
        case OP_RAISE_VARARGS: {
            if (arg == 0) {
                a = handled_exception(I);
                if (a == V_NULL) { raise_msg(I, T_RUNTIME_ERROR, "No active exception to reraise"); goto error; }
                I->exc = a;
                reraise = true;
                goto error;
            }
            Value cause = arg == 2 ? POP() : V_NULL;
            a = POP();
            a = normalize_raise(I, a);
            if (a == V_ERR) goto error;
            if (arg == 2) {
                if (cause != V_NONE) {
                    if (!isinstance_of(I, cause, T_BASE_EXCEPTION) && !(v_is_obj(cause) && is_subtype(I, type_of(I, cause), TYPE_REF(T_TYPE)) && is_subtype(I, v_as_ref(cause), TYPE_REF(T_BASE_EXCEPTION)))) {
                        raise_msg(I, T_TYPE_ERROR, "exception causes must derive from BaseException");
                        goto error;
                    }
                    cause = normalize_raise(I, cause);
                    if (cause == V_ERR) goto error;
                }
                set_fld(I, a, EXC_CAUSE, cause);
                set_fld(I, a, EXC_SUPPRESS, V_TRUE);
            }
            I->exc = a;
            goto error;
        }
        case OP_RERAISE:
            I->exc = POP();
            reraise = true;
            goto error;
        case OP_PUSH_EXC_INFO:
            a = TOP();
            SET_TOP(frv(I, fr, FRAME_EXC));
            set_frv(I, fr, FRAME_EXC, a);
            PUSH(a);
            break;
        case OP_POP_EXCEPT:
            set_frv(I, fr, FRAME_EXC, POP());
            break;
        case OP_CHECK_EXC_MATCH: {
            b = TOP();
            a = PEEK(2);
            /* the type must be a class deriving from BaseException, or a tuple of them */
            bool ok = true;
            if (is_type(I, b, T_TUPLE)) {
                for (uint32_t i = 0; i < tuple_len(I, b); i++) {
                    Value t = fld(I, b, 1 + i);
                    if (!v_is_obj(t) || !is_subtype(I, type_of(I, t), TYPE_REF(T_TYPE)) || !is_subtype(I, v_as_ref(t), TYPE_REF(T_BASE_EXCEPTION))) ok = false;
                }
            } else if (!v_is_obj(b) || !is_subtype(I, type_of(I, b), TYPE_REF(T_TYPE)) || !is_subtype(I, v_as_ref(b), TYPE_REF(T_BASE_EXCEPTION))) ok = false;
            if (!ok) { raise_msg(I, T_TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed"); goto error; }
            SET_TOP(v_bool(exc_matches(I, a, b)));
            break;
        }
        case OP_WITH_EXCEPT_START: {
            /* stack: exit, prev, exc → call exit(type(exc), exc, tb) */
            Value exc = TOP(), exitf = PEEK(3);
            Value t = tuple_pack3(I, v_obj(type_of(I, exc)), exc, fld(I, exc, EXC_TRACEBACK) == V_NULL ? V_NONE : fld(I, exc, EXC_TRACEBACK));
            if (t == V_ERR) goto error;
            I->tail_callable = exitf;
            I->tail_args = t;
            I->tail_kwargs = V_NULL;
            I->tail_mode = TAIL_CALL;
            goto tailcall_result;
        }
        case OP_LOAD_ASSERTION_ERROR: PUSH(type_v(T_ASSERTION_ERROR)); break;
        case OP_LOAD_PRELUDE:
            a = dict_get_str(I, image_root(I, ROOT_PRELUDE), NAME(arg));
            if (a == V_NULL) { raise_msg(I, T_SYSTEM_ERROR, "prelude function missing"); goto error; }
            PUSH(a);
            break;
        case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_GET_ANEXT: {
            /* the awaitable protocol's lookups: a coroutine is its own iterator; the rest call a
               special method of the type */
            int op = (int)INSTR_OP(ins);
            a = TOP();
            if (op == OP_GET_AWAITABLE && is_type(I, a, T_COROUTINE)) break;
            NameId nid = op == OP_GET_AWAITABLE ? N___await__ : op == OP_GET_AITER ? N___aiter__ : N___anext__;
            Value f = type_lookup(I, type_of(I, a), name_v(I, nid));
            if (f == V_NULL) {
                if (op == OP_GET_AWAITABLE) raise_fmt(I, T_TYPE_ERROR, "object %T can't be used in 'await' expression", a, 0, 0);
                else if (op == OP_GET_AITER) raise_fmt(I, T_TYPE_ERROR, "'async for' requires an object with __aiter__ method, got %T", a, 0, 0);
                else raise_fmt(I, T_TYPE_ERROR, "'async for' requires an iterator with __anext__ method, got %T", a, 0, 0);
                goto error;
            }
            Value t = tuple_new(I, 1);
            if (t == V_ERR) goto error;
            set_fld(I, t, 1, a);
            I->tail_callable = f;
            I->tail_args = t;
            I->tail_kwargs = V_NULL;
            I->tail_mode = TAIL_CALL;
            if (op != OP_GET_ANEXT) sp--;
            goto tailcall_result;
        }
        case OP_END_ASYNC_FOR:
            a = POP();
            if (isinstance_of(I, a, T_STOP_ASYNC_ITERATION)) { sp--; break; }
            I->exc = a;
            reraise = true;
            goto error;
        case OP_LOAD_BUILD_CLASS:
            a = prelude_get(I, "__build_class__");
            if (a == V_ERR) goto error;
            PUSH(a);
            break;
        case OP_IMPORT_NAME: {
            a = NAME(arg);
            if (str_has_dot(I, a)) {
                /* import a.b: the prelude imports a, then a.b, and picks the module to push */
                r = tuple_pack2(I, a, TOP());
                if (r != V_ERR) r = prelude_tailcall(I, "_import_dotted", r);
            } else {
                r = module_import(I, a);
            }
            if (r == V_ERR) goto error;
            sp -= 2;
            if (r == V_TAILCALL) goto tailcall_result;   /* a module written in Python runs first */
            PUSH(r);
            break;
        }
        case OP_IMPORT_FROM: {
            a = TOP();
            r = getattr_value(I, a, NAME(arg));
            if (r == V_ERR) {
                I->exc = V_NULL;
                raise_fmt(I, T_IMPORT_ERROR, "cannot import name '%s' from '%s'", NAME(arg), fld(I, a, MODULE_NAME), 0);
                goto error;
            }
            PUSH(r);
            break;
        }
        case OP_IMPORT_STAR: {
            a = POP();
            Value md = fld(I, a, MODULE_DICT);
            Value target = frv(I, fr, FRAME_LOCALS);
            if (target == V_NULL) target = frv(I, fr, FRAME_GLOBALS);
            Value all = str_from_cstr(I, "__all__");
            if (all == V_ERR) goto error;
            all = dict_get_str(I, md, all);
            if (is_type(I, all, T_LIST) || is_type(I, all, T_TUPLE)) {
                /* the module's __all__ names what * imports */
                bool ok = true;
                bool is_list = is_type(I, all, T_LIST);
                uint32_t n_all = is_list ? list_len(I, all) : tuple_len(I, all);
                for (uint32_t i = 0; ok && i < n_all; i++) {
                    Value k = is_list ? list_get(I, all, i) : fld(I, all, 1 + i);
                    Value v = is_str(I, k) ? dict_get_str(I, md, k) : V_NULL;
                    if (v == V_NULL) {
                        if (is_str(I, k)) raise_fmt(I, T_ATTRIBUTE_ERROR, "module '%s' has no attribute '%s'", fld(I, a, MODULE_NAME), k, 0);
                        else raise_fmt(I, T_TYPE_ERROR, "Item in %s.__all__ must be str, not %T", fld(I, a, MODULE_NAME), k, 0);
                        ok = false;
                    } else if (dict_set(I, target, k, v) == V_ERR) ok = false;
                }
                if (!ok) goto error;
                break;
            }
            uint32_t pos = 0;
            Value k, v;
            while (dict_next(I, md, &pos, &k, &v)) {
                if (str_nbytes(I, k) && str_byte(I, k, 0) == '_') continue;
                if (dict_set(I, target, k, v) == V_ERR) goto error;
            }
            break;
        }
        case OP_SETUP_ANNOTATIONS: {
            /* a module or class body about to record an annotation: make __annotations__ if missing */
            Value ldict = frv(I, fr, FRAME_LOCALS);
            if (ldict == V_NULL) ldict = frv(I, fr, FRAME_GLOBALS);
            if (is_type(I, ldict, T_DICT) && dict_get_str(I, ldict, name_v(I, N___annotations__)) == V_NULL) {
                Value d = dict_new(I);
                if (d == V_ERR || dict_set(I, ldict, name_v(I, N___annotations__), d) == V_ERR) goto error;
            }
            break;
        }
        case OP_PRINT_EXPR: {
            a = TOP();
            if (a == V_NONE) { sp--; break; }
            /* the interactive prompt keeps the last value shown in `_` (CPython puts it in builtins,
               which are shared and read-only here) */
            if (dict_set(I, I->globals, name_v(I, N__), a) == V_ERR) goto error;
            Value t = tuple_pack2(I, a, V_NONE);
            if (t == V_ERR) goto error;
            r = prelude_tailcall(I, "_displayhook", t);
            sp--;
            callflags = FF_DISCARD;
            goto tailcall_result;
        }
        default:
            raise_msg(I, T_SYSTEM_ERROR, "unknown opcode");
            goto error;
        }
        I->in_retry = false;
#ifdef MY_HEAP_VERIFY
        {
            /* debug builds: every object header still tiles the heap after each instruction */
            for (uint32_t w = 1; w < I->top; ) {
                uint32_t n = hdr_size(I, w);
                if (n == 0 || w + n > I->top) {
                    char nm[64];
                    str_copy_out(I, fld(I, code, CODE_NAME), nm, sizeof nm);
                    fprintf(stderr, "heap corrupt at word %u (size %u, top %u) after opcode %u at ip %u, line %u of %s\n",
                            w, n, I->top, INSTR_OP(ins), ip0, code_line_at(I, code, ip0), nm);
                    abort();
                }
                w += n;
            }
        }
#endif
        continue;

    tailcall_result:
        /* the instruction's result comes from calling I->tail_callable(*I->tail_args) */
        SAVE();
        cr = vm_tailcall(I, &r, callflags);
        if (cr == CALL_ERR) { if (I->frame == fr) ip = ip0 + 1; CALL_FAILED(); }
        if (cr == CALL_FRAME) { LOAD(); I->in_retry = false; continue; }
        if (I->frame != fr) LOAD();
        if (!(callflags & FF_DISCARD)) PUSH(r);
        I->in_retry = false;
        continue;

    send_delegate: {
        /* throw() or close() reached this generator suspended in `yield from`/`await`, and
           gen_resume rewound it to this SEND: a is the subiterator, b (exception, throw args) */
        int64_t sfl = fri(I, fr, FRAME_FLAGS);
        if (sfl & GF_SUBEXIT) {
            /* the subiterator's close() has ended (b: what it returned): GeneratorExit here */
            set_frv(I, fr, FRAME_FLAGS, v_int(sfl & ~(int64_t)GF_SUBEXIT));
            I->exc = a;
            goto error;
        }
        Value exc = fld(I, b, 1), targs = fld(I, b, 2);
        bool genlike = is_type(I, a, T_GENERATOR) || is_type(I, a, T_COROUTINE);
        bool closing = isinstance_of(I, exc, T_GENERATOR_EXIT);
        if (genlike) {
            Value ge = exc;
            if (closing) { ge = exc_new(I, TYPE_REF(T_GENERATOR_EXIT), V_NULL); if (ge == V_ERR) goto error; }
            SAVE();
            cr = gen_resume(I, a, ge, closing ? GF_CLOSE : GF_SEND, true, &r, targs == V_NONE ? V_NULL : targs);
            /* failed before the subgenerator ran (its exception raised here, or a retry after a collection) */
            if (cr == CALL_ERR && I->frame == fr) goto error;
            if (closing && cr == CALL_DONE) { I->exc = exc; goto error; }   /* it had not started, or had ended */
        } else {
            /* another iterator: its throw() or close() method, if it has one */
            Value m = sub_method(I, a, closing ? N_close : N_throw);
            if (m == V_NULL) { I->exc = exc; goto error; }
            uint32_t n = closing ? 0 : targs == V_NONE ? 1 : tuple_len(I, targs);
            Value cargs = tuple_new(I, n + 1);
            if (cargs == V_ERR) goto error;
            set_fld(I, cargs, 1, a);
            for (uint32_t k = 0; k < n; k++) set_fld(I, cargs, 2 + k, targs == V_NONE ? exc : fld(I, targs, 1 + k));
            I->tail_callable = m; I->tail_args = cargs; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
            SAVE();
            cr = vm_tailcall(I, &r, 0);
            if (cr == CALL_ERR && I->frame == fr) { sp = sp0; goto error; }
            if (cr == CALL_DONE && I->frame == fr) {
                if (closing) { I->exc = exc; goto error; }
                set_frv(I, fr, FRAME_FLAGS, v_int(sfl & ~(int64_t)GF_THROWSUB));
                PUSH(r);
                I->in_retry = false;
                continue;
            }
        }
        /* the subiterator runs: a yield or return of it lands here after the SEND as usual; for
           close() it comes back to this SEND (GF_SUBEXIT) to raise GeneratorExit, which takes the
           iterator's slot */
        if (closing) { SET_TOP(exc); ip = ip0; sfl |= GF_SUBEXIT; }
        SAVE();
        set_frv(I, fr, FRAME_FLAGS, v_int(sfl & ~(int64_t)GF_THROWSUB));
        LOAD();
        I->in_retry = false;
        if (cr == CALL_ERR) { ip0 = ip ? ip - 1 : 0; goto error; }   /* raised inside the subgenerator, at its yield */
        continue;
    }

    do_return: {
        int64_t fl = fri(I, fr, FRAME_FLAGS);
        if (fl & FF_INIT) {
            if (r != V_NONE) { raise_fmt(I, T_TYPE_ERROR, "__init__() should return None, not '%T'", r, 0, 0); goto error; }
        }
        Value back = frv(I, fr, FRAME_BACK);
        if (fl & FF_HEAP) {
            /* a generator finishing: its frame stays with the generator object (now done) */
            set_fld(I, frv(I, fr, FRAME_GEN), GEN_STATE, v_int(GEN_DONE));
            set_frv(I, fr, FRAME_BACK, V_NULL);
            set_frv(I, fr, FRAME_IP, v_int(-1));
        } else {
            frame_release(I, fr);
        }
        I->depth--;
        if (fl & FF_ENTRY || back == V_NULL) {
            I->frame = 0;
            I->steps += executed;
            out_flush_pending(I);
            RunStatus outcome = RUN_DONE;
            if (I->reporting != V_NULL) {
                /* the prelude has printed an uncaught exception */
                I->reporting = V_NULL;
                I->exit_code = 1;
                outcome = RUN_ERROR;
            }
            if (start_exit_funcs(I, outcome)) { executed = 0; LOAD(); goto resumed; }
            return script_outcome(I, outcome);
        }
        I->frame = v_as_ref(back);
        LOAD();
        if (fl & FF_HEAP) {
            if (fl & GF_FORITER) { sp--; ip = INSTR_ARG(FETCH(ip - 1)); }
            else if (fl & GF_SEND) { sp--; PUSH(r); ip = INSTR_ARG(FETCH(ip - 1)); }
            else if (fl & GF_CLOSE) { PUSH(V_NONE); }
            else {
                Value args = r == V_NONE ? empty_tuple(I) : tuple_pack2(I, r, V_NONE);
                if (args == V_ERR) goto error;
                if (r != V_NONE) args = tuple_from_values(I, v_as_ref(args) + 1, 1);
                if (args == V_ERR) goto error;
                Value e = exc_new(I, TYPE_REF(T_STOP_ITERATION), args);
                if (e == V_ERR) goto error;
                I->exc = e;
                ip0 = ip - 1;
                goto error_in_caller;
            }
            goto mark_gen_done;
        }
        if (!(fl & FF_DISCARD)) PUSH(r);
        if (fl & FF_PUSH_NULL) PUSH(V_NULL);
        I->in_retry = false;
        continue;
    }

    mark_gen_done:
        I->in_retry = false;
        continue;

    error:
        /* an allocation failed: collect at this safe point and run the instruction again */
        if (I->need_gc) {
            I->need_gc = false;
            if (!I->in_retry) {
                I->in_retry = true;
                I->exc = V_NULL;
                ip = ip0;
                sp = sp0;
                SAVE();
                gc_collect(I);
                LOAD();
                /* a heap so full that collections come every few bytecodes and free almost nothing
                   would never finish: that is a MemoryError too */
                uint64_t now = I->steps + executed;
                bool thrashing = now - I->gc_last_step < 64 && (uint64_t)(I->fsp - I->top) * 32 < I->frame_end;
                I->gc_last_step = now;
                if (!thrashing) continue;
                I->exc = I->memerr;
                I->emergency = true;
                set_fld(I, I->memerr, EXC_TRACEBACK, V_NULL);
                goto error_in_caller;
            }
            I->exc = I->memerr;
            I->emergency = true;
            set_fld(I, I->memerr, EXC_TRACEBACK, V_NULL);
        }
        I->in_retry = false;
    error_in_caller:
        for (;;) {
            Value exc = I->exc;
            {
                /* a throw into a subiterator, or its close(), ends here (see send_delegate) */
                int64_t efl = fri(I, fr, FRAME_FLAGS);
                if (efl & (GF_THROWSUB | GF_SUBEXIT)) set_frv(I, fr, FRAME_FLAGS, v_int(efl & ~(int64_t)(GF_THROWSUB | GF_SUBEXIT)));
            }
            if (!reraise) {
                /* the new exception's context is the one being handled */
                Value ctx = handled_exception(I);
                if (ctx != V_NULL && ctx != exc && fld(I, exc, EXC_CONTEXT) == V_NULL) set_fld(I, exc, EXC_CONTEXT, ctx);
                tb_add(I, exc, code, code_line_at(I, code, ip0));
            }
            reraise = false;
            uint32_t target, depth;
            if (find_handler(I, code, ip0, &target, &depth)) {
                sp = fr + FRAME_FIXED + code_nlocals(I, code) + depth;
                PUSH(exc);
                I->exc = V_NULL;
                ip = target;
                break;
            }
            /* not handled here: leave the frame */
            int64_t fl = fri(I, fr, FRAME_FLAGS);
            Value back = frv(I, fr, FRAME_BACK);
            if (fl & FF_HEAP) {
                set_fld(I, frv(I, fr, FRAME_GEN), GEN_STATE, v_int(GEN_DONE));
                set_frv(I, fr, FRAME_BACK, V_NULL);
                set_frv(I, fr, FRAME_IP, v_int(-1));
                Value gobj = frv(I, fr, FRAME_GEN);
                bool agen = is_type(I, gobj, T_ASYNC_GENERATOR);
                if (isinstance_of(I, exc, T_STOP_ITERATION) || (agen && isinstance_of(I, exc, T_STOP_ASYNC_ITERATION))) {
                    Value e = exc_new(I, TYPE_REF(T_RUNTIME_ERROR), V_NULL);
                    if (e != V_ERR) {
                        Value m = str_from_cstr(I, is_type(I, gobj, T_COROUTINE) ? "coroutine raised StopIteration" :
                                                   !agen ? "generator raised StopIteration" :
                                                   isinstance_of(I, exc, T_STOP_ITERATION) ? "async generator raised StopIteration" :
                                                   "async generator raised StopAsyncIteration");
                        Value t = m == V_ERR ? V_ERR : tuple_pack2(I, m, V_NONE);
                        if (t != V_ERR) { t = tuple_from_values(I, v_as_ref(t) + 1, 1); if (t != V_ERR) set_fld(I, e, EXC_ARGS, t); }
                        set_fld(I, e, EXC_CAUSE, exc);
                        set_fld(I, e, EXC_CONTEXT, exc);
                        set_fld(I, e, EXC_SUPPRESS, V_TRUE);
                        exc = e;
                        I->exc = e;
                    }
                }
            } else {
                frame_release(I, fr);
            }
            I->depth--;
            if ((fl & FF_ENTRY) || back == V_NULL) {
                I->frame = 0;
                I->steps += executed;
                out_flush_pending(I);
                if (isinstance_of(I, exc, T_SYSTEM_EXIT)) {
                    Value args = fld(I, exc, EXC_ARGS);
                    Value codev = tuple_len(I, args) == 0 ? V_NONE : tuple_len(I, args) == 1 ? fld(I, args, 1) : args;
                    if (codev == V_NONE) I->exit_code = 0;
                    else if (v_is_int(codev)) I->exit_code = (int)v_as_int(codev);
                    else {
                        Value s = op_str(I, codev);
                        if (s != V_ERR && s != V_TAILCALL) { out_write(I, 2, s); out_write_cstr(I, 2, "\n"); }
                        I->exit_code = 1;
                    }
                    if (start_exit_funcs(I, RUN_EXIT)) { executed = 0; LOAD(); goto resumed; }
                    return script_outcome(I, RUN_EXIT);
                }
                /* every frame is gone: collect, so that the traceback has room even after MemoryError */
                I->exc = exc;
                I->need_gc = false;
                gc_collect(I);
                exc = I->exc;
                if (I->reporting == V_NULL && exc_needs_python_str(I, exc)) {
                    /* str() of this exception is Python code: the prelude prints the traceback */
                    Value f = prelude_get(I, "_report_uncaught");
                    Value args = f == V_ERR ? V_ERR : tuple_pack2(I, exc, V_NONE);
                    Value r;
                    if (args != V_ERR && call_function(I, f, V_NULL, v_as_ref(args) + 1, 1, V_NULL, &r, FF_ENTRY, V_NULL) == CALL_FRAME) {
                        I->reporting = V_TRUE;
                        I->exc = V_NULL;
                        LOAD();
                        goto resumed;
                    }
                    I->need_gc = false;
                    I->exc = exc;
                }
                I->reporting = V_NULL;
                print_exception(I, exc);
                I->exc = V_NULL;
                I->exit_code = 1;
                if (start_exit_funcs(I, RUN_ERROR)) { executed = 0; LOAD(); goto resumed; }
                return script_outcome(I, RUN_ERROR);
            }
            I->frame = v_as_ref(back);
            LOAD();
            ip0 = ip - 1;
            if (fl & FF_HEAP) {
                /* a generator ended by an exception */
                if ((fl & GF_CLOSE) && (isinstance_of(I, exc, T_GENERATOR_EXIT) || isinstance_of(I, exc, T_STOP_ITERATION))) {
                    I->exc = V_NULL;
                    PUSH(V_NONE);
                    goto resumed;
                }
            }
            /* a subiterator's close() failed: its exception is raised at the SEND (cleared above) */
            bool subexit = (fri(I, fr, FRAME_FLAGS) & GF_SUBEXIT) != 0;
            if (subexit) ip0 = ip;
            /* a callee's StopIteration at FOR_ITER or SEND ends that loop */
            uint32_t cins = mem_ld_u32(&I->H, bc, ip0);
            if (!subexit && (INSTR_OP(cins) == OP_FOR_ITER || INSTR_OP(cins) == OP_SEND) && isinstance_of(I, exc, T_STOP_ITERATION) && !(fl & FF_HEAP && (fl & GF_CALL))) {
                Value sargs = fld(I, exc, EXC_ARGS);
                I->exc = V_NULL;
                sp--;
                if (INSTR_OP(cins) == OP_SEND) PUSH(tuple_len(I, sargs) ? fld(I, sargs, 1) : V_NONE);
                ip = INSTR_ARG(cins);
                goto resumed;
            }
        }
        continue;
    resumed:
        continue;
    }
}

/* Starts running `code` as the module body of this interpreter (globals is also its locals). */
MY_FN bool vm_start(Interp *I, Value code, Value globals) {
    Ref f = frame_new(I, V_NULL, code, globals, false);
    if (!f) return false;
    set_frv(I, f, FRAME_LOCALS, globals);
    set_frv(I, f, FRAME_FLAGS, v_int(FF_ENTRY));
    I->frame = f;
    I->depth = 1;
    I->status = RUN_BUDGET;
    return true;
}

/* locals() of a frame: its locals dict, or for a function a new dict of its bound fast locals
   (cells read through), as CPython's locals() snapshot. */
MY_FN Value frame_locals_snapshot(Interp *I, Ref f) {
    Value l = frv(I, f, FRAME_LOCALS);
    if (l != V_NULL) return l;
    Value code = frv(I, f, FRAME_CODE);
    Value d = dict_new(I);
    if (d == V_ERR) return d;
    Value names[3] = { fld(I, code, CODE_VARNAMES), fld(I, code, CODE_CELLVARS), fld(I, code, CODE_FREEVARS) };
    uint32_t nl = code_nlocals(I, code), nvar = tuple_len(I, names[0]), ncell = tuple_len(I, names[1]);
    uint32_t nfree = tuple_len(I, names[2]);
    for (uint32_t slot = 0; slot < nl; slot++) {
        Value name;
        if (slot < nvar) name = fld(I, names[0], 1 + slot);
        else if (slot >= nl - nfree) name = fld(I, names[2], 1 + slot - (nl - nfree));
        else {
            /* a cell that is not a parameter: the cells list in order, skipping parameter cells */
            uint32_t k = slot - nvar, seen = 0;
            name = V_NULL;
            for (uint32_t c = 0; c < ncell; c++) {
                Value cn = fld(I, names[1], 1 + c);
                bool is_param = false;
                for (uint32_t p = 0; p < nvar; p++) if (str_eq(I, fld(I, names[0], 1 + p), cn)) is_param = true;
                if (is_param) continue;
                if (seen++ == k) { name = cn; break; }
            }
            if (name == V_NULL) continue;
        }
        Value v = ld(I, f + FRAME_FIXED + slot);
        if (is_type(I, v, T_CELL)) v = fld(I, v, CELL_VALUE);
        if (v == V_NULL) continue;
        if (dict_set(I, d, name, v) == V_ERR) return V_ERR;
    }
    return d;
}

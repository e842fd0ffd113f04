/* interp.c: starting an interpreter over the shared image, and importing modules (built-in C ones and
   the ones written in Python that the image holds compiled). */
#include "core_api.h"
#include "vm.h"
#include "compile.h"
#include "natives.h"

MY_FN bool vm_start(Interp *I, Value code, Value globals);
MY_OUTLINE void gc_collect(Interp *I);

/* ---- Interpreters ---- */
MY_FN bool interp_init(Interp *I, const uint64_t *image, uint32_t image_words,
                       uint64_t *heap, uint32_t heap_words, int64_t tid, int64_t nthreads) {
    if (heap_words < INTERP_MIN_HEAP_WORDS) return false;
    uint8_t *p = (uint8_t *)I;
    for (size_t i = 0; i < sizeof *I; i++) p[i] = 0;
    I->H.heap = heap;
    I->H.image = image;
    I->H.heap_words = heap_words;
    I->H.image_words = image_words;
    I->ref_tag = 0;
    I->top = 1;
    /* the GC's tables sit at the end of the heap: a live bitmap, block offsets, a mark stack */
    uint32_t bitmap_words = (heap_words + 63) / 64;
    uint32_t offset_words = (bitmap_words + 1) / 2;
    I->gc_stack_cap = heap_words / 16 < 256 ? heap_words / 16 : 256;   /* an overflow rescans: only slower */
    I->gc_bitmap = heap_words - bitmap_words - offset_words - I->gc_stack_cap;
    I->gc_offsets = I->gc_bitmap + bitmap_words;
    I->gc_stack = I->gc_offsets + offset_words;
    for (uint32_t i = 0; i < bitmap_words; i++) mem_st(&I->H, I->gc_bitmap + i, 0);
    I->frame_end = I->gc_bitmap;
    I->fsp = I->frame_end;
    I->exc = V_NULL;
    I->pending_out = V_NULL;
    I->tail_callable = I->tail_args = I->tail_kwargs = I->tail_locals = V_NULL;
    I->argv = V_NULL;
    I->reporting = V_NULL;
    I->recursion_limit = 1000;
    I->tid = tid;
    I->nthreads = nthreads;
    I->memerr = exc_new(I, TYPE_REF(T_MEMORY_ERROR), V_NULL);
    I->modules = dict_new(I);
    I->globals = dict_new(I);
    if (I->memerr == V_ERR || I->modules == V_ERR || I->globals == V_ERR) return false;
    Value g = I->globals;
    if (dict_set(I, g, name_v(I, N___name__), name_v(I, N___main__)) == V_ERR) return false;
    if (dict_set(I, g, name_v(I, N___builtins__), image_root(I, ROOT_BUILTINS)) == V_ERR) return false;
    if (dict_set(I, g, name_v(I, N___file__), image_root(I, ROOT_FILENAME)) == V_ERR) return false;
    if (dict_set(I, g, name_v(I, N_tid), int_from_i64(I, tid)) == V_ERR) return false;
    if (dict_set(I, g, name_v(I, N_nthreads), int_from_i64(I, nthreads)) == V_ERR) return false;
    if (dict_set(I, g, name_v(I, N___doc__), V_NONE) == V_ERR) return false;
    Value code = image_root(I, ROOT_MAIN_CODE);
    if (code == V_NONE) { I->status = RUN_DONE; return true; }
    return vm_start(I, code, g);
}

/* --compile-each: the interpreter compiles the script's source itself (lexer, parser and compiler
   running here, on the GPU in the GPU backend) and starts on that code instead of the shared one.
   The host compiled the same source already, so a failure here is one of this interpreter's limits
   (heap, C stack): it ends with RUN_ERROR and a message. */
MY_FN bool interp_compile_main(Interp *I) {
    Value src = image_root(I, ROOT_SOURCE);
    if (!is_str(I, src) || I->status != RUN_BUDGET) return true;
    volatile char stack_marker = 0;
    I->stack_base = (uintptr_t)&stack_marker;
    Value code = compile_source(I, src, image_root(I, ROOT_FILENAME), COMPILE_EXEC);
    I->stack_base = 0;
    if (code == V_ERR) {
        Value exc = I->exc;
        I->exc = V_NULL;
        out_write_cstr(I, 2, "myriad: compiling the script in the interpreter failed: ");
        Value msg = exc != V_NULL ? exc_str(I, exc) : V_ERR;
        if (msg != V_ERR && msg != V_TAILCALL && is_str(I, msg)) out_write(I, 2, msg);
        out_write_cstr(I, 2, "\n");
        I->frame = 0;
        I->exit_code = 1;
        I->status = RUN_ERROR;
        return false;
    }
    I->frame = 0;            /* the frame interp_init made for the shared code is dropped */
    I->fsp = I->frame_end;
    return vm_start(I, code, I->globals);
}

/* The REPL: after the previous piece of code ended (any status), start `code` in the same globals.
   Whatever the last piece left on the frame stack (an error, the step limit) is dropped; objects
   stay until the collector finds them unreachable. */
MY_FN bool interp_start_code(Interp *I, Value code) {
    I->in_session = true;
    I->exiting = 0;
    I->frame = 0;
    I->fsp = I->frame_end;
    I->depth = 0;
    I->exc = V_NULL;
    I->pending_out = V_NULL;
    I->tail_callable = I->tail_args = I->tail_kwargs = I->tail_locals = V_NULL;
    I->reporting = V_NULL;
    I->need_gc = I->emergency = I->in_retry = I->interrupt = I->at_barrier = false;
    I->exit_code = 0;
    I->steps = 0;   /* --max-steps counts per piece of code */
    I->status = RUN_ERROR;
    if (vm_start(I, code, I->globals)) return true;
    I->need_gc = false;
    I->tail_callable = code;   /* a root while the collector moves things (the embedding API's code may be in the heap) */
    gc_collect(I);
    code = I->tail_callable;
    I->tail_callable = V_NULL;
    if (vm_start(I, code, I->globals)) return true;
    I->need_gc = false;
    I->status = RUN_MEMORY;
    return false;
}

MY_FN uint32_t interp_heap_used(Interp *I) { return I->top + (I->frame_end - I->fsp); }

MY_OUTLINE Value module_import(Interp *I, Value name) {
    Value m = dict_get_str(I, I->modules, name);
    if (m != V_NULL) return m;
    Value im = dict_get_str(I, image_root(I, ROOT_MODULES), name);
    if (im == V_NULL) {
        /* a module written in Python: the prelude makes the module and runs its code (compiled
           into the image) in this interpreter's VM, then the import instruction gets the module */
        Value code = dict_get_str(I, image_root(I, ROOT_LIB_CODES), name);
        if (code != V_NULL) {
            Value t = tuple_pack2(I, name, code);
            if (t == V_ERR) return t;
            return prelude_tailcall(I, "_import_source", t);
        }
        /* a user module: NAME.py in a directory of sys.path, in the shared file system */
        if (!str_eq_cstr(I, name, "_myriad")) {
            Value t = tuple_new(I, 1);
            if (t == V_ERR) return t;
            set_fld(I, t, 1, name);
            return prelude_tailcall(I, "_import_path", t);
        }
    }
    if (im == V_NULL || str_eq_cstr(I, name, "_myriad"))
        return raise_fmt(I, T_MODULE_NOT_FOUND_ERROR, "No module named '%s'", name, 0, 0);
    Ref r = obj_alloc(I, T_MODULE, MODULE_WORDS, false);
    if (!r) return V_ERR;
    Value d = fld(I, im, MODULE_DICT);
    if (str_eq_cstr(I, name, "sys")) {
        /* sys holds this interpreter's own argv and modules */
        d = dict_copy(I, d);
        if (d == V_ERR) return d;
        Value at = dict_get_str(I, d, name_v(I, N_argv));
        Value al = list_from_values(I, v_as_ref(at) + 1, tuple_len(I, at));
        if (al == V_ERR) return al;
        if (dict_set(I, d, name_v(I, N_argv), al) == V_ERR) return V_ERR;
        Value pt = dict_get_str(I, d, str_from_cstr(I, "path"));
        Value pl = pt == V_NULL ? V_NULL : list_from_values(I, v_as_ref(pt) + 1, tuple_len(I, pt));
        if (pl == V_ERR) return pl;
        if (pl != V_NULL && dict_set(I, d, str_from_cstr(I, "path"), pl) == V_ERR) return V_ERR;
        if (dict_set(I, d, str_from_cstr(I, "modules"), I->modules) == V_ERR) return V_ERR;
    }
    st(I, r + MODULE_NAME, name);
    st(I, r + MODULE_DICT, d);
    if (dict_set(I, I->modules, name, v_obj(r)) == V_ERR) return V_ERR;
    return v_obj(r);
}

/* _myriad.module_new(name, code): an empty module of this interpreter for a module written in Python. */
NATIVE(my_module_new) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value d = dict_new(I);
    if (d == V_ERR) return d;
    if (dict_set(I, d, name_v(I, N___name__), ARG(0)) == V_ERR) return V_ERR;
    if (dict_set(I, d, name_v(I, N___builtins__), image_root(I, ROOT_BUILTINS)) == V_ERR) return V_ERR;
    if (dict_set(I, d, name_v(I, N___file__), fld(I, ARG(1), CODE_FILENAME)) == V_ERR) return V_ERR;
    if (dict_set(I, d, name_v(I, N___doc__), V_NONE) == V_ERR) return V_ERR;
    Ref r = obj_alloc(I, T_MODULE, MODULE_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + MODULE_NAME, ARG(0));
    st(I, r + MODULE_DICT, d);
    return v_obj(r);
}

/* _myriad.import_module(name): what `import name` binds (a module written in Python runs first). */
NATIVE(my_import_module) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    if (!is_str(I, ARG(0))) return raise_msg(I, T_TYPE_ERROR, "module name must be str");
    return module_import(I, ARG(0));
}

/* _myriad.modules(): this interpreter's sys.modules. */
NATIVE(my_modules) { MY_UNUSED(kwnames); MY_UNUSED(nargs); MY_UNUSED(args); return I->modules; }

/* image.c: builds the shared read-only image on the host: types, builtins, modules, the prelude, and the
   script compiled once for every interpreter. (Host only: it is not part of the device build.) */
#include "core_api.h"
#include "vm.h"
#include "natives.h"
#include "compile.h"
#include "prelude_src.h"
#include "lib_src.h"

MY_FN bool vm_start(Interp *I, Value code, Value globals);
MY_FN void math_module_init(Interp *B, Value dict);
MY_FN void sys_module_init(Interp *B, Value dict);
MY_FN RunStatus interp_run(Interp *I, uint64_t budget);

MY_CONST int type_bases[] = {
#define TYPE_BASE_ITEM(id, name, base) T_##base,
    BUILTIN_TYPES(TYPE_BASE_ITEM)
#undef TYPE_BASE_ITEM
};

MY_CONST char *const builtin_name_texts[] = {
#define NAME_TEXT_ITEM(id, text) text,
    BUILTIN_NAMES(NAME_TEXT_ITEM)
#undef NAME_TEXT_ITEM
};

static MY_FN void image_copy_text(char *dst, int cap, const char *src, uint32_t n) {
    if (cap <= 0) return;
    uint32_t k = 0;
    for (; k < n && (int)k < cap - 1; k++) dst[k] = src[k];
    dst[k] = 0;
}

static MY_FN Value image_module(Interp *B, const char *name, Value dict) {
    Ref m = obj_alloc(B, T_MODULE, MODULE_WORDS, false);
    if (!m) return V_ERR;
    st(B, m + MODULE_NAME, str_from_cstr(B, name));
    st(B, m + MODULE_DICT, dict);
    return v_obj(m);
}

/* The builtin function object for native id. */
static MY_FN Value image_builtin(Interp *B, uint32_t id) {
    Ref r = obj_alloc(B, T_BUILTIN, BUILTIN_WORDS, false);
    if (!r) return V_ERR;
    st(B, r + BUILTIN_ID, v_int(id));
    st(B, r + BUILTIN_SELF, V_NULL);
    st(B, r + BUILTIN_NAME, str_from_cstr(B, native_name(id)));
    return v_obj(r);
}

static MY_FN bool image_types(Interp *B) {
    for (uint32_t t = 0; t < T_COUNT; t++) {
        Ref r = obj_alloc(B, T_TYPE, TYPE_WORDS, false);
        if (r != TYPE_REF(t)) return false;
    }
    Ref names = obj_alloc(B, T_ARRAY, N_COUNT + 1, false);
    if (names != (REF_IMAGE_BIT | IMAGE_NAMES_AT)) return false;
    Ref roots = obj_alloc(B, T_ARRAY, ROOT_COUNT, false);
    if (roots != (REF_IMAGE_BIT | IMAGE_ROOTS_AT)) return false;
    for (uint32_t n = 0; n < N_COUNT; n++) st(B, NAME_SLOT_REF(n), str_from_cstr(B, builtin_name_texts[n]));
    Value mod = str_from_cstr(B, "builtins");
    for (uint32_t t = 0; t < T_COUNT; t++) {
        Ref r = TYPE_REF(t);
        Value name = str_from_cstr(B, kind_name((TypeId)t));
        st(B, r + TYPE_NAME, name);
        st(B, r + TYPE_QUALNAME, name);
        st(B, r + TYPE_MODULE, mod);
        st(B, r + TYPE_DICT, dict_new(B));
        st(B, r + TYPE_KIND, v_int(t));
        st(B, r + TYPE_FLAGS, v_int(TF_BASETYPE));
        /* the MRO follows the single-base chain up to object */
        uint32_t chain[16], n = 0;
        uint32_t c = t;
        for (;;) { chain[n++] = c; if (c == T_OBJECT || n == 16) break; c = (uint32_t)type_bases[c]; }
        Value mro = tuple_new(B, n);
        for (uint32_t i = 0; i < n; i++) set_fld(B, mro, 1 + i, type_v((TypeId)chain[i]));
        st(B, r + TYPE_MRO, mro);
        if (t == T_OBJECT) {
            st(B, r + TYPE_BASES, tuple_new(B, 0));
            st(B, r + TYPE_BASE, V_NONE);
        } else {
            Value bases = tuple_new(B, 1);
            set_fld(B, bases, 1, type_v((TypeId)type_bases[t]));
            st(B, r + TYPE_BASES, bases);
            st(B, r + TYPE_BASE, type_v((TypeId)type_bases[t]));
        }
    }
    return !B->need_gc;
}

/* Every str and bytes object from word `from` on gets its hash now: the image is read-only
   afterwards, and names are looked up in dicts all the time. */
static MY_FN void image_hash_strings(Interp *B, uint32_t from) {
    for (uint32_t w = from; w < B->top; w += hdr_size(B, REF_IMAGE_BIT | w)) {
        Ref r = REF_IMAGE_BIT | w;
        if (hdr_type(B, r) == TYPE_REF(T_STR) || hdr_type(B, r) == TYPE_REF(T_BYTES)) str_hash(B, v_obj(r));
    }
}

/* Builds the image; see core_api.h. */
MY_FN uint32_t image_build(Interp *B, uint64_t *buf, uint32_t cap_words,
                           const char *source, uint32_t source_len, const char *filename,
                           int argc, char **argv, char *err, int errcap, int *err_is_syntax) {
    static const char fail_msg[] = "myriad: the shared image does not fit its buffer\n";
    *err_is_syntax = 0;
    B->H.heap = buf;
    B->H.image = buf;
    B->H.heap_words = cap_words;
    B->H.image_words = cap_words;
    B->ref_tag = REF_IMAGE_BIT;
    B->top = 1;
    B->frame_end = cap_words;
    B->fsp = cap_words;
    B->exc = V_NULL;
    B->frame = 0;
    B->recursion_limit = 1000;
    B->pending_out = V_NULL;
    B->tail_callable = B->tail_args = B->tail_kwargs = B->tail_locals = V_NULL;
    B->reporting = V_NULL;
    B->argv = V_NULL;
    uint8_t outbuf[4096], errbuf[4096];
    B->out.data = outbuf; B->out.len = 0; B->out.cap = sizeof outbuf;
    B->err.data = errbuf; B->err.len = 0; B->err.cap = sizeof errbuf;
    if (!image_types(B)) { image_copy_text(err, errcap, fail_msg, sizeof fail_msg - 1); return 0; }
    B->memerr = exc_new(B, TYPE_REF(T_MEMORY_ERROR), V_NULL);

    Ref roots = REF_IMAGE_BIT | IMAGE_ROOTS_AT;
    st(B, roots + ROOT_EMPTY_TUPLE, tuple_new(B, 0));
    st(B, roots + ROOT_EMPTY_STR, str_new(B, "", 0));
    Value chars = array_new(B, 128);
    for (uint32_t c = 0; c < 128; c++) { char ch = (char)c; st(B, v_as_ref(chars) + 1 + c, str_new(B, &ch, 1)); }
    st(B, roots + ROOT_CHARS, chars);

    /* modules and the natives they own */
    static const char *const mod_names[] = MODULE_NAMES;
    Value mod_dicts[MOD_COUNT];
    for (int m = 0; m < MOD_COUNT; m++) mod_dicts[m] = dict_new(B);
    Value builtins = mod_dicts[MOD_BUILTINS];
    uint32_t nn = native_count();
    for (uint32_t id = 0; id < nn; id++) {
        Value bf = image_builtin(B, id);
        Value name = fld(B, bf, BUILTIN_NAME);
        int owner = native_owner(id), kind = native_kind(id);
        if (kind == NK_FUNCTION) dict_set(B, mod_dicts[owner], name, bf);
        else dict_set(B, ld(B, TYPE_REF(owner) + TYPE_DICT), name, bf);
    }
    for (uint32_t t = 0; t < T_COUNT; t++) {
        if (t == T_ARRAY || t == T_RAW || t == T_FRAME || t == T_TRACEBACK || t == T_FS_HANDLE || t == T_BUFFER || t == T_BUFFER_ITER || t == T_DIM3 || t == T_NONE || t == T_NOTIMPL || t == T_ELLIPSIS) continue;
        if ((t >= T_LIST_ITER && t <= T_DICT_ITEMS) || t == T_FUNCTION || t == T_BUILTIN || t == T_METHOD || t == T_CODE || t == T_CELL || t == T_MODULE || t == T_GENERATOR || t == T_COROUTINE || t == T_ASYNC_GENERATOR) continue;
        dict_set(B, builtins, ld(B, TYPE_REF(t) + TYPE_NAME), type_v((TypeId)t));
    }
    dict_set(B, builtins, str_from_cstr(B, "None"), V_NONE);
    dict_set(B, builtins, str_from_cstr(B, "True"), V_TRUE);
    dict_set(B, builtins, str_from_cstr(B, "False"), V_FALSE);
    dict_set(B, builtins, str_from_cstr(B, "NotImplemented"), V_NOTIMPL);
    dict_set(B, builtins, str_from_cstr(B, "Ellipsis"), V_ELLIPSIS);
    dict_set(B, builtins, str_from_cstr(B, "__debug__"), V_TRUE);
    dict_set(B, builtins, str_from_cstr(B, "EnvironmentError"), type_v(T_OS_ERROR));
    dict_set(B, builtins, str_from_cstr(B, "IOError"), type_v(T_OS_ERROR));
    st(B, roots + ROOT_BUILTINS, builtins);
    Value modules = dict_new(B);
    st(B, roots + ROOT_MODULES, modules);
    Value mods[MOD_COUNT];
    for (int m = 0; m < MOD_COUNT; m++) {
        mods[m] = image_module(B, mod_names[m], mod_dicts[m]);
        dict_set(B, mod_dicts[m], name_v(B, N___name__), fld(B, mods[m], MODULE_NAME));
        dict_set(B, modules, fld(B, mods[m], MODULE_NAME), mods[m]);
    }
    /* sys: argv becomes a list in each interpreter's own copy of the module */
    Value argvt = tuple_new(B, (uint32_t)argc);
    for (int i = 0; i < argc; i++) set_fld(B, argvt, 1 + (uint32_t)i, str_from_cstr(B, argv[i]));
    Value sysd = mod_dicts[MOD_SYS];
    dict_set(B, sysd, name_v(B, N_argv), argvt);
    {
        /* where `import` finds user modules in the shared file system (prelude _import_path) */
        Value path = tuple_new(B, 2);
        set_fld(B, path, 1, str_from_cstr(B, "/app"));
        set_fld(B, path, 2, str_from_cstr(B, "/lib"));
        dict_set(B, sysd, str_from_cstr(B, "path"), path);
    }
    dict_set(B, sysd, str_from_cstr(B, "maxsize"), int_from_i64(B, INT64_MAX));
    dict_set(B, sysd, str_from_cstr(B, "maxunicode"), v_int(0x10FFFF));
    dict_set(B, sysd, str_from_cstr(B, "version"), str_from_cstr(B, "3.11.7 (myriad 0.1.0)"));
    dict_set(B, sysd, str_from_cstr(B, "platform"), str_from_cstr(B, "myriad"));
    dict_set(B, sysd, str_from_cstr(B, "byteorder"), str_from_cstr(B, "little"));
    dict_set(B, sysd, str_from_cstr(B, "executable"), str_from_cstr(B, ""));
    math_module_init(B, mod_dicts[MOD_MATH]);
    {
        /* random's unseeded streams differ from run to run: the host's address-space layout is the
           only entropy the core can reach without libc (mixed with each interpreter's tid later) */
        volatile char marker = 0;
        uint64_t boot = (uint64_t)(uintptr_t)&marker * 0x9E3779B97F4A7C15ull ^ (uint64_t)(uintptr_t)image_types;
        boot ^= boot >> 29;
        dict_set(B, mod_dicts[MOD_RANDOM], str_from_cstr(B, "boot"), v_int((int64_t)(boot & 0x7FFFFFFFFFFFull)));
    }
    sys_module_init(B, sysd);
    if (B->need_gc) { image_copy_text(err, errcap, fail_msg, sizeof fail_msg - 1); return 0; }

    /* the prelude: Python code for the slow paths, run once here */
    Value prelude = dict_new(B);
    st(B, roots + ROOT_PRELUDE, prelude);
    dict_set(B, prelude, name_v(B, N___name__), str_from_cstr(B, "builtins"));
    dict_set(B, prelude, str_from_cstr(B, "_myriad"), mods[MOD_INTERNAL]);
    dict_set(B, prelude, str_from_cstr(B, "sys"), mods[MOD_SYS]);
    Value psrc = str_new(B, prelude_source, (uint32_t)(sizeof prelude_source - 1));
    Value pcode = compile_source(B, psrc, str_from_cstr(B, "<prelude>"), COMPILE_EXEC);
    if (pcode == V_ERR || !vm_start(B, pcode, prelude)) {
        if (B->exc != V_NULL) print_exception(B, B->exc);
        image_copy_text(err, errcap, (const char *)errbuf, B->err.len);
        return 0;
    }
    RunStatus rs = interp_run(B, (uint64_t)1 << 40);
    if (rs != RUN_DONE) {
        image_copy_text(err, errcap, (const char *)errbuf, B->err.len);
        return 0;
    }
    /* public prelude names become builtins; sys gets its Python-level members */
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(B, prelude, &pos, &k, &v)) {
        if (str_nbytes(B, k) > 0 && str_byte(B, k, 0) != '_' && !is_type(B, v, T_MODULE)) dict_set(B, builtins, k, v);
        if (str_nbytes(B, k) > 5 && str_byte(B, k, 0) == '_' && str_byte(B, k, 1) == 's' && str_byte(B, k, 2) == 'y' &&
            str_byte(B, k, 3) == 's' && str_byte(B, k, 4) == '_')
            dict_set(B, sysd, str_substr(B, k, 5, str_nbytes(B, k) - 5), v);
    }

    /* the standard modules written in Python: compiled once here, run by an interpreter only when it
       imports one (module_import) */
    Value libs = dict_new(B);
    st(B, roots + ROOT_LIB_CODES, libs);
    for (int m = 0; m < LIB_MODULE_COUNT; m++) {
        char fname_buf[96];
        const char *pre = "<lib>/";
        int n = 0;
        for (const char *p = pre; *p && n < 80; p++) fname_buf[n++] = *p;
        for (const char *p = lib_module_names[m]; *p && n < 90; p++) fname_buf[n++] = *p;
        fname_buf[n++] = '.'; fname_buf[n++] = 'p'; fname_buf[n++] = 'y'; fname_buf[n] = 0;
        Value lsrc = str_new(B, lib_module_sources[m], lib_module_lengths[m]);
        Value lcode = compile_source(B, lsrc, str_from_cstr(B, fname_buf), COMPILE_EXEC);
        if (lcode == V_ERR) {
            if (B->exc != V_NULL) print_exception(B, B->exc);
            image_copy_text(err, errcap, (const char *)errbuf, B->err.len);
            return 0;
        }
        dict_set(B, libs, str_from_cstr(B, lib_module_names[m]), lcode);
    }

    /* the script, compiled once for every interpreter */
    Value fname = str_from_cstr(B, filename);
    Value src = str_new(B, source ? source : "", source ? source_len : 0);
    st(B, roots + ROOT_SOURCE, src);
    st(B, roots + ROOT_FILENAME, fname);
    st(B, roots + ROOT_MAIN_CODE, V_NONE);
    if (source) {
        B->err.len = 0;
        Value code = compile_source(B, src, fname, COMPILE_EXEC);
        if (code == V_ERR) {
            if (B->need_gc) { image_copy_text(err, errcap, fail_msg, sizeof fail_msg - 1); return 0; }
            *err_is_syntax = 1;
            print_exception(B, B->exc);
            image_copy_text(err, errcap, (const char *)errbuf, B->err.len);
            return 0;
        }
        st(B, roots + ROOT_MAIN_CODE, code);
    }
    if (B->need_gc) { image_copy_text(err, errcap, fail_msg, sizeof fail_msg - 1); return 0; }
    image_hash_strings(B, 1);
    return B->top;
}

/* Compiles one input of a REPL session into the image after what is there (the builder B stays
   alive between inputs; words below the old top never change, so interpreters that already hold
   references into the image keep them). mode: COMPILE_SINGLE for a prompt's input, COMPILE_EXEC
   for a whole file. Returns the code object, or V_ERR with the text CPython prints in `err` and
   *incomplete set when more lines could complete the input (see parse_incomplete); a failed
   compile leaves the image as it was. */
MY_FN Value image_compile_input(Interp *B, const char *source, uint32_t source_len, const char *filename,
                                int mode, char *err, int errcap, int *incomplete) {
    static const char full_msg[] = "myriad: the shared image is full\n";
    uint32_t top = B->top;
    *incomplete = 0;
    if (err && errcap > 0) err[0] = 0;
    B->err.len = 0;
    B->exc = V_NULL;
    Value src = str_new(B, source, source_len);
    Value fname = str_from_cstr(B, filename);
    Value code = B->need_gc ? V_ERR : compile_source(B, src, fname, mode);
    if (code != V_ERR && !B->need_gc) {
        image_hash_strings(B, top);
        return code;
    }
    if (B->need_gc) image_copy_text(err, errcap, full_msg, sizeof full_msg - 1);
    else {
        *incomplete = B->syntax_incomplete;
        if (B->exc != V_NULL) print_exception(B, B->exc);
        image_copy_text(err, errcap, (const char *)B->err.data, B->err.len);
    }
    /* nothing made by the failed compile is referenced from below `top` */
    B->top = top;
    B->need_gc = false;
    B->exc = V_NULL;
    B->err.len = 0;
    return V_ERR;
}


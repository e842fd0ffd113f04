/* builtins.c: the builtins written in C, the built-in types' constructors, and the _myriad helpers
   the prelude uses. Everything that must run Python code is delegated to the prelude. */
#include "vm.h"
#include "natives.h"
#include "ast.h"
#include "compile.h"
#include "dtoa.h"

MY_FN Value vm_handled_exception(Interp *I);

static MY_FN Value tuple1(Interp *I, Value a) {
    Value t = tuple_new(I, 1);
    if (t != V_ERR) set_fld(I, t, 1, a);
    return t;
}

static MY_FN Value tail_call1(Interp *I, Value f, Value a) {
    Value t = tuple1(I, a);
    if (t == V_ERR) return t;
    I->tail_callable = f; I->tail_args = t; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
    return V_TAILCALL;
}

/* v is an instance of a Python class that defines method id. */
static MY_FN bool py_obj_with(Interp *I, Value v, NameId id) {
    if (!v_is_obj(v) || type_is_builtin(hdr_type(I, v_as_ref(v)))) return false;
    Value f = type_lookup_id(I, hdr_type(I, v_as_ref(v)), id);
    return f != V_NULL && !is_type(I, f, T_BUILTIN);
}

static MY_FN bool simple_for_str(Interp *I, Value v) {
    if (!v_is_obj(v)) return true;
    return type_is_builtin(hdr_type(I, v_as_ref(v)));
}

/* ---- print ---- */
NATIVE(bi_print) {
    static MY_CONST char *const names[] = { "sep", "end", "file", "flush" };
    uint32_t nkw = kwnames == V_NULL ? 0 : tuple_len(I, kwnames);
    uint32_t npos = nargs - nkw;
    Value sep = V_NONE, end = V_NONE, file = V_NONE;
    for (uint32_t k = 0; k < nkw; k++) {
        Value kn = fld(I, kwnames, 1 + k), kv = ARG(npos + k);
        int j = 0;
        for (; j < 4; j++) if (str_eq_cstr(I, kn, names[j])) break;
        if (j == 4) return raise_fmt(I, T_TYPE_ERROR, "'%s' is an invalid keyword argument for print()", kn, 0, 0);
        if (j == 0) sep = kv; else if (j == 1) end = kv; else if (j == 2) file = kv;
    }
    if (sep != V_NONE && !is_str(I, sep)) return raise_fmt(I, T_TYPE_ERROR, "sep must be None or a string, not %T", sep, 0, 0);
    if (end != V_NONE && !is_str(I, end)) return raise_fmt(I, T_TYPE_ERROR, "end must be None or a string, not %T", end, 0, 0);
    bool simple = file == V_NONE;
    for (uint32_t i = 0; i < npos && simple; i++) if (!simple_for_str(I, ARG(i))) simple = false;
    if (!simple) return prelude_delegate(I, "_print", args, nargs, kwnames);
    /* convert everything first, then write once: a retried instruction never writes twice */
    StrBuf b;
    sb_init(I, &b, 32);
    for (uint32_t i = 0; i < npos; i++) {
        if (i) { if (sep == V_NONE) sb_putc(I, &b, ' '); else sb_put_str(I, &b, sep); }
        Value s = op_str(I, ARG(i));
        if (s == V_ERR) return s;
        if (s == V_TAILCALL) return prelude_delegate(I, "_print", args, nargs, kwnames);
        sb_put_str(I, &b, s);
    }
    if (end == V_NONE) sb_putc(I, &b, '\n'); else sb_put_str(I, &b, end);
    Value s = sb_finish(I, &b);
    if (s == V_ERR) return s;
    if (out_write(I, 1, s) == V_ERR) return V_ERR;
    return V_NONE;
}

NATIVE(bi_len) {
    if (!args_check(I, nargs, kwnames, "len", 1, 1)) return V_ERR;
    return op_len(I, ARG(0));
}

NATIVE(bi_repr) {
    if (!args_check(I, nargs, kwnames, "repr", 1, 1)) return V_ERR;
    return op_repr(I, ARG(0));
}

NATIVE(bi_ascii) {
    if (!args_check(I, nargs, kwnames, "ascii", 1, 1)) return V_ERR;
    Value r = op_repr(I, ARG(0));
    if (r == V_ERR || r == V_TAILCALL) return r;
    if (str_nbytes(I, r) == str_nchars(I, r)) return r;
    StrBuf b;
    sb_init(I, &b, str_nbytes(I, r));
    uint32_t pos = 0, n = str_nbytes(I, r);
    while (pos < n) {
        uint32_t cp = utf8_decode_at(I, r, &pos);
        if (cp < 128) { sb_putc(I, &b, cp); continue; }
        const char *hex = "0123456789abcdef";
        int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        sb_puts(I, &b, digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U");
        for (int k = digits - 1; k >= 0; k--) sb_putc(I, &b, (uint8_t)hex[(cp >> (4 * k)) & 15]);
    }
    return sb_finish(I, &b);
}

static MY_FN bool is_class(Interp *I, Value v) { return v_is_obj(v) && is_subtype(I, hdr_type(I, v_as_ref(v)), TYPE_REF(T_TYPE)); }

static MY_FN Value check_class_or_tuple(Interp *I, Value c, const char *fname, int which) {
    if (is_class(I, c)) return V_TRUE;
    if (is_type(I, c, T_TUPLE)) {
        for (uint32_t i = 0; i < tuple_len(I, c); i++) {
            Value r = check_class_or_tuple(I, fld(I, c, 1 + i), fname, which);
            if (r != V_TRUE) return r;
        }
        return V_TRUE;
    }
    Value n = str_from_cstr(I, fname);
    if (n == V_ERR) return n;
    return raise_fmt(I, T_TYPE_ERROR, which == 2 ? "%s() arg 2 must be a type, a tuple of types, or a union" : "%s() arg 1 must be a class", n, 0, 0);
}

static MY_FN bool subclass_of_any(Interp *I, Ref t, Value c) {
    if (is_type(I, c, T_TUPLE)) {
        for (uint32_t i = 0; i < tuple_len(I, c); i++) if (subclass_of_any(I, t, fld(I, c, 1 + i))) return true;
        return false;
    }
    return is_subtype(I, t, v_as_ref(c));
}

/* A class (or a tuple holding one) whose metaclass defines `id` (__instancecheck__ or
   __subclasscheck__) in Python, as abc.ABCMeta does. */
static MY_FN bool has_check_hook(Interp *I, Value c, NameId id) {
    if (is_type(I, c, T_TUPLE)) {
        for (uint32_t i = 0; i < tuple_len(I, c); i++) if (has_check_hook(I, fld(I, c, 1 + i), id)) return true;
        return false;
    }
    if (!v_is_obj(c)) return false;
    Ref meta = hdr_type(I, v_as_ref(c));
    return !type_is_builtin(meta) && is_type(I, type_lookup_id(I, meta, id), T_FUNCTION);
}

NATIVE(bi_isinstance) {
    if (!args_check(I, nargs, kwnames, "isinstance", 2, 2)) return V_ERR;
    Value r = check_class_or_tuple(I, ARG(1), "isinstance", 2);
    if (r != V_TRUE) return r;
    if (subclass_of_any(I, type_of(I, ARG(0)), ARG(1))) return V_TRUE;
    if (has_check_hook(I, ARG(1), N___instancecheck__)) return prelude_delegate(I, "_isinstance_hook", args, nargs, kwnames);
    return V_FALSE;
}

NATIVE(bi_issubclass) {
    if (!args_check(I, nargs, kwnames, "issubclass", 2, 2)) return V_ERR;
    if (!is_class(I, ARG(0))) return raise_msg(I, T_TYPE_ERROR, "issubclass() arg 1 must be a class");
    Value r = check_class_or_tuple(I, ARG(1), "issubclass", 2);
    if (r != V_TRUE) return r;
    if (subclass_of_any(I, v_as_ref(ARG(0)), ARG(1))) return V_TRUE;
    if (has_check_hook(I, ARG(1), N___subclasscheck__)) return prelude_delegate(I, "_issubclass_hook", args, nargs, kwnames);
    return V_FALSE;
}

NATIVE(bi_id) {
    if (!args_check(I, nargs, kwnames, "id", 1, 1)) return V_ERR;
    Value v = ARG(0);
    if (v_is_obj(v)) return int_from_u64(I, 0x7f0000000000ull + (uint64_t)v_as_ref(v) * 8);
    return int_from_u64(I, (v & 0xFFFFFFFFFFFFull) * 16 + 0x550000000000ull);
}

NATIVE(bi_hash) {
    if (!args_check(I, nargs, kwnames, "hash", 1, 1)) return V_ERR;
    return op_hash(I, ARG(0));
}

NATIVE(bi_callable) {
    if (!args_check(I, nargs, kwnames, "callable", 1, 1)) return V_ERR;
    Value v = ARG(0);
    if (!v_is_obj(v)) return V_FALSE;
    Ref t = hdr_type(I, v_as_ref(v));
    if (t == TYPE_REF(T_FUNCTION) || t == TYPE_REF(T_BUILTIN) || t == TYPE_REF(T_METHOD) || is_class(I, v)) return V_TRUE;
    return v_bool(type_lookup_id(I, t, N___call__) != V_NULL);
}

NATIVE(bi_getattr) {
    if (!args_check(I, nargs, kwnames, "getattr", 2, 3)) return V_ERR;
    if (!is_str(I, ARG(1))) return raise_fmt(I, T_TYPE_ERROR, "attribute name must be string, not '%T'", ARG(1), 0, 0);
    Value r = getattr_value(I, ARG(0), ARG(1));
    if (nargs == 3 && (r == V_TAILCALL || (r == V_ERR && !I->need_gc))) {
        if (r == V_ERR && !isinstance_of(I, I->exc, T_ATTRIBUTE_ERROR)) return r;
        if (r == V_ERR) { I->exc = V_NULL; return ARG(2); }
        return prelude_delegate(I, "_getattr_default", args, nargs, kwnames);
    }
    return r;
}

NATIVE(bi_setattr) {
    if (!args_check(I, nargs, kwnames, "setattr", 3, 3)) return V_ERR;
    if (!is_str(I, ARG(1))) return raise_fmt(I, T_TYPE_ERROR, "attribute name must be string, not '%T'", ARG(1), 0, 0);
    Value r = setattr_value(I, ARG(0), ARG(1), ARG(2));
    return r == V_TAILCALL || r == V_ERR ? r : V_NONE;
}

NATIVE(bi_delattr) {
    if (!args_check(I, nargs, kwnames, "delattr", 2, 2)) return V_ERR;
    Value r = delattr_value(I, ARG(0), ARG(1));
    return r == V_TAILCALL || r == V_ERR ? r : V_NONE;
}

NATIVE(bi_chr) {
    if (!args_check(I, nargs, kwnames, "chr", 1, 1)) return V_ERR;
    int64_t c;
    Value x = box_inner(I, ARG(0));   /* int subclasses too */
    if (!is_int_value(I, x)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", ARG(0), 0, 0);
    if (!int_to_i64(I, x, &c) || c < 0 || c > 0x10FFFF) return raise_msg(I, T_VALUE_ERROR, "chr() arg not in range(0x110000)");
    return str_from_codepoint(I, (uint32_t)c);
}

NATIVE(bi_ord) {
    if (!args_check(I, nargs, kwnames, "ord", 1, 1)) return V_ERR;
    Value s = ARG(0);
    if (is_type(I, s, T_BYTES)) {
        if (str_nbytes(I, s) != 1) return raise_fmt(I, T_TYPE_ERROR, "ord() expected a character, but string of length %d found", v_int(str_nbytes(I, s)), 0, 0);
        return v_int(str_byte(I, s, 0));
    }
    if (v_is_obj(s) && !type_is_builtin(hdr_type(I, v_as_ref(s))) && !is_boxed(I, s)) return tail_call1(I, prelude_get(I, "_ord_buffer"), s);
    s = box_inner(I, s);
    if (!is_str(I, s)) return raise_fmt(I, T_TYPE_ERROR, "ord() expected string of length 1, but %T found", s, 0, 0);
    if (str_nchars(I, s) != 1) return raise_fmt(I, T_TYPE_ERROR, "ord() expected a character, but string of length %d found", v_int(str_nchars(I, s)), 0, 0);
    uint32_t pos = 0;
    return v_int(utf8_decode_at(I, s, &pos));
}

static MY_FN Value int_with_prefix(Interp *I, Value v, uint32_t base, const char *prefix) {
    if (is_boxed(I, v) && !py_obj_with(I, v, N___index__)) v = box_inner(I, v);   /* int subclasses */
    if (py_obj_with(I, v, N___index__)) {
        Value t = tuple_pack3(I, v, v_int(base), V_NONE);
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_int_prefix", t);
    }
    if (!is_int_value(I, v)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v, 0, 0);
    Value s = int_to_str(I, v, base);
    if (s == V_ERR) return s;
    StrBuf b;
    sb_init(I, &b, str_nbytes(I, s) + 3);
    uint32_t start = 0;
    if (str_byte(I, s, 0) == '-') { sb_putc(I, &b, '-'); start = 1; }
    sb_puts(I, &b, prefix);
    for (uint32_t i = start; i < str_nbytes(I, s); i++) sb_putc(I, &b, str_byte(I, s, i));
    return sb_finish(I, &b);
}

NATIVE(bi_hex) { if (!args_check(I, nargs, kwnames, "hex", 1, 1)) return V_ERR; return int_with_prefix(I, ARG(0), 16, "0x"); }
NATIVE(bi_oct) { if (!args_check(I, nargs, kwnames, "oct", 1, 1)) return V_ERR; return int_with_prefix(I, ARG(0), 8, "0o"); }
NATIVE(bi_bin) { if (!args_check(I, nargs, kwnames, "bin", 1, 1)) return V_ERR; return int_with_prefix(I, ARG(0), 2, "0b"); }

NATIVE(bi_iter) {
    if (!args_check(I, nargs, kwnames, "iter", 1, 2)) return V_ERR;
    if (nargs == 2) return prelude_delegate(I, "_iter_callable", args, nargs, kwnames);
    if (py_obj_with(I, ARG(0), N___iter__)) return prelude_delegate(I, "_iter_checked", args, nargs, kwnames);
    return op_iter(I, ARG(0));
}

NATIVE(bi_next) {
    if (!args_check(I, nargs, kwnames, "next", 1, 2)) return V_ERR;
    Value it = ARG(0);
    if (nargs == 2 && (is_type(I, it, T_GENERATOR) || (v_is_obj(it) && !type_is_builtin(hdr_type(I, v_as_ref(it))))))
        return prelude_delegate(I, "_next_default", args, nargs, kwnames);
    Value r = op_next(I, it);
    if (r == V_NULL) {
        if (nargs == 2) return ARG(1);
        return raise_msg(I, T_STOP_ITERATION, 0);
    }
    if (r == V_ERR && nargs == 2 && isinstance_of(I, I->exc, T_STOP_ITERATION)) { I->exc = V_NULL; return ARG(1); }
    if (r == V_ERR && !I->need_gc && I->exc != V_NULL && is_type(I, I->exc, T_TYPE_ERROR) && !v_is_obj(it))
        return raise_fmt(I, T_TYPE_ERROR, "'%T' object is not an iterator", it, 0, 0);
    return r;
}

NATIVE(bi_input) {
    if (!args_check(I, nargs, kwnames, "input", 0, 1)) return V_ERR;
    if (nargs == 1) {
        Value p = op_str(I, ARG(0));
        if (p == V_ERR || p == V_TAILCALL) return p == V_TAILCALL ? raise_msg(I, T_TYPE_ERROR, "input() prompt must be a str") : p;
        out_write(I, 1, p);
    }
    if (I->stdin_pos >= I->stdin_len) return raise_msg(I, T_EOF_ERROR, "EOF when reading a line");
    uint32_t start = I->stdin_pos, end = start;
    while (end < I->stdin_len && I->stdin_data[end] != '\n') end++;
    Value s = str_new(I, (const char *)I->stdin_data + start, end - start);
    if (s == V_ERR) return s;
    I->stdin_pos = end < I->stdin_len ? end + 1 : end;
    return s;
}

/* exec/eval compile in this interpreter, then run the code with the given namespaces. */
static MY_FN Value run_code_in(Interp *I, Value code, Value globals, Value locals, bool is_eval) {
    Ref f = obj_alloc(I, T_FUNCTION, FUNC_WORDS, false);
    if (!f) return V_ERR;
    st(I, f + FUNC_CODE, code);
    st(I, f + FUNC_GLOBALS, globals);
    st(I, f + FUNC_NAME, fld(I, code, CODE_NAME));
    st(I, f + FUNC_QUALNAME, fld(I, code, CODE_QUALNAME));
    st(I, f + FUNC_MODULE, V_NONE);
    st(I, f + FUNC_DOC, V_NONE);
    I->tail_callable = v_obj(f);
    I->tail_args = empty_tuple(I);
    I->tail_kwargs = V_NULL;
    I->tail_locals = locals;
    I->tail_mode = TAIL_CALL;
    MY_UNUSED(is_eval);
    return V_TAILCALL;
}

static MY_FN Value caller_globals(Interp *I) {
    return I->frame ? ld(I, I->frame + FRAME_GLOBALS) : I->globals;
}

MY_FN Value frame_locals_snapshot(Interp *I, Ref f);

static MY_FN Value caller_locals(Interp *I) {
    if (!I->frame) return I->globals;
    return frame_locals_snapshot(I, I->frame);
}

/* locals of the frame that called the prelude function that calls this (vars(), dir()) */
/* The prelude's report of an uncaught exception: msgs maps each exception of the chain to str(). */
NATIVE(my_print_uncaught) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    I->reporting = ARG(1);
    print_exception(I, ARG(0));
    I->reporting = V_TRUE;
    return V_NONE;
}

NATIVE(my_caller_locals) {
    MY_UNUSED(args); MY_UNUSED(nargs); MY_UNUSED(kwnames);
    if (!I->frame) return I->globals;
    Value back = ld(I, I->frame + FRAME_BACK);
    return back == V_NULL ? I->globals : frame_locals_snapshot(I, v_as_ref(back));
}

NATIVE(bi_locals) {
    if (!args_check(I, nargs, kwnames, "locals", 0, 0)) return V_ERR;
    return caller_locals(I);
}

static MY_FN Value exec_or_eval(Interp *I, Ref args, uint32_t nargs, Value kwnames, bool is_eval) {
    static MY_CONST char *const names[] = { "source", "globals", "locals" };
    Value a[3];
    if (!args_parse(I, args, nargs, kwnames, is_eval ? "eval" : "exec", 3, 1, names, a)) return V_ERR;
    Value src = a[0], g = a[1], l = a[2];
    if (g == V_NULL || g == V_NONE) {
        g = caller_globals(I);
        if (l == V_NULL || l == V_NONE) { l = caller_locals(I); if (l == V_ERR) return l; }
    }
    else if (!is_type(I, g, T_DICT)) return raise_fmt(I, T_TYPE_ERROR, is_eval ? "globals must be a dict" : "exec() globals must be a dict, not %T", g, 0, 0);
    if (l == V_NULL || l == V_NONE) l = g;
    Value code = src;
    if (is_type(I, src, T_BYTES) || is_str(I, src)) {
        Value s = src;
        if (is_type(I, src, T_BYTES)) { s = str_from_heap(I, v_as_ref(src) + STR_DATA, 0, str_nbytes(I, src)); if (s == V_ERR) return s; }
        if (is_eval) {
            /* eval strips leading spaces and tabs */
            uint32_t k = 0;
            while (k < str_nbytes(I, s) && (str_byte(I, s, k) == ' ' || str_byte(I, s, k) == '\t')) k++;
            if (k) { s = str_substr(I, s, k, str_nbytes(I, s) - k); if (s == V_ERR) return s; }
        }
        Value fname = str_from_cstr(I, "<string>");
        if (fname == V_ERR) return fname;
        code = compile_source(I, s, fname, is_eval ? COMPILE_EVAL : COMPILE_EXEC);
        if (code == V_ERR) return code;
    } else if (!is_type(I, src, T_CODE)) {
        return raise_fmt(I, T_TYPE_ERROR, is_eval ? "eval() arg 1 must be a string, bytes or code object" : "exec() arg 1 must be a string, bytes or code object", 0, 0, 0);
    }
    if (dict_get_str(I, g, name_v(I, N___builtins__)) == V_NULL) {
        if (dict_set(I, g, name_v(I, N___builtins__), image_root(I, ROOT_BUILTINS)) == V_ERR) return V_ERR;
    }
    if (!is_eval) {
        /* exec returns None: run the code, then discard its result through the prelude */
        Value t = tuple_pack3(I, code, g, l);
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_exec_code", t);
    }
    return run_code_in(I, code, g, l, true);
}

NATIVE(bi_exec) { return exec_or_eval(I, args, nargs, kwnames, false); }
NATIVE(bi_eval) { return exec_or_eval(I, args, nargs, kwnames, true); }

NATIVE(my_run_code) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    return run_code_in(I, ARG(0), ARG(1), ARG(2), false);
}

NATIVE(bi_compile) {
    static MY_CONST char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit", "optimize" };
    Value a[6];
    if (!args_parse(I, args, nargs, kwnames, "compile", 6, 3, names, a)) return V_ERR;
    if (!is_str(I, a[0]) || !is_str(I, a[1]) || !is_str(I, a[2])) return raise_msg(I, T_TYPE_ERROR, "compile() arguments must be strings");
    int mode = str_eq_cstr(I, a[2], "eval") ? COMPILE_EVAL : str_eq_cstr(I, a[2], "single") ? COMPILE_SINGLE : COMPILE_EXEC;
    if (mode == COMPILE_EXEC && !str_eq_cstr(I, a[2], "exec")) return raise_msg(I, T_VALUE_ERROR, "compile() mode must be 'exec', 'eval' or 'single'");
    return compile_source(I, a[0], a[1], mode);
}

NATIVE(bi_globals) {
    if (!args_check(I, nargs, kwnames, "globals", 0, 0)) return V_ERR;
    return caller_globals(I);
}

NATIVE(bi_abs) {
    if (!args_check(I, nargs, kwnames, "abs", 1, 1)) return V_ERR;
    Value v = ARG(0);
    if (v_is_double(v)) return v_double(fabs(v_as_double(v)));
    if (is_int_value(I, v)) return int_abs(I, v);
    if (is_complex(I, v)) return v_double(hypot(v_as_double(fld(I, v, COMPLEX_RE)), v_as_double(fld(I, v, COMPLEX_IM))));
    if (v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v)))) {
        Value f = type_lookup_id(I, hdr_type(I, v_as_ref(v)), N___abs__);
        if (f != V_NULL) return tail_call1(I, f, v);
    }
    return raise_fmt(I, T_TYPE_ERROR, "bad operand type for abs(): '%T'", v, 0, 0);
}

NATIVE(bi_divmod) {
    if (!args_check(I, nargs, kwnames, "divmod", 2, 2)) return V_ERR;
    Value a = ARG(0), b = ARG(1);
    bool na = v_is_int(a) || v_is_double(a) || v_is_bool(a) || is_bigint(I, a);
    bool nb = v_is_int(b) || v_is_double(b) || v_is_bool(b) || is_bigint(I, b);
    if (!na || !nb) return prelude_delegate(I, "_divmod", args, nargs, kwnames);
    if (int_sign(I, b) == 0 && !v_is_double(b) && !v_is_double(a)) return raise_msg(I, T_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
    if ((v_is_double(a) || v_is_double(b)) && int_sign(I, b) == 0) return raise_msg(I, T_ZERO_DIVISION_ERROR, "float divmod()");
    Value q = op_binary(I, AST_OP_FLOORDIV, a, b);
    if (q == V_ERR) return q;
    Value r = op_binary(I, AST_OP_MOD, a, b);
    if (r == V_ERR) return r;
    return tuple_pack2(I, q, r);
}

NATIVE(bi_pow) {
    static MY_CONST char *const names[] = { "base", "exp", "mod" };
    Value a[3];
    if (!args_parse(I, args, nargs, kwnames, "pow", 3, 2, names, a)) return V_ERR;
    if (a[2] == V_NULL || a[2] == V_NONE) return op_binary(I, AST_OP_POW, a[0], a[1]);
    if (py_obj_with(I, a[0], N___pow__)) {   /* three-argument pow of a Python class: its __pow__ */
        Value t = tuple_pack3(I, a[0], a[1], a[2]);
        return t == V_ERR ? t : prelude_tailcall(I, "_pow3", t);
    }
    if (!is_int_value(I, a[0]) || !is_int_value(I, a[1]) || !is_int_value(I, a[2]))
        return raise_msg(I, T_TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers");
    return int_pow_mod(I, a[0], a[1], a[2]);
}

/* round() on floats: correctly rounded through the exact decimal formatter, half to even. */
NATIVE(bi_round) {
    static MY_CONST char *const names[] = { "number", "ndigits" };
    Value a[2];
    if (!args_parse(I, args, nargs, kwnames, "round", 2, 1, names, a)) return V_ERR;
    Value x = a[0], nd = a[1];
    if (is_int_value(I, x)) {
        if (nd == V_NULL || nd == V_NONE) return v_is_bool(x) ? v_int(x == V_TRUE) : x;
        int64_t n;
        if (!int_to_i64(I, nd, &n)) return raise_msg(I, T_OVERFLOW_ERROR, "ndigits too large");
        if (n >= 0) return x;
        /* round to 10**-n, half to even */
        Value p = int_binop(I, AST_OP_POW, v_int(10), v_int(-n));
        if (p == V_ERR) return p;
        Value q = int_binop(I, AST_OP_FLOORDIV, x, p);
        if (q == V_ERR) return q;
        Value r = int_binop(I, AST_OP_SUB, x, int_binop(I, AST_OP_MUL, q, p));
        if (r == V_ERR) return r;
        Value twice = int_binop(I, AST_OP_MUL, r, v_int(2));
        int c = int_cmp(I, twice, p);
        bool up = c > 0 || (c == 0 && int_binop(I, AST_OP_MOD, q, v_int(2)) != v_int(0));
        if (up) q = int_binop(I, AST_OP_ADD, q, v_int(1));
        return int_binop(I, AST_OP_MUL, q, p);
    }
    if (!v_is_double(x)) {
        if (v_is_obj(x) && !type_is_builtin(hdr_type(I, v_as_ref(x))) && type_lookup_id(I, hdr_type(I, v_as_ref(x)), N___round__) != V_NULL)
            return prelude_delegate(I, "_round", args, nargs, kwnames);
        return raise_fmt(I, T_TYPE_ERROR, "type %T doesn't define __round__ method", x, 0, 0);
    }
    double d = v_as_double(x);
    if (nd == V_NULL || nd == V_NONE) {
        if (d != d) return raise_msg(I, T_VALUE_ERROR, "cannot convert float NaN to integer");
        if (d - d != 0) return raise_msg(I, T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
        double r = floor(d), diff = d - r;
        if (diff > 0.5 || (diff == 0.5 && fmod(r, 2.0) != 0)) r += 1.0;
        return int_from_double(I, r);
    }
    int64_t n;
    if (!int_to_i64(I, nd, &n)) return raise_msg(I, T_OVERFLOW_ERROR, "ndigits too large");
    if (d != d || d - d != 0 || d == 0) return x;
    if (n > 323) return x;
    if (n < -308) return v_double(0.0 * d);
    if (n >= 0) {
        char buf[DTOA_FORMAT_CAP(330)];
        int len = dtoa_format(d, 'f', (int)n, false, buf, (int)sizeof buf);
        double r;
        if (len < 0 || dtoa_parse(buf, len, &r) != 0) return x;
        return v_double(r);
    }
    double p = pow(10.0, (double)-n);
    double y = d / p;
    double r = floor(y), diff = y - r;
    if (diff > 0.5 || (diff == 0.5 && fmod(r, 2.0) != 0)) r += 1.0;
    return v_double(r * p);
}

/* ---- object ---- */
NATIVE(obj_init) {
    MY_UNUSED(args);
    if (nargs > 1 || kwnames != V_NULL) {
        Value self = ARG(0);
        Ref t = type_of(I, self);
        if (is_subtype(I, t, TYPE_REF(T_TYPE))) return V_NONE;   /* type.__init__(cls, name, bases, ns) */
        if (!type_is_builtin(t)) {
            /* as CPython's object.__init__: extra arguments are an error unless __new__ is overridden
               and __init__ is not */
            Value nf = type_lookup_id(I, t, N___new__), inf = type_lookup_id(I, t, N___init__);
            bool new_own = nf != V_NULL && !is_type(I, nf, T_BUILTIN), init_own = inf != V_NULL && !is_type(I, inf, T_BUILTIN);
            if (init_own) return raise_msg(I, T_TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)");
            if (!new_own) return raise_fmt(I, T_TYPE_ERROR, "%s() takes no arguments", ld(I, t + TYPE_NAME), 0, 0);
        }
        if (type_is_builtin(t) && nargs > 1) return raise_msg(I, T_TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return V_NONE;
}

NATIVE(obj_new) {
    MY_UNUSED(kwnames);
    if (nargs < 1 || !is_class(I, ARG(0))) return raise_msg(I, T_TYPE_ERROR, "object.__new__(X): X is not a type object");
    return new_instance(I, v_as_ref(ARG(0)));
}

NATIVE(obj_eq) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return ARG(0) == ARG(1) ? V_TRUE : V_NOTIMPL; }
NATIVE(obj_ne) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    /* object.__ne__ inverts __eq__: let the prelude run a Python __eq__ */
    Value t = tuple_pack3(I, ARG(0), ARG(1), v_int(AST_OP_EQ));
    if (t == V_ERR) return t;
    return prelude_tailcall(I, "_ne_from_eq", t);
}
NATIVE(obj_hash) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    uint64_t r = v_is_obj(ARG(0)) ? v_as_ref(ARG(0)) : (ARG(0) & 0xFFFFFFFF);
    return int_from_i64(I, (int64_t)(r >> 1 | (r << 62)) & SMALL_INT_MAX);
}
NATIVE(obj_repr) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value v = ARG(0);
    StrBuf b;
    sb_init(I, &b, 48);
    sb_putc(I, &b, '<');
    Ref t = type_of(I, v);
    Value mod = ld(I, t + TYPE_MODULE);
    if (!type_is_builtin(t) && is_str(I, mod) && !str_eq_cstr(I, mod, "builtins")) { sb_put_str(I, &b, mod); sb_putc(I, &b, '.'); }
    sb_put_str(I, &b, type_is_builtin(t) ? ld(I, t + TYPE_NAME) : ld(I, t + TYPE_QUALNAME));
    sb_puts(I, &b, " object at 0x");
    uint64_t a = 0x7f0000000000ull + (uint64_t)(v_is_obj(v) ? v_as_ref(v) : 0) * 8;
    char tmp[20];
    int n = 0;
    do { tmp[n++] = "0123456789abcdef"[a & 15]; a >>= 4; } while (a);
    while (n > 0) sb_putc(I, &b, (uint8_t)tmp[--n]);
    sb_putc(I, &b, '>');
    return sb_finish(I, &b);
}
NATIVE(obj_str) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value v = ARG(0);
    Ref t = type_of(I, v);
    Value rf = type_lookup_id(I, t, N___repr__);
    if (rf != V_NULL && !is_type(I, rf, T_BUILTIN)) return tail_call1(I, rf, v);
    return op_repr(I, v);
}
MY_OUTLINE Value op_format(Interp *I, Value v, Value spec);
NATIVE(obj_format) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    if (str_nbytes(I, ARG(1)) != 0) return raise_fmt(I, T_TYPE_ERROR, "unsupported format string passed to %T.__format__", ARG(0), 0, 0);
    return op_str(I, ARG(0));
}
NATIVE(obj_init_subclass) { MY_UNUSED(I); MY_UNUSED(args); MY_UNUSED(nargs); MY_UNUSED(kwnames); return V_NONE; }
NATIVE(obj_setattr) {
    MY_UNUSED(kwnames);
    if (nargs != 3) return raise_msg(I, T_TYPE_ERROR, "expected 3 arguments");
    /* the generic setattr without the class's own __setattr__ */
    Value obj = ARG(0), name = ARG(1), v = ARG(2);
    TypeId k = kind_of(I, obj);
    if (v_is_obj(obj) && (k == T_OBJECT || k >= T_FIRST_EXCEPTION) && !type_is_builtin(hdr_type(I, v_as_ref(obj)))) {
        Value cv = type_lookup(I, hdr_type(I, v_as_ref(obj)), name);
        if (cv != V_NULL && is_type(I, cv, T_PROPERTY)) {
            Value s = fld(I, cv, PROP_FSET);
            if (s == V_NONE || s == V_NULL) return raise_fmt(I, T_ATTRIBUTE_ERROR, "property '%s' of '%T' object has no setter", name, obj, 0);
            Value t = tuple_pack2(I, obj, v);
            if (t == V_ERR) return t;
            I->tail_callable = s; I->tail_args = t; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
            return V_TAILCALL;
        }
        Value d = fld(I, obj, INST_DICT);
        if (d == V_NULL) { d = dict_new(I); if (d == V_ERR) return d; if (dict_set(I, d, name, v) == V_ERR) return V_ERR; set_fld(I, obj, INST_DICT, d); return V_NONE; }
        if (dict_set(I, d, name, v) == V_ERR) return V_ERR;
        return V_NONE;
    }
    Value r = is_class(I, obj) ? type_setattr_plain(I, obj, name, v) : setattr_value(I, obj, name, v);
    return r == V_ERR || r == V_TAILCALL ? r : V_NONE;
}
NATIVE(obj_getattribute) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    return getattr_value(I, ARG(0), ARG(1));
}
NATIVE(obj_delattr) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value obj = ARG(0);
    if (v_is_obj(obj) && kind_of(I, obj) == T_OBJECT && fld(I, obj, INST_DICT) != V_NULL) {
        Value r = dict_del(I, fld(I, obj, INST_DICT), ARG(1));
        if (r == V_ERR) return r;
        if (r != V_NULL) return V_NONE;
    }
    return raise_fmt(I, T_ATTRIBUTE_ERROR, "'%T' object has no attribute '%s'", obj, ARG(1), 0);
}
NATIVE(obj_iter) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_iter(I, ARG(0)); }
NATIVE(obj_len) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_len(I, ARG(0)); }
NATIVE(obj_getitem) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_getitem(I, ARG(0), ARG(1)); }
NATIVE(obj_setitem) { MY_UNUSED(kwnames); MY_UNUSED(nargs); Value r = op_setitem(I, ARG(0), ARG(1), ARG(2)); return r == V_ERR || r == V_TAILCALL ? r : V_NONE; }
NATIVE(obj_contains) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_contains(I, ARG(0), ARG(1)); }

/* ---- BaseException ---- */
NATIVE(exc_init) {
    MY_UNUSED(kwnames);
    Value self = ARG(0);
    if (nargs >= 4 && nargs <= 6 && isinstance_of(I, self, T_OS_ERROR)) {
        /* OSError(errno, strerror, filename[, winerror[, filename2]]): args keeps the first two,
           the file names become attributes (as CPython does) */
        Value t = tuple_from_values(I, args + 1, 2);
        if (t == V_ERR) return t;
        Value d = fld(I, self, INST_DICT);
        if (d == V_NULL) d = dict_new(I);
        if (d == V_ERR) return d;
        Value k1 = str_from_cstr(I, "filename"), k2 = str_from_cstr(I, "filename2");
        if (k1 == V_ERR || k2 == V_ERR) return V_ERR;
        if (dict_set(I, d, k1, ARG(3)) == V_ERR) return V_ERR;
        if (dict_set(I, d, k2, nargs == 6 ? ARG(5) : V_NONE) == V_ERR) return V_ERR;
        set_fld(I, self, INST_DICT, d);
        set_fld(I, self, EXC_ARGS, t);
        return V_NONE;
    }
    Value t = tuple_from_values(I, args + 1, nargs - 1);
    if (t == V_ERR) return t;
    set_fld(I, self, EXC_ARGS, t);
    return V_NONE;
}
NATIVE(exc_str_m) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return exc_str(I, ARG(0)); }
NATIVE(exc_repr_m) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value v = ARG(0);
    Ref t = type_of(I, v);
    Value args_t = fld(I, v, EXC_ARGS);
    Value ar = op_repr(I, args_t);
    if (ar == V_ERR || ar == V_TAILCALL) return ar;
    StrBuf b;
    sb_init(I, &b, 32);
    sb_put_str(I, &b, type_is_builtin(t) ? ld(I, t + TYPE_NAME) : ld(I, t + TYPE_QUALNAME));
    if (tuple_len(I, args_t) == 1) {
        /* ('x',) prints as ('x') */
        sb_putc(I, &b, '(');
        Value r1 = op_repr(I, fld(I, args_t, 1));
        if (r1 == V_ERR || r1 == V_TAILCALL) return r1;
        sb_put_str(I, &b, r1);
        sb_putc(I, &b, ')');
    } else {
        sb_put_str(I, &b, ar);
    }
    return sb_finish(I, &b);
}
NATIVE(exc_with_traceback) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    set_fld(I, ARG(0), EXC_TRACEBACK, ARG(1) == V_NONE ? V_NULL : ARG(1));
    return ARG(0);
}

/* ---- type ---- */
NATIVE(type_mro) { MY_UNUSED(kwnames); MY_UNUSED(nargs); Value m = ld(I, v_as_ref(ARG(0)) + TYPE_MRO); return list_from_values(I, v_as_ref(m) + 1, tuple_len(I, m)); }
NATIVE(type_subclasscheck) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return v_bool(is_class(I, ARG(1)) && is_subtype(I, v_as_ref(ARG(1)), v_as_ref(ARG(0)))); }

/* ---- generators ---- */
static MY_FN Value gen_tail(Interp *I, Value g, Value v, int mode) {
    if (!IS_GEN_LIKE(I, g)) return raise_msg(I, T_TYPE_ERROR, "descriptor requires a 'generator' object");
    I->tail_callable = g;
    I->tail_args = v;
    I->tail_kwargs = V_NULL;
    I->tail_mode = mode;
    return V_TAILCALL;
}
NATIVE(gen_next) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return gen_tail(I, ARG(0), V_NONE, TAIL_GEN_SEND); }
NATIVE(gen_send) { if (!args_check(I, nargs, kwnames, "send", 2, 2)) return V_ERR; return gen_tail(I, ARG(0), ARG(1), TAIL_GEN_SEND); }
NATIVE(gen_throw) {
    if (!args_check(I, nargs, kwnames, "throw", 2, 4)) return V_ERR;
    Value e = ARG(1);
    if (is_class(I, e) && nargs >= 3 && v_is_obj(ARG(2)) && is_subtype(I, hdr_type(I, v_as_ref(ARG(2))), v_as_ref(e))) {
        e = ARG(2);   /* throw(type, instance): the instance itself */
    } else if (is_class(I, e)) {
        Value eargs = nargs >= 3 && ARG(2) != V_NONE ? (is_type(I, ARG(2), T_TUPLE) ? ARG(2) : tuple1(I, ARG(2))) : empty_tuple(I);
        if (eargs == V_ERR) return eargs;
        e = exc_new(I, v_as_ref(e), eargs);
        if (e == V_ERR) return e;
    } else if (!isinstance_of(I, e, T_BASE_EXCEPTION)) {
        return raise_msg(I, T_TYPE_ERROR, "exceptions must be classes or instances deriving from BaseException, not str");
    }
    /* throw()'s arguments as given: a subiterator's own throw method receives them (PEP 380) */
    Value targs = tuple_from_values(I, args + 1, nargs - 1);
    if (targs == V_ERR) return targs;
    Value r = gen_tail(I, ARG(0), e, TAIL_GEN_THROW);
    if (r == V_TAILCALL) I->tail_kwargs = targs;
    return r;
}
NATIVE(gen_close) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value e = exc_new(I, TYPE_REF(T_GENERATOR_EXIT), V_NULL);
    if (e == V_ERR) return e;
    return gen_tail(I, ARG(0), e, TAIL_GEN_CLOSE);
}
/* function.__get__(obj, type=None): the function bound to obj (itself when obj is None) */
NATIVE(func_get) {
    if (!args_check(I, nargs, kwnames, "__get__", 2, 3)) return V_ERR;
    return ARG(1) == V_NONE ? ARG(0) : method_new(I, ARG(0), ARG(1));
}
NATIVE(iter_self) { MY_UNUSED(kwnames); MY_UNUSED(nargs); MY_UNUSED(I); return ARG(0); }
NATIVE(iter_next) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value r = op_next(I, ARG(0));
    if (r == V_NULL) return raise_msg(I, T_STOP_ITERATION, 0);
    return r;
}
NATIVE(my_gen_throw) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return gen_tail(I, ARG(0), ARG(1), TAIL_GEN_THROW); }
NATIVE(my_gen_send) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return gen_tail(I, ARG(0), ARG(1), TAIL_GEN_SEND); }
/* coroutine.__await__() and the async generator's methods: the prelude drives them (async gens
   in Python over the shared resume machinery) */
NATIVE(coro_await) { if (!args_check(I, nargs, kwnames, "__await__", 1, 1)) return V_ERR; return prelude_delegate(I, "_coro_await", args, nargs, kwnames); }
NATIVE(agen_anext) { if (!args_check(I, nargs, kwnames, "__anext__", 1, 1)) return V_ERR; return prelude_delegate(I, "_agen_anext", args, nargs, kwnames); }
NATIVE(agen_asend) { if (!args_check(I, nargs, kwnames, "asend", 2, 2)) return V_ERR; return prelude_delegate(I, "_agen_asend", args, nargs, kwnames); }
NATIVE(agen_athrow) { if (!args_check(I, nargs, kwnames, "athrow", 2, 4)) return V_ERR; return prelude_delegate(I, "_agen_athrow", args, nargs, kwnames); }
NATIVE(agen_aclose) { if (!args_check(I, nargs, kwnames, "aclose", 1, 1)) return V_ERR; return prelude_delegate(I, "_agen_aclose", args, nargs, kwnames); }

/* ---- property, staticmethod, classmethod, slice, range attributes ---- */
static MY_FN Value prop_copy(Interp *I, Value p, int field, Value f) {
    Ref r = obj_alloc_typed(I, hdr_type(I, v_as_ref(p)), PROP_WORDS, false);
    if (!r) return V_ERR;
    for (int i = 1; i < PROP_WORDS; i++) st(I, r + (uint32_t)i, fld(I, p, (uint32_t)i));
    st(I, r + (uint32_t)field, f);
    return v_obj(r);
}
NATIVE(prop_getter) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return prop_copy(I, ARG(0), PROP_FGET, ARG(1)); }
NATIVE(prop_setter) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return prop_copy(I, ARG(0), PROP_FSET, ARG(1)); }
NATIVE(prop_deleter) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return prop_copy(I, ARG(0), PROP_FDEL, ARG(1)); }
NATIVE(prop_get) {
    MY_UNUSED(kwnames);
    if (nargs < 2 || ARG(1) == V_NONE) return ARG(0);
    Value g = fld(I, ARG(0), PROP_FGET);
    if (g == V_NONE) return raise_msg(I, T_ATTRIBUTE_ERROR, "unreadable attribute");
    return tail_call1(I, g, ARG(1));
}
NATIVE(prop_fget) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), PROP_FGET); }
NATIVE(prop_fset) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), PROP_FSET); }
NATIVE(prop_fdel) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), PROP_FDEL); }
NATIVE(prop_doc) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value d = fld(I, ARG(0), PROP_DOC);
    Value g = fld(I, ARG(0), PROP_FGET);
    if (d == V_NONE && is_type(I, g, T_FUNCTION)) return fld(I, g, FUNC_DOC);
    return d;
}
NATIVE(wrap_func) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), WRAP_FUNC); }
NATIVE(wrap_func2) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), WRAP_FUNC); }
NATIVE(slice_start) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), SLICE_START); }
NATIVE(slice_stop) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), SLICE_STOP); }
NATIVE(slice_step) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), SLICE_STEP); }
NATIVE(slice_indices_m) {
    if (!args_check(I, nargs, kwnames, "indices", 2, 2)) return V_ERR;
    int64_t len, a, b, s, n;
    if (!index_of(I, ARG(1), &len)) return raise_msg(I, T_TYPE_ERROR, "'str' object cannot be interpreted as an integer");
    if (len < 0) return raise_msg(I, T_VALUE_ERROR, "length should not be negative");
    if (!slice_indices(I, ARG(0), len, &a, &b, &s, &n)) return V_ERR;
    return tuple_pack3(I, v_int(a), v_int(b), v_int(s));
}
/* range.index(x) and range.count(x): arithmetic for ints, the prelude compares anything else */
static MY_FN int64_t range_pos(Interp *I, Value r, Value x) {
    int64_t v, start = v_as_int(fld(I, r, RANGE_START)), step = v_as_int(fld(I, r, RANGE_STEP)), len = v_as_int(fld(I, r, RANGE_LEN));
    if (!int_to_i64(I, x, &v)) return -1;
    int64_t d = v - start;
    if (d % step != 0) return -1;
    int64_t i = d / step;
    return i >= 0 && i < len ? i : -1;
}
NATIVE(range_index_m) {
    if (!args_check(I, nargs, kwnames, "index", 2, 2)) return V_ERR;
    if (!is_int_value(I, ARG(1))) {
        Value t = tuple_pack2(I, ARG(0), ARG(1));
        return t == V_ERR ? t : prelude_tailcall(I, "_range_index", t);
    }
    int64_t i = range_pos(I, ARG(0), ARG(1));
    if (i >= 0) return v_int(i);
    Value r = op_repr(I, ARG(1));
    if (r == V_ERR) return r;
    return raise_fmt(I, T_VALUE_ERROR, "%s is not in range", r, 0, 0);
}
NATIVE(range_count_m) {
    if (!args_check(I, nargs, kwnames, "count", 2, 2)) return V_ERR;
    if (!is_int_value(I, ARG(1))) {
        Value t = tuple_pack2(I, ARG(0), ARG(1));
        return t == V_ERR ? t : prelude_tailcall(I, "_range_count", t);
    }
    return v_int(range_pos(I, ARG(0), ARG(1)) >= 0);
}
NATIVE(range_start) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), RANGE_START); }
NATIVE(range_stop) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), RANGE_STOP); }
NATIVE(range_step) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return fld(I, ARG(0), RANGE_STEP); }

/* ---- operator dunders on built-in types (NotImplemented instead of TypeError) ---- */
static MY_FN bool py_obj(Interp *I, Value v) { return v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v))); }

static MY_FN bool is_intlike(Interp *I, Value v) { return v_is_int(v) || v_is_bool(v) || is_bigint(I, v); }

/* int's operator methods take ints only, float's ints and floats (int.__add__(1, 1.5) is
   NotImplemented: the other operand's reflected method decides, as in CPython) */
static MY_FN bool number_mismatch(Interp *I, Value a, Value b) {
    if (is_intlike(I, a)) return !is_intlike(I, b);
    if (v_is_double(a)) return !is_intlike(I, b) && !v_is_double(b);
    return false;
}

static MY_FN Value dunder_bin(Interp *I, Ref args, uint32_t nargs, uint32_t op, bool reflected) {
    if (nargs != 2) return raise_msg(I, T_TYPE_ERROR, "expected 1 argument");
    Value a = ARG(0), b = ARG(1);
    if (py_obj(I, a) || py_obj(I, b)) return V_NOTIMPL;
    if (number_mismatch(I, a, b)) return V_NOTIMPL;
    Value r = reflected ? op_binary(I, op, b, a) : op_binary(I, op, a, b);
    if (r == V_ERR && !I->need_gc && isinstance_of(I, I->exc, T_TYPE_ERROR)) { I->exc = V_NULL; return V_NOTIMPL; }
    return r;
}

static MY_FN Value dunder_cmp(Interp *I, Ref args, uint32_t nargs, uint32_t op) {
    if (nargs != 2) return raise_msg(I, T_TYPE_ERROR, "expected 1 argument");
    Value a = ARG(0), b = ARG(1);
    if (py_obj(I, a) || py_obj(I, b)) return V_NOTIMPL;
    if (number_mismatch(I, a, b)) return V_NOTIMPL;
    if (!is_subtype(I, type_of(I, b), type_of(I, a)) && !(is_intlike(I, a) || v_is_double(a))) {
        bool sets = (is_type(I, a, T_SET) || is_type(I, a, T_FROZENSET)) && (is_type(I, b, T_SET) || is_type(I, b, T_FROZENSET));
        if (!sets) return V_NOTIMPL;   /* str.__eq__(1) is NotImplemented too */
    }
    Value r = op_compare(I, op, a, b);
    if (r == V_ERR && !I->need_gc && isinstance_of(I, I->exc, T_TYPE_ERROR)) { I->exc = V_NULL; return V_NOTIMPL; }
    return r;
}

#define DUNDER_BIN(name, op) \
    NATIVE(dun_##name) { MY_UNUSED(kwnames); return dunder_bin(I, args, nargs, op, false); } \
    NATIVE(dun_r##name) { MY_UNUSED(kwnames); return dunder_bin(I, args, nargs, op, true); }
DUNDER_BIN(add, AST_OP_ADD)
DUNDER_BIN(sub, AST_OP_SUB)
DUNDER_BIN(mul, AST_OP_MUL)
DUNDER_BIN(truediv, AST_OP_DIV)
DUNDER_BIN(floordiv, AST_OP_FLOORDIV)
DUNDER_BIN(mod, AST_OP_MOD)
DUNDER_BIN(pow, AST_OP_POW)
DUNDER_BIN(and, AST_OP_BITAND)
DUNDER_BIN(or, AST_OP_BITOR)
DUNDER_BIN(xor, AST_OP_BITXOR)
DUNDER_BIN(lshift, AST_OP_LSHIFT)
DUNDER_BIN(rshift, AST_OP_RSHIFT)
#define DUNDER_CMP(name, op) NATIVE(dun_##name) { MY_UNUSED(kwnames); return dunder_cmp(I, args, nargs, op); }
DUNDER_CMP(eq, AST_OP_EQ)
DUNDER_CMP(ne, AST_OP_NE)
DUNDER_CMP(lt, AST_OP_LT)
DUNDER_CMP(le, AST_OP_LE)
DUNDER_CMP(gt, AST_OP_GT)
DUNDER_CMP(ge, AST_OP_GE)
NATIVE(dun_neg) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_unary(I, AST_OP_USUB, ARG(0)); }
NATIVE(dun_pos) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_unary(I, AST_OP_UADD, ARG(0)); }
NATIVE(dun_invert) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_unary(I, AST_OP_INVERT, ARG(0)); }
NATIVE(dun_abs) { return bi_abs(I, args, nargs, kwnames); }
NATIVE(dun_hash) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_hash(I, ARG(0)); }
/* int.__repr__, str.__str__, ...: the built-in type's own repr and str (object's would show the address) */
NATIVE(dun_repr) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_repr(I, box_inner(I, ARG(0))); }
NATIVE(dun_int_repr) {   /* int.__repr__(True) is '1' */
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value v = box_inner(I, ARG(0));
    return op_repr(I, v_is_bool(v) ? v_int(v == V_TRUE) : v);
}
NATIVE(dun_str) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_str(I, box_inner(I, ARG(0))); }
NATIVE(dun_bool) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_truth(I, ARG(0)); }
NATIVE(dun_index) { MY_UNUSED(kwnames); MY_UNUSED(nargs); Value v = ARG(0); return v_is_bool(v) ? v_int(v == V_TRUE) : v; }
NATIVE(dun_int) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value v = ARG(0);
    if (v_is_double(v)) return int_from_double(I, v_as_double(v));
    return v_is_bool(v) ? v_int(v == V_TRUE) : v;
}
NATIVE(dun_float) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    double d;
    if (!to_double(I, ARG(0), &d)) return V_ERR;
    return v_double(d);
}
NATIVE(dun_divmod) { MY_UNUSED(nargs); if (number_mismatch(I, ARG(0), ARG(1))) return V_NOTIMPL; return bi_divmod(I, args, 2, kwnames); }
NATIVE(dun_rdivmod) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    if (number_mismatch(I, ARG(0), ARG(1))) return V_NOTIMPL;
    Value t = tuple_pack2(I, ARG(1), ARG(0));
    if (t == V_ERR) return t;
    return bi_divmod(I, v_as_ref(t) + 1, 2, V_NULL);
}

/* ---- _myriad: helpers for the prelude ---- */
NATIVE(my_lookup) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    if (!is_class(I, ARG(0))) return V_NONE;
    Value v = type_lookup(I, v_as_ref(ARG(0)), ARG(1));
    return v == V_NULL ? V_NONE : v;
}
NATIVE(my_run_class_body) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    I->tail_callable = ARG(0);
    I->tail_args = empty_tuple(I);
    I->tail_kwargs = V_NULL;
    I->tail_locals = ARG(1);
    I->tail_mode = TAIL_CALL;
    return V_TAILCALL;
}
NATIVE(my_set_cell) { MY_UNUSED(kwnames); MY_UNUSED(nargs); set_fld(I, ARG(0), CELL_VALUE, ARG(1)); return V_NONE; }
NATIVE(my_write) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value s = ARG(1);
    if (!is_str(I, s)) return raise_fmt(I, T_TYPE_ERROR, "write() argument must be str, not %T", s, 0, 0);
    if (out_write(I, (int)v_as_int(ARG(0)), s) == V_ERR) return V_ERR;
    return v_int(str_nchars(I, s));
}
NATIVE(my_str_simple) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return op_str(I, ARG(0)); }
NATIVE(my_type_name) { MY_UNUSED(kwnames); MY_UNUSED(nargs); return type_name_v(I, type_of(I, ARG(0))); }
NATIVE(my_instance_dict) {
    MY_UNUSED(kwnames); MY_UNUSED(nargs);
    Value v = ARG(0);
    if (v_is_obj(v) && (kind_of(I, v) == T_OBJECT || kind_of(I, v) >= T_FIRST_EXCEPTION) && !type_is_builtin(hdr_type(I, v_as_ref(v)))) {
        Value d = fld(I, v, INST_DICT);
        return d == V_NULL ? V_NONE : d;
    }
    return V_NONE;
}

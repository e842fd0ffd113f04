/* exc.c: exception objects, raising from C, and tracebacks printed as CPython prints them. */
#include "vm.h"

MY_OUTLINE Value exc_new(Interp *I, Ref type, Value args) {
    Ref r = obj_alloc_typed(I, type, EXC_WORDS, false);
    if (!r) return V_ERR;
    if (args == V_NULL) args = empty_tuple(I);
    st(I, r + EXC_ARGS, args);
    st(I, r + EXC_SUPPRESS, V_FALSE);
    return v_obj(r);
}

MY_OUTLINE Value raise_msg(Interp *I, TypeId t, const char *msg) {
    Value args = empty_tuple(I);
    if (msg) {
        Value m = str_from_cstr(I, msg);
        if (m == V_ERR) return V_ERR;
        args = tuple_new(I, 1);
        if (args == V_ERR) return V_ERR;
        set_fld(I, args, 1, m);
    }
    Value e = exc_new(I, TYPE_REF(t), args);
    if (e == V_ERR) return V_ERR;
    I->exc = e;
    return V_ERR;
}

static MY_FN void fmt_value(Interp *I, StrBuf *b, Value v) {
    if (is_str(I, v)) sb_put_str(I, b, v);
    else if (v_is_int(v)) sb_put_int(I, b, v_as_int(v));
    else if (is_int_value(I, v)) { Value s = int_to_str(I, v, 10); if (s != V_ERR) sb_put_str(I, b, s); }
    else if (v_is_double(v)) { Value s = float_repr(I, v_as_double(v)); if (s != V_ERR) sb_put_str(I, b, s); }
    else sb_puts(I, b, "?");
}

MY_OUTLINE Value raise_fmt(Interp *I, TypeId t, const char *fmt, Value a, Value b, Value c) {
    Value vals[3] = { a, b, c };
    int k = 0;
    StrBuf sb;
    sb_init(I, &sb, 64);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%' || !p[1]) { sb_putc(I, &sb, (uint8_t)*p); continue; }
        p++;
        Value v = k < 3 ? vals[k++] : V_NONE;
        if (*p == 'T') sb_put_str(I, &sb, type_name_v(I, type_of(I, v)));
        else fmt_value(I, &sb, v);
    }
    Value m = sb_finish(I, &sb);
    if (m == V_ERR) return V_ERR;
    Value args = tuple_new(I, 1);
    if (args == V_ERR) return V_ERR;
    set_fld(I, args, 1, m);
    Value e = exc_new(I, TYPE_REF(t), args);
    if (e == V_ERR) return V_ERR;
    I->exc = e;
    return V_ERR;
}

MY_FN Value raise_value(Interp *I, Value exc) {
    if (v_is_obj(exc) && is_subtype(I, hdr_type(I, v_as_ref(exc)), TYPE_REF(T_TYPE))) {
        exc = exc_new(I, v_as_ref(exc), V_NULL);
        if (exc == V_ERR) return V_ERR;
    }
    I->exc = exc;
    return V_ERR;
}

MY_FN bool exc_matches(Interp *I, Value exc, Value type_or_tuple) {
    Ref t = type_of(I, exc);
    if (is_type(I, type_or_tuple, T_TUPLE)) {
        uint32_t n = tuple_len(I, type_or_tuple);
        for (uint32_t i = 0; i < n; i++)
            if (exc_matches(I, exc, fld(I, type_or_tuple, 1 + i))) return true;
        return false;
    }
    return v_is_obj(type_or_tuple) && is_subtype(I, t, v_as_ref(type_or_tuple));
}

MY_FN Value syntax_error_new(Interp *I, TypeId t, Value msg, Value filename, uint32_t line, uint32_t col, Value text) {
    Value details = tuple_new(I, 4);
    if (details == V_ERR) return V_ERR;
    set_fld(I, details, 1, filename);
    set_fld(I, details, 2, v_int(line));
    set_fld(I, details, 3, v_int(col));
    set_fld(I, details, 4, text);
    Value args = tuple_pack2(I, msg, details);
    if (args == V_ERR) return V_ERR;
    Value e = exc_new(I, TYPE_REF(t), args);
    if (e == V_ERR) return V_ERR;
    Value d = dict_new(I);
    if (d == V_ERR) return V_ERR;
    if (dict_set(I, d, str_from_cstr(I, "msg"), msg) == V_ERR) return V_ERR;
    if (dict_set(I, d, str_from_cstr(I, "filename"), filename) == V_ERR) return V_ERR;
    if (dict_set(I, d, str_from_cstr(I, "lineno"), v_int(line)) == V_ERR) return V_ERR;
    if (dict_set(I, d, str_from_cstr(I, "offset"), v_int(col)) == V_ERR) return V_ERR;
    if (dict_set(I, d, str_from_cstr(I, "text"), text) == V_ERR) return V_ERR;
    set_fld(I, e, EXC_DICT, d);
    return e;
}

static MY_FN bool str_starts_cstr(Interp *I, Value s, const char *c) {
    uint32_t n = str_nbytes(I, s), i = 0;
    for (; c[i]; i++) if (i >= n || str_byte(I, s, i) != (uint8_t)c[i]) return false;
    return true;
}

/* Frames a traceback leaves out: the import machinery (CPython hides importlib's frames too), and
   the file objects of src/lib/_io*.py and _fsbase.py with the prelude's open(), which stand for
   CPython's _io, written in C. */
static MY_FN bool frame_hidden(Interp *I, Value code) {
    Value file = fld(I, code, CODE_FILENAME);
    if (str_eq_cstr(I, file, "<prelude>")) {
        Value cname = fld(I, code, CODE_NAME);
        return str_eq_cstr(I, cname, "_import_source") || str_eq_cstr(I, cname, "_import_path") ||
               str_eq_cstr(I, cname, "_import_dotted") || str_eq_cstr(I, cname, "open") ||
               str_eq_cstr(I, cname, "_update");   /* f(*x)/f(**x), displays: CPython's error is the instruction's */
    }
    return str_starts_cstr(I, file, "<lib>/_io") || str_eq_cstr(I, file, "<lib>/_fsbase.py");
}

MY_OUTLINE void tb_add(Interp *I, Value exc, Value code, uint32_t line) {
    if (!v_is_obj(exc) || REF_IS_IMAGE(v_as_ref(exc))) return;
    if (frame_hidden(I, code)) return;
    Ref r = obj_alloc(I, T_TRACEBACK, TB_WORDS, false);
    if (!r) { I->need_gc = false; return; }   /* a traceback entry is not worth failing for */
    Value old = fld(I, exc, EXC_TRACEBACK);
    st(I, r + TB_NEXT, old == V_NONE ? V_NULL : old);
    st(I, r + TB_CODE, code);
    st(I, r + TB_LINE, v_int(line));
    set_fld(I, exc, EXC_TRACEBACK, v_obj(r));
}

/* OSError's errno, strerror, filename, filename2 (which 0..3): a value set on the instance, else
   what CPython's constructor derives from (errno, strerror[, filename[, winerror[, filename2]]]);
   V_NONE when absent. The constructor keeps only (errno, strerror) in args and puts the file names
   in the instance dict (exc_init), so the args positions serve exceptions made from C. */
MY_FN Value oserror_field(Interp *I, Value exc, int which) {
    const char *name = which == 0 ? "errno" : which == 1 ? "strerror" : which == 2 ? "filename" : "filename2";
    Value d = fld(I, exc, INST_DICT);
    if (d != V_NULL) {
        uint32_t pos = 0;
        Value k, v;
        while (dict_next(I, d, &pos, &k, &v))
            if (is_str(I, k) && str_eq_cstr(I, k, name)) return v;
    }
    Value args = fld(I, exc, EXC_ARGS);
    uint32_t n = tuple_len(I, args);
    uint32_t at = which == 3 ? 5 : (uint32_t)which + 1;   /* winerror sits between the names */
    if (n < 2 || n > 5 || at > n) return V_NONE;
    return fld(I, args, at);
}

/* The OSError subclass CPython picks for OSError(errno, ...), by the errno values of Linux. */
MY_FN TypeId oserror_subclass(int64_t e) {
    switch (e) {
    case 2: return T_FILE_NOT_FOUND_ERROR;
    case 17: return T_FILE_EXISTS_ERROR;
    case 21: return T_IS_A_DIRECTORY_ERROR;
    case 20: return T_NOT_A_DIRECTORY_ERROR;
    case 1: case 13: return T_PERMISSION_ERROR;
    case 110: return T_TIMEOUT_ERROR;
    case 11: case 114: case 115: return T_BLOCKING_IO_ERROR;
    case 10: return T_CHILD_PROCESS_ERROR;
    case 4: return T_INTERRUPTED_ERROR;
    case 3: return T_PROCESS_LOOKUP_ERROR;
    case 32: case 108: return T_BROKEN_PIPE_ERROR;
    case 103: return T_CONNECTION_ABORTED_ERROR;
    case 111: return T_CONNECTION_REFUSED_ERROR;
    case 104: return T_CONNECTION_RESET_ERROR;
    default: return T_OS_ERROR;
    }
}

/* str() of an OSError with an errno: "[Errno 2] No such file or directory: 'x'"; V_NULL when
   it has none (then it prints like any exception). */
static MY_FN Value oserror_str(Interp *I, Value exc) {
    Value e = oserror_field(I, exc, 0), msg = oserror_field(I, exc, 1);
    Value f1 = oserror_field(I, exc, 2), f2 = oserror_field(I, exc, 3);
    if (f1 == V_NONE && (e == V_NONE || msg == V_NONE)) return V_NULL;
    Value parts[4] = { op_str(I, e), op_str(I, msg), V_NONE, V_NONE };
    if (f1 != V_NONE) parts[2] = op_repr(I, f1);
    if (f1 != V_NONE && f2 != V_NONE) parts[3] = op_repr(I, f2);
    for (int i = 0; i < 4; i++) {
        if (parts[i] == V_ERR) return V_ERR;
        if (parts[i] == V_TAILCALL) {
            /* a field whose str() is Python code: not worth a Python call; print like any exception */
            I->tail_callable = V_NULL; I->tail_args = V_NULL; I->tail_kwargs = V_NULL; I->tail_locals = V_NULL;
            I->tail_mode = TAIL_CALL;
            return V_NULL;
        }
    }
    StrBuf b;
    sb_init(I, &b, 48);
    sb_puts(I, &b, "[Errno ");
    sb_put_str(I, &b, parts[0]);
    sb_puts(I, &b, "] ");
    sb_put_str(I, &b, parts[1]);
    if (f1 != V_NONE) { sb_puts(I, &b, ": "); sb_put_str(I, &b, parts[2]); }
    if (parts[3] != V_NONE) { sb_puts(I, &b, " -> "); sb_put_str(I, &b, parts[3]); }
    return sb_finish(I, &b);
}

/* str(exc) without running Python: the single argument, the args tuple, or empty. */
MY_FN Value exc_str(Interp *I, Value exc) {
    Value args = fld(I, exc, EXC_ARGS);
    if (isinstance_of(I, exc, T_OS_ERROR)) {
        Value s = oserror_str(I, exc);
        if (s != V_NULL) return s;
    }
    if (isinstance_of(I, exc, T_KEY_ERROR) && tuple_len(I, args) == 1) return op_repr(I, fld(I, args, 1));
    if (isinstance_of(I, exc, T_SYNTAX_ERROR) && tuple_len(I, args) >= 1) return op_str(I, fld(I, args, 1));
    uint32_t n = tuple_len(I, args);
    if (n == 0) return image_root(I, ROOT_EMPTY_STR);
    if (n == 1) return op_str(I, fld(I, args, 1));
    return op_repr(I, args);
}

static MY_FN void put_line_of(Interp *I, StrBuf *b, Value src, uint32_t line, bool caret_strip, uint32_t *stripped) {
    if (!is_str(I, src)) return;
    uint32_t n = str_nbytes(I, src), pos = 0, ln = 1;
    while (pos < n && ln < line) { if (str_byte(I, src, pos) == '\n') ln++; pos++; }
    if (ln != line || pos >= n) return;
    uint32_t end = pos;
    while (end < n && str_byte(I, src, end) != '\n') end++;
    uint32_t s = pos;
    while (s < end && (str_byte(I, src, s) == ' ' || str_byte(I, src, s) == '\t' || str_byte(I, src, s) == '\f')) s++;
    uint32_t e = end;
    while (e > s && (str_byte(I, src, e - 1) == ' ' || str_byte(I, src, e - 1) == '\r' || str_byte(I, src, e - 1) == '\t')) e--;
    if (stripped) *stripped = s - pos;
    MY_UNUSED(caret_strip);
    if (e == s) return;
    sb_puts(I, b, "    ");
    for (uint32_t i = s; i < e; i++) sb_putc(I, b, str_byte(I, src, i));
    sb_putc(I, b, '\n');
}

static MY_FN void put_exc_line(Interp *I, StrBuf *b, Value exc) {
    Ref t = type_of(I, exc);
    Value mod = ld(I, t + TYPE_MODULE);
    if (!type_is_builtin(t) && is_str(I, mod) && !str_eq_cstr(I, mod, "__main__") && !str_eq_cstr(I, mod, "builtins")) {
        sb_put_str(I, b, mod);
        sb_putc(I, b, '.');
    }
    sb_put_str(I, b, type_is_builtin(t) ? type_name_v(I, t) : ld(I, t + TYPE_QUALNAME));
    Value s = V_NULL;
    if (is_type(I, I->reporting, T_DICT)) {
        /* the prelude computed str() of the exceptions it reports */
        s = dict_get(I, I->reporting, exc);
        if (s == V_ERR) { I->exc = V_NULL; I->need_gc = false; s = V_NULL; }
    }
    if (s == V_NULL) s = exc_str(I, exc);
    if (s == V_TAILCALL || s == V_ERR) { I->exc = V_NULL; I->need_gc = false; s = str_from_cstr(I, "<exception str() failed>"); }
    if (s != V_ERR && str_nbytes(I, s) > 0) { sb_puts(I, b, ": "); sb_put_str(I, b, s); }
    sb_putc(I, b, '\n');
}

static MY_FN void put_traceback(Interp *I, StrBuf *b, Value exc) {
    Value tb = fld(I, exc, EXC_TRACEBACK);
    if (tb != V_NULL && tb != V_NONE) {
        sb_puts(I, b, "Traceback (most recent call last):\n");
        /* CPython folds long runs of the same line: after 3 repeats it prints a count */
        Value prev_code = V_NULL;
        int64_t prev_line = -1;
        uint32_t repeat = 0;
        for (; tb != V_NULL && tb != V_NONE; tb = fld(I, tb, TB_NEXT)) {
            Value code = fld(I, tb, TB_CODE);
            int64_t line = v_as_int(fld(I, tb, TB_LINE));
            if (code == prev_code && line == prev_line) {
                repeat++;
                if (repeat >= 3) continue;
            } else {
                if (repeat >= 3) {
                    sb_puts(I, b, "  [Previous line repeated ");
                    sb_put_int(I, b, repeat - 2);
                    sb_puts(I, b, repeat - 2 == 1 ? " more time]\n" : " more times]\n");
                }
                repeat = 0;
            }
            prev_code = code;
            prev_line = line;
            sb_puts(I, b, "  File \"");
            sb_put_str(I, b, fld(I, code, CODE_FILENAME));
            sb_puts(I, b, "\", line ");
            sb_put_int(I, b, line);
            sb_puts(I, b, ", in ");
            sb_put_str(I, b, fld(I, code, CODE_NAME));
            sb_putc(I, b, '\n');
            /* CPython shows no source for "<string>" and other pseudo-files */
            Value fn = fld(I, code, CODE_FILENAME);
            bool pseudo = is_str(I, fn) && str_nbytes(I, fn) && str_byte(I, fn, 0) == '<';
            if (pseudo && str_nbytes(I, fn) > 6 && str_byte(I, fn, 1) == 'l' && str_byte(I, fn, 4) == '>' && str_byte(I, fn, 5) == '/')
                pseudo = false;   /* "<lib>/NAME.py": a module of src/lib, whose source the image holds */
            if (!pseudo)
                put_line_of(I, b, fld(I, code, CODE_SOURCE), (uint32_t)line, false, 0);
        }
        if (repeat >= 3) {
            sb_puts(I, b, "  [Previous line repeated ");
            sb_put_int(I, b, repeat - 2);
            sb_puts(I, b, repeat - 2 == 1 ? " more time]\n" : " more times]\n");
        }
    }
    if (isinstance_of(I, exc, T_SYNTAX_ERROR)) {
        Value args = fld(I, exc, EXC_ARGS);
        if (tuple_len(I, args) == 2 && is_type(I, fld(I, args, 2), T_TUPLE) && tuple_len(I, fld(I, args, 2)) == 4) {
            Value d = fld(I, args, 2);
            sb_puts(I, b, "  File \"");
            sb_put_str(I, b, fld(I, d, 1));
            sb_puts(I, b, "\", line ");
            sb_put_int(I, b, v_as_int(fld(I, d, 2)));
            sb_putc(I, b, '\n');
            Value text = fld(I, d, 4);
            if (is_str(I, text) && str_nbytes(I, text)) {
                uint32_t stripped = 0;
                put_line_of(I, b, text, 1, true, &stripped);
                int64_t off = v_is_int(fld(I, d, 3)) ? v_as_int(fld(I, d, 3)) : 1;
                int64_t col = off - 1 - (int64_t)stripped;
                if (col < 0) col = 0;
                sb_puts(I, b, "    ");
                for (int64_t i = 0; i < col; i++) sb_putc(I, b, ' ');
                sb_puts(I, b, "^\n");
            }
            Ref t = type_of(I, exc);
            sb_put_str(I, b, type_name_v(I, t));
            sb_puts(I, b, ": ");
            Value m = fld(I, args, 1);
            if (is_str(I, m)) sb_put_str(I, b, m);
            sb_putc(I, b, '\n');
            return;
        }
    }
    put_exc_line(I, b, exc);
}

static MY_FN void put_exception_chain(Interp *I, StrBuf *b, Value exc) {
    /* the chain: causes and contexts first, oldest first (at most 16 deep) */
    Value chain[16];
    int kinds[16];
    int n = 0;
    Value e = exc;
    while (n < 16 && v_is_obj(e)) {
        chain[n] = e;
        Value cause = fld(I, e, EXC_CAUSE), ctx = fld(I, e, EXC_CONTEXT);
        bool suppress = fld(I, e, EXC_SUPPRESS) == V_TRUE;
        bool seen = false;
        if (cause != V_NULL && cause != V_NONE) { kinds[n++] = 1; e = cause; }
        else if (!suppress && ctx != V_NULL && ctx != V_NONE) { kinds[n++] = 2; e = ctx; }
        else { kinds[n++] = 0; break; }
        for (int i = 0; i < n; i++) if (chain[i] == e) seen = true;
        if (seen) { kinds[n - 1] = 0; break; }
    }
    for (int i = n - 1; i >= 0; i--) {
        put_traceback(I, b, chain[i]);
        if (i > 0) {
            if (kinds[i - 1] == 1) sb_puts(I, b, "\nThe above exception was the direct cause of the following exception:\n\n");
            else sb_puts(I, b, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
}

MY_OUTLINE void print_exception(Interp *I, Value exc) {
    StrBuf b;
    sb_init(I, &b, 256);
    put_exception_chain(I, &b, exc);
    Value s = sb_finish(I, &b);
    if (s != V_ERR) { out_write(I, 2, s); return; }
    /* the heap is full: write straight into the error stream, as much as it holds */
    I->need_gc = false;
    I->exc = V_NULL;
    sb_init_direct(&b, &I->err);
    put_exception_chain(I, &b, exc);
}

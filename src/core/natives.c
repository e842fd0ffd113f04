/* natives.c: the table of natives, calling one, and binding arguments for natives that take keywords. */
#include "natives.h"

MY_CONST NativeFn native_fns[] = {
#define NATIVE_FN_ITEM(owner, kind, pyname, fn) fn,
    ALL_NATIVES(NATIVE_FN_ITEM)
#undef NATIVE_FN_ITEM
    0
};

MY_CONST char *const native_names[] = {
#define NATIVE_NAME_ITEM(owner, kind, pyname, fn) pyname,
    ALL_NATIVES(NATIVE_NAME_ITEM)
#undef NATIVE_NAME_ITEM
    0
};

MY_CONST int native_kinds[] = {
#define NATIVE_KIND_ITEM(owner, kind, pyname, fn) kind,
    ALL_NATIVES(NATIVE_KIND_ITEM)
#undef NATIVE_KIND_ITEM
    0
};

MY_CONST int native_owners[] = {
#define NATIVE_OWNER_ITEM(owner, kind, pyname, fn) owner,
    ALL_NATIVES(NATIVE_OWNER_ITEM)
#undef NATIVE_OWNER_ITEM
    0
};

/* Which arguments of a method of a built-in type get the value a box holds (an instance of a
   subclass, TF_BOXED) in place of the box: self always; for int, float, complex, str and bytes every
   positional argument; for containers the other operand of their operator methods. */
static MY_FN bool unbox_arg(uint32_t id, uint32_t i) {
    if (i == 0) return true;
    int owner = native_owners[id];
    const char *n = native_names[id];
    /* str.format and format_map hand their arguments to format() and to lookups as they are */
    if (owner == T_STR && n[0] == 'f' && n[1] == 'o' && n[2] == 'r' && n[3] == 'm') return false;
    if (owner == T_INT || owner == T_FLOAT || owner == T_COMPLEX || owner == T_STR || owner == T_BYTES) return true;
    if (n[0] != '_' || n[1] != '_') return false;
    return !(n[2] == 's' && n[3] == 'e') && !(n[2] == 'c' && n[3] == 'o') && !(n[2] == 'i' && n[3] == 'n' && n[4] == 'i');
}

MY_OUTLINE Value native_call(Interp *I, uint32_t id, Ref args, uint32_t nargs, Value kwnames) {
    int k = native_kinds[id];
    if ((k == NK_METHOD || k == NK_GETTER) && nargs > 0 && kind_is_boxable((TypeId)native_owners[id])) {
        uint32_t npos = nargs - (kwnames == V_NULL ? 0 : tuple_len(I, kwnames));
        bool any = false;
        for (uint32_t i = 0; i < npos && !any; i++) any = is_boxed(I, ld(I, args + i)) && unbox_arg(id, i);
        if (any) {
            Value t = tuple_from_values(I, args, nargs);
            if (t == V_ERR) return t;
            for (uint32_t i = 0; i < npos; i++)
                if (unbox_arg(id, i)) set_fld(I, t, 1 + i, box_inner(I, fld(I, t, 1 + i)));
            Value r = native_fns[id](I, v_as_ref(t) + 1, nargs, kwnames);
            /* a method of a mutable type that returns self returns the box */
            if (r == fld(I, t, 1) && r != ld(I, args) && (is_type(I, r, T_LIST) || is_type(I, r, T_DICT) || is_type(I, r, T_SET))) r = ld(I, args);
            return r;
        }
    }
    return native_fns[id](I, args, nargs, kwnames);
}

MY_FN uint32_t native_count(void) { return (uint32_t)(sizeof native_kinds / sizeof native_kinds[0]) - 1; }
MY_FN const char *native_name(uint32_t id) { return native_names[id]; }
MY_FN int native_owner(uint32_t id) { return native_owners[id]; }
MY_FN int native_kind(uint32_t id) { return native_kinds[id]; }

MY_FN int builtin_kind(Interp *I, Value bf) {
    return native_kinds[v_as_int(fld(I, bf, BUILTIN_ID))];
}

MY_FN bool args_check(Interp *I, uint32_t nargs, Value kwnames, const char *fname, uint32_t min, uint32_t max) {
    if (kwnames != V_NULL && tuple_len(I, kwnames) > 0) {
        Value n = str_from_cstr(I, fname);
        if (n != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s() takes no keyword arguments", n, 0, 0);
        return false;
    }
    if (nargs >= min && nargs <= max) return true;
    Value n = str_from_cstr(I, fname);
    if (n == V_ERR) return false;
    if (min == max) {
        if (min == 0) raise_fmt(I, T_TYPE_ERROR, "%s() takes no arguments (%d given)", n, v_int(nargs), 0);
        else if (min == 1) raise_fmt(I, T_TYPE_ERROR, "%s() takes exactly one argument (%d given)", n, v_int(nargs), 0);
        else raise_fmt(I, T_TYPE_ERROR, "%s expected %d arguments, got %d", n, v_int(min), v_int(nargs));
    } else if (nargs < min) {
        raise_fmt(I, T_TYPE_ERROR, "%s expected at least %d arguments, got %d", n, v_int(min), v_int(nargs));
    } else {
        raise_fmt(I, T_TYPE_ERROR, "%s expected at most %d arguments, got %d", n, v_int(max), v_int(nargs));
    }
    return false;
}

MY_FN bool args_parse(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *fname,
                      int n, int required, const char *const *names, Value *out) {
    uint32_t nkw = kwnames == V_NULL ? 0 : tuple_len(I, kwnames);
    uint32_t npos = nargs - nkw;
    for (int i = 0; i < n; i++) out[i] = V_NULL;
    if (npos > (uint32_t)n) {
        Value fn = str_from_cstr(I, fname);
        if (fn != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s() takes at most %d arguments (%d given)", fn, v_int(n), v_int(nargs));
        return false;
    }
    for (uint32_t i = 0; i < npos; i++) out[i] = ld(I, args + i);
    for (uint32_t k = 0; k < nkw; k++) {
        Value kn = fld(I, kwnames, 1 + k);
        int j = 0;
        for (; j < n; j++) if (str_eq_cstr(I, kn, names[j])) break;
        if (j == n) {
            Value fn = str_from_cstr(I, fname);
            if (fn != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s() got an unexpected keyword argument '%s'", fn, kn, 0);
            return false;
        }
        if (out[j] != V_NULL) {
            Value fn = str_from_cstr(I, fname);
            if (fn != V_ERR) raise_fmt(I, T_TYPE_ERROR, "argument for %s() given by name ('%s') and position", fn, kn, 0);
            return false;
        }
        out[j] = ld(I, args + npos + k);
    }
    for (int i = 0; i < required; i++) {
        if (out[i] == V_NULL) {
            Value fn = str_from_cstr(I, fname);
            Value an = str_from_cstr(I, names[i]);
            if (fn != V_ERR && an != V_ERR) raise_fmt(I, T_TYPE_ERROR, "%s() missing required argument '%s' (pos %d)", fn, an, v_int(i + 1));
            return false;
        }
    }
    return true;
}

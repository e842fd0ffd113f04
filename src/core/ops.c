/* ops.c: operators on built-in types, with Python-level dunder methods delegated to the prelude. */
#include "vm.h"
#include "ast.h"
#include "natives.h"
#include "buffer.h"

MY_OUTLINE Value prelude_get(Interp *I, const char *name) {
    Value n = str_from_cstr(I, name);
    if (n == V_ERR) return n;
    Value v = dict_get_str(I, image_root(I, ROOT_PRELUDE), n);
    if (v == V_NULL) return raise_msg(I, T_SYSTEM_ERROR, "prelude function missing");
    return v;
}

MY_OUTLINE Value prelude_tailcall(Interp *I, const char *name, Value args) {
    Value f = prelude_get(I, name);
    if (f == V_ERR) return f;
    I->tail_callable = f;
    I->tail_args = args;
    I->tail_kwargs = V_NULL;
    I->tail_mode = TAIL_CALL;
    return V_TAILCALL;
}

/* Delegates a whole native call, positional and keyword arguments as received, to a prelude function. */
MY_FN Value prelude_delegate(Interp *I, const char *name, Ref args, uint32_t nargs, Value kwnames) {
    uint32_t nkw = kwnames == V_NULL ? 0 : tuple_len(I, kwnames);
    Value pos = tuple_from_values(I, args, nargs - nkw);
    if (pos == V_ERR) return pos;
    Value kw = V_NULL;
    if (nkw) {
        kw = dict_new(I);
        if (kw == V_ERR) return kw;
        for (uint32_t k = 0; k < nkw; k++)
            if (dict_set(I, kw, fld(I, kwnames, 1 + k), ld(I, args + nargs - nkw + k)) == V_ERR) return V_ERR;
    }
    Value r = prelude_tailcall(I, name, pos);
    I->tail_kwargs = kw;
    return r;
}

static MY_FN Value tail_with(Interp *I, Value f, Value a, Value b, int n) {
    Value args = tuple_new(I, (uint32_t)n);
    if (args == V_ERR) return args;
    if (n > 0) set_fld(I, args, 1, a);
    if (n > 1) set_fld(I, args, 2, b);
    I->tail_callable = f;
    I->tail_args = args;
    I->tail_kwargs = V_NULL;
    I->tail_mode = TAIL_CALL;
    return V_TAILCALL;
}

/* A Python class: its dunder methods may be Python functions. */
MY_INLINE bool is_py_instance(Interp *I, Value v) {
    return v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v)));
}

/* The class's own Python-level method `id`, or V_NULL. */
static MY_FN Value py_method(Interp *I, Value v, NameId id) {
    if (!is_py_instance(I, v)) return V_NULL;
    Value f = type_lookup_id(I, hdr_type(I, v_as_ref(v)), id);
    if (f == V_NULL || is_type(I, f, T_BUILTIN)) return V_NULL;
    return f;
}

MY_CONST char *const op_symbols[] = {
    "", "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "and", "or",
    "not", "+", "-", "~", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"
};

static MY_FN Value unsupported(Interp *I, uint32_t op, Value a, Value b) {
    const char *sym = op_symbols[op & 0xFF];
    char buf[80];
    const char *pre = "unsupported operand type(s) for ";
    uint32_t n = 0;
    for (const char *p = pre; *p; p++) buf[n++] = *p;
    if (op & 0x100) { /* in-place: "+=" */ }
    for (const char *p = sym; *p; p++) buf[n++] = *p;
    if (op & 0x100) buf[n++] = '=';
    if ((op & 0xFF) == AST_OP_POW && !(op & 0x100)) { buf[n - 2] = '*'; buf[n - 1] = '*'; buf[n++] = ' '; buf[n++] = 'o'; buf[n++] = 'r'; buf[n++] = ' '; buf[n++] = 'p'; buf[n++] = 'o'; buf[n++] = 'w'; buf[n++] = '('; buf[n++] = ')'; }
    const char *post = ": '%T' and '%T'";
    for (const char *p = post; *p; p++) buf[n++] = *p;
    buf[n] = 0;
    return raise_fmt(I, T_TYPE_ERROR, buf, a, b, 0);
}

static MY_FN bool is_num(Interp *I, Value v) { return v_is_int(v) || v_is_double(v) || v_is_bool(v) || is_bigint(I, v); }

MY_OUTLINE Value str_percent_format(Interp *I, Value fmt, Value args);
MY_OUTLINE Value seq_repeat(Interp *I, Value seq, Value count);
MY_OUTLINE Value seq_concat(Interp *I, Value a, Value b);
MY_OUTLINE Value set_binop(Interp *I, uint32_t op, Value a, Value b);

MY_OUTLINE Value op_binary(Interp *I, uint32_t op, Value a, Value b) {
    uint32_t bop = op & 0xFF;
    if (is_num(I, a) && is_num(I, b)) {
        if (v_is_double(a) || v_is_double(b)) {
            if (bop > AST_OP_POW || bop == AST_OP_MATMUL) return unsupported(I, op, a, b);
            double x, y;
            if (!to_double(I, a, &x) || !to_double(I, b, &y)) return V_ERR;
            return float_binop(I, (int)bop, x, y);
        }
        if (bop == AST_OP_MATMUL) return unsupported(I, op, a, b);
        /* bool & | ^ bool stays a bool */
        if (v_is_bool(a) && v_is_bool(b) && (bop == AST_OP_BITAND || bop == AST_OP_BITOR || bop == AST_OP_BITXOR))
            return v_bool(v_as_int(int_binop(I, (int)bop, a, b)) != 0);
        return int_binop(I, (int)bop, a, b);
    }
    if (is_complex(I, a) || is_complex(I, b)) {
        Value r = complex_binop(I, op, a, b);
        if (r != V_NULL) return r;
    }
    /* str % anything formats (a Python __rmod__ on the right only matters for non-str left operands) */
    if (bop == AST_OP_MOD && (is_str(I, a) || is_type(I, a, T_BYTES)) && !(is_py_instance(I, b) && py_method(I, b, N___rmod__) != V_NULL))
        return str_percent_format(I, a, is_boxed(I, b) && is_type(I, box_inner(I, b), T_TUPLE) ? box_inner(I, b) : b);
    if ((op & 0x100) && bop >= 1 && bop <= 13 && is_boxed(I, a)) {
        /* x += y on a subclass of list, set or dict without its own in-place method: in place */
        static MY_CONST NameId inplace[14] = { N___iadd__, N___iadd__, N___isub__, N___imul__, N___imatmul__,
            N___itruediv__, N___ifloordiv__, N___imod__, N___ipow__, N___ilshift__, N___irshift__, N___ior__,
            N___ixor__, N___iand__ };
        Value in = box_inner(I, a);
        if ((is_type(I, in, T_LIST) || is_type(I, in, T_SET) || is_type(I, in, T_DICT)) && py_method(I, a, inplace[bop]) == V_NULL) {
            Value r = op_binary(I, op, in, box_inner(I, b));   /* one level: the value is built-in */
            return r == in ? a : r;
        }
    }
    if (is_py_instance(I, a) || is_py_instance(I, b)) {
        Value t = tuple_pack3(I, a, b, v_int(op));
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_binop", t);
    }
    TypeId ka = v_is_obj(a) ? kind_of(I, a) : T_NONE, kb = v_is_obj(b) ? kind_of(I, b) : T_NONE;
    if ((ka == T_DICT_KEYS || ka == T_DICT_ITEMS || kb == T_DICT_KEYS || kb == T_DICT_ITEMS) &&
        (bop == AST_OP_BITOR || bop == AST_OP_BITAND || bop == AST_OP_SUB || bop == AST_OP_BITXOR))
        return cont_view_binop(I, op, a, b);
    switch (bop) {
    case AST_OP_ADD:
        if (ka == T_STR && kb == T_STR) return str_concat(I, a, b);
        if ((ka == T_LIST && kb == T_LIST) || (ka == T_TUPLE && kb == T_TUPLE) || (ka == T_BYTES && kb == T_BYTES)) {
            if ((op & 0x100) && ka == T_LIST) {
                uint32_t n = list_len(I, b);
                if (!list_reserve(I, a, list_len(I, a) + n)) return V_ERR;
                for (uint32_t i = 0; i < n; i++) list_append(I, a, list_get(I, b, i));
                return a;
            }
            return seq_concat(I, a, b);
        }
        if ((op & 0x100) && ka == T_LIST) {
            Value t = tuple_pack3(I, a, b, v_int(0));
            if (t == V_ERR) return t;
            return prelude_tailcall(I, "_iadd_list", t);
        }
        if (ka == T_STR) return raise_fmt(I, T_TYPE_ERROR, "can only concatenate str (not \"%T\") to str", b, 0, 0);
        if (ka == T_LIST) return raise_fmt(I, T_TYPE_ERROR, "can only concatenate list (not \"%T\") to list", b, 0, 0);
        if (ka == T_TUPLE) return raise_fmt(I, T_TYPE_ERROR, "can only concatenate tuple (not \"%T\") to tuple", b, 0, 0);
        break;
    case AST_OP_MUL:
        if ((ka == T_STR || ka == T_LIST || ka == T_TUPLE || ka == T_BYTES) && is_int_value(I, b)) {
            if ((op & 0x100) && ka == T_LIST) {
                Value r = seq_repeat(I, a, b);
                if (r == V_ERR) return r;
                /* in place: the list object keeps its identity */
                set_fld(I, a, LIST_ITEMS, fld(I, r, LIST_ITEMS));
                set_fld(I, a, LIST_LEN, fld(I, r, LIST_LEN));
                return a;
            }
            return seq_repeat(I, a, b);
        }
        if ((kb == T_STR || kb == T_LIST || kb == T_TUPLE || kb == T_BYTES) && is_int_value(I, a)) return seq_repeat(I, b, a);
        if (ka == T_STR || kb == T_STR || ka == T_LIST || kb == T_LIST || ka == T_TUPLE || kb == T_TUPLE)
            if (!is_int_value(I, a) || !is_int_value(I, b))
                return raise_fmt(I, T_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", (ka == T_STR || ka == T_LIST || ka == T_TUPLE) ? b : a, 0, 0);
        break;
    case AST_OP_MOD:
        if (ka == T_STR) return str_percent_format(I, a, b);
        break;
    case AST_OP_BITOR: case AST_OP_BITAND: case AST_OP_BITXOR: case AST_OP_SUB:
        if ((ka == T_SET || ka == T_FROZENSET) && (kb == T_SET || kb == T_FROZENSET)) return set_binop(I, op, a, b);
        if (bop == AST_OP_BITOR && ka == T_DICT && kb == T_DICT) {
            Value r = (op & 0x100) ? a : dict_copy(I, a);
            if (r == V_ERR) return r;
            uint32_t pos = 0;
            Value k, v;
            while (dict_next(I, b, &pos, &k, &v)) if (dict_set(I, r, k, v) == V_ERR) return V_ERR;
            return r;
        }
        break;
    default: break;
    }
    return unsupported(I, op, a, b);
}

MY_OUTLINE Value op_unary(Interp *I, uint32_t op, Value a) {
    if (op == AST_OP_NOT) {
        Value t = op_truth(I, a);
        if (t == V_TRUE || t == V_FALSE) return v_bool(t == V_FALSE);
        if (t == V_TAILCALL) {
            /* not x through Python: _not(x) */
            Value args = tuple_pack2(I, a, V_NONE);
            if (args == V_ERR) return args;
            return prelude_tailcall(I, "_not", args);
        }
        return t;
    }
    if (v_is_int(a) || v_is_bool(a) || is_bigint(I, a)) {
        if (op == AST_OP_USUB) return int_neg(I, a);
        if (op == AST_OP_UADD) return v_is_bool(a) ? v_int(a == V_TRUE) : a;
        if (op == AST_OP_INVERT) return int_invert(I, a);
    }
    if (v_is_double(a)) {
        if (op == AST_OP_USUB) return v_double(-v_as_double(a));
        if (op == AST_OP_UADD) return a;
    }
    if (is_complex(I, a) && (op == AST_OP_USUB || op == AST_OP_UADD)) {
        if (op == AST_OP_UADD) return a;
        return complex_new(I, -v_as_double(fld(I, a, COMPLEX_RE)), -v_as_double(fld(I, a, COMPLEX_IM)));
    }
    NameId id = op == AST_OP_USUB ? N___neg__ : op == AST_OP_UADD ? N___pos__ : N___invert__;
    Value f = py_method(I, a, id);
    if (f != V_NULL) return tail_with(I, f, a, V_NONE, 1);
    if (is_boxed(I, a)) return op_unary(I, op, box_inner(I, a));   /* one level */
    const char *sym = op == AST_OP_USUB ? "bad operand type for unary -: '%T'" : op == AST_OP_UADD ? "bad operand type for unary +: '%T'" : "bad operand type for unary ~: '%T'";
    return raise_fmt(I, T_TYPE_ERROR, sym, a, 0, 0);
}

/* Three-way compare of two values without Python code: -1/0/1, 2 = unordered (NaN),
   3 = needs Python, 4 = TypeError (not orderable). For EQ/NE callers use values_eq_simple. */
static MY_FN int cmp3(Interp *I, Value a, Value b, uint32_t depth) {
    if (is_num(I, a) && is_num(I, b)) {
        if (v_is_double(a) || v_is_double(b)) {
            double x, y;
            if (v_is_double(a) && v_is_double(b)) { x = v_as_double(a); y = v_as_double(b); }
            else {
                /* int vs float compares exactly, as CPython */
                Value iv = v_is_double(a) ? b : a;
                double f = v_is_double(a) ? v_as_double(a) : v_as_double(b);
                int sign = v_is_double(a) ? -1 : 1;   /* result is for (int, float) then flipped */
                if (f != f) return 2;
                if (f - f != 0) return (f > 0 ? -1 : 1) * sign;
                double fl = floor(f);
                Value fi = int_from_double(I, fl);
                if (fi == V_ERR) { I->exc = V_NULL; I->need_gc = false; return 3; }
                int c = int_cmp(I, iv, fi);
                if (c == 0 && fl != f) c = -1;   /* iv == floor(f) < f */
                return c * sign;
            }
            if (x != x || y != y) return 2;
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return int_cmp(I, a, b);
    }
    if (!v_is_obj(a) || !v_is_obj(b)) return is_py_instance(I, a) || is_py_instance(I, b) ? 3 : 4;
    TypeId ka = kind_of(I, a), kb = kind_of(I, b);
    if (is_py_instance(I, a) || is_py_instance(I, b)) return 3;
    if ((ka == T_STR && kb == T_STR) || (ka == T_BYTES && kb == T_BYTES)) return str_cmp(I, a, b);
    if ((ka == T_TUPLE && kb == T_TUPLE) || (ka == T_LIST && kb == T_LIST)) {
        if (depth > 100) return 3;
        bool tup = ka == T_TUPLE;
        uint32_t na = tup ? tuple_len(I, a) : list_len(I, a), nb = tup ? tuple_len(I, b) : list_len(I, b);
        for (uint32_t i = 0; i < na && i < nb; i++) {
            Value x = tup ? fld(I, a, 1 + i) : list_get(I, a, i), y = tup ? fld(I, b, 1 + i) : list_get(I, b, i);
            bool known;
            bool eq = values_eq_simple(I, x, y, &known);
            if (!known) return 3;
            if (eq) continue;
            return cmp3(I, x, y, depth + 1);
        }
        return na < nb ? -1 : na > nb ? 1 : 0;
    }
    return 4;
}

MY_OUTLINE Value op_compare(Interp *I, uint32_t op, Value a, Value b) {
    if (is_type(I, a, T_DICT_KEYS) || is_type(I, a, T_DICT_ITEMS) || is_type(I, b, T_DICT_KEYS) || is_type(I, b, T_DICT_ITEMS))
        return cont_view_compare(I, op, a, b);
    if ((is_boxed(I, a) || is_boxed(I, b)) && op >= AST_OP_EQ && op <= AST_OP_GE &&
        (!is_py_instance(I, a) || is_boxed(I, a)) && (!is_py_instance(I, b) || is_boxed(I, b))) {
        /* subclasses of built-in types without their own comparison compare their values */
        static MY_CONST NameId fwd[6] = { N___eq__, N___ne__, N___lt__, N___le__, N___gt__, N___ge__ };
        static MY_CONST NameId rev[6] = { N___eq__, N___ne__, N___gt__, N___ge__, N___lt__, N___le__ };
        if (py_method(I, a, fwd[op - AST_OP_EQ]) == V_NULL && py_method(I, b, rev[op - AST_OP_EQ]) == V_NULL &&
            !(op == AST_OP_NE && (py_method(I, a, N___eq__) != V_NULL || py_method(I, b, N___eq__) != V_NULL)))
            return op_compare(I, op, box_inner(I, a), box_inner(I, b));   /* one level */
    }
    if (is_py_instance(I, a) || is_py_instance(I, b)) {
        Value t = tuple_pack3(I, a, b, v_int(op));
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_cmp", t);
    }
    if ((op == AST_OP_EQ || op == AST_OP_NE) && (is_complex(I, a) || is_complex(I, b))) {
        Value r = complex_eq(I, a, b);
        if (r != V_NULL) return v_bool((r == V_TRUE) == (op == AST_OP_EQ));
        return v_bool(op == AST_OP_NE);
    }
    if (op == AST_OP_EQ || op == AST_OP_NE) {
        bool known;
        bool eq = values_eq_simple(I, a, b, &known);
        if (!known) {
            TypeId ka = v_is_obj(a) ? kind_of(I, a) : T_NONE;
            if ((ka == T_LIST || ka == T_DICT || ka == T_TUPLE) && is_type(I, b, ka)) {
                Value t = tuple_pack3(I, a, b, v_int(op));
                if (t == V_ERR) return t;
                return prelude_tailcall(I, "_cmp_containers", t);
            }
            Value t = tuple_pack3(I, a, b, v_int(op));
            if (t == V_ERR) return t;
            return prelude_tailcall(I, "_cmp", t);
        }
        return v_bool(eq == (op == AST_OP_EQ));
    }
    int c = cmp3(I, a, b, 0);
    if ((c == 3 || c == 4) && ((is_type(I, a, T_TUPLE) && is_type(I, b, T_TUPLE)) || (is_type(I, a, T_LIST) && is_type(I, b, T_LIST)))) {
        /* elements decide, with Python code or with an error naming the elements' types */
        Value t = tuple_pack3(I, a, b, v_int(op));
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_seq_cmp", t);
    }
    if (c == 3) {
        Value t = tuple_pack3(I, a, b, v_int(op));
        if (t == V_ERR) return t;
        return prelude_tailcall(I, "_cmp", t);
    }
    if (c == 4) {
        TypeId ka = v_is_obj(a) ? kind_of(I, a) : T_NONE, kb = v_is_obj(b) ? kind_of(I, b) : T_NONE;
        if ((ka == T_SET || ka == T_FROZENSET) && (kb == T_SET || kb == T_FROZENSET)) {
            Value t = tuple_pack3(I, a, b, v_int(op));
            if (t == V_ERR) return t;
            return prelude_tailcall(I, "_cmp_sets", t);
        }
        const char *m = op == AST_OP_LT ? "'<' not supported between instances of '%T' and '%T'" :
                        op == AST_OP_LE ? "'<=' not supported between instances of '%T' and '%T'" :
                        op == AST_OP_GT ? "'>' not supported between instances of '%T' and '%T'" :
                                          "'>=' not supported between instances of '%T' and '%T'";
        return raise_fmt(I, T_TYPE_ERROR, m, a, b, 0);
    }
    if (c == 2) return V_FALSE;
    switch (op) {
    case AST_OP_LT: return v_bool(c < 0);
    case AST_OP_LE: return v_bool(c <= 0);
    case AST_OP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

MY_OUTLINE Value str_find_sub(Interp *I, Value hay, Value needle, uint32_t from);  /* byte offset or -1 as V_NULL */

MY_OUTLINE Value op_contains(Interp *I, Value c, Value item) {
    if (!v_is_obj(c)) return raise_fmt(I, T_TYPE_ERROR, "argument of type '%T' is not iterable", c, 0, 0);
    Value f = py_method(I, c, N___contains__);
    if (f != V_NULL) {
        Value args = tuple_pack2(I, c, item);
        if (args == V_ERR) return args;
        return prelude_tailcall(I, "_contains_call", tuple_pack2(I, f, args));
    }
    c = box_inner(I, c);
    if (!v_is_obj(c)) return raise_fmt(I, T_TYPE_ERROR, "argument of type '%T' is not iterable", c, 0, 0);
    TypeId k = kind_of(I, c);
    if ((k == T_DICT || k == T_SET || k == T_FROZENSET || k == T_DICT_KEYS) && key_needs_python(I, item))
        return tail_with(I, prelude_get(I, "_hash_contains"), c, item, 2);
    switch (k) {
    case T_DICT: { Value v = dict_get(I, c, item); if (v == V_ERR) return v; return v_bool(v != V_NULL); }
    case T_SET: case T_FROZENSET: return set_contains(I, c, item);
    case T_DICT_ITEMS: return cont_view_contains(I, c, item);
    case T_DICT_KEYS: { Value v = dict_get(I, fld(I, c, VIEW_DICT), item); if (v == V_ERR) return v; return v_bool(v != V_NULL); }
    case T_STR:
        if (!is_str(I, item)) return raise_fmt(I, T_TYPE_ERROR, "'in <string>' requires string as left operand, not %T", item, 0, 0);
        return v_bool(str_find_sub(I, c, item, 0) != V_NULL);
    case T_BYTES:
        if (is_int_value(I, item)) {
            int64_t x;
            if (!int_to_i64(I, item, &x) || x < 0 || x > 255) return raise_msg(I, T_VALUE_ERROR, "byte must be in range(0, 256)");
            for (uint32_t i = 0; i < str_nbytes(I, c); i++) if (str_byte(I, c, i) == (uint32_t)x) return V_TRUE;
            return V_FALSE;
        }
        if (!is_type(I, item, T_BYTES)) return raise_fmt(I, T_TYPE_ERROR, "a bytes-like object is required, not '%T'", item, 0, 0);
        return v_bool(str_find_sub(I, c, item, 0) != V_NULL);
    case T_LIST: case T_TUPLE: {
        bool tup = k == T_TUPLE;
        uint32_t n = tup ? tuple_len(I, c) : list_len(I, c);
        for (uint32_t i = 0; i < n; i++) {
            Value x = tup ? fld(I, c, 1 + i) : list_get(I, c, i);
            if (x == item) return V_TRUE;
            bool known;
            bool eq = values_eq_simple(I, x, item, &known);
            if (!known) {
                Value args = tuple_pack2(I, c, item);
                if (args == V_ERR) return args;
                return prelude_tailcall(I, "_contains_iter", args);
            }
            if (eq) return V_TRUE;
        }
        return V_FALSE;
    }
    case T_RANGE: {
        if (!is_int_value(I, item)) break;
        int64_t x, start = v_as_int(fld(I, c, RANGE_START)), step = v_as_int(fld(I, c, RANGE_STEP)), len = v_as_int(fld(I, c, RANGE_LEN));
        if (!int_to_i64(I, item, &x)) return V_FALSE;
        if (len == 0) return V_FALSE;
        int64_t d = x - start;
        if (step > 0 ? (d < 0 || d >= step * len) : (d > 0 || d <= step * len)) return V_FALSE;
        return v_bool(d % step == 0);
    }
    default: break;
    }
    Value args = tuple_pack2(I, c, item);
    if (args == V_ERR) return args;
    return prelude_tailcall(I, "_contains_iter", args);
}

/* ---- Truth, length, iteration ---- */
MY_OUTLINE Value op_truth(Interp *I, Value v) {
    if (v == V_TRUE || v == V_FALSE) return v;
    if (v == V_NONE) return V_FALSE;
    if (v_is_int(v)) return v_bool(v_as_int(v) != 0);
    if (v_is_double(v)) return v_bool(v_as_double(v) != 0);
    if (!v_is_obj(v)) return V_TRUE;
    if (is_complex(I, v)) return v_bool(v_as_double(fld(I, v, COMPLEX_RE)) != 0 || v_as_double(fld(I, v, COMPLEX_IM)) != 0);
    if (is_py_instance(I, v)) {
        if (py_method(I, v, N___bool__) != V_NULL || py_method(I, v, N___len__) != V_NULL) {
            Value args = tuple_pack2(I, v, V_NONE);
            if (args == V_ERR) return args;
            args = tuple_from_values(I, v_as_ref(args) + 1, 1);
            if (args == V_ERR) return args;
            return prelude_tailcall(I, "_truth", args);
        }
        if (is_boxed(I, v)) return op_truth(I, box_inner(I, v));   /* one level: a box holds a built-in value */
        return V_TRUE;
    }
    switch (kind_of(I, v)) {
    case T_STR: case T_BYTES: return v_bool(str_nbytes(I, v) != 0);
    case T_LIST: return v_bool(list_len(I, v) != 0);
    case T_TUPLE: return v_bool(tuple_len(I, v) != 0);
    case T_DICT: return v_bool(dict_len(I, v) != 0);
    case T_SET: case T_FROZENSET: return v_bool(set_len(I, v) != 0);
    case T_RANGE: return v_bool(v_as_int(fld(I, v, RANGE_LEN)) != 0);
    case T_BUFFER: return v_bool(buffer_len(I, v) != 0);
    case T_INT: return V_TRUE;   /* normalized big ints are never zero */
    case T_DICT_KEYS: case T_DICT_VALUES: case T_DICT_ITEMS: return v_bool(dict_len(I, fld(I, v, VIEW_DICT)) != 0);
    default: return V_TRUE;
    }
}

MY_OUTLINE Value op_len(Interp *I, Value v) {
    if (v_is_obj(v)) {
        if (is_py_instance(I, v)) {
            Value f = py_method(I, v, N___len__);
            if (f != V_NULL) {
                Value args = tuple_pack2(I, v, V_NONE);
                if (args == V_ERR) return args;
                args = tuple_from_values(I, v_as_ref(args) + 1, 1);
                if (args == V_ERR) return args;
                return prelude_tailcall(I, "_len", args);
            }
            v = box_inner(I, v);
        }
        if (v_is_obj(v)) switch (kind_of(I, v)) {
        case T_STR: return v_int(str_nchars(I, v));
        case T_BYTES: return v_int(str_nbytes(I, v));
        case T_LIST: return v_int(list_len(I, v));
        case T_TUPLE: return v_int(tuple_len(I, v));
        case T_DICT: return v_int(dict_len(I, v));
        case T_SET: case T_FROZENSET: return v_int(set_len(I, v));
        case T_RANGE: return fld(I, v, RANGE_LEN);
        case T_DICT_KEYS: case T_DICT_VALUES: case T_DICT_ITEMS: return v_int(dict_len(I, fld(I, v, VIEW_DICT)));
        case T_BUFFER: return int_from_i64(I, buffer_len(I, v));
        default: break;
        }
    }
    return raise_fmt(I, T_TYPE_ERROR, "object of type '%T' has no len()", v, 0, 0);
}

static MY_FN Value make_iter(Interp *I, TypeId t, Value seq, Value pos, Value aux) {
    Ref r = obj_alloc(I, t, ITER_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + ITER_SEQ, seq);
    st(I, r + ITER_POS, pos);
    st(I, r + ITER_AUX, aux);
    return v_obj(r);
}

MY_OUTLINE Value op_iter(Interp *I, Value v) {
    if (v_is_obj(v)) {
        if (is_py_instance(I, v)) {
            Value f = py_method(I, v, N___iter__);
            if (f == V_NONE) return raise_fmt(I, T_TYPE_ERROR, "'%T' object is not iterable", v, 0, 0);   /* __iter__ = None */
            if (f != V_NULL) return tail_with(I, f, v, V_NONE, 1);
            if (py_method(I, v, N___getitem__) != V_NULL && !is_boxed(I, v)) {
                Value args = tuple_pack2(I, v, V_NONE);
                if (args == V_ERR) return args;
                return prelude_tailcall(I, "_getitem_iter", args);
            }
            v = box_inner(I, v);
        }
        if (v_is_obj(v)) switch (kind_of(I, v)) {
        case T_LIST: return make_iter(I, T_LIST_ITER, v, v_int(0), V_NONE);
        case T_TUPLE: return make_iter(I, T_TUPLE_ITER, v, v_int(0), V_NONE);
        case T_STR: return make_iter(I, T_STR_ITER, v, v_int(0), V_NONE);
        case T_BYTES: return make_iter(I, T_BYTES_ITER, v, v_int(0), V_NONE);
        case T_RANGE: return make_iter(I, T_RANGE_ITER, fld(I, v, RANGE_START), v_int(0), v);
        case T_DICT: case T_DICT_KEYS:
            { Value d = kind_of(I, v) == T_DICT ? v : fld(I, v, VIEW_DICT);
              return make_iter(I, T_DICT_KEYITER, d, v_int(0), v_int(dict_len(I, d))); }
        case T_DICT_VALUES: return make_iter(I, T_DICT_VALITER, fld(I, v, VIEW_DICT), v_int(0), v_int(dict_len(I, fld(I, v, VIEW_DICT))));
        case T_DICT_ITEMS: return make_iter(I, T_DICT_ITEMITER, fld(I, v, VIEW_DICT), v_int(0), v_int(dict_len(I, fld(I, v, VIEW_DICT))));
        case T_SET: case T_FROZENSET: return make_iter(I, T_SET_ITER, v, v_int(0), v_int(set_len(I, v)));
        case T_BUFFER: return buffer_iter(I, v);
        case T_BUFFER_ITER: return v;
        case T_GENERATOR: case T_LIST_ITER: case T_TUPLE_ITER: case T_STR_ITER: case T_BYTES_ITER: case T_RANGE_ITER:
        case T_DICT_KEYITER: case T_DICT_VALITER: case T_DICT_ITEMITER: case T_SET_ITER: case T_SEQ_ITER:
            return v;
        default: break;
        }
    }
    return raise_fmt(I, T_TYPE_ERROR, "'%T' object is not iterable", v, 0, 0);
}

MY_OUTLINE Value op_next(Interp *I, Value it) {
    if (!v_is_obj(it)) return raise_fmt(I, T_TYPE_ERROR, "'%T' object is not an iterator", it, 0, 0);
    Ref r = v_as_ref(it);
    TypeId k = kind_of(I, it);
    Value seq = ld(I, r + ITER_SEQ);
    int64_t pos = v_as_int(ld(I, r + ITER_POS));
    switch (k) {
    case T_LIST_ITER:
        if (seq == V_NONE || pos >= list_len(I, seq)) { st(I, r + ITER_SEQ, V_NONE); return V_NULL; }
        st(I, r + ITER_POS, v_int(pos + 1));
        return list_get(I, seq, (uint32_t)pos);
    case T_TUPLE_ITER:
        if (pos >= tuple_len(I, seq)) return V_NULL;
        st(I, r + ITER_POS, v_int(pos + 1));
        return fld(I, seq, 1 + (uint32_t)pos);
    case T_STR_ITER: {
        if (pos >= str_nbytes(I, seq)) return V_NULL;
        uint32_t p = (uint32_t)pos;
        uint32_t start = p;
        utf8_decode_at(I, seq, &p);
        Value c = str_substr(I, seq, start, p - start);
        if (c == V_ERR) return c;
        st(I, r + ITER_POS, v_int(p));
        return c;
    }
    case T_BYTES_ITER:
        if (pos >= str_nbytes(I, seq)) return V_NULL;
        st(I, r + ITER_POS, v_int(pos + 1));
        return v_int(str_byte(I, seq, (uint32_t)pos));
    case T_RANGE_ITER: {
        Value rg = ld(I, r + ITER_AUX);
        if (pos >= v_as_int(fld(I, rg, RANGE_LEN))) return V_NULL;
        st(I, r + ITER_POS, v_int(pos + 1));
        return v_int(v_as_int(fld(I, rg, RANGE_START)) + pos * v_as_int(fld(I, rg, RANGE_STEP)));
    }
    case T_DICT_KEYITER: case T_DICT_VALITER: case T_DICT_ITEMITER: {
        if (dict_len(I, seq) != (uint32_t)v_as_int(ld(I, r + ITER_AUX))) {
            st(I, r + ITER_AUX, v_int(-1));
            return raise_msg(I, T_RUNTIME_ERROR, "dictionary changed size during iteration");
        }
        uint32_t p = (uint32_t)pos;
        Value key, val;
        if (!dict_next(I, seq, &p, &key, &val)) return V_NULL;
        Value res = k == T_DICT_KEYITER ? key : k == T_DICT_VALITER ? val : tuple_pack2(I, key, val);
        if (res == V_ERR) return res;
        st(I, r + ITER_POS, v_int(p));
        return res;
    }
    case T_SET_ITER: {
        if (set_len(I, seq) != (uint32_t)v_as_int(ld(I, r + ITER_AUX)))
            return raise_msg(I, T_RUNTIME_ERROR, "Set changed size during iteration");
        uint32_t p = (uint32_t)pos;
        Value key;
        if (!set_next(I, seq, &p, &key)) return V_NULL;
        st(I, r + ITER_POS, v_int(p));
        return key;
    }
    case T_SEQ_ITER: {
        /* old-style iteration: seq[0], seq[1], ... until IndexError */
        if (seq == V_NONE) return V_NULL;
        Value args = tuple_pack2(I, it, V_NONE);
        if (args == V_ERR) return args;
        args = tuple_from_values(I, v_as_ref(args) + 1, 1);
        if (args == V_ERR) return args;
        return prelude_tailcall(I, "_seq_iter_next", args);
    }
    case T_BUFFER_ITER: return buffer_iter_next(I, it);
    case T_GENERATOR: {
        I->tail_callable = it;
        I->tail_args = V_NONE;
        I->tail_kwargs = V_NULL;
        I->tail_mode = TAIL_GEN_SEND;
        return V_TAILCALL;
    }
    default: break;
    }
    Value f = py_method(I, it, N___next__);
    if (f != V_NULL) return tail_with(I, f, it, V_NONE, 1);
    return raise_fmt(I, T_TYPE_ERROR, "'%T' object is not an iterator", it, 0, 0);
}

/* ---- Indexing ---- */
MY_FN bool index_of(Interp *I, Value v, int64_t *out) {
    if (v_is_int(v)) { *out = v_as_int(v); return true; }
    v = box_inner(I, v);
    if (v_is_int(v)) { *out = v_as_int(v); return true; }
    if (v == V_TRUE || v == V_FALSE) { *out = v == V_TRUE; return true; }
    if (is_bigint(I, v)) {
        if (int_to_i64(I, v, out)) return true;
        raise_fmt(I, T_INDEX_ERROR, "cannot fit 'int' into an index-sized integer", 0, 0, 0);
        return false;
    }
    return false;
}

static MY_FN bool slice_part(Interp *I, Value v, int64_t *out) {
    if (v == V_NONE) return false;
    if (!index_of(I, v, out)) {
        if (I->exc == V_NULL) raise_msg(I, T_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
        *out = INT64_MIN;
        return false;
    }
    return true;
}

/* Python's slice.indices(len) and the resulting count. */
MY_FN bool slice_indices(Interp *I, Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *count) {
    int64_t st_ = 1, a, b;
    if (slice_part(I, fld(I, slice, SLICE_STEP), &st_)) { if (st_ == 0) { raise_msg(I, T_VALUE_ERROR, "slice step cannot be zero"); return false; } }
    else if (st_ == INT64_MIN) return false; else st_ = 1;
    bool has_a = slice_part(I, fld(I, slice, SLICE_START), &a);
    if (!has_a && a == INT64_MIN) return false;
    bool has_b = slice_part(I, fld(I, slice, SLICE_STOP), &b);
    if (!has_b && b == INT64_MIN) return false;
    if (!has_a) a = st_ < 0 ? len - 1 : 0;
    else { if (a < 0) { a += len; if (a < 0) a = st_ < 0 ? -1 : 0; } else if (a >= len) a = st_ < 0 ? len - 1 : len; }
    if (!has_b) b = st_ < 0 ? -1 : len;
    else { if (b < 0) { b += len; if (b < 0) b = st_ < 0 ? -1 : 0; } else if (b >= len) b = st_ < 0 ? len - 1 : len; }
    int64_t n = 0;
    if (st_ < 0) { if (b < a) n = (a - b - 1) / (-st_) + 1; }
    else if (a < b) n = (b - a - 1) / st_ + 1;
    *start = a; *stop = b; *step = st_; *count = n;
    return true;
}

MY_OUTLINE Value str_getitem(Interp *I, Value s, Value key);
MY_OUTLINE Value list_getitem(Interp *I, Value l, Value key);
MY_OUTLINE Value list_setitem(Interp *I, Value l, Value key, Value v);
MY_OUTLINE Value list_delitem(Interp *I, Value l, Value key);
MY_OUTLINE Value tuple_getitem(Interp *I, Value t, Value key);
MY_OUTLINE Value range_getitem(Interp *I, Value r, Value key);
MY_OUTLINE Value bytes_getitem(Interp *I, Value b, Value key);

/* a slice with a bound that is a Python object (its __index__ is Python code) */
static MY_FN bool slice_has_py_part(Interp *I, Value key) {
    if (!is_type(I, key, T_SLICE)) return false;
    for (int i = SLICE_START; i <= SLICE_STEP; i++) if (is_py_instance(I, fld(I, key, i))) return true;
    return false;
}

MY_OUTLINE Value op_getitem(Interp *I, Value obj, Value key) {
    if (v_is_obj(obj)) {
        Ref t = hdr_type(I, v_as_ref(obj));
        if ((t == TYPE_REF(T_LIST) || t == TYPE_REF(T_TUPLE) || t == TYPE_REF(T_STR) || t == TYPE_REF(T_RANGE) || t == TYPE_REF(T_BYTES)) &&
            ((is_py_instance(I, key) && py_method(I, key, N___index__) != V_NULL) || slice_has_py_part(I, key)))
            return tail_with(I, prelude_get(I, "_getitem_index"), obj, key, 2);
        if (t == TYPE_REF(T_LIST)) {
            if (v_is_int(key)) {
                int64_t i = v_as_int(key), n = list_len(I, obj);
                if (i < 0) i += n;
                if (i < 0 || i >= n) return raise_msg(I, T_INDEX_ERROR, "list index out of range");
                return list_get(I, obj, (uint32_t)i);
            }
            return list_getitem(I, obj, key);
        }
        if (t == TYPE_REF(T_DICT)) {
            if (key_needs_python(I, key)) return tail_with(I, prelude_get(I, "_dict_getitem"), obj, key, 2);
            Value v = dict_get(I, obj, key);
            if (v != V_NULL) return v;
            Value args = tuple_pack2(I, key, V_NONE);
            if (args == V_ERR) return args;
            args = tuple_from_values(I, v_as_ref(args) + 1, 1);
            if (args == V_ERR) return args;
            Value e = exc_new(I, TYPE_REF(T_KEY_ERROR), args);
            if (e == V_ERR) return e;
            I->exc = e;
            return V_ERR;
        }
        if (t == TYPE_REF(T_TUPLE)) return tuple_getitem(I, obj, key);
        if (t == TYPE_REF(T_STR)) return str_getitem(I, obj, key);
        if (t == TYPE_REF(T_RANGE)) return range_getitem(I, obj, key);
        if (t == TYPE_REF(T_BYTES)) return bytes_getitem(I, obj, key);
        if (t == TYPE_REF(T_BUFFER)) return buffer_getitem(I, obj, key);
        if (is_py_instance(I, obj)) {
            Value f = py_method(I, obj, N___getitem__);
            if (f != V_NULL) return tail_with(I, f, obj, key, 2);
            if (is_boxed(I, obj)) {
                if (is_type(I, box_inner(I, obj), T_DICT) && py_method(I, obj, N___missing__) != V_NULL)
                    return tail_with(I, prelude_get(I, "_dict_missing_getitem"), obj, key, 2);
                return op_getitem(I, box_inner(I, obj), key);   /* one level */
            }
        }
        if (is_subtype(I, t, TYPE_REF(T_TYPE))) {
            Value f = type_lookup_id(I, v_as_ref(obj), N___class_getitem__);
            if (f != V_NULL) {
                Value m = getattr_value(I, obj, name_v(I, N___class_getitem__));
                if (m == V_ERR) return m;
                return tail_with(I, m, key, V_NONE, 1);
            }
            if (type_is_builtin(v_as_ref(obj)))   /* list[int] and friends: a GenericAlias (not checked) */
                return tail_with(I, prelude_get(I, "_generic_alias"), obj, key, 2);
            return raise_fmt(I, T_TYPE_ERROR, "type '%s' is not subscriptable", type_name_v(I, v_as_ref(obj)), 0, 0);
        }
    }
    return raise_fmt(I, T_TYPE_ERROR, "'%T' object is not subscriptable", obj, 0, 0);
}

MY_OUTLINE Value op_setitem(Interp *I, Value obj, Value key, Value v) {
    if (v_is_obj(obj)) {
        Ref t = hdr_type(I, v_as_ref(obj));
        if (t == TYPE_REF(T_LIST)) {
            if (v_is_int(key)) {
                int64_t i = v_as_int(key), n = list_len(I, obj);
                if (i < 0) i += n;
                if (i < 0 || i >= n) return raise_msg(I, T_INDEX_ERROR, "list assignment index out of range");
                list_set(I, obj, (uint32_t)i, v);
                return V_NONE;
            }
            return list_setitem(I, obj, key, v);
        }
        if (t == TYPE_REF(T_DICT)) {
            if (key_needs_python(I, key)) {
                Value args = tuple_pack3(I, obj, key, v);
                if (args == V_ERR) return args;
                return prelude_tailcall(I, "_dict_setitem", args);
            }
            return dict_set(I, obj, key, v);
        }
        if (t == TYPE_REF(T_BUFFER)) return buffer_setitem(I, obj, key, v);
        if (is_py_instance(I, obj)) {
            Value f = py_method(I, obj, N___setitem__);
            if (f != V_NULL) {
                Value args = tuple_pack3(I, obj, key, v);
                if (args == V_ERR) return args;
                I->tail_callable = f; I->tail_args = args; I->tail_kwargs = V_NULL; I->tail_mode = TAIL_CALL;
                return V_TAILCALL;
            }
            if (is_boxed(I, obj) && v_is_obj(box_inner(I, obj))) {
                Ref it = hdr_type(I, v_as_ref(box_inner(I, obj)));
                if (it == TYPE_REF(T_LIST) || it == TYPE_REF(T_DICT)) return op_setitem(I, box_inner(I, obj), key, v);
            }
        }
    }
    return raise_fmt(I, T_TYPE_ERROR, "'%T' object does not support item assignment", obj, 0, 0);
}

MY_OUTLINE Value op_delitem(Interp *I, Value obj, Value key) {
    if (v_is_obj(obj)) {
        Ref t = hdr_type(I, v_as_ref(obj));
        if (t == TYPE_REF(T_LIST)) return list_delitem(I, obj, key);
        if (t == TYPE_REF(T_DICT)) {
            if (key_needs_python(I, key)) return tail_with(I, prelude_get(I, "_dict_delitem"), obj, key, 2);
            Value r = dict_del(I, obj, key);
            if (r == V_NULL) {
                Value args = tuple_pack2(I, key, V_NONE);
                if (args == V_ERR) return args;
                args = tuple_from_values(I, v_as_ref(args) + 1, 1);
                if (args == V_ERR) return args;
                Value e = exc_new(I, TYPE_REF(T_KEY_ERROR), args);
                if (e == V_ERR) return e;
                I->exc = e;
                return V_ERR;
            }
            return r;
        }
        if (is_py_instance(I, obj)) {
            Value f = py_method(I, obj, N___delitem__);
            if (f != V_NULL) return tail_with(I, f, obj, key, 2);
            if (is_boxed(I, obj) && v_is_obj(box_inner(I, obj))) {
                Ref it = hdr_type(I, v_as_ref(box_inner(I, obj)));
                if (it == TYPE_REF(T_LIST) || it == TYPE_REF(T_DICT)) return op_delitem(I, box_inner(I, obj), key);
            }
        }
    }
    return raise_fmt(I, T_TYPE_ERROR, "'%T' object doesn't support item deletion", obj, 0, 0);
}

MY_OUTLINE Value op_hash(Interp *I, Value v) {
    int64_t h;
    Value r = hash_of(I, v, &h);
    if (r == V_ERR) return r;
    if (r == V_NULL) {
        Value f = py_method(I, v, N___hash__);
        if (f == V_NULL) return raise_fmt(I, T_TYPE_ERROR, "unhashable type: '%T'", v, 0, 0);
        return tail_with(I, f, v, V_NONE, 1);
    }
    return int_from_i64(I, h);
}

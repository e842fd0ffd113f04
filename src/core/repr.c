/* repr.c: str() and repr() of built-in values, written into one builder without recursion in Python. */
#include "vm.h"
#include "buffer.h"

#define REPR_MAX_DEPTH 64

static MY_FN void put_hexaddr(Interp *I, StrBuf *b, Value v) {
    uint64_t a = 0x7f0000000000ull + (uint64_t)v_as_ref(v) * 8;
    sb_puts(I, b, "0x");
    char tmp[20];
    int n = 0;
    do { tmp[n++] = "0123456789abcdef"[a & 15]; a >>= 4; } while (a);
    while (n > 0) sb_putc(I, b, (uint8_t)tmp[--n]);
}

static MY_FN void put_qualified_type(Interp *I, StrBuf *b, Ref t) {
    Value mod = ld(I, t + TYPE_MODULE);
    if (!type_is_builtin(t) && is_str(I, mod) && !str_eq_cstr(I, mod, "builtins")) { sb_put_str(I, b, mod); sb_putc(I, b, '.'); }
    sb_put_str(I, b, type_is_builtin(t) ? ld(I, t + TYPE_NAME) : ld(I, t + TYPE_QUALNAME));
}

static MY_FN bool is_py_obj(Interp *I, Value v) { return v_is_obj(v) && !type_is_builtin(hdr_type(I, v_as_ref(v))); }

static MY_FN bool has_py_method(Interp *I, Value v, NameId id) {
    if (!is_py_obj(I, v)) return false;
    Value f = type_lookup_id(I, hdr_type(I, v_as_ref(v)), id);
    return f != V_NULL && !is_type(I, f, T_BUILTIN);
}

/* Appends repr(v). Returns false when Python code is needed (then nothing useful was written). */
static MY_FN bool repr_into(Interp *I, StrBuf *b, Value v, uint32_t depth, Value *stack);

static MY_FN bool repr_items(Interp *I, StrBuf *b, Value v, TypeId k, uint32_t depth, Value *stack) {
    uint32_t n = k == T_TUPLE ? tuple_len(I, v) : list_len(I, v);
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_puts(I, b, ", ");
        if (!repr_into(I, b, k == T_TUPLE ? fld(I, v, 1 + i) : list_get(I, v, i), depth + 1, stack)) return false;
        if (k == T_LIST) n = list_len(I, v);
    }
    if (k == T_TUPLE && n == 1) sb_putc(I, b, ',');
    return true;
}

static MY_FN bool repr_into(Interp *I, StrBuf *b, Value v, uint32_t depth, Value *stack) {
    if (v_is_int(v)) { sb_put_int(I, b, v_as_int(v)); return true; }
    if (v_is_double(v)) { Value s = float_repr(I, v_as_double(v)); if (s == V_ERR) { b->failed = true; return true; } sb_put_str(I, b, s); return true; }
    if (v == V_NONE) { sb_puts(I, b, "None"); return true; }
    if (v == V_TRUE) { sb_puts(I, b, "True"); return true; }
    if (v == V_FALSE) { sb_puts(I, b, "False"); return true; }
    if (v == V_NOTIMPL) { sb_puts(I, b, "NotImplemented"); return true; }
    if (v == V_ELLIPSIS) { sb_puts(I, b, "Ellipsis"); return true; }
    if (!v_is_obj(v)) { sb_puts(I, b, "<?>"); return true; }
    if (has_py_method(I, v, N___repr__)) return false;
    if (depth >= REPR_MAX_DEPTH || stack_low(I)) return false;   /* the prelude's repr goes on, stackless */
    if (is_boxed(I, v)) {
        /* a subclass of a built-in type shows its value (sets show their class: the prelude) */
        Value in = box_inner(I, v);
        if (is_type(I, in, T_SET) || is_type(I, in, T_FROZENSET)) return false;
        return repr_into(I, b, in, depth + 1, stack);
    }
    Ref t = hdr_type(I, v_as_ref(v));
    TypeId k = kind_of(I, v);
    for (uint32_t i = 0; i < depth; i++)
        if (stack[i] == v) {
            sb_puts(I, b, k == T_LIST ? "[...]" : k == T_DICT ? "{...}" : k == T_TUPLE ? "(...)" : "...");
            return true;
        }
    stack[depth] = v;
    if (is_subtype(I, t, TYPE_REF(T_TYPE))) {
        sb_puts(I, b, "<class '");
        put_qualified_type(I, b, v_as_ref(v));
        sb_puts(I, b, "'>");
        return true;
    }
    if (type_is_builtin(t) || k != T_OBJECT) switch (k) {
    case T_COMPLEX: { Value s = complex_repr(I, v); if (s == V_ERR) { b->failed = true; return true; } sb_put_str(I, b, s); return true; }
    case T_STR: { Value s = str_repr(I, v); if (s == V_ERR) { b->failed = true; return true; } sb_put_str(I, b, s); return true; }
    case T_INT: { Value s = int_to_str(I, v, 10); if (s == V_ERR) { if (I->need_gc) b->failed = true; else b->error = b->failed = true; return true; } sb_put_str(I, b, s); return true; }
    case T_BYTES: {
        uint32_t n = str_nbytes(I, v);
        bool sq = false, dq = false;
        for (uint32_t i = 0; i < n; i++) { uint32_t c = str_byte(I, v, i); if (c == '\'') sq = true; if (c == '"') dq = true; }
        uint32_t q = (sq && !dq) ? '"' : '\'';
        sb_putc(I, b, 'b');
        sb_putc(I, b, q);
        for (uint32_t i = 0; i < n; i++) {
            uint32_t c = str_byte(I, v, i);
            if (c == q || c == '\\') { sb_putc(I, b, '\\'); sb_putc(I, b, c); }
            else if (c == '\n') sb_puts(I, b, "\\n");
            else if (c == '\r') sb_puts(I, b, "\\r");
            else if (c == '\t') sb_puts(I, b, "\\t");
            else if (c < 32 || c >= 127) { sb_puts(I, b, "\\x"); sb_putc(I, b, (uint8_t)"0123456789abcdef"[c >> 4]); sb_putc(I, b, (uint8_t)"0123456789abcdef"[c & 15]); }
            else sb_putc(I, b, c);
        }
        sb_putc(I, b, q);
        return true;
    }
    case T_LIST: sb_putc(I, b, '['); if (!repr_items(I, b, v, k, depth, stack)) return false; sb_putc(I, b, ']'); return true;
    case T_TUPLE: sb_putc(I, b, '('); if (!repr_items(I, b, v, k, depth, stack)) return false; sb_putc(I, b, ')'); return true;
    case T_DICT: {
        sb_putc(I, b, '{');
        uint32_t pos = 0, i = 0;
        Value key, val;
        while (dict_next(I, v, &pos, &key, &val)) {
            if (i++) sb_puts(I, b, ", ");
            if (!repr_into(I, b, key, depth + 1, stack)) return false;
            sb_puts(I, b, ": ");
            if (!repr_into(I, b, val, depth + 1, stack)) return false;
        }
        sb_putc(I, b, '}');
        return true;
    }
    case T_SET: case T_FROZENSET: {
        uint32_t n = set_len(I, v);
        if (n == 0) { sb_puts(I, b, k == T_SET ? "set()" : "frozenset()"); return true; }
        if (k == T_FROZENSET) sb_puts(I, b, "frozenset(");
        sb_putc(I, b, '{');
        uint32_t pos = 0, i = 0;
        Value key;
        while (set_next(I, v, &pos, &key)) {
            if (i++) sb_puts(I, b, ", ");
            if (!repr_into(I, b, key, depth + 1, stack)) return false;
        }
        sb_putc(I, b, '}');
        if (k == T_FROZENSET) sb_putc(I, b, ')');
        return true;
    }
    case T_DICT_KEYS: case T_DICT_VALUES: case T_DICT_ITEMS: {
        sb_puts(I, b, k == T_DICT_KEYS ? "dict_keys([" : k == T_DICT_VALUES ? "dict_values([" : "dict_items([");
        Value d = fld(I, v, VIEW_DICT);
        uint32_t pos = 0, i = 0;
        Value key, val;
        while (dict_next(I, d, &pos, &key, &val)) {
            if (i++) sb_puts(I, b, ", ");
            if (k == T_DICT_ITEMS) sb_putc(I, b, '(');
            if (k != T_DICT_VALUES && !repr_into(I, b, key, depth + 1, stack)) return false;
            if (k == T_DICT_ITEMS) sb_puts(I, b, ", ");
            if (k != T_DICT_KEYS && !repr_into(I, b, val, depth + 1, stack)) return false;
            if (k == T_DICT_ITEMS) sb_putc(I, b, ')');
        }
        sb_puts(I, b, "])");
        return true;
    }
    case T_RANGE: {
        int64_t st_ = v_as_int(fld(I, v, RANGE_START)), step = v_as_int(fld(I, v, RANGE_STEP));
        sb_puts(I, b, "range(");
        sb_put_int(I, b, st_);
        sb_puts(I, b, ", ");
        repr_into(I, b, fld(I, v, RANGE_STOP), depth + 1, stack);
        if (step != 1) { sb_puts(I, b, ", "); sb_put_int(I, b, step); }
        sb_putc(I, b, ')');
        return true;
    }
    case T_SLICE:
        sb_puts(I, b, "slice(");
        if (!repr_into(I, b, fld(I, v, SLICE_START), depth + 1, stack)) return false;
        sb_puts(I, b, ", ");
        if (!repr_into(I, b, fld(I, v, SLICE_STOP), depth + 1, stack)) return false;
        sb_puts(I, b, ", ");
        if (!repr_into(I, b, fld(I, v, SLICE_STEP), depth + 1, stack)) return false;
        sb_putc(I, b, ')');
        return true;
    case T_FUNCTION:
        sb_puts(I, b, "<function ");
        sb_put_str(I, b, fld(I, v, FUNC_QUALNAME));
        sb_puts(I, b, " at ");
        put_hexaddr(I, b, v);
        sb_putc(I, b, '>');
        return true;
    case T_BUILTIN: {
        Value self = fld(I, v, BUILTIN_SELF);
        if (self != V_NULL && !is_type(I, self, T_MODULE)) {
            sb_puts(I, b, "<built-in method ");
            sb_put_str(I, b, fld(I, v, BUILTIN_NAME));
            sb_puts(I, b, " of ");
            sb_put_str(I, b, type_name_v(I, type_of(I, self)));
            sb_puts(I, b, " object at ");
            put_hexaddr(I, b, self);
            sb_putc(I, b, '>');
        } else {
            sb_puts(I, b, "<built-in function ");
            sb_put_str(I, b, fld(I, v, BUILTIN_NAME));
            sb_putc(I, b, '>');
        }
        return true;
    }
    case T_METHOD: {
        Value f = fld(I, v, METHOD_FUNC);
        sb_puts(I, b, "<bound method ");
        if (is_type(I, f, T_FUNCTION)) sb_put_str(I, b, fld(I, f, FUNC_QUALNAME));
        sb_puts(I, b, " of ");
        if (!repr_into(I, b, fld(I, v, METHOD_SELF), depth + 1, stack)) return false;
        sb_putc(I, b, '>');
        return true;
    }
    case T_MODULE:
        sb_puts(I, b, "<module '");
        sb_put_str(I, b, fld(I, v, MODULE_NAME));
        {
            /* a module written in Python names its file, as CPython's do */
            Value file = dict_get_str(I, fld(I, v, MODULE_DICT), name_v(I, N___file__));
            if (file != V_NULL && is_str(I, file)) { sb_puts(I, b, "' from '"); sb_put_str(I, b, file); sb_puts(I, b, "'>"); }
            else sb_puts(I, b, "' (built-in)>");
        }
        return true;
    case T_GENERATOR: case T_COROUTINE: case T_ASYNC_GENERATOR:
        sb_puts(I, b, k == T_GENERATOR ? "<generator object " : k == T_COROUTINE ? "<coroutine object " : "<async_generator object ");
        sb_put_str(I, b, fld(I, v, GEN_QUALNAME));
        sb_puts(I, b, " at ");
        put_hexaddr(I, b, v);
        sb_putc(I, b, '>');
        return true;
    case T_CELL:
        sb_puts(I, b, "<cell at ");
        put_hexaddr(I, b, v);
        sb_putc(I, b, '>');
        return true;
    case T_BUFFER: buffer_repr_into(I, b, v); return true;
    case T_DIM3: dim3_repr_into(I, b, v); return true;
    case T_CODE:
        sb_puts(I, b, "<code object ");
        sb_put_str(I, b, fld(I, v, CODE_NAME));
        sb_puts(I, b, ">");
        return true;
    default:
        if (k >= T_FIRST_EXCEPTION) {
            if (has_py_method(I, v, N___str__) && false) return false;
            /* an exception's repr uses the bare class name */
            sb_put_str(I, b, type_is_builtin(t) ? ld(I, t + TYPE_NAME) : ld(I, t + TYPE_QUALNAME));
            Value args = fld(I, v, EXC_ARGS);
            sb_putc(I, b, '(');
            uint32_t n = tuple_len(I, args);
            for (uint32_t i = 0; i < n; i++) {
                if (i) sb_puts(I, b, ", ");
                if (!repr_into(I, b, fld(I, args, 1 + i), depth + 1, stack)) return false;
            }
            sb_putc(I, b, ')');
            return true;
        }
        break;
    }
    sb_putc(I, b, '<');
    put_qualified_type(I, b, t);
    sb_puts(I, b, " object at ");
    put_hexaddr(I, b, v);
    sb_putc(I, b, '>');
    return true;
}

MY_OUTLINE Value op_repr(Interp *I, Value v) {
    if (is_py_obj(I, v) && has_py_method(I, v, N___repr__)) {
        Value args = tuple_pack2(I, v, V_NONE);
        if (args == V_ERR) return args;
        args = tuple_from_values(I, v_as_ref(args) + 1, 1);
        if (args == V_ERR) return args;
        return prelude_tailcall(I, "_repr", args);
    }
    if (is_boxed(I, v) && (is_type(I, box_inner(I, v), T_SET) || is_type(I, box_inner(I, v), T_FROZENSET))) {
        Value args = tuple_pack2(I, v, V_NONE);
        if (args == V_ERR) return args;
        args = tuple_from_values(I, v_as_ref(args) + 1, 1);
        if (args == V_ERR) return args;
        return prelude_tailcall(I, "_set_sub_repr", args);   /* Name({...}) */
    }
    v = box_inner(I, v);   /* a subclass of a built-in type shows its value */
    Value stack[REPR_MAX_DEPTH];
    StrBuf b;
    sb_init(I, &b, 16);
    if (!repr_into(I, &b, v, 0, stack)) {
        Value args = tuple_pack2(I, v, V_NONE);
        if (args == V_ERR) return args;
        args = tuple_from_values(I, v_as_ref(args) + 1, 1);
        if (args == V_ERR) return args;
        return prelude_tailcall(I, "_repr", args);
    }
    return sb_finish(I, &b);
}

MY_OUTLINE Value op_str(Interp *I, Value v) {
    if (is_str(I, v)) return v;
    if (is_py_obj(I, v) && (has_py_method(I, v, N___str__) || has_py_method(I, v, N___repr__))) {
        Value args = tuple_pack2(I, v, V_NONE);
        if (args == V_ERR) return args;
        args = tuple_from_values(I, v_as_ref(args) + 1, 1);
        if (args == V_ERR) return args;
        return prelude_tailcall(I, "_str", args);
    }
    if (is_boxed(I, v)) {
        Value in = box_inner(I, v);
        return is_type(I, in, T_SET) || is_type(I, in, T_FROZENSET) ? op_repr(I, v) : op_str(I, in);   /* one level */
    }
    if (v_is_obj(v) && kind_of(I, v) >= T_FIRST_EXCEPTION) return exc_str(I, v);
    return op_repr(I, v);
}

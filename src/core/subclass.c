/* subclass.c: classes made by metaclasses, and subclasses of built-in value types (boxes). */
#include "vm.h"
#include "natives.h"

static MY_FN bool is_class_v(Interp *I, Value v) { return v_is_obj(v) && is_subtype(I, hdr_type(I, v_as_ref(v)), TYPE_REF(T_TYPE)); }

/* _myriad.type_new(meta, name, bases, ns): the class object only; type.__new__ (the prelude's
   _type_new) then runs __set_name__ and __init_subclass__. */
NATIVE(my_type_new) {
    if (!args_check(I, nargs, kwnames, "type_new", 4, 4)) return V_ERR;
    if (!is_class_v(I, ARG(0))) return raise_msg(I, T_TYPE_ERROR, "type.__new__(X): X is not a type object");
    if (!is_subtype(I, v_as_ref(ARG(0)), TYPE_REF(T_TYPE)))
        return raise_fmt(I, T_TYPE_ERROR, "type.__new__(%s): %s is not a subtype of type", type_name_v(I, v_as_ref(ARG(0))), type_name_v(I, v_as_ref(ARG(0))), 0);
    return type_new_class(I, v_as_ref(ARG(0)), ARG(1), ARG(2), ARG(3));
}

/* _myriad.box_base(cls): the built-in type whose values instances of cls box (or object). */
NATIVE(my_box_base) {
    if (!args_check(I, nargs, kwnames, "box_base", 1, 1)) return V_ERR;
    if (!is_class_v(I, ARG(0))) return raise_msg(I, T_TYPE_ERROR, "box_base() needs a class");
    Ref c = v_as_ref(ARG(0));
    return v_obj(type_is_builtin(c) ? c : boxed_base(I, c));
}

/* _myriad.box(cls, value): an instance of cls (TF_BOXED) holding value. */
NATIVE(my_box) {
    if (!args_check(I, nargs, kwnames, "box", 2, 2)) return V_ERR;
    Value c = ARG(0);
    if (!is_class_v(I, c) || type_is_builtin(v_as_ref(c)) || !(v_as_int(ld(I, v_as_ref(c) + TYPE_FLAGS)) & TF_BOXED))
        return raise_msg(I, T_TYPE_ERROR, "box() needs a subclass of a built-in type");
    Ref r = obj_alloc_typed(I, v_as_ref(c), BOX_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + BOX_VALUE, ARG(1));
    return v_obj(r);
}

/* int.__new__, str.__new__, list.__new__, ...: the built-in constructor for the type itself; for a
   subclass, the prelude's _box_new makes the value and boxes it. */
static MY_FN Value box_new_for(Interp *I, TypeId t, Ref args, uint32_t nargs, Value kwnames) {
    Value tn = type_name_v(I, TYPE_REF(t));
    if (nargs < 1) return raise_fmt(I, T_TYPE_ERROR, "%s.__new__(): not enough arguments", tn, 0, 0);
    if (!is_class_v(I, ARG(0))) return raise_fmt(I, T_TYPE_ERROR, "%s.__new__(X): X is not a type object (%T)", tn, ARG(0), 0);
    Ref c = v_as_ref(ARG(0));
    if (!is_subtype(I, c, TYPE_REF(t))) {
        StrBuf b;
        sb_init(I, &b, 64);
        sb_put_str(I, &b, tn); sb_puts(I, &b, ".__new__("); sb_put_str(I, &b, type_name_v(I, c));
        sb_puts(I, &b, "): "); sb_put_str(I, &b, type_name_v(I, c)); sb_puts(I, &b, " is not a subtype of ");
        sb_put_str(I, &b, tn);
        Value m = sb_finish(I, &b);
        return m == V_ERR ? m : raise_fmt(I, T_TYPE_ERROR, "%s", m, 0, 0);
    }
    if (c == TYPE_REF(t)) return type_call_builtin(I, t, args + 1, nargs - 1, kwnames);
    return prelude_delegate(I, "_box_new", args, nargs, kwnames);
}
NATIVE(box_new_int) { return box_new_for(I, T_INT, args, nargs, kwnames); }
NATIVE(box_new_float) { return box_new_for(I, T_FLOAT, args, nargs, kwnames); }
NATIVE(box_new_complex) { return box_new_for(I, T_COMPLEX, args, nargs, kwnames); }
NATIVE(box_new_str) { return box_new_for(I, T_STR, args, nargs, kwnames); }
NATIVE(box_new_bytes) { return box_new_for(I, T_BYTES, args, nargs, kwnames); }
NATIVE(box_new_tuple) { return box_new_for(I, T_TUPLE, args, nargs, kwnames); }
NATIVE(box_new_frozenset) { return box_new_for(I, T_FROZENSET, args, nargs, kwnames); }
NATIVE(box_new_list) { return box_new_for(I, T_LIST, args, nargs, kwnames); }
NATIVE(box_new_dict) { return box_new_for(I, T_DICT, args, nargs, kwnames); }
NATIVE(box_new_set) { return box_new_for(I, T_SET, args, nargs, kwnames); }

/* list.__init__, dict.__init__, set.__init__ (self is the value a box holds, natives.c). */
NATIVE(list_init_m) { return prelude_delegate(I, "_list_init", args, nargs, kwnames); }
NATIVE(dict_init_m) { return prelude_delegate(I, "_dict_init", args, nargs, kwnames); }
NATIVE(set_init_m) { return prelude_delegate(I, "_set_init", args, nargs, kwnames); }

/* _myriad.caller_globals(): the globals of the function that called the prelude function asking
   (type(name, bases, dict) takes its __module__ from there, as CPython does). */
NATIVE(my_caller_globals) {
    MY_UNUSED(args); MY_UNUSED(nargs); MY_UNUSED(kwnames);
    if (!I->frame) return I->globals;
    Value back = ld(I, I->frame + FRAME_BACK);
    return back == V_NULL ? I->globals : ld(I, v_as_ref(back) + FRAME_GLOBALS);
}

MY_FN Value dict_plain(Interp *I, Value v) {
    if (!is_boxed(I, v) || !is_type(I, box_inner(I, v), T_DICT)) return v;
    if (is_type(I, type_lookup_id(I, hdr_type(I, v_as_ref(v)), N___iter__), T_FUNCTION)) return v;
    return box_inner(I, v);
}

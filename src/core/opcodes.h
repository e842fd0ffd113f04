/* opcodes.h: every bytecode instruction, once: X(name, stack effect, comment). */
#ifndef MY_OPCODES_H
#define MY_OPCODES_H

/* An instruction is 32 bits: the opcode in the low 8, its argument in the high 24. Jump arguments
   are absolute instruction indices. The stack effect column is what the compiler's depth tracking
   uses; "var" entries are computed in compile.c. */
#define OPCODES(X) \
    X(NOP, 0, "") \
    X(POP_TOP, -1, "") \
    X(COPY, 1, "push a copy of the item arg down (1 = TOS)") \
    X(SWAP, 0, "swap TOS with the item arg down (2 = TOS1)") \
    X(LOAD_CONST, 1, "push consts[arg]") \
    X(LOAD_FAST, 1, "push local arg (UnboundLocalError if unset)") \
    X(STORE_FAST, -1, "") \
    X(DELETE_FAST, 0, "") \
    X(LOAD_DEREF, 1, "push the contents of the cell in slot arg") \
    X(STORE_DEREF, -1, "") \
    X(DELETE_DEREF, 0, "") \
    X(LOAD_CLOSURE, 1, "push the cell itself in slot arg") \
    X(LOAD_CLASSDEREF, 1, "class body: the locals dict, else the cell in slot arg&0xFFFF, names[arg>>16]") \
    X(MAKE_CELL, 0, "wrap slot arg in a new cell (its current value, if any, goes inside)") \
    X(LOAD_GLOBAL, 1, "push globals/builtins names[arg]") \
    X(STORE_GLOBAL, -1, "") \
    X(DELETE_GLOBAL, 0, "") \
    X(LOAD_NAME, 1, "locals dict, globals, builtins") \
    X(STORE_NAME, -1, "") \
    X(DELETE_NAME, 0, "") \
    X(LOAD_ATTR, 0, "TOS = getattr(TOS, names[arg])") \
    X(STORE_ATTR, -2, "TOS.names[arg] = TOS1") \
    X(DELETE_ATTR, -1, "") \
    X(LOAD_METHOD, 1, "TOS -> (func, self) or (attr, NULL)") \
    X(LOAD_SPECIAL, 0, "TOS = bound special method names[arg] looked up on the type") \
    X(BINARY_OP, -1, "arg = AST_OP_* | 0x100 for in-place") \
    X(UNARY_OP, 0, "arg = AST_OP_NOT/UADD/USUB/INVERT") \
    X(COMPARE_OP, -1, "arg = AST_OP_EQ..GE") \
    X(IS_OP, -1, "arg 1 = is not") \
    X(CONTAINS_OP, -1, "TOS1 in TOS; arg 1 = not in") \
    X(BINARY_SUBSCR, -1, "TOS1[TOS]") \
    X(STORE_SUBSCR, -3, "TOS1[TOS] = TOS2") \
    X(DELETE_SUBSCR, -2, "") \
    X(BUILD_SLICE, var, "arg items (2 or 3)") \
    X(BUILD_TUPLE, var, "") \
    X(BUILD_LIST, var, "") \
    X(BUILD_SET, var, "") \
    X(BUILD_MAP, var, "arg key/value pairs") \
    X(BUILD_STRING, var, "concatenate arg strs") \
    X(LIST_APPEND, -1, "append TOS to the list arg down (after popping)") \
    X(SET_ADD, -1, "") \
    X(MAP_ADD, -2, "TOS1: key, TOS: value") \
    X(LIST_EXTEND, -1, "") \
    X(SET_UPDATE, -1, "") \
    X(DICT_UPDATE, -1, "") \
    X(DICT_MERGE, -1, "like DICT_UPDATE but duplicate keys are an error (f(**a, **b))") \
    X(LIST_TO_TUPLE, 0, "") \
    X(UNPACK_SEQUENCE, var, "TOS -> arg items, first item on top") \
    X(UNPACK_EX, var, "arg = before | after << 8") \
    X(FORMAT_VALUE, var, "arg & 3: conversion (0 none, 1 str, 2 repr, 3 ascii); arg & 4: a format spec is on TOS") \
    X(JUMP, 0, "") \
    X(POP_JUMP_IF_FALSE, -1, "") \
    X(POP_JUMP_IF_TRUE, -1, "") \
    X(JUMP_IF_FALSE_OR_POP, var, "") \
    X(JUMP_IF_TRUE_OR_POP, var, "") \
    X(POP_JUMP_IF_NOT_NONE, -1, "") \
    X(GET_ITER, 0, "") \
    X(FOR_ITER, var, "push next(TOS), or pop TOS and jump to arg when exhausted") \
    X(CALL, var, "callable, arg positional args") \
    X(CALL_KW, var, "callable, arg args, then a tuple of keyword names (last args are keywords)") \
    X(CALL_EX, var, "callable, args tuple, and a kwargs dict when arg & 1") \
    X(CALL_METHOD, var, "func-or-attr, self-or-NULL, arg args") \
    X(CALL_METHOD_KW, var, "like CALL_METHOD with a keyword-names tuple on top") \
    X(MAKE_FUNCTION, var, "code on TOS; below it: closure tuple (arg&8), kwdefaults dict (arg&2), defaults tuple (arg&1)") \
    X(RETURN_VALUE, -1, "") \
    X(YIELD_VALUE, 0, "yield TOS; the sent value replaces it") \
    X(GET_YIELD_FROM_ITER, 0, "") \
    X(SEND, var, "TOS1 iterator, TOS value: push what it yields, or pop both, push its return value and jump to arg") \
    X(RAISE_VARARGS, var, "0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS") \
    X(RERAISE, -1, "raise TOS again, keeping its traceback") \
    X(PUSH_EXC_INFO, 1, "TOS exc -> previous handled exc, exc; exc becomes the handled one") \
    X(POP_EXCEPT, -1, "restore the handled exception popped from TOS") \
    X(CHECK_EXC_MATCH, 0, "TOS1 exc, TOS type: TOS = isinstance match") \
    X(WITH_EXCEPT_START, 1, "stack: exit, prev, exc: push exit(type(exc), exc, tb)") \
    X(LOAD_ASSERTION_ERROR, 1, "") \
    X(LOAD_BUILD_CLASS, 1, "") \
    X(IMPORT_NAME, -1, "TOS fromlist, TOS1 level -> module names[arg]") \
    X(IMPORT_FROM, 1, "push getattr(TOS, names[arg]) (ImportError if missing)") \
    X(IMPORT_STAR, -1, "") \
    X(SETUP_ANNOTATIONS, 0, "") \
    X(PRINT_EXPR, -1, "REPL: print repr(TOS) if not None") \
    X(RETURN_GENERATOR, 0, "first instruction of a generator function (a marker)") \
    X(LOAD_PRELUDE, 1, "push the prelude's global names[arg] (helpers of match and async)") \
    X(GET_AWAITABLE, 0, "TOS = the iterator 'await TOS' drives: a coroutine itself, else TOS.__await__()") \
    X(GET_AITER, 0, "TOS = TOS.__aiter__()") \
    X(GET_ANEXT, 1, "push TOS.__anext__() (TOS, the async iterator, stays)") \
    X(END_ASYNC_FOR, -2, "TOS1 async iterator, TOS exception: StopAsyncIteration ends the loop, others re-raise") \
    X(EXTENDED_ARG, 0, "unused: arguments are 24 bits")

typedef enum Opcode {
#define OPCODE_ENUM_ITEM(name, effect, doc) OP_##name,
    OPCODES(OPCODE_ENUM_ITEM)
#undef OPCODE_ENUM_ITEM
    OP_COUNT
} Opcode;

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(i) ((i) & 0xFF)
#define INSTR_ARG(i) ((i) >> 8)

#endif

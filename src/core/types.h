/* types.h: the built-in types, the exception hierarchy and the interned names the C code refers to. */
#ifndef MY_TYPES_H
#define MY_TYPES_H

/* Built-in types: X(id, python name, base id). Every type object sits at a fixed offset of the image
   (see TYPE_REF in obj.h), so a type check is one compare against a constant. */
#define BUILTIN_TYPES(X) \
    X(OBJECT, "object", OBJECT) \
    X(TYPE, "type", OBJECT) \
    X(NONE, "NoneType", OBJECT) \
    X(INT, "int", OBJECT) \
    X(BOOL, "bool", INT) \
    X(FLOAT, "float", OBJECT) \
    X(COMPLEX, "complex", OBJECT) \
    X(STR, "str", OBJECT) \
    X(BYTES, "bytes", OBJECT) \
    X(BYTEARRAY, "bytearray", OBJECT) \
    X(LIST, "list", OBJECT) \
    X(TUPLE, "tuple", OBJECT) \
    X(DICT, "dict", OBJECT) \
    X(SET, "set", OBJECT) \
    X(FROZENSET, "frozenset", OBJECT) \
    X(RANGE, "range", OBJECT) \
    X(SLICE, "slice", OBJECT) \
    X(FUNCTION, "function", OBJECT) \
    X(BUILTIN, "builtin_function_or_method", OBJECT) \
    X(METHOD, "method", OBJECT) \
    X(CODE, "code", OBJECT) \
    X(CELL, "cell", OBJECT) \
    X(MODULE, "module", OBJECT) \
    X(GENERATOR, "generator", OBJECT) \
    X(COROUTINE, "coroutine", OBJECT)            /* generator layout (GEN_*): async def */ \
    X(ASYNC_GENERATOR, "async_generator", OBJECT) /* generator layout: async def with yield */ \
    X(PROPERTY, "property", OBJECT) \
    X(STATICMETHOD, "staticmethod", OBJECT) \
    X(CLASSMETHOD, "classmethod", OBJECT) \
    X(SUPER, "super", OBJECT) \
    X(NOTIMPL, "NotImplementedType", OBJECT) \
    X(ELLIPSIS, "ellipsis", OBJECT) \
    X(LIST_ITER, "list_iterator", OBJECT) \
    X(TUPLE_ITER, "tuple_iterator", OBJECT) \
    X(STR_ITER, "str_ascii_iterator", OBJECT) \
    X(BYTES_ITER, "bytes_iterator", OBJECT) \
    X(RANGE_ITER, "range_iterator", OBJECT) \
    X(DICT_KEYITER, "dict_keyiterator", OBJECT) \
    X(DICT_VALITER, "dict_valueiterator", OBJECT) \
    X(DICT_ITEMITER, "dict_itemiterator", OBJECT) \
    X(SET_ITER, "set_iterator", OBJECT) \
    X(SEQ_ITER, "iterator", OBJECT) \
    X(DICT_KEYS, "dict_keys", OBJECT) \
    X(DICT_VALUES, "dict_values", OBJECT) \
    X(DICT_ITEMS, "dict_items", OBJECT) \
    X(ARRAY, "array", OBJECT)        /* internal: the item storage of lists, dicts and sets */ \
    X(RAW, "raw", OBJECT)            /* internal: raw words (hash tables, bytecode, line tables) */ \
    X(FRAME, "frame", OBJECT)        /* internal: a function activation */ \
    X(TRACEBACK, "traceback", OBJECT) \
    X(FS_HANDLE, "_fs_handle", OBJECT)   /* internal: an open file of the shared file system (mod_fs.c) */ \
    X(BUFFER, "buffer", OBJECT)          /* typed view of memory outside the heap (buffer.c, the embedding API) */ \
    X(BUFFER_ITER, "buffer_iterator", OBJECT) \
    X(DIM3, "dim3", OBJECT)              /* threadIdx, blockIdx, ... of an embedded interpreter (mod_cuda.c) */ \
    X(BASE_EXCEPTION, "BaseException", OBJECT) \
    X(SYSTEM_EXIT, "SystemExit", BASE_EXCEPTION) \
    X(KEYBOARD_INTERRUPT, "KeyboardInterrupt", BASE_EXCEPTION) \
    X(GENERATOR_EXIT, "GeneratorExit", BASE_EXCEPTION) \
    X(EXCEPTION, "Exception", BASE_EXCEPTION) \
    X(STOP_ITERATION, "StopIteration", EXCEPTION) \
    X(STOP_ASYNC_ITERATION, "StopAsyncIteration", EXCEPTION) \
    X(ARITHMETIC_ERROR, "ArithmeticError", EXCEPTION) \
    X(FLOATING_POINT_ERROR, "FloatingPointError", ARITHMETIC_ERROR) \
    X(OVERFLOW_ERROR, "OverflowError", ARITHMETIC_ERROR) \
    X(ZERO_DIVISION_ERROR, "ZeroDivisionError", ARITHMETIC_ERROR) \
    X(ASSERTION_ERROR, "AssertionError", EXCEPTION) \
    X(ATTRIBUTE_ERROR, "AttributeError", EXCEPTION) \
    X(BUFFER_ERROR, "BufferError", EXCEPTION) \
    X(EOF_ERROR, "EOFError", EXCEPTION) \
    X(IMPORT_ERROR, "ImportError", EXCEPTION) \
    X(MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError", IMPORT_ERROR) \
    X(LOOKUP_ERROR, "LookupError", EXCEPTION) \
    X(INDEX_ERROR, "IndexError", LOOKUP_ERROR) \
    X(KEY_ERROR, "KeyError", LOOKUP_ERROR) \
    X(MEMORY_ERROR, "MemoryError", EXCEPTION) \
    X(NAME_ERROR, "NameError", EXCEPTION) \
    X(UNBOUND_LOCAL_ERROR, "UnboundLocalError", NAME_ERROR) \
    X(OS_ERROR, "OSError", EXCEPTION) \
    X(FILE_NOT_FOUND_ERROR, "FileNotFoundError", OS_ERROR) \
    X(FILE_EXISTS_ERROR, "FileExistsError", OS_ERROR) \
    X(IS_A_DIRECTORY_ERROR, "IsADirectoryError", OS_ERROR) \
    X(NOT_A_DIRECTORY_ERROR, "NotADirectoryError", OS_ERROR) \
    X(PERMISSION_ERROR, "PermissionError", OS_ERROR) \
    X(TIMEOUT_ERROR, "TimeoutError", OS_ERROR) \
    X(BLOCKING_IO_ERROR, "BlockingIOError", OS_ERROR) \
    X(CHILD_PROCESS_ERROR, "ChildProcessError", OS_ERROR) \
    X(INTERRUPTED_ERROR, "InterruptedError", OS_ERROR) \
    X(PROCESS_LOOKUP_ERROR, "ProcessLookupError", OS_ERROR) \
    X(CONNECTION_ERROR, "ConnectionError", OS_ERROR) \
    X(BROKEN_PIPE_ERROR, "BrokenPipeError", CONNECTION_ERROR) \
    X(CONNECTION_ABORTED_ERROR, "ConnectionAbortedError", CONNECTION_ERROR) \
    X(CONNECTION_REFUSED_ERROR, "ConnectionRefusedError", CONNECTION_ERROR) \
    X(CONNECTION_RESET_ERROR, "ConnectionResetError", CONNECTION_ERROR) \
    X(REFERENCE_ERROR, "ReferenceError", EXCEPTION) \
    X(RUNTIME_ERROR, "RuntimeError", EXCEPTION) \
    X(NOT_IMPLEMENTED_ERROR, "NotImplementedError", RUNTIME_ERROR) \
    X(RECURSION_ERROR, "RecursionError", RUNTIME_ERROR) \
    X(SYNTAX_ERROR, "SyntaxError", EXCEPTION) \
    X(INDENTATION_ERROR, "IndentationError", SYNTAX_ERROR) \
    X(TAB_ERROR, "TabError", INDENTATION_ERROR) \
    X(SYSTEM_ERROR, "SystemError", EXCEPTION) \
    X(TYPE_ERROR, "TypeError", EXCEPTION) \
    X(VALUE_ERROR, "ValueError", EXCEPTION) \
    X(UNICODE_ERROR, "UnicodeError", VALUE_ERROR) \
    X(UNICODE_DECODE_ERROR, "UnicodeDecodeError", UNICODE_ERROR) \
    X(UNICODE_ENCODE_ERROR, "UnicodeEncodeError", UNICODE_ERROR) \
    X(WARNING, "Warning", EXCEPTION) \
    X(USER_WARNING, "UserWarning", WARNING) \
    X(DEPRECATION_WARNING, "DeprecationWarning", WARNING) \
    X(RUNTIME_WARNING, "RuntimeWarning", WARNING)

typedef enum TypeId {
#define TYPE_ENUM_ITEM(id, name, base) T_##id,
    BUILTIN_TYPES(TYPE_ENUM_ITEM)
#undef TYPE_ENUM_ITEM
    T_COUNT
} TypeId;

#define T_FIRST_EXCEPTION T_BASE_EXCEPTION

/* Names the C code looks up: X(id, text). Each is a str object in the image. */
#define BUILTIN_NAMES(X) \
    X(__init__, "__init__") X(__new__, "__new__") X(__repr__, "__repr__") X(__str__, "__str__") \
    X(__name__, "__name__") X(__qualname__, "__qualname__") X(__module__, "__module__") \
    X(__doc__, "__doc__") X(__dict__, "__dict__") X(__class__, "__class__") \
    X(__main__, "__main__") X(__builtins__, "__builtins__") \
    X(__call__, "__call__") X(__iter__, "__iter__") X(__next__, "__next__") X(__len__, "__len__") \
    X(__getitem__, "__getitem__") X(__setitem__, "__setitem__") X(__delitem__, "__delitem__") \
    X(__contains__, "__contains__") X(__getattr__, "__getattr__") X(__getattribute__, "__getattribute__") \
    X(__setattr__, "__setattr__") X(__delattr__, "__delattr__") \
    X(__get__, "__get__") X(__set__, "__set__") X(__delete__, "__delete__") \
    X(__hash__, "__hash__") X(__eq__, "__eq__") X(__ne__, "__ne__") X(__lt__, "__lt__") \
    X(__le__, "__le__") X(__gt__, "__gt__") X(__ge__, "__ge__") X(__bool__, "__bool__") \
    X(__enter__, "__enter__") X(__exit__, "__exit__") X(__index__, "__index__") \
    X(__int__, "__int__") X(__float__, "__float__") X(__neg__, "__neg__") X(__pos__, "__pos__") \
    X(__abs__, "__abs__") X(__invert__, "__invert__") X(__format__, "__format__") \
    X(__reversed__, "__reversed__") X(__init_subclass__, "__init_subclass__") \
    X(__set_name__, "__set_name__") X(__slots__, "__slots__") X(__round__, "__round__") \
    X(__add__, "__add__") X(__radd__, "__radd__") X(__iadd__, "__iadd__") \
    X(__sub__, "__sub__") X(__rsub__, "__rsub__") X(__isub__, "__isub__") \
    X(__mul__, "__mul__") X(__rmul__, "__rmul__") X(__imul__, "__imul__") \
    X(__matmul__, "__matmul__") X(__rmatmul__, "__rmatmul__") X(__imatmul__, "__imatmul__") \
    X(__truediv__, "__truediv__") X(__rtruediv__, "__rtruediv__") X(__itruediv__, "__itruediv__") \
    X(__floordiv__, "__floordiv__") X(__rfloordiv__, "__rfloordiv__") X(__ifloordiv__, "__ifloordiv__") \
    X(__mod__, "__mod__") X(__rmod__, "__rmod__") X(__imod__, "__imod__") \
    X(__pow__, "__pow__") X(__rpow__, "__rpow__") X(__ipow__, "__ipow__") \
    X(__lshift__, "__lshift__") X(__rlshift__, "__rlshift__") X(__ilshift__, "__ilshift__") \
    X(__rshift__, "__rshift__") X(__rrshift__, "__rrshift__") X(__irshift__, "__irshift__") \
    X(__and__, "__and__") X(__rand__, "__rand__") X(__iand__, "__iand__") \
    X(__or__, "__or__") X(__ror__, "__ror__") X(__ior__, "__ior__") \
    X(__xor__, "__xor__") X(__rxor__, "__rxor__") X(__ixor__, "__ixor__") \
    X(__divmod__, "__divmod__") X(__rdivmod__, "__rdivmod__") \
    X(__annotations__, "__annotations__") X(__file__, "__file__") \
    X(_, "_") X(args, "args") X(tid, "tid") X(nthreads, "nthreads") X(argv, "argv") X(code, "code") \
    X(value, "value") X(key, "key") X(reverse, "reverse") X(default_, "default") \
    X(sep, "sep") X(end, "end") X(file, "file") X(flush, "flush") X(start, "start") \
    X(stop, "stop") X(step, "step") X(fget, "fget") X(fset, "fset") X(fdel, "fdel") \
    X(getter, "getter") X(setter, "setter") X(deleter, "deleter") X(self, "self") \
    X(cls, "cls") X(lambda, "<lambda>") X(module, "<module>") X(listcomp, "<listcomp>") \
    X(setcomp, "<setcomp>") X(dictcomp, "<dictcomp>") X(genexpr, "<genexpr>") \
    X(empty, "") X(builtins, "builtins") X(__cause__, "__cause__") X(__context__, "__context__") \
    X(__traceback__, "__traceback__") X(__suppress_context__, "__suppress_context__") \
    X(__mro__, "__mro__") X(__bases__, "__bases__") X(__base__, "__base__") \
    X(__func__, "__func__") X(__self__, "__self__") X(__defaults__, "__defaults__") \
    X(__code__, "__code__") X(__closure__, "__closure__") X(__kwdefaults__, "__kwdefaults__") \
    X(__wrapped__, "__wrapped__") X(__missing__, "__missing__") X(__length_hint__, "__length_hint__") \
    X(__class_getitem__, "__class_getitem__") X(__instancecheck__, "__instancecheck__") \
    X(__subclasscheck__, "__subclasscheck__") X(__sizeof__, "__sizeof__") X(__dir__, "__dir__") \
    X(send, "send") X(throw, "throw") X(close, "close") X(keys, "keys") X(items, "items") \
    X(values, "values") X(append, "append") X(metaclass, "metaclass") X(__classcell__, "__classcell__") \
    X(__bytes__, "__bytes__") X(__complex__, "__complex__") X(__trunc__, "__trunc__") \
    X(__floor__, "__floor__") X(__ceil__, "__ceil__") X(__getstate__, "__getstate__") \
    X(__prepare__, "__prepare__") X(__abstractmethods__, "__abstractmethods__") \
    X(__notes__, "__notes__") X(__weakref__, "__weakref__") X(__set_name_dummy__, "__set_name_dummy__") \
    X(__await__, "__await__") X(__aiter__, "__aiter__") X(__anext__, "__anext__") \
    X(__aenter__, "__aenter__") X(__aexit__, "__aexit__")

typedef enum NameId {
#define NAME_ENUM_ITEM(id, text) N_##id,
    BUILTIN_NAMES(NAME_ENUM_ITEM)
#undef NAME_ENUM_ITEM
    N_COUNT
} NameId;

#endif

/* nat_str.h: the natives of str_methods.c and format.c: str and bytes methods, format(), formatting helpers. */
#ifndef MY_NAT_STR_H
#define MY_NAT_STR_H

/* methods that str and bytes share (one C function serves both types) */
#define STR_BYTES_SHARED(X, T) \
    X(T, NK_METHOD, "find", sm_find_m) X(T, NK_METHOD, "rfind", sm_rfind_m) \
    X(T, NK_METHOD, "index", sm_index_m) X(T, NK_METHOD, "rindex", sm_rindex_m) \
    X(T, NK_METHOD, "count", sm_count_m) \
    X(T, NK_METHOD, "startswith", sm_startswith) X(T, NK_METHOD, "endswith", sm_endswith) \
    X(T, NK_METHOD, "split", sm_split) X(T, NK_METHOD, "rsplit", sm_rsplit) \
    X(T, NK_METHOD, "splitlines", sm_splitlines) X(T, NK_METHOD, "join", sm_join) \
    X(T, NK_METHOD, "strip", sm_strip) X(T, NK_METHOD, "lstrip", sm_lstrip) X(T, NK_METHOD, "rstrip", sm_rstrip) \
    X(T, NK_METHOD, "replace", sm_replace) \
    X(T, NK_METHOD, "partition", sm_partition) X(T, NK_METHOD, "rpartition", sm_rpartition) \
    X(T, NK_METHOD, "removeprefix", sm_removeprefix) X(T, NK_METHOD, "removesuffix", sm_removesuffix) \
    X(T, NK_METHOD, "lower", sm_lower) X(T, NK_METHOD, "upper", sm_upper) \
    X(T, NK_METHOD, "swapcase", sm_swapcase) X(T, NK_METHOD, "capitalize", sm_capitalize) X(T, NK_METHOD, "title", sm_title) \
    X(T, NK_METHOD, "isalpha", sm_isalpha) X(T, NK_METHOD, "isalnum", sm_isalnum) X(T, NK_METHOD, "isdigit", sm_isdigit) \
    X(T, NK_METHOD, "isspace", sm_isspace) X(T, NK_METHOD, "isupper", sm_isupper) X(T, NK_METHOD, "islower", sm_islower) \
    X(T, NK_METHOD, "istitle", sm_istitle) X(T, NK_METHOD, "isascii", sm_isascii) \
    X(T, NK_METHOD, "center", sm_center) X(T, NK_METHOD, "ljust", sm_ljust) X(T, NK_METHOD, "rjust", sm_rjust) \
    X(T, NK_METHOD, "zfill", sm_zfill) X(T, NK_METHOD, "expandtabs", sm_expandtabs) \
    X(T, NK_METHOD, "translate", sm_translate)

#define STR_NATIVES(X) \
    STR_BYTES_SHARED(X, T_STR) \
    X(T_STR, NK_METHOD, "casefold", sm_casefold) \
    X(T_STR, NK_METHOD, "isdecimal", sm_isdecimal) X(T_STR, NK_METHOD, "isnumeric", sm_isnumeric) \
    X(T_STR, NK_METHOD, "isidentifier", sm_isidentifier) X(T_STR, NK_METHOD, "isprintable", sm_isprintable) \
    X(T_STR, NK_METHOD, "encode", sm_encode) \
    X(T_STR, NK_STATIC, "maketrans", sm_maketrans) \
    X(T_STR, NK_METHOD, "format", fm_str_format) X(T_STR, NK_METHOD, "format_map", fm_str_format_map) \
    X(T_STR, NK_METHOD, "__format__", fm_dunder_format) \
    STR_BYTES_SHARED(X, T_BYTES) \
    X(T_BYTES, NK_METHOD, "decode", sm_decode) X(T_BYTES, NK_METHOD, "hex", sm_hex) \
    X(T_BYTES, NK_CLASSMETHOD, "fromhex", sm_fromhex) X(T_BYTES, NK_STATIC, "maketrans", sm_bmaketrans) \
    X(T_INT, NK_METHOD, "__format__", fm_dunder_format) X(T_FLOAT, NK_METHOD, "__format__", fm_dunder_format) \
    X(MOD_BUILTINS, NK_FUNCTION, "format", fm_builtin_format) \
    X(MOD_INTERNAL, NK_FUNCTION, "format_parse", fm_format_parse) \
    X(MOD_INTERNAL, NK_FUNCTION, "percent_plan", fm_percent_plan) \
    X(MOD_INTERNAL, NK_FUNCTION, "percent_format", fm_percent_format)

#endif

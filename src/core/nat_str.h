/* nat_str.h: the natives of str_methods.c and format.c: str and bytes methods, format(), formatting helpers. */
#ifndef MY_NAT_STR_H
#define MY_NAT_STR_H

/* methods that str and bytes share: one body in C, natives fn (str) and fn_b (bytes) */
#define STR_BYTES_SHARED(X, T, S) \
    X(T, NK_METHOD, "find", sm_find_m##S) X(T, NK_METHOD, "rfind", sm_rfind_m##S) \
    X(T, NK_METHOD, "index", sm_index_m##S) X(T, NK_METHOD, "rindex", sm_rindex_m##S) \
    X(T, NK_METHOD, "count", sm_count_m##S) \
    X(T, NK_METHOD, "startswith", sm_startswith##S) X(T, NK_METHOD, "endswith", sm_endswith##S) \
    X(T, NK_METHOD, "split", sm_split##S) X(T, NK_METHOD, "rsplit", sm_rsplit##S) \
    X(T, NK_METHOD, "splitlines", sm_splitlines##S) X(T, NK_METHOD, "join", sm_join##S) \
    X(T, NK_METHOD, "strip", sm_strip##S) X(T, NK_METHOD, "lstrip", sm_lstrip##S) X(T, NK_METHOD, "rstrip", sm_rstrip##S) \
    X(T, NK_METHOD, "replace", sm_replace##S) \
    X(T, NK_METHOD, "partition", sm_partition##S) X(T, NK_METHOD, "rpartition", sm_rpartition##S) \
    X(T, NK_METHOD, "removeprefix", sm_removeprefix##S) X(T, NK_METHOD, "removesuffix", sm_removesuffix##S) \
    X(T, NK_METHOD, "lower", sm_lower##S) X(T, NK_METHOD, "upper", sm_upper##S) \
    X(T, NK_METHOD, "swapcase", sm_swapcase##S) X(T, NK_METHOD, "capitalize", sm_capitalize##S) X(T, NK_METHOD, "title", sm_title##S) \
    X(T, NK_METHOD, "isalpha", sm_isalpha##S) X(T, NK_METHOD, "isalnum", sm_isalnum##S) X(T, NK_METHOD, "isdigit", sm_isdigit##S) \
    X(T, NK_METHOD, "isspace", sm_isspace##S) X(T, NK_METHOD, "isupper", sm_isupper##S) X(T, NK_METHOD, "islower", sm_islower##S) \
    X(T, NK_METHOD, "istitle", sm_istitle##S) X(T, NK_METHOD, "isascii", sm_isascii##S) \
    X(T, NK_METHOD, "center", sm_center##S) X(T, NK_METHOD, "ljust", sm_ljust##S) X(T, NK_METHOD, "rjust", sm_rjust##S) \
    X(T, NK_METHOD, "zfill", sm_zfill##S) X(T, NK_METHOD, "expandtabs", sm_expandtabs##S) \
    X(T, NK_METHOD, "translate", sm_translate##S)

#define STR_NATIVES(X) \
    STR_BYTES_SHARED(X, T_STR, ) \
    X(T_STR, NK_METHOD, "casefold", sm_casefold) \
    X(T_STR, NK_METHOD, "isdecimal", sm_isdecimal) X(T_STR, NK_METHOD, "isnumeric", sm_isnumeric) \
    X(T_STR, NK_METHOD, "isidentifier", sm_isidentifier) X(T_STR, NK_METHOD, "isprintable", sm_isprintable) \
    X(T_STR, NK_METHOD, "encode", sm_encode) \
    X(T_STR, NK_STATIC, "maketrans", sm_maketrans) \
    X(T_STR, NK_METHOD, "format", fm_str_format) X(T_STR, NK_METHOD, "format_map", fm_str_format_map) \
    X(T_STR, NK_METHOD, "__format__", fm_dunder_format) \
    STR_BYTES_SHARED(X, T_BYTES, _b) \
    X(T_BYTES, NK_METHOD, "decode", sm_decode) X(T_BYTES, NK_METHOD, "hex", sm_hex) \
    X(T_BYTES, NK_CLASSMETHOD, "fromhex", sm_fromhex) X(T_BYTES, NK_STATIC, "maketrans", sm_bmaketrans) \
    X(T_INT, NK_METHOD, "__format__", fm_dunder_format) X(T_FLOAT, NK_METHOD, "__format__", fm_dunder_format) \
    X(MOD_BUILTINS, NK_FUNCTION, "format", fm_builtin_format) \
    X(MOD_INTERNAL, NK_FUNCTION, "format_parse", fm_format_parse) \
    X(MOD_INTERNAL, NK_FUNCTION, "percent_plan", fm_percent_plan) \
    X(MOD_INTERNAL, NK_FUNCTION, "percent_format", fm_percent_format)

#endif

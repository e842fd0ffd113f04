/* nat_sys.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_SYS_H
#define MY_NAT_SYS_H
/* sys's constants come from sys_module_init (mod_sys.c), its Python-level members (version_info,
   float_info, int_info, implementation, stdout, exit, ...) from the prelude's _sys_X names. */
#define SYS_NATIVES(X) \
    X(MOD_SYS, NK_FUNCTION, "getrecursionlimit", sysm_getrecursionlimit) \
    X(MOD_SYS, NK_FUNCTION, "setrecursionlimit", sysm_setrecursionlimit) \
    X(MOD_SYS, NK_FUNCTION, "getsizeof", sysm_getsizeof) \
    X(MOD_SYS, NK_FUNCTION, "intern", sysm_intern) \
    X(MOD_SYS, NK_FUNCTION, "exc_info", sysm_exc_info) \
    X(MOD_SYS, NK_FUNCTION, "exception", sysm_exception) \
    X(MOD_SYS, NK_FUNCTION, "getdefaultencoding", sysm_getdefaultencoding) \
    X(MOD_SYS, NK_FUNCTION, "getfilesystemencoding", sysm_getfilesystemencoding)
#endif

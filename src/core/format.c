/* format.c: format() with a format spec, and str % args. (First version: the common cases.) */
#include "vm.h"
#include "dtoa.h"

MY_OUTLINE Value op_format(Interp *I, Value v, Value spec) {
    if (!is_str(I, spec)) return raise_msg(I, T_TYPE_ERROR, "format spec must be a str");
    if (str_nbytes(I, spec) == 0) return op_str(I, v);
    return raise_msg(I, T_VALUE_ERROR, "format specs are not supported yet");
}

MY_OUTLINE Value str_percent_format(Interp *I, Value fmt, Value args) {
    MY_UNUSED(fmt); MY_UNUSED(args);
    return raise_msg(I, T_VALUE_ERROR, "%-formatting is not supported yet");
}

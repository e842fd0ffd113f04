/* mod_time.c: the time module: wall, monotonic and CPU clocks (port.h's my_clock_ns: the OS on the
   host, %globaltimer on the GPU) and sleep. */
#include "vm.h"
#include "natives.h"

static MY_FN Value tim_clock(Interp *I, uint32_t nargs, Value kwnames, const char *name, int which, bool ns) {
    if (!args_check(I, nargs, kwnames, name, 0, 0)) return V_ERR;
    int64_t t = my_clock_ns(which);
    if (ns) return int_from_i64(I, t);
    return v_double((double)t * 1e-9);
}

NATIVE(tim_time) { MY_UNUSED(args); return tim_clock(I, nargs, kwnames, "time.time", MY_CLOCK_REALTIME, false); }
NATIVE(tim_time_ns) { MY_UNUSED(args); return tim_clock(I, nargs, kwnames, "time.time_ns", MY_CLOCK_REALTIME, true); }
NATIVE(tim_perf_counter) { MY_UNUSED(args); return tim_clock(I, nargs, kwnames, "time.perf_counter", MY_CLOCK_MONOTONIC, false); }
NATIVE(tim_perf_counter_ns) { MY_UNUSED(args); return tim_clock(I, nargs, kwnames, "time.perf_counter_ns", MY_CLOCK_MONOTONIC, true); }
NATIVE(tim_monotonic) { MY_UNUSED(args); return tim_clock(I, nargs, kwnames, "time.monotonic", MY_CLOCK_MONOTONIC, false); }
NATIVE(tim_monotonic_ns) { MY_UNUSED(args); return tim_clock(I, nargs, kwnames, "time.monotonic_ns", MY_CLOCK_MONOTONIC, true); }
NATIVE(tim_process_time) { MY_UNUSED(args); return tim_clock(I, nargs, kwnames, "time.process_time", MY_CLOCK_PROCESS, false); }
NATIVE(tim_process_time_ns) { MY_UNUSED(args); return tim_clock(I, nargs, kwnames, "time.process_time_ns", MY_CLOCK_PROCESS, true); }

/* sleep(secs): the whole interpreter waits (on the GPU, its thread spins on the timer). */
NATIVE(tim_sleep) {
    if (!args_check(I, nargs, kwnames, "time.sleep", 1, 1)) return V_ERR;
    Value v = ARG(0);
    double secs;
    /* nanoseconds must fit 64 bits; CPython words the overflow differently for ints and floats */
    if (v_is_double(v)) {
        secs = v_as_double(v);
        if (secs != secs) return raise_msg(I, T_VALUE_ERROR, "Invalid value NaN (not a number)");
        if (secs >= 9223372036.854775807) return raise_msg(I, T_OVERFLOW_ERROR, "timestamp out of range for platform time_t");
    } else if (is_int_value(I, v)) {
        bool over = false;
        secs = int_to_double(I, v, &over);
        if (over || secs > 9223372036.0 || secs < -9223372036.0) return raise_msg(I, T_OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
    } else return raise_fmt(I, T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v, 0, 0);
    if (secs < 0) return raise_msg(I, T_VALUE_ERROR, "sleep length must be non-negative");
    my_sleep_ns((int64_t)(secs * 1e9));
    return V_NONE;
}

/* nat_time.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_TIME_H
#define MY_NAT_TIME_H
/* time: clocks (the GPU's %globaltimer on the device) and sleep (mod_time.c). */
#define TIME_NATIVES(X) \
    X(MOD_TIME, NK_FUNCTION, "time", tim_time) \
    X(MOD_TIME, NK_FUNCTION, "time_ns", tim_time_ns) \
    X(MOD_TIME, NK_FUNCTION, "perf_counter", tim_perf_counter) \
    X(MOD_TIME, NK_FUNCTION, "perf_counter_ns", tim_perf_counter_ns) \
    X(MOD_TIME, NK_FUNCTION, "monotonic", tim_monotonic) \
    X(MOD_TIME, NK_FUNCTION, "monotonic_ns", tim_monotonic_ns) \
    X(MOD_TIME, NK_FUNCTION, "process_time", tim_process_time) \
    X(MOD_TIME, NK_FUNCTION, "process_time_ns", tim_process_time_ns) \
    X(MOD_TIME, NK_FUNCTION, "sleep", tim_sleep)
#endif

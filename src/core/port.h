/* port.h: the one place where the core meets its two targets (host C compiler and nvcc). */
#ifndef MY_PORT_H
#define MY_PORT_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

/* Every core function carries MY_FN; every constant table MY_CONST. On the host they are empty,
   under nvcc they make the same source device code. */
#ifdef __CUDACC__
#define MY_FN __device__ __noinline__   /* device code inlines only what is marked MY_INLINE: keeps ptxas fast and the loop small */
#define MY_INLINE __device__ __forceinline__
#define MY_NOINLINE __device__ __noinline__
#define MY_CONST __device__ const
/* a function kept out of line in the device build, so the dispatch loop stays small */
#define MY_OUTLINE __device__ __noinline__
#else
#define MY_FN
#define MY_INLINE static inline __attribute__((always_inline))
#define MY_NOINLINE __attribute__((noinline))
#define MY_CONST const
#define MY_OUTLINE
#endif

/* The math shim: libm on the host, CUDA's math library on the device (same names). */
#ifdef __CUDACC__
/* CUDA provides sqrt, floor, fmod, pow, exp, log, ... as device functions. */
#else
#include <math.h>
#endif

#define MY_UNUSED(x) ((void)(x))

/* Bytes of C stack in use below `base` (the address of a local further up the calls). Recursive
   code (parser, compiler, repr, hashing of nested tuples) checks it against the interpreter's
   stack_limit: a GPU thread's stack is small, and overflowing it would end every interpreter of
   the launch, not just this one. */
MY_INLINE size_t my_stack_depth(uintptr_t base) {
    volatile char here = 0;
    uintptr_t h = (uintptr_t)&here;
    return base > h ? base - h : h - base;
}
/* The default limit: on the GPU the backend's stack size less a margin for the calls below the
   last check (the Makefile passes MY_DEVICE_STACK_LIMIT to match the CUDA stack it sets). */
#ifdef __CUDACC__
#ifndef MY_DEVICE_STACK_LIMIT
#define MY_DEVICE_STACK_LIMIT (18u << 10)
#endif
#define MY_STACK_LIMIT MY_DEVICE_STACK_LIMIT
#else
#define MY_STACK_LIMIT (2u << 20)
#endif

/* Bit counts: trailing and leading zeros of a nonzero word, and set bits. */
#ifdef __CUDACC__
#define MY_CTZ64(x) (__ffsll((long long)(x)) - 1)
#define MY_CLZ64(x) __clzll((long long)(x))
#define MY_POPCOUNT64(x) __popcll(x)
#else
#define MY_CTZ64(x) __builtin_ctzll(x)
#define MY_CLZ64(x) __builtin_clzll(x)
#define MY_POPCOUNT64(x) __builtin_popcountll(x)
#endif

/* Atomics and fences for memory shared by every interpreter (the file system, fs.c). On the GPU,
   atomics act at L2 and __threadfence orders a thread's accesses for all the others. */
#ifdef __CUDACC__
MY_INLINE uint32_t my_cas32(uint32_t *p, uint32_t expect, uint32_t v) { return atomicCAS(p, expect, v); }
MY_INLINE uint64_t my_cas64(uint64_t *p, uint64_t expect, uint64_t v) {
    return (uint64_t)atomicCAS((unsigned long long *)p, (unsigned long long)expect, (unsigned long long)v);
}
MY_INLINE uint32_t my_add32(uint32_t *p, uint32_t v) { return atomicAdd(p, v); }
MY_INLINE uint32_t my_exch32(uint32_t *p, uint32_t v) { return atomicExch(p, v); }
MY_INLINE void my_fence(void) { __threadfence(); }
MY_INLINE void my_pause_ns(uint32_t ns) { __nanosleep(ns); }
#else
MY_INLINE uint32_t my_cas32(uint32_t *p, uint32_t expect, uint32_t v) {
    __atomic_compare_exchange_n(p, &expect, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return expect;
}
MY_INLINE uint64_t my_cas64(uint64_t *p, uint64_t expect, uint64_t v) {
    __atomic_compare_exchange_n(p, &expect, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return expect;
}
MY_INLINE uint32_t my_add32(uint32_t *p, uint32_t v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
MY_INLINE uint32_t my_exch32(uint32_t *p, uint32_t v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }
MY_INLINE void my_fence(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
/* a short wait while another thread holds a lock: ns / 16 pause instructions (~tens of ns each) */
#if defined(__x86_64__) || defined(__i386__)
MY_INLINE void my_pause_ns(uint32_t ns) { for (uint32_t i = 0; i < ns / 16 + 1; i++) __builtin_ia32_pause(); }
#else
MY_INLINE void my_pause_ns(uint32_t ns) { (void)ns; }
#endif
#endif
/* Wall-clock time in nanoseconds since the epoch: the device's global timer on the GPU (the
   driver keeps it in step with the host's clock), clock_gettime on the host. */
#ifdef __CUDACC__
MY_INLINE int64_t my_time_ns(void) { uint64_t t; asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(t)); return (int64_t)t; }
#else
#include <time.h>
MY_INLINE int64_t my_time_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
#endif
/* A plain load another thread may have just stored (not cached in a register or a stale L1 line). */
MY_INLINE uint32_t my_load32(const uint32_t *p) { return *(const volatile uint32_t *)p; }
MY_INLINE uint64_t my_load64(const uint64_t *p) { return *(const volatile uint64_t *)p; }
/* Clocks in nanoseconds for the time module: on the GPU every clock is the card's %globaltimer
   (the same for every thread); on the host the OS's realtime, monotonic and process CPU clocks.
   Sleeping on the GPU waits in __nanosleep steps on that timer. */
enum { MY_CLOCK_REALTIME = 0, MY_CLOCK_MONOTONIC, MY_CLOCK_PROCESS };
#ifdef __CUDACC__   /* as my_time_ns above: nvcc's host pass never compiles device bodies */
MY_INLINE int64_t my_clock_ns(int which) { (void)which; return my_time_ns(); }
MY_INLINE void my_sleep_ns(int64_t ns) {
    int64_t end = my_time_ns() + ns;
    while (my_time_ns() < end) __nanosleep(100000);
}
#else
MY_INLINE int64_t my_clock_ns(int which) {
    struct timespec ts;
    clock_gettime(which == MY_CLOCK_REALTIME ? CLOCK_REALTIME : which == MY_CLOCK_MONOTONIC ? CLOCK_MONOTONIC
                                                                                           : CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
MY_INLINE void my_sleep_ns(int64_t ns) {
    struct timespec ts;
    ts.tv_sec = (time_t)(ns / 1000000000);
    ts.tv_nsec = (long)(ns % 1000000000);
    while (nanosleep(&ts, &ts) != 0) { }
}
#endif

#endif

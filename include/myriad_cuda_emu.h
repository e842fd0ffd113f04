/* myriad_cuda_emu.h: enough of CUDA's names on the host (g++, no GPU) that a .cu file using the
   embedding API builds and runs unchanged: kernels run as threads, block by block (src/embed/emu.c). */
#ifndef MYRIAD_CUDA_EMU_H
#define MYRIAD_CUDA_EMU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct MyriadEmuDim3 { unsigned x, y, z; } MyriadEmuDim3;
typedef struct MyriadEmuThread {
    MyriadEmuDim3 thread_idx, block_idx, block_dim, grid_dim;
} MyriadEmuThread;

/* Runs kernel(arg) once per thread of grid x block; returns when every thread has returned. */
void myriad_emu_launch(MyriadEmuDim3 grid, MyriadEmuDim3 block, void (*kernel)(void *), void *arg);
/* The calling emulated thread (outside a launch: thread 0 of a 1-thread block). */
const MyriadEmuThread *myriad_emu_self(void);
/* The block's barrier; threads that returned from the kernel count as arrived. */
void myriad_emu_syncthreads(void);

#ifdef __cplusplus
}
#endif

#if defined(__cplusplus) && !defined(__CUDACC__)
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define __global__
#define __device__
#define __host__
#define __shared__ static   /* blocks run one after another, so a static is the block's memory */
#define __syncthreads() myriad_emu_syncthreads()
#define __threadfence() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define threadIdx (myriad_emu_self()->thread_idx)
#define blockIdx (myriad_emu_self()->block_idx)
#define blockDim (myriad_emu_self()->block_dim)
#define gridDim (myriad_emu_self()->grid_dim)

struct dim3 {
    unsigned x, y, z;
    dim3(unsigned x_ = 1, unsigned y_ = 1, unsigned z_ = 1) : x(x_), y(y_), z(z_) {}
};

/* A kernel taking one argument by value, launched as MYRIAD_LAUNCH(k, grid, block, arg). */
#define MYRIAD_EMU_KERNEL(k, T) static void k##_emu(void *a_) { k(*(T *)a_); }
#define MYRIAD_LAUNCH(k, grid, block, arg) do { \
        dim3 g_ = (grid), b_ = (block); \
        MyriadEmuDim3 eg_ = { g_.x, g_.y, g_.z }, eb_ = { b_.x, b_.y, b_.z }; \
        myriad_emu_launch(eg_, eb_, k##_emu, (void *)&(arg)); \
    } while (0)

/* The runtime calls the examples use, on host memory. Launches are synchronous. */
typedef int cudaError_t;
enum { cudaSuccess = 0, cudaErrorMemoryAllocation = 2 };
enum cudaMemcpyKind { cudaMemcpyHostToHost, cudaMemcpyHostToDevice, cudaMemcpyDeviceToHost, cudaMemcpyDeviceToDevice, cudaMemcpyDefault };
enum { cudaLimitStackSize = 0 };
template <class T> static inline cudaError_t cudaMalloc(T **p, size_t n) {
    *p = (T *)calloc(1, n ? n : 1);
    return *p ? cudaSuccess : cudaErrorMemoryAllocation;
}
static inline cudaError_t cudaFree(void *p) { free(p); return cudaSuccess; }
static inline cudaError_t cudaMemcpy(void *d, const void *s, size_t n, cudaMemcpyKind) { memcpy(d, s, n); return cudaSuccess; }
static inline cudaError_t cudaMemset(void *d, int v, size_t n) { memset(d, v, n); return cudaSuccess; }
static inline cudaError_t cudaDeviceSynchronize(void) { return cudaSuccess; }
static inline cudaError_t cudaGetLastError(void) { return cudaSuccess; }
static inline cudaError_t cudaDeviceSetLimit(int, size_t) { return cudaSuccess; }
static inline const char *cudaGetErrorString(cudaError_t e) { return e ? "out of memory" : "no error"; }
typedef struct MyriadEmuEvent { double t; } *cudaEvent_t;
static inline cudaError_t cudaEventCreate(cudaEvent_t *e) { *e = (cudaEvent_t)calloc(1, sizeof **e); return cudaSuccess; }
static inline cudaError_t cudaEventDestroy(cudaEvent_t e) { free(e); return cudaSuccess; }
static inline cudaError_t cudaEventRecord(cudaEvent_t e, int stream = 0) {
    (void)stream;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    e->t = ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
    return cudaSuccess;
}
static inline cudaError_t cudaEventSynchronize(cudaEvent_t) { return cudaSuccess; }
static inline cudaError_t cudaEventElapsedTime(float *ms, cudaEvent_t a, cudaEvent_t b) { *ms = (float)(b->t - a->t); return cudaSuccess; }
#endif

#endif

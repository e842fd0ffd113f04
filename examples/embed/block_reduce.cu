// block_reduce.cu: a block all-reduce written in Python over __shared__ memory: every thread of a
// block ends with the sum of the block's values. The same file builds with nvcc (a CUDA program) and
// with g++ against the host emulation (make embedtest runs that one).
#include "myriad_embed.h"
#ifndef __CUDACC__
#include "myriad_cuda_emu.h"
#endif
#include <stdio.h>
#include <stdlib.h>

#define BLOCK 256
#define BLOCKS 4
#define N (BLOCK * BLOCKS)

// The Python each thread runs (compiled by the thread itself). sh is the block's shared memory.
__device__ const char reduce_src[] = R"(
import cuda
t = threadIdx.x
sh[t] = data[tid]
cuda.syncthreads()
step = blockDim.x // 2
while step > 0:
    if t < step:
        sh[t] += sh[t + step]
    cuda.syncthreads()
    step //= 2
out[tid] = sh[0]
)";

struct ReduceArgs {
    MyriadPool pool;
    const float *data;
    float *out;
    int *status;
};

__global__ void k_reduce(ReduceArgs a) {
    __shared__ float sh[BLOCK];
    unsigned gid = blockIdx.x * blockDim.x + threadIdx.x;
    // every thread of the block must reach each syncthreads(): no thread returns early
    MyriadInterp *I = myriad_init(a.pool, gid);
    if (!I) { a.status[gid] = -2; return; }
    myriad_bind(I, "data", (void *)a.data, 'f', N);
    myriad_bind(I, "out", a.out, 'f', N);
    myriad_bind(I, "sh", sh, 'f', BLOCK);
    a.status[gid] = myriad_exec(I, reduce_src);
}
MYRIAD_EMU_KERNEL(k_reduce, ReduceArgs)

#define CK(call) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) { fprintf(stderr, "%s: %s\n", #call, cudaGetErrorString(e_)); return 1; } } while (0)

int main(void) {
    char *err = NULL;
    if (myriad_embed_setup() != 0) { fprintf(stderr, "cannot set the device stack\n"); return 1; }
    // the shared image (builtins, standard library), copied to the device once
    MyriadImage *img = myriad_image_new(&err);
    if (!img) { fprintf(stderr, "%s", err); return 1; }
    size_t nwords;
    const uint64_t *words = myriad_image_words(img, &nwords);
    uint64_t *d_image;
    CK(cudaMalloc(&d_image, nwords * 8));
    CK(cudaMemcpy(d_image, words, nwords * 8, cudaMemcpyHostToDevice));
    // the pool: N interpreters of 256 KiB heaps
    size_t heap = 256 << 10;
    void *d_pool;
    CK(cudaMalloc(&d_pool, myriad_pool_bytes(N, heap, 0)));
    MyriadPool pool;
    if (myriad_pool_init(&pool, d_pool, N, heap, 0, d_image, nwords)) { fprintf(stderr, "bad pool\n"); return 1; }

    float h_data[N], h_out[N];
    int h_status[N];
    for (int i = 0; i < N; i++) h_data[i] = (float)((i * 7919) % 1000) * 0.25f;
    ReduceArgs a;
    a.pool = pool;
    CK(cudaMalloc(&a.data, sizeof h_data));
    CK(cudaMalloc(&a.out, sizeof h_out));
    CK(cudaMalloc(&a.status, sizeof h_status));
    CK(cudaMemcpy((void *)a.data, h_data, sizeof h_data, cudaMemcpyHostToDevice));
    MYRIAD_LAUNCH(k_reduce, dim3(BLOCKS), dim3(BLOCK), a);
    CK(cudaGetLastError());
    CK(cudaDeviceSynchronize());
    CK(cudaMemcpy(h_out, a.out, sizeof h_out, cudaMemcpyDeviceToHost));
    CK(cudaMemcpy(h_status, a.status, sizeof h_status, cudaMemcpyDeviceToHost));

    // the same tree, in float, on the host: the sums are identical, not just close
    int bad = 0;
    for (int b = 0; b < BLOCKS; b++) {
        float t[BLOCK];
        for (int i = 0; i < BLOCK; i++) t[i] = h_data[b * BLOCK + i];
        for (int step = BLOCK / 2; step > 0; step /= 2)
            for (int i = 0; i < step; i++) t[i] += t[i + step];
        for (int i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
            if (h_status[i] != MYRIAD_OK || h_out[i] != t[0]) {
                char msg[1024];
                myriad_pool_output(&pool, i, 2, msg, sizeof msg);
                if (bad++ < 3) fprintf(stderr, "thread %d: status %d, %g != %g\n%s", i, h_status[i], h_out[i], t[0], msg);
            }
        }
        printf("block %d: sum %.2f\n", b, t[0]);
    }
    printf("block_reduce: %d threads, %s\n", N, bad ? "MISMATCH" : "every thread has its block's sum");
    cudaFree((void *)a.data);
    cudaFree(a.out);
    cudaFree(a.status);
    cudaFree(d_pool);
    cudaFree(d_image);
    myriad_image_free(img);
    return bad != 0;
}

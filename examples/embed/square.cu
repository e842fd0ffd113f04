// square.cu: the smallest complete use of the embedding API: each thread of a kernel runs a line of
// Python over the array the kernel holds (docs/EMBEDDING.md walks through it).
#include "myriad_embed.h"
#ifndef __CUDACC__
#include "myriad_cuda_emu.h"   // the host build: kernels run as threads
#endif
#include <stdio.h>

#define N 256

__device__ const char rule[] = "x[tid] = x[tid] ** 2 + tid % 3\nprint('thread', tid, 'of', nthreads)\n";

struct Args { MyriadPool pool; float *x; };

__global__ void k_square(Args a) {
    unsigned gid = blockIdx.x * blockDim.x + threadIdx.x;
    MyriadInterp *I = myriad_init(a.pool, gid);          // this thread's interpreter
    if (!I) return;
    myriad_bind(I, "x", a.x, 'f', N);                     // the array, as a Python buffer
    if (myriad_exec(I, rule) != MYRIAD_OK) {              // compile and run, in this thread
        size_t len;
        const char *tb = myriad_error(I, &len);           // the traceback text (not NUL-terminated)
        char line[160];
        size_t k = len < sizeof line - 1 ? len : sizeof line - 1;
        for (size_t j = 0; j < k; j++) line[j] = tb[j];
        line[k] = 0;
        printf("thread %u failed:\n%s", gid, line);
    }
}
MYRIAD_EMU_KERNEL(k_square, Args)

int main(void) {
    char *err;
    myriad_embed_setup();                                 // the device stack the interpreter needs
    MyriadImage *img = myriad_image_new(&err);            // builtins and standard library
    size_t nwords;
    const uint64_t *words = myriad_image_words(img, &nwords);
    uint64_t *d_image;
    cudaMalloc(&d_image, nwords * 8);
    cudaMemcpy(d_image, words, nwords * 8, cudaMemcpyHostToDevice);
    void *d_pool;                                         // N interpreters, default heaps (512 KiB)
    cudaMalloc(&d_pool, myriad_pool_bytes(N, 0, 0));
    Args a;
    myriad_pool_init(&a.pool, d_pool, N, 0, 0, d_image, nwords);
    float x[N];
    for (int i = 0; i < N; i++) x[i] = i * 0.5f;
    cudaMalloc(&a.x, sizeof x);
    cudaMemcpy(a.x, x, sizeof x, cudaMemcpyHostToDevice);
    MYRIAD_LAUNCH(k_square, dim3(N / 128), dim3(128), a);
    cudaMemcpy(x, a.x, sizeof x, cudaMemcpyDeviceToHost);
    char out[64];
    myriad_pool_output(&a.pool, 7, 1, out, sizeof out);   // what thread 7 printed
    printf("x[7] = %g; thread 7 printed: %s", x[7], out);
    int ok = x[7] == 13.25f && myriad_pool_status(&a.pool, 7) == MYRIAD_OK;
    cudaFree(a.x);
    cudaFree(d_pool);
    cudaFree(d_image);
    myriad_image_free(img);
    return !ok;
}

// column_sum.cu: the column sums of a rows x 256 float matrix (one thread per column), written once
// in CUDA C and once in embedded Python (compiled by each thread, and compiled once on the host),
// checked against each other. --bench times each (CUDA events) and the cost of init and compile.
// Both versions add the column in row order in double precision (a Python float is a double), so
// the sums must be identical. Same file for nvcc and for g++ against the host emulation.
#include "myriad_embed.h"
#ifndef __CUDACC__
#include "myriad_cuda_emu.h"
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COLS 256
#define BLOCK 128

// The Python: a string literal the host compiles once and each thread can compile itself.
#define COLSUM_SRC \
    "s = 0.0\n" \
    "for r in range(rows):\n" \
    "    s += m[r * cols + tid]\n" \
    "out[tid] = s\n"
__device__ const char colsum_src[] = COLSUM_SRC;

struct ColArgs {
    MyriadPool pool;
    const float *m;
    double *out;
    int rows;
    int mode;          // 0: CUDA C; 1: Python compiled here; 2: Python compiled on the host; 3: init only
    uint64_t code;     // mode 2
    int *status;
};

__global__ void k_colsum(ColArgs a) {
    unsigned j = blockIdx.x * blockDim.x + threadIdx.x;
    if (j >= COLS) return;
    if (a.mode == 0) {
        double s = 0.0;
        for (int r = 0; r < a.rows; r++) s += a.m[(size_t)r * COLS + j];
        a.out[j] = s;
        a.status[j] = MYRIAD_OK;
        return;
    }
    MyriadInterp *I = myriad_init(a.pool, j);
    if (!I) { a.status[j] = -2; return; }
    myriad_bind(I, "m", (void *)a.m, 'f', (size_t)a.rows * COLS);
    myriad_bind(I, "out", a.out, 'd', COLS);
    myriad_set_int(I, "rows", a.rows);
    myriad_set_int(I, "cols", COLS);
    if (a.mode == 1) a.status[j] = myriad_exec(I, colsum_src);
    else if (a.mode == 2) a.status[j] = myriad_run_code(I, a.code);
    else a.status[j] = MYRIAD_OK;
}
MYRIAD_EMU_KERNEL(k_colsum, ColArgs)

#define CK(call) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) { fprintf(stderr, "%s: %s\n", #call, cudaGetErrorString(e_)); exit(1); } } while (0)

// Runs one mode: returns the kernel's time in ms; the sums land in out.
static float run(ColArgs a, int mode, int rows, double *out) {
    a.mode = mode;
    a.rows = rows;
    cudaEvent_t t0, t1;
    CK(cudaEventCreate(&t0));
    CK(cudaEventCreate(&t1));
    CK(cudaMemset(a.out, 0, COLS * sizeof(double)));
    CK(cudaEventRecord(t0));
    MYRIAD_LAUNCH(k_colsum, dim3(COLS / BLOCK), dim3(BLOCK), a);
    CK(cudaGetLastError());
    CK(cudaEventRecord(t1));
    CK(cudaEventSynchronize(t1));
    float ms = 0;
    CK(cudaEventElapsedTime(&ms, t0, t1));
    int status[COLS];
    CK(cudaMemcpy(status, a.status, sizeof status, cudaMemcpyDeviceToHost));
    for (int j = 0; j < COLS; j++)
        if (status[j] != MYRIAD_OK) {
            char msg[1024];
            myriad_pool_output(&a.pool, j, 2, msg, sizeof msg);
            fprintf(stderr, "mode %d, thread %d: status %d\n%s", mode, j, status[j], msg);
            exit(1);
        }
    if (out) CK(cudaMemcpy(out, a.out, COLS * sizeof(double), cudaMemcpyDeviceToHost));
    cudaEventDestroy(t0);
    cudaEventDestroy(t1);
    return ms;
}

// The fastest of `reps` runs.
static float best(ColArgs a, int mode, int rows, int reps) {
    float b = 1e30f;
    for (int k = 0; k < reps; k++) { float t = run(a, mode, rows, NULL); if (t < b) b = t; }
    return b;
}

int main(int argc, char **argv) {
    int rows = 65536, bench = 0, reps = 3;
    size_t heap = 512 << 10;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--rows") && i + 1 < argc) rows = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--bench")) bench = 1;
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atoi(argv[++i]);
        else { fprintf(stderr, "usage: %s [--rows R] [--bench] [--reps K]\n", argv[0]); return 2; }
    }
    char *err = NULL;
    if (myriad_embed_setup() != 0) { fprintf(stderr, "cannot set the device stack\n"); return 1; }
    MyriadImage *img = myriad_image_new(&err);
    if (!img) { fprintf(stderr, "%s", err); return 1; }
    uint64_t code = myriad_image_compile(img, COLSUM_SRC, strlen(COLSUM_SRC), "<colsum>", &err);
    if (!code) { fprintf(stderr, "%s", err); return 1; }
    size_t nwords;
    const uint64_t *words = myriad_image_words(img, &nwords);   // after the last compile
    uint64_t *d_image;
    CK(cudaMalloc(&d_image, nwords * 8));
    CK(cudaMemcpy(d_image, words, nwords * 8, cudaMemcpyHostToDevice));
    void *d_pool;
    CK(cudaMalloc(&d_pool, myriad_pool_bytes(COLS, heap, 0)));

    ColArgs a;
    memset(&a, 0, sizeof a);
    if (myriad_pool_init(&a.pool, d_pool, COLS, heap, 0, d_image, nwords)) { fprintf(stderr, "bad pool\n"); return 1; }
    a.code = code;
    size_t n = (size_t)rows * COLS;
    float *h_m = (float *)malloc(n * sizeof(float));
    for (size_t i = 0; i < n; i++) h_m[i] = (float)((i * 2654435761u) % 100000) * 1e-3f - 50.0f;
    CK(cudaMalloc(&a.m, n * sizeof(float)));
    CK(cudaMemcpy((void *)a.m, h_m, n * sizeof(float), cudaMemcpyHostToDevice));
    CK(cudaMalloc(&a.out, COLS * sizeof(double)));
    CK(cudaMalloc(&a.status, COLS * sizeof(int)));

    double c[COLS], p1[COLS], p2[COLS];
    float tc = run(a, 0, rows, c), t1 = run(a, 1, rows, p1), t2 = run(a, 2, rows, p2);
    int same = !memcmp(c, p1, sizeof c) && !memcmp(c, p2, sizeof c);
    printf("column_sum: %d x %d floats; column 0 sums to %.6f; CUDA C and Python (both ways) %s\n",
           rows, COLS, c[0], same ? "agree exactly" : "DIFFER");
    if (bench) {
        float bc = best(a, 0, rows, reps), b1 = best(a, 1, rows, reps), b2 = best(a, 2, rows, reps);
        float binit = best(a, 3, rows, reps), bcomp = best(a, 1, 0, reps);   // rows = 0: init + compile only
        printf("\n%d threads (%d blocks of %d), heap %zu KiB each, best of %d launches\n", COLS, COLS / BLOCK, BLOCK, heap >> 10, reps);
        printf("| %-50s | %10s | %9s |\n", "kernel", "ms", "x CUDA C");
        printf("| %-50s | %10s | %9s |\n", "---", "---:", "---:");
        printf("| %-50s | %10.3f | %9.1f |\n", "CUDA C", bc, 1.0);
        printf("| %-50s | %10.3f | %9.1f |\n", "Python compiled by each thread (init+compile+run)", b1, b1 / bc);
        printf("| %-50s | %10.3f | %9.1f |\n", "Python compiled once on the host (init+run)", b2, b2 / bc);
        printf("| %-50s | %10.3f | %9s |\n", "init only (myriad_init, binds, globals)", binit, "");
        printf("| %-50s | %10.3f | %9s |\n", "compile per thread (init+compile - init)", bcomp - binit, "");
    }
    (void)t1; (void)t2; (void)tc;
    cudaFree(d_pool);
    cudaFree(d_image);
    cudaFree((void *)a.m);
    cudaFree(a.out);
    cudaFree(a.status);
    free(h_m);
    myriad_image_free(img);
    return same ? 0 : 1;
}

// cuda_check.cu: a kernel over the whole core, compiled and linked by `make cuda-check` so the
// device build of the core can never rot (nothing runs it until the GPU backend exists).
#include "../core/unity.c"

__global__ void myriad_check_kernel(Interp *interps, uint32_t n, uint64_t budget, int *status) {
    uint32_t i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) status[i] = (int)interp_run(&interps[i], budget);
}

int main() { return 0; }

/* nat_cuda.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_CUDA_H
#define MY_NAT_CUDA_H
/* cuda: kernel intrinsics for embedded interpreters (mod_cuda.c); buffer and dim3 (buffer.c, mod_cuda.c). */
#define CUDA_NATIVES(X) \
    X(MOD_CUDA, NK_FUNCTION, "syncthreads", cu_syncthreads) \
    X(MOD_CUDA, NK_FUNCTION, "threadfence", cu_threadfence) \
    X(MOD_CUDA, NK_FUNCTION, "atomic_add", cu_atomic_add) \
    X(MOD_CUDA, NK_FUNCTION, "atomic_sub", cu_atomic_sub) \
    X(MOD_CUDA, NK_FUNCTION, "atomic_min", cu_atomic_min) \
    X(MOD_CUDA, NK_FUNCTION, "atomic_max", cu_atomic_max) \
    X(MOD_CUDA, NK_FUNCTION, "atomic_exch", cu_atomic_exch) \
    X(MOD_CUDA, NK_FUNCTION, "atomic_cas", cu_atomic_cas) \
    X(T_DIM3, NK_GETTER, "x", dim3_x) \
    X(T_DIM3, NK_GETTER, "y", dim3_y) \
    X(T_DIM3, NK_GETTER, "z", dim3_z) \
    X(T_BUFFER, NK_GETTER, "typecode", buf_typecode) \
    X(T_BUFFER, NK_GETTER, "itemsize", buf_itemsize) \
    X(T_BUFFER, NK_METHOD, "tolist", buf_tolist)
#endif

/* mod_cuda.c: the cuda module: kernel intrinsics for interpreters embedded in a user's kernel
   (syncthreads, threadfence, atomics on buffers) and the dim3 type of threadIdx and friends. */
#include "vm.h"
#include "natives.h"
#include "buffer.h"

#ifndef __CUDACC__
/* The host emulation of a kernel (src/embed/emu.c) sets this: the barrier of the emulated block. */
void (*my_host_syncthreads)(void) = 0;
#endif

/* syncthreads(): embedded in a kernel, the block's barrier (__syncthreads on the GPU, the emulated
   block's barrier on the host); under `myriad run` the same as myriad.barrier(). */
NATIVE(cu_syncthreads) {
    MY_UNUSED(args);
    if (!args_check(I, nargs, kwnames, "syncthreads", 0, 0)) return V_ERR;
#ifdef __CUDACC__
    if (I->embedded) { __syncthreads(); return V_NONE; }
#else
    if (I->embedded && my_host_syncthreads) { my_host_syncthreads(); return V_NONE; }
#endif
    I->at_barrier = true;
    return V_NONE;
}

NATIVE(cu_threadfence) {
    MY_UNUSED(args);
    if (!args_check(I, nargs, kwnames, "threadfence", 0, 0)) return V_ERR;
    my_fence();
    return V_NONE;
}

/* ---- Atomics on buffer elements: one compare-and-swap loop on the aligned 32- or 64-bit word that
   holds the element, so every typecode works the same way on the GPU and the host. */
enum { AT_ADD, AT_SUB, AT_MIN, AT_MAX, AT_EXCH, AT_CAS };

/* The new bits of an element holding `old` under operation op with operand v (cmp for CAS). */
static MY_FN uint64_t at_apply(uint32_t tc, int op, uint64_t old, const BufItem *v, uint64_t cmp_bits) {
    if (op == AT_EXCH) return buffer_bits_of(tc, v);
    if (op == AT_CAS) return old == cmp_bits ? buffer_bits_of(tc, v) : old;
    if (tc == 'f' || tc == 'd') {
        double x;
        if (tc == 'f') { union { float f; uint32_t u; } c; c.u = (uint32_t)old; x = c.f; }
        else { union { double d; uint64_t u; } c; c.u = old; x = c.d; }
        double y = v->d, r = op == AT_ADD ? x + y : op == AT_SUB ? x - y : op == AT_MIN ? (y < x ? y : x) : (y > x ? y : x);
        BufItem out;
        out.u = 0;
        out.d = r;
        return buffer_bits_of(tc, &out);
    }
    uint32_t size = buffer_itemsize(tc);
    bool is_signed = tc == 'b' || tc == 'h' || tc == 'i' || tc == 'l' || tc == 'q';
    if (op == AT_ADD) return old + v->u;   /* wraps in the element's width, as CUDA's atomicAdd */
    if (op == AT_SUB) return old - v->u;
    uint32_t shift = 64 - size * 8;
    bool less;   /* v < old, in the element's type */
    if (is_signed) less = (int64_t)(v->u << shift) < (int64_t)(old << shift);
    else less = (v->u << shift) < (old << shift);
    if (op == AT_MIN) return less ? v->u : old;
    return less ? old : v->u;
}

static MY_FN uint64_t at_run(uint32_t tc, uint8_t *p, int op, const BufItem *v, uint64_t cmp_bits) {
    uint32_t size = buffer_itemsize(tc);
    if (size == 8) {
        uint64_t *w = (uint64_t *)p;
        uint64_t old = my_load64(w);
        for (;;) {
            uint64_t got = my_cas64(w, old, at_apply(tc, op, old, v, cmp_bits));
            if (got == old) return old;
            old = got;
        }
    }
    uint32_t *w = (uint32_t *)((uintptr_t)p & ~(uintptr_t)3);
    uint32_t sh = (uint32_t)((uintptr_t)p & 3) * 8;
    uint32_t mask = size == 4 ? 0xFFFFFFFFu : ((1u << (size * 8)) - 1u) << sh;
    uint64_t emask = size == 4 ? 0xFFFFFFFFull : (1ull << (size * 8)) - 1ull;
    uint32_t old = my_load32(w);
    for (;;) {
        uint64_t e = ((uint64_t)(old & mask) >> sh) & emask;
        uint64_t ne = at_apply(tc, op, e, v, cmp_bits) & emask;
        uint32_t nw = (old & ~mask) | ((uint32_t)(ne << sh) & mask);
        uint32_t got = my_cas32(w, old, nw);
        if (got == old) return e;
        old = got;
    }
}

/* atomic_OP(buf, i, v[, new]): returns the element's old value. */
static MY_FN Value cu_atomic(Interp *I, Ref args, uint32_t nargs, Value kwnames, const char *name, int op) {
    uint32_t want = op == AT_CAS ? 4 : 3;
    if (!args_check(I, nargs, kwnames, name, want, want)) return V_ERR;
    Value b = ARG(0);
    if (!is_type(I, b, T_BUFFER)) return raise_fmt(I, T_TYPE_ERROR, "%s() argument 1 must be a buffer, not %T", str_from_cstr(I, name), b, 0);
    uint32_t tc = (uint32_t)fld(I, b, BUF_CODE);
    int64_t i;
    if (!buffer_index(I, b, ARG(1), &i, true)) return V_ERR;
    BufItem v, cmp;
    if (!buffer_convert(I, tc, ARG(op == AT_CAS ? 3 : 2), &v)) return V_ERR;
    uint64_t cmp_bits = 0;
    if (op == AT_CAS) {
        if (!buffer_convert(I, tc, ARG(2), &cmp)) return V_ERR;
        cmp_bits = buffer_bits_of(tc, &cmp);
        uint32_t size = buffer_itemsize(tc);
        if (size < 8) cmp_bits &= (1ull << (size * 8)) - 1ull;
    }
    if (op == AT_SUB && tc != 'f' && tc != 'd') v.u = (uint64_t)0 - v.u;
    if (op == AT_SUB && tc != 'f' && tc != 'd') op = AT_ADD;
    uint64_t old = at_run(tc, buffer_addr(I, b, i), op, &v, cmp_bits);
    /* the store has happened: the instruction must not run again, so the result (a big int for
       64-bit elements) may take the heap's reserve */
    bool was = I->emergency;
    I->emergency = true;
    Value r = buffer_value_of(I, tc, old);
    I->emergency = was;
    if (r == V_ERR) { I->need_gc = false; I->exc = I->memerr; }
    return r;
}

NATIVE(cu_atomic_add) { return cu_atomic(I, args, nargs, kwnames, "atomic_add", AT_ADD); }
NATIVE(cu_atomic_sub) { return cu_atomic(I, args, nargs, kwnames, "atomic_sub", AT_SUB); }
NATIVE(cu_atomic_min) { return cu_atomic(I, args, nargs, kwnames, "atomic_min", AT_MIN); }
NATIVE(cu_atomic_max) { return cu_atomic(I, args, nargs, kwnames, "atomic_max", AT_MAX); }
NATIVE(cu_atomic_exch) { return cu_atomic(I, args, nargs, kwnames, "atomic_exch", AT_EXCH); }
NATIVE(cu_atomic_cas) { return cu_atomic(I, args, nargs, kwnames, "atomic_cas", AT_CAS); }

/* ---- dim3 ---- */
MY_FN Value dim3_new(Interp *I, uint32_t x, uint32_t y, uint32_t z) {
    Ref r = obj_alloc(I, T_DIM3, DIM3_WORDS, false);
    if (!r) return V_ERR;
    st(I, r + DIM3_X, v_int(x));
    st(I, r + DIM3_Y, v_int(y));
    st(I, r + DIM3_Z, v_int(z));
    return v_obj(r);
}

static MY_FN Value dim3_field(Interp *I, Ref args, uint32_t k) {
    if (!is_type(I, ARG(0), T_DIM3)) return raise_msg(I, T_TYPE_ERROR, "expected a dim3");
    return fld(I, ARG(0), k);
}
NATIVE(dim3_x) { MY_UNUSED(nargs); MY_UNUSED(kwnames); return dim3_field(I, args, DIM3_X); }
NATIVE(dim3_y) { MY_UNUSED(nargs); MY_UNUSED(kwnames); return dim3_field(I, args, DIM3_Y); }
NATIVE(dim3_z) { MY_UNUSED(nargs); MY_UNUSED(kwnames); return dim3_field(I, args, DIM3_Z); }

MY_FN void dim3_repr_into(Interp *I, StrBuf *sb, Value d) {
    sb_puts(I, sb, "dim3(x=");
    sb_put_int(I, sb, v_as_int(fld(I, d, DIM3_X)));
    sb_puts(I, sb, ", y=");
    sb_put_int(I, sb, v_as_int(fld(I, d, DIM3_Y)));
    sb_puts(I, sb, ", z=");
    sb_put_int(I, sb, v_as_int(fld(I, d, DIM3_Z)));
    sb_putc(I, sb, ')');
}

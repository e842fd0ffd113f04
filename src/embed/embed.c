/* embed.c: the per-thread embedding API (myriad_init, bind, globals, exec, run), core-style C that
   nvcc builds as device code and gcc as the host emulation. */
#include "embed_internal.h"
#include "vm.h"
#include "compile.h"
#include "buffer.h"

MY_OUTLINE void gc_collect(Interp *I);
MY_FN bool vm_start(Interp *I, Value code, Value globals);

/* Interpreter i's heap: its column of its warp's block (interleaved), or its own run of words. */
static MY_FN uint64_t *emb_heap(const MyriadPool *p, uint32_t i) {
    uint64_t *heaps = (uint64_t *)(p->base + p->heaps_at);
#if MY_HEAP_STRIDE == 32
    return heaps + (size_t)(i / 32) * 32 * p->heap_words + (i % 32);
#else
    return heaps + (size_t)i * p->heap_words;
#endif
}

static MY_FN void emb_info(MyriadInterp *X, int status) {
    X->info->status = status;
    X->info->out_len = X->I.out.len;
    X->info->err_len = X->I.err.len;
}

/* The thread's place in the launch, for the Python globals threadIdx, blockIdx, blockDim, gridDim. */
static MY_FN void emb_dims(uint32_t index, uint32_t n, uint32_t d[12]) {
#ifdef __CUDACC__
    MY_UNUSED(index); MY_UNUSED(n);
    d[0] = threadIdx.x; d[1] = threadIdx.y; d[2] = threadIdx.z;
    d[3] = blockIdx.x; d[4] = blockIdx.y; d[5] = blockIdx.z;
    d[6] = blockDim.x; d[7] = blockDim.y; d[8] = blockDim.z;
    d[9] = gridDim.x; d[10] = gridDim.y; d[11] = gridDim.z;
#else
    EmuIndex e;
    if (myriad_emu_index(&e)) {
        d[0] = e.tx; d[1] = e.ty; d[2] = e.tz; d[3] = e.bx; d[4] = e.by; d[5] = e.bz;
        d[6] = e.bdx; d[7] = e.bdy; d[8] = e.bdz; d[9] = e.gdx; d[10] = e.gdy; d[11] = e.gdz;
        return;
    }
    /* outside an emulated launch: one block of n threads */
    for (int k = 0; k < 12; k++) d[k] = k == 6 ? n : k == 0 ? index : (k >= 7 ? 1 : 0);
#endif
}

static MY_FN bool emb_set_dims(Interp *I, const uint32_t d[12]) {
    for (int k = 0; k < 4; k++) {
        const char *nm = k == 0 ? "threadIdx" : k == 1 ? "blockIdx" : k == 2 ? "blockDim" : "gridDim";
        Value v = dim3_new(I, d[3 * k], d[3 * k + 1], d[3 * k + 2]);
        Value name = v == V_ERR ? V_ERR : str_from_cstr(I, nm);
        if (name == V_ERR || dict_set(I, I->globals, name, v) == V_ERR) return false;
    }
    return true;
}

MY_FN MyriadInterp *myriad_init(MyriadPool pool, uint32_t index) {
    if (index >= pool.n) return 0;
    MyriadInterp *X = (MyriadInterp *)(pool.base + pool.interps_at + (size_t)index * pool.interp_bytes);
    X->info = (EmbedInfo *)pool.base + index;
    Interp L;   /* built in local memory, then stored once (as the GPU backend's k_init) */
    uint32_t d[12];
    emb_dims(index, pool.n, d);
    if (!interp_init(&L, pool.image, (uint32_t)pool.image_words, emb_heap(&pool, index), pool.heap_words,
                     index, pool.n) || !emb_set_dims(&L, d)) {
        X->info->status = MYRIAD_MEMORY;
        return 0;
    }
    uint8_t *b = pool.base + pool.bufs_at + (size_t)index * 2 * pool.buf_bytes;
    L.out.data = b;
    L.out.cap = pool.buf_bytes;
    L.out.len = 0;
    L.err.data = b + pool.buf_bytes;
    L.err.cap = pool.buf_bytes;
    L.err.len = 0;
    L.embedded = true;
    L.status = RUN_DONE;
    X->I = L;
    X->info->dropped = 0;
    emb_info(X, MYRIAD_OK);
    return X;
}

/* ---- Globals ---- */
enum { SET_INT, SET_FLOAT, SET_STR, SET_BUFFER };

/* Stores a new value as global `name`; when the heap is full, one collection and a second try. */
static MY_FN int emb_set(MyriadInterp *X, const char *name, int kind, int64_t iv, double dv, const char *sv,
                         void *ptr, uint32_t tc, size_t len) {
    Interp *I = &X->I;
    for (int attempt = 0; attempt < 2; attempt++) {
        I->need_gc = false;
        I->exc = V_NULL;
        Value v;
        switch (kind) {
        case SET_INT: v = int_from_i64(I, iv); break;
        case SET_FLOAT: v = v_double(dv); break;
        case SET_STR: v = str_new(I, sv, (uint32_t)len); break;
        default: v = buffer_new(I, ptr, tc, (int64_t)len, 1); break;
        }
        Value k = v == V_ERR ? V_ERR : str_from_cstr(I, name);
        if (k != V_ERR && dict_set(I, I->globals, k, v) != V_ERR) return 0;
        if (!I->need_gc) break;
        gc_collect(I);
    }
    I->need_gc = false;
    I->exc = V_NULL;
    return -1;
}

MY_FN int myriad_bind(MyriadInterp *X, const char *name, void *data, char typecode, size_t len) {
    uint32_t size = buffer_itemsize((uint32_t)(uint8_t)typecode);
    if (!X || !size || ((uintptr_t)data % size) != 0 || len > ((size_t)1 << 62)) return -1;
    return emb_set(X, name, SET_BUFFER, 0, 0, 0, data, (uint32_t)(uint8_t)typecode, len);
}
MY_FN int myriad_set_int(MyriadInterp *X, const char *name, int64_t v) { return X ? emb_set(X, name, SET_INT, v, 0, 0, 0, 0, 0) : -1; }
MY_FN int myriad_set_float(MyriadInterp *X, const char *name, double v) { return X ? emb_set(X, name, SET_FLOAT, 0, v, 0, 0, 0, 0) : -1; }
MY_FN int myriad_set_str(MyriadInterp *X, const char *name, const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return X && n < 0xFFFFFFF0u ? emb_set(X, name, SET_STR, 0, 0, s, 0, 0, n) : -1;
}

/* The value of global `name`, or V_NULL; found without allocating (no key str is made). */
static MY_FN Value emb_get(MyriadInterp *X, const char *name) {
    if (!X) return V_NULL;
    Interp *I = &X->I;
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(I, I->globals, &pos, &k, &v))
        if (is_str(I, k) && str_eq_cstr(I, k, name)) return v;
    return V_NULL;
}

MY_FN int myriad_get_int(MyriadInterp *X, const char *name, int64_t *out) {
    Value v = emb_get(X, name);
    if (v == V_NULL) return -1;
    v = box_inner(&X->I, v);
    if (!is_int_value(&X->I, v)) return -1;
    return int_to_i64(&X->I, v, out) ? 0 : -1;
}

MY_FN int myriad_get_float(MyriadInterp *X, const char *name, double *out) {
    Value v = emb_get(X, name);
    if (v == V_NULL) return -1;
    return to_double(&X->I, box_inner(&X->I, v), out) ? 0 : -1;
}

MY_FN int64_t myriad_get_str(MyriadInterp *X, const char *name, char *buf, size_t cap) {
    Value v = emb_get(X, name);
    if (v == V_NULL) return -1;
    v = box_inner(&X->I, v);
    if (!is_str(&X->I, v)) return -1;
    uint32_t n = str_nbytes(&X->I, v);
    if (cap > 0) str_copy_out(&X->I, v, buf, cap > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)cap);
    return n;
}

/* ---- Running code ---- */

/* Runs I to the end of its code: no slices (a kernel cannot be resumed later), output beyond the
   buffers is dropped and counted, barriers outside an emulated block do not wait. */
static MY_FN int emb_finish(Interp *I, uint32_t *dropped) {
    for (;;) {
        RunStatus rs = interp_run(I, (uint64_t)1 << 62);
        if (rs == RUN_BUDGET || rs == RUN_BARRIER) continue;
        if (rs == RUN_OUTPUT) {
            if (I->pending_out != V_NULL) *dropped += str_nbytes(I, I->pending_out) - I->pending_pos;
            I->pending_out = V_NULL;
            continue;
        }
        switch (rs) {
        case RUN_DONE: return MYRIAD_OK;
        case RUN_ERROR: return MYRIAD_ERROR;
        case RUN_EXIT: return MYRIAD_EXIT;
        case RUN_STEPS: return MYRIAD_STEPS;
        default:
            out_write_cstr(I, 2, "MemoryError\n");
            return MYRIAD_MEMORY;
        }
    }
}

/* Shared by exec and run: the header is worked on in local memory (interleaved per thread by the
   GPU), then stored back. code: a code Value, or V_NULL to compile `source` here first. */
static MY_FN int emb_go(MyriadInterp *X, Value code, const char *source) {
    if (!X) return MYRIAD_MEMORY;
    Interp L = X->I;
    volatile char stack_marker = 0;
    L.err.len = 0;
    uint32_t dropped = X->info->dropped;
    int status = MYRIAD_OK;
    if (code == V_NULL) {
        uint32_t n = 0;
        while (source[n]) n++;
        for (int attempt = 0; attempt < 2; attempt++) {
            L.need_gc = false;
            L.exc = V_NULL;
            L.stack_base = (uintptr_t)&stack_marker;
            Value src = str_new(&L, source, n);
            Value fname = src == V_ERR ? V_ERR : str_from_cstr(&L, "<string>");
            code = fname == V_ERR ? V_ERR : compile_source(&L, src, fname, COMPILE_EXEC);
            L.stack_base = 0;
            if (code != V_ERR || !L.need_gc) break;
            gc_collect(&L);
        }
        if (code == V_ERR) {
            if (L.need_gc) { L.need_gc = false; out_write_cstr(&L, 2, "MemoryError\n"); status = MYRIAD_MEMORY; }
            else { if (L.exc != V_NULL) print_exception(&L, L.exc); status = MYRIAD_ERROR; }
            L.exc = V_NULL;
            L.status = RUN_ERROR;
        }
    }
    if (code != V_ERR) {
        if (!interp_start_code(&L, code)) { out_write_cstr(&L, 2, "MemoryError\n"); status = MYRIAD_MEMORY; }
        else status = emb_finish(&L, &dropped);
    }
    X->I = L;
    X->info->dropped = dropped;
    emb_info(X, status);
    return status;
}

MY_FN int myriad_exec(MyriadInterp *X, const char *source) { return emb_go(X, V_NULL, source); }
MY_FN int myriad_run_code(MyriadInterp *X, uint64_t code) {
    if (!X || !v_is_obj(code) || !REF_IS_IMAGE(v_as_ref(code)) ||
        (v_as_ref(code) & ~REF_IMAGE_BIT) >= X->I.H.image_words || !is_type(&X->I, code, T_CODE)) return MYRIAD_ERROR;
    return emb_go(X, code, 0);
}

MY_FN const char *myriad_error(MyriadInterp *X, size_t *len) {
    *len = X ? X->I.err.len : 0;
    return X ? (const char *)X->I.err.data : "";
}
MY_FN const char *myriad_output(MyriadInterp *X, size_t *len) {
    *len = X ? X->I.out.len : 0;
    return X ? (const char *)X->I.out.data : "";
}

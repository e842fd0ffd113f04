/* gc.c: a precise mark-compact collector (the Compressor scheme): mark with an explicit stack, find
   each live object's new place from a live-word bitmap and per-block offsets, update every
   reference, then slide objects down in address order. Allocation order survives, so the same
   program keeps the same layout in every interpreter of a warp. Runs only at safe points. */
#include "obj.h"

#define GC_BLOCK 64   /* heap words per bitmap word */

MY_INLINE bool gc_is_live(Interp *I, uint32_t w) {
    return (mem_ld(&I->H, I->gc_bitmap + w / GC_BLOCK) >> (w % GC_BLOCK)) & 1;
}

/* Marks words [r, r+n) live. */
static MY_FN void gc_set_live(Interp *I, uint32_t r, uint32_t n) {
    while (n > 0) {
        uint32_t bit = r % GC_BLOCK, take = GC_BLOCK - bit < n ? GC_BLOCK - bit : n;
        uint64_t mask = take == 64 ? ~(uint64_t)0 : (((uint64_t)1 << take) - 1) << bit;
        Ref w = I->gc_bitmap + r / GC_BLOCK;
        mem_st(&I->H, w, mem_ld(&I->H, w) | mask);
        r += take;
        n -= take;
    }
}

typedef struct GcMark { uint32_t sp; bool overflow; } GcMark;

/* An object in the movable region (not the image, not a frame-stack frame). */
MY_INLINE bool gc_movable(Interp *I, Ref r) {
    return !REF_IS_IMAGE(r) && r > 0 && r < I->top;
}

static MY_FN void gc_mark_ref(Interp *I, GcMark *m, Ref r) {
    if (!gc_movable(I, r) || gc_is_live(I, r)) return;
    gc_set_live(I, r, hdr_size(I, r));
    if (m->sp < I->gc_stack_cap) mem_st(&I->H, I->gc_stack + m->sp++, r);
    else m->overflow = true;
}

MY_INLINE void gc_mark_value(Interp *I, GcMark *m, Value v) {
    if (v_is_obj(v)) gc_mark_ref(I, m, v_as_ref(v));
}

/* How many leading words of object r (header included) may hold Values: all of them, except in a
   frame, whose value stack above its saved FRAME_SP holds stale words. */
MY_INLINE uint32_t gc_value_words(Interp *I, Ref r, uint64_t h) {
    uint32_t n = (uint32_t)(h >> 32) & HDR_SIZE_MASK;
    if ((Ref)h == TYPE_REF(T_FRAME)) {
        uint32_t sp = (uint32_t)v_as_int(mem_ld(&I->H, r + FRAME_SP));
        if (sp < n) n = sp;
    }
    return n;
}

/* Marks what object r refers to: its type, and its Values unless it is raw. */
static MY_FN void gc_scan(Interp *I, GcMark *m, Ref r) {
    uint64_t h = mem_ld(&I->H, r);
    gc_mark_ref(I, m, (Ref)h);
    if (h & HDR_RAW_BIT) return;
    uint32_t n = gc_value_words(I, r, h);
    for (uint32_t i = 1; i < n; i++) gc_mark_value(I, m, mem_ld(&I->H, r + i));
}

static MY_FN void gc_drain(Interp *I, GcMark *m) {
    while (m->sp > 0) gc_scan(I, m, (Ref)mem_ld(&I->H, I->gc_stack + --m->sp));
}

/* The roots: the interpreter's fields and every frame on the frame stack. */
#define GC_ROOTS(X) X(exc) X(globals) X(modules) X(memerr) X(tail_callable) X(tail_args) \
                    X(tail_kwargs) X(tail_locals) X(pending_out) X(argv) X(reporting)

static MY_FN void gc_mark(Interp *I) {
    GcMark m = { 0, false };
#define GC_MARK_ROOT(f) gc_mark_value(I, &m, I->f);
    GC_ROOTS(GC_MARK_ROOT)
#undef GC_MARK_ROOT
    if (I->frame) gc_mark_ref(I, &m, I->frame);
    for (Ref f = I->fsp; f < I->frame_end; f += hdr_size(I, f)) { gc_scan(I, &m, f); gc_drain(I, &m); }
    gc_drain(I, &m);
    /* after a mark stack overflow, rescan live objects until nothing new is found */
    while (m.overflow) {
        m.overflow = false;
        for (uint32_t r = 1; r < I->top; r += hdr_size(I, r))
            if (gc_is_live(I, r)) { gc_scan(I, &m, r); gc_drain(I, &m); }
    }
}

MY_INLINE uint32_t gc_popcount(uint64_t x) { return (uint32_t)MY_POPCOUNT64(x); }

/* The first live word at or after r (I->top when none). Every word of a live object is marked, so
   this is the start of the next live object when r is an object boundary: dead stretches are
   skipped 64 words at a time. */
static MY_FN uint32_t gc_next_live(Interp *I, uint32_t r) {
    uint32_t top = I->top;
    if (r >= top) return top;
    uint32_t b = r / GC_BLOCK;
    uint64_t bits = mem_ld(&I->H, I->gc_bitmap + b) & (~(uint64_t)0 << (r % GC_BLOCK));
    uint32_t nblocks = (top + GC_BLOCK - 1) / GC_BLOCK;
    while (!bits) {
        if (++b >= nblocks) return top;
        bits = mem_ld(&I->H, I->gc_bitmap + b);
    }
    uint32_t w = b * GC_BLOCK + (uint32_t)MY_CTZ64(bits);
    return w < top ? w : top;
}

/* New address of live object r: 1 + live words before it. */
MY_INLINE Ref gc_forward(Interp *I, Ref r) {
    if (!gc_movable(I, r)) return r;
    uint32_t b = r / GC_BLOCK;
    uint64_t bits = mem_ld(&I->H, I->gc_bitmap + b) & ((((uint64_t)1) << (r % GC_BLOCK)) - 1);
    return 1 + mem_ld_u32(&I->H, I->gc_offsets, b) + gc_popcount(bits);
}

MY_INLINE Value gc_forward_value(Interp *I, Value v) {
    if (!v_is_obj(v)) return v;
    Ref r = v_as_ref(v);
    return gc_movable(I, r) ? v_obj(gc_forward(I, r)) : v;
}

static MY_FN void gc_update_object(Interp *I, Ref r) {
    uint64_t h = mem_ld(&I->H, r);
    Ref t = (Ref)h;
    if (gc_movable(I, t)) mem_st(&I->H, r, (h & ~(uint64_t)0xFFFFFFFFu) | gc_forward(I, t));
    if (h & HDR_RAW_BIT) return;
    uint32_t n = gc_value_words(I, r, h);
    for (uint32_t i = 1; i < n; i++) {
        Value v = mem_ld(&I->H, r + i);
        if (v_is_obj(v)) mem_st(&I->H, r + i, gc_forward_value(I, v));
    }
}

MY_FN void dict_rehash_moved(Interp *I, Value d);
MY_FN void set_rehash_moved(Interp *I, Value s, Ref scratch, uint32_t scratch_words);

/* Objects moved: dict and set keys hashed by their address (object.__hash__) must be found under
   their new hash. The free words between the allocation top and the frames are the sets' scratch. */
static MY_FN void gc_rehash_tables(Interp *I) {
    for (uint32_t r = 1; r < I->top; r += hdr_size(I, r)) {
        Ref t = hdr_type(I, r);
        if (t == TYPE_REF(T_DICT)) dict_rehash_moved(I, v_obj(r));
        else if (t == TYPE_REF(T_SET) || t == TYPE_REF(T_FROZENSET)) set_rehash_moved(I, v_obj(r), I->top, I->fsp - I->top);
    }
}

MY_OUTLINE void gc_collect(Interp *I) {
    if (I->ref_tag) return;   /* the image builder never collects */
    I->gc_count++;
    I->emergency = false;
    lookup_caches_clear(I);
    gc_mark(I);
    uint32_t nblocks = (I->top + GC_BLOCK - 1) / GC_BLOCK;
    uint32_t live = 0;
    for (uint32_t b = 0; b < nblocks; b++) {
        mem_st_u32(&I->H, I->gc_offsets, b, live - (b == 0 ? 0 : 0));
        live += gc_popcount(mem_ld(&I->H, I->gc_bitmap + b));
    }
    /* word 0 is never live, so "1 + live words before" is each object's new place */
    for (uint32_t r = gc_next_live(I, 1); r < I->top; r = gc_next_live(I, r + hdr_size(I, r))) gc_update_object(I, r);
    for (Ref f = I->fsp; f < I->frame_end; f += hdr_size(I, f)) gc_update_object(I, f);
#define GC_UPDATE_ROOT(f) I->f = gc_forward_value(I, I->f);
    GC_ROOTS(GC_UPDATE_ROOT)
#undef GC_UPDATE_ROOT
    if (I->frame) I->frame = gc_forward(I, I->frame);
    /* slide: every live object moves down to its new place, in address order */
    uint32_t to = 1;
    for (uint32_t r = gc_next_live(I, 1); r < I->top; ) {
        uint32_t n = hdr_size(I, r);
        if (to != r) for (uint32_t i = 0; i < n; i++) mem_st(&I->H, to + i, mem_ld(&I->H, r + i));
        to += n;
        r = gc_next_live(I, r + n);
    }
    for (uint32_t b = 0; b < nblocks; b++) mem_st(&I->H, I->gc_bitmap + b, 0);
    bool moved = to != I->top;
    I->top = to;
    if (moved) gc_rehash_tables(I);
}

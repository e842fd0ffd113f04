/* heap.h: the single accessor for every load and store into an interpreter's heap or the shared image. */
#ifndef MY_HEAP_H
#define MY_HEAP_H

#include "port.h"

/* A Ref is a 32-bit word offset. Bit 31 set: a word of the shared read-only image; clear: a word of
   the interpreter's own heap. Words are 64 bits. Offset 0 of the heap is never a valid object, so a
   Ref of 0 can mean "none". */
typedef uint32_t Ref;
#define REF_IMAGE_BIT 0x80000000u
#define REF_IS_IMAGE(r) (((r) & REF_IMAGE_BIT) != 0)

/* Heap layout is a build choice. On the GPU the 32 heaps of a warp are interleaved word by word
   (word w of lane l at row w, column l), so I->heap points at the lane's column and the stride is 32.
   Contiguous heaps (the CPU, or the GPU's comparison build) have stride 1. */
#ifndef MY_HEAP_STRIDE
#define MY_HEAP_STRIDE 1
#endif

/* The part of an interpreter that the accessor needs; the full interpreter (interp.h) starts with it. */
typedef struct HeapView {
    uint64_t *heap;          /* word 0 of this interpreter's heap (its column, when interleaved) */
    const uint64_t *image;   /* word 0 of the shared image */
    uint32_t heap_words;     /* size of the heap in words */
    uint32_t image_words;    /* size of the image in words */
} HeapView;

MY_INLINE uint64_t mem_ld(const HeapView *H, Ref r) {
    if (REF_IS_IMAGE(r)) return H->image[r & ~REF_IMAGE_BIT];
    return H->heap[(size_t)r * MY_HEAP_STRIDE];
}

/* A word known to be in the heap, never in the image (frame slots, the value stack): no branch. */
MY_INLINE uint64_t *mem_hp(HeapView *H, Ref r) {
    return &H->heap[(size_t)(r & ~REF_IMAGE_BIT) * MY_HEAP_STRIDE];
}

/* A pointer to word r of the heap or the image, and in *stride the distance to the object's next
   word (1 in the image, the heap's stride in the heap): for reading a run of words in place (the
   dispatch loop's bytecode and constants). */
MY_INLINE const uint64_t *mem_run(const HeapView *H, Ref r, uint32_t *stride) {
    if (REF_IS_IMAGE(r)) { *stride = 1; return H->image + (r & ~REF_IMAGE_BIT); }
    *stride = MY_HEAP_STRIDE;
    return H->heap + (size_t)r * MY_HEAP_STRIDE;
}

#if MY_HEAP_STRIDE == 1
/* Contiguous builds: consecutive words are adjacent everywhere. */
MY_INLINE const uint64_t *mem_wp(const HeapView *H, Ref r) {
    uint32_t stride;
    return mem_run(H, r, &stride);
}
#endif

/* Stores only ever go to the heap: the image is read-only. */
MY_INLINE void mem_st(HeapView *H, Ref r, uint64_t v) {
    H->heap[(size_t)(r & ~REF_IMAGE_BIT) * MY_HEAP_STRIDE] = v;   /* the mask matters only while building the image */
}

/* Bytes are packed 8 to a word, little-endian: byte i of a run starting at word r is in word
   r + i/8, bits 8*(i%8) .. 8*(i%8)+7. */
MY_INLINE uint32_t mem_ld_byte(const HeapView *H, Ref r, uint32_t i) {
    return (uint32_t)(mem_ld(H, r + (i >> 3)) >> ((i & 7) * 8)) & 0xFFu;
}
MY_INLINE void mem_st_byte(HeapView *H, Ref r, uint32_t i, uint32_t b) {
    Ref w = r + (i >> 3);
    unsigned sh = (i & 7) * 8;
    uint64_t old = mem_ld(H, w);
    mem_st(H, w, (old & ~((uint64_t)0xFF << sh)) | ((uint64_t)(b & 0xFFu) << sh));
}

/* 32-bit halves, packed 2 to a word, little-endian: half i of a run starting at word r is in word
   r + i/2 (low half for even i). Used for big-int digits. */
MY_INLINE uint32_t mem_ld_u32(const HeapView *H, Ref r, uint32_t i) {
    return (uint32_t)(mem_ld(H, r + (i >> 1)) >> ((i & 1) * 32));
}
MY_INLINE void mem_st_u32(HeapView *H, Ref r, uint32_t i, uint32_t d) {
    Ref w = r + (i >> 1);
    unsigned sh = (i & 1) * 32;
    uint64_t old = mem_ld(H, w);
    mem_st(H, w, (old & ~((uint64_t)0xFFFFFFFFu << sh)) | ((uint64_t)d << sh));
}

#endif

/* buffer.h: typed buffers: Python's view of an array that lives outside the heap (a kernel's
   global or __shared__ memory, bound by the embedding API). */
#ifndef MY_BUFFER_H
#define MY_BUFFER_H

#include "obj.h"

/* A buffer is a raw object (the collector never follows its pointer): the address of element 0,
   the number of elements, the distance between elements in elements (slices of slices), the
   typecode (as the array module's: b B h H i I l L q Q f d). */
enum { BUF_PTR = 1, BUF_LEN, BUF_STRIDE, BUF_CODE, BUF_WORDS };

/* One element converted for storing: the integer types keep their bits in u, f and d in d. */
typedef struct BufItem { uint64_t u; double d; } BufItem;

/* Bytes per element of a typecode, 0 when it is not one. */
MY_FN uint32_t buffer_itemsize(uint32_t typecode);
/* A buffer over len elements at ptr (stride 1). V_ERR when out of memory. */
MY_FN Value buffer_new(Interp *I, void *ptr, uint32_t typecode, int64_t len, int64_t stride);
/* The address of element i (0 <= i < len). */
MY_FN uint8_t *buffer_addr(Interp *I, Value b, int64_t i);
/* Converts v for a typecode as array does (TypeError, OverflowError); false with the exception pending. */
MY_FN bool buffer_convert(Interp *I, uint32_t typecode, Value v, BufItem *out);
/* Element bits <-> Python values. */
MY_FN Value buffer_value_of(Interp *I, uint32_t typecode, uint64_t bits);
MY_FN uint64_t buffer_bits_of(uint32_t typecode, const BufItem *it);
/* An index into b (negative counts from the end): false and IndexError/TypeError pending. */
MY_FN bool buffer_index(Interp *I, Value b, Value key, int64_t *out, bool assign);

/* The operators (ops.c and repr.c call these for buffers). */
MY_FN Value buffer_getitem(Interp *I, Value b, Value key);
MY_FN Value buffer_setitem(Interp *I, Value b, Value key, Value v);
MY_FN int64_t buffer_len(Interp *I, Value b);
MY_FN Value buffer_iter(Interp *I, Value b);
MY_FN Value buffer_iter_next(Interp *I, Value it);
MY_FN void buffer_repr_into(Interp *I, StrBuf *sb, Value b);
MY_FN void dim3_repr_into(Interp *I, StrBuf *sb, Value d);

/* dim3 (mod_cuda.c): three small ints, x y z. */
enum { DIM3_X = 1, DIM3_Y, DIM3_Z, DIM3_WORDS };
MY_FN Value dim3_new(Interp *I, uint32_t x, uint32_t y, uint32_t z);

#endif

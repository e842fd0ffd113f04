/* dtoa.h: float <-> text conversions that reproduce CPython 3.11 exactly (repr, format types, float()). */
#ifndef MY_DTOA_H
#define MY_DTOA_H

#include "port.h"

/* Every conversion is exact (bignum arithmetic, round-half-even on the exact binary value) and uses
   no heap, no libc and no recursion. Stack per call, deepest chain: about 1.3 KiB for dtoa_repr and
   dtoa_format and 1.1 KiB for dtoa_parse on the host (gcc -O0; less when optimised); 832 and 704
   bytes per thread under nvcc for sm_90. */

/* Room dtoa_repr needs: the longest repr is 24 characters ("-1.2345678901234567e-308") plus NUL. */
#define DTOA_REPR_BUFSIZE 32

/* Room that always suffices for dtoa_format with the given precision (pass -1 for "not given"):
   'f' of 1e308 has 309 integer digits, plus sign, point, precision digits, '%' and NUL. */
#define DTOA_FORMAT_CAP(prec) (((prec) > 17 ? (prec) : 17) + 330)

/* Writes repr(x) (== str(x)) to out, NUL-terminated, and returns its length: the shortest digit string
   that reads back as x, in exponent form when the decimal exponent is < -4 or >= 16, otherwise with
   at least ".0"; "inf", "-inf", "nan", "-0.0". out must hold DTOA_REPR_BUFSIZE bytes. */
MY_FN int dtoa_repr(double x, char *out);

/* The float part of format(x, spec) and '%'-formatting. type: 'e' 'E' 'f' 'F' 'g' 'G' '%' 'r' or 0
   (no type: repr when precision < 0, else 'g' that always keeps a digit after the point), or 'j'
   (repr's digits without the ".0" it adds: a part of a complex).
   precision < 0 means not given (6 for e/f/g/%). alternate is the '#' flag. Writes the sign ('-' for
   any negative value, -0.0 included; never for nan), the digits, and for '%' the trailing '%'; width,
   fill, '+'/' ' signs, grouping and 'z' are the caller's. inf/nan are "inf"/"nan" ("INF"/"NAN" for
   E F G). Returns the length (NUL written after it), or -1 when cap bytes are not enough or type is
   unknown; cap = DTOA_FORMAT_CAP(precision) is always enough. */
MY_FN int dtoa_format(double x, char type, int precision, bool alternate, char *out, int cap);

/* float(s) for an already whitespace-stripped ASCII string of len bytes (no NUL needed): optional
   sign, digits with single underscores between digits, optional fraction and exponent, or
   inf/infinity/nan in any case. Correctly rounded (half-even), overflow to +-inf, underflow to
   subnormals or +-0. Returns 0 and sets *out, or -1 when s is not a valid float (Python's
   ValueError; *out is then left alone). Also used by the lexer on float literal text. */
MY_FN int dtoa_parse(const char *s, int len, double *out);

#endif

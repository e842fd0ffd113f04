/* stub_unicode.c: the Unicode table lookup str.c needs, for unit tests that do not link str_methods.c. */
#include <stdbool.h>
#include <stdint.h>
bool uni_isprintable(uint32_t cp) { return cp >= 0x20 && cp != 0x7F; }

/* nat_math.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_MATH_H
#define MY_NAT_MATH_H
#define MATH_NATIVES(X)
#endif

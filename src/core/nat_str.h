/* nat_str.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_STR_H
#define MY_NAT_STR_H
#define STR_NATIVES(X)
#endif

/* nat_num.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_NUM_H
#define MY_NAT_NUM_H
#define NUM_NATIVES(X)
#endif

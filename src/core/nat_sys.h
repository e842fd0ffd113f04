/* nat_sys.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_SYS_H
#define MY_NAT_SYS_H
#define SYS_NATIVES(X)
#endif

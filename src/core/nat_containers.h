/* nat_containers.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_CONTAINERS_H
#define MY_NAT_CONTAINERS_H
#define CONTAINERS_NATIVES(X)
#endif

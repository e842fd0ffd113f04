/* natives_list.h: every native of the core, gathered from the lists each implementing file keeps. */
#ifndef MY_NATIVES_LIST_H
#define MY_NATIVES_LIST_H

#include "nat_builtins.h"   /* builtins.c: the builtins module, object/type/exception methods, _myriad */
#include "nat_str.h"        /* str_methods.c: str and bytes methods */
#include "nat_containers.h" /* containers.c: list, tuple, dict, set methods */
#include "nat_num.h"        /* num_methods.c: int and float methods */
#include "nat_math.h"       /* mod_math.c: the math module */
#include "nat_sys.h"        /* mod_sys.c: the sys module */
#include "nat_random.h"     /* mod_random.c: _random, the core of random (src/lib/random.py) */
#include "nat_fs.h"         /* mod_fs.c: _fs, the shared file system under io and os (src/lib); myriad.barrier */
#include "nat_subclass.h"   /* subclass.c: metaclasses' classes, subclasses of built-in types */
#include "nat_hash.h"       /* mod_hash.c: _hash, the core of hashlib and binascii.crc32 */
#include "nat_struct.h"     /* mod_struct.c: _struct, float bit patterns for struct */
#include "nat_json.h"       /* mod_json.c: _json, string escaping and scanning for json */
#include "nat_time.h"       /* mod_time.c: the time module */
#include "nat_cuda.h"       /* mod_cuda.c, buffer.c: the cuda module (kernel intrinsics), typed buffers */

#define ALL_NATIVES(X) BUILTINS_NATIVES(X) STR_NATIVES(X) CONTAINERS_NATIVES(X) NUM_NATIVES(X) \
                       MATH_NATIVES(X) SYS_NATIVES(X) RANDOM_NATIVES(X) FS_NATIVES(X) HASH_NATIVES(X) \
                       STRUCT_NATIVES(X) JSON_NATIVES(X) TIME_NATIVES(X) SUBCLASS_NATIVES(X) \
                       CUDA_NATIVES(X)

#endif

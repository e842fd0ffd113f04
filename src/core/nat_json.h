/* nat_json.h: the natives of this area, one X(owner, kind, "name", c_function) line each. */
#ifndef MY_NAT_JSON_H
#define MY_NAT_JSON_H
/* _json: string escaping and scanning, the hot loops of src/lib/json.py (mod_json.c). */
#define JSON_NATIVES(X) \
    X(MOD_JSON, NK_FUNCTION, "encode_str", jsn_encode_str) \
    X(MOD_JSON, NK_FUNCTION, "scanstring", jsn_scanstring)
#endif

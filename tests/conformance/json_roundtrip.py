# json dumps/loads: types, separators, indent, sort_keys, escapes, errors
import json
obj = {"b": [1, 2.5, None, True, False], "a": {"nested": "é\n\"q\""}, "n": -0.0, "big": 10**20}
s = json.dumps(obj)
print(s)
print(json.dumps(obj, sort_keys=True, indent=2))
print(json.dumps(obj, separators=(",", ":"), ensure_ascii=False))
print(json.loads(s) == obj, json.loads("[1, 2.0, \"x\", null, true]"), json.loads('{"a": {"b": []}}'))
print(json.dumps([float("inf"), float("nan")]), json.dumps("\u2028\x00"), json.dumps((1, 2)), json.dumps({1: 2, True: 3, None: 4}))
for bad in ["{", "[1,]", "{'a': 1}", "nul", "[1] x", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"k": 1}, indent="\t"), json.loads("1e400"), json.loads('"\\ud83d\\ude00"'))
from collections import OrderedDict, namedtuple
P = namedtuple("P", "x y")
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(P(1, 2)))

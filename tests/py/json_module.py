# json: dumps (indent, sort_keys, separators, ensure_ascii, default, skipkeys, allow_nan), loads with CPython's errors and hooks.
import json
for s in ['', ' ', '"abc', '"a\nb"', '"a\\qb"', '"a\\u12"', '"a\\u12zz"', '"\\ud800\\udc00"', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '{"a":1 "b":2}', '1 2', 'nul', 'tru', '-', '-a', '01', '1.', '1e', '1.5e+3', '[', '{', '{"a"', '{"a":', '[1', '\ufeff1', 'NaN', '-Infinity', 'Infinity', '1E400', '-0', '-0.0', '12345678901234567890123', '"\\', '"a', '"\\u', '["a",', 'nan', '[1,\n2,\nx]', '"\x7f"', '"é\\u00e9"', '  {"": []}  ', '"\\/\\b\\f\\n\\r\\t\\""', 'true false', '{"a":1,"a":2}', '["é", 1 x]', '{"é": "\\u00e9ü", "k": [1, 2.5, -3e2, true, false, null, {}]}', '"\\uD83D\\uDE00"', '[[[[]]]]', '{"a" : 1 , "b" :[ 1 , 2 ] }', '1.0e-3', '-1.5E+2', '"\t"', '123abc', '[1.5]', ' \n\t\r 7 \n']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'ERR', e, e.pos, e.lineno, e.colno, repr(e.msg), repr(e))
for f in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()),
          lambda: json.dumps({1.5: 1, True: 2, None: 3, 4: 5, False: 6}), lambda: json.dumps([1, {'a': []}, {}], indent=2),
          lambda: json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent='\t'), lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True),
          lambda: json.loads(1), lambda: json.loads(b'[1]'), lambda: json.loads(b'\xef\xbb\xbf[2]'),
          lambda: json.dumps('\u00e9\U0001F600\x7f\x00\x1f', ensure_ascii=False), lambda: json.dumps('\u00e9\U0001F600\x7f\x00\x1f"\\\n\r\t\b\f'),
          lambda: json.dumps([1.0, 1e16, 0.1, -0.0, 1e-7, float('inf'), -float('inf'), float('nan'), 10**30, True, None]),
          lambda: json.dumps({'a': [1, 2], 'b': {'c': None}}, indent=0), lambda: json.dumps([1, [2, [3]]], indent=4, separators=(',', ':')),
          lambda: json.dumps({'x': 1, (1,): 2, 'y': 3}, skipkeys=True), lambda: json.dumps({'a': 1}, separators=(',', ':')),
          lambda: json.dumps(set([1]), default=sorted), lambda: json.dumps({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_keys=True),
          lambda: json.dumps((1, 2)), lambda: json.dumps([]), lambda: json.dumps({}), lambda: json.dumps([[]], indent=2), lambda: json.dumps("x"),
          lambda: json.dumps(1, cls=json.JSONEncoder), lambda: json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())),
          lambda: json.loads('{"a": 1, "b": [2]}', object_pairs_hook=list), lambda: json.loads('[1.5, 2]', parse_float=str, parse_int=float),
          lambda: json.loads('[NaN]', parse_constant=lambda c: c), lambda: json.loads('"a\tb"', strict=False), lambda: json.loads('"a\tb"'),
          lambda: json.JSONDecoder().raw_decode('  [1] xyz', 2), lambda: json.JSONDecoder().raw_decode('é[1] xyz', 1), lambda: json.JSONDecoder().decode('{}'),
          lambda: json.dumps({'é': 'ü'}, ensure_ascii=False, indent=1), lambda: json.loads(json.dumps({'k': ['\U0001F600', 1.25, None]})),
          lambda: json.JSONEncoder(indent=2).encode([1]), lambda: ''.join(json.JSONEncoder().iterencode([1, 'a']))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = []
a.append(a)
d = {}
d['x'] = [d]
for o in [a, d]:
    try:
        json.dumps(o)
    except ValueError as e:
        print(type(e).__name__, e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return json.JSONEncoder.default(self, o)
print(json.dumps({'c': 1 + 2j}, cls=Enc), json.dumps([1, 2], cls=Enc, indent=1))
try:
    json.dumps({'c': object()}, cls=Enc)
except TypeError as e:
    print(e)
e = json.JSONDecodeError('m', 'ab\ncd', 4)
print(repr(e), e.msg, e.doc, e.pos, e.lineno, e.colno, isinstance(e, ValueError), json.JSONDecodeError.__mro__[1:])
x = {'list': list(range(20)), 'nested': [{'i': i, 's': str(i) * 3, 'f': i / 7} for i in range(10)]}
s = json.dumps(x, indent=2, sort_keys=True)
print(len(s), json.loads(s) == x, json.dumps(x)[:120])

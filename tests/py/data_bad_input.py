# Bad input to the data modules (json, struct, binascii, base64, hashlib, math, cmath, complex, time): CPython's exception types and messages.
import json, struct, binascii, base64, hashlib, math, cmath, time
funcs = [
    ('json.dumps', json.dumps), ('json.loads', json.loads),
    ('struct.pack', struct.pack), ('struct.unpack', struct.unpack), ('struct.calcsize', struct.calcsize),
    ('struct.iter_unpack', struct.iter_unpack), ('struct.unpack_from', struct.unpack_from), ('struct.Struct', struct.Struct),
    ('binascii.hexlify', binascii.hexlify), ('binascii.unhexlify', binascii.unhexlify), ('binascii.b2a_base64', binascii.b2a_base64),
    ('binascii.a2b_base64', binascii.a2b_base64), ('binascii.crc32', binascii.crc32),
    ('base64.b64encode', base64.b64encode), ('base64.b64decode', base64.b64decode), ('base64.urlsafe_b64encode', base64.urlsafe_b64encode),
    ('base64.urlsafe_b64decode', base64.urlsafe_b64decode), ('base64.b32encode', base64.b32encode), ('base64.b32decode', base64.b32decode),
    ('base64.b16encode', base64.b16encode), ('base64.b16decode', base64.b16decode),
    ('hashlib.md5', hashlib.md5), ('hashlib.sha1', hashlib.sha1), ('hashlib.sha256', hashlib.sha256), ('hashlib.sha512', hashlib.sha512), ('hashlib.new', hashlib.new),
    ('math.isqrt', math.isqrt), ('math.comb', math.comb), ('math.perm', math.perm), ('math.gcd', math.gcd), ('math.lcm', math.lcm), ('math.prod', math.prod),
    ('math.fsum', math.fsum), ('math.isclose', math.isclose), ('math.dist', math.dist), ('math.hypot', math.hypot),
    ('cmath.sqrt', cmath.sqrt), ('cmath.exp', cmath.exp), ('cmath.log', cmath.log), ('cmath.phase', cmath.phase), ('cmath.polar', cmath.polar),
    ('cmath.rect', cmath.rect), ('cmath.isclose', cmath.isclose), ('complex', complex),
    ('time.sleep', time.sleep),
]
argsets = [(), (b'1', b'2', b'3'), (b'1', b'2', b'3', b'4'), (None,), (1,), (-1,), (1.5,), ('ab',), (b'ab',), ([1],), ({},), ('x', 'y'), (b'x', 2), ('i', 'x'), ('<h', 70000), (float('nan'),), (10**30,), ('1+',), (b'\xff',)]
for name, f in funcs:
    for a in argsets:
        try:
            r = f(*a)
            if name.startswith('hashlib'):
                r = r.hexdigest()
            elif name == 'struct.iter_unpack':
                r = list(r)
            elif name == 'struct.Struct':
                r = r.size
            out = 'ok ' + repr(r)[:60]
        except Exception as e:
            out = type(e).__name__ + ': ' + str(e)[:100]
        print(name, repr(a)[:40], out)
extras = [
    lambda: json.dumps({1j: 1}), lambda: json.dumps([1], default=1), lambda: json.dumps(object(), default=lambda o: 'X'), lambda: json.dumps([float('inf')], allow_nan=False),
    lambda: json.dumps({'a': {1, 2}}), lambda: json.dumps([1], indent=-1), lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True), lambda: json.loads('[1]', object_hook=1),
    lambda: json.loads('{"a": 1}', object_hook=1), lambda: json.loads('1.5', parse_float=len), lambda: json.loads('[1, 2', ), lambda: json.loads('{"a": 1, "b"}'),
    lambda: json.JSONDecoder().raw_decode('[1]', 5), lambda: json.loads('"\\ud83d\\ude00"'), lambda: json.loads(b'"\xc3\xa9"'),
    lambda: struct.pack('<q', 'a'), lambda: struct.pack('s', 5), lambda: struct.pack('?'), lambda: struct.Struct('i').pack(1, 2), lambda: struct.Struct('i').unpack(b''),
    lambda: struct.Struct('i').unpack_from(b'abcd', 1), lambda: struct.pack('!'), lambda: struct.calcsize('<'), lambda: struct.pack('@P', 2**64),
    lambda: hashlib.sha256().update(), lambda: hashlib.sha256().update('a'), lambda: hashlib.sha256().update(1), lambda: hashlib.md5(b'a', b'b'),
    lambda: hashlib.new('md4'), lambda: hashlib.new(None), lambda: hashlib.sha1(data=b'x'),
    lambda: binascii.crc32(b'a', 'b'), lambda: binascii.a2b_base64(b'YQ', strict_mode=True), lambda: binascii.a2b_base64(b'Y', strict_mode=True),
    lambda: base64.b64decode(b'YQ=', validate=True), lambda: base64.b64encode(b'a', altchars=b'-'), lambda: base64.b32decode(b'ME======', map01=b'xx'),
    lambda: complex('1+2j', 3), lambda: complex(1, '2'), lambda: complex('1e400000j'), lambda: complex('(1+2j))'),
    lambda: time.sleep(float('inf')), lambda: time.monotonic(1),
]
for f in extras:
    try:
        print('ok', repr(f())[:80])
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e)[:100])

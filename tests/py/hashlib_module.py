# hashlib: md5, sha1, sha2 digests over block boundaries; copy, update, new, attributes.
import hashlib, random
for a in ['md5','sha1','sha224','sha256','sha384','sha512']:
    for d in [b'', b'abc', b'x'*55, b'x'*56, b'x'*63, b'x'*64, b'x'*111, b'x'*112, b'y'*127, b'y'*128, b'z'*1000]:
        print(a, len(d), hashlib.new(a, d).hexdigest())
h = hashlib.sha256(b'ab'); h2 = h.copy(); h2.update(b'c'); print(h.hexdigest(), h2.hexdigest(), h2.digest())
random.seed("hello"); print(random.random())
h = hashlib.md5()
for i in range(100):
    h.update(str(i).encode())
print(h.hexdigest(), h.name, h.digest_size, h.block_size, type(h).__name__)
for n in ['md5', 'SHA1', 'sha224', 'Sha256', 'sha384', 'sha512']:
    x = hashlib.new(n)
    print(x.name, x.digest_size, x.block_size, hashlib.new(n, b'data').hexdigest())
print(hashlib.sha1(string=b'abc').hexdigest(), hashlib.sha256(b'abc', usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256', 'sha512'}))
print(hashlib.sha512(bytes(range(256)) * 40).hexdigest())

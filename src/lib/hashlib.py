# hashlib.py: md5, sha1 and SHA-2 hash objects over the C cores of _hash (src/core/mod_hash.c).
import _hash

_NONE = object()
_ALGS = {'md5': 0, 'sha1': 1, 'sha224': 2, 'sha256': 3, 'sha384': 4, 'sha512': 5}
algorithms_guaranteed = frozenset(_ALGS)
algorithms_available = frozenset(_ALGS)
__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'file_digest')


def _data(d):
    # bytearray and memoryview are Python classes here: hash their bytes
    if isinstance(d, (bytearray, memoryview)):
        return bytes(d)
    return d


class HASH:
    __module__ = '_hashlib'

    def __init__(self, alg, state):
        self._alg = alg
        self._state = state
        self.name, self.digest_size, self.block_size = _hash.info(alg)

    def update(self, *args):
        if len(args) != 1:
            raise TypeError('HASH.update() takes exactly one argument (%d given)' % len(args))
        _hash.update(self._state, _data(args[0]))

    def digest(self):
        return _hash.digest(self._state)

    def hexdigest(self):
        return _hash.digest(self._state).hex()

    def copy(self):
        return HASH(self._alg, _hash.copy(self._state))

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def _make(alg, fname):
    def ctor(*args, usedforsecurity=True, string=_NONE, **kw):
        for k in kw:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
        if len(args) > 2:
            raise TypeError('%s() takes at most 2 arguments (%d given)' % (fname, len(args)))
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument (%d given)' % (fname, len(args)))
        data = args[0] if args else string
        h = HASH(alg, _hash.new(alg))
        if data is not _NONE:
            _hash.update(h._state, _data(data))
        return h
    ctor.__name__ = fname
    ctor.__qualname__ = fname
    return ctor


md5 = _make(0, 'openssl_md5')
sha1 = _make(1, 'openssl_sha1')
sha224 = _make(2, 'openssl_sha224')
sha256 = _make(3, 'openssl_sha256')
sha384 = _make(4, 'openssl_sha384')
sha512 = _make(5, 'openssl_sha512')


def __hash_new(name, data=b'', **kwargs):
    # CPython's order: the name is looked up in a set, its type checked, then the data
    alg = _ALGS.get(name)
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    if data is not None:
        data = _data(data)
        if not isinstance(data, bytes):
            _hash.update(_hash.new(0), data)
    if alg is None:
        alg = _ALGS.get(name.lower())
        if alg is None:
            raise ValueError('unsupported hash type ' + name)
    h = HASH(alg, _hash.new(alg))
    if data is not None:
        _hash.update(h._state, data)
    return h


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h

# random.py: the random module: CPython 3.11's algorithms over the Mersenne Twister in _random (C).
import _random
import math as _math

_NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
_TWOPI = 2.0 * _math.pi
_LOG4 = _math.log(4.0)
_SG_MAGICCONST = 1.0 + _math.log(4.5)
_BPF = 53
_RECIP_BPF = 2 ** -_BPF
_ONE = 1
_SEQUENCES = (list, tuple, str, range, bytes)

__all__ = ["Random", "SystemRandom", "betavariate", "gammavariate", "vonmisesvariate", "seed", "random", "uniform", "randint", "choice", "sample", "randrange",
           "shuffle", "normalvariate", "lognormvariate", "expovariate", "triangular", "gauss",
           "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "choices",
           "randbytes"]


def _as_index(x, what):
    # ints pass; a float equal to an int is accepted (CPython 3.11 only warns); else ValueError
    if isinstance(x, int):
        return int(x)
    try:
        return x.__index__()
    except AttributeError:
        pass
    i = int(x)
    if i != x:
        raise ValueError("non-integer " + what + " for randrange()")
    return i


class Random:
    VERSION = 3

    def __init__(self, x=None):
        self._state = _random.new_state()
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if a is None:
            _random.seed_entropy(self._state, _random.boot)
        else:
            if version == 1 and isinstance(a, (str, bytes)):
                if isinstance(a, bytes):
                    a = a.decode('latin-1')
                x = ord(a[0]) << 7 if a else 0
                for ch in a:
                    x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
                x ^= len(a)
                a = -2 if x == -1 else x
            elif version == 2 and isinstance(a, (str, bytes)):
                if isinstance(a, str):
                    a = a.encode()
                # int.from_bytes(a + sha512(a).digest()): a's bytes above the 512 digest bits
                a = (int.from_bytes(a, 'big') << 512) | _random.sha512(a)
            elif not isinstance(a, (int, float, str, bytes)):
                raise TypeError('The only supported seed types are: None,\n'
                                'int, float, str, bytes, and bytearray.')
            if isinstance(a, int):
                _random.seed(self._state, a if a >= 0 else -a)
            else:
                # CPython seeds by the hash, read as an unsigned 64-bit number
                _random.seed(self._state, hash(a) & 0xFFFFFFFFFFFFFFFF)
        self.gauss_next = None

    def random(self):
        return _random.random(self._state)

    def getrandbits(self, k):
        return _random.getrandbits(self._state, k)

    def getstate(self):
        return self.VERSION, _random.getstate(self._state), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            _random.setstate(self._state, internalstate)
        else:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))

    def __copy__(self):
        # the state is a raw object copy cannot see into: copies go through getstate/setstate
        c = type(self).__new__(type(self))
        c.__dict__.update(self.__dict__)
        c._state = _random.new_state()
        _random.setstate(c._state, _random.getstate(self._state))
        return c

    def __deepcopy__(self, memo):
        return self.__copy__()

    def _randbelow(self, n):
        k = n.bit_length()
        getrandbits = self.getrandbits
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        istart = _as_index(start, "arg 1")
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_index(stop, "stop")
        width = istop - istart
        istep = _as_index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        i = len(x) - 1
        while i > 0:
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        if not isinstance(population, _SEQUENCES):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                nf = n + 0.0
                return [population[_math.floor(random() * nf)] for i in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)] for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # the Box-Muller pair: one value now, the other kept for the next call
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * _TWOPI
            g2rad = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(x2pi) * g2rad
            self.gauss_next = _math.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return _TWOPI * random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _math.cos(_math.pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _math.acos(f)) % _TWOPI
        return (mu - _math.acos(f)) % _TWOPI

    def gammavariate(self, alpha, beta):
        # Cheng's rejection method for alpha > 1, Ahrens-Dieter's GS for alpha < 1 (as CPython)
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_math.log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_math.e + alpha) / _math.e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_math.log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _math.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    # no OS entropy source in the core: a generator seeded from the interpreter's entropy mix whose
    # seed() is ignored, as CPython's SystemRandom ignores it
    def seed(self, *args, **kwds):
        if not hasattr(self, '_state'):
            return
        return None

    def __init__(self, x=None):
        self._state = _random.new_state()
        _random.seed_entropy(self._state, _random.boot)
        self.gauss_next = None

    def getstate(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')
    setstate = getstate


def _accumulate(values):
    # running totals, the first value as given (as itertools.accumulate)
    out = []
    for v in values:
        out.append(v if not out else out[-1] + v)
    return out


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
gauss = _inst.gauss
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

#!/usr/bin/env python3
"""gen_intbig_cases.py: writes the expected-value table that tests/unit/test_intbig.c checks.

Run: python3 tests/unit/gen_intbig_cases.py
It rewrites the part of tests/unit/test_intbig.c between the BEGIN/END GENERATED CASES markers.
The seed is fixed, so the table only changes when this script does. Needs CPython 3.11+ (the
int/str digit limit messages are CPython's).
"""
import math
import os
import random
import struct
import sys

rng = random.Random(20240613)
B = 2 ** 32
SMALL_MAX = 2 ** 47 - 1

OPS = {
    "ADD": "+", "SUB": "-", "MUL": "*", "FLOORDIV": "//", "MOD": "%", "DIV": "/", "POW": "**",
    "LSHIFT": "<<", "RSHIFT": ">>", "BITAND": "&", "BITOR": "|", "BITXOR": "^",
}


def digits_int(ds):
    v = 0
    for d in reversed(ds):
        v = v * B + d
    return v


def structured(ndig):
    pick = [0, 1, B - 1, B - 2, 2 ** 31, 2 ** 31 - 1]
    ds = [rng.choice(pick) if rng.random() < 0.5 else rng.getrandbits(32) for _ in range(ndig)]
    if ds[-1] == 0:
        ds[-1] = 1
    return digits_int(ds)


EDGE = [
    0, 1, 2, 3, 10, 2 ** 31, 2 ** 32, 2 ** 46, 2 ** 47, 2 ** 48, 2 ** 53, 2 ** 63, 2 ** 64,
    2 ** 95, 2 ** 96, 2 ** 128, 10 ** 18, 10 ** 19, 10 ** 100, 3 ** 200, 2 ** 1023, 2 ** 1024,
    2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971,
]


def rand_mag():
    r = rng.random()
    if r < 0.15:
        return max(0, rng.choice(EDGE) + rng.randint(-3, 3))
    if r < 0.3:
        return rng.getrandbits(rng.randint(1, 47))
    if r < 0.45:
        return rng.getrandbits(rng.randint(44, 70))
    if r < 0.8:
        return structured(rng.randint(2, 12))
    if r < 0.99:
        return structured(rng.randint(12, 24))
    return rng.getrandbits(rng.randint(1000, 4000))


def rand_val():
    v = rand_mag()
    return -v if rng.random() < 0.5 else v


def hx(v):
    return ("-" if v < 0 else "") + format(abs(v), "x")


def fbits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


cases = []  # (op, a, b, c, expected)


def outcome(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001
        return "e:%s:%s" % (type(e).__name__, str(e))
    if isinstance(r, bool):
        raise AssertionError(r)
    if isinstance(r, int):
        return "i:" + hx(r)
    if isinstance(r, float):
        return "f:" + fbits(r)
    if isinstance(r, str):
        return "s:" + r
    raise AssertionError(type(r))


def binop(op, a, b):
    if op == "POW" and b >= 0 and a not in (0, 1, -1) and (b > 2 ** 40 or abs(a).bit_length() * b > 2 ** 32):
        exp = "e:MemoryError:"   # CPython would try (and fail or take forever)
    elif op == "LSHIFT" and a != 0 and b >= 2 ** 32 - 64:
        exp = "e:MemoryError:"
    else:
        exp = outcome(lambda: eval("a %s b" % OPS[op], {"a": a, "b": b}))
    cases.append((op, hx(a), hx(b), "", exp))


def main():
    # ---- binary operators on random operands
    for op in ("ADD", "SUB", "MUL", "BITAND", "BITOR", "BITXOR"):
        for _ in range(250):
            binop(op, rand_val(), rand_val())
        for e in EDGE:
            for d in (-1, 0, 1):
                for s in (1, -1):
                    binop(op, s * (e + d), rng.choice([1, -1, 2 ** 47, -(2 ** 47), 2 ** 47 - 1, -(2 ** 47) - 1, 2 ** 64 - 1, -(2 ** 64)]))
    for op in ("FLOORDIV", "MOD"):
        for _ in range(350):
            a, b = rand_val(), rand_val()
            if rng.random() < 0.03:
                b = 0
            binop(op, a, b)
        for _ in range(100):   # a = q*b + r with chosen sizes
            b = rand_val() or 7
            q = rand_val()
            r = rng.randint(-abs(b) + 1, abs(b) - 1) if rng.random() < 0.7 else 0
            binop(op, q * b + r, b)
        knuth = [
            ([0, 0xFFFFFFFE, 0x80000000], [0xFFFFFFFF, 0x80000000]),
            ([3, 0, 0x80000000], [1, 0, 0x20000000]),
            ([3, 0, 0x8000], [1, 0, 0x2000]),
            ([0, 0, 0x8000, 0x7FFF], [1, 0, 0x8000]),
            ([0, 0xFFFE, 0x8000], [0xFFFF, 0x8000]),
            ([0, 0, 0, 0x80000000, 0x7FFFFFFF], [1, 0, 0x80000000]),
            ([0, 0, 0, 0x80000000, 0x7FFFFFFF], [0xFFFFFFFF, 0xFFFFFFFF, 0x80000000]),
            ([0xFFFFFFFF] * 6, [1, 0, 0, 0x80000000]),
            ([0, 0, 0, 0, 0, 1], [0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF]),
        ]
        for da, db in knuth:
            for sa in (1, -1):
                for sb in (1, -1):
                    binop(op, sa * digits_int(da), sb * digits_int(db))
        binop(op, 0, 0)
        binop(op, 10 ** 30, 0)
        binop(op, -(2 ** 47), -1)
    # ---- true division
    for _ in range(250):
        binop("DIV", rand_val(), rand_val() or 3)
    for _ in range(150):   # ties and near-ties: a = q*b (+-1) with a 54..56-bit q
        b = rand_val() or 5
        q = rng.getrandbits(rng.randint(54, 56)) | 1
        a = q * b + rng.choice([0, 0, 1, -1])
        binop("DIV", a if rng.random() < 0.5 else -a, b)
    for _ in range(100):   # subnormal and underflowing results
        a = rng.getrandbits(rng.randint(1, 200)) + 1
        b = rng.getrandbits(rng.randint(1000, 1300)) + 1
        binop("DIV", rng.choice([a, -a]), rng.choice([b, -b]))
    for _ in range(100):   # around the overflow threshold
        b = rng.getrandbits(rng.randint(1, 200)) + 1
        a = b * (2 ** 1024 - rng.getrandbits(rng.randint(1, 1024))) + rng.randint(-5, 5)
        binop("DIV", rng.choice([a, -a]), b)
    for a, b in [(2 ** 1024, 2), (2 ** 1025 - 1, 2), (2 ** 1024 - 1, 1), (2 ** 1024 - 2 ** 970, 1),
                 (2 ** 1024 - 2 ** 970 - 1, 1), (2 ** 1024 - 2 ** 971, 1), (1, 2 ** 1074), (1, 2 ** 1075),
                 (3, 2 ** 1076), (1, 2 ** 1076), (10 ** 400, 10 ** 399), (0, -(10 ** 30)), (10 ** 30, 0),
                 (2 ** 53 + 1, 3), (1, 10 ** 400), (-(2 ** 2000), 2 ** 1000 + 1), (2 ** 60, 2 ** 10)]:
        binop("DIV", a, b)
    # ---- powers
    for _ in range(150):
        a = rand_val()
        if abs(a).bit_length() > 100:
            a >>= abs(a).bit_length() - rng.randint(40, 100)
        binop("POW", a, rng.randint(0, 40))
    for _ in range(120):
        binop("POW", rng.randint(-10 ** 6, 10 ** 6), rng.randint(0, 150))
    for k in range(0, 70, 3):
        binop("POW", rng.choice([1, -1]) * 2 ** k, rng.randint(0, 200))
    binop("POW", 2 ** 64, 300)
    for _ in range(100):   # negative exponents: float results
        a = rand_val()
        if rng.random() < 0.5 and abs(a).bit_length() > 1100:
            a >>= abs(a).bit_length() - 900
        binop("POW", a, -rng.randint(1, 2000) if rng.random() < 0.8 else -rand_mag() - 1)
    for a, b in [(0, -1), (0, -(10 ** 30)), (0, -(10 ** 400)), (1, -(10 ** 30)), (-1, -(10 ** 30)),
                 (-1, -(10 ** 30) - 1), (-1, -(2 ** 53) - 1), (-3, -(2 ** 60) - 1), (2, -(10 ** 400)),
                 (10 ** 400, -1), (-(10 ** 400), -3), (2, 10 ** 12), (3, 2 ** 50), (1, 10 ** 40),
                 (-1, 10 ** 40), (-1, 10 ** 40 + 1), (0, 10 ** 40), (7, 0), (10 ** 50, 0), (0, 0),
                 (2 ** 64, 3), (-(2 ** 64), 3), (2 ** 47, 2), (-(2 ** 47), 1), (-2, 47), (-2, 48), (2, 47)]:
        binop("POW", a, b)
    # ---- shifts
    for _ in range(250):
        binop("LSHIFT", rand_val(), rng.randint(0, 300))
        binop("RSHIFT", rand_val(), rng.randint(0, 500))
    for a, b in [(1, -1), (10 ** 30, -1), (0, 10 ** 30), (1, 2 ** 40), (1, 2 ** 64), (-1, 2 ** 64),
                 (10 ** 20, 2 ** 64), (3, 2 ** 32 - 1), (10 ** 20, 2 ** 33)]:
        binop("LSHIFT", a, b)
    for a, b in [(1, -1), (10 ** 20, 2 ** 64), (-(10 ** 20), 2 ** 64), (-(10 ** 20), 10 ** 20),
                 (-(2 ** 100), 100), (-(2 ** 100) - 1, 100), (-(2 ** 100), 99), (2 ** 100, 101)]:
        binop("RSHIFT", a, b)
    # ---- unary and conversions
    vals = [rand_val() for _ in range(250)]
    for e in EDGE + [2 ** 47 - 1, 2 ** 61 - 1, 2 ** 61 - 2, 2 ** 61, 2 ** 122 - 2, 2 ** 1024 + 2 ** 970]:
        for d in (-1, 0, 1):
            vals += [e + d, -(e + d)]
    for v in vals:
        cases.append(("NEG", hx(v), "", "", "i:" + hx(-v)))
        cases.append(("HASH", hx(v), "", "", "h:%d" % hash(v)))
        try:
            f = float(v)
            cases.append(("TODBL", hx(v), "", "", "d:%s:0" % fbits(f)))
        except OverflowError:
            cases.append(("TODBL", hx(v), "", "", "d:%s:1" % fbits(math.inf if v > 0 else -math.inf)))
        w = rng.choice([rand_val(), v, v + 1, v - 1, -v])
        cases.append(("CMP", hx(v), hx(w), "", "c:%d" % ((v > w) - (v < w))))
    for _ in range(300):
        x = rng.choice([rng.uniform(-1e20, 1e20), rng.uniform(-1e300, 1e300) * 10.0 ** -rng.randint(0, 290),
                        math.ldexp(rng.random(), rng.randint(0, 1024)) * rng.choice([1, -1]),
                        float(rng.choice([1, -1]) * rng.getrandbits(rng.randint(40, 64)))])
        cases.append(("FROMDBL", fbits(x), "", "", "i:" + hx(int(x))))
    for x in (math.inf, -math.inf, math.nan):
        cases.append(("FROMDBL", fbits(x), "", "", outcome(lambda: int(x))))
    for _ in range(200):
        u = rng.getrandbits(rng.randint(1, 64))
        neg = rng.random() < 0.5
        cases.append(("FROMU64", "%x" % u, "1" if neg else "0", "", "i:" + hx(-u if neg else u)))
    for u in (0, 2 ** 47 - 1, 2 ** 47, 2 ** 47 + 1, 2 ** 64 - 1, 2 ** 63):
        for neg in (0, 1):
            cases.append(("FROMU64", "%x" % u, str(neg), "", "i:" + hx(-u if neg else u)))
    # ---- strings
    fmt = {2: "b", 8: "o", 10: "d", 16: "x"}
    for v in vals[:250]:
        base = rng.choice([2, 8, 10, 16])
        cases.append(("TOSTR", hx(v), str(base), "", outcome(lambda: format(v, fmt[base]))))
    for v in [10 ** 4300 - 1, -(10 ** 4300 - 1), 10 ** 4300, -(10 ** 4300), 2 ** 14286, 2 ** 14285, 2 ** 14300,
              7 ** 5000, 10 ** 4299]:
        cases.append(("TOSTR", hx(v), "10", "", outcome(lambda: str(v))))
    cases.append(("TOSTR", hx(7 ** 5000), "16", "", "s:" + format(7 ** 5000, "x")))
    for _ in range(250):
        base = rng.choice([2, 3, 7, 8, 10, 10, 10, 16, 16, 36, rng.randint(2, 36)])
        v = rand_mag()
        s = "0" * rng.choice([0, 0, 0, 1, 3]) + (str(v) if base == 10 else to_base(v, base))
        if rng.random() < 0.5:
            s = "".join(ch.upper() if rng.random() < 0.5 else ch for ch in s)
        if rng.random() < 0.5 and len(s) > 1:   # single underscores between digits
            t = [s[0]]
            for ch in s[1:]:
                if rng.random() < 0.3:
                    t.append("_")
                t.append(ch)
            s = "".join(t)
        neg = rng.random() < 0.5
        exp = outcome(lambda: int(("-" if neg else "") + s, base))
        cases.append(("PARSE", s, str(base), "1" if neg else "0", exp))
    for s, base in [("9" * 4300, 10), ("9" * 4301, 10), ("1" + "_0" * 4300, 10), ("1" + "_0" * 4299, 10),
                    ("6" * 4301, 7), ("6" * 4300, 7), ("f" * 6000, 16), ("1" * 9000, 2), ("z" * 4301, 36),
                    ("0" * 4300 + "12", 10)]:
        cases.append(("PARSE", s, str(base), "0", outcome(lambda: int(s, base))))
    # ---- pow(a, b, m)
    for _ in range(300):
        a = rand_val()
        r = rng.random()
        b = rng.getrandbits(rng.randint(0, 300)) if r < 0.7 else -rng.getrandbits(rng.randint(1, 100))
        m = rand_val() or 1
        if rng.random() < 0.2:
            m = rng.choice([1, -1, 2, -2, 3, 2 ** 32, -(2 ** 61 - 1), 2 ** 127 - 1, 10 ** 9 + 7])
        cases.append(("POWMOD", hx(a), hx(b), hx(m), outcome(lambda: pow(a, b, m))))
    p = 2 ** 521 - 1
    for a, b, m in [(2, 3, 0), (0, 0, -5), (2, -1, 1), (2, -1, -1), (3, -1, -7), (2, -1, 4), (0, -1, 7),
                    (10 ** 40, -1, 10 ** 40 + 1), (6, -5, 9), (5, 0, 1), (5, 0, -1), (0, 0, 7),
                    (3, p - 2, p), (-3, -(p - 2), -p), (2 ** 700, 2 ** 300, p), (0, 5, 10 ** 30)]:
        cases.append(("POWMOD", hx(a), hx(b), hx(m), outcome(lambda: pow(a, b, m))))

    write(cases)


def to_base(v, base):
    D = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    out = []
    while v:
        v, r = divmod(v, base)
        out.append(D[r])
    return "".join(reversed(out))


def cstr(s):
    out = ['"']
    n = 0
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        else:
            out.append(ch)
        n += 1
        if n % 2000 == 0:
            out.append('"\n"')   # keep string pieces short for the compiler
    out.append('"')
    return "".join(out)


def write(cases):
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "test_intbig.c")
    lines = ["/* BEGIN GENERATED CASES (tests/unit/gen_intbig_cases.py; do not edit by hand) */",
             "static const Case CASES[] = {"]
    for op, a, b, c, exp in cases:
        lines.append("    {OP_%s, %s, %s, %s, %s}," % (op, cstr(a), cstr(b), cstr(c), cstr(exp)))
    lines.append("};")
    lines.append("/* END GENERATED CASES */")
    text = open(path).read()
    start = text.index("/* BEGIN GENERATED CASES")
    end = text.index("/* END GENERATED CASES */") + len("/* END GENERATED CASES */")
    text = text[:start] + "\n".join(lines) + text[end:]
    open(path, "w").write(text)
    print("%d cases written to %s" % (len(cases), path))


if __name__ == "__main__":
    main()

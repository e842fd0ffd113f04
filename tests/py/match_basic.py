# match statements: literal, capture, wildcard, value, group, sequence, mapping, OR, AS patterns, guards


def describe(x):
    match x:
        case 0 | 1:
            return "small"
        case True:
            return "never: 1 matched first"
        case None:
            return "none"
        case -3.5:
            return "negative float"
        case 1 + 2j:
            return "complex"
        case "hello" | b"bytes":
            return "greeting"
        case []:
            return "empty list"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest] if len(rest) > 2:
            return f"long {first} {rest}"
        case [first, *middle, last]:
            return f"ends {first} {middle} {last}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"k": v, **others}:
            return f"map {v} {others}"
        case {}:
            return "some other dict"
        case str() as s:
            return "str " + s
        case _:
            return "other " + type(x).__name__


for v in [0, 1, True, None, -3.5, 1 + 2j, "hello", b"bytes", [], [7], (8, 9), [1, 2, 3, 4],
          [1, 2, 3], range(3), {"type": "point", "x": 1, "y": 2, "z": 3}, {"k": 1, "z": 2}, {"a": 1},
          "other", 3.25, "ab", (1, 2), {1, 2}]:
    print(repr(v), "->", describe(v))


# value patterns (dotted names) and the name 'match' still usable
class Color:
    RED = 1
    GREEN = 2


match = [Color.GREEN]
match match:
    case [Color.RED]:
        print("red")
    case [Color.GREEN]:
        print("green")
print(match)
match = {"match": 2}
print(match["match"])


def match(*a):
    return a


print(match(1, 2))
case = 5
print(case)

# nested and grouped patterns, AS bindings
for item in [(1, (2, 3)), (1, [2, 4]), (0, (9, 9)), ("x", ("y", "z"))]:
    match item:
        case (1, (2, 3) as inner):
            print("exact", inner)
        case (1, ([2, n] as lst)):
            print("list", n, lst)
        case (0 | 5) as zero, (a, b):
            print("zero", zero, a + b)
        case (str(p), (str() as q, r)):
            print("strs", p, q, r)

# guards see the captured names; a failed guard moves on
for n in range(6):
    match n:
        case x if x % 2 == 0 and x > 2:
            print(n, "big even")
        case x if x % 2 == 0:
            print(n, "even")
        case _:
            print(n, "odd")

# star wildcard and capture in the middle
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("1..5")
match (1, 2, 3, 4, 5):
    case (a, b, *c, d):
        print(a, b, c, d)
match [1, 2]:
    case [1, 2, *rest]:
        print("rest", rest)
match "abc":
    case [a, b, c]:
        print("a str is not a sequence pattern")
    case _:
        print("str not sequence")

# mapping patterns: keys must be present, extra keys are allowed, **rest collects them
config = {"host": "h", "port": 80, "debug": True}
match config:
    case {"host": str(host), "port": int(port), **rest}:
        print(host, port, rest)
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 2}:
        print("no")
    case {"a": _}:
        print("a present")

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, evaluated", len(calls), "time")

# break/continue/return inside cases
for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
    print("loop", i)


def first_string(items):
    for it in items:
        match it:
            case str():
                return it
    return None


print(first_string([1, 2, "s", "t"]))

# a tuple subject written without parentheses
match 1, 2:
    case a, b:
        print("tuple subject", a, b)


# nested OR patterns, captures used by closures, match in a class body and in a generator, deep nesting
def outer(v):
    match v:
        case [(1 | 2) as a, [b, (3 | 4) as c] | (b, c)] if a:
            return lambda: (a, b, c)
        case {"x": [*xs]} | {"y": [*xs]}:
            return lambda: xs
    return lambda: None
for v in [[1, [5, 3]], [2, (6, 7)], [2, [6, 7, 8]], {"y": (1, 2)}, {"x": [3]}, 0]:
    print(outer(v)())
class K:
    match 3:
        case n:
            attr = n * 2
print(K.attr, K.n)
def gen():
    for x in [1, "a", (1, 2)]:
        match x:
            case int():
                yield "int"
            case str():
                yield "str"
            case (a, b):
                yield a + b
print(list(gen()))
def deep(v):
    match v:
        case [[[[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]]]]: return "deep"
        case [[[[[*_, 10]]]]]: return "deep10"
        case _: return "no"
print(deep([[[[[1,2,3,4,5,6,7,8,9,10]]]]]), deep([[[[[0, 10]]]]]), deep([[[[[1,2,3,4,5,6,7,8,9,11]]]]]))

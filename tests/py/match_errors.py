# the SyntaxErrors of malformed match statements (and async misuse), through compile()

SOURCES = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [1, a] | [b, 2]:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case P(x=1, x=2):\n        pass\n",
    "match x:\n    case P(x=1, 2):\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case (y as z):\n        pass\n    case 2:\n        pass\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "await x\n",
    "def f():\n    await x\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    async with x:\n        pass\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
]

for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# the irrefutable pattern may come last, and guards make it refutable
match 5:
    case x if x > 10:
        print("no")
    case y:
        print("captured", y)
match 5:
    case 1 | _:
        print("wildcard last alternative")

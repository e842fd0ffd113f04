# async/await without a loop: driving coroutines by hand, async generators, async with/for
class Awaitable:
    def __await__(self):
        v = yield "suspend"
        return "resumed with %r" % (v,)
async def co(x):
    r = await Awaitable()
    return x, r
c = co(1)
print(c.send(None))
try:
    c.send("value")
except StopIteration as e:
    print("done", e.value)
async def agen():
    for i in range(3):
        yield i
async def use():
    out = []
    async for v in agen():
        out.append(v)
    return out
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(use()))
class ACM:
    async def __aenter__(self):
        print("enter")
        return "resource"
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False
async def with_it():
    async with ACM() as r:
        print("inside", r)
    return "ok"
print(run(with_it()))
async def raiser():
    raise ValueError("in coro")
try:
    run(raiser())
except ValueError as e:
    print(type(e).__name__, e)
async def nested():
    return await co(2)
n = nested(); print(n.send(None)); print(run(n) if False else "skip")
import asyncio
async def tick(i):
    await asyncio.sleep(0.01 * (3 - i))
    return i
async def gather_all():
    return await asyncio.gather(*(tick(i) for i in range(3)))
print(asyncio.run(gather_all()))

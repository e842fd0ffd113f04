# async def / await / async for / async with, coroutine objects, async generators, and asyncio
import asyncio


class Ticket:
    def __await__(self):
        got = yield "tick"
        return got


async def double(x):
    r = await Ticket()
    return x * 2 + r


async def chain():
    a = await double(1)
    b = await double(2)
    return a + b


# driving a coroutine by hand
c = chain()
print(type(c).__name__, repr(c).startswith("<coroutine object chain at"))
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

c = chain()
try:
    c.send(5)
except TypeError as e:
    print("TypeError", e)
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
c = chain()
c.send(None)
print(c.close())
cc = chain()
try:
    for x in cc:
        pass
except TypeError as e:
    print("TypeError", e)
cc.close()


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i


async def agen(n):
    for i in range(n):
        yield i * 10
        await asyncio.sleep(0)


class Manager:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


async def loops():
    async for i in Counter(3):
        print("counter", i)
    else:
        print("counter else")
    async for v in agen(4):
        if v == 20:
            continue
        if v == 30:
            break
        print("agen", v)
    total = 0
    async for v in agen(3):
        total += v
    print("total", total)
    async with Manager("a", True) as name:
        print("inside", name)
        raise ValueError("suppressed")
    try:
        async with Manager("b", False):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with Manager("c" + str(i), False):
            if i == 1:
                break
    return "loops done"


print(asyncio.run(loops()))


async def ag_methods():
    g = agen(3)
    print(type(g).__name__)
    print(await g.__anext__())
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")


asyncio.run(ag_methods())


# asyncio: tasks, gather, sleep ordering, queues, events, locks
async def worker(name, delay, log):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " end")
    return name * 2


async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.2, log), worker("b", 0.1, log), worker("c", 0, log))
    print(results)
    print(log)
    t = asyncio.create_task(worker("t", 0.05, log))
    print(t.done())
    print(await t, t.done(), t.result())
    q = asyncio.Queue()

    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)

    async def consumer():
        got = []
        while True:
            item = await q.get()
            if item is None:
                break
            got.append(item)
        return got

    _, got = await asyncio.gather(producer(), consumer())
    print("queue", got)
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "woken"

    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(ev.is_set(), wt.done())
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    order = []

    async def locked(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.01)
            order.append(-n)

    await asyncio.gather(locked(1), locked(2), locked(3))
    print("lock order", order)

    async def fails():
        await asyncio.sleep(0)
        raise ValueError("task failed")

    try:
        await asyncio.gather(fails(), worker("d", 0, log))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather(fails(), worker("e", 0, log), return_exceptions=True))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.5)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(worker("w", 0.1, log), 1))
    slow = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled", slow.cancelled())
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)


async def bad_await():
    await 5


try:
    asyncio.run(bad_await())
except TypeError as e:
    print("TypeError", e)


async def bad_async_with():
    async with 5:
        pass


try:
    asyncio.run(bad_async_with())
except TypeError as e:
    print("TypeError", e)


async def bad_async_for():
    async for x in [1, 2]:
        pass


try:
    asyncio.run(bad_async_for())
except TypeError as e:
    print("TypeError", e)

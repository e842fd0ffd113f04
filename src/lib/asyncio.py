# asyncio.py: a small event loop over coroutines: run, sleep, gather, create_task, wait_for,
# Future, Task, Queue, Event, Lock, Semaphore. Time is virtual: sleep() never waits, the loop's
# clock jumps to the next timer when nothing else is ready.

import heapq as _heapq


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


_running = None


def get_running_loop():
    if _running is None:
        raise RuntimeError('no running event loop')
    return _running


def get_event_loop():
    return _running if _running is not None else new_event_loop()


def new_event_loop():
    return _Loop()


class Future:
    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else _running
        self._state = 'PENDING'
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        return '<' + type(self).__name__ + ' ' + self._state.lower() + '>'

    def done(self):
        return self._state != 'PENDING'

    def cancelled(self):
        return self._state == 'CANCELLED'

    def result(self):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state == 'PENDING':
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state == 'PENDING':
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def _finish(self, state):
        self._state = state
        cbs = self._callbacks
        self._callbacks = []
        for cb in cbs:
            self._loop.call_soon(cb, self)

    def set_result(self, result):
        if self._state != 'PENDING':
            raise InvalidStateError('invalid state')
        self._result = result
        self._finish('FINISHED')

    def set_exception(self, exception):
        if self._state != 'PENDING':
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._finish('FINISHED')

    def cancel(self, msg=None):
        if self._state != 'PENDING':
            return False
        self._finish('CANCELLED')
        return True

    def add_done_callback(self, fn):
        if self._state != 'PENDING':
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [c for c in self._callbacks if c != fn]
        return n - len(self._callbacks)

    def __await__(self):
        if not self.done():
            yield self
        return self.result()

    __iter__ = __await__


_task_count = 0


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        global _task_count
        super().__init__(loop=loop)
        if type(coro).__name__ != 'coroutine':
            raise TypeError('a coroutine was expected, got ' + repr(coro))
        _task_count += 1
        self._coro = coro
        self._name = name if name is not None else 'Task-' + str(_task_count)
        self._waiting = None
        self._must_cancel = False
        self._loop.call_soon(self._step)

    def __repr__(self):
        return '<Task ' + self._state.lower() + ' name=' + repr(self._name) + '>'

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = str(name)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._waiting is not None and self._waiting.cancel():
            return True
        self._must_cancel = True
        return True

    def _step(self, exc=None):
        global _running_task
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError()
            self._must_cancel = False
        self._waiting = None
        prev = _running_task
        _running_task = self
        try:
            if exc is None:
                r = self._coro.send(None)
            else:
                r = self._coro.throw(exc)
        except StopIteration as e:
            Future.set_result(self, e.value)
        except CancelledError:
            Future.cancel(self)
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(r, Future):
                self._waiting = r
                r.add_done_callback(self._wakeup)
            elif r is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError('Task got bad yield: ' + repr(r)))
        finally:
            _running_task = prev

    def _wakeup(self, fut):
        if fut.cancelled():
            self._step(CancelledError())
            return
        self._step()


_running_task = None


def current_task(loop=None):
    return _running_task


class _Handle:
    def __init__(self, fn, args):
        self._fn = fn
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled


class _Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = 0
        self._time = 0.0
        self._closed = False

    def time(self):
        return self._time

    def call_soon(self, fn, *args):
        h = _Handle(fn, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, fn, *args):
        return self.call_at(self._time + delay, fn, *args)

    def call_at(self, when, fn, *args):
        h = _Handle(fn, args)
        self._seq += 1
        _heapq.heappush(self._timers, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def run_until_complete(self, aw):
        global _running
        if _running is not None:
            raise RuntimeError('This event loop is already running')
        fut = ensure_future(aw, loop=self)
        _running = self
        try:
            while not fut.done():
                if not self._ready:
                    if not self._timers:
                        raise RuntimeError('Event loop stopped before Future completed.')
                    when = self._timers[0][0]
                    if when > self._time:
                        self._time = when
                    while self._timers and self._timers[0][0] <= self._time:
                        self._ready.append(_heapq.heappop(self._timers)[2])
                batch = self._ready
                self._ready = []
                for h in batch:
                    if not h._cancelled:
                        h._fn(*h._args)
        finally:
            _running = None
        return fut.result()


def ensure_future(aw, *, loop=None):
    if isinstance(aw, Future):
        return aw
    if type(aw).__name__ == 'coroutine':
        return (loop if loop is not None else get_running_loop()).create_task(aw)
    if hasattr(type(aw), '__await__'):
        return (loop if loop is not None else get_running_loop()).create_task(_wrap_awaitable(aw))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(aw):
    return await aw


def run(main, *, debug=None):
    if _running is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if type(main).__name__ != 'coroutine':
        raise ValueError('a coroutine was expected, got ' + repr(main))
    loop = new_event_loop()
    try:
        return loop.run_until_complete(main)
    finally:
        loop.close()


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_done, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


def _set_result_unless_done(fut, result):
    if not fut.done():
        fut.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for c in self._children:
            if c.cancel():
                ret = True
        return ret


def gather(*aws, return_exceptions=False):
    loop = get_running_loop()
    children = [ensure_future(a, loop=loop) for a in aws]
    outer = _GatheringFuture(children, loop)
    if not children:
        outer.set_result([])
        return outer
    left = [len(children)]

    def done(fut):
        left[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            if fut._exception is not None:
                outer.set_exception(fut._exception)
                return
        if left[0] == 0:
            res = []
            for c in children:
                if c.cancelled():
                    res.append(CancelledError())
                elif c._exception is not None:
                    res.append(c._exception)
                else:
                    res.append(c._result)
            outer.set_result(res)

    for c in children:
        c.add_done_callback(done)
    return outer


async def wait_for(aw, timeout):
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    waiter = loop.create_future()
    h = loop.call_later(timeout, _set_result_unless_done, waiter, False)
    fut.add_done_callback(lambda f: _set_result_unless_done(waiter, True))
    try:
        await waiter
    finally:
        h.cancel()
    if fut.done():
        return fut.result()
    fut.cancel()
    raise TimeoutError()


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for w in self._waiters:
                if not w.done():
                    w.set_result(True)
            self._waiters = []

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        await fut
        return True


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        while self._locked:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            await fut
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        while self._waiters:
            w = self._waiters.pop(0)
            if not w.done():
                w.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            await fut
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        while self._waiters:
            w = self._waiters.pop(0)
            if not w.done():
                w.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def __repr__(self):
        return '<Queue maxsize=' + str(self._maxsize) + ' qsize=' + str(len(self._items)) + '>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return self._maxsize > 0 and len(self._items) >= self._maxsize

    def _wake(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.pop(0)
        self._wake(self._putters)
        return item

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()

# time: clock types, monotonicity, sleep and its errors (values themselves differ run to run).
import time
t0 = time.time(); n0 = time.time_ns(); p0 = time.perf_counter(); pn0 = time.perf_counter_ns(); m0 = time.monotonic(); c0 = time.process_time()
print(type(t0).__name__, type(n0).__name__, type(p0).__name__, type(pn0).__name__, type(m0).__name__, type(c0).__name__, type(time.monotonic_ns()).__name__, type(time.process_time_ns()).__name__)
print(t0 > 1.6e9, n0 > 1.6e18, abs(n0 / 1e9 - t0) < 5)
print(time.sleep(0.01), time.sleep(0), time.sleep(False))
s = 0
for i in range(20000):
    s += i
print(time.perf_counter() >= p0 + 0.005, time.perf_counter_ns() >= pn0, time.monotonic() >= m0, time.process_time() >= c0, time.time() >= t0)
last = time.monotonic_ns()
ok = True
for i in range(1000):
    t = time.monotonic_ns()
    ok = ok and t >= last
    last = t
print(ok)
for f in [lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.sleep(float('nan')), lambda: time.sleep(), lambda: time.time(1), lambda: time.sleep(None), lambda: time.sleep(-0.5), lambda: time.sleep(10**30)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

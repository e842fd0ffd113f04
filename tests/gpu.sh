#!/usr/bin/env bash
# tests/gpu.sh: the whole test suite on the GPU backend (needs a CUDA GPU): the Python corpus (also
# with 256 KiB heaps, and compiled by every interpreter on the GPU), the limits test, deep nesting against the small CUDA stack, a
# million-interpreter hello, the REPL (piped inputs, a pseudo-terminal session, a million-interpreter session), and the shared file
# system (the swarm scripts, mount/save, a million interpreters appending to one file), the embedding API's CUDA
# examples (examples/embed: a block all-reduce, a column sum checked against CUDA C). Builds first unless MYRIAD
# names a binary already built. Logs go to $LOG_DIR (default build/gpu-logs).
# STEPS="repl million" runs only the steps named.
# Usage: tests/gpu.sh            MYRIAD=build/myriad tests/gpu.sh
set -uo pipefail
cd "$(dirname "$0")/.."
LOG_DIR=${LOG_DIR:-build/gpu-logs}
mkdir -p "$LOG_DIR"
if [ -z "${MYRIAD:-}" ]; then
    make -j"$(nproc)" >"$LOG_DIR/build.log" 2>&1 || { tail -30 "$LOG_DIR/build.log"; exit 1; }
    MYRIAD=build/myriad
fi
fail=0
step() {   # step NAME COMMAND...: runs it, keeps its log, prints its last line
    local name=$1; shift
    [ -z "${STEPS:-}" ] || [[ " $STEPS " == *" $name "* ]] || return 0
    local t0=$(date +%s%N)
    "$@" >"$LOG_DIR/$name.log" 2>&1
    local rc=$? ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    printf '== %-10s rc=%d %6d ms  %s\n' "$name" "$rc" "$ms" "$(tail -1 "$LOG_DIR/$name.log")"
    [ $rc -eq 0 ] || { fail=1; grep -E "^(FAIL|    )" "$LOG_DIR/$name.log" | head -60; }
}
"$MYRIAD" info >"$LOG_DIR/info.log" 2>&1; cat "$LOG_DIR/info.log"
step corpus env KNOWN_FAILURES_EXTRA=tests/gpu/known_failures.txt python3 tests/run_py_tests.py --myriad "$MYRIAD" --extra-args --backend gpu
step gcstress env KNOWN_FAILURES_EXTRA=tests/gpu/known_failures.txt python3 tests/run_py_tests.py --myriad "$MYRIAD" --extra-args --backend gpu --heap 256K
step compileeach env KNOWN_FAILURES_EXTRA=tests/gpu/known_failures.txt python3 tests/run_py_tests.py --myriad "$MYRIAD" --extra-args --backend gpu --compile-each
step limits python3 tests/limits/run_limits.py "$MYRIAD" --backend gpu
step nesting bash -c "$MYRIAD run tests/gpu/nesting.py -n 10 --each --backend gpu && \
    test \$($MYRIAD run tests/gpu/nesting.py -n 10 --each --backend gpu | grep -c 'done$') = 10"
step interrupt bash -c "timeout --foreground --preserve-status -s INT 4 $MYRIAD run -n 10000 --backend gpu -c 'while True: pass' 2>&1 | tee /dev/stderr | \
    grep -q 'KeyboardInterrupt'; test \${PIPESTATUS[0]} = 130"
step million bash -c "printf 'print(\"hello from\", nthreads, \"interpreters\")\n' > $LOG_DIR/hello.py && \
    $MYRIAD run $LOG_DIR/hello.py -n 1000000 --backend gpu | tee /dev/stderr | grep -qx '\[0-999999\] (1000000x) hello from 1000000 interpreters'"
step repl python3 tests/repl/run_repl_tests.py "$MYRIAD" --backend gpu
step replpty python3 tests/repl/test_pty.py "$MYRIAD" --backend gpu
step replmillion bash -c "printf 'x = tid * 2\nprint(x // 2 == tid, sum(range(1000)))\n' | \
    $MYRIAD repl -n 1000000 --backend gpu | tee /dev/stderr | grep -qx '\[0-999999\] (1000000x) True 499500'"
step fs python3 tests/fs/run_fs_tests.py --myriad "$MYRIAD" --extra-args --backend gpu
step conformance python3 tests/run_py_tests.py --myriad "$MYRIAD" --dir tests/conformance --summary --extra-args --backend gpu
step embed bash -c "{ [ -x build/embed/column_sum_cuda ] || make -j$(nproc) GPU=1 embed-examples-cuda >$LOG_DIR/embed-build.log 2>&1; } && \
    build/embed/square_cuda && build/embed/block_reduce_cuda && build/embed/column_sum_cuda"
step fsmillion bash -c "$MYRIAD run tests/gpu/fs_million.py -n 1000000 --backend gpu | tee /dev/stderr | grep -qx '\[0\] True True True 0'"
exit $fail

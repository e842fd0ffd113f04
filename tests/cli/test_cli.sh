#!/bin/bash
# test_cli.sh: builds the myriad CLI against tests/cli/fake_core.c and checks its modes, formats and exit codes.
# Usage: tests/cli/test_cli.sh   (from anywhere; last line is "N passed, M failed");
# EXTRA_CFLAGS="-g -fsanitize=address,undefined" tests/cli/test_cli.sh builds with extra flags.
cd "$(dirname "$0")/../.." || exit 2
BIN=/tmp/myriad_fake
T=$(mktemp -d /tmp/myriad_cli_test.XXXXXX)
trap 'rm -rf "$T"' EXIT
PASS=0
FAIL=0

gcc -O2 -Wall -Wextra -Werror -pthread $EXTRA_CFLAGS -Iinclude -Isrc/core src/cli/*.c src/host/*.c src/core/fs.c tests/cli/fake_core.c \
    -o "$BIN" || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

ok() { PASS=$((PASS + 1)); echo "ok   $1"; }
bad() { FAIL=$((FAIL + 1)); echo "FAIL $1"; [ -n "$2" ] && printf '%s\n' "$2" | head -20 | sed 's/^/     /'; }

# run NAME ARGS...: runs the binary, leaving $T/out, $T/err and $RC (stdin: /dev/null)
run() { "$BIN" "$@" >"$T/out" 2>"$T/err" </dev/null; RC=$?; }
expect_rc() { [ "$RC" = "$2" ] && ok "$1: exit $2" || bad "$1: exit $RC, expected $2" "$(cat "$T/err")"; }
expect_out() {
    if [ "$(cat "$T/out")" == "$2" ]; then ok "$1: stdout"; else
        bad "$1: stdout differs" "$(diff <(printf '%s\n' "$2") "$T/out")"; fi
}
expect_err_has() { grep -qF -- "$2" "$T/err" && ok "$1: stderr has '$2'" || bad "$1: stderr lacks '$2'" "$(cat "$T/err")"; }
expect_err_empty() { [ ! -s "$T/err" ] && ok "$1: stderr empty" || bad "$1: stderr not empty" "$(cat "$T/err")"; }
script() { printf "$2" >"$T/$1"; }   # script NAME CONTENT (printf escapes)

# ---- -n 1: like python3 ----
script hello.py 'print hello\n'
run run "$T/hello.py"
expect_rc plain 0; expect_out plain "hello"; expect_err_empty plain

script fail.py 'print before\nfail boom\nprint never\n'
run run "$T/fail.py"
expect_rc plain-fail 1; expect_out plain-fail "before"
expect_err_has plain-fail "Traceback (most recent call last):"
expect_err_has plain-fail "ValueError: boom"

script exit3.py 'print x\nexit 3\n'
run run "$T/exit3.py"
expect_rc plain-exit 3; expect_out plain-exit "x"

script syn.py 'print a\nthis is a syntax error\n'
run run "$T/syn.py" -n 4
expect_rc syntax 1; expect_out syntax ""
expect_err_has syntax "line 2"; expect_err_has syntax "SyntaxError: invalid syntax"

run run "$T/missing.py"
expect_rc missing-file 2; expect_err_has missing-file "can't open file"

# ---- aggregation ----
run run "$T/hello.py" -n 4
expect_rc agg 0; expect_out agg "[0-3] (4x) hello"; expect_err_empty agg

script ranges.py 'print a\nwhen 4 2 print b\n'
run run -n 10 "$T/ranges.py"
expect_out agg-ranges "[0-1,3-5,7-9] (8x) a
[2,6] (2x)
  a
  b"

script tid.py 'when 3 0 print zero\nwhen 3 1 print one {tid}\nwrite nonl\n'
run run -n 5 "$T/tid.py"
expect_out agg-mixed '[0,3] (2x)
  zero
  nonl
\ no newline at end
[1]
  one 1
  nonl
\ no newline at end
[2]
  nonl
\ no newline at end
[4]
  one 4
  nonl
\ no newline at end'

run run -n 1k "$T/hello.py"
expect_out suffix-k "[0-999] (1000x) hello"

script scattered.py 'when 2 0 print even\n'
run run -n 100 "$T/scattered.py"
expect_out long-id-list "[0,2,4,6,8,10,12,14,16,18,...,98] (50x) even"

# ---- failures ----
script somefail.py 'print hi\nwhen 3 1 fail boom\nwhen 5 3 exit 4\n'
run run -n 10 "$T/somefail.py"
expect_rc summary 1
expect_out summary "[0-9] (10x) hi"
expect_err_has summary "myriad: 5 of 10 interpreters failed:"
expect_err_has summary "  [1,4,7] (3x) ValueError: boom"
expect_err_has summary "  [3,8] (2x) SystemExit: 4"
expect_err_has summary "myriad: stderr of interpreter 1 (the first failure):"
expect_err_has summary 'File "'
run run -n 10 -q "$T/somefail.py"
expect_rc quiet 1; expect_err_empty quiet

script exit0.py 'print a\nexit 0\n'
run run -n 3 "$T/exit0.py"
expect_rc exit-zero 0; expect_err_empty exit-zero

script warn.py 'eprint warning {n}\nprint a\n'
run run -n 3 "$T/warn.py"
expect_rc stderr-groups 0; expect_err_has stderr-groups "[0-2] (3x) warning 3"

# ---- --each ----
script order.py 'when 2 0 spin 300000\nprint line1 {tid}\nwrite line2 {tid}\n'
run run -n 40 --threads 4 --each "$T/order.py"
want=$(for i in $(seq 0 39); do echo "[$i] line1 $i"; echo "[$i] line2 $i"; done)
expect_rc each 0; expect_out each "$want"; expect_err_empty each

run run "$T/somefail.py" -n 5 --each
expect_rc each-fail 1
expect_err_has each-fail "[1] Traceback (most recent call last):"
expect_err_has each-fail "[1] ValueError: boom"
expect_err_has each-fail "[4] ValueError: boom"

run run --each "$T/hello.py"
expect_out each-n1 "[0] hello"

# ---- --jsonl ----
script json.py 'print id {tid}\nutf8bad\nwhen 3 2 fail j{tid}\n'
run run -n 7 --jsonl "$T/r.jsonl" "$T/json.py"
expect_rc jsonl 1
python3 - "$T/r.jsonl" <<'EOF' && ok "jsonl: valid, ordered, escaped" || bad "jsonl: check failed" "$(head -3 "$T/r.jsonl")"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [r["id"] for r in recs] == list(range(7)), [r["id"] for r in recs]
raw = b'ctl:\x01\x1f\t"q\\ bad:\xff\xc3( ok:\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n'
for r in recs:
    want = ("id %d\n" % r["id"]).encode() + raw
    assert r["stdout"] == want.decode("utf-8", "replace"), repr(r["stdout"])
    if r["id"] % 3 == 2:
        assert r["status"] == "error" and r["exit_code"] == 1, r
        assert r["error"].startswith("Traceback") and r["error"].endswith("ValueError: j%d\n" % r["id"]), r
    else:
        assert r["status"] == "ok" and r["exit_code"] == 0 and r["error"] is None, r
    assert set(r) >= {"id", "stdout", "status", "exit_code", "error", "stderr", "steps"}
EOF
grep -q '^\[0\]$' "$T/out" && ok "jsonl FILE: stdout still grouped" || bad "jsonl FILE: stdout not grouped" "$(head -5 "$T/out")"

run run -n 3 --jsonl - "$T/hello.py"
python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; assert [x["stdout"] for x in r]==["hello\n"]*3' "$T/out" \
    && ok "jsonl -: only records on stdout" || bad "jsonl -: bad stdout" "$(cat "$T/out")"

# ---- step limit, memory ----
script loop.py 'print start\nloop\n'
run run --max-steps 1000 "$T/loop.py"
expect_rc steps 1; expect_out steps "start"; expect_err_has steps "myriad: step limit reached (1000 steps)"
run run -n 3 --max-steps 5k --jsonl - "$T/loop.py"
python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; assert all(x["status"]=="steps" and x["exit_code"]==1 and x["steps"]>=5000 for x in r), r' "$T/out" \
    && ok "steps: jsonl status" || bad "steps: jsonl status" "$(cat "$T/out")"

script alloc.py 'alloc 100000\nprint unreachable\n'
run run --heap 64K -n 2 --jsonl - "$T/alloc.py"
expect_rc memory 1
python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; assert all(x["status"]=="memory" and x["error"]=="MemoryError\n" for x in r), r' "$T/out" \
    && ok "memory: jsonl status" || bad "memory: jsonl status" "$(cat "$T/out")"

# ---- output larger than the core's buffer ----
script big.py 'big 1000000\nprint end\n'
python3 -c 'import sys; sys.stdout.write("".join("\n" if k % 64 == 63 else chr(97 + k % 26) for k in range(1000000)) + "end\n")' >"$T/big.want"
run run "$T/big.py"
cmp -s "$T/out" "$T/big.want" && ok "big: plain stdout complete" || bad "big: plain stdout differs ($(wc -c <"$T/out") bytes)"
run run -n 6 --threads 3 --jsonl "$T/big.jsonl" "$T/big.py"
python3 -c 'import json,sys; w=open(sys.argv[2]).read(); r=[json.loads(l) for l in open(sys.argv[1])]; assert len(r)==6 and all(x["stdout"]==w for x in r)' "$T/big.jsonl" "$T/big.want" \
    && ok "big: jsonl stdout complete" || bad "big: jsonl stdout incomplete"
head -c 60 "$T/out" | grep -q '^\[0-5\] (6x)' && ok "big: one group" || bad "big: not one group" "$(head -c 200 "$T/out")"

# ---- argv, stdin ----
script argv.py 'argv\n'
run run "$T/argv.py" a -b
expect_out argv "$T/argv.py a -b"
run run "$T/argv.py" -n 2 x -n 3
expect_out argv-after-options "[0-1] (2x) $T/argv.py x -n 3"
run run "$T/argv.py" -- -n 2
expect_out argv-dashdash "$T/argv.py -n 2"
run run -c argv one
expect_out argv-c "-c one"

script input.py 'input\ninput\ninput\n'
printf 'first\nsecond\n' | "$BIN" run "$T/input.py" >"$T/out" 2>"$T/err"
expect_out stdin-pipe "got: first
got: second
got EOF"
printf 'only\n' >"$T/in.txt"
run run -n 2 --stdin "$T/in.txt" "$T/input.py"
expect_out stdin-file "[0-1] (2x)
  got: only
  got EOF
  got EOF"

# ---- options and commands ----
run run --heap 2K "$T/hello.py"
expect_rc heap-small 2; expect_err_has heap-small "too small"
run run --heap 1M "$T/hello.py"
expect_rc heap-1M 0
run run --backend gpu "$T/hello.py"
expect_rc gpu 2; expect_err_has gpu "this build has no GPU backend"
run run --backend tpu "$T/hello.py"
expect_rc bad-backend 2; expect_err_has bad-backend "unknown backend 'tpu'"
run run --backend cpu "$T/hello.py"
expect_rc cpu 0; expect_out cpu "hello"
run run --bogus "$T/hello.py"
expect_rc unknown-option 2
run run -n 0 "$T/hello.py"
expect_rc n-zero 2
run "$T/hello.py" -n 2
expect_out shortcut "[0-1] (2x) hello"
run --version
expect_rc version 0; grep -q '^myriad [0-9]' "$T/out" && ok "version text" || bad "version text" "$(cat "$T/out")"
run --help
expect_rc help 0
for o in -n --heap --max-steps --threads --each --jsonl --stdin --backend --quiet; do
    grep -qF -- "$o" "$T/out" || bad "help lacks $o"
done
ok "help lists options"
run info
expect_rc info 0
grep -q '^image: [1-9][0-9]* bytes' "$T/out" && grep -q '^fresh interpreter heap use: [1-9]' "$T/out" \
    && ok "info: sizes" || bad "info: sizes" "$(cat "$T/out")"

# ---- Ctrl-C ----
"$BIN" run -n 4 --threads 2 "$T/loop.py" >"$T/out" 2>"$T/err" </dev/null &
PID=$!
sleep 0.5
kill -INT "$PID"
wait "$PID"; RC=$?
expect_rc sigint 130; expect_err_has sigint "KeyboardInterrupt"

# ---- a million interpreters ----
script trivial.py 'print hi\n'
START=$(date +%s.%N)
python3 - "$BIN" "$T/trivial.py" "$T/out" <<'EOF'
import resource, subprocess, sys
with open(sys.argv[3], "wb") as f:
    rc = subprocess.call([sys.argv[1], "run", "-n", "1000000", sys.argv[2]], stdout=f, stdin=subprocess.DEVNULL)
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(kb, file=open(sys.argv[3] + ".rss", "w"))
sys.exit(rc)
EOF
RC=$?
SECS=$(awk "BEGIN{printf \"%.2f\", $(date +%s.%N) - $START}")
RSS=$(cat "$T/out.rss")
expect_rc million 0
expect_out million "[0-999999] (1000000x) hi"
echo "info million: ${SECS}s (speed is measured by make bench, not asserted here)"
# sanitizer builds use several times the memory: the bounds hold for plain builds
RSS_SCALE=1; case "$EXTRA_CFLAGS" in *sanitize*) RSS_SCALE=4;; esac
[ "$RSS" -lt $((200000 * RSS_SCALE)) ] && ok "million: max RSS ${RSS} KB" || bad "million: max RSS ${RSS} KB"

# a million distinct outputs: one group each, memory still bounded
script distinct.py 'print value {tid}\n'
python3 - "$BIN" "$T/distinct.py" "$T/out" <<'EOF'
import resource, subprocess, sys
with open(sys.argv[3], "wb") as f:
    rc = subprocess.call([sys.argv[1], "run", "-n", "1M", sys.argv[2]], stdout=f, stdin=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=open(sys.argv[3] + ".rss", "w"))
sys.exit(rc)
EOF
RC=$?
RSS=$(cat "$T/out.rss")
expect_rc million-distinct 0
[ "$(wc -l <"$T/out")" = 1000000 ] && [ "$(tail -1 "$T/out")" = "[999999] value 999999" ] \
    && ok "million-distinct: 1000000 groups" || bad "million-distinct: wrong output" "$(tail -2 "$T/out")"
[ "$RSS" -lt $((300000 * RSS_SCALE)) ] && ok "million-distinct: max RSS ${RSS} KB" || bad "million-distinct: max RSS ${RSS} KB"

echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]

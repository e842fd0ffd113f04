#!/bin/sh
# regen.sh: regenerates tests/repl/expected/ with CPython (cpython_repl.py plays every interpreter).
cd "$(dirname "$0")" || exit 1
grep -v '^#' cases.txt | while read -r name n limit; do
    [ -n "$name" ] || continue
    python3 cpython_repl.py "$name.in" "$n" "$limit" > "expected/$name.n$n.l$limit.out"
done

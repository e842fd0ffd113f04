#!/bin/sh
# footprint.sh: one interpreter's heap, fresh and after importing json, re, collections: bytes in use (REPL :mem)
# and the smallest --heap (in KiB) that runs the import.   bench/footprint.sh [path/to/myriad]
M=${1:-build/myriad}
used() {   # the heap's used bytes (bump pointer: garbage not yet collected included) after the inputs
    printf '%s:mem\n' "$1" | "$M" repl -n 1 2>&1 | sed -n 's/.*in use \([0-9]*\) bytes in all.*/\1/p'
}
minheap() {   # bisect the smallest --heap in KiB with which `myriad run -c CODE` succeeds
    lo=1; hi=4096
    while [ $((hi - lo)) -gt 1 ]; do
        mid=$(((lo + hi) / 2))
        if "$M" run -c "${1:-pass}" --heap ${mid}K >/dev/null 2>&1; then hi=$mid; else lo=$mid; fi
    done
    echo $hi
}
base=$(used '')
printf '%-30s %12s %10s %14s\n' "after" "heap in use" "added" "min --heap KiB"
for imp in '' 'import json' 'import re' 'import collections' 'import json, re, collections'; do
    n=$(used "${imp:+$imp
}")
    printf '%-30s %12s %10s %14s\n' "${imp:-(fresh interpreter)}" "$n" "$((n - base))" "$(minheap "$imp")"
done

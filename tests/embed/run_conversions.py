#!/usr/bin/env python3
"""run_conversions.py: runs conversions.py on embedded buffers (test_embed --script) and on CPython's
array module, and compares the outputs."""
import subprocess, sys
from array import array

def main():
    test_bin, script = sys.argv[1], sys.argv[2]
    src = open(script).read()
    env = {'buf_' + tc: array(tc, [0] * 4) for tc in 'bBhHiIlLqQfd'}
    import io, contextlib
    ref = io.StringIO()
    with contextlib.redirect_stdout(ref):
        exec(compile(src, script, 'exec'), dict(env))
    got = subprocess.run([test_bin, '--script', script], capture_output=True, text=True)
    if got.returncode != 0 or got.stdout != ref.getvalue():
        import difflib
        sys.stdout.writelines(difflib.unified_diff(ref.getvalue().splitlines(True), got.stdout.splitlines(True), 'cpython', 'myriad'))
        print(got.stderr)
        print('embed conversions: FAIL')
        return 1
    print('embed conversions: %d lines identical to CPython\'s array' % ref.getvalue().count('\n'))
    return 0

sys.exit(main())

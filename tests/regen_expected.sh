#!/bin/sh
# Regenerate every expected-output file of the Python corpus (tests/py/NAME.out,
# NAME.err, NAME.code, NAME.nK.out) with CPython 3.11.  Conventions are
# documented at the top of tests/run_py_tests.py.  Running it twice produces
# identical files.  Extra arguments (e.g. --filter SUBSTR) are passed through;
# `--dir tests/conformance` regenerates the conformance corpus instead.
#   PYTHON=/path/to/python3.11 tests/regen_expected.sh
set -e
cd "$(dirname "$0")/.."
exec "${PYTHON:-python3}" tests/run_py_tests.py --regen "$@"

"""myriad: what the runtime tells a script: which interpreter it is, how many run, and barriers."""
from _fs import barrier, ids as _ids

tid, nthreads = _ids()
__all__ = ["tid", "nthreads", "barrier"]

# negative and out-of-range slice bounds on list, tuple, str, bytes, range
seqs = [list(range(8)), tuple(range(8)), "abcdefgh", b"abcdefgh", range(8)]
bounds = [(None, None, -1), (-1, None, -1), (-3, -1, None), (-1, -3, None), (-1, -3, -1), (2, -2, 2), (-100, 100, 3), (100, -100, -3), (5, None, -2), (None, 2, -1), (0, 0, 1), (-8, 8, 1)]
for seq in seqs:
    print(type(seq).__name__, [seq[slice(*b)] for b in bounds])

# print(): separators, end, multiple args, flush, file=sys.stdout.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ')
print('no newline', end='')
print(' continued')
print('x', 'y', sep='-', end='|\n')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, 'str')
print(*range(5))
print(*range(5), sep='')
print('multi\nline')
print('tab\tsep')
print('', '', sep='X')
print('end with spaces', end='   \n')
print('flushed', flush=True)
print('to stdout', file=sys.stdout)
print('sep None', 'ok', sep=None)
print('end None', end=None)
print(end='')
print('', end='after empty\n')
class S:
    def __str__(self):
        return 'custom str'
    def __repr__(self):
        return 'custom repr'
print(S(), [S()], str(S()), repr(S()))
print('unicode: héllo wörld ☃ 日本')
print(-0.0, 1e-7, 10 ** 20, -5)
print('a' * 50)
print(repr(''), repr(' '), '')
for i in range(3):
    print(i, end=' ')
print()
try:
    print('x', sep=5)
except TypeError:
    print('TypeError sep must be None or a string')
print('last line without trailing newline', end='')

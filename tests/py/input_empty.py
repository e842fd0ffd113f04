# input() with stdin at end of file (the runner uses /dev/null for stdin).
try:
    s = input()
    print('got', repr(s))
except EOFError as e:
    print('EOFError', repr(str(e)))
try:
    s = input('prompt> ')
    print('got', repr(s))
except EOFError as e:
    print('EOFError after prompt', type(e).__name__)
for i in range(2):
    try:
        input()
    except EOFError:
        print('still EOF', i)
print('done')

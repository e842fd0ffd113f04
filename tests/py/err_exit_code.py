# sys.exit with an integer status: nothing on stderr, exit status 3.
import sys
print('about to exit')
try:
    print('in try')
    sys.exit(3)
finally:
    print('finally runs before exit')
print('never printed')

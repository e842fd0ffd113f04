# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys
def shutdown(reason):
    print('shutting down')
    sys.exit('fatal: ' + reason)
shutdown('disk full')
print('never printed')

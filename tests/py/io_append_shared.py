# myriad: n=4
# Interpreters appending to one shared file: each write() lands whole (a flush in append mode is
# one atomic append, and one write is never split), so every record reads back intact.
try:
    tid
except NameError:
    tid, nthreads = 0, 1

name = 'shared_append.log'
with open(name, 'a') as f:
    for i in range(60):
        f.write('rec %d %d %s\n' % (tid, i, 'x' * (i * 7 % 50)))
    f.write('BIG %d %s\n' % (tid, 'y' * 20000))
    for i in range(60, 120):
        f.write('rec %d %d %s\n' % (tid, i, 'x' * (i * 7 % 50)))
with open(name, 'ab') as f:
    f.write(b'BYTES %d %s\n' % (tid, b'z' * 9000))

mine = []
bad = 0
with open(name) as f:
    for line in f:
        parts = line.split(' ')
        if parts[0] == 'rec' and len(parts) == 4:
            t, i = int(parts[1]), int(parts[2])
            if parts[3] != 'x' * (i * 7 % 50) + '\n':
                bad += 1
            if t == tid:
                mine.append(i)
        elif parts[0] == 'BIG' and len(parts) == 3:
            if parts[2] != 'y' * 20000 + '\n':
                bad += 1
            if int(parts[1]) == tid:
                mine.append('big')
        elif parts[0] == 'BYTES' and len(parts) == 3:
            if parts[2] != 'z' * 9000 + '\n':
                bad += 1
            if int(parts[1]) == tid:
                mine.append('bytes')
        else:
            bad += 1
print('damaged records:', bad)
print('my records:', len(mine), mine[:3], mine[59:62], mine[-2:])
print('in order:', mine == list(range(60)) + ['big'] + list(range(60, 120)) + ['bytes'])

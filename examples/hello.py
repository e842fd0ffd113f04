# hello.py: every interpreter knows its index `tid` among `nthreads`.
squares = [i * i for i in range(10)]
print("hello from the swarm:", sum(squares))
if tid % 250000 == 0:
    print("interpreter", tid, "of", nthreads)

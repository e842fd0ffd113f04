# mixed.py: each interpreter fails in its own way; the others must be unharmed.
def runaway(n):
    return runaway(n + 1)

if tid == 1:
    runaway(0)                      # RecursionError, uncaught
elif tid == 2:
    hog = []
    while True:                     # MemoryError, uncaught
        hog = [hog, [0] * 1000]
elif tid == 3:
    while True:                     # stopped by --max-steps
        pass
elif tid == 4:
    x = (1 +                        # a SyntaxError inside exec: caught
         2)
    try:
        exec("def f(:\n  pass")
    except SyntaxError as e:
        print("syntax error caught:", e.msg, e.lineno)
elif tid == 5:
    try:
        eval("(" * 300 + "1" + ")" * 300)
    except SyntaxError as e:
        print("nesting caught:", e.msg)
print("interpreter", tid, "finished")

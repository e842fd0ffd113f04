# print: sep, end, file=None, flush, multiple args, non-str objects
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], (2,), {3: 4}, sep="|")
print("x", file=None)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep=",")
print("", "", sep="x")
print("tab\tand", "nl\\n")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=[])
except TypeError as e:
    print(type(e).__name__, e)
print("a", sep=None, end=None)
import sys
print("to stdout", file=sys.stdout)
sys.stdout.write("written\n")

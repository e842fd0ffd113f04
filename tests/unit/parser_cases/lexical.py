# a comment at the start

x = 1  # trailing comment
# comment between

if x:
    # comment in block
    y = 2

    # blank lines and comments inside a block

    z = 3
# dedent comment
        # over-indented comment is ignored
w = (1,
     2,
  3)
v = [
    1,
    2,
]
u = {
    'a': 1,
}
t = 1 + \
    2
if a and \
   b:
    pass
s = f(a,
      b=2,
      )
def g(
    a,
    b,
):
    return (
        a
        + b
    )
x = 1 ;
if x:
	y = 1
	if y:
		z = 2
if x:
        y = 1
        if y:
	        z = 2
x = 1
naïve = 1
café_ü = naïve + 1
_x9 = 3
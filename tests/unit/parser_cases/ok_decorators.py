@a.b.c
@a(b)(c)
@a[b]
@(yield_)
@a if b else c
@lambda f: f
@x := y
class C:
    @staticmethod
    @other
    def m():
        pass
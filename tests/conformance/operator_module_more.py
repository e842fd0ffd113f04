# operator: in-place functions, comparisons, item/attr getters for sorting, length_hint
import operator as op
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(3, 2), op.gt(1, 2), op.is_(None, None), op.is_not(1, None))
l = [1]
print(op.iadd(l, [2]), l, op.iconcat([0], [1]), op.imul([1], 2), op.ipow(2, 5), op.ior(1, 2), op.ixor(3, 1))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 3), op.rshift(8, 2), op.mod(7, 3), op.pow(2, 8), op.abs(-2), op.pos(-1), op.inv(5), op.invert(0))
recs = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print([r["n"] for r in sorted(recs, key=op.itemgetter("a", "n"))])
class O:
    def __init__(self, x): self.x = x; self.y = self
print(op.attrgetter("x")(O(5)), op.attrgetter("y.x")(O(6)), op.length_hint([1, 2, 3]), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {}
op.setitem(d, "k", 1); print(d); op.delitem(d, "k"); print(d, op.truth([]), op.concat("a", "b"), op.neg(3), op.sub(5, 2), op.matmul.__name__)

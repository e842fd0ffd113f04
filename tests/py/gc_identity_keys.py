# Dict and set keys hashed by identity (instances, functions, classes, modules, tuples of them) are
# still found after the collector has moved them (enough garbage here to collect in any heap).
import itertools

class Node:
    def __init__(self, n):
        self.n = n

def churn():
    junk = None
    for i in range(300000):
        junk = [i] * 30
    return junk[0]

nodes = [Node(i) for i in range(200)]
index = {node: node.n for node in nodes}
seen = set(nodes[::2])
frozen = frozenset(nodes[:10])
pairs = {(a, b): a.n * b.n for a, b in zip(nodes, nodes[1:])}
def f():
    return 1
funcs = {f: 'f', Node: 'Node', itertools: 'itertools', len: 'len'}
nested = {frozen: 'frozen'}
removed = set(nodes[:50])
for node in nodes[:25]:
    removed.discard(node)
print(churn())
print(all(index[node] == node.n for node in nodes))
print(sum(1 for node in nodes if node in seen), nodes[3] in seen, nodes[4] in seen)
print(all(node in frozen for node in nodes[:10]), nodes[10] in frozen)
print(all(pairs[(a, b)] == a.n * b.n for a, b in zip(nodes, nodes[1:])))
print(funcs[f], funcs[Node], funcs[itertools], funcs[len], nested[frozenset(nodes[:10])])
print(len(removed), all(node in removed for node in nodes[25:50]), any(node in removed for node in nodes[:25]))
seen.add(nodes[1]); seen.discard(nodes[0])
print(len(seen), nodes[1] in seen, nodes[0] in seen)
print(churn(), sorted(node.n for node in seen)[:5])

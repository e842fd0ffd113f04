# copy.deepcopy keeps shared and cyclic references when the collector runs in the middle of a copy
# (myriad's id() values move with the objects; the memo follows them).
import copy

class Churn:
    # allocates enough garbage to collect in any heap, then copies its payload with the same memo
    def __init__(self, payload):
        self.payload = payload
    def __deepcopy__(self, memo):
        junk = None
        for i in range(300000):
            junk = [i] * 30
        return Churn(copy.deepcopy(self.payload, memo))

class Node:
    def __init__(self, v):
        self.v = v
        self.peer = None

nodes = [Node(i) for i in range(120)]
for i, n in enumerate(nodes):
    n.peer = nodes[i // 2]
shared = [1, 2, 3]
ring = ['ring']
ring.append(ring)
data = [nodes[:60], shared, ring, Churn([nodes, shared, ring]), shared, nodes[60:], ring]
c = copy.deepcopy(data)
cn = c[0] + c[5]
print(all(cn[i].peer is cn[i // 2] for i in range(120)), cn[0] is not nodes[0])
print(c[1] is c[4] is c[3].payload[1], c[1] is not shared, c[1] == shared)
print(c[2] is c[6] is c[3].payload[2], c[2][1] is c[2], c[2] is not ring)
print(all(a is b for a, b in zip(c[3].payload[0], cn)), [n.v for n in cn[:5]])

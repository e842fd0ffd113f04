# heapq.py: the heapq module; the sift steps follow CPython's, so heaps have CPython's exact layout.

def _siftdown(heap, startpos, pos):
    # move heap[pos] up towards startpos until its parent is not larger
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item

def _siftup(heap, pos):
    # bottom-up: carry the smaller child up to the leaf, then sift the item back down
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)

def _check(heap, fname):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (fname, type(heap).__name__))

def heappush(heap, item):
    _check(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)

def heappop(heap):
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return top
    return last

def heapreplace(heap, item):
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top

def heappushpop(heap, item):
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item

def heapify(x):
    _check(x, 'heapify')
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)

def merge(*iterables, key=None, reverse=False):
    # a generator, as CPython's: nothing is read before the first next()
    # entries [key, order, value, iterator]: order keeps ties in the order of the inputs
    entries = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            entries.append([key(value) if key is not None else value, order, value, it])
            break
    yield from _merge(entries, key, reverse)

class _Rev:
    def __init__(self, e):
        self.e = e
    def __lt__(self, other):
        a, b = self.e, other.e
        if b[0] < a[0]:
            return True
        if a[0] < b[0]:
            return False
        return a[1] < b[1]

def _merge(entries, key, reverse):
    if reverse:
        heap = [_Rev(e) for e in entries]
    else:
        heap = entries
    heapify(heap)
    while heap:
        top = heap[0]
        e = top.e if reverse else top
        yield e[2]
        for value in e[3]:
            e[2] = value
            e[0] = key(value) if key is not None else value
            heapreplace(heap, top)
            break
        else:
            heappop(heap)

def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n] if n > 0 else []

def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n] if n > 0 else []

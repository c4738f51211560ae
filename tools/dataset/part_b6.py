"""Writer B, part 6: complexity rows (data structures and classic algorithms)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("complexity", "What are the average and worst-case costs of dict lookups and inserts in Python?", "", r"""
Dicts are hash tables. Lookup, insert and delete are O(1) on average. In the worst case, when many keys collide, they degrade to O(n), but Python's hash functions and string hash randomisation make that very unlikely in practice. Iterating a dict is O(n). Note that `key in d` is O(1), while `value in d.values()` is a linear O(n) scan.

```python
d = {f"k{i}": i for i in range(100_000)}
assert "k99999" in d              # hash lookup
assert 99_999 in d.values()       # linear scan over values

class BadHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42                 # every key collides
    def __eq__(self, other):
        return self.v == other.v

slow = {BadHash(i): i for i in range(500)}  # each insert compares against many keys
assert slow[BadHash(499)] == 499
```

A custom `__hash__` that returns a constant turns a dict into a slow list, so hash on the same fields used in `__eq__` and let `hash()` of a tuple mix them.
"""),
R("complexity", "Is `len()` O(1) for Python's built-in containers?", "", r"""
Yes. Lists, tuples, strings, bytes, dicts, sets and deques store their size, so `len()` just reads a field: O(1). It is not O(1) for lazy iterators, which have no length at all; counting them means consuming them in O(n).

```python
import itertools

data = list(range(1_000_000))
assert len(data) == 1_000_000        # constant time

gen = (x for x in range(10))
try:
    len(gen)
except TypeError:
    pass                             # generators have no len()
assert sum(1 for _ in gen) == 10     # O(n) and consumes it

assert len(range(0, 10**12, 7)) == 142857142858   # range computes it arithmetically
counted = itertools.count()
assert next(counted) == 0            # infinite iterator: no length is possible
```

For your own classes, `len()` costs whatever your `__len__` does, so keep a running count if it is called often.
"""),
R("complexity", "What is the complexity of `sorted()` and why is it sometimes faster than n log n?", "", r"""
Python sorts with Timsort (Powersort from 3.11, a variant with better merge decisions): O(n log n) in the worst case and O(n) extra space. It detects already-ordered runs in the input and merges them, so sorted or reverse-sorted input takes O(n), and data made of a few sorted chunks sorts much faster than random data. It is stable.

```python
import random

data = list(range(200_000))
assert sorted(data) == data                  # one run: linear time
assert sorted(reversed(data)) == data        # a descending run is reversed in place

rng = random.Random(0)
chunks = sorted(rng.sample(range(10**6), 1000)) + sorted(rng.sample(range(10**6), 1000))
merged = sorted(chunks)                      # two runs: found and merged once
assert all(a <= b for a, b in zip(merged, merged[1:]))

pairs = [(1, "b"), (0, "z"), (1, "a")]
assert sorted(pairs, key=lambda p: p[0]) == [(0, "z"), (1, "b"), (1, "a")]  # stable
```

A `key` function is called exactly once per element, so an expensive key costs O(n) calls, not O(n log n).
"""),
R("complexity", "What's the most efficient way to get the k largest items from a big list?", "", r"""
Sorting everything costs O(n log n). `heapq.nlargest(k, items)` keeps a heap of size k while scanning, costing O(n log k) time and O(k) space, which is much better when k is small. For k close to n, a full sort is just as good, and for k == 1, use `max`.

```python
import heapq
import random

rng = random.Random(7)
scores = [rng.randint(0, 10**6) for _ in range(100_000)]

top5 = heapq.nlargest(5, scores)
assert top5 == sorted(scores, reverse=True)[:5]
assert heapq.nsmallest(1, scores) == [min(scores)]

words = ["pear", "fig", "banana", "kiwi"]
assert heapq.nlargest(2, words, key=len) == ["banana", "pear"]
```

`nlargest` also works on a stream (any iterable), so you never have to hold all n items in memory.
"""),
R("complexity", "What does `bisect.insort` cost, and when is it a good choice?", "", r"""
`insort` finds the position with binary search in O(log n) comparisons, but inserting into a Python list shifts all later elements, which is O(n). So building a sorted list of n items one at a time is O(n^2) in the worst case. The shifting is a fast memory move, so it performs well for thousands of items and moderate insert rates.

```python
import bisect

ranked = []
for score in [50, 20, 80, 20, 65]:
    bisect.insort(ranked, score)
assert ranked == [20, 20, 50, 65, 80]

# rank queries stay O(log n)
assert bisect.bisect_left(ranked, 60) == 3       # how many scores are below 60
assert bisect.bisect_right(ranked, 20) == 2

batch = [50, 20, 80, 20, 65]
assert sorted(batch) == ranked                   # if all data arrives at once, sort once: O(n log n)
```

If all data is known up front, sort once. For many interleaved inserts and queries on large data, use a heap (if you only need the minimum) or a balanced tree structure such as the third-party `sortedcontainers`.
"""),
R("complexity", "What is the space complexity of a recursive depth-first traversal?", "", r"""
Recursion uses one stack frame per active call, so space is O(h), where h is the depth of the deepest path: O(log n) for a balanced tree but O(n) for a degenerate, list-like one. In CPython, deep recursion also hits the recursion limit (about 1000). An explicit stack has the same O(h) worst-case space but no depth limit.

```python
def depth_recursive(node):
    if node is None:
        return 0
    return 1 + max(depth_recursive(node[0]), depth_recursive(node[1]))

def depth_iterative(root):
    best, stack = 0, [(root, 1)] if root else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for child in node:
            if child is not None:
                stack.append((child, d + 1))
    return best

balanced = ((None, None), ((None, None), None))
assert depth_recursive(balanced) == depth_iterative(balanced) == 3

chain = None
for _ in range(5000):
    chain = (chain, None)   # a 5000-deep, list-like tree
assert depth_iterative(chain) == 5000  # the recursive version would raise RecursionError
```

Time is O(n) for both, since every node is visited once.
"""),
R("complexity", "How can I compute the longest common subsequence length in less than O(n*m) memory?", "", r"""
The classic dynamic-programming table has (n+1)(m+1) cells: O(n*m) time and space. Each row only depends on the row above, so keeping two rows reduces space to O(min(n, m)) while time stays O(n*m).

```python
def lcs_length(a, b):
    if len(b) > len(a):
        a, b = b, a                 # make b the shorter string: rows of length len(b)+1
    prev = [0] * (len(b) + 1)
    for ch in a:
        curr = [0]
        for j, other in enumerate(b, start=1):
            if ch == other:
                curr.append(prev[j - 1] + 1)
            else:
                curr.append(max(prev[j], curr[j - 1]))
        prev = curr
    return prev[-1]

assert lcs_length("ABCBDAB", "BDCABA") == 4
assert lcs_length("", "abc") == 0
assert lcs_length("same", "same") == 4
```

The trade-off is that you lose the full table, so reconstructing the subsequence itself needs either the table or Hirschberg's divide-and-conquer algorithm.
"""),
R("complexity", "Write Levenshtein edit distance and state its complexity.", "", r"""
Edit distance counts the minimum insertions, deletions and substitutions to turn one string into another. The DP fills an (n+1) by (m+1) grid: O(n*m) time. Keeping only the previous row gives O(m) space.

```python
def edit_distance(a, b):
    prev = list(range(len(b) + 1))          # distance from "" to b[:j]
    for i, ca in enumerate(a, start=1):
        curr = [i]                          # distance from a[:i] to ""
        for j, cb in enumerate(b, start=1):
            curr.append(min(
                prev[j] + 1,                # delete ca
                curr[j - 1] + 1,            # insert cb
                prev[j - 1] + (ca != cb),   # substitute, free if equal
            ))
        prev = curr
    return prev[-1]

assert edit_distance("kitten", "sitting") == 3
assert edit_distance("", "abc") == 3
assert edit_distance("flaw", "lawn") == 2
assert edit_distance("same", "same") == 0
```

If you only need to know whether the distance is at most k, restricting the DP to a diagonal band of width 2k+1 gives O(k * n) time.
"""),
R("complexity", "What is the complexity of modular exponentiation by squaring, and does Python have it built in?", "", r"""
Repeated multiplication needs e - 1 multiplications, which is O(e). Squaring handles one bit of the exponent per step, so it needs O(log e) multiplications. Reducing modulo m at each step keeps the numbers small. Python's three-argument `pow(base, exp, mod)` does this natively.

```python
def power_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

assert power_mod(3, 200, 13) == pow(3, 200, 13)
assert power_mod(2, 10**18, 10**9 + 7) == pow(2, 10**18, 10**9 + 7)
assert pow(3, -1, 7) == 5   # modular inverse (Python 3.8+): 3 * 5 % 7 == 1
```

An exponent of 10^18 needs only about 60 squarings. Without a modulus the result grows with each step, so big-integer multiplication costs dominate.
"""),
R("complexity", "How fast is Euclid's algorithm for the GCD?", "", r"""
Each step replaces `(a, b)` with `(b, a % b)`, and after every two steps the larger number has at least halved, so the number of steps is O(log min(a, b)). The worst case occurs with consecutive Fibonacci numbers. Python provides `math.gcd` (and `math.lcm` from 3.9).

```python
import math

def euclid_steps(a, b):
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps

g, steps = euclid_steps(1071, 462)
assert g == 21 == math.gcd(1071, 462)

fib = [1, 1]
while len(fib) < 60:
    fib.append(fib[-1] + fib[-2])
g, steps = euclid_steps(fib[-1], fib[-2])
assert g == 1 and steps <= 60     # worst case: still linear in the number of digits
assert math.lcm(4, 6) == 12
```

For huge integers the cost of each `%` grows with their size too, but the number of iterations stays logarithmic.
"""),
R("complexity", "When does counting sort beat comparison sorting? Show an implementation.", "", r"""
Comparison sorts need at least O(n log n) comparisons. Counting sort never compares: it counts occurrences of each key and rebuilds the output, taking O(n + k) time and O(k) extra space, where k is the range of key values. It wins when k is not much larger than n, for example ages, exam scores or bytes.

```python
def counting_sort(values, max_value):
    counts = [0] * (max_value + 1)
    for v in values:
        counts[v] += 1
    result = []
    for value, count in enumerate(counts):
        result.extend([value] * count)
    return result

scores = [88, 12, 100, 12, 0, 55]
assert counting_sort(scores, 100) == sorted(scores)
assert counting_sort([], 5) == []
```

With a huge range (say 64-bit IDs), the O(k) count array is wasteful; radix sort processes the key digit by digit instead. This simple version sorts bare integers; to sort records by key stably, accumulate prefix counts and place each record.
"""),
R("complexity", "What is the complexity of BFS on a graph stored as an adjacency list?", "", r"""
Each vertex enters the queue at most once thanks to the `seen` set, and each adjacency list is scanned once when its vertex is dequeued, so the total work is O(V + E). Space is O(V) for the queue, the seen set and the distances. With an adjacency matrix, scanning neighbours costs O(V) per vertex, giving O(V^2).

```python
from collections import deque

def shortest_hops(graph, start):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph.get(node, ()):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"]}
assert shortest_hops(graph, "a") == {"a": 0, "b": 1, "c": 1, "d": 2, "e": 2, "f": 3}
assert shortest_hops({}, "x") == {"x": 0}
```

Using a `deque` matters: `list.pop(0)` would add an O(V) shift per dequeue.
"""),
R("complexity", "Implement Dijkstra's algorithm with heapq and give its complexity.", "", r"""
With a binary heap, every edge relaxation may push an entry (O(log V)), and each entry is popped once, so the running time is O((V + E) log V) and the heap holds O(E) entries. Stale entries, whose distance is worse than the one already recorded, are skipped instead of being deleted from the heap.

```python
import heapq

def dijkstra(graph, source):
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue  # stale entry
        for nxt, weight in graph.get(node, []):
            nd = d + weight
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist

graph = {"a": [("b", 4), ("c", 1)], "c": [("b", 2), ("d", 7)], "b": [("d", 1)]}
assert dijkstra(graph, "a") == {"a": 0, "c": 1, "b": 3, "d": 4}
```

Dijkstra requires non-negative edge weights; with negative edges use Bellman-Ford, which is O(V * E).
"""),
R("complexity", "What makes union-find (disjoint set) operations nearly constant time?", "", r"""
Two tricks. Path compression makes every node on a `find` path point closer to the root, and union by size attaches the smaller tree under the larger one. Together they give an amortised cost of O(alpha(n)) per operation, where alpha is the inverse Ackermann function, which is at most 4 for any realistic n. Without them, trees can degenerate into chains and `find` becomes O(n).

```python
class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]  # path halving
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True

ds = DisjointSet(6)
assert ds.union(0, 1) and ds.union(1, 2) and ds.union(4, 5)
assert not ds.union(0, 2)  # already connected
assert ds.find(2) == ds.find(0) != ds.find(4)
assert len({ds.find(i) for i in range(6)}) == 3
```

Path halving, shown here, is a one-pass variant of path compression with the same bound.
"""),
R("complexity", "Find the k-th smallest element: compare sorting, a heap and quickselect.", "", r"""
Sorting costs O(n log n). `heapq.nsmallest(k, xs)[-1]` costs O(n log k). Quickselect partitions around a pivot and recurses into one side only, giving O(n) expected time with a random pivot (O(n^2) in the unlucky worst case).

```python
import heapq
import random

def quickselect(values, k, rng=random.Random(1)):
    # k is 0-based: k == 0 gives the minimum
    values = list(values)
    while True:
        pivot = values[rng.randrange(len(values))]
        lows = [v for v in values if v < pivot]
        pivots = [v for v in values if v == pivot]
        if k < len(lows):
            values = lows
        elif k < len(lows) + len(pivots):
            return pivot
        else:
            k -= len(lows) + len(pivots)
            values = [v for v in values if v > pivot]

data = [random.Random(3).randint(0, 999) for _ in range(5001)]
assert quickselect(data, 2500) == sorted(data)[2500]
assert heapq.nsmallest(10, data)[-1] == sorted(data)[9]
assert quickselect([5], 0) == 5
```

Grouping values equal to the pivot keeps the algorithm fast with many duplicates. In practice, `sorted` is fine for moderate n because it runs in C.
"""),
R("complexity", "What is the fastest way to remove duplicates from a list while keeping the first occurrence order?", "", r"""
`dict.fromkeys(items)` inserts each item once and dicts preserve insertion order, so `list(dict.fromkeys(items))` is O(n) average time and O(n) space. A loop with `if x not in result` on a list is O(n^2), and `list(set(items))` is O(n) but loses the order.

```python
def unique_in_order(items):
    return list(dict.fromkeys(items))

def unique_unhashable(items):
    seen = []  # fallback for unhashable items: O(n^2)
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen

assert unique_in_order([3, 1, 3, 2, 1]) == [3, 1, 2]
assert unique_in_order("mississippi") == ["m", "i", "s", "p"]
assert unique_unhashable([[1], [2], [1]]) == [[1], [2]]
big = list(range(100_000)) * 2
assert unique_in_order(big) == list(range(100_000))
```

For unhashable items such as lists, either convert them to a hashable form (tuples) or accept the quadratic fallback for small inputs.
"""),
R("complexity", "Count inversions in a list in O(n log n).", "", r"""
An inversion is a pair i < j with a[i] > a[j]. Checking all pairs is O(n^2). Merge sort can count them while merging: whenever an element from the right half is placed before the remaining elements of the left half, it forms an inversion with each of them. That is O(n log n) time and O(n) space.

```python
def count_inversions(values):
    def sort(seq):
        if len(seq) <= 1:
            return seq, 0
        mid = len(seq) // 2
        left, a = sort(seq[:mid])
        right, b = sort(seq[mid:])
        merged, count, i, j = [], a + b, 0, 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i]); i += 1
            else:
                merged.append(right[j]); j += 1
                count += len(left) - i  # right[j] jumps over every remaining left item
        merged += left[i:] + right[j:]
        return merged, count
    return sort(list(values))[1]

assert count_inversions([2, 4, 1, 3, 5]) == 3
assert count_inversions([5, 4, 3, 2, 1]) == 10
assert count_inversions([]) == 0
assert count_inversions(range(10_000)) == 0
```

Using `<=` in the comparison means equal elements are not counted as inversions.
"""),
R("complexity", "Compute the length of the longest strictly increasing subsequence faster than O(n^2).", "", r"""
The textbook DP compares every pair: O(n^2). The patience-sorting method keeps `tails[k]`, the smallest possible tail of an increasing subsequence of length k+1. Each element replaces the first tail that is >= it (found by binary search) or extends the list. That gives O(n log n) time and O(n) space.

```python
from bisect import bisect_left

def lis_length(values):
    tails = []
    for v in values:
        i = bisect_left(tails, v)
        if i == len(tails):
            tails.append(v)
        else:
            tails[i] = v
    return len(tails)

assert lis_length([10, 9, 2, 5, 3, 7, 101, 18]) == 4
assert lis_length([3, 3, 3]) == 1
assert lis_length([]) == 0
assert lis_length(range(5000)) == 5000
```

`tails` is not itself a valid subsequence, only the right length. Use `bisect_right` for the non-decreasing variant, and store predecessor indices to recover the actual subsequence.
"""),
R("complexity", "What's the cost of finding the most frequent words with `Counter.most_common`?", "", r"""
Building the `Counter` is O(n) for n words. `most_common()` with no argument sorts all m distinct words: O(m log m). `most_common(k)` uses `heapq.nlargest`, which is O(m log k), so asking for a small k is cheaper on a large vocabulary.

```python
from collections import Counter

text = "the cat and the hat and the bat " * 1000
counts = Counter(text.split())                 # O(n)
assert counts.most_common(2) == [("the", 3000), ("and", 2000)]   # O(m log k)
assert len(counts.most_common()) == 5          # full sort of all distinct words

ties = Counter(["b", "a", "b", "a", "c"])
assert ties.most_common(2) == [("b", 2), ("a", 2)]   # ties keep first-seen order
```

Memory is O(m) for the distinct words. For streams too large to count exactly, approximate structures such as count-min sketches trade accuracy for fixed memory.
"""),
R("complexity", "How much memory does a generator pipeline use compared to lists?", "", r"""
Each generator stage holds only its current item and local state, so a chain of k stages processes a stream of n items in O(k) memory instead of O(n) per intermediate list. Time is still O(n) per stage. The cost is that the results can be consumed only once.

```python
import io
import sys

log = io.StringIO("".join(f"{i} {'ERROR' if i % 3 == 0 else 'ok'}\n" for i in range(30_000)))

lines = (line.rstrip("\n") for line in log)
errors = (line for line in lines if line.endswith("ERROR"))
ids = (int(line.split()[0]) for line in errors)
total = sum(ids)                                 # pulls one line at a time through the chain
assert total == sum(range(0, 30_000, 3))

as_list = [n for n in range(30_000)]
as_gen = (n for n in range(30_000))
assert sys.getsizeof(as_gen) < 1_000 < sys.getsizeof(as_list)
```

Use generators for large or unbounded streams; use lists when you need random access, `len`, or several passes.
"""),
R("complexity", "Is checking two strings for being anagrams faster with `sorted` or with `Counter`?", "", r"""
Sorting both strings is O(n log n). Counting characters with `Counter` is O(n), with O(k) space for k distinct characters. For short strings `sorted` is often faster in practice because it runs entirely in C with tiny constants; for long strings the counting approach wins asymptotically.

```python
from collections import Counter

def anagram_sorted(a, b):
    return sorted(a) == sorted(b)

def anagram_counter(a, b):
    return len(a) == len(b) and Counter(a) == Counter(b)

for x, y, expected in [("listen", "silent", True), ("abc", "abd", False), ("", "", True), ("aab", "abb", False)]:
    assert anagram_sorted(x, y) is expected
    assert anagram_counter(x, y) is expected

long_a = "abcdefghij" * 100_000
long_b = long_a[::-1]
assert anagram_counter(long_a, long_b)
```

The length check is a free early exit: strings of different lengths can never be anagrams.
"""),
R("complexity", "Find the maximum subarray sum in linear time.", "", r"""
Checking every subarray is O(n^2) (O(n^3) if each is summed from scratch). Kadane's algorithm scans once: at each element, the best sum ending here is either the element alone or the element plus the best sum ending just before it. That is O(n) time and O(1) space.

```python
def max_subarray(values):
    best = current = values[0]
    for v in values[1:]:
        current = max(v, current + v)
        best = max(best, current)
    return best

assert max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == 6   # 4, -1, 2, 1
assert max_subarray([-3, -1, -2]) == -1                      # all negative
assert max_subarray([5]) == 5
```

Starting from the first element (not from 0) makes the all-negative case return the largest element instead of an empty-subarray sum of 0. An empty input would raise `IndexError`; decide what it should mean before handling it.
"""),
R("complexity", "Search a matrix whose rows and columns are both sorted. What complexity can we reach?", "", r"""
Scanning everything is O(m*n), and a binary search per row is O(m log n). Starting at the top-right corner does better: if the value is too big, move left (the rest of that column is even bigger); if too small, move down. Each step discards a row or a column, so it takes at most m + n steps: O(m + n) time and O(1) space.

```python
def contains(matrix, target):
    if not matrix:
        return False
    row, col = 0, len(matrix[0]) - 1
    while row < len(matrix) and col >= 0:
        value = matrix[row][col]
        if value == target:
            return True
        if value > target:
            col -= 1
        else:
            row += 1
    return False

grid = [
    [1, 4, 7, 11],
    [2, 5, 8, 12],
    [3, 6, 9, 16],
    [10, 13, 14, 17],
]
assert contains(grid, 5) and contains(grid, 17)
assert not contains(grid, 15)
assert not contains([], 1)
```

The top-right corner works because from there one direction only increases and the other only decreases.
"""),
R("complexity", "What does rotating a list by k positions cost with slicing versus `deque.rotate`?", "", r"""
`items[-k:] + items[:-k]` builds two slices and a new list: O(n) time and O(n) extra space. `deque.rotate(k)` moves k elements from one end to the other in place: O(k) time and O(1) extra space, which is much cheaper when k is small relative to n and you rotate repeatedly.

```python
from collections import deque

def rotate_right(items, k):
    if not items:
        return []
    k %= len(items)
    return items[-k:] + items[:-k] if k else items[:]

assert rotate_right([1, 2, 3, 4, 5], 2) == [4, 5, 1, 2, 3]
assert rotate_right([1, 2, 3], 3) == [1, 2, 3]
assert rotate_right([], 4) == []

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
assert list(d) == [4, 5, 1, 2, 3]
d.rotate(-2)  # negative rotates left
assert list(d) == [1, 2, 3, 4, 5]
```

Taking `k % len(items)` first keeps the cost bounded for large k and handles `k == len(items)`; the `if k` branch is needed because `items[-0:]` is the whole list.
"""),
R("complexity", "Find the majority element (more than n/2 occurrences) in O(1) extra space.", "", r"""
`Counter` finds it in O(n) time but O(n) space. The Boyer-Moore voting algorithm keeps one candidate and a counter: matching elements increment it, others decrement it, and a zero counter adopts the next element as candidate. Since the majority outnumbers all others combined, it survives. A second pass verifies the candidate when a majority is not guaranteed. Time O(n), space O(1).

```python
def majority(values):
    candidate, count = None, 0
    for v in values:
        if count == 0:
            candidate = v
        count += 1 if v == candidate else -1
    if values and values.count(candidate) * 2 > len(values):
        return candidate
    return None

assert majority([2, 2, 1, 1, 2, 2, 3]) == 2
assert majority([1, 2, 3]) is None
assert majority([]) is None
assert majority(["x"]) == "x"
```

The verification pass is what turns "the only possible answer" into a correct answer for arbitrary input.
"""),
R("complexity", "Detect a cycle in a linked list without extra memory.", "", r"""
Storing visited nodes in a set works in O(n) time but O(n) space. Floyd's tortoise-and-hare uses two pointers: one moves one step at a time, the other two steps. If there is a cycle, the fast pointer eventually laps the slow one inside it; if not, the fast pointer reaches the end. That is O(n) time and O(1) space.

```python
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False

nodes = [Node(i) for i in range(5)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
assert not has_cycle(nodes[0])
nodes[-1].next = nodes[2]  # tail points back into the list
assert has_cycle(nodes[0])
assert not has_cycle(None)
```

Comparing with `is` checks node identity, which is what a cycle means; values may repeat without a cycle.
"""),
R("complexity", "Why is `range(10**12)` instant to create and cheap to test membership in?", "", r"""
A `range` object stores only start, stop and step, so it uses O(1) memory however long it is. Its length, indexing and `in` tests for integers are computed arithmetically in O(1). Iterating it is still O(n), and `list(range(...))` materialises every element.

```python
import sys

big = range(0, 10**12, 3)
assert sys.getsizeof(big) < 100
assert len(big) == 333333333334
assert 999_999_999_999 in big          # arithmetic check, no scanning
assert 10 not in big
assert big[1_000_000] == 3_000_000
assert big.index(300) == 100

assert 3.0 in range(5)                  # works, but floats fall back to a linear scan
```

The O(1) membership test applies to `int` (and `bool`) values. Other types, including floats, fall back to comparing element by element.
"""),
R("complexity", "What do `list.remove(x)` and `del lst[i]` cost, and how can I delete many items efficiently?", "", r"""
`remove(x)` scans for the first match (O(n)) and then shifts the later elements (also O(n)). `del lst[i]` skips the search but still shifts: O(n - i). Deleting k items one by one in a loop is therefore O(k*n), O(n^2) in the worst case. Rebuilding the list once with a comprehension is O(n).

```python
def drop_all(items, unwanted):
    unwanted = set(unwanted)
    return [x for x in items if x not in unwanted]

data = list(range(20_000))
evens_removed = drop_all(data, range(0, 20_000, 2))
assert len(evens_removed) == 10_000 and evens_removed[:3] == [1, 3, 5]

lst = [5, 3, 5, 1]
lst.remove(5)            # only the first 5
assert lst == [3, 5, 1]
del lst[-1]              # deleting at the end is cheap
assert lst == [3, 5]

in_place = list(range(10))
in_place[:] = [x for x in in_place if x % 3]  # rebuild but keep the same list object
assert in_place == [1, 2, 4, 5, 7, 8]
```

Slice assignment `lst[:] = ...` keeps other references to the list valid while still doing a single O(n) pass.
"""),
R("complexity", "Count distinct values in each sliding window of size k efficiently.", "", r"""
Recomputing `len(set(window))` for every window is O(n*k). Keeping a `Counter` of the current window and updating it as one element enters and one leaves makes each step O(1) on average: O(n) total time and O(k) space.

```python
from collections import Counter

def distinct_per_window(values, k):
    if k <= 0 or k > len(values):
        return []
    counts = Counter(values[:k])
    result = [len(counts)]
    for i in range(k, len(values)):
        counts[values[i]] += 1
        leaving = values[i - k]
        counts[leaving] -= 1
        if counts[leaving] == 0:
            del counts[leaving]   # keep len(counts) equal to the number of distinct values
        result.append(len(counts))
    return result

data = [1, 2, 1, 3, 4, 2, 3]
assert distinct_per_window(data, 4) == [3, 4, 4, 3]
assert distinct_per_window(data, 4) == [len(set(data[i:i + 4])) for i in range(4)]
assert distinct_per_window([1], 2) == []
```

Deleting zero-count keys is essential: `Counter` keeps keys whose count drops to 0, which would inflate `len(counts)`.
"""),
R("complexity", "Merge overlapping intervals and give the complexity.", "", r"""
Sort the intervals by start (O(n log n)), then sweep once (O(n)): each interval either extends the last merged one or starts a new one. Total O(n log n) time, O(n) space for the output.

```python
def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(iv) for iv in merged]

assert merge_intervals([(1, 3), (8, 10), (2, 6), (15, 18)]) == [(1, 6), (8, 10), (15, 18)]
assert merge_intervals([(1, 4), (4, 5)]) == [(1, 5)]      # touching intervals merge
assert merge_intervals([(1, 10), (2, 3)]) == [(1, 10)]     # containment
assert merge_intervals([]) == []
```

`max` is needed because a later interval may be entirely contained in the current one. Change `<=` to `<` if touching intervals should stay separate.
"""),
R("complexity", "Find a pair with a given sum in a sorted list using constant extra space.", "", r"""
A hash set gives O(n) time but O(n) space. Because the list is sorted, two pointers work: start at both ends; if the sum is too small move the left pointer right, if too large move the right pointer left. Each step discards one element, so it takes O(n) time and O(1) space.

```python
def pair_with_sum(sorted_values, target):
    lo, hi = 0, len(sorted_values) - 1
    while lo < hi:
        s = sorted_values[lo] + sorted_values[hi]
        if s == target:
            return sorted_values[lo], sorted_values[hi]
        if s < target:
            lo += 1
        else:
            hi -= 1
    return None

assert pair_with_sum([1, 3, 4, 6, 9, 12], 13) == (1, 12)
assert pair_with_sum([1, 3, 4, 6, 9, 12], 10) == (1, 9)
assert pair_with_sum([2, 2], 4) == (2, 2)
assert pair_with_sum([1, 2], 9) is None
```

If the input is unsorted, sorting first costs O(n log n), at which point the hash-set approach is usually the better choice.
"""),
R("complexity", "Is substring search with `in` linear in Python?", "", r"""
`needle in haystack` for strings uses an optimised search (a Boyer-Moore-Horspool style algorithm, and from Python 3.10 a two-way algorithm for longer needles). Typical cost is roughly O(n) for a haystack of length n and often sublinear because it skips ahead; the two-way algorithm also guarantees linear worst-case time. `str.find`, `str.index` and `str.count` share the same machinery.

```python
haystack = "ab" * 500_000 + "needle" + "ab" * 10
assert "needle" in haystack
assert haystack.find("needle") == 1_000_000
assert haystack.count("ab") == 500_010

adversarial = "a" * 200_000
assert ("a" * 1000 + "b") not in adversarial   # fast even on this repetitive input

import re
assert re.search(r"ne+dle", haystack).start() == 1_000_000
```

Regular expressions are more flexible but can backtrack exponentially on badly written patterns, so prefer plain `in` or `find` for fixed substrings.
"""),
R("complexity", "My nested `itertools.product` search is slow. How do I reason about its cost?", "", r"""
`product(a, b, c)` yields len(a) * len(b) * len(c) tuples, so with r factors of size n the search is O(n^r). The fixes are to stop early (return at the first hit), prune impossible combinations before expanding, or replace the innermost loop with a direct computation or lookup.

```python
from itertools import product

def three_sum_brute(xs, target):
    return next(((a, b, c) for a, b, c in product(xs, repeat=3) if a + b + c == target), None)

def three_sum_lookup(xs, target):
    present = set(xs)
    for a, b in product(xs, repeat=2):      # O(n^2) pairs
        if target - a - b in present:       # O(1) replaces the third loop
            return a, b, target - a - b
    return None

xs = list(range(0, 300, 7))
assert three_sum_brute(xs, 21) == three_sum_lookup(xs, 21) == (0, 0, 21)
assert three_sum_lookup(xs, 1) is None
```

Here the set lookup reduces O(n^3) to O(n^2) with the same first answer, because both versions scan the same pairs in the same order.
"""),
R("complexity", "What does this function cost, and can it be made cheaper?", r"""
def unique_sorted(values):
    result = []
    for v in sorted(values):
        if v not in result:
            result.append(v)
    return result
""", r"""
Sorting is O(n log n), but `v not in result` scans the growing output list, which makes the loop O(n * u) for u unique values, up to O(n^2). Since the input is sorted, equal values are adjacent, so comparing with the last appended value is enough. Even simpler: `sorted(set(values))` is O(n + u log u).

```python
def unique_sorted(values):
    result = []
    for v in sorted(values):
        if not result or result[-1] != v:
            result.append(v)
    return result

data = [5, 3, 5, 1, 3, 9] * 10_000
assert unique_sorted(data) == [1, 3, 5, 9]
assert unique_sorted(data) == sorted(set(data))
assert unique_sorted([]) == []
```

The neighbour comparison works for unhashable but orderable values too, where `set` would not.
"""),
R("complexity", "What's the complexity of computing the set of all substrings of a string?", "", r"""
There are n(n+1)/2 substrings, and each slice copies up to n characters and is hashed before going into the set, so building the set costs O(n^3) time and O(n^3) characters of memory in the worst case (all distinct). For n = 2,000 that is already billions of character operations. If you only need the *count* of distinct substrings, suffix structures do it in O(n) or O(n log n); for moderate n, hashing slices is fine.

```python
def distinct_substrings(s):
    return {s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)}

assert distinct_substrings("aba") == {"a", "b", "ab", "ba", "aba"}
assert len(distinct_substrings("aaaa")) == 4
assert len(distinct_substrings("abcd")) == 10   # n(n+1)/2 when all characters differ

def count_substrings_of_length(s, k):
    return len({s[i:i + k] for i in range(len(s) - k + 1)})  # O(n*k) for one fixed length
assert count_substrings_of_length("banana", 2) == 3
```

Restricting to one length k drops the cost to O(n*k), which is often all a problem actually needs.
"""),
R("complexity", "Why is `while x in items: items.remove(x)` slow, and what should I write instead?", "", r"""
Each `in` test scans the list (O(n)), and each `remove` scans again and shifts the tail (O(n)). With k copies of `x`, that is O(k*n), which is O(n^2) when most of the list is `x`. A single comprehension pass is O(n).

```python
def without(items, x):
    return [item for item in items if item != x]

data = [0] * 50_000 + [1, 2]
assert without(data, 0) == [1, 2]
assert without([1, 2, 3], 9) == [1, 2, 3]

shared = [7, 1, 7, 2]
alias = shared
shared[:] = without(shared, 7)  # update in place so every reference sees the change
assert alias == [1, 2]
```

Use slice assignment when other code holds a reference to the same list and must see it shrink.
"""),
R("complexity", "What is the complexity of inserting into and popping from a heap with heapq?", "", r"""
`heapq` keeps a binary min-heap in a plain list. `heappush` and `heappop` are O(log n), since an element moves along one root-to-leaf path. Peeking at the minimum (`heap[0]`) is O(1). `heapify` turns an existing list into a heap in O(n), faster than n pushes (O(n log n)). Removing an arbitrary element or searching is O(n).

```python
import heapq

tasks = [(3, "write"), (1, "plan"), (2, "code")]
heapq.heapify(tasks)                     # O(n)
assert tasks[0] == (1, "plan")           # O(1) peek
heapq.heappush(tasks, (0, "coffee"))     # O(log n)
order = [heapq.heappop(tasks)[1] for _ in range(len(tasks))]
assert order == ["coffee", "plan", "code", "write"]

nums = [5, 1, 4]
heapq.heapify(nums)
assert heapq.heappushpop(nums, 0) == 0   # push then pop in one O(log n) step
assert heapq.heapreplace(nums, 9) == 1   # pop then push
assert sorted(nums) == [4, 5, 9]
```

For a max-heap, push negated keys. Tuples compare element-wise, so add a counter as a tie-breaker when payloads are not comparable.
"""),
R("complexity", "Compute Fibonacci numbers in O(log n) arithmetic operations.", "", r"""
The iterative loop takes O(n) additions. The fast-doubling identities F(2k) = F(k) * (2F(k+1) - F(k)) and F(2k+1) = F(k)^2 + F(k+1)^2 halve n at each step, so only O(log n) multiplications are needed. For very large n the big-integer multiplications dominate, but it is still much faster than n additions.

```python
def fib_pair(n):
    # returns (F(n), F(n+1))
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)

def fib(n):
    return fib_pair(n)[0]

assert [fib(n) for n in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
assert fib(100) == 354224848179261915075
assert fib(100_000).bit_length() == 69424
```

The recursion depth is only log2(n), so even n = 10^6 is far below the recursion limit.
"""),
]

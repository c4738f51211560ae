"""Writer A, part 4: write_function rows (algorithms, validation, simulations)."""

ROWS = [
dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the leftmost index of a target in a sorted list using binary search, or -1 if absent.",
     input="",
     output=r'''```python
def leftmost_index(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(items) and items[lo] == target else -1

data = [1, 3, 3, 3, 5, 8]
assert leftmost_index(data, 3) == 1
assert leftmost_index(data, 8) == 5
assert leftmost_index(data, 4) == -1
assert leftmost_index([], 1) == -1
```
The half-open range `[lo, hi)` shrinks toward the first position whose value is not less than the target, which is the leftmost duplicate. A final check confirms the value there actually equals the target.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that finds the shortest path between two nodes of an unweighted graph (adjacency dict) with BFS, returning the list of nodes or None.",
     input="",
     output=r'''```python
from collections import deque

def shortest_path(graph, start, goal):
    parents = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for nxt in graph.get(node, ()):
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None

g = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
assert shortest_path(g, "A", "F") == ["A", "B", "D", "F"]
assert shortest_path(g, "E", "A") is None
assert shortest_path(g, "A", "A") == ["A"]
```
BFS explores nodes in order of distance, so the first time the goal is dequeued we have a shortest route. The `parents` dict doubles as the visited set and lets us walk back from the goal to rebuild the path.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that topologically sorts tasks given as a dict of task -> list of prerequisites (Kahn's algorithm), raising ValueError on cycles.",
     input="",
     output=r'''```python
from collections import deque

def topo_order(deps):
    nodes = set(deps) | {d for reqs in deps.values() for d in reqs}
    indegree = {n: 0 for n in nodes}
    dependents = {n: [] for n in nodes}
    for task, reqs in deps.items():
        for req in reqs:
            indegree[task] += 1
            dependents[req].append(task)
    ready = deque(sorted(n for n in nodes if indegree[n] == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for t in sorted(dependents[n]):
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
    if len(order) != len(nodes):
        raise ValueError("dependency cycle detected")
    return order

steps = {"deploy": ["test", "build"], "test": ["build"], "build": ["fetch"]}
assert topo_order(steps) == ["fetch", "build", "test", "deploy"]
try:
    topo_order({"a": ["b"], "b": ["a"]})
except ValueError:
    pass
```
Tasks with no unmet prerequisites are processed first; finishing one decrements the count of each dependent. If some tasks never reach zero, they are stuck in a cycle. Sorting the ready tasks makes the order deterministic.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that detects whether a directed graph (adjacency dict) contains a cycle using DFS with three colours.",
     input="",
     output=r'''```python
def has_cycle(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {}

    def visit(node):
        colour[node] = GREY           # on the current DFS path
        for nxt in graph.get(node, ()):
            state = colour.get(nxt, WHITE)
            if state == GREY:
                return True           # back edge: cycle
            if state == WHITE and visit(nxt):
                return True
        colour[node] = BLACK          # fully explored
        return False

    return any(colour.get(n, WHITE) == WHITE and visit(n) for n in list(graph))

assert has_cycle({"a": ["b"], "b": ["c"], "c": ["a"]})
assert not has_cycle({"a": ["b", "c"], "b": ["c"], "c": []})
assert has_cycle({"x": ["x"]})
```
Grey marks nodes on the current recursion path; reaching a grey node again means we followed a back edge, i.e. a cycle. Black nodes are finished and safe to skip, which keeps the search linear in nodes plus edges.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function implementing Dijkstra's algorithm that returns the shortest distance from a source to every reachable node in a weighted graph dict {node: [(neighbor, weight), ...]}.",
     input="",
     output=r'''```python
import heapq

def dijkstra(graph, source):
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue  # stale heap entry; a shorter path was already found
        for nxt, w in graph.get(node, ()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist

roads = {
    "A": [("B", 4), ("C", 1)],
    "C": [("B", 2), ("D", 7)],
    "B": [("D", 1)],
}
assert dijkstra(roads, "A") == {"A": 0, "C": 1, "B": 3, "D": 4}
assert dijkstra(roads, "D") == {"D": 0}
```
A min-heap always expands the closest unsettled node. Instead of decreasing keys, improved distances are pushed as new entries and outdated ones are skipped when popped. Weights must be non-negative.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that merges overlapping numeric intervals given as [start, end] pairs and returns them sorted.",
     input="",
     output=r'''```python
def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged

assert merge_intervals([[8, 10], [1, 3], [2, 6], [15, 18]]) == [[1, 6], [8, 10], [15, 18]]
assert merge_intervals([[1, 4], [4, 5]]) == [[1, 5]]
assert merge_intervals([[1, 10], [2, 3]]) == [[1, 10]]
assert merge_intervals([]) == []
```
After sorting by start, an interval overlaps the previous merged one exactly when it starts before that one ends. Taking the `max` of ends handles intervals fully contained in another.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that inserts a new interval into a sorted list of non-overlapping intervals, merging where necessary, in a single linear pass.",
     input="",
     output=r'''```python
def insert_interval(intervals, new):
    start, end = new
    result = []
    i = 0
    while i < len(intervals) and intervals[i][1] < start:
        result.append(intervals[i]); i += 1
    while i < len(intervals) and intervals[i][0] <= end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(intervals[i:])
    return result

assert insert_interval([[1, 3], [6, 9]], [2, 5]) == [[1, 5], [6, 9]]
assert insert_interval([[1, 2], [3, 5], [6, 7], [8, 10]], [4, 8]) == [[1, 2], [3, 10]]
assert insert_interval([], [4, 6]) == [[4, 6]]
assert insert_interval([[5, 6]], [1, 2]) == [[1, 2], [5, 6]]
```
The pass has three phases: copy intervals ending before the new one, absorb every interval that overlaps it (growing its bounds), then copy the rest. No sorting is needed because the input is already ordered.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that rotates a square matrix 90 degrees clockwise, returning a new matrix.",
     input="",
     output=r'''```python
def rotate_clockwise(matrix):
    return [list(row) for row in zip(*matrix[::-1])]

m = [[1, 2, 3],
     [4, 5, 6],
     [7, 8, 9]]
assert rotate_clockwise(m) == [[7, 4, 1], [8, 5, 2], [9, 6, 3]]
r = m
for _ in range(4):
    r = rotate_clockwise(r)
assert r == m
```
Reversing the row order and then transposing with `zip(*...)` is equivalent to a clockwise rotation. Four rotations return the original matrix, which makes a handy sanity check.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the elements of a matrix in spiral order, clockwise from the top-left.",
     input="",
     output=r'''```python
def spiral(matrix):
    result = []
    rows = [list(r) for r in matrix]
    while rows:
        result.extend(rows.pop(0))                 # top row, left to right
        rows = [list(r) for r in zip(*rows)][::-1]  # rotate the rest counter-clockwise
    return result

assert spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [1, 2, 3, 6, 9, 8, 7, 4, 5]
assert spiral([[1, 2, 3, 4], [5, 6, 7, 8]]) == [1, 2, 3, 4, 8, 7, 6, 5]
assert spiral([]) == []
```
Repeatedly peel off the top row, then rotate what remains counter-clockwise so the next edge to read becomes the new top row. It is compact rather than fastest; an index-based version with four boundaries avoids the copying.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that counts islands (4-connected groups of '1') in a grid of '0'/'1' strings without modifying the input.",
     input="",
     output=r'''```python
from collections import deque

def count_islands(grid):
    rows, cols = len(grid), len(grid[0]) if grid else 0
    seen = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in seen:
                islands += 1
                seen.add((r, c))
                queue = deque([(r, c)])
                while queue:
                    y, x = queue.popleft()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            queue.append((ny, nx))
    return islands

world = ["11000",
         "11010",
         "00011",
         "10000"]
assert count_islands(world) == 3
assert count_islands([]) == 0
```
Every unvisited land cell starts a new island, and a BFS marks all land connected to it. A separate `seen` set keeps the input grid untouched.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python union-find (disjoint set) class with path compression and union by size, plus a count of components.",
     input="",
     output=r'''```python
class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.components = n

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
        self.components -= 1
        return True

ds = DisjointSet(6)
for a, b in [(0, 1), (1, 2), (3, 4)]:
    ds.union(a, b)
assert ds.components == 3
assert ds.find(0) == ds.find(2) and ds.find(0) != ds.find(3)
assert ds.union(2, 0) is False
```
`find` shortens paths as it walks up, and `union` hangs the smaller tree under the larger, keeping trees shallow so both operations are nearly O(1) amortised. The component counter drops only when two different sets merge.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python merge sort that returns a new sorted list and is stable, accepting an optional key function.",
     input="",
     output=r'''```python
def merge_sort(items, key=lambda x: x):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left = merge_sort(items[:mid], key)
    right = merge_sort(items[mid:], key)
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):   # strict < keeps equal items in original order
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    return out + left[i:] + right[j:]

assert merge_sort([5, 2, 9, 1, 5, 6]) == [1, 2, 5, 5, 6, 9]
pairs = [("b", 2), ("a", 1), ("c", 2), ("d", 1)]
assert merge_sort(pairs, key=lambda p: p[1]) == [("a", 1), ("d", 1), ("b", 2), ("c", 2)]
```
The list is split in half, each half sorted recursively, and the halves merged. Taking from the right half only when it is strictly smaller makes the sort stable, which the key-based assert confirms.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the length of the longest strictly increasing subsequence in O(n log n).",
     input="",
     output=r'''```python
from bisect import bisect_left

def lis_length(nums):
    tails = []  # tails[k] = smallest tail of an increasing subsequence of length k+1
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)

assert lis_length([10, 9, 2, 5, 3, 7, 101, 18]) == 4
assert lis_length([7, 7, 7]) == 1
assert lis_length([]) == 0
```
`tails` stays sorted, so binary search finds where each number fits: it either extends the longest subsequence or lowers the tail of a shorter one, keeping future options open. `bisect_left` makes equal values replace rather than extend, enforcing strictness.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns one longest common subsequence of two strings (not just its length).",
     input="",
     output=r'''```python
def lcs(a, b):
    m, n = len(a), len(b)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = 1 + table[i + 1][j + 1]
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    out, i, j = [], 0, 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)

assert lcs("ABCBDAB", "BDCABA") in {"BCBA", "BDAB", "BCAB"}
assert len(lcs("AGGTAB", "GXTXAYB")) == 4
assert lcs("abc", "xyz") == ""
```
The table stores LCS lengths of suffixes, filled from the end. Walking forward from (0, 0), matching characters are taken and otherwise we move in the direction that preserves the longer remaining LCS.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function solving the 0/1 knapsack problem: given (weight, value) items and a capacity, return the maximum total value.",
     input="",
     output=r'''```python
def knapsack(items, capacity):
    best = [0] * (capacity + 1)  # best[c] = max value with total weight <= c
    for weight, value in items:
        # Go downwards so each item is used at most once.
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[capacity]

items = [(1, 1), (3, 4), (4, 5), (5, 7)]
assert knapsack(items, 7) == 9
assert knapsack(items, 0) == 0
assert knapsack([(10, 100)], 9) == 0
```
A one-dimensional table indexed by capacity is updated per item. Iterating capacities from high to low ensures `best[c - weight]` still describes the state before this item was considered, which is what makes it 0/1 rather than unbounded.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the minimum number of coins needed to make an amount from given denominations (unlimited supply), or -1 if impossible.",
     input="",
     output=r'''```python
def min_coins(coins, amount):
    INF = amount + 1
    need = [0] + [INF] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and need[total - coin] + 1 < need[total]:
                need[total] = need[total - coin] + 1
    return need[amount] if need[amount] != INF else -1

assert min_coins([1, 2, 5], 11) == 3
assert min_coins([2], 3) == -1
assert min_coins([1, 3, 4], 6) == 2   # greedy would pick 4+1+1
assert min_coins([7], 0) == 0
```
`need[t]` is the fewest coins summing to t, built from smaller totals. Dynamic programming is required because greedy choice fails for denominations like 1, 3, 4.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that, given meetings as (start, end) times, returns the minimum number of rooms needed so none overlap in the same room.",
     input="",
     output=r'''```python
import heapq

def rooms_needed(meetings):
    ends = []  # min-heap of end times of meetings currently in a room
    for start, end in sorted(meetings):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)  # reuse the room that frees up earliest
        else:
            heapq.heappush(ends, end)
    return len(ends)

assert rooms_needed([(0, 30), (5, 10), (15, 20)]) == 2
assert rooms_needed([(7, 10), (2, 4)]) == 1
assert rooms_needed([(1, 5), (2, 6), (3, 7), (5, 8)]) == 3
assert rooms_needed([]) == 0
```
Meetings are processed by start time while a heap tracks when occupied rooms free up. If the earliest-ending room is free by the next start it is reused; otherwise a new room opens. The heap size is the answer.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that searches for a target in a sorted list that has been rotated at an unknown pivot, in O(log n), returning its index or -1.",
     input="",
     output=r'''```python
def search_rotated(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:            # left half is sorted
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:                                # right half is sorted
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1

data = [4, 5, 6, 7, 0, 1, 2]
assert search_rotated(data, 0) == 4
assert search_rotated(data, 5) == 1
assert search_rotated(data, 3) == -1
assert search_rotated([], 1) == -1
```
At every step one half of the range is in sorted order; checking whether the target lies within that half's bounds tells us which side to keep. The values must be distinct for this to be guaranteed O(log n).'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function counting the paths from the top-left to the bottom-right of a grid moving only right or down, where cells marked 1 are blocked.",
     input="",
     output=r'''```python
def count_paths(grid):
    if not grid or grid[0][0] == 1:
        return 0
    cols = len(grid[0])
    ways = [0] * cols
    ways[0] = 1
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] += ways[c - 1]  # from above (old value) + from the left
    return ways[-1]

assert count_paths([[0, 0, 0], [0, 1, 0], [0, 0, 0]]) == 2
assert count_paths([[0, 0], [0, 0]]) == 2
assert count_paths([[0, 1], [1, 0]]) == 0
```
The number of ways to reach a cell is the sum of ways to reach the cell above and the cell to the left. A single row array suffices: before updating, `ways[c]` still holds the value from the row above.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that finds the index of any peak element (greater than its neighbours, with out-of-range neighbours treated as -infinity) in O(log n).",
     input="",
     output=r'''```python
def find_peak(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < nums[mid + 1]:
            lo = mid + 1   # rising slope: a peak exists to the right
        else:
            hi = mid       # falling slope: a peak exists at mid or to the left
    return lo

def is_peak(nums, i):
    left = nums[i - 1] if i > 0 else float("-inf")
    right = nums[i + 1] if i + 1 < len(nums) else float("-inf")
    return left < nums[i] > right

for data in ([1, 2, 3, 1], [1, 2, 1, 3, 5, 6, 4], [5], [3, 2, 1]):
    assert is_peak(data, find_peak(data))
```
Comparing `mid` with its right neighbour shows which direction is uphill; walking uphill must eventually reach a peak because the edges count as minus infinity. Halving each step gives O(log n). Adjacent values must differ.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that validates a dotted IPv4 address string: four decimal parts 0-255, no leading zeros, no extra characters.",
     input="",
     output=r'''```python
def is_ipv4(text):
    parts = text.split(".")
    if len(parts) != 4:
        return False
    for part in parts:
        if not part.isascii() or not part.isdigit():
            return False
        if len(part) > 1 and part[0] == "0":
            return False
        if int(part) > 255:
            return False
    return True

assert is_ipv4("192.168.0.1")
assert is_ipv4("0.0.0.0") and is_ipv4("255.255.255.255")
for bad in ("256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4 ", "a.b.c.d", "1..2.3", "١.2.3.4"):
    assert not is_ipv4(bad), bad
```
Each part must be pure ASCII digits (`isdigit` alone accepts other scripts' digits, such as Arabic-Indic), have no leading zero, and fit in a byte. For production code, `ipaddress.IPv4Address` performs the same validation.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that validates a number with the Luhn checksum (used by credit cards), ignoring spaces.",
     input="",
     output=r'''```python
def luhn_valid(number):
    digits = number.replace(" ", "")
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:       # every second digit from the right is doubled
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

assert luhn_valid("4539 3195 0343 6467")
assert not luhn_valid("4539 3195 0343 6468")
assert luhn_valid("79927398713")
assert not luhn_valid("12a4")
```
Starting from the rightmost digit, every second digit is doubled and 9 is subtracted when the result exceeds 9 (the same as summing its digits). The number is valid when the total is divisible by 10.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that validates an ISBN-10, where the last character may be 'X' meaning 10, ignoring hyphens.",
     input="",
     output=r'''```python
def valid_isbn10(isbn):
    chars = isbn.replace("-", "")
    if len(chars) != 10 or not chars[:9].isdigit():
        return False
    if not (chars[9].isdigit() or chars[9] in "Xx"):
        return False
    values = [int(c) for c in chars[:9]] + [10 if chars[9] in "Xx" else int(chars[9])]
    checksum = sum(weight * v for weight, v in zip(range(10, 0, -1), values))
    return checksum % 11 == 0

assert valid_isbn10("0-306-40615-2")
assert valid_isbn10("0-8044-2957-X")
assert not valid_isbn10("0-306-40615-3")
assert not valid_isbn10("X-306-40615-2")
```
ISBN-10 weights the digits 10 down to 1 and requires the weighted sum to be divisible by 11. Only the check digit may be X, so an X anywhere else is rejected.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that checks a password against rules (min 10 chars, upper, lower, digit, symbol, no spaces) and returns a list of the failed rules.",
     input="",
     output=r'''```python
import string

RULES = [
    ("at least 10 characters", lambda p: len(p) >= 10),
    ("an uppercase letter", lambda p: any(c.isupper() for c in p)),
    ("a lowercase letter", lambda p: any(c.islower() for c in p)),
    ("a digit", lambda p: any(c.isdigit() for c in p)),
    ("a symbol", lambda p: any(c in string.punctuation for c in p)),
    ("no spaces", lambda p: " " not in p),
]

def password_problems(password):
    return [name for name, check in RULES if not check(password)]

assert password_problems("Str0ng!Passw0rd") == []
assert password_problems("weak") == [
    "at least 10 characters", "an uppercase letter", "a digit", "a symbol",
]
assert password_problems("Has Space 123!") == ["no spaces"]
```
Rules are data: a description paired with a predicate, so adding a rule is one line and the messages always match the checks. Returning every failure lets a UI show all problems at once.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that checks whether a filled-in or partially filled 9x9 Sudoku grid (0 for empty) breaks any row, column or 3x3 box rule.",
     input="",
     output=r'''```python
def sudoku_consistent(grid):
    seen = set()
    for r in range(9):
        for c in range(9):
            v = grid[r][c]
            if v == 0:
                continue
            keys = {("row", r, v), ("col", c, v), ("box", r // 3, c // 3, v)}
            if keys & seen:
                return False
            seen |= keys
    return True

board = [[0] * 9 for _ in range(9)]
board[0][0] = 5
board[4][4] = 5
assert sudoku_consistent(board)
board[1][2] = 5   # same 3x3 box as (0, 0)
assert not sudoku_consistent(board)
```
Each placed digit generates three keys naming the row, column and box it occupies. If any key was already seen, that digit repeats within a unit, so the board is inconsistent.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that validates a CSS hex colour ('#abc' or '#a1b2c3', case-insensitive) and expands the short form to six lowercase digits.",
     input="",
     output=r'''```python
import re

def normalize_hex_colour(value):
    m = re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", value.strip())
    if not m:
        raise ValueError(f"invalid hex colour: {value!r}")
    digits = m.group(1).lower()
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits

assert normalize_hex_colour("#ABC") == "#aabbcc"
assert normalize_hex_colour(" #1a2B3c ") == "#1a2b3c"
for bad in ("abc", "#abcd", "#ggg"):
    try:
        normalize_hex_colour(bad)
    except ValueError:
        continue
    raise AssertionError(bad)
```
`re.fullmatch` requires exactly 3 or 6 hex digits after `#`. Short forms are expanded by doubling each digit, so equivalent colours normalise to the same string.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that checks whether a string is a valid Python identifier that is not a reserved keyword, and suggests a fixed name if not.",
     input="",
     output=r'''```python
import keyword
import re

def safe_identifier(name):
    if name.isidentifier() and not keyword.iskeyword(name):
        return name
    fixed = re.sub(r"\W", "_", name)
    if not fixed or fixed[0].isdigit():
        fixed = "_" + fixed
    if keyword.iskeyword(fixed):
        fixed += "_"
    return fixed

assert safe_identifier("total") == "total"
assert safe_identifier("class") == "class_"
assert safe_identifier("2nd-place") == "_2nd_place"
assert safe_identifier("") == "_"
```
`str.isidentifier` implements Python's naming rules and `keyword.iskeyword` catches reserved words. Invalid characters become underscores, a leading digit gets a prefix, and keywords get a trailing underscore, which is the PEP 8 convention.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that validates a UUID string and returns its canonical lowercase hyphenated form, optionally requiring a specific version.",
     input="",
     output=r'''```python
import uuid

def canonical_uuid(text, version=None):
    try:
        value = uuid.UUID(text)
    except ValueError:
        raise ValueError(f"not a UUID: {text!r}") from None
    if version is not None and value.version != version:
        raise ValueError(f"expected version {version}, got {value.version}")
    return str(value)

u = "{12345678-1234-5678-1234-567812345678}"
assert canonical_uuid(u) == "12345678-1234-5678-1234-567812345678"
assert canonical_uuid("A0EEBC999C0B4EF8BB6D6BB9BD380A11") == "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"
try:
    canonical_uuid("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", version=1)
except ValueError as exc:
    assert "version 1" in str(exc)
```
`uuid.UUID` accepts braces, missing hyphens and uppercase, and `str()` renders the canonical form. Checking `.version` is useful when an API promises, say, random version-4 IDs.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes one step of Conway's Game of Life on a set of live (row, col) cells on an unbounded board.",
     input="",
     output=r'''```python
from collections import Counter

def life_step(live):
    neighbours = Counter(
        (r + dr, c + dc)
        for r, c in live
        for dr in (-1, 0, 1)
        for dc in (-1, 0, 1)
        if (dr, dc) != (0, 0)
    )
    return {cell for cell, n in neighbours.items() if n == 3 or (n == 2 and cell in live)}

blinker = {(1, 0), (1, 1), (1, 2)}
assert life_step(blinker) == {(0, 1), (1, 1), (2, 1)}
assert life_step(life_step(blinker)) == blinker
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
assert life_step(block) == block
```
Storing only live cells makes the board unbounded. Counting how many live neighbours each cell has, then applying the rules (birth on 3, survival on 2 or 3), needs only cells adjacent to live ones.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes change for a vending machine with limited coin stock, returning a dict of coins used or None if exact change is impossible.",
     input="",
     output=r'''```python
def make_change(amount, stock):
    """stock maps coin value -> count available; tries larger coins first with backtracking."""
    coins = sorted(stock, reverse=True)

    def solve(i, remaining):
        if remaining == 0:
            return {}
        if i == len(coins):
            return None
        coin = coins[i]
        for use in range(min(stock[coin], remaining // coin), -1, -1):
            rest = solve(i + 1, remaining - use * coin)
            if rest is not None:
                return {coin: use, **rest} if use else rest
        return None

    return solve(0, amount)

assert make_change(65, {50: 1, 20: 3, 10: 0, 5: 1}) == {20: 3, 5: 1}   # 50 leaves 15: no way to pay it
assert make_change(60, {50: 1, 20: 3}) == {20: 3}       # greedy 50 would get stuck
assert make_change(15, {10: 1}) is None
```
Larger coins are tried first, but with backtracking: if taking a 50 leaves an amount that cannot be completed, fewer 50s are tried. A plain greedy algorithm fails whenever stock is limited, as the 60 example shows.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function simulating a seeded random walk on a number line for n steps and returning the positions visited, reproducibly.",
     input="",
     output=r'''```python
import random

def random_walk(steps, seed):
    rng = random.Random(seed)  # private generator: reproducible and unaffected by global state
    position, path = 0, [0]
    for _ in range(steps):
        position += rng.choice((-1, 1))
        path.append(position)
    return path

walk = random_walk(100, seed=42)
assert walk == random_walk(100, seed=42)
assert len(walk) == 101
assert all(abs(b - a) == 1 for a, b in zip(walk, walk[1:]))
```
Using a dedicated `random.Random(seed)` instance makes runs repeatable regardless of what other code does with the global `random` module. The asserts check reproducibility and that every step moves by exactly one.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the exact probability distribution (as Fractions) of the sum of k fair dice with a given number of sides.",
     input="",
     output=r'''```python
from collections import Counter
from fractions import Fraction

def dice_sum_distribution(k, sides=6):
    dist = Counter({0: 1})
    for _ in range(k):
        nxt = Counter()
        for total, ways in dist.items():
            for face in range(1, sides + 1):
                nxt[total + face] += ways
        dist = nxt
    outcomes = sides ** k
    return {total: Fraction(ways, outcomes) for total, ways in sorted(dist.items())}

two = dice_sum_distribution(2)
assert two[7] == Fraction(1, 6)
assert two[2] == Fraction(1, 36)
assert sum(two.values()) == 1
assert max(two, key=two.get) == 7
```
Rather than enumerating every combination, each die convolves the current distribution of totals with its faces, counting ways to reach each sum. Fractions keep the probabilities exact.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python traffic-light state machine function that, given a sequence of elapsed-second ticks, returns the light colour after each tick (green 30s, yellow 5s, red 20s).",
     input="",
     output=r'''```python
CYCLE = [("green", 30), ("yellow", 5), ("red", 20)]

def light_states(ticks, start=0):
    """start: seconds already elapsed in the cycle; ticks: seconds passing per step."""
    period = sum(duration for _, duration in CYCLE)
    t = start
    states = []
    for dt in ticks:
        t = (t + dt) % period
        offset = t
        for colour, duration in CYCLE:
            if offset < duration:
                states.append(colour)
                break
            offset -= duration
    return states

assert light_states([10, 19, 1, 5, 20]) == ["green", "green", "yellow", "red", "green"]
assert light_states([55 * 3]) == ["green"]    # whole cycles wrap around
```
Time is reduced modulo the full cycle length, then the offset is walked through the phases until it fits inside one. Keeping the phases in a table makes timings easy to change.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that evolves a one-dimensional elementary cellular automaton (e.g. rule 30) for n generations, returning rows as strings of '#' and '.'.",
     input="",
     output=r'''```python
def automaton(rule, width, generations):
    cells = [0] * width
    cells[width // 2] = 1
    rows = []
    for _ in range(generations):
        rows.append("".join("#" if c else "." for c in cells))
        cells = [
            (rule >> (cells[(i - 1) % width] << 2 | cells[i] << 1 | cells[(i + 1) % width])) & 1
            for i in range(width)
        ]
    return rows

assert automaton(30, 7, 3) == ["...#...", "..###..", ".##..#."]
assert automaton(90, 7, 3) == ["...#...", "..#.#..", ".#...#."]
```
Each cell's left, centre and right neighbours form a 3-bit number 0-7; that bit of the rule number gives the cell's next state. Edges wrap around, so the row behaves like a ring.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that simulates a robot on a grid receiving commands 'L', 'R' (turn) and 'F' (forward), returning its final position and facing; it starts at (0, 0) facing north.",
     input="",
     output=r'''```python
DIRECTIONS = ["N", "E", "S", "W"]
MOVES = {"N": (0, 1), "E": (1, 0), "S": (0, -1), "W": (-1, 0)}

def run_robot(commands):
    x = y = 0
    heading = 0
    for cmd in commands:
        if cmd == "L":
            heading = (heading - 1) % 4
        elif cmd == "R":
            heading = (heading + 1) % 4
        elif cmd == "F":
            dx, dy = MOVES[DIRECTIONS[heading]]
            x, y = x + dx, y + dy
        else:
            raise ValueError(f"unknown command {cmd!r}")
    return (x, y), DIRECTIONS[heading]

assert run_robot("FFRFF") == ((2, 2), "E")
assert run_robot("LLFF") == ((0, -2), "S")
assert run_robot("RRRR") == ((0, 0), "N")
```
The heading is an index into a clockwise list, so turning is modular arithmetic. Moving forward looks up the unit vector for the current heading.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the winner of a tic-tac-toe board given as three strings ('X', 'O' or ' '), 'draw' if full with no winner, or None if the game is still going.",
     input="",
     output=r'''```python
def ttt_winner(board):
    lines = [list(row) for row in board]
    lines += [list(col) for col in zip(*board)]
    lines.append([board[i][i] for i in range(3)])
    lines.append([board[i][2 - i] for i in range(3)])
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    if all(cell != " " for row in board for cell in row):
        return "draw"
    return None

assert ttt_winner(["XOX", " X ", "O X"]) == "X"
assert ttt_winner(["OOO", "XX ", "X  "]) == "O"
assert ttt_winner(["XOX", "XOO", "OXX"]) == "draw"
assert ttt_winner(["X  ", "   ", "   "]) is None
```
All eight lines (three rows, three columns, two diagonals) are gathered and checked for three identical non-blank marks. Only when no line wins is the board checked for being full.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function simulating a day of inventory: apply sales and a reorder rule (when stock drops below a threshold, order a fixed quantity that arrives next day), returning daily closing stock.",
     input="",
     output=r'''```python
def simulate_inventory(start, daily_sales, threshold, order_qty):
    stock, pending = start, 0
    closing = []
    for demand in daily_sales:
        stock += pending            # yesterday's order arrives in the morning
        pending = 0
        stock -= min(stock, demand)  # unmet demand is lost, stock never goes negative
        if stock < threshold:
            pending = order_qty
        closing.append(stock)
    return closing

assert simulate_inventory(10, [4, 4, 4, 4], threshold=5, order_qty=8) == [6, 2, 6, 2]
assert simulate_inventory(3, [5], threshold=1, order_qty=10) == [0]
```
Each day first receives any pending order, then sells up to the available stock, then checks the reorder rule. Modelling the one-day delay explicitly shows why stock can dip before a reorder arrives.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that simulates a single-server queue: given customer arrival times and service durations, return each customer's waiting time.",
     input="",
     output=r'''```python
def waiting_times(arrivals, durations):
    free_at = 0
    waits = []
    for arrive, service in zip(arrivals, durations):
        start = max(arrive, free_at)   # wait if the server is still busy
        waits.append(start - arrive)
        free_at = start + service
    return waits

assert waiting_times([0, 1, 2, 10], [3, 3, 3, 1]) == [0, 2, 4, 0]
assert waiting_times([], []) == []
```
The server becomes free at `free_at`; each customer starts at whichever is later, their arrival or that time. The difference is the wait, and the server is then busy until the service finishes.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that checks whether a date string is a real calendar date in strict 'YYYY-MM-DD' form (rejecting '2023-02-30' and '2023-2-1').",
     input="",
     output=r'''```python
import re
from datetime import date

def is_strict_date(text):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    year, month, day = map(int, text.split("-"))
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True

assert is_strict_date("2024-02-29")
assert not is_strict_date("2023-02-29")
assert not is_strict_date("2023-2-1")
assert not is_strict_date("2023-13-01")
```
The regex enforces the exact shape with zero-padding, and constructing a `date` checks calendar validity, including leap years. Splitting the two checks gives clear, easy-to-test logic.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function returning the ISO year and week number for a date, formatted like '2021-W01'.",
     input="",
     output=r'''```python
from datetime import date

def iso_week_label(d):
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"

assert iso_week_label(date(2021, 1, 7)) == "2021-W01"
assert iso_week_label(date(2021, 1, 1)) == "2020-W53"   # belongs to the previous ISO year
assert iso_week_label(date(2024, 12, 30)) == "2025-W01"
```
ISO weeks start on Monday and week 1 contains the year's first Thursday, so days at year boundaries can belong to the neighbouring ISO year. `isocalendar()` returns that ISO year, which must be used instead of `d.year`.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that determines if a year is a leap year in the Gregorian calendar and use it to count leap years in a range.",
     input="",
     output=r'''```python
def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

def leap_years_between(start, end):
    return sum(is_leap(y) for y in range(start, end + 1))

assert is_leap(2024) and is_leap(2000)
assert not is_leap(1900) and not is_leap(2023)
assert leap_years_between(1901, 2000) == 25
```
Years divisible by 4 are leap years, except centuries, which are leap years only when divisible by 400. That is why 2000 was a leap year and 1900 was not.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the binomial probability of exactly k successes in n independent trials with success probability p, plus the cumulative probability of at most k.",
     input="",
     output=r'''```python
import math

def binom_pmf(k, n, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)

def binom_cdf(k, n, p):
    return sum(binom_pmf(i, n, p) for i in range(k + 1))

assert math.isclose(binom_pmf(2, 4, 0.5), 0.375)
assert math.isclose(binom_cdf(4, 4, 0.3), 1.0)
assert math.isclose(binom_cdf(0, 3, 0.5), 0.125)
```
`math.comb(n, k)` counts the ways to choose which trials succeed, each with probability p^k (1-p)^(n-k). The cumulative version sums the individual probabilities from 0 to k.'''),

dict(kind="write_function", lang="python",
     instruction="Write Python functions for the dot product and cross product of 3D vectors given as tuples, and use them to compute the angle between two vectors in degrees.",
     input="",
     output=r'''```python
import math

def dot(a, b):
    return sum(x * y for x, y in zip(a, b))

def cross(a, b):
    ax, ay, az = a
    bx, by, bz = b
    return (ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx)

def angle_deg(a, b):
    cos = dot(a, b) / (math.sqrt(dot(a, a)) * math.sqrt(dot(b, b)))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))

x, y = (1, 0, 0), (0, 1, 0)
assert dot(x, y) == 0
assert cross(x, y) == (0, 0, 1)
assert math.isclose(angle_deg(x, y), 90)
assert math.isclose(angle_deg((1, 1, 0), (1, 0, 0)), 45)
```
The angle follows from `a·b = |a||b|cos θ`. Clamping the cosine to [-1, 1] guards `acos` against tiny floating-point overshoots for parallel vectors. The cross product gives a vector perpendicular to both inputs.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns all perfect numbers (equal to the sum of their proper divisors) up to n, using a divisor-sum sieve.",
     input="",
     output=r'''```python
def perfect_numbers(n):
    divisor_sum = [0] * (n + 1)
    for d in range(1, n // 2 + 1):
        for multiple in range(2 * d, n + 1, d):
            divisor_sum[multiple] += d
    return [k for k in range(2, n + 1) if divisor_sum[k] == k]

assert perfect_numbers(10_000) == [6, 28, 496, 8128]
assert perfect_numbers(5) == []
```
Instead of factoring every number, each d is added to the divisor sum of all its multiples (excluding the number itself). The total work is about n·ln n, fast enough for tens of thousands.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that tests whether a non-negative integer is a perfect square, exactly, even for very large integers.",
     input="",
     output=r'''```python
import math

def is_perfect_square(n):
    if n < 0:
        return False
    root = math.isqrt(n)
    return root * root == n

assert is_perfect_square(0) and is_perfect_square(144)
assert not is_perfect_square(145)
big = (10**30 + 7) ** 2
assert is_perfect_square(big) and not is_perfect_square(big + 1)
```
`math.isqrt` computes the exact integer square root, so the check works for numbers far beyond float precision, where `int(math.sqrt(n)) ** 2 == n` would give wrong answers.'''),
dict(kind="write_function", lang="python",
     instruction="Write a Python function that counts how many times each HTTP status class (2xx, 3xx, 4xx, 5xx) appears in a list of status codes and returns the error rate.",
     input="",
     output=r'''```python
from collections import Counter

def status_summary(codes):
    classes = Counter(f"{code // 100}xx" for code in codes)
    errors = classes["4xx"] + classes["5xx"]
    rate = errors / len(codes) if codes else 0.0
    return dict(classes), rate

classes, rate = status_summary([200, 201, 404, 500, 302, 200, 503, 200])
assert classes == {"2xx": 4, "4xx": 1, "5xx": 2, "3xx": 1}
assert rate == 3 / 8
assert status_summary([]) == ({}, 0.0)
```
Integer division by 100 maps each code to its class, and a `Counter` tallies them. Reading a missing key from a Counter returns 0, so the error sum works even when no 4xx or 5xx codes appear.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts a list of (parent, child) pairs into a nested tree dict and prints it as an indented outline string.",
     input="",
     output=r'''```python
from collections import defaultdict

def build_outline(pairs):
    children = defaultdict(list)
    has_parent = set()
    for parent, child in pairs:
        children[parent].append(child)
        has_parent.add(child)
    roots = [p for p in children if p not in has_parent]

    lines = []
    def walk(node, depth):
        lines.append("  " * depth + node)
        for child in sorted(children.get(node, [])):
            walk(child, depth + 1)
    for root in sorted(roots):
        walk(root, 0)
    return "\n".join(lines)

pairs = [("src", "app.py"), ("root", "src"), ("root", "README"), ("src", "util.py")]
assert build_outline(pairs) == "root\n  README\n  src\n    app.py\n    util.py"
```
A children map is built from the pairs, and roots are nodes that never appear as a child. A recursive walk emits each node indented by its depth, with siblings sorted for stable output.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the edit operations (keep, insert, delete) that turn one list of lines into another, using difflib.SequenceMatcher opcodes.",
     input="",
     output=r'''```python
from difflib import SequenceMatcher

def line_edits(old, new):
    edits = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            edits += [("keep", line) for line in old[i1:i2]]
        else:
            edits += [("delete", line) for line in old[i1:i2]]  # "replace" = delete + insert
            edits += [("insert", line) for line in new[j1:j2]]
    return edits

old = ["a", "b", "c", "d"]
new = ["a", "c", "x", "d"]
assert line_edits(old, new) == [
    ("keep", "a"), ("delete", "b"), ("keep", "c"), ("insert", "x"), ("keep", "d"),
]
assert line_edits([], ["z"]) == [("insert", "z")]
```
`get_opcodes` describes how to transform `a` into `b` as equal, delete, insert and replace ranges. Expanding a replace into deletes followed by inserts gives a simple edit script; `autojunk=False` disables a heuristic that can misbehave on long repetitive inputs.'''),
]


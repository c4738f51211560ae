"""Writer B, part 5: complexity rows (analysing and speeding up given code)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("complexity", "What is the time complexity of this duplicate check, and how can it be improved?", r"""
def has_duplicates(items):
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i] == items[j]:
                return True
    return False
""", r"""
The nested loops compare every pair, so the worst case (no duplicates) is n(n-1)/2 comparisons: O(n^2) time and O(1) extra space. Remembering what has been seen in a set brings it down to O(n) average time at the cost of O(n) space.

```python
def has_duplicates(items):
    seen = set()
    for item in items:
        if item in seen:
            return True
        seen.add(item)
    return False

assert has_duplicates([3, 1, 4, 1]) is True
assert has_duplicates(list(range(100_000))) is False
assert has_duplicates([]) is False
```

This requires hashable items. For unhashable but sortable items, sorting first and comparing neighbours gives O(n log n).
"""),
R("complexity", "Why does this get slow for large inputs? Fix it.", r"""
def reverse_stream(values):
    out = []
    for v in values:
        out.insert(0, v)
    return out
""", r"""
`list.insert(0, v)` shifts every existing element one slot to the right, which costs O(k) when the list holds k items. Over n insertions that sums to O(n^2). Appending is amortised O(1), so append then reverse once (O(n) total), or use a `deque`, whose `appendleft` is O(1).

```python
from collections import deque

def reverse_stream(values):
    out = list(values)
    out.reverse()
    return out

def reverse_stream_deque(values):
    out = deque()
    for v in values:
        out.appendleft(v)
    return list(out)

data = range(50_000)
assert reverse_stream(data) == list(reversed(data))
assert reverse_stream_deque([1, 2, 3]) == [3, 2, 1]
```

Both alternatives are O(n) time and O(n) space.
"""),
R("complexity", "Analyse the complexity of this recursive function and give a faster version.", r"""
def tiles(n):
    # ways to tile a 2 x n board with 1x2 dominoes
    if n <= 1:
        return 1
    return tiles(n - 1) + tiles(n - 2)
""", r"""
Each call makes two more calls, and the recursion tree has about phi^n nodes (phi is roughly 1.618), so time is exponential, O(phi^n), while space is O(n) for the call stack. The same subproblems are recomputed many times. Keeping just the last two values gives O(n) time and O(1) space.

```python
def tiles(n):
    prev, curr = 1, 1  # tiles(0), tiles(1)
    for _ in range(n - 1):
        prev, curr = curr, prev + curr
    return curr

assert [tiles(n) for n in range(6)] == [1, 1, 2, 3, 5, 8]
assert tiles(90) == 4660046610375530309
```

Memoising the recursive version with `functools.cache` also gives O(n) time, but keeps O(n) space and the recursion depth limit.
"""),
R("complexity", "What's the complexity here, where `banned` is a list? Make it faster.", r"""
def filter_banned(words, banned):
    return [w for w in words if w not in banned]
""", r"""
`w not in banned` scans the list, which is O(m) for m banned words, so the comprehension is O(n*m) for n words. Converting `banned` to a set once costs O(m), and each membership test then averages O(1), for O(n + m) overall.

```python
def filter_banned(words, banned):
    banned_set = set(banned)
    return [w for w in words if w not in banned_set]

words = [f"w{i}" for i in range(20_000)]
banned = [f"w{i}" for i in range(0, 20_000, 2)]
kept = filter_banned(words, banned)
assert len(kept) == 10_000 and kept[0] == "w1"
assert filter_banned(["a"], []) == ["a"]
```

Build the set outside the comprehension: writing `set(banned)` inside the condition would rebuild it for every word and make things worse.
"""),
R("complexity", "What is the time and space complexity of this binary search?", r"""
def search(sorted_items, target):
    lo, hi = 0, len(sorted_items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sorted_items[mid] == target:
            return mid
        if sorted_items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
""", r"""
Each iteration halves the range `hi - lo`, so the loop runs at most about log2(n) + 1 times: O(log n) time. It stores only a few integers, so space is O(1). The precondition is that the input is sorted; sorting it first would cost O(n log n) and dominate.

```python
from bisect import bisect_left

def search(sorted_items, target):
    i = bisect_left(sorted_items, target)
    return i if i < len(sorted_items) and sorted_items[i] == target else -1

data = list(range(0, 2_000_000, 2))
assert search(data, 1_234_566) == 617_283
assert search(data, 7) == -1
assert search([], 1) == -1
```

The standard library's `bisect_left` gives the same O(log n) search. With duplicates it returns the leftmost match, whereas the hand-written loop may return any matching index.
"""),
R("complexity", "Give the complexity of this merge step.", r"""
def merge(a, b):
    result = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            result.append(a[i]); i += 1
        else:
            result.append(b[j]); j += 1
    result.extend(a[i:])
    result.extend(b[j:])
    return result
""", r"""
Every loop iteration moves one element into `result` and advances `i` or `j`, and the final `extend` calls copy whatever remains, so each of the n + m elements is handled exactly once: O(n + m) time. The output list is O(n + m) space; apart from that only two indices are used.

```python
import heapq

def merge(a, b):
    result = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            result.append(a[i]); i += 1
        else:
            result.append(b[j]); j += 1
    result.extend(a[i:])
    result.extend(b[j:])
    return result

assert merge([1, 4, 9], [2, 3, 10, 11]) == [1, 2, 3, 4, 9, 10, 11]
assert merge([], [5]) == [5]
assert list(heapq.merge([1, 4], [2, 3])) == [1, 2, 3, 4]
```

`heapq.merge` does the same lazily for any number of sorted inputs, in O(N log k) time for k inputs.
"""),
R("complexity", "This function re-sorts a list on every call inside a loop. What does it cost, and what is better?", r"""
def running_medians(stream):
    seen = []
    out = []
    for x in stream:
        seen.append(x)
        ordered = sorted(seen)
        mid = len(ordered) // 2
        out.append(ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2)
    return out
""", r"""
Sorting the prefix of length k costs O(k log k), so over n items the total is O(n^2 log n). Keeping the list sorted with `bisect.insort` costs O(k) per insert (a binary search plus a shift), giving O(n^2) with a small constant. Two heaps (a max-heap for the lower half, a min-heap for the upper half) give O(log k) per item, O(n log n) total.

```python
import heapq

def running_medians(stream):
    low, high = [], []  # low is a max-heap stored as negatives
    out = []
    for x in stream:
        heapq.heappush(low, -x)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(-low[0])
        else:
            out.append((-low[0] + high[0]) / 2)
    return out

assert running_medians([5, 15, 1, 3]) == [5, 10.0, 5, 4.0]
assert running_medians([]) == []
```

The invariant is that `low` holds the smaller half and has at most one more element than `high`, so the median is always at the top of one or both heaps.
"""),
R("complexity", "What is the complexity of this recursive palindrome check?", r"""
def is_pal(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_pal(s[1:-1])
""", r"""
There are about n/2 recursive calls, but each call builds the slice `s[1:-1]`, copying O(n) characters. Total time is O(n^2) and, since every level keeps its own slice alive on the stack, O(n^2) space in the worst case, plus the recursion-depth limit for long strings. Using two indices avoids all copying: O(n) time and O(1) space.

```python
def is_pal(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i, j = i + 1, j - 1
    return True

assert is_pal("racecar") and is_pal("") and is_pal("z")
assert not is_pal("ab")
assert is_pal("ab" * 50_000 + "ba" * 50_000)  # no RecursionError
```

`s == s[::-1]` is also O(n) time, with O(n) extra space for the reversed copy, and is usually fastest in CPython.
"""),
R("complexity", "Speed up this pair-sum function.", r"""
def indices_of_pair(nums, target):
    for i in range(len(nums)):
        for j in range(len(nums)):
            if i != j and nums[i] + nums[j] == target:
                return (i, j)
    return None
""", r"""
The double loop is O(n^2). A single pass with a dictionary from value to index finds, for each number, whether its complement has already been seen: O(n) average time, O(n) space.

```python
def indices_of_pair(nums, target):
    index_of = {}
    for j, value in enumerate(nums):
        i = index_of.get(target - value)
        if i is not None:
            return (i, j)
        index_of.setdefault(value, j)
    return None

assert indices_of_pair([8, 2, 11, 5], 13) == (1, 2)  # the nested loops would give (0, 3)
assert indices_of_pair([3, 3], 6) == (0, 1)
assert indices_of_pair([1, 2], 10) is None
```

The original returns the pair with the smallest first index; this version returns the pair whose second index is smallest, which can differ when several pairs exist. `setdefault` keeps the earliest index for repeated values.
"""),
R("complexity", "What's the cost of grouping anagrams this way, and how can it be reduced?", r"""
def group_anagrams(words):
    groups = []
    used = set()
    for i, w in enumerate(words):
        if i in used:
            continue
        group = [w]
        for j in range(i + 1, len(words)):
            if j not in used and sorted(words[j]) == sorted(w):
                group.append(words[j])
                used.add(j)
        groups.append(group)
    return groups
""", r"""
It compares every pair of words and sorts both words for each comparison: O(n^2 * k log k) for n words of length k. Using the sorted letters as a dictionary key puts each word in its group with a single sort: O(n * k log k) time and O(n * k) space.

```python
from collections import defaultdict

def group_anagrams(words):
    groups = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())

result = group_anagrams(["tea", "eat", "tan", "ate", "nat", "bat"])
assert result == [["tea", "eat", "ate"], ["tan", "nat"], ["bat"]]
assert group_anagrams([]) == []
```

The groups come out in first-appearance order, same as before. For long words over a small alphabet, a tuple of 26 letter counts is an O(k) key.
"""),
R("complexity", "What is the complexity of this matrix multiplication, and how can it be made faster in pure Python?", r"""
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            for k in range(m):
                c[i][j] += a[i][k] * b[k][j]
    return c
""", r"""
Three nested loops over n, p and m give O(n*m*p) time, which is O(n^3) for square matrices, plus O(n*p) space for the result. The asymptotic cost stays the same in pure Python, but the constant factor drops a lot by iterating rows of `a` and columns of `b` with `zip` and summing with the builtin `sum` instead of indexing.

```python
def matmul(a, b):
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]

a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
assert matmul(a, b) == [[27, 30, 33], [61, 68, 75], [95, 106, 117]]
identity = [[1, 0], [0, 1]]
assert matmul(identity, [[4, 5], [6, 7]]) == [[4, 5], [6, 7]]
```

For real workloads use NumPy (`a @ b`), which calls optimised BLAS routines; Strassen-style algorithms lower the exponent but rarely pay off at small sizes.
"""),
R("complexity", "How much work does this do for a list of n items?", r"""
def orderings(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in orderings(rest):
            result.append([items[i]] + p)
    return result
""", r"""
It generates every permutation: n! of them, each a list of length n, so the output alone is O(n * n!) time and space. The recursion also rebuilds `rest` and copies partial lists at every level, which adds overhead but stays within O(n * n!) overall. Nothing can beat the output size if you need all orderings; what you can avoid is holding them all at once.

```python
from itertools import permutations
from math import factorial

def orderings(items):
    return (list(p) for p in permutations(items))

result = list(orderings([1, 2, 3]))
assert result == [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
assert sum(1 for _ in orderings(range(8))) == factorial(8)
```

`itertools.permutations` yields them lazily in lexicographic order of positions, so memory is O(n) if you process each permutation and move on. At n = 12 there are already 479 million of them.
"""),
R("complexity", "What is the time complexity of generating all subsets like this?", r"""
def subsets(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result
""", r"""
Each item doubles the number of subsets, so there are 2^n of them, and copying a subset costs up to O(n). Total time and space are O(n * 2^n). That is optimal when the output is required, but it becomes infeasible quickly: 30 items means about a billion subsets.

```python
from itertools import chain, combinations

def subsets(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result

def subsets_lazy(items):
    items = list(items)
    return chain.from_iterable(combinations(items, r) for r in range(len(items) + 1))

assert subsets([1, 2]) == [[], [1], [2], [1, 2]]
assert len(subsets(range(10))) == 1024
assert sum(1 for _ in subsets_lazy(range(12))) == 4096
```

The lazy version yields subsets by size without storing them all, so memory is O(n) if you consume them one at a time.
"""),
R("complexity", "This function answers range-sum queries. It is slow with many queries. Improve it.", r"""
def range_sums(values, queries):
    return [sum(values[lo:hi]) for lo, hi in queries]
""", r"""
Each query slices and sums up to n elements, so q queries cost O(q * n). Precomputing prefix sums takes O(n) once, after which every query is a single subtraction in O(1): O(n + q) in total, with O(n) extra space.

```python
from itertools import accumulate

def range_sums(values, queries):
    prefix = [0, *accumulate(values)]  # prefix[i] == sum(values[:i])
    return [prefix[hi] - prefix[lo] for lo, hi in queries]

values = [3, -1, 4, 1, 5, 9]
queries = [(0, 6), (1, 3), (2, 2), (4, 6)]
assert range_sums(values, queries) == [sum(values[lo:hi]) for lo, hi in queries]
assert range_sums(values, queries) == [21, 3, 0, 14]
```

The half-open `(lo, hi)` convention matches slicing. If the values also change between queries, a Fenwick tree gives O(log n) for both updates and queries.
"""),
R("complexity", "Make this best-window function linear.", r"""
def best_window(values, k):
    best = None
    for i in range(len(values) - k + 1):
        total = sum(values[i:i + k])
        if best is None or total > best:
            best = total
    return best
""", r"""
Each of the n - k + 1 windows is summed from scratch, which is O(n * k). A sliding window reuses the previous sum: add the element entering, subtract the one leaving. That is O(n) time and O(1) extra space.

```python
def best_window(values, k):
    if not 0 < k <= len(values):
        return None
    total = best = sum(values[:k])
    for i in range(k, len(values)):
        total += values[i] - values[i - k]
        best = max(best, total)
    return best

assert best_window([1, 4, 2, 10, 2, 3, 1, 0, 20], 4) == 24
assert best_window([5], 1) == 5
assert best_window([1, 2], 3) is None
```

The original also returned `None` when k exceeded the length; the explicit guard keeps that and also rejects k <= 0.
"""),
R("complexity", "Why is this O(n^2), and how do I fix it?", r"""
def leaders(values):
    # elements greater than everything to their right
    return [v for i, v in enumerate(values) if v > max(values[i + 1:], default=float("-inf"))]
""", r"""
For every position, `values[i + 1:]` copies the suffix and `max` scans it, which is O(n) per element and O(n^2) in total. Scanning once from the right while tracking the maximum seen so far answers every position in O(1): O(n) time overall.

```python
def leaders(values):
    result = []
    best = float("-inf")
    for v in reversed(values):
        if v > best:
            result.append(v)
            best = v
    result.reverse()
    return result

assert leaders([16, 17, 4, 3, 5, 2]) == [17, 5, 2]
assert leaders([1, 2, 3]) == [3]
assert leaders([]) == []
big = list(range(100_000, 0, -1))
assert len(leaders(big)) == 100_000
```

Reversing at the end restores left-to-right order.
"""),
R("complexity", "What's the complexity of this recursive sum, and why can it crash?", r"""
def total(values):
    if not values:
        return 0
    return values[0] + total(values[1:])
""", r"""
The recursion goes n levels deep, and each level copies the rest of the list with `values[1:]`, so the copies add up to n + (n-1) + ... + 1, which is O(n^2) time. The stack holds n frames, and each frame still references its slice, so worst-case space is also O(n^2). Beyond about 1,000 items it raises `RecursionError`, because CPython limits recursion depth.

```python
def total(values):
    acc = 0
    for v in values:
        acc += v
    return acc

def total_recursive(values, start=0):
    # index-based: O(n) time, but still O(n) stack depth
    if start == len(values):
        return 0
    return values[start] + total_recursive(values, start + 1)

assert total(range(1_000_000)) == sum(range(1_000_000))
assert total_recursive([1, 2, 3]) == 6
```

The loop (or simply `sum`) is O(n) time and O(1) space with no depth limit.
"""),
R("complexity", "Is appending to a list inside this loop O(n^2)? Analyse the function.", r"""
def index_by_first_letter(words):
    index = {}
    for w in words:
        index.setdefault(w[0], []).append(w)
    return index
""", r"""
No, it is O(n) overall (counting each word's first character as O(1)). Dictionary `setdefault` is O(1) on average, and `list.append` is amortised O(1): when a list fills up, CPython over-allocates proportionally, so the occasional O(k) resize is spread over many cheap appends. Space is O(n) for the references.

```python
def index_by_first_letter(words):
    index = {}
    for w in words:
        index.setdefault(w[0], []).append(w)
    return index

words = ["apple", "bob", "avocado", "cat"]
assert index_by_first_letter(words) == {"a": ["apple", "avocado"], "b": ["bob"], "c": ["cat"]}
big = [f"{chr(97 + i % 26)}{i}" for i in range(200_000)]
assert sum(map(len, index_by_first_letter(big).values())) == 200_000
```

One real cost to watch: `setdefault` builds a new empty list on every call even when the key exists. `defaultdict(list)` avoids that, though the complexity is the same. Empty strings would raise `IndexError` on `w[0]`.
"""),
R("complexity", "Compare the complexity of these two ways to find common elements.", r"""
def common_a(xs, ys):
    return [x for x in xs if x in ys]

def common_b(xs, ys):
    return set(xs) & set(ys)
""", r"""
`common_a` checks membership in `ys` for each element of `xs`. With lists that is O(len(xs) * len(ys)). `common_b` builds two sets (O(n + m)) and intersects them, iterating over the smaller set and probing the larger, so about O(min(n, m)) for that step: O(n + m) in total, O(n + m) extra space.

```python
def common_a(xs, ys):
    lookup = set(ys)
    return [x for x in xs if x in lookup]  # O(n + m) and keeps xs order and duplicates

def common_b(xs, ys):
    return set(xs) & set(ys)

xs = [5, 1, 5, 3, 9]
ys = [9, 5, 7]
assert common_a(xs, ys) == [5, 5, 9]
assert common_b(xs, ys) == {5, 9}
```

They don't return the same thing: the comprehension keeps order and duplicates, the set version drops both. Converting `ys` to a set inside `common_a` gives the speed of sets with the list semantics.
"""),
R("complexity", "How fast is this prime-counting approach, and what is a better algorithm?", r"""
def count_primes_below(n):
    count = 0
    for k in range(2, n):
        if all(k % d for d in range(2, k)):
            count += 1
    return count
""", r"""
Trial division by every d below k makes each test O(k), and the total is O(n^2). Checking divisors only up to the square root lowers it to O(n * sqrt(n)). The sieve of Eratosthenes does much better: it crosses out multiples of each prime, costing O(n log log n) time and O(n) space.

```python
def count_primes_below(n):
    if n < 3:
        return 0
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    for p in range(2, int(n ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytes(len(range(p * p, n, p)))
    return sum(sieve)

assert count_primes_below(10) == 4
assert count_primes_below(2) == 0
assert count_primes_below(1_000_000) == 78498
```

Starting at p*p is safe because smaller multiples were crossed out by smaller primes, and slice assignment on a `bytearray` does the crossing out in C.
"""),
R("complexity", "What are the time complexities of the common Python list operations?", "", r"""
For a list of length n (CPython):

- `lst[i]`, `lst[i] = x`, `len(lst)`: O(1).
- `append(x)`, `pop()` from the end: amortised O(1).
- `insert(i, x)`, `pop(i)`, `del lst[i]`: O(n - i), since later elements shift.
- `x in lst`, `index(x)`, `count(x)`, `remove(x)`: O(n) scans.
- `lst[a:b]`: O(b - a) to copy; `extend(other)`: O(len(other)).
- `sort()`: O(n log n); `reverse()`: O(n); `min`/`max`/`sum`: O(n).

```python
from collections import deque

lst = list(range(10))
lst.append(10)           # cheap
lst.insert(0, -1)        # shifts 11 elements
assert lst[0] == -1 and lst[-1] == 10
assert lst.pop() == 10   # cheap
assert lst.pop(0) == -1  # shifts everything left

queue = deque(lst)
queue.appendleft(-1)     # O(1) at both ends
assert queue.popleft() == -1
```

If you often add or remove at the front, use `collections.deque`; if you often test membership, keep a set alongside or instead.
"""),
]

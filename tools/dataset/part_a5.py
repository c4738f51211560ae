"""Writer A, part 5: fix_bug rows (classic Python pitfalls)."""

ROWS = [
dict(kind="fix_bug", lang="python",
     instruction="Find and fix the bug: each call to add_tag should return a fresh list, but tags from earlier calls keep showing up.",
     input='''def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags

print(add_tag("a"))  # ['a']
print(add_tag("b"))  # expected ['b'], got ['a', 'b']''',
     output=r'''```python
def add_tag(tag, tags=None):
    if tags is None:
        tags = []
    tags.append(tag)
    return tags

assert add_tag("a") == ["a"]
assert add_tag("b") == ["b"]
existing = ["x"]
assert add_tag("y", existing) == ["x", "y"]
```
Default values are evaluated once, when the `def` runs, so every call without `tags` shares the same list object. Using `None` as the default and creating the list inside the function gives each call its own list.'''),

dict(kind="fix_bug", lang="python",
     instruction="Why does this function skip the last element? Fix it.",
     input='''def total_price(prices):
    total = 0
    for i in range(len(prices) - 1):
        total += prices[i]
    return total

print(total_price([5, 10, 20]))  # prints 15, expected 35''',
     output=r'''```python
def total_price(prices):
    total = 0
    for price in prices:
        total += price
    return total

assert total_price([5, 10, 20]) == 35
assert total_price([]) == 0
```
`range(len(prices) - 1)` stops one index early because `range` already excludes its end value. Iterating over the list directly removes the index arithmetic, and the off-by-one with it; `sum(prices)` would also do.'''),

dict(kind="fix_bug", lang="python",
     instruction="This is supposed to remove all negative numbers from the list, but some negatives survive. What's wrong?",
     input='''def drop_negatives(nums):
    for n in nums:
        if n < 0:
            nums.remove(n)
    return nums

print(drop_negatives([1, -2, -3, 4]))  # [1, -3, 4]''',
     output=r'''```python
def drop_negatives(nums):
    return [n for n in nums if n >= 0]

assert drop_negatives([1, -2, -3, 4]) == [1, 4]
assert drop_negatives([-1, -1, -1]) == []
data = [3, -1]
drop_negatives(data)
assert data == [3, -1]  # the caller's list is no longer mutated
```
Removing items from a list while iterating over it shifts the remaining elements left, so the loop skips the element right after each removal (-3 here). Building a new list with a comprehension avoids mutating during iteration.'''),

dict(kind="fix_bug", lang="python",
     instruction="All the callbacks print 2 instead of 0, 1, 2. Why, and how do I fix it?",
     input='''callbacks = []
for i in range(3):
    callbacks.append(lambda: i)

print([cb() for cb in callbacks])  # [2, 2, 2]''',
     output=r'''```python
callbacks = []
for i in range(3):
    callbacks.append(lambda i=i: i)

assert [cb() for cb in callbacks] == [0, 1, 2]

# Alternative: functools.partial binds the current value too.
from functools import partial
identity = lambda x: x
callbacks2 = [partial(identity, i) for i in range(3)]
assert [cb() for cb in callbacks2] == [0, 1, 2]
```
Closures capture variables, not values: every lambda looks up `i` when it is called, and by then the loop has finished with `i == 2`. A default argument (`i=i`) or `functools.partial` evaluates `i` at creation time instead.'''),

dict(kind="fix_bug", lang="python",
     instruction="This check sometimes says two equal strings are different. Why?",
     input='''def same_user(a, b):
    return a is b

name = "".join(["ad", "min"])
print(same_user(name, "admin"))  # False''',
     output=r'''```python
def same_user(a, b):
    return a == b

name = "".join(["ad", "min"])
assert same_user(name, "admin")
assert not same_user("admin", "Admin")
```
`is` tests object identity, whether both names refer to the same object, while `==` tests equality of value. Strings built at runtime are usually new objects, so `is` only appears to work when CPython happens to reuse an interned string. Use `is` only for singletons like `None`.'''),

dict(kind="fix_bug", lang="python",
     instruction="Setting one cell of my grid changes the whole column. What is wrong?",
     input='''grid = [[0] * 3] * 3
grid[0][1] = 5
print(grid)  # [[0, 5, 0], [0, 5, 0], [0, 5, 0]]''',
     output=r'''```python
grid = [[0] * 3 for _ in range(3)]
grid[0][1] = 5
assert grid == [[0, 5, 0], [0, 0, 0], [0, 0, 0]]
assert grid[0] is not grid[1]
```
`[row] * 3` copies the reference to the same inner list three times, so all rows are one object. A list comprehension evaluates `[0] * 3` once per iteration, creating independent rows.'''),

dict(kind="fix_bug", lang="python",
     instruction="My recursive search function returns None even though it finds the value. Fix it.",
     input='''def find_depth(tree, target, depth=0):
    if tree is None:
        return None
    value, children = tree
    if value == target:
        return depth
    for child in children:
        result = find_depth(child, target, depth + 1)
        if result is not None:
            result
    return None''',
     output=r'''```python
def find_depth(tree, target, depth=0):
    if tree is None:
        return None
    value, children = tree
    if value == target:
        return depth
    for child in children:
        result = find_depth(child, target, depth + 1)
        if result is not None:
            return result
    return None

tree = ("a", [("b", [("d", [])]), ("c", [])])
assert find_depth(tree, "a") == 0
assert find_depth(tree, "d") == 2
assert find_depth(tree, "z") is None
```
The recursive result was computed but the statement `result` just evaluates it and throws it away. It must be `return result`, otherwise the loop continues and the function falls through to `return None`.'''),

dict(kind="fix_bug", lang="python",
     instruction="Why does this function still return the original text with the spaces?",
     input='''def compact(text):
    text.replace(" ", "")
    return text

print(compact("a b c"))  # 'a b c' ''',
     output=r'''```python
def compact(text):
    return text.replace(" ", "")

assert compact("a b c") == "abc"
assert compact("") == ""
```
Strings are immutable, so `str.replace` cannot change `text` in place; it returns a new string, which the original code discarded. Return (or assign) the result of `replace`.'''),

dict(kind="fix_bug", lang="python",
     instruction="This crashes with \"TypeError: 'NoneType' object is not subscriptable\". What's the bug?",
     input='''def top_three(scores):
    ordered = scores.sort(reverse=True)
    return ordered[:3]

print(top_three([70, 95, 88, 60]))''',
     output=r'''```python
def top_three(scores):
    ordered = sorted(scores, reverse=True)
    return ordered[:3]

data = [70, 95, 88, 60]
assert top_three(data) == [95, 88, 70]
assert data == [70, 95, 88, 60]   # sorted() leaves the input alone
```
`list.sort()` sorts in place and returns `None`, so `ordered` was `None`. `sorted()` returns a new sorted list and also avoids reordering the caller's data as a side effect.'''),

dict(kind="fix_bug", lang="python",
     instruction="Why does 0.1 + 0.2 == 0.3 fail in this balance check, and how should I compare?",
     input='''def balanced(debits, credits):
    return sum(debits) == sum(credits)

print(balanced([0.1, 0.2], [0.3]))  # False''',
     output=r'''```python
import math
from decimal import Decimal

def balanced(debits, credits):
    return math.isclose(sum(debits), sum(credits), rel_tol=1e-9, abs_tol=1e-9)

assert balanced([0.1, 0.2], [0.3])
assert not balanced([0.1, 0.2], [0.31])

# For money, exact decimal arithmetic is better still:
assert sum([Decimal("0.1"), Decimal("0.2")]) == Decimal("0.3")
```
Binary floating point cannot represent 0.1 or 0.2 exactly, so their sum is 0.30000000000000004. Compare floats with a tolerance via `math.isclose` (with `abs_tol` so values near zero work), or use `Decimal` for currency.'''),

dict(kind="fix_bug", lang="python",
     instruction="This binary search hangs forever for some inputs. Find the bug.",
     input='''def lower_bound(items, target):
    lo, hi = 0, len(items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid
        else:
            hi = mid
    return lo''',
     output=r'''```python
def lower_bound(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = [1, 3, 5, 7]
assert lower_bound(data, 5) == 2
assert lower_bound(data, 6) == 3
assert lower_bound(data, 9) == 4
assert lower_bound([], 1) == 0
```
When `hi == lo + 1`, `mid` equals `lo`, so `lo = mid` makes no progress and the loop never ends. Since `items[mid] < target`, `mid` itself can be excluded with `lo = mid + 1`. Using `hi = len(items)` also lets the result be "after the end".'''),

dict(kind="fix_bug", lang="python",
     instruction="I get \"RuntimeError: dictionary changed size during iteration\". How do I delete the empty entries correctly?",
     input='''def drop_empty(settings):
    for key in settings:
        if settings[key] in ("", None):
            del settings[key]
    return settings''',
     output=r'''```python
def drop_empty(settings):
    for key in list(settings):  # iterate over a snapshot of the keys
        if settings[key] in ("", None):
            del settings[key]
    return settings

cfg = {"host": "x", "user": "", "port": None, "debug": False}
assert drop_empty(cfg) == {"host": "x", "debug": False}
```
A dict cannot change size while it is being iterated. Iterating over `list(settings)`, a copy of the keys, lets you delete safely. Alternatively, build a new dict with a comprehension.'''),

dict(kind="fix_bug", lang="python",
     instruction="The word counter only ever reports a count of 1 for the last line. What's wrong?",
     input='''def count_words(lines):
    for line in lines:
        total = 0
        total += len(line.split())
    return total

print(count_words(["a b", "c d e"]))  # 3, expected 5''',
     output=r'''```python
def count_words(lines):
    total = 0
    for line in lines:
        total += len(line.split())
    return total

assert count_words(["a b", "c d e"]) == 5
assert count_words([]) == 0
```
The accumulator was reset to 0 inside the loop, so each iteration threw away the previous total and only the last line counted (and an empty input would raise `UnboundLocalError`). Initialise it once before the loop.'''),

dict(kind="fix_bug", lang="python",
     instruction="Why do I get UnboundLocalError: local variable 'count' referenced before assignment?",
     input='''count = 0

def hit():
    count += 1
    return count

hit()''',
     output=r'''```python
class HitCounter:
    def __init__(self):
        self.count = 0

    def hit(self):
        self.count += 1
        return self.count

counter = HitCounter()
counter.hit()
assert counter.hit() == 2

# If a module-level variable is really wanted, declare it:
count = 0
def hit():
    global count
    count += 1
    return count
assert hit() == 1 and hit() == 2
```
Assigning to a name anywhere in a function makes it local for the whole function, so `count += 1` reads a local that was never set. `global count` fixes it, but keeping state in an object is usually cleaner and easier to test.'''),

dict(kind="fix_bug", lang="python",
     instruction="The second loop over my results prints nothing. Why?",
     input='''squares = (n * n for n in range(4))
print(sum(squares))   # 14
print(max(squares))   # ValueError: max() arg is an empty sequence''',
     output=r'''```python
squares = [n * n for n in range(4)]
assert sum(squares) == 14
assert max(squares) == 9
```
A generator expression can be consumed only once; `sum` exhausted it, leaving nothing for `max`. Use a list (square brackets) when you need to iterate more than once, or recreate the generator.'''),

dict(kind="fix_bug", lang="python",
     instruction="This condition is always true, even for 'pear'. Why?",
     input='''def is_citrus(fruit):
    if fruit == "lemon" or "lime" or "orange":
        return True
    return False''',
     output=r'''```python
def is_citrus(fruit):
    return fruit in {"lemon", "lime", "orange"}

assert is_citrus("lime")
assert not is_citrus("pear")
```
The expression parses as `(fruit == "lemon") or "lime" or "orange"`, and the non-empty string `"lime"` is truthy, so the whole condition is always true. Test membership in a set (or compare `fruit` against each value explicitly).'''),

dict(kind="fix_bug", lang="python",
     instruction="The timestamps come out with the wrong minutes, like 10:03 instead of 10:45. What's the bug?",
     input='''from datetime import datetime

def stamp(dt):
    return dt.strftime("%Y-%m-%d %H:%m")

print(stamp(datetime(2024, 3, 5, 10, 45)))  # 2024-03-05 10:03''',
     output=r'''```python
from datetime import datetime

def stamp(dt):
    return dt.strftime("%Y-%m-%d %H:%M")

assert stamp(datetime(2024, 3, 5, 10, 45)) == "2024-03-05 10:45"
```
In `strftime`, `%m` is the month and `%M` is the minute, so the format printed the month (03) where minutes belonged. The same mix-up breaks `strptime` parsing.'''),

dict(kind="fix_bug", lang="python",
     instruction="Parsing 'a  b' (two spaces) gives an empty string in my list. Why?",
     input='''def words(line):
    return line.split(" ")

print(words("a  b"))  # ['a', '', 'b']''',
     output=r'''```python
def words(line):
    return line.split()

assert words("a  b") == ["a", "b"]
assert words("  padded\ttext \n") == ["padded", "text"]
assert words("") == []
```
`split(" ")` splits on every single space, so consecutive spaces produce empty strings. `split()` with no argument splits on runs of any whitespace and drops leading and trailing whitespace.'''),

dict(kind="fix_bug", lang="python",
     instruction="Removing the '.txt' extension also eats letters from names like 'test.txt'. What's going on?",
     input='''def base_name(filename):
    return filename.rstrip(".txt")

print(base_name("report.txt"))  # 'report'
print(base_name("test.txt"))    # 'tes' ''',
     output=r'''```python
def base_name(filename):
    return filename.removesuffix(".txt")   # Python 3.9+

assert base_name("report.txt") == "report"
assert base_name("test.txt") == "test"
assert base_name("notes.md") == "notes.md"
```
`rstrip` treats its argument as a set of characters to remove, not as a suffix, so it keeps stripping any trailing `.`, `t` or `x`. `str.removesuffix` removes the exact suffix once, and only if present.'''),

dict(kind="fix_bug", lang="python",
     instruction="round(2.5) gives 2 and round(3.5) gives 4 in my invoice code. Is Python broken? Fix the rounding for prices.",
     input='''def to_whole_euros(amount):
    return round(amount)

print(to_whole_euros(2.5))  # 2''',
     output=r'''```python
from decimal import Decimal, ROUND_HALF_UP

def to_whole_euros(amount):
    return int(Decimal(str(amount)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))

assert to_whole_euros(2.5) == 3
assert to_whole_euros(3.5) == 4
assert to_whole_euros(2.49) == 2
```
Python's `round` uses banker's rounding (round half to even), which avoids bias in statistics but surprises people expecting halves to go up. `Decimal.quantize` with `ROUND_HALF_UP` gives the commercial rule; converting through `str` avoids float representation errors.'''),

dict(kind="fix_bug", lang="python",
     instruction="Every Team instance ends up with the same members list. Why?",
     input='''class Team:
    members = []

    def add(self, name):
        self.members.append(name)

a, b = Team(), Team()
a.add("ann")
print(b.members)  # ['ann']''',
     output=r'''```python
class Team:
    def __init__(self):
        self.members = []

    def add(self, name):
        self.members.append(name)

a, b = Team(), Team()
a.add("ann")
assert a.members == ["ann"]
assert b.members == []
```
`members = []` in the class body creates one list stored on the class, shared by every instance. Mutable per-instance state must be created in `__init__` so each object gets its own list.'''),

dict(kind="fix_bug", lang="python",
     instruction="My objects compare equal but I get TypeError: unhashable type when putting them in a set. Fix the class.",
     input='''class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __eq__(self, other):
        return (self.r, self.g, self.b) == (other.r, other.g, other.b)

palette = {Color(1, 2, 3)}''',
     output=r'''```python
class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def _key(self):
        return (self.r, self.g, self.b)

    def __eq__(self, other):
        if not isinstance(other, Color):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

palette = {Color(1, 2, 3), Color(1, 2, 3), Color(0, 0, 0)}
assert len(palette) == 2
assert Color(1, 2, 3) != "red"
```
Defining `__eq__` sets `__hash__` to `None`, making instances unhashable, because equal objects must have equal hashes. Adding `__hash__` based on the same fields restores that contract (the fields should not be mutated afterwards). Returning `NotImplemented` for other types avoids an `AttributeError`.'''),

dict(kind="fix_bug", lang="python",
     instruction="int('3.5') raises ValueError in my quantity parser. How do I accept inputs like '3', '3.0' and '3.5' correctly?",
     input='''def parse_quantity(text):
    return int(text)

parse_quantity("3.5")''',
     output=r'''```python
def parse_quantity(text):
    value = float(text)
    if not value.is_integer():
        raise ValueError(f"quantity must be a whole number, got {text!r}")
    return int(value)

assert parse_quantity("3") == 3
assert parse_quantity(" 3.0 ") == 3
try:
    parse_quantity("3.5")
except ValueError as exc:
    assert "whole number" in str(exc)
```
`int()` on a string only accepts integer literals. Parsing with `float` first accepts "3.0"; then `is_integer()` decides whether the value is whole, so "3.5" is rejected with a clear message instead of being silently truncated.'''),

dict(kind="fix_bug", lang="python",
     instruction="This letter counter crashes with KeyError on the first letter. Fix it.",
     input='''def letter_counts(text):
    counts = {}
    for ch in text:
        counts[ch] += 1
    return counts''',
     output=r'''```python
from collections import Counter

def letter_counts(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return counts

assert letter_counts("banana") == {"b": 1, "a": 3, "n": 2}
assert letter_counts("banana") == Counter("banana")
```
`counts[ch] += 1` first reads `counts[ch]`, which does not exist the first time a character appears. `dict.get(ch, 0)` supplies a starting value; `collections.Counter` or `defaultdict(int)` do the same more concisely.'''),

dict(kind="fix_bug", lang="python",
     instruction="factorial(0) hits the recursion limit. What's wrong with the base case?",
     input='''def factorial(n):
    if n == 1:
        return 1
    return n * factorial(n - 1)''',
     output=r'''```python
def factorial(n):
    if n < 0:
        raise ValueError("factorial is undefined for negative numbers")
    if n == 0:
        return 1
    return n * factorial(n - 1)

assert factorial(0) == 1
assert factorial(1) == 1
assert factorial(5) == 120
```
With `n == 1` as the only base case, `factorial(0)` calls `factorial(-1)`, `factorial(-2)` and so on forever. The base case should be `n == 0` (0! is 1), and negative inputs are rejected explicitly.'''),

dict(kind="fix_bug", lang="python",
     instruction="Pairing names with scores silently drops the last student. Why?",
     input='''names = ["ann", "bob", "cy"]
scores = [90, 85]
report = dict(zip(names, scores))
print(report)  # {'ann': 90, 'bob': 85}''',
     output=r'''```python
from itertools import zip_longest

def build_report(names, scores):
    if len(names) != len(scores):
        missing = names[len(scores):]
        raise ValueError(f"no score for: {', '.join(missing)}")
    return dict(zip(names, scores))

try:
    build_report(["ann", "bob", "cy"], [90, 85])
except ValueError as exc:
    assert "cy" in str(exc)
assert build_report(["ann"], [90]) == {"ann": 90}
assert dict(zip_longest(["ann", "cy"], [90])) == {"ann": 90, "cy": None}
```
`zip` stops at the shortest input, so mismatched lengths lose data without any error. Check the lengths explicitly (or use `zip(..., strict=True)` in Python 3.10+), or use `zip_longest` if missing values should become `None`.'''),

dict(kind="fix_bug", lang="python",
     instruction="My numbered list starts at 0 but it should start at 1, and the last line has the wrong number. Fix it.",
     input='''def numbered(items):
    lines = []
    for i, item in enumerate(items):
        lines.append(f"{i}. {item}")
    return lines''',
     output=r'''```python
def numbered(items):
    return [f"{i}. {item}" for i, item in enumerate(items, start=1)]

assert numbered(["eggs", "milk"]) == ["1. eggs", "2. milk"]
assert numbered([]) == []
```
`enumerate` counts from 0 by default. Passing `start=1` makes it count from 1 without manual `i + 1` arithmetic that is easy to forget in one place.'''),

dict(kind="fix_bug", lang="python",
     instruction="This raises TypeError: can only concatenate str (not \"int\") to str. Fix it.",
     input='''def describe(name, age):
    return name + " is " + age + " years old"

describe("Ada", 36)''',
     output=r'''```python
def describe(name, age):
    return f"{name} is {age} years old"

assert describe("Ada", 36) == "Ada is 36 years old"
```
Python does not convert numbers to strings implicitly during `+`. An f-string formats each value with `str()` automatically and reads more clearly than concatenation.'''),

dict(kind="fix_bug", lang="python",
     instruction="all_positive([3, -1, 4]) returns True. Why?",
     input='''def all_positive(nums):
    for n in nums:
        if n > 0:
            return True
        else:
            return False
    return True''',
     output=r'''```python
def all_positive(nums):
    for n in nums:
        if n <= 0:
            return False
    return True

assert not all_positive([3, -1, 4])
assert all_positive([1, 2])
assert all_positive([])
assert all_positive([1, 2]) == all(n > 0 for n in [1, 2])
```
The loop returned on its very first iteration, so only the first element was ever inspected. Return `False` as soon as a counterexample is found and `True` only after the loop has checked everything; `all(n > 0 for n in nums)` expresses the same thing.'''),

dict(kind="fix_bug", lang="python",
     instruction="After building my list, it's None. What went wrong?",
     input='''def collect(values):
    result = []
    for v in values:
        result = result.append(v * 2)
    return result''',
     output=r'''```python
def collect(values):
    result = []
    for v in values:
        result.append(v * 2)
    return result

assert collect([1, 2, 3]) == [2, 4, 6]
assert collect([]) == []
```
`list.append` mutates the list and returns `None`; assigning that back to `result` replaced the list with `None` (and the next iteration would crash). Call `append` without assigning its return value.'''),

dict(kind="fix_bug", lang="python",
     instruction="Sorting case-insensitively raises TypeError: 'str' object is not callable / missing argument. What's wrong with the key?",
     input='''names = ["bob", "Alice", "carol"]
names.sort(key=str.lower())''',
     output=r'''```python
names = ["bob", "Alice", "carol"]
names.sort(key=str.lower)
assert names == ["Alice", "bob", "carol"]
```
`key` must be a function that `sort` calls on each element. `str.lower()` calls the method immediately with no string, which raises; passing `str.lower` without parentheses hands over the function itself.'''),

dict(kind="fix_bug", lang="python",
     instruction="Find and fix the bug: positions of duplicate items are all reported as the first one's index.",
     input='''def positions_of(items, target):
    return [items.index(x) for x in items if x == target]

print(positions_of(["a", "b", "a"], "a"))  # [0, 0]''',
     output=r'''```python
def positions_of(items, target):
    return [i for i, x in enumerate(items) if x == target]

assert positions_of(["a", "b", "a"], "a") == [0, 2]
assert positions_of([], "a") == []
```
`list.index` always returns the first matching position, so every duplicate maps to 0; it also rescans the list each time, making the function O(n²). `enumerate` provides the actual index of each element in one pass.'''),

dict(kind="fix_bug", lang="python",
     instruction="I write to a StringIO and then read from it, but read() returns an empty string. Why?",
     input='''import io

buf = io.StringIO()
buf.write("hello\\n")
print(repr(buf.read()))  # ''  ''',
     output=r'''```python
import io

buf = io.StringIO()
buf.write("hello\n")
buf.seek(0)              # rewind to the beginning before reading
assert buf.read() == "hello\n"
assert buf.getvalue() == "hello\n"   # getvalue ignores the position
```
A StringIO has a single position shared by reading and writing, like a file. After writing, the position is at the end, so `read()` returns nothing. `seek(0)` rewinds it, or `getvalue()` returns the whole buffer regardless of position.'''),

dict(kind="fix_bug", lang="python",
     instruction="My CSV totals include the header row and crash with ValueError: could not convert string to float: 'amount'. Fix it.",
     input='''import csv, io

def total_amount(csv_text):
    reader = csv.reader(io.StringIO(csv_text))
    return sum(float(row[1]) for row in reader)

total_amount("item,amount\\npen,1.5\\nbook,12\\n")''',
     output=r'''```python
import csv
import io

def total_amount(csv_text):
    reader = csv.DictReader(io.StringIO(csv_text))
    return sum(float(row["amount"]) for row in reader)

assert total_amount("item,amount\npen,1.5\nbook,12\n") == 13.5
assert total_amount("item,amount\n") == 0
```
`csv.reader` returns the header as an ordinary first row, so "amount" was passed to `float`. `csv.DictReader` consumes the header and lets you access columns by name, which also survives column reordering. (Calling `next(reader)` once before summing would also work.)'''),

dict(kind="fix_bug", lang="python",
     instruction="After saving my cache with json and loading it back, lookups like cache[3] fail with KeyError. Why?",
     input='''import json

cache = {3: "three", 4: "four"}
restored = json.loads(json.dumps(cache))
print(restored[3])  # KeyError: 3''',
     output=r'''```python
import json

def dump_int_keys(d):
    return json.dumps(d)

def load_int_keys(text):
    return {int(k): v for k, v in json.loads(text).items()}

cache = {3: "three", 4: "four"}
restored = load_int_keys(dump_int_keys(cache))
assert restored[3] == "three"
assert restored == cache
```
JSON object keys are always strings, so `json.dumps` turns `3` into `"3"`, and loading gives back string keys. Convert the keys back explicitly after loading (or store a list of pairs if key types vary).'''),

dict(kind="fix_bug", lang="python",
     instruction="The regex is supposed to grab each quoted word separately, but it returns one big match. Fix it.",
     input='''import re

text = 'say "hi" and "bye"'
print(re.findall(r'"(.*)"', text))  # ['hi" and "bye']''',
     output=r'''```python
import re

text = 'say "hi" and "bye"'
assert re.findall(r'"(.*?)"', text) == ["hi", "bye"]
assert re.findall(r'"([^"]*)"', text) == ["hi", "bye"]
```
`.*` is greedy: it matches as much as possible, running from the first quote to the last one. The lazy `.*?` stops at the first closing quote; a negated class `[^"]*` is even more explicit and cannot cross a quote.'''),

dict(kind="fix_bug", lang="python",
     instruction="re.match can't find the error code in my log line even though it's there. Why?",
     input='''import re

line = "2024-05-01 ERROR E1234 disk full"
m = re.match(r"E\\d{4}", line)
print(m)  # None''',
     output=r'''```python
import re

line = "2024-05-01 ERROR E1234 disk full"
m = re.search(r"\bE\d{4}\b", line)
assert m and m.group(0) == "E1234"
assert re.match(r"E\d{4}", "E9999 at start").group(0) == "E9999"
```
`re.match` only matches at the beginning of the string, while `re.search` scans the whole string. The word boundaries `\b` keep the pattern from matching inside longer tokens.'''),

dict(kind="fix_bug", lang="python",
     instruction="My word-boundary regex never matches anything. What's wrong?",
     input='''import re

print(re.findall("\\bcat\\b", "cat scattered cat"))  # []''',
     output=r'''```python
import re

assert re.findall(r"\bcat\b", "cat scattered cat") == ["cat", "cat"]
assert "\b" == "\x08"   # in a normal string, \b is the backspace character
```
In a normal string literal `\b` is the backspace character, so the pattern looked for backspaces around "cat". A raw string `r"\bcat\b"` passes the backslash through to the regex engine, where `\b` means word boundary. Always write regexes as raw strings.'''),

dict(kind="fix_bug", lang="python",
     instruction="Checking whether 'admin' is one of the users' roles always returns False. Find the bug.",
     input='''roles = {"ann": "admin", "bob": "viewer"}

def has_role(role):
    return role in roles

print(has_role("admin"))  # False''',
     output=r'''```python
roles = {"ann": "admin", "bob": "viewer"}

def has_role(role):
    return role in roles.values()

assert has_role("admin")
assert not has_role("ann")   # a user name is not a role
```
`in` on a dict tests keys, which here are user names. To test roles, check `roles.values()`; if this is done often, keep a separate set of roles for O(1) lookups.'''),

dict(kind="fix_bug", lang="python",
     instruction="This leap-year function says 1900 was a leap year. Fix the logic.",
     input='''def is_leap(year):
    return year % 4 == 0 or year % 400 == 0''',
     output=r'''```python
def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

assert is_leap(1996) and is_leap(2000)
assert not is_leap(1900) and not is_leap(2023)
```
The century exception was missing: years divisible by 100 are not leap years unless they are also divisible by 400. `calendar.isleap` implements the same rule.'''),
]

"""Writer A, part 7: fix_bug rows (algorithms, stdlib, dates, numbers)."""

ROWS = [
dict(kind="fix_bug", lang="python",
     instruction="Comparing pixel runs fails with IndexError: list index out of range on the last element. Fix the loop.",
     input='''def count_repeats(values):
    repeats = 0
    for i in range(len(values)):
        if values[i] == values[i + 1]:
            repeats += 1
    return repeats''',
     output=r'''```python
def count_repeats(values):
    return sum(1 for a, b in zip(values, values[1:]) if a == b)

assert count_repeats([1, 1, 2, 2, 2, 3]) == 3
assert count_repeats([]) == 0
assert count_repeats([7]) == 0
```
On the last iteration `i + 1` equals `len(values)`, which is past the end. Pairing each element with its successor via `zip(values, values[1:])` produces exactly `len - 1` pairs and never indexes out of range.'''),

dict(kind="fix_bug", lang="python",
     instruction="This chunker produces overlapping chunks instead of consecutive ones. Find the bug.",
     input='''def chunk(items, size):
    return [items[i:i + size] for i in range(len(items))]''',
     output=r'''```python
def chunk(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]

assert chunk([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
assert chunk([], 3) == []
```
The start index advanced by 1 each time, producing a sliding window. Stepping the range by `size` makes each chunk start where the previous one ended.'''),

dict(kind="fix_bug", lang="python",
     instruction="My 'week starts on Monday' report puts Sundays in the wrong week: I used isoweekday() as an offset. What's wrong?",
     input='''from datetime import date, timedelta

def week_start(d):
    return d - timedelta(days=d.isoweekday())

print(week_start(date(2024, 5, 8)))  # 2024-05-05, a Sunday''',
     output=r'''```python
from datetime import date, timedelta

def week_start(d):
    return d - timedelta(days=d.weekday())   # Monday is 0

assert week_start(date(2024, 5, 8)) == date(2024, 5, 6)    # Wednesday -> Monday
assert week_start(date(2024, 5, 6)) == date(2024, 5, 6)    # Monday stays
assert week_start(date(2024, 5, 12)) == date(2024, 5, 6)   # Sunday -> previous Monday
```
`isoweekday()` numbers Monday as 1 through Sunday as 7, so subtracting it goes back one day too far. `weekday()` numbers Monday as 0, which is exactly the offset from the start of the week.'''),

dict(kind="fix_bug", lang="python",
     instruction="A two-day task reports its duration as 3600 seconds. Why?",
     input='''from datetime import datetime

start = datetime(2024, 1, 1, 8, 0)
end = datetime(2024, 1, 3, 9, 0)
print((end - start).seconds)  # 3600''',
     output=r'''```python
from datetime import datetime

start = datetime(2024, 1, 1, 8, 0)
end = datetime(2024, 1, 3, 9, 0)
delta = end - start
assert delta.total_seconds() == 2 * 86400 + 3600
assert (delta.days, delta.seconds) == (2, 3600)
```
A `timedelta` stores days, seconds and microseconds separately, and `.seconds` is only the seconds part (0 to 86399) after whole days are removed. `total_seconds()` returns the entire duration.'''),

dict(kind="fix_bug", lang="python",
     instruction="Adding 0.1 ten times doesn't equal 1.0 in my meter reading code. Fix the sum.",
     input='''readings = [0.1] * 10
total = 0.0
for r in readings:
    total += r
print(total == 1.0)  # False''',
     output=r'''```python
import math

readings = [0.1] * 10
total = math.fsum(readings)
assert total == 1.0

naive = sum(readings)
assert naive != 1.0 and math.isclose(naive, 1.0)
```
Each addition rounds to the nearest binary float and the errors accumulate, giving 0.9999999999999999. `math.fsum` tracks the lost low-order bits and returns the correctly rounded total; for comparisons in general, prefer `math.isclose`.'''),

dict(kind="fix_bug", lang="python",
     instruction="Decimal(0.1) prints a long ugly number and my totals are off by tiny amounts. Fix it.",
     input='''from decimal import Decimal

price = Decimal(0.1)
print(price * 3)  # 0.3000000000000000166533453694''',
     output=r'''```python
from decimal import Decimal

price = Decimal("0.1")
assert price * 3 == Decimal("0.3")
assert Decimal(0.1) != Decimal("0.1")   # the float was already inexact
```
Passing a float to `Decimal` faithfully converts the float's exact binary value, error included. Construct decimals from strings (or integers) so they represent the intended decimal value exactly.'''),

dict(kind="fix_bug", lang="python",
     instruction="Converting 19.99 euros to cents gives 1998. Why and how do I fix it?",
     input='''def to_cents(amount):
    return int(amount * 100)

print(to_cents(19.99))  # 1998''',
     output=r'''```python
from decimal import Decimal

def to_cents(amount):
    return int((Decimal(str(amount)) * 100).to_integral_value())

assert to_cents(19.99) == 1999
assert to_cents("0.07") == 7
assert to_cents(5) == 500
```
`19.99 * 100` is 1998.9999999999998 in binary floating point, and `int()` truncates toward zero. Converting through `Decimal(str(...))` keeps the intended decimal value; `round(amount * 100)` would also work for typical prices.'''),

dict(kind="fix_bug", lang="python",
     instruction="I expected 'aaaa'.count('aa') to be 3 for my pattern counter, but it gives 2. Fix the function to count overlapping matches.",
     input='''def occurrences(text, pattern):
    return text.count(pattern)''',
     output=r'''```python
def occurrences(text, pattern):
    if not pattern:
        raise ValueError("empty pattern")
    return sum(1 for i in range(len(text) - len(pattern) + 1)
               if text.startswith(pattern, i))

assert occurrences("aaaa", "aa") == 3
assert occurrences("abcabc", "abc") == 2
assert occurrences("ab", "abc") == 0
```
`str.count` counts non-overlapping occurrences, resuming the search after each match. To include overlaps, test every start position with `startswith(pattern, i)`.'''),

dict(kind="fix_bug", lang="python",
     instruction="The leaderboard shows the lowest scores first. Fix the sort.",
     input='''def leaderboard(scores):
    return sorted(scores.items(), key=lambda kv: kv[1])[:3]''',
     output=r'''```python
def leaderboard(scores):
    return sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:3]

scores = {"a": 10, "b": 40, "c": 25, "d": 5}
assert leaderboard(scores) == [("b", 40), ("c", 25), ("a", 10)]
```
`sorted` is ascending by default, so slicing the first three gave the lowest scores. `reverse=True` sorts descending; the sort stays stable, so tied scores keep their original order.'''),

dict(kind="fix_bug", lang="python",
     instruction="I sort employees by department and then by name, but the result is ordered by name only. What's wrong with the order of the two sorts?",
     input='''staff = [("ops", "zed"), ("dev", "amy"), ("ops", "bob"), ("dev", "cat")]
staff.sort(key=lambda s: s[0])   # department
staff.sort(key=lambda s: s[1])   # then name
print(staff)''',
     output=r'''```python
staff = [("ops", "zed"), ("dev", "amy"), ("ops", "bob"), ("dev", "cat")]

by_two_passes = sorted(staff, key=lambda s: s[1])       # secondary key first
by_two_passes.sort(key=lambda s: s[0])                  # primary key last
by_tuple = sorted(staff, key=lambda s: (s[0], s[1]))

expected = [("dev", "amy"), ("dev", "cat"), ("ops", "bob"), ("ops", "zed")]
assert by_two_passes == expected == by_tuple
```
With multiple stable sorts, the last sort determines the primary order, so sort by the secondary key first and the primary key last. Simpler still, sort once with a tuple key.'''),

dict(kind="fix_bug", lang="python",
     instruction="Using heapq to get the biggest job first returns the smallest instead. Fix it.",
     input='''import heapq

jobs = []
for size in (5, 1, 9):
    heapq.heappush(jobs, size)
print(heapq.heappop(jobs))  # 1, wanted 9''',
     output=r'''```python
import heapq

jobs = []
for size in (5, 1, 9):
    heapq.heappush(jobs, -size)   # negate: heapq is a min-heap
assert -heapq.heappop(jobs) == 9
assert -heapq.heappop(jobs) == 5

assert heapq.nlargest(2, [5, 1, 9]) == [9, 5]
```
`heapq` only implements a min-heap, so `heappop` always returns the smallest item. Pushing negated keys turns it into a max-heap; for tuples, negate the priority field.'''),

dict(kind="fix_bug", lang="python",
     instruction="Counting how many scores are at most 70 with bisect is off by the number of scores equal to 70. Fix it.",
     input='''from bisect import bisect_left

def count_at_most(sorted_scores, limit):
    return bisect_left(sorted_scores, limit)

print(count_at_most([50, 70, 70, 90], 70))  # 1, expected 3''',
     output=r'''```python
from bisect import bisect_right

def count_at_most(sorted_scores, limit):
    return bisect_right(sorted_scores, limit)

assert count_at_most([50, 70, 70, 90], 70) == 3
assert count_at_most([50, 70, 70, 90], 10) == 0
assert count_at_most([50, 70, 70, 90], 100) == 4
```
`bisect_left` returns the position before any existing equal values, which counts values strictly less than the limit. `bisect_right` returns the position after them, which is the count of values less than or equal.'''),

dict(kind="fix_bug", lang="python",
     instruction="The rolling average at the start of the series is too small because it divides by the window size before the window is full. Fix it.",
     input='''from collections import deque

def rolling_avg(values, window):
    buf = deque(maxlen=window)
    out = []
    for v in values:
        buf.append(v)
        out.append(sum(buf) / window)
    return out''',
     output=r'''```python
from collections import deque

def rolling_avg(values, window):
    buf = deque(maxlen=window)
    out = []
    for v in values:
        buf.append(v)
        out.append(sum(buf) / len(buf))
    return out

assert rolling_avg([10, 20, 30, 40], 3) == [10.0, 15.0, 20.0, 30.0]
```
Until the deque fills, it holds fewer than `window` values, so dividing by `window` underestimates the mean. Dividing by `len(buf)` averages what is actually in the window.'''),

dict(kind="fix_bug", lang="python",
     instruction="has_admin returns True only when every user is an admin. I wanted True if at least one is. Fix it.",
     input='''def has_admin(users):
    return all(u["role"] == "admin" for u in users)''',
     output=r'''```python
def has_admin(users):
    return any(u["role"] == "admin" for u in users)

users = [{"role": "viewer"}, {"role": "admin"}]
assert has_admin(users)
assert not has_admin([{"role": "viewer"}])
assert not has_admin([])
```
`all` requires every element to satisfy the condition; `any` requires at least one. Note the empty-list behaviour: `any([])` is `False` and `all([])` is `True`.'''),

dict(kind="fix_bug", lang="python",
     instruction="After transposing with zip, assigning to a cell raises TypeError: 'tuple' object does not support item assignment. Fix it.",
     input='''matrix = [[1, 2], [3, 4]]
t = list(zip(*matrix))
t[0][1] = 99''',
     output=r'''```python
matrix = [[1, 2], [3, 4]]
t = [list(col) for col in zip(*matrix)]
t[0][1] = 99
assert t == [[1, 99], [2, 4]]
assert matrix == [[1, 2], [3, 4]]
```
`zip` yields tuples, which are immutable, so the transposed rows cannot be modified. Converting each one to a list gives a mutable matrix.'''),

dict(kind="fix_bug", lang="python",
     instruction="Joining a list of IDs raises TypeError: sequence item 0: expected str instance, int found. Fix it.",
     input='''ids = [101, 102, 103]
print(",".join(ids))''',
     output=r'''```python
ids = [101, 102, 103]
assert ",".join(map(str, ids)) == "101,102,103"
assert ",".join(str(i) for i in []) == ""
```
`str.join` accepts only strings and does not convert other types. Map each element through `str` first.'''),

dict(kind="fix_bug", lang="python",
     instruction="Lines read from a StringIO never equal 'END' even when the text contains it. Why?",
     input='''import io

def read_until_end(stream):
    lines = []
    for line in stream:
        if line == "END":
            break
        lines.append(line)
    return lines

print(read_until_end(io.StringIO("a\\nb\\nEND\\nc\\n")))''',
     output=r'''```python
import io

def read_until_end(stream):
    lines = []
    for line in stream:
        line = line.rstrip("\n")
        if line == "END":
            break
        lines.append(line)
    return lines

assert read_until_end(io.StringIO("a\nb\nEND\nc\n")) == ["a", "b"]
assert read_until_end(io.StringIO("x\n")) == ["x"]
```
Iterating a file or StringIO yields lines with their trailing newline, so the line is "END\n", not "END". Strip the newline before comparing (only the newline, so meaningful trailing spaces survive).'''),

dict(kind="fix_bug", lang="python",
     instruction="Enumerating my dict gives indexes and keys, not keys and values. Fix the loop.",
     input='''stock = {"apple": 3, "pear": 0}
for name, qty in enumerate(stock):
    if qty == 0:
        print("out of", name)''',
     output=r'''```python
stock = {"apple": 3, "pear": 0}
out_of_stock = [name for name, qty in stock.items() if qty == 0]
assert out_of_stock == ["pear"]
```
`enumerate(stock)` pairs a counter with each key, so `name` was the index and `qty` the key. `stock.items()` provides the key-value pairs that were intended.'''),

dict(kind="fix_bug", lang="python",
     instruction="The naive recursive Fibonacci takes forever for n=35. Fix the performance without changing the result.",
     input='''def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)''',
     output=r'''```python
from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

assert fib(35) == 9227465
assert all(fib(n) == fib_iter(n) for n in range(50))
```
The plain recursion recomputes the same subproblems exponentially many times. Memoising with `lru_cache` makes each `fib(k)` computed once (linear time); the iterative version also avoids deep recursion.'''),

dict(kind="fix_bug", lang="python",
     instruction="Sorting a list of Task objects raises TypeError: '<' not supported between instances of 'Task' and 'Task'. Fix the class.",
     input='''class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

tasks = [Task(2, "b"), Task(1, "a")]
tasks.sort()''',
     output=r'''```python
from dataclasses import dataclass

@dataclass(order=True)
class Task:
    priority: int
    name: str

tasks = [Task(2, "b"), Task(1, "a"), Task(1, "0")]
tasks.sort()
assert [t.name for t in tasks] == ["0", "a", "b"]
assert Task(1, "x") < Task(2, "a")
```
`sort` compares elements with `<`, which plain classes don't define. `@dataclass(order=True)` generates comparison methods that compare fields in declaration order (priority, then name). Alternatively, keep the class and call `tasks.sort(key=lambda t: t.priority)`.'''),

dict(kind="fix_bug", lang="python",
     instruction="Defining this dataclass raises ValueError: mutable default <class 'list'> for field items is not allowed. Fix it.",
     input='''from dataclasses import dataclass

@dataclass
class Cart:
    owner: str
    items: list = []''',
     output=r'''```python
from dataclasses import dataclass, field

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

a, b = Cart("ann"), Cart("bob")
a.items.append("pen")
assert b.items == []
```
A mutable default would be shared by every instance, so dataclasses reject it. `field(default_factory=list)` calls `list()` for each new instance, giving every cart its own list.'''),

dict(kind="fix_bug", lang="python",
     instruction="itertools.groupby gives me the same key multiple times. Why isn't it grouping everything?",
     input='''from itertools import groupby

words = ["apple", "bean", "avocado", "beet"]
groups = {k: list(g) for k, g in groupby(words, key=lambda w: w[0])}
print(groups)  # {'a': ['avocado'], 'b': ['beet']}''',
     output=r'''```python
from itertools import groupby

words = ["apple", "bean", "avocado", "beet"]
first = lambda w: w[0]
groups = {k: list(g) for k, g in groupby(sorted(words, key=first), key=first)}
assert groups == {"a": ["apple", "avocado"], "b": ["bean", "beet"]}
```
`groupby` only groups consecutive items with equal keys, like Unix `uniq`. The unsorted input produced four groups, and the dict comprehension kept the last group for each key. Sorting by the same key first puts equal keys next to each other.'''),

dict(kind="fix_bug", lang="python",
     instruction="My integer check rejects negative numbers like '-5'. Fix it.",
     input='''def is_int(text):
    return text.isdigit()

print(is_int("-5"))  # False''',
     output=r'''```python
def is_int(text):
    try:
        int(text)
    except ValueError:
        return False
    return True

assert is_int("-5") and is_int("42") and is_int(" +7 ")
assert not is_int("3.5") and not is_int("") and not is_int("abc")
```
`str.isdigit` is true only if every character is a digit, so a sign fails it (and it accepts odd digits like superscripts that `int` rejects). Letting `int()` try the conversion tests exactly what you need.'''),

dict(kind="fix_bug", lang="python",
     instruction="The search is supposed to stop completely once a match is found, but it keeps going through the outer loop. Fix it.",
     input='''def find_pair(grid, target):
    found = None
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                found = (r, c)
                break
    return found''',
     output=r'''```python
def find_first(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                return r, c   # return exits both loops at once
    return None

grid = [[1, 7], [7, 3]]
assert find_first(grid, 7) == (0, 1)
assert find_first(grid, 9) is None
```
`break` only leaves the innermost loop, so the outer loop continued and a later match in another row overwrote `found` (here giving (1, 0)). Putting the search in a function and returning on the first match exits all loops immediately.'''),

dict(kind="fix_bug", lang="python",
     instruction="This prints 'not found' even when the item is in the list. What does the for/else actually do?",
     input='''def report(items, target):
    for item in items:
        if item == target:
            print("found")
    else:
        print("not found")''',
     output=r'''```python
def report(items, target):
    for item in items:
        if item == target:
            result = "found"
            break
    else:
        result = "not found"   # runs only if the loop was not broken
    return result

assert report([1, 2, 3], 2) == "found"
assert report([1, 2, 3], 9) == "not found"
```
The `else` of a `for` loop runs when the loop finishes without `break`, not when the `if` is false. Without a `break` it always ran. Adding `break` on success gives the intended "search, else not found" behaviour.'''),

dict(kind="fix_bug", lang="python",
     instruction="This loop never terminates. Find the bug.",
     input='''def countdown(n):
    out = []
    while n > 0:
        out.append(n)
    n -= 1
    return out''',
     output=r'''```python
def countdown(n):
    out = []
    while n > 0:
        out.append(n)
        n -= 1
    return out

assert countdown(3) == [3, 2, 1]
assert countdown(0) == []
```
The decrement was indented at the function level, so it ran after the loop rather than inside it; `n` never changed and the condition stayed true. Indentation is syntax in Python, so moving the line into the loop body fixes it.'''),

dict(kind="fix_bug", lang="python",
     instruction="os.path.join('/srv/app', user_path) returns '/etc/passwd' when user_path is '/etc/passwd'. Fix the function so the path stays inside the base directory.",
     input='''import os

def resolve(base, user_path):
    return os.path.join(base, user_path)''',
     output=r'''```python
import posixpath

def resolve(base, user_path):
    candidate = posixpath.normpath(posixpath.join(base, user_path.lstrip("/")))
    if candidate != base and not candidate.startswith(base.rstrip("/") + "/"):
        raise ValueError(f"path escapes base directory: {user_path!r}")
    return candidate

assert resolve("/srv/app", "/etc/passwd") == "/srv/app/etc/passwd"
assert resolve("/srv/app", "static/a.css") == "/srv/app/static/a.css"
try:
    resolve("/srv/app", "../../etc/passwd")
except ValueError:
    pass
else:
    raise AssertionError("traversal not caught")
```
`os.path.join` discards everything before an absolute component, so an absolute user path replaces the base. Stripping leading slashes, normalising `..` segments and checking the result is still under the base blocks both absolute paths and directory traversal. (The example uses `posixpath` so it behaves the same on every OS.)'''),

dict(kind="fix_bug", lang="python",
     instruction="json.dumps raises TypeError: Object of type set is not JSON serializable. Fix the export.",
     input='''import json

report = {"user": "ann", "tags": {"b", "a"}}
print(json.dumps(report))''',
     output=r'''```python
import json

def to_json(data):
    def convert(obj):
        if isinstance(obj, (set, frozenset)):
            return sorted(obj)
        raise TypeError(f"{type(obj).__name__} is not JSON serializable")
    return json.dumps(data, default=convert)

report = {"user": "ann", "tags": {"b", "a"}}
assert to_json(report) == '{"user": "ann", "tags": ["a", "b"]}'
```
JSON has no set type, so the encoder refuses it. A `default` hook converts sets to sorted lists (sorted for stable output) and still raises for anything else unknown.'''),

dict(kind="fix_bug", lang="python",
     instruction="Flattening a list of lists with sum() raises TypeError: unsupported operand type(s) for +: 'int' and 'list'. Fix it.",
     input='''batches = [[1, 2], [3], [4, 5]]
flat = sum(batches)''',
     output=r'''```python
from itertools import chain

batches = [[1, 2], [3], [4, 5]]
flat = list(chain.from_iterable(batches))
assert flat == [1, 2, 3, 4, 5]
assert [x for batch in batches for x in batch] == flat
```
`sum` starts from 0, and `0 + [1, 2]` is an error. `sum(batches, [])` would work but is quadratic; `itertools.chain.from_iterable` or a nested comprehension flattens in linear time.'''),

dict(kind="fix_bug", lang="python",
     instruction="Checking whether an event is before a deadline raises TypeError: can't compare datetime.datetime to datetime.date. Fix it.",
     input='''from datetime import date, datetime

deadline = date(2024, 6, 1)
submitted = datetime(2024, 5, 31, 23, 59)
print(submitted < deadline)''',
     output=r'''```python
from datetime import date, datetime

def on_time(submitted, deadline):
    # The deadline day counts in full: compare calendar dates.
    return submitted.date() <= deadline

assert on_time(datetime(2024, 5, 31, 23, 59), date(2024, 6, 1))
assert on_time(datetime(2024, 6, 1, 18, 0), date(2024, 6, 1))
assert not on_time(datetime(2024, 6, 2, 0, 1), date(2024, 6, 1))
```
Although `datetime` subclasses `date`, Python refuses to order a datetime against a plain date because it is ambiguous what time the date means. Converting explicitly, here with `.date()`, makes the rule clear.'''),

dict(kind="fix_bug", lang="python",
     instruction="Sorting records by an optional 'due' field crashes with TypeError: '<' not supported between instances of 'NoneType' and 'int'. Fix it so undated items go last.",
     input='''tasks = [{"id": 1, "due": 5}, {"id": 2, "due": None}, {"id": 3, "due": 2}]
tasks.sort(key=lambda t: t["due"])''',
     output=r'''```python
tasks = [{"id": 1, "due": 5}, {"id": 2, "due": None}, {"id": 3, "due": 2}]
tasks.sort(key=lambda t: (t["due"] is None, t["due"] or 0))
assert [t["id"] for t in tasks] == [3, 1, 2]
```
`None` cannot be compared with numbers in Python 3. A tuple key whose first element is `t["due"] is None` puts dated items (False) before undated ones (True), and the second element never compares `None` with an int.'''),

dict(kind="fix_bug", lang="python",
     instruction="Using dict.fromkeys to initialise empty lists makes every key share the same list. Fix it.",
     input='''rooms = dict.fromkeys(["a", "b"], [])
rooms["a"].append("ann")
print(rooms)  # {'a': ['ann'], 'b': ['ann']}''',
     output=r'''```python
rooms = {name: [] for name in ["a", "b"]}
rooms["a"].append("ann")
assert rooms == {"a": ["ann"], "b": []}
```
`dict.fromkeys` uses the same value object for every key, so all keys point to one list. A dict comprehension evaluates `[]` separately for each key.'''),

dict(kind="fix_bug", lang="python",
     instruction="re.findall returns only the area codes instead of the full phone numbers. Why?",
     input='''import re

text = "call 555-1234 or 555-9876"
print(re.findall(r"(555)-\\d{4}", text))  # ['555', '555']''',
     output=r'''```python
import re

text = "call 555-1234 or 555-9876"
assert re.findall(r"(?:555)-\d{4}", text) == ["555-1234", "555-9876"]
assert [m.group(0) for m in re.finditer(r"(555)-\d{4}", text)] == ["555-1234", "555-9876"]
```
When a pattern contains capturing groups, `findall` returns the groups rather than the whole match. Use a non-capturing group `(?:...)`, or `finditer` and `group(0)` when you need both.'''),

dict(kind="fix_bug", lang="python",
     instruction="Formatting a template that contains CSS braces raises KeyError: ' color'. Fix it.",
     input='''template = "<style>p { color: red }</style><p>{text}</p>"
print(template.format(text="hi"))''',
     output=r'''```python
template = "<style>p {{ color: red }}</style><p>{text}</p>"
assert template.format(text="hi") == "<style>p { color: red }</style><p>hi</p>"

from string import Template
t = Template("<style>p { color: red }</style><p>$text</p>")
assert t.substitute(text="hi") == "<style>p { color: red }</style><p>hi</p>"
```
`str.format` treats every `{...}` as a placeholder, so the CSS block was read as a field named " color: red ". Literal braces must be doubled (`{{` and `}}`), or use `string.Template`, whose `$name` syntax leaves braces alone.'''),

dict(kind="fix_bug", lang="python",
     instruction="This function raises UnboundLocalError when the discount code is unknown. Fix it.",
     input='''def discount_for(code):
    if code == "VIP":
        rate = 0.2
    elif code == "STAFF":
        rate = 0.3
    return rate''',
     output=r'''```python
RATES = {"VIP": 0.2, "STAFF": 0.3}

def discount_for(code):
    return RATES.get(code, 0.0)

assert discount_for("VIP") == 0.2
assert discount_for("STAFF") == 0.3
assert discount_for("NOPE") == 0.0
```
When neither branch runs, `rate` is never assigned, so `return rate` fails. A lookup table with a default covers every code and removes the branching entirely.'''),

dict(kind="fix_bug", lang="python",
     instruction="Each Visitor is supposed to increment a shared class-level total, but Visitor.total stays 0. Why?",
     input='''class Visitor:
    total = 0

    def __init__(self):
        self.total += 1

Visitor(); Visitor()
print(Visitor.total)  # 0''',
     output=r'''```python
class Visitor:
    total = 0

    def __init__(self):
        type(self).total += 1

Visitor(); Visitor()
assert Visitor.total == 2
```
`self.total += 1` reads the class attribute but writes a new instance attribute, shadowing the class value on that object only. Assigning through the class (`type(self).total` or `Visitor.total`) updates the shared counter.'''),

dict(kind="fix_bug", lang="python",
     instruction="Constructing this object fails with TypeError: __init__() should return None, not 'Config'. Fix it.",
     input='''class Config:
    def __init__(self, path):
        self.path = path
        return self''',
     output=r'''```python
class Config:
    def __init__(self, path):
        self.path = path

    @classmethod
    def default(cls):
        return cls("settings.ini")   # alternative constructors return new objects

assert Config("a.ini").path == "a.ini"
assert Config.default().path == "settings.ini"
```
`__init__` initialises an already-created object and must return `None`; the constructor call returns the object automatically. If you want a factory that returns an instance, use a `@classmethod`.'''),

dict(kind="fix_bug", lang="python",
     instruction="The binary search returns -1 for a target that is the only remaining element. Find the off-by-one.",
     input='''def search(items, target):
    lo, hi = 0, len(items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

print(search([1, 3, 5], 5))  # -1''',
     output=r'''```python
def search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

data = [1, 3, 5]
assert [search(data, x) for x in data] == [0, 1, 2]
assert search(data, 4) == -1
assert search([], 1) == -1
```
With an inclusive `hi`, the range still contains one candidate when `lo == hi`, but `while lo < hi` stopped before checking it. The loop condition must be `lo <= hi` to match the inclusive bounds.'''),

dict(kind="fix_bug", lang="python",
     instruction="math.isclose(x, 0.0) returns False for x = 1e-12. Why, and how should I check for 'almost zero'?",
     input='''import math

residual = 1e-12
print(math.isclose(residual, 0.0))  # False''',
     output=r'''```python
import math

residual = 1e-12
assert math.isclose(residual, 0.0, abs_tol=1e-9)
assert not math.isclose(1e-6, 0.0, abs_tol=1e-9)
assert math.isclose(1000.0, 1000.0000001)   # rel_tol works for large values
```
`isclose` defaults to a relative tolerance only, scaled by the larger magnitude; when one value is 0 that tolerance is 0, so only exact zero matches. Comparisons near zero need an explicit `abs_tol`.'''),

dict(kind="fix_bug", lang="python",
     instruction="Sorting names puts all capitalised names before lowercase ones ('Zoe' before 'adam'). Fix the ordering.",
     input='''names = ["adam", "Zoe", "bea", "Carl"]
print(sorted(names))  # ['Carl', 'Zoe', 'adam', 'bea']''',
     output=r'''```python
names = ["adam", "Zoe", "bea", "Carl"]
assert sorted(names, key=str.casefold) == ["adam", "bea", "Carl", "Zoe"]
```
Default string ordering compares code points, and all uppercase ASCII letters come before lowercase ones. Sorting with `key=str.casefold` compares case-insensitively (casefold also handles cases like German ß better than `lower`).'''),

dict(kind="fix_bug", lang="python",
     instruction="Flattening nested lists crashes with RecursionError when the data contains strings. Fix it.",
     input='''def flatten(items):
    out = []
    for x in items:
        if hasattr(x, "__iter__"):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

flatten([1, ["ab", [2]]])''',
     output=r'''```python
def flatten(items):
    out = []
    for x in items:
        if isinstance(x, (str, bytes)) or not hasattr(x, "__iter__"):
            out.append(x)
        else:
            out.extend(flatten(x))
    return out

assert flatten([1, ["ab", [2]]]) == [1, "ab", 2]
assert flatten([(1, 2), {3}]) == [1, 2, 3]
```
Strings are iterable, and each character is itself a one-character string, which is iterable again, so recursion never bottoms out. Treat `str` and `bytes` as atoms before checking for iterability.'''),

dict(kind="fix_bug", lang="python",
     instruction="Using a list as a dictionary key for a coordinate cache raises TypeError: unhashable type: 'list'. Fix it.",
     input='''visited = {}
pos = [2, 3]
visited[pos] = True''',
     output=r'''```python
visited = {}
pos = [2, 3]
visited[tuple(pos)] = True
assert visited[(2, 3)] is True
assert (2, 3) in visited
```
Dict keys must be hashable, and lists are mutable, so they aren't. A tuple holds the same coordinates immutably and can be used as a key (or as a set element).'''),

dict(kind="fix_bug", lang="python",
     instruction="Calling median() reorders the caller's list. Fix it without changing the result.",
     input='''def median(values):
    values.sort()
    mid = len(values) // 2
    if len(values) % 2:
        return values[mid]
    return (values[mid - 1] + values[mid]) / 2''',
     output=r'''```python
def median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2

data = [9, 1, 5, 3]
assert median(data) == 4.0
assert data == [9, 1, 5, 3]   # caller's data untouched
assert median([7, 2, 4]) == 4
```
`list.sort()` sorts in place, so the function had a hidden side effect on its argument. `sorted()` works on a copy, and the function also starts accepting tuples and other iterables.'''),
]

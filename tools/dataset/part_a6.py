"""Writer A, part 6: fix_bug rows (logic, data handling, classes)."""

ROWS = [
dict(kind="fix_bug", lang="python",
     instruction="average([]) crashes with ZeroDivisionError. Make it return None for empty input.",
     input='''def average(values):
    return sum(values) / len(values)''',
     output=r'''```python
def average(values):
    values = list(values)   # also accept generators, which have no len()
    if not values:
        return None
    return sum(values) / len(values)

assert average([2, 4]) == 3
assert average([]) is None
assert average(x for x in (1, 2, 3)) == 2
```
An empty list has length 0, so the division fails. Guarding the empty case makes the contract explicit; converting to a list first also lets the function accept generators.'''),

dict(kind="fix_bug", lang="python",
     instruction="After naming a variable `list`, calling list() later fails with TypeError: 'list' object is not callable. Explain and fix.",
     input='''list = [3, 1, 2]
ordered = sorted(list)
unique = list(set(ordered))''',
     output=r'''```python
numbers = [3, 1, 2]
ordered = sorted(numbers)
unique = list(set(ordered))
assert sorted(unique) == [1, 2, 3]
```
Assigning to `list` shadows the built-in type within that scope, so `list(...)` tries to call the list object. Rename the variable; linters flag this as "redefined builtin". (In an interactive session, `del list` restores access.)'''),

dict(kind="fix_bug", lang="python",
     instruction="My counter closure raises UnboundLocalError on the first call. What's missing?",
     input='''def make_counter():
    count = 0
    def increment():
        count += 1
        return count
    return increment''',
     output=r'''```python
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = make_counter()
assert [c(), c(), c()] == [1, 2, 3]
other = make_counter()
assert other() == 1   # independent state per counter
```
`count += 1` assigns to `count`, which makes it local to `increment`, and the local has no value yet. `nonlocal count` tells Python to rebind the variable in the enclosing function instead.'''),

dict(kind="fix_bug", lang="python",
     instruction="Setting the property causes RecursionError: maximum recursion depth exceeded. Fix the class.",
     input='''class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def balance(self):
        return self.balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self.balance = value''',
     output=r'''```python
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

acct = Account(10)
acct.balance = 25
assert acct.balance == 25
try:
    acct.balance = -1
except ValueError:
    pass
assert acct.balance == 25
```
Inside the getter and setter, `self.balance` refers to the property itself, so each access calls the property again forever. Store the real value under a different attribute, conventionally `_balance`.'''),

dict(kind="fix_bug", lang="python",
     instruction="Creating a Manager raises AttributeError: 'Manager' object has no attribute 'name'. Why?",
     input='''class Employee:
    def __init__(self, name):
        self.name = name

class Manager(Employee):
    def __init__(self, name, reports):
        self.reports = reports

    def summary(self):
        return f"{self.name} manages {len(self.reports)}"''',
     output=r'''```python
class Employee:
    def __init__(self, name):
        self.name = name

class Manager(Employee):
    def __init__(self, name, reports):
        super().__init__(name)
        self.reports = reports

    def summary(self):
        return f"{self.name} manages {len(self.reports)}"

m = Manager("Grace", ["a", "b"])
assert m.summary() == "Grace manages 2"
```
Overriding `__init__` replaces the parent's initialiser entirely, so `Employee.__init__` never ran and `name` was never set. Call `super().__init__(name)` from the subclass.'''),

dict(kind="fix_bug", lang="python",
     instruction="My class ignores the constructor arguments: Point(1, 2).x raises AttributeError. Spot the bug.",
     input='''class Point:
    def __int__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)''',
     output=r'''```python
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
assert (p.x, p.y) == (1, 2)
```
The method was named `__int__` (the integer-conversion hook) instead of `__init__`, so Python used `object.__init__`. In fact `Point(1, 2)` then raises `TypeError: Point() takes no arguments`. Fixing the name restores normal construction.'''),

dict(kind="fix_bug", lang="python",
     instruction="Iterating over my Countdown object works once, but a second for-loop yields nothing. Fix it so it can be iterated repeatedly.",
     input='''class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1''',
     output=r'''```python
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        # A fresh generator per loop keeps iteration state out of the object.
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
assert list(c) == [3, 2, 1]
assert list(c) == [3, 2, 1]
```
The object was its own iterator, so its state was used up after the first loop. Making `__iter__` a generator function returns a new iterator each time, turning the class into a reusable iterable.'''),

dict(kind="fix_bug", lang="python",
     instruction="Merging two sorted lists drops elements at the end. Find the bug.",
     input='''def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out''',
     output=r'''```python
def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    out.extend(a[i:])   # at most one of these is non-empty
    out.extend(b[j:])
    return out

assert merge([1, 5, 9], [2, 3]) == [1, 2, 3, 5, 9]
assert merge([], [4]) == [4]
```
The loop ends as soon as either list is exhausted, leaving the tail of the other list unprocessed. Appending both remaining slices fixes it; since they are already sorted no further comparison is needed.'''),

dict(kind="fix_bug", lang="python",
     instruction="This interval merger gives wrong results for unsorted input like [[5,6],[1,5]]. What's missing?",
     input='''def merge_intervals(intervals):
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged''',
     output=r'''```python
def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged

assert merge_intervals([[5, 6], [1, 5]]) == [[1, 6]]
assert merge_intervals([[8, 9], [1, 2], [2, 3]]) == [[1, 3], [8, 9]]
```
The single-pass merge only works if intervals arrive ordered by start, because it compares each interval with the last merged one only. Sorting first guarantees that any overlap is with the previous interval.'''),

dict(kind="fix_bug", lang="python",
     instruction="My 'BFS' returns a path that is not the shortest. Find the bug.",
     input='''def path(graph, start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        route = frontier.pop()
        if route[-1] == goal:
            return route
        for nxt in graph[route[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(route + [nxt])''',
     output=r'''```python
from collections import deque

def path(graph, start, goal):
    frontier = deque([[start]])
    seen = {start}
    while frontier:
        route = frontier.popleft()
        if route[-1] == goal:
            return route
        for nxt in graph[route[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(route + [nxt])
    return None

g = {"a": ["b", "d"], "b": ["c"], "c": ["e"], "d": ["e"], "e": []}
assert path(g, "a", "e") == ["a", "d", "e"]
assert path(g, "e", "a") is None
```
`list.pop()` removes the newest entry, which makes the search depth-first, so it returns whatever route it explores first. BFS needs a FIFO queue: `deque.popleft()` processes routes in order of length, so the first one to reach the goal is shortest.'''),

dict(kind="fix_bug", lang="python",
     instruction="The two-sum function returns (1, 1) for target 10 with [3, 5, 7] even though 5 is only present once. Fix it.",
     input='''def two_sum(nums, target):
    index = {n: i for i, n in enumerate(nums)}
    for i, n in enumerate(nums):
        if target - n in index:
            return i, index[target - n]
    return None''',
     output=r'''```python
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i   # only earlier elements can be partners
    return None

assert two_sum([3, 5, 7], 10) == (0, 2)
assert two_sum([5, 5], 10) == (0, 1)
assert two_sum([5], 10) is None
```
Building the whole index first lets an element find itself as its own complement (5 + 5). Looking up only elements seen earlier, and inserting the current one afterwards, guarantees two distinct positions.'''),

dict(kind="fix_bug", lang="python",
     instruction="largest([-5, -2, -9]) returns 0. What's wrong?",
     input='''def largest(nums):
    best = 0
    for n in nums:
        if n > best:
            best = n
    return best''',
     output=r'''```python
def largest(nums):
    if not nums:
        raise ValueError("largest() of empty list")
    best = nums[0]
    for n in nums[1:]:
        if n > best:
            best = n
    return best

assert largest([-5, -2, -9]) == -2
assert largest([4]) == 4
assert largest([-5, -2, -9]) == max([-5, -2, -9])
```
Starting from 0 assumes the answer is at least 0, which is false for all-negative input. Initialise with the first element (and decide what an empty list means); the built-in `max` does exactly this.'''),

dict(kind="fix_bug", lang="python",
     instruction="The percentage always comes out as 0. Why?",
     input='''def percent_done(done, total):
    return done // total * 100

print(percent_done(3, 4))  # 0''',
     output=r'''```python
def percent_done(done, total):
    if total == 0:
        return 0.0
    return done / total * 100

assert percent_done(3, 4) == 75.0
assert percent_done(0, 0) == 0.0
assert round(percent_done(1, 3), 1) == 33.3
```
`//` is floor division, so `3 // 4` is 0 before the multiplication happens. True division `/` keeps the fraction; alternatively compute `done * 100 // total` if an integer percentage is wanted.'''),

dict(kind="fix_bug", lang="python",
     instruction="The greeting prints the braces literally: 'Hello, {name}!'. Fix it.",
     input='''def greet(name):
    return "Hello, {name}!"''',
     output=r'''```python
def greet(name):
    return f"Hello, {name}!"

assert greet("Lin") == "Hello, Lin!"
```
Without the `f` prefix the string is an ordinary literal and `{name}` is not interpolated. Adding `f` makes it an f-string (or use `"Hello, {}!".format(name)`).'''),

dict(kind="fix_bug", lang="python",
     instruction="Every log entry gets the same timestamp, the time the module was imported. Why?",
     input='''from datetime import datetime

def log(message, when=datetime.now()):
    return f"{when.isoformat()} {message}"''',
     output=r'''```python
from datetime import datetime

def log(message, when=None):
    if when is None:
        when = datetime.now()
    return f"{when.isoformat()} {message}"

fixed = datetime(2024, 1, 1, 12, 0)
assert log("boot", when=fixed) == "2024-01-01T12:00:00 boot"
assert log("tick").endswith(" tick")
```
Default argument values are evaluated once, when the function is defined, so `datetime.now()` ran a single time at import. Use `None` as the default and compute the time inside the function on each call.'''),

dict(kind="fix_bug", lang="python",
     instruction="Removing a banned word from the list only removes its first occurrence. Fix it.",
     input='''def censor(words, banned):
    words.remove(banned)
    return words

print(censor(["ok", "bad", "fine", "bad"], "bad"))  # ['ok', 'fine', 'bad']''',
     output=r'''```python
def censor(words, banned):
    return [w for w in words if w != banned]

assert censor(["ok", "bad", "fine", "bad"], "bad") == ["ok", "fine"]
assert censor(["ok"], "bad") == ["ok"]   # no ValueError when absent
```
`list.remove` deletes only the first matching element and raises `ValueError` if there is none. A comprehension filters out every occurrence and handles the absent case naturally.'''),

dict(kind="fix_bug", lang="python",
     instruction="Appending to a group via dict.get doesn't store anything. Why are my groups empty?",
     input='''def group_by_initial(names):
    groups = {}
    for name in names:
        groups.get(name[0], []).append(name)
    return groups

print(group_by_initial(["ann", "amy", "bob"]))  # {}''',
     output=r'''```python
def group_by_initial(names):
    groups = {}
    for name in names:
        groups.setdefault(name[0], []).append(name)
    return groups

assert group_by_initial(["ann", "amy", "bob"]) == {"a": ["ann", "amy"], "b": ["bob"]}
```
`dict.get` returns the default list but never inserts it into the dict, so each append went to a temporary list that was discarded. `setdefault` inserts the default when the key is missing and returns the stored list; `defaultdict(list)` is another option.'''),

dict(kind="fix_bug", lang="python",
     instruction="max(scores) gives me the name 'zoe' instead of the highest score's owner. Fix it.",
     input='''scores = {"ann": 91, "bob": 78, "zoe": 64}
best = max(scores)
print(best)  # 'zoe' ''',
     output=r'''```python
scores = {"ann": 91, "bob": 78, "zoe": 64}
best = max(scores, key=scores.get)
assert best == "ann"
assert max(scores.items(), key=lambda kv: kv[1]) == ("ann", 91)
```
Iterating a dict yields its keys, so `max(scores)` compared names alphabetically. Passing `key=scores.get` compares by value while still returning the key.'''),

dict(kind="fix_bug", lang="python",
     instruction="A test comparing output of this function is flaky across runs. Why, and how to fix?",
     input='''def unique_tags(posts):
    tags = set()
    for post in posts:
        tags.update(post["tags"])
    return list(tags)''',
     output=r'''```python
def unique_tags(posts):
    tags = set()
    for post in posts:
        tags.update(post["tags"])
    return sorted(tags)

posts = [{"tags": ["py", "web"]}, {"tags": ["data", "py"]}]
assert unique_tags(posts) == ["data", "py", "web"]
```
Sets have no defined order, and for strings the iteration order can change between runs because string hashing is randomised per process. Returning `sorted(tags)` makes the output deterministic (use `dict.fromkeys` if first-seen order is preferred).'''),

dict(kind="fix_bug", lang="python",
     instruction="Looping over a dict to print keys and values raises ValueError: too many values to unpack. Fix it.",
     input='''prices = {"tea": 3, "cake": 4}
for item, price in prices:
    print(item, price)''',
     output=r'''```python
prices = {"tea": 3, "cake": 4}
lines = [f"{item} {price}" for item, price in prices.items()]
assert lines == ["tea 3", "cake 4"]
```
Iterating a dict directly yields only keys, so Python tried to unpack the string "tea" into two names. `dict.items()` yields `(key, value)` pairs that unpack cleanly.'''),

dict(kind="fix_bug", lang="python",
     instruction="is_even(4) returns False. What's the precedence issue?",
     input='''def is_even(n):
    return n & 1 == 0''',
     output=r'''```python
def is_even(n):
    return (n & 1) == 0

assert is_even(4) and is_even(0) and is_even(-2)
assert not is_even(7)
```
Comparison operators bind more loosely than arithmetic but `&` binds more loosely than `==`, so the expression was `n & (1 == 0)`, which is `n & False`, i.e. 0. Parenthesise the bitwise part, or simply use `n % 2 == 0`.'''),

dict(kind="fix_bug", lang="python",
     instruction="My midpoint index is wrong for negative ranges: int(-7 / 2) gives -3 but I expected -4. Explain and fix.",
     input='''def floor_half(n):
    return int(n / 2)

print(floor_half(-7))  # -3''',
     output=r'''```python
def floor_half(n):
    return n // 2

assert floor_half(-7) == -4
assert floor_half(7) == 3
assert floor_half(-8) == -4
```
`int()` truncates toward zero, while `//` floors toward negative infinity; they differ for negative odd numbers. Floor division also avoids going through a float, which loses precision for very large integers.'''),

dict(kind="fix_bug", lang="python",
     instruction="sum_to(5) should be 1+2+3+4+5 = 15 but it returns 10. Fix it.",
     input='''def sum_to(n):
    return sum(range(1, n))''',
     output=r'''```python
def sum_to(n):
    return sum(range(1, n + 1))

assert sum_to(5) == 15
assert sum_to(1) == 1
assert all(sum_to(n) == n * (n + 1) // 2 for n in range(50))
```
`range(1, n)` stops before `n`, so the last term was missing. Use `range(1, n + 1)`; the closed form `n * (n + 1) // 2` gives the same answer without a loop.'''),

dict(kind="fix_bug", lang="python",
     instruction="Sorting version strings puts '1.10' before '1.9'. How do I sort them properly?",
     input='''versions = ["1.9", "1.10", "1.2"]
print(sorted(versions))  # ['1.10', '1.2', '1.9']''',
     output=r'''```python
def version_key(v):
    return tuple(int(part) for part in v.split("."))

versions = ["1.9", "1.10", "1.2", "1.9.1"]
assert sorted(versions, key=version_key) == ["1.2", "1.9", "1.9.1", "1.10"]
```
Strings compare character by character, and "1" < "9", so "1.10" sorts first. Converting each dotted part to an integer and comparing tuples orders them numerically, and shorter prefixes sort before their extensions.'''),

dict(kind="fix_bug", lang="python",
     instruction="The function returns 'cleanup' instead of the computed value. Why?",
     input='''def compute():
    try:
        return 42
    finally:
        return "cleanup"''',
     output=r'''```python
log = []

def compute():
    try:
        return 42
    finally:
        log.append("cleanup")   # side effects only, no return

assert compute() == 42
assert log == ["cleanup"]
```
A `return` inside `finally` overrides the `return` from the `try` block (and would even swallow an exception). `finally` should only do cleanup; let the value from `try` propagate.'''),

dict(kind="fix_bug", lang="python",
     instruction="After the except block, printing the exception gives NameError: name 'err' is not defined. Why?",
     input='''def parse(text):
    try:
        return int(text)
    except ValueError as err:
        pass
    print("failed:", err)''',
     output=r'''```python
def parse(text):
    error = None
    try:
        return int(text), None
    except ValueError as err:
        error = str(err)   # keep what we need; err is deleted after the block
    return None, error

assert parse("12") == (12, None)
value, error = parse("x")
assert value is None and "invalid literal" in error
```
Python deletes the `as` name at the end of the `except` block to avoid reference cycles through the traceback. Copy whatever you need into another variable inside the block.'''),

dict(kind="fix_bug", lang="python",
     instruction="This assert never fails even when the values differ. Why?",
     input='''def check(a, b):
    assert(a == b, "values differ")

check(1, 2)  # passes silently''',
     output=r'''```python
def check(a, b):
    assert a == b, "values differ"

check(1, 1)
try:
    check(1, 2)
except AssertionError as exc:
    assert str(exc) == "values differ"
else:
    raise RuntimeError("assert should have failed")
```
`assert` is a statement, not a function. The parentheses build a two-element tuple, and a non-empty tuple is always truthy, so the assertion can never fail. Write `assert condition, message` without parentheses.'''),

dict(kind="fix_bug", lang="python",
     instruction="Every order is treated as valid even when the total is negative. What's wrong?",
     input='''class Order:
    def __init__(self, total):
        self.total = total

    def is_valid(self):
        return self.total >= 0

def accept(order):
    if order.is_valid:
        return "accepted"
    return "rejected"''',
     output=r'''```python
class Order:
    def __init__(self, total):
        self.total = total

    def is_valid(self):
        return self.total >= 0

def accept(order):
    if order.is_valid():
        return "accepted"
    return "rejected"

assert accept(Order(10)) == "accepted"
assert accept(Order(-5)) == "rejected"
```
`order.is_valid` without parentheses is the bound method object, which is always truthy. It must be called: `order.is_valid()`. (Making it a `@property` is an alternative if attribute syntax is preferred.)'''),

dict(kind="fix_bug", lang="python",
     instruction="Changing the copy's nested settings also changes the original. Fix it.",
     input='''import copy

defaults = {"db": {"host": "localhost"}, "debug": False}
local = copy.copy(defaults)
local["db"]["host"] = "test-db"
print(defaults["db"]["host"])  # test-db''',
     output=r'''```python
import copy

defaults = {"db": {"host": "localhost"}, "debug": False}
local = copy.deepcopy(defaults)
local["db"]["host"] = "test-db"
assert defaults["db"]["host"] == "localhost"
assert local["db"]["host"] == "test-db"
```
`copy.copy` is shallow: the new dict holds references to the same inner dicts. `copy.deepcopy` recursively copies nested containers, so changes to the copy can't reach the original.'''),

dict(kind="fix_bug", lang="python",
     instruction="The date-swap regex puts literal '\\x02' characters in the output. Fix the replacement.",
     input='''import re

print(re.sub(r"(\\d+)/(\\d+)", "\\2/\\1", "5/12"))''',
     output=r'''```python
import re

assert re.sub(r"(\d+)/(\d+)", r"\2/\1", "5/12") == "12/5"
assert re.sub(r"(?P<a>\d+)/(?P<b>\d+)", r"\g<b>/\g<a>", "5/12") == "12/5"
```
In a normal string `"\2"` is an octal escape for the character with code 2, so the regex engine never sees a backreference. Use a raw string for the replacement too, or named groups with `\g<name>` for clarity.'''),

dict(kind="fix_bug", lang="python",
     instruction="Splitting an empty tag string gives [''] so my code thinks there is one tag. Fix it.",
     input='''def parse_tags(text):
    return [t.strip() for t in text.split(",")]

print(parse_tags(""))  # ['']''',
     output=r'''```python
def parse_tags(text):
    return [t.strip() for t in text.split(",") if t.strip()]

assert parse_tags("") == []
assert parse_tags("a, b,,c ,") == ["a", "b", "c"]
```
`"".split(",")` returns `[""]` because splitting always yields at least one piece. Filtering out blank pieces handles the empty string and stray commas in one go.'''),

dict(kind="fix_bug", lang="python",
     instruction="A config value of 'False' is treated as True. Why?",
     input='''def read_flag(env):
    return bool(env.get("FEATURE_X", "False"))

print(read_flag({"FEATURE_X": "False"}))  # True''',
     output=r'''```python
def read_flag(env, name="FEATURE_X", default=False):
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"{name} must be a boolean, got {raw!r}")

assert read_flag({"FEATURE_X": "False"}) is False
assert read_flag({"FEATURE_X": "yes"}) is True
assert read_flag({}) is False
```
`bool()` of any non-empty string is `True`, including the text "False". Environment values are strings and must be parsed explicitly against known true/false spellings; unexpected values raise instead of guessing.'''),

dict(kind="fix_bug", lang="python",
     instruction="After `a = b = []`, appending to a also changes b. Explain and fix.",
     input='''evens = odds = []
for n in range(5):
    (evens if n % 2 == 0 else odds).append(n)
print(evens, odds)  # [0, 1, 2, 3, 4] [0, 1, 2, 3, 4]''',
     output=r'''```python
evens, odds = [], []
for n in range(5):
    (evens if n % 2 == 0 else odds).append(n)
assert evens == [0, 2, 4]
assert odds == [1, 3]
```
Chained assignment binds both names to the same list object, so there was only one list. Creating two separate lists (here with tuple assignment) gives each name its own object.'''),

dict(kind="fix_bug", lang="python",
     instruction="load_rows() returns a generator object instead of the list I expect, and the error case never raises. Why?",
     input='''def load_rows(lines):
    if not lines:
        raise ValueError("no data")
    rows = [line.split(",") for line in lines]
    yield from rows''',
     output=r'''```python
def load_rows(lines):
    if not lines:
        raise ValueError("no data")
    return [line.split(",") for line in lines]

assert load_rows(["a,b", "c,d"]) == [["a", "b"], ["c", "d"]]
try:
    load_rows([])
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
```
Any `yield` in a function body turns it into a generator function: calling it only creates a generator, and the body, including the `raise`, doesn't run until someone iterates. Returning the list makes the function eager, so validation happens at call time.'''),

dict(kind="fix_bug", lang="python",
     instruction="Printing a list of my objects raises TypeError: __repr__ returned non-string. Fix the class.",
     input='''class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees

    def __repr__(self):
        return self.degrees''',
     output=r'''```python
class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees

    def __repr__(self):
        return f"Temperature({self.degrees!r})"

assert repr(Temperature(21.5)) == "Temperature(21.5)"
assert str([Temperature(1)]) == "[Temperature(1)]"
```
`__repr__` must return a string; returning the float raises `TypeError` as soon as Python tries to display the object. By convention it returns something that looks like the constructor call.'''),

dict(kind="fix_bug", lang="python",
     instruction="Calling Converter.to_km(5) raises TypeError: missing 1 required positional argument. Fix the method definition.",
     input='''class Converter:
    def to_km(miles):
        return miles * 1.609344

Converter.to_km(5)
Converter().to_km(5)''',
     output=r'''```python
class Converter:
    @staticmethod
    def to_km(miles):
        return miles * 1.609344

assert abs(Converter.to_km(5) - 8.04672) < 1e-9
assert abs(Converter().to_km(5) - 8.04672) < 1e-9
```
A plain method receives the instance as its first argument, so on an instance `miles` was bound to the object and 5 had nowhere to go. Since the method needs no instance state, `@staticmethod` makes both call styles work.'''),

dict(kind="fix_bug", lang="python",
     instruction="Reading a property with parentheses raises TypeError: 'float' object is not callable. What's the mistake?",
     input='''class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r ** 2

print(Circle(2).area())''',
     output=r'''```python
import math

class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

assert math.isclose(Circle(2).area, 4 * math.pi)
```
A `@property` is accessed like an attribute: `Circle(2).area` already runs the method and returns a float, and the extra `()` then tries to call that float. Drop the parentheses at the call site. (Using `math.pi` also improves accuracy.)'''),
]

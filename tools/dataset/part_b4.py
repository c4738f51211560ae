"""Writer B, part 4: more refactor rows (structure, stdlib replacements, error handling)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("refactor", "Refactor this running-total code.", r"""
def running_balance(transactions):
    balances = []
    current = 0
    for t in transactions:
        current = current + t
        balances.append(current)
    return balances
""", r"""
```python
from itertools import accumulate

def running_balance(transactions, opening=0):
    return list(accumulate(transactions, initial=opening))[1:]

assert running_balance([100, -30, 5]) == [100, 70, 75]
assert running_balance([10, 10], opening=5) == [15, 25]
assert running_balance([]) == []
```

`itertools.accumulate` yields the running sums directly. The `initial` argument lets callers start from an opening balance; it is emitted first, so the slice drops it to keep the original output shape.
"""),
R("refactor", "Simplify this list-flattening code.", r"""
def all_tags(posts):
    tags = []
    for post in posts:
        for tag in post["tags"]:
            tags.append(tag)
    return tags
""", r"""
```python
from itertools import chain

def all_tags(posts):
    return [tag for post in posts for tag in post["tags"]]

def all_tags_lazy(posts):
    return chain.from_iterable(post["tags"] for post in posts)

posts = [{"tags": ["py", "web"]}, {"tags": []}, {"tags": ["db"]}]
assert all_tags(posts) == ["py", "web", "db"]
assert list(all_tags_lazy(posts)) == all_tags(posts)
```

A nested comprehension reads in the same order as the nested loops (outer loop first). `chain.from_iterable` is the lazy alternative when the caller only iterates once.
"""),
R("refactor", "Refactor this `key=value` parser.", r"""
def parse_settings(text):
    settings = {}
    lines = text.split("\n")
    for line in lines:
        line = line.strip()
        if line == "" or line[0] == "#":
            continue
        pos = line.find("=")
        key = line[:pos].strip()
        value = line[pos + 1:].strip()
        settings[key] = value
    return settings
""", r"""
```python
def parse_settings(text):
    settings = {}
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        settings[key.strip()] = value.strip()
    return settings

text = "# db\nhost = localhost\nport=5432\n\nurl = a=b\n"
assert parse_settings(text) == {"host": "localhost", "port": "5432", "url": "a=b"}
assert parse_settings("") == {}
```

`str.partition` splits on the first `=` and never fails, unlike index arithmetic with `find`, which silently misbehaves (it returns -1) when a line has no `=`. `startswith` avoids indexing an empty string.
"""),
R("refactor", "These strategy classes each have one method. Simplify.", r"""
class AddDiscount:
    def apply(self, price):
        return price - 5

class PercentDiscount:
    def apply(self, price):
        return price * 0.9

class NoDiscount:
    def apply(self, price):
        return price

def final_price(price, kind):
    strategies = {"flat": AddDiscount(), "pct": PercentDiscount(), "none": NoDiscount()}
    return strategies[kind].apply(price)
""", r"""
```python
DISCOUNTS = {
    "flat": lambda price: price - 5,
    "pct": lambda price: price * 0.9,
    "none": lambda price: price,
}

def final_price(price, kind):
    return DISCOUNTS[kind](price)

assert final_price(50, "flat") == 45
assert final_price(50, "pct") == 45.0
assert final_price(50, "none") == 50
```

In Python, functions are first-class objects, so a class whose only job is to hold one method can be a function. The dispatch table is built once at module level instead of on every call.
"""),
R("refactor", "Replace this isinstance dispatch with `functools.singledispatch`.", r"""
def to_json_value(obj):
    if isinstance(obj, set):
        return sorted(obj)
    elif isinstance(obj, complex):
        return [obj.real, obj.imag]
    elif isinstance(obj, bytes):
        return obj.hex()
    else:
        return obj
""", r"""
```python
from functools import singledispatch

@singledispatch
def to_json_value(obj):
    return obj

@to_json_value.register
def _(obj: set):
    return sorted(obj)

@to_json_value.register
def _(obj: complex):
    return [obj.real, obj.imag]

@to_json_value.register
def _(obj: bytes):
    return obj.hex()

assert to_json_value({3, 1}) == [1, 3]
assert to_json_value(1 + 2j) == [1.0, 2.0]
assert to_json_value(b"\x0f") == "0f"
assert to_json_value("plain") == "plain"
```

Each type gets its own small function, and other modules can register new types without editing a growing if/elif chain. Dispatch also follows inheritance, just like `isinstance`.
"""),
R("refactor", "Callers of this function use `result[0]`, `result[2]`... Make the return value self-describing.", r"""
def stats(values):
    return (min(values), max(values), sum(values) / len(values), len(values))

s = stats([2, 4, 9])
print("avg", s[2], "n", s[3])
""", r"""
```python
from typing import NamedTuple

class Stats(NamedTuple):
    low: float
    high: float
    mean: float
    count: int

def stats(values):
    return Stats(min(values), max(values), sum(values) / len(values), len(values))

s = stats([2, 4, 9])
assert s.mean == 5 and s.count == 3
assert s[2] == s.mean  # old index-based callers keep working
low, high, *_ = s
assert (low, high) == (2, 9)
```

A `NamedTuple` is still a tuple, so existing unpacking and indexing continue to work, while new code can use readable attribute names.
"""),
R("refactor", "Clean up this Fibonacci-style loop that uses a temporary variable and a manual counter.", r"""
def fib_list(n):
    out = []
    a = 0
    b = 1
    i = 0
    while True:
        if i >= n:
            break
        out.append(a)
        temp = a
        a = b
        b = temp + b
        i = i + 1
    return out
""", r"""
```python
def fib_list(n):
    out = []
    a, b = 0, 1
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out

assert fib_list(0) == []
assert fib_list(7) == [0, 1, 1, 2, 3, 5, 8]
```

Tuple assignment evaluates the whole right-hand side before assigning, so no temporary is needed. A `for` over `range(n)` replaces the `while True` with manual counter and break.
"""),
R("refactor", "Improve the error handling in this function.", r"""
def read_port(config):
    try:
        port = int(config["port"])
        return port
    except:
        return 8080
""", r"""
```python
DEFAULT_PORT = 8080

def read_port(config):
    try:
        return int(config["port"])
    except KeyError:
        return DEFAULT_PORT
    except (TypeError, ValueError) as exc:
        raise ValueError(f"invalid port setting: {config['port']!r}") from exc

assert read_port({}) == 8080
assert read_port({"port": "9000"}) == 9000
try:
    read_port({"port": "http"})
except ValueError as exc:
    assert "'http'" in str(exc)
```

A bare `except:` also catches `KeyboardInterrupt`, `SystemExit` and typos such as a `NameError`, hiding real bugs. Now only a missing key falls back to the default, and a malformed value is reported instead of silently replaced.
"""),
R("refactor", "Remove the flag variables used to break out of these nested loops.", r"""
def find_cell(grid, target):
    found = False
    pos = None
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] == target:
                pos = (r, c)
                found = True
                break
        if found:
            break
    return pos
""", r"""
```python
def find_cell(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                return r, c
    return None

grid = [[1, 2], [3, 4], [4, 5]]
assert find_cell(grid, 4) == (1, 1)  # first match, like the original
assert find_cell(grid, 9) is None
assert find_cell([], 1) is None
```

Putting the search in its own function means `return` exits both loops at once, so the `found` flag and the second `break` disappear.
"""),
R("refactor", "Make this numeric loop more concise.", r"""
def sum_of_odd_squares(limit):
    total = 0
    n = 1
    while n <= limit:
        if n % 2 == 1:
            total = total + n * n
        n = n + 1
    return total
""", r"""
```python
def sum_of_odd_squares(limit):
    return sum(n * n for n in range(1, limit + 1, 2))

assert sum_of_odd_squares(1) == 1
assert sum_of_odd_squares(5) == 1 + 9 + 25
assert sum_of_odd_squares(0) == 0
```

A `range` with step 2 yields only odd numbers, so the modulo test is unnecessary, and `sum` over a generator replaces the accumulator.
"""),
R("refactor", "This loads every line into memory before counting. Refactor it.", r"""
import io

def count_errors(stream):
    lines = stream.readlines()
    count = 0
    for i in range(len(lines)):
        if "ERROR" in lines[i]:
            count += 1
    return count
""", r"""
```python
import io

def count_errors(stream):
    return sum(1 for line in stream if "ERROR" in line)

log = io.StringIO("INFO ok\nERROR disk\nWARN x\nERROR net\n")
assert count_errors(log) == 2
assert count_errors(io.StringIO("")) == 0
```

File objects are iterators over their lines, so iterating directly streams the input and memory stays constant regardless of log size. `sum(1 for ...)` counts the matching lines.
"""),
R("refactor", "Refactor this date handling that slices strings.", r"""
def days_between(start, end):
    # dates look like "2024-03-09"
    y1 = int(start[0:4]); m1 = int(start[5:7]); d1 = int(start[8:10])
    y2 = int(end[0:4]); m2 = int(end[5:7]); d2 = int(end[8:10])
    import datetime
    return (datetime.date(y2, m2, d2) - datetime.date(y1, m1, d1)).days
""", r"""
```python
from datetime import date

def days_between(start, end):
    return (date.fromisoformat(end) - date.fromisoformat(start)).days

assert days_between("2024-02-28", "2024-03-01") == 2  # leap year
assert days_between("2024-03-09", "2024-03-09") == 0
try:
    days_between("2024-13-01", "2024-01-01")
except ValueError:
    pass
```

`date.fromisoformat` parses the format and validates it, raising `ValueError` for impossible dates, so there is no fragile slicing. The import moves to the top of the module where it belongs.
"""),
R("refactor", "Speed up and clarify this loop that checks membership in a list.", r"""
def unknown_ids(requested, known_list):
    missing = []
    for r in requested:
        if r not in known_list:
            if r not in missing:
                missing.append(r)
    return missing
""", r"""
```python
def unknown_ids(requested, known_list):
    known = set(known_list)
    missing = {}
    for r in requested:
        if r not in known:
            missing[r] = None  # a dict keeps first-seen order and drops repeats
    return list(missing)

assert unknown_ids([3, 1, 7, 3, 9], [1, 2, 3]) == [7, 9]
assert unknown_ids([], [1]) == []
assert unknown_ids([5, 5], []) == [5]
```

Membership in a list is O(n), making the original O(n*m); a set lookup is O(1) on average. Using a dict for the result keeps insertion order, so the output order is unchanged.
"""),
R("refactor", "Tidy this manual text alignment code.", r"""
def table_row(name, qty):
    name_col = name
    while len(name_col) < 12:
        name_col = name_col + " "
    qty_col = str(qty)
    while len(qty_col) < 5:
        qty_col = " " + qty_col
    return name_col + "|" + qty_col
""", r"""
```python
def table_row(name, qty):
    return f"{name:<12}|{qty:>5}"

assert table_row("apples", 42) == "apples      |   42"
assert table_row("a" * 14, 7) == "a" * 14 + "|    7"  # long values are not cut, as before
assert table_row("kiwi", 3) == "kiwi".ljust(12) + "|" + "3".rjust(5)
```

Format specs handle padding: `<12` left-aligns in 12 columns and `>5` right-aligns. `str.ljust`/`str.rjust` are the method equivalents.
"""),
R("refactor", "Simplify this value clamping.", r"""
def clamp_volume(v):
    if v < 0:
        result = 0
    else:
        if v > 100:
            result = 100
        else:
            result = v
    return result
""", r"""
```python
MIN_VOLUME, MAX_VOLUME = 0, 100

def clamp_volume(v):
    return max(MIN_VOLUME, min(v, MAX_VOLUME))

assert clamp_volume(-5) == 0
assert clamp_volume(55) == 55
assert clamp_volume(120) == 100
```

`min` caps the value from above and `max` from below. Named bounds make the rule visible at a glance.
"""),
R("refactor", "Refactor how these option dictionaries are combined.", r"""
def effective_options(defaults, user):
    result = {}
    for k in defaults:
        result[k] = defaults[k]
    for k in user:
        result[k] = user[k]
    return result
""", r"""
```python
def effective_options(defaults, user):
    return defaults | user  # Python 3.9+; {**defaults, **user} on older versions

defaults = {"color": "auto", "width": 80}
user = {"width": 120}
merged = effective_options(defaults, user)
assert merged == {"color": "auto", "width": 120}
assert defaults == {"color": "auto", "width": 80}  # inputs untouched
assert merged is not defaults
```

The `|` operator builds a new dict in which keys from the right operand win, exactly like the two copy loops, and leaves both inputs unchanged.
"""),
R("refactor", "The boolean `as_html` argument changes what this function does. Refactor.", r"""
def render(items, as_html):
    if as_html:
        return "<ul>" + "".join("<li>" + i + "</li>" for i in items) + "</ul>"
    else:
        return "\n".join("- " + i for i in items)
""", r"""
```python
from html import escape

def render_text(items):
    return "\n".join(f"- {item}" for item in items)

def render_html(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"

assert render_text(["a", "b"]) == "- a\n- b"
assert render_html(["a", "b"]) == "<ul><li>a</li><li>b</li></ul>"
assert render_html(["<x>"]) == "<ul><li>&lt;x&gt;</li></ul>"
```

A flag that selects between two unrelated outputs hides two functions in one; a call like `render(items, True)` does not say what `True` means. Two named functions are clearer, and the HTML one now escapes its input, which the original forgot.
"""),
R("refactor", "This function returns None on failure and callers keep forgetting to check. Refactor.", r"""
def parse_ratio(text):
    parts = text.split(":")
    if len(parts) != 2:
        return None
    if not parts[0].isdigit() or not parts[1].isdigit():
        return None
    if int(parts[1]) == 0:
        return None
    return int(parts[0]) / int(parts[1])
""", r"""
```python
class RatioError(ValueError):
    pass

def parse_ratio(text):
    left, sep, right = text.partition(":")
    if not sep or not left.isdigit() or not right.isdigit():
        raise RatioError(f"expected 'a:b' with digits, got {text!r}")
    if int(right) == 0:
        raise RatioError(f"zero denominator in {text!r}")
    return int(left) / int(right)

assert parse_ratio("16:9") == 16 / 9
for bad in ["16", "a:b", "4:0"]:
    try:
        parse_ratio(bad)
    except RatioError:
        pass
    else:
        raise AssertionError(bad)
```

Raising an exception makes failure impossible to ignore and carries a message saying what was wrong. Subclassing `ValueError` lets callers catch either the specific or the general error.
"""),
R("refactor", "Clean up this dictionary iteration.", r"""
def expensive_items(prices, threshold):
    result = []
    for name in prices.keys():
        price = prices[name]
        if price > threshold:
            result.append(name + "=" + str(price))
    return result
""", r"""
```python
def expensive_items(prices, threshold):
    return [f"{name}={price}" for name, price in prices.items() if price > threshold]

prices = {"tea": 3, "caviar": 90, "saffron": 40}
assert expensive_items(prices, 10) == ["caviar=90", "saffron=40"]
assert expensive_items({}, 0) == []
```

`items()` yields key and value together, so there is no second lookup, and iterating a dict directly already gives the keys, so `.keys()` is never needed in a plain loop.
"""),
R("refactor", "Make this nested conditional expression readable.", r"""
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D" if score >= 60 else "F"
""", r"""
```python
from bisect import bisect_right

CUTOFFS = [60, 70, 80, 90]
GRADES = "FDCBA"

def grade(score):
    return GRADES[bisect_right(CUTOFFS, score)]

assert [grade(s) for s in (59, 60, 75, 89, 90, 100)] == ["F", "D", "C", "B", "A", "A"]
```

The chained ternary encodes a table in control flow. Storing the cutoffs as data and using `bisect_right` to count how many cutoffs the score reaches makes the boundaries obvious and easy to change.
"""),
R("refactor", "Replace this hand-built JSON string.", r"""
def user_json(name, tags, active):
    s = '{"name": "' + name + '", "tags": ['
    s += ", ".join('"' + t + '"' for t in tags)
    s += '], "active": ' + ("true" if active else "false") + "}"
    return s
""", r"""
```python
import json

def user_json(name, tags, active):
    return json.dumps({"name": name, "tags": list(tags), "active": active})

assert user_json("ann", ["a", "b"], True) == '{"name": "ann", "tags": ["a", "b"], "active": true}'
tricky = user_json('say "hi"', [], False)
assert json.loads(tricky)["name"] == 'say "hi"'  # quotes are escaped correctly
```

`json.dumps` handles escaping of quotes, backslashes and control characters, and converts `True`/`False`/`None` properly. The string-building version produced invalid JSON for any name containing a quote.
"""),
R("refactor", "Refactor this recursive size calculation for a nested folder structure.", r"""
def total_size(node):
    size = 0
    if node["type"] == "file":
        size = node["size"]
    else:
        children = node["children"]
        i = 0
        while i < len(children):
            size = size + total_size(children[i])
            i = i + 1
    return size
""", r"""
```python
def total_size(node):
    if node["type"] == "file":
        return node["size"]
    return sum(total_size(child) for child in node["children"])

tree = {"type": "dir", "children": [
    {"type": "file", "size": 10},
    {"type": "dir", "children": [{"type": "file", "size": 5}]},
    {"type": "dir", "children": []},
]}
assert total_size(tree) == 15
assert total_size({"type": "file", "size": 3}) == 3
```

An early return handles the leaf case, and `sum` over a generator expresses "add up the children" directly, with no counter or accumulator.
"""),
R("refactor", "This class hand-writes all its comparison methods. Simplify it.", r"""
class Release:
    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch
    def _key(self):
        return (self.major, self.minor, self.patch)
    def __eq__(self, o): return self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __gt__(self, o): return self._key() > o._key()
    def __ge__(self, o): return self._key() >= o._key()
""", r"""
```python
from dataclasses import dataclass

@dataclass(frozen=True, order=True)
class Release:
    major: int
    minor: int
    patch: int = 0

assert Release(1, 2, 3) < Release(1, 10)
assert max([Release(2, 0), Release(1, 9, 9)]) == Release(2, 0, 0)
assert sorted([Release(1, 1), Release(1, 0, 5)])[0] == Release(1, 0, 5)
assert len({Release(1, 0), Release(1, 0, 0)}) == 1  # frozen makes it hashable
```

`order=True` generates all comparisons from the fields in declaration order, which is the same tuple comparison `_key` performed. If a class cannot be a dataclass, `functools.total_ordering` derives the rest from `__eq__` and `__lt__`.
"""),
R("refactor", "This code temporarily changes a setting and restores it. Make the restore reliable.", r"""
SETTINGS = {"precision": 2}

def report(value):
    old = SETTINGS["precision"]
    SETTINGS["precision"] = 5
    text = f"{value:.{SETTINGS['precision']}f}"
    SETTINGS["precision"] = old
    return text
""", r"""
```python
from contextlib import contextmanager

SETTINGS = {"precision": 2}

@contextmanager
def setting(name, value):
    old = SETTINGS[name]
    SETTINGS[name] = value
    try:
        yield
    finally:
        SETTINGS[name] = old

def report(value):
    with setting("precision", 5):
        return f"{value:.{SETTINGS['precision']}f}"

assert report(1 / 3) == "0.33333"
assert SETTINGS["precision"] == 2
try:
    with setting("precision", 9):
        raise RuntimeError
except RuntimeError:
    pass
assert SETTINGS["precision"] == 2  # restored even after an error
```

In the original, an exception between the change and the restore leaves the setting modified forever. The context manager restores it in `finally`, and the pattern is reusable for any setting.
"""),
R("refactor", "Refactor the prefix checks in this URL classifier.", r"""
def scheme_kind(url):
    if url[:7] == "http://" or url[:8] == "https://":
        return "web"
    if url[:6] == "ftp://":
        return "ftp"
    if url[:7] == "file://":
        return "local"
    return "unknown"
""", r"""
```python
from urllib.parse import urlsplit

KINDS = {"http": "web", "https": "web", "ftp": "ftp", "file": "local"}

def scheme_kind(url):
    return KINDS.get(urlsplit(url).scheme, "unknown")

assert scheme_kind("https://example.org/x") == "web"
assert scheme_kind("ftp://host") == "ftp"
assert scheme_kind("file:///tmp/a") == "local"
assert scheme_kind("mailto:a@b") == "unknown"
assert scheme_kind("HTTP://EXAMPLE.ORG") == "web"  # scheme is normalised to lower case
```

Slices with hand-counted lengths are easy to get wrong. `urlsplit` extracts the scheme properly (and lower-cases it), and a lookup table maps it to a kind. For plain prefixes, `str.startswith(("a", "b"))` is the lighter option.
"""),
R("refactor", "Simplify this matrix transpose.", r"""
def transpose(matrix):
    rows = len(matrix)
    cols = len(matrix[0]) if rows else 0
    result = []
    for c in range(cols):
        new_row = []
        for r in range(rows):
            new_row.append(matrix[r][c])
        result.append(new_row)
    return result
""", r"""
```python
def transpose(matrix):
    return [list(column) for column in zip(*matrix)]

assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]
assert transpose([[7]]) == [[7]]
assert transpose([]) == []
```

`zip(*matrix)` passes each row as a separate argument and yields tuples of the i-th elements, which are exactly the columns. Ragged rows are truncated to the shortest row, so validate the input if that matters.
"""),
R("refactor", "This duplicate finder is slow on large inputs. Refactor it.", r"""
def duplicates(words):
    result = []
    for w in words:
        if words.count(w) > 1 and w not in result:
            result.append(w)
    return result
""", r"""
```python
from collections import Counter

def duplicates(words):
    counts = Counter(words)
    return [word for word, n in counts.items() if n > 1]

assert duplicates(["a", "b", "a", "c", "b", "a"]) == ["a", "b"]
assert duplicates(["x", "y"]) == []
assert duplicates([]) == []
```

`words.count(w)` scans the whole list for every element, so the original is O(n^2). `Counter` counts everything in one pass, and because it preserves first-seen order the output order is unchanged.
"""),
R("refactor", "Refactor the repetitive default handling in this config loader.", r"""
def load(cfg):
    if "host" in cfg:
        host = cfg["host"]
    else:
        host = "localhost"
    if "port" in cfg:
        port = cfg["port"]
    else:
        port = 5432
    if "timeout" in cfg:
        timeout = cfg["timeout"]
    else:
        timeout = 30
    return {"host": host, "port": port, "timeout": timeout}
""", r"""
```python
DEFAULTS = {"host": "localhost", "port": 5432, "timeout": 30}

def load(cfg):
    unknown = cfg.keys() - DEFAULTS.keys()
    if unknown:
        raise KeyError(f"unknown settings: {sorted(unknown)}")
    return {**DEFAULTS, **cfg}

assert load({}) == DEFAULTS
assert load({"port": 6543}) == {"host": "localhost", "port": 6543, "timeout": 30}
try:
    load({"prot": 1})
except KeyError:
    pass
```

The defaults become one table, and merging gives the user's values priority. The new check rejects unknown keys, so a typo such as `prot` fails loudly instead of being ignored (the original silently dropped it).
"""),
R("refactor", "Make this field validation table-driven.", r"""
def validate(user):
    errors = []
    if not isinstance(user.get("name"), str) or not user.get("name"):
        errors.append("name")
    if not isinstance(user.get("age"), int) or user.get("age") < 0:
        errors.append("age")
    if not isinstance(user.get("email"), str) or "@" not in user.get("email"):
        errors.append("email")
    return errors
""", r"""
```python
RULES = {
    "name": lambda v: isinstance(v, str) and bool(v),
    "age": lambda v: isinstance(v, int) and v >= 0,
    "email": lambda v: isinstance(v, str) and "@" in v,
}

def validate(user):
    return [field for field, ok in RULES.items() if not ok(user.get(field))]

assert validate({"name": "Al", "age": 3, "email": "a@b"}) == []
assert validate({"name": "", "age": -1, "email": "x"}) == ["name", "age", "email"]
assert validate({}) == ["name", "age", "email"]
```

Each rule is one entry, so adding a field is a one-line change. The `and` short-circuits the type check before the value check, which also fixes the original crash on `{}` (it compared `None < 0`).
"""),
R("refactor", "This class has one method and no real state. Refactor.", r"""
class SlugMaker:
    def __init__(self):
        pass

    def make(self, title):
        s = title.lower().strip()
        out = ""
        for ch in s:
            if ch.isalnum():
                out += ch
            elif out and out[-1] != "-":
                out += "-"
        return out.strip("-")

slug = SlugMaker().make("Hello, World!")
""", r"""
```python
import re

def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")

assert slugify("Hello, World!") == "hello-world"
assert slugify("  Python 3.12 -- notes ") == "python-3-12-notes"
assert slugify("!!!") == ""
```

A class with an empty `__init__` and a single method is a function in disguise. The regex replaces each run of non-alphanumeric characters with one hyphen in a single pass. It also avoids one behaviour change: `isalnum` accepts letters like `é`, while this ASCII-only version drops them, which is usually what a URL slug wants.
"""),
R("refactor", "Refactor this pipeline of steps that is written out by hand.", r"""
def clean(text):
    step1 = text.strip()
    step2 = step1.lower()
    step3 = " ".join(step2.split())
    step4 = step3.replace(" ,", ",")
    return step4
""", r"""
```python
from functools import reduce

STEPS = [
    str.strip,
    str.lower,
    lambda s: " ".join(s.split()),
    lambda s: s.replace(" ,", ","),
]

def clean(text, steps=STEPS):
    return reduce(lambda value, step: step(value), steps, text)

assert clean("  Hello   ,  WORLD ") == "hello, world"
assert clean("") == ""
assert clean(" A ", steps=[str.strip]) == "A"
```

The steps become a list that is applied in order, so steps can be added, removed or reordered without inventing new `stepN` names, and tests can run a subset.
"""),
R("refactor", "Shorten this counting loop.", r"""
def count_passing(scores, passmark):
    n = 0
    for s in scores:
        if s >= passmark:
            n = n + 1
    return n
""", r"""
```python
def count_passing(scores, passmark):
    return sum(score >= passmark for score in scores)

assert count_passing([40, 75, 50, 90], 50) == 3
assert count_passing([], 50) == 0
assert isinstance(count_passing([60], 50), int)
```

`bool` is a subclass of `int` (True is 1), so summing the comparisons counts how many are true.
"""),
R("refactor", "Remove the repeated try/except around each conversion.", r"""
def parse_row(row):
    try:
        width = int(row["w"])
    except (KeyError, ValueError):
        width = 0
    try:
        height = int(row["h"])
    except (KeyError, ValueError):
        height = 0
    try:
        depth = int(row["d"])
    except (KeyError, ValueError):
        depth = 0
    return width, height, depth
""", r"""
```python
def int_field(row, key, default=0):
    try:
        return int(row[key])
    except (KeyError, ValueError):
        return default

def parse_row(row):
    return tuple(int_field(row, key) for key in ("w", "h", "d"))

assert parse_row({"w": "3", "h": "x"}) == (3, 0, 0)
assert parse_row({"w": "1", "h": "2", "d": "3"}) == (1, 2, 3)
assert parse_row({}) == (0, 0, 0)
```

The repeated pattern becomes one helper with a name that says what it does, and the field list drives the calls, so a new dimension is one more key.
"""),
R("refactor", "This function prints a report line by line. Refactor it so it can be tested.", r"""
def print_report(orders):
    print("ORDERS")
    print("------")
    for o in orders:
        print(o["id"], o["total"])
    print("count:", len(orders))
""", r"""
```python
def format_report(orders):
    lines = ["ORDERS", "------"]
    lines += [f"{order['id']} {order['total']}" for order in orders]
    lines.append(f"count: {len(orders)}")
    return "\n".join(lines)

def print_report(orders):
    print(format_report(orders))

expected = "ORDERS\n------\n7 9.5\ncount: 1"
assert format_report([{"id": 7, "total": 9.5}]) == expected
assert format_report([]).endswith("count: 0")
```

Separating building the text from printing it gives a pure function whose result can be asserted on, reused for files or e-mails, and printed by a thin wrapper. The printed output is identical.
"""),
]

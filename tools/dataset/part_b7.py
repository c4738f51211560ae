"""Writer B, part 7: stdlib rows (collections, itertools, functools, pathlib, datetime, re, json, csv)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("stdlib", "How do I keep only the last N lines of a stream, like `tail`, using the standard library?", "", r"""
A `collections.deque` with `maxlen` discards items from the opposite end automatically once it is full, so feeding it every line leaves exactly the last N.

```python
import io
from collections import deque

def tail(stream, n=3):
    return [line.rstrip("\n") for line in deque(stream, maxlen=n)]

log = io.StringIO("".join(f"line {i}\n" for i in range(1, 11)))
assert tail(log) == ["line 8", "line 9", "line 10"]
assert tail(io.StringIO("only\n"), n=5) == ["only"]

recent = deque(maxlen=2)
for event in ["a", "b", "c"]:
    recent.append(event)
assert list(recent) == ["b", "c"]
```

Memory stays O(N) however long the input is, and each append is O(1).
"""),
R("stdlib", "How can I layer configuration sources (defaults, file, environment, command line) so lookups check them in priority order?", "", r"""
`collections.ChainMap` groups several mappings into one view. Lookups search the maps in order and return the first hit; writes go to the first map only. Nothing is copied, so changes to the underlying dicts show through.

```python
from collections import ChainMap

defaults = {"host": "localhost", "port": 8000, "debug": False}
from_file = {"port": 9000}
from_env = {"debug": True}
from_cli = {}

config = ChainMap(from_cli, from_env, from_file, defaults)
assert config["port"] == 9000
assert config["debug"] is True
assert config["host"] == "localhost"

config["host"] = "0.0.0.0"        # writes land in from_cli
assert from_cli == {"host": "0.0.0.0"} and defaults["host"] == "localhost"
assert dict(config) == {"host": "0.0.0.0", "port": 9000, "debug": True}
```

`config.new_child()` adds a temporary top layer, useful for scoped overrides.
"""),
R("stdlib", "Implement a small LRU cache class with `OrderedDict`.", "", r"""
`OrderedDict.move_to_end` marks an entry as most recently used in O(1), and `popitem(last=False)` evicts the least recently used one.

```python
from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

cache = LRUCache(2)
cache.put("a", 1)
cache.put("b", 2)
assert cache.get("a") == 1      # "a" is now the most recent
cache.put("c", 3)               # evicts "b"
assert cache.get("b") is None
assert list(cache.data) == ["a", "c"]
```

To memoise a function rather than manage a cache by hand, `functools.lru_cache(maxsize=...)` does this for you.
"""),
R("stdlib", "How do I build an arbitrarily nested dictionary where missing levels are created automatically?", "", r"""
A `defaultdict` whose default factory creates another such `defaultdict` builds intermediate levels on first access.

```python
from collections import defaultdict
import json

def tree():
    return defaultdict(tree)

config = tree()
config["db"]["primary"]["host"] = "10.0.0.1"
config["db"]["primary"]["port"] = 5432
config["cache"]["ttl"] = 60

assert config["db"]["primary"]["port"] == 5432
assert json.loads(json.dumps(config)) == {
    "db": {"primary": {"host": "10.0.0.1", "port": 5432}},
    "cache": {"ttl": 60},
}
```

The catch is that merely reading a missing path (`config["typo"]["x"]`) also creates it. Use this for building structures, then convert to plain dicts (for example via `json` or a recursive function) before handing them to other code.
"""),
R("stdlib", "How can I add and subtract stock inventories represented as counts?", "", r"""
`collections.Counter` supports arithmetic: `+` adds counts, `-` subtracts and drops anything that falls to zero or below, `&` takes minimums and `|` maximums.

```python
from collections import Counter

stock = Counter(apples=5, pears=2)
delivery = Counter(apples=3, kiwis=10)
sold = Counter(pears=2, apples=1)

stock = stock + delivery - sold
assert stock == Counter(apples=7, kiwis=10)   # pears reached 0 and were dropped

order = Counter(apples=8, kiwis=4)
can_ship = order & stock                       # what we can actually send
assert can_ship == Counter(apples=7, kiwis=4)
missing = order - stock
assert missing == Counter(apples=1)
assert stock.total() == 17                     # Python 3.10+
```

Use the in-place `subtract()` method instead of `-` if you need to keep negative counts, for example to track backorders.
"""),
R("stdlib", "How do I iterate over consecutive pairs of a list, e.g. to compute differences between readings?", "", r"""
`itertools.pairwise` (Python 3.10+) yields overlapping pairs `(s0, s1), (s1, s2), ...`. It works on any iterable, not only lists.

```python
from itertools import pairwise

readings = [100, 103, 101, 110]
deltas = [b - a for a, b in pairwise(readings)]
assert deltas == [3, -2, 9]

assert list(pairwise("abc")) == [("a", "b"), ("b", "c")]
assert list(pairwise([1])) == []

def is_sorted(values):
    return all(a <= b for a, b in pairwise(values))
assert is_sorted([1, 2, 2, 5]) and not is_sorted([3, 1])
```

On older Python versions, `zip(values, values[1:])` does the same for sequences.
"""),
R("stdlib", "How do I take just the first N items from a generator without consuming the rest?", "", r"""
`itertools.islice(iterable, n)` yields at most n items and then stops pulling from the source, so it is safe on infinite generators. It also accepts start and step arguments, like slicing.

```python
from itertools import islice, count

def squares():
    for n in count():
        yield n * n

assert list(islice(squares(), 5)) == [0, 1, 4, 9, 16]
assert list(islice(squares(), 2, 8, 2)) == [4, 16, 36]   # start, stop, step

gen = iter(range(10))
first_three = list(islice(gen, 3))
assert first_three == [0, 1, 2]
assert next(gen) == 3     # the source continues where islice stopped
```

Negative indices are not supported, because an iterator's length is unknown; use `collections.deque(it, maxlen=n)` to get the last n.
"""),
R("stdlib", "How can I assign tasks to workers in round-robin order?", "", r"""
`itertools.cycle` repeats an iterable forever, so zipping it with the tasks pairs each task with the next worker in turn.

```python
from itertools import cycle
from collections import defaultdict

workers = ["ann", "bo", "cy"]
tasks = [f"t{i}" for i in range(7)]

assignment = defaultdict(list)
for worker, task in zip(cycle(workers), tasks):
    assignment[worker].append(task)

assert assignment == {
    "ann": ["t0", "t3", "t6"],
    "bo": ["t1", "t4"],
    "cy": ["t2", "t5"],
}
```

`zip` stops when the finite `tasks` list runs out, which is what keeps the infinite `cycle` from looping forever. `cycle` saves a copy of the items it has seen, so it also works on one-shot iterators.
"""),
R("stdlib", "How do I skip a file's comment header and then read lines until a blank line, with itertools?", "", r"""
`itertools.dropwhile(pred, it)` skips items while the predicate is true and then yields everything else; `takewhile(pred, it)` yields items while it is true and stops at the first failure.

```python
import io
from itertools import dropwhile, takewhile

text = io.StringIO("# generated\n# v2\nalpha\nbeta\n\nignored footer\n")

body = dropwhile(lambda line: line.startswith("#"), text)
section = [line.strip() for line in takewhile(lambda line: line.strip(), body)]
assert section == ["alpha", "beta"]

assert list(takewhile(lambda n: n < 3, [1, 2, 5, 1])) == [1, 2]
assert list(dropwhile(lambda n: n < 3, [1, 2, 5, 1])) == [5, 1]   # later small values are kept
```

Both decide only at the boundary: once `dropwhile` starts yielding it never filters again, and `takewhile` consumes (and discards) the first item that fails the test.
"""),
R("stdlib", "How do I generate all coordinates of a 3x2 grid, or all combinations of several option lists?", "", r"""
`itertools.product` computes the Cartesian product, equivalent to nested `for` loops with the rightmost varying fastest. `repeat=` takes the product of one iterable with itself.

```python
from itertools import product

cells = list(product(range(3), range(2)))
assert cells == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]

sizes = ["S", "M"]
colors = ["red", "blue"]
variants = [f"{s}-{c}" for s, c in product(sizes, colors)]
assert variants == ["S-red", "S-blue", "M-red", "M-blue"]

bits = ["".join(p) for p in product("01", repeat=3)]
assert len(bits) == 8 and bits[0] == "000" and bits[-1] == "111"
```

The number of results is the product of the input lengths, so it grows quickly; iterate lazily instead of calling `list` when it is large.
"""),
R("stdlib", "List every way to pick 3 scoops from 4 ice cream flavours when repeats are allowed.", "", r"""
That is combinations with replacement: order doesn't matter and a flavour may appear more than once. `itertools.combinations_with_replacement` yields them in sorted order of positions, and the count is C(n + k - 1, k).

```python
from itertools import combinations_with_replacement, combinations
from math import comb

flavours = ["choc", "mint", "lemon", "plain"]
cups = list(combinations_with_replacement(flavours, 3))
assert len(cups) == comb(4 + 3 - 1, 3) == 20
assert ("choc", "choc", "choc") in cups
assert ("mint", "choc", "choc") not in cups   # only one ordering of each multiset

distinct = list(combinations(flavours, 3))      # no repeats
assert len(distinct) == 4
```

Use `combinations` when each item can be chosen at most once, and `product(..., repeat=k)` when order matters too.
"""),
R("stdlib", "How do I apply a function to a list of argument tuples?", "", r"""
`itertools.starmap(func, iterable)` calls `func(*args)` for each tuple, which is what `map` would do if it unpacked its items.

```python
from itertools import starmap
import operator

pairs = [(2, 5), (3, 2), (10, 3)]
assert list(starmap(pow, pairs)) == [32, 9, 1000]
assert list(starmap(operator.mul, pairs)) == [10, 6, 30]

def label(name, qty):
    return f"{qty} x {name}"
assert list(starmap(label, [("pen", 2), ("cup", 1)])) == ["2 x pen", "1 x cup"]

assert list(map(pow, [2, 3], [5, 2])) == [32, 9]   # map with parallel lists
```

If the arguments come as separate lists rather than tuples, plain `map(func, xs, ys)` is the equivalent.
"""),
R("stdlib", "How can I filter a list using a parallel list of booleans?", "", r"""
`itertools.compress(data, selectors)` yields the items of `data` whose matching selector is truthy. It stops when either input runs out.

```python
from itertools import compress

files = ["a.txt", "b.log", "c.txt", "d.bin"]
selected = [True, False, True, False]
assert list(compress(files, selected)) == ["a.txt", "c.txt"]

scores = [55, 80, 42, 91]
passed = [s >= 50 for s in scores]
names = ["ann", "bo", "cy", "di"]
assert list(compress(names, passed)) == ["ann", "bo", "di"]
```

It is handy when the mask was computed separately, for instance from another column or a user's checkbox list.
"""),
R("stdlib", "How can I give a class all six comparison operators when I only define `__eq__` and `__lt__`?", "", r"""
`functools.total_ordering` fills in `__le__`, `__gt__` and `__ge__` from `__eq__` plus one ordering method.

```python
from functools import total_ordering

@total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.RANKS.index(self.rank) == self.RANKS.index(other.rank)

    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)

assert Card("K") > Card("9")
assert Card("2") <= Card("2")
assert Card("A") >= Card("T")
assert max([Card("5"), Card("J"), Card("3")]).rank == "J"
```

The derived methods are slightly slower than hand-written ones. For plain data classes, `@dataclass(order=True)` generates everything from the fields.
"""),
R("stdlib", "How do I compute an expensive attribute only once per instance?", "", r"""
`functools.cached_property` runs the method on first access and stores the result in the instance's `__dict__`, so later accesses are plain attribute lookups.

```python
from functools import cached_property

class Document:
    def __init__(self, text):
        self.text = text
        self.computations = 0

    @cached_property
    def word_count(self):
        self.computations += 1
        return len(self.text.split())

doc = Document("one two three")
assert doc.word_count == 3
assert doc.word_count == 3
assert doc.computations == 1      # computed once

del doc.word_count                 # invalidate the cache
doc.text = "just two"
assert doc.word_count == 2 and doc.computations == 2
```

Because it stores into `__dict__`, it does not work on classes with `__slots__` and no `__dict__`. Delete the attribute to force a recompute.
"""),
R("stdlib", "How do I sort with an old-style comparison function that returns -1, 0 or 1?", "", r"""
`sorted` only accepts a `key` function in Python 3. `functools.cmp_to_key` wraps a two-argument comparison function into a key object.

```python
from functools import cmp_to_key

def by_concatenation(a, b):
    # order numbers so that joining them gives the largest number
    ab, ba = a + b, b + a
    return -1 if ab > ba else (1 if ab < ba else 0)

nums = ["3", "30", "34", "5", "9"]
ordered = sorted(nums, key=cmp_to_key(by_concatenation))
assert "".join(ordered) == "9534330"

def version_cmp(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)

assert sorted(["1.10", "1.2", "1.9"], key=cmp_to_key(version_cmp)) == ["1.2", "1.9", "1.10"]
```

Prefer a real key when one exists (here, for versions, `key=lambda v: [int(x) for x in v.split(".")]`); `cmp_to_key` is for orderings that only make sense pairwise.
"""),
R("stdlib", "Show how to write and read a text file with pathlib, using a temporary directory so nothing is left behind.", "", r"""
`Path.write_text` and `Path.read_text` open, write or read, and close the file in one call. `tempfile.TemporaryDirectory` gives a fresh directory that is deleted when the `with` block ends.

```python
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    notes = Path(tmp) / "notes" / "today.txt"
    notes.parent.mkdir(parents=True, exist_ok=True)
    notes.write_text("buy milk\ncall bob\n", encoding="utf-8")

    assert notes.exists() and notes.stat().st_size == 18
    assert notes.read_text(encoding="utf-8").splitlines() == ["buy milk", "call bob"]

    with notes.open("a", encoding="utf-8") as fh:   # append mode
        fh.write("pay rent\n")
    assert notes.read_text(encoding="utf-8").count("\n") == 3

assert not Path(tmp).exists()
```

Always pass `encoding=` explicitly; the default depends on the platform. For binary data use `write_bytes`/`read_bytes`.
"""),
R("stdlib", "How do I find all `.py` files under a directory tree with pathlib?", "", r"""
`Path.rglob(pattern)` searches recursively, `Path.glob(pattern)` searches one level (or recursively with `**`). Both return generators of `Path` objects, in arbitrary order, so sort them for stable results.

```python
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel in ["app/main.py", "app/util/io.py", "README.md", "tests/test_io.py"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")

    found = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py"))
    assert found == ["app/main.py", "app/util/io.py", "tests/test_io.py"]

    top_level = [p.name for p in root.glob("*.md")]
    assert top_level == ["README.md"]
    assert len(list(root.glob("app/**/*.py"))) == 2
```

`relative_to` and `as_posix` make the results comparable across operating systems.
"""),
R("stdlib", "How do I get a file's name, extension and parent folder, or change its extension, with pathlib?", "", r"""
`Path` objects expose the parts as attributes, and `with_suffix`/`with_name`/`with_stem` return modified copies. These are pure string operations; the file need not exist.

```python
from pathlib import PurePosixPath

p = PurePosixPath("/data/reports/2024/summary.final.csv")
assert p.name == "summary.final.csv"
assert p.stem == "summary.final"
assert p.suffix == ".csv"
assert p.suffixes == [".final", ".csv"]
assert p.parent == PurePosixPath("/data/reports/2024")
assert p.parents[1].name == "reports"
assert p.with_suffix(".json").name == "summary.final.json"
assert p.with_stem("draft").name == "draft.csv"        # Python 3.9+
assert p.parts[:3] == ("/", "data", "reports")
```

`PurePosixPath` keeps the example OS-independent; with real files you would use `Path`, which has the same attributes plus filesystem methods.
"""),
R("stdlib", "How do I list the immediate contents of a directory, separating files from subdirectories?", "", r"""
`Path.iterdir()` yields the entries of one directory (not recursive, no `.` or `..`). Check each with `is_file()`/`is_dir()`. The order is arbitrary, so sort it.

```python
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src").mkdir()
    (root / "docs").mkdir()
    (root / "setup.cfg").write_text("[metadata]\n")
    (root / "LICENSE").write_text("MIT\n")

    entries = sorted(root.iterdir())
    dirs = [p.name for p in entries if p.is_dir()]
    files = [p.name for p in entries if p.is_file()]
    assert dirs == ["docs", "src"]
    assert files == ["LICENSE", "setup.cfg"]
    assert sum(p.stat().st_size for p in root.iterdir() if p.is_file()) == 15
```

For a recursive walk with control over which directories to enter, `os.walk` (or `Path.walk` in 3.12+) is the tool.
"""),
R("stdlib", "How do I parse a date like \"09/03/2024 14:30\" and print it as \"Saturday 9 March 2024\"?", "", r"""
`datetime.strptime` parses text with format codes, and `strftime` formats a datetime back into text.

```python
from datetime import datetime

stamp = datetime.strptime("09/03/2024 14:30", "%d/%m/%Y %H:%M")
assert (stamp.year, stamp.month, stamp.day, stamp.hour) == (2024, 3, 9, 14)

pretty = f"{stamp:%A} {stamp.day} {stamp:%B %Y}"
assert pretty == "Saturday 9 March 2024"
assert stamp.strftime("%Y-%m-%dT%H:%M") == "2024-03-09T14:30"

try:
    datetime.strptime("31/02/2024 10:00", "%d/%m/%Y %H:%M")
except ValueError:
    pass   # impossible dates are rejected
```

`day` is used instead of `%d` to avoid the leading zero portably. Month and weekday names from `%A`/`%B` follow the current locale, which is English under the default C locale.
"""),
R("stdlib", "How do I add N business days (skipping weekends) to a date?", "", r"""
Step one day at a time with `timedelta` and count only weekdays: `date.weekday()` returns 0 for Monday through 6 for Sunday.

```python
from datetime import date, timedelta

def add_business_days(start, days, holidays=frozenset()):
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            days -= 1
    return current

friday = date(2024, 3, 8)
assert add_business_days(friday, 1) == date(2024, 3, 11)     # skips to Monday
assert add_business_days(friday, 5) == date(2024, 3, 15)
assert add_business_days(friday, 1, {date(2024, 3, 11)}) == date(2024, 3, 12)
assert add_business_days(friday, 0) == friday
```

The loop is O(days), which is fine for realistic spans; holidays are passed as a set so each check is O(1).
"""),
R("stdlib", "How do I convert a naive timestamp in a fixed UTC offset to UTC, and compare times from different zones?", "", r"""
Attach a `tzinfo` to make a datetime aware, then `astimezone` converts it. `datetime.timezone` covers fixed offsets; use `zoneinfo.ZoneInfo` for named zones with daylight saving rules.

```python
from datetime import datetime, timedelta, timezone

cet = timezone(timedelta(hours=1), "CET")
local = datetime(2024, 1, 15, 9, 30).replace(tzinfo=cet)
utc = local.astimezone(timezone.utc)
assert utc.hour == 8 and utc.tzinfo is timezone.utc
assert utc.isoformat() == "2024-01-15T08:30:00+00:00"

tokyo = datetime(2024, 1, 15, 17, 30, tzinfo=timezone(timedelta(hours=9)))
assert tokyo == utc                 # aware datetimes compare as instants
assert (local - tokyo) == timedelta(0)

try:
    local < datetime(2024, 1, 15)   # aware vs naive cannot be compared
except TypeError:
    pass
```

Store and compute in UTC, and convert to local time only for display.
"""),
R("stdlib", "How do I serialise a datetime to a string and parse it back exactly?", "", r"""
`isoformat()` produces an ISO 8601 string that `fromisoformat()` parses back into an equal datetime, including microseconds and UTC offset.

```python
from datetime import datetime, timezone, date

moment = datetime(2024, 5, 17, 8, 5, 3, 120000, tzinfo=timezone.utc)
text = moment.isoformat()
assert text == "2024-05-17T08:05:03.120000+00:00"
assert datetime.fromisoformat(text) == moment

assert moment.isoformat(timespec="seconds") == "2024-05-17T08:05:03+00:00"
assert date.fromisoformat("2024-05-17").isoformat() == "2024-05-17"
assert datetime.fromisoformat("2024-05-17T08:05:03Z").tzinfo is not None   # "Z" accepted since 3.11
```

ISO strings sort correctly as text when they share the same offset, which makes them a good choice for logs and file names.
"""),
R("stdlib", "How do I iterate over every date between two dates, inclusive?", "", r"""
Compute the number of days with date subtraction, then add a `timedelta` for each step.

```python
from datetime import date, timedelta

def date_range(start, end, step_days=1):
    for offset in range(0, (end - start).days + 1, step_days):
        yield start + timedelta(days=offset)

days = list(date_range(date(2024, 2, 27), date(2024, 3, 2)))
assert [d.isoformat() for d in days] == [
    "2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02",
]
assert list(date_range(date(2024, 1, 1), date(2024, 1, 15), step_days=7))[-1] == date(2024, 1, 15)
assert list(date_range(date(2024, 1, 2), date(2024, 1, 1))) == []
```

Date arithmetic handles month lengths and leap years, and a reversed range produces nothing rather than looping forever.
"""),
R("stdlib", "How do I calculate someone's age in whole years from their birth date?", "", r"""
Subtract the years, then subtract one more if this year's birthday hasn't happened yet. Comparing `(month, day)` tuples does that check without dividing days by 365.25.

```python
from datetime import date

def age_on(birth, today):
    had_birthday = (today.month, today.day) >= (birth.month, birth.day)
    return today.year - birth.year - (not had_birthday)

birth = date(1990, 8, 15)
assert age_on(birth, date(2024, 8, 14)) == 33
assert age_on(birth, date(2024, 8, 15)) == 34
assert age_on(date(2000, 2, 29), date(2023, 2, 28)) == 22   # leap-day birthday
assert age_on(date(2000, 2, 29), date(2023, 3, 1)) == 23
```

`not had_birthday` is a bool, which subtracts as 0 or 1. Dividing the day difference by 365.25 is off by one around birthdays.
"""),
R("stdlib", "How do I get the ISO week number and the Monday of that week for a date?", "", r"""
`date.isocalendar()` returns the ISO year, week number and weekday (1 = Monday). `date.fromisocalendar` goes the other way.

```python
from datetime import date, timedelta

d = date(2024, 12, 30)
iso = d.isocalendar()
assert (iso.year, iso.week, iso.weekday) == (2025, 1, 1)   # belongs to week 1 of 2025

monday = d - timedelta(days=d.isoweekday() - 1)
assert monday == date(2024, 12, 30)
assert date.fromisocalendar(2024, 10, 1) == date(2024, 3, 4)

label = f"{iso.year}-W{iso.week:02d}"
assert label == "2025-W01"
```

Use the ISO year, not `d.year`, when labelling weeks: dates at the start or end of December and January can belong to the neighbouring year's week.
"""),
R("stdlib", "Parse web-server access log lines (common log format) into fields using a regular expression with named groups.", "", r"""
`(?P<name>...)` names a group, and `match.groupdict()` returns all of them as a dict. Compiling the pattern once with `re.VERBOSE` allows whitespace and comments in it.

```python
import re

LOG_LINE = re.compile(r'''
    (?P<ip>\S+) \s \S+ \s \S+ \s
    \[(?P<time>[^\]]+)\] \s
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s [^"]+" \s
    (?P<status>\d{3}) \s (?P<size>\d+)
''', re.VERBOSE)

lines = [
    '203.0.113.9 - - [12/Mar/2024:10:15:32 +0000] "GET /api/items?id=4 HTTP/1.1" 200 512',
    '198.51.100.3 - - [12/Mar/2024:10:15:33 +0000] "POST /login HTTP/1.1" 401 73',
]
records = [LOG_LINE.match(line).groupdict() for line in lines]
assert records[0]["path"] == "/api/items?id=4"
assert records[1]["method"] == "POST" and records[1]["status"] == "401"
assert sum(int(r["size"]) for r in records) == 585
```

Named groups keep the parsing code readable when the pattern changes, because callers use names instead of group numbers. Convert numeric fields explicitly, since regex groups are always strings.
"""),
R("stdlib", "How do I split a string on several different delimiters at once?", "", r"""
`re.split` takes a pattern, so a character class covers several delimiters. Adding `+` treats runs of delimiters as one, and a capturing group keeps the delimiters in the result.

```python
import re

text = "red, green;blue  yellow;;pink"
assert re.split(r"[,;\s]+", text) == ["red", "green", "blue", "yellow", "pink"]

expr = "12+7-3*2"
assert re.split(r"([+\-*])", expr) == ["12", "+", "7", "-", "3", "*", "2"]

assert re.split(r",", "a,b,c", maxsplit=1) == ["a", "b,c"]
assert re.split(r"[,;]", ",a") == ["", "a"]   # a leading delimiter yields an empty first item
```

`str.split` only handles a single fixed separator (or whitespace), so `re.split` is the tool for mixed delimiters.
"""),
R("stdlib", "How do I find every match of a pattern along with its position in the text?", "", r"""
`re.finditer` yields `Match` objects lazily; each has `.group()`, `.start()`, `.end()` and `.span()`. `re.findall` returns only the strings.

```python
import re

text = "Call 555-1234 or 555-9876 before 5pm."
matches = [(m.group(), m.span()) for m in re.finditer(r"\d{3}-\d{4}", text)]
assert matches == [("555-1234", (5, 13)), ("555-9876", (17, 25))]

def highlight(text, pattern):
    return re.sub(pattern, lambda m: f"[{m.group()}]", text)
assert highlight("a1b22", r"\d+") == "a[1]b[22]"

assert re.findall(r"(\d{3})-(\d{4})", text) == [("555", "1234"), ("555", "9876")]
```

Note that `findall` returns tuples of groups when the pattern contains groups, which surprises people; `finditer` always gives full match objects.
"""),
R("stdlib", "How do I check that a whole string is a valid product code like `AB-1234`, not just that it contains one?", "", r"""
`re.fullmatch` succeeds only if the pattern matches the entire string. `re.match` anchors only at the start, and `re.search` matches anywhere.

```python
import re

CODE = re.compile(r"[A-Z]{2}-\d{4}")

def is_product_code(text):
    return CODE.fullmatch(text) is not None

assert is_product_code("AB-1234")
assert not is_product_code("AB-12345")       # re.match would accept this prefix
assert not is_product_code("xAB-1234")
assert not is_product_code("AB-1234\n")      # $ would accept a trailing newline
assert CODE.match("AB-12345") is not None
assert CODE.search("id: AB-1234!") is not None
```

Avoid `^...$` for validation: `$` also matches just before a trailing newline, so `fullmatch` (or `\Z`) is stricter.
"""),
R("stdlib", "How do I make `json.dumps` handle datetimes, sets and dataclasses?", "", r"""
Pass a `default=` function. `json` calls it for any object it cannot serialise and encodes whatever it returns; raising `TypeError` keeps the normal error for unexpected types.

```python
import json
from dataclasses import dataclass, asdict, is_dataclass
from datetime import datetime, date

def to_jsonable(obj):
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    if is_dataclass(obj):
        return asdict(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")

@dataclass
class Event:
    name: str
    when: datetime
    tags: set

event = Event("deploy", datetime(2024, 6, 1, 12, 0), {"prod", "api"})
text = json.dumps({"event": event}, default=to_jsonable)
assert json.loads(text) == {"event": {"name": "deploy", "when": "2024-06-01T12:00:00", "tags": ["api", "prod"]}}

try:
    json.dumps(object(), default=to_jsonable)
except TypeError:
    pass
```

The `default` function is also used for objects nested inside `asdict` results, which is why the datetime and set inside the dataclass are converted.
"""),
R("stdlib", "How do I turn JSON objects into custom Python objects while parsing?", "", r"""
`json.loads(text, object_hook=fn)` calls `fn` with each decoded JSON object (as a dict), innermost first, and uses its return value instead.

```python
import json
from types import SimpleNamespace
from decimal import Decimal

text = '{"user": {"name": "ann", "roles": ["admin"]}, "balance": 10.10}'

ns = json.loads(text, object_hook=lambda d: SimpleNamespace(**d))
assert ns.user.name == "ann" and ns.user.roles == ["admin"]

exact = json.loads(text, parse_float=Decimal)
assert exact["balance"] == Decimal("10.10")

def tagged(d):
    if d.get("__type__") == "point":
        return (d["x"], d["y"])
    return d
assert json.loads('[{"__type__": "point", "x": 1, "y": 2}]', object_hook=tagged) == [(1, 2)]
```

`parse_float=Decimal` avoids binary float rounding for monetary values, and a type tag in the object lets the hook decide what to build.
"""),
R("stdlib", "How do I pretty-print JSON with sorted keys and non-ASCII characters left readable?", "", r"""
`indent` adds newlines and indentation, `sort_keys=True` gives a stable key order (useful for diffs and tests), and `ensure_ascii=False` writes characters such as `é` as-is instead of `\u00e9` escapes.

```python
import json

data = {"name": "Zoë", "tags": ["b", "a"], "age": 7}
pretty = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
assert pretty.splitlines() == [
    "{",
    '  "age": 7,',
    '  "name": "Zoë",',
    '  "tags": [',
    '    "b",',
    '    "a"',
    "  ]",
    "}",
]
compact = json.dumps(data, separators=(",", ":"), sort_keys=True)
assert compact == '{"age":7,"name":"Zo\\u00eb","tags":["b","a"]}'
```

`separators=(",", ":")` produces the most compact output. `sort_keys` sorts dict keys only; list order is always preserved.
"""),
R("stdlib", "How do I read a JSON Lines stream (one JSON object per line) and report bad lines?", r"""
{"id": 1, "ok": true}
{"id": 2, "ok": false}
not json
{"id": 3, "ok": true}
""", r"""
Parse each non-blank line with `json.loads` and catch `json.JSONDecodeError`, which carries the message and column of the problem.

```python
import io
import json

def read_jsonl(stream):
    rows, errors = [], []
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {lineno}: {exc.msg}")
    return rows, errors

data = io.StringIO('{"id": 1, "ok": true}\n{"id": 2, "ok": false}\nnot json\n{"id": 3, "ok": true}\n')
rows, errors = read_jsonl(data)
assert [r["id"] for r in rows] == [1, 2, 3]
assert errors == ["line 3: Expecting value"]
assert sum(r["ok"] for r in rows) == 2
```

Streaming line by line keeps memory flat for large files, and reporting the line number makes bad records easy to find.
"""),
R("stdlib", "How do I read CSV data into dictionaries keyed by the header row?", "", r"""
`csv.DictReader` uses the first row as field names and yields one dict per data row. It handles quoted fields containing commas or newlines. Values are always strings, so convert types yourself.

```python
import csv
import io

text = 'name,city,score\nAnn,"Paris, FR",90\nBo,Oslo,75\n'
rows = list(csv.DictReader(io.StringIO(text)))
assert rows[0] == {"name": "Ann", "city": "Paris, FR", "score": "90"}
assert sum(int(r["score"]) for r in rows) == 165

short = list(csv.DictReader(io.StringIO("a,b\n1\n"), restval="-"))
assert short == [{"a": "1", "b": "-"}]   # missing fields get restval
```

When reading a real file, open it with `newline=""` as the csv docs recommend, so quoted newlines are handled correctly.
"""),
R("stdlib", "How do I write a list of dicts to CSV text with a header?", "", r"""
`csv.DictWriter` takes the column order as `fieldnames`, writes the header with `writeheader()`, and quotes values that contain commas, quotes or newlines.

```python
import csv
import io

people = [
    {"name": "Ann", "note": 'says "hi"', "age": 31},
    {"name": "Bo", "note": "a, b", "age": 25},
]
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["name", "age", "note"], lineterminator="\n")
writer.writeheader()
writer.writerows(people)

lines = buf.getvalue().split("\n")
assert lines[0] == "name,age,note"
assert lines[1] == 'Ann,31,"says ""hi""' + '"'   # quotes inside a field are doubled
assert lines[2] == 'Bo,25,"a, b"'
assert list(csv.DictReader(io.StringIO(buf.getvalue())))[1]["note"] == "a, b"
```

A dict key missing from `fieldnames` raises `ValueError` unless you pass `extrasaction="ignore"`. The default line terminator is `\r\n`, which is what many spreadsheet tools expect.
"""),
R("stdlib", "How do I read tab-separated or semicolon-separated files with the csv module?", "", r"""
Pass `delimiter=` to `csv.reader`/`csv.DictReader`. There is also a built-in `excel-tab` dialect, and `csv.Sniffer` can guess the dialect from a sample.

```python
import csv
import io

tsv = "id\tname\n1\tAnn Lee\n2\tBo\n"
rows = list(csv.reader(io.StringIO(tsv), delimiter="\t"))
assert rows == [["id", "name"], ["1", "Ann Lee"], ["2", "Bo"]]

semi = "a;b\n1,5;2\n"   # European style: decimal comma, semicolon separator
assert list(csv.DictReader(io.StringIO(semi), delimiter=";")) == [{"a": "1,5", "b": "2"}]

dialect = csv.Sniffer().sniff("x;y;z\n1;2;3\n")
assert dialect.delimiter == ";"
```

`Sniffer` is a heuristic, so specify the delimiter explicitly whenever you know it.
"""),
]

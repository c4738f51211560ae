"""Writer B, part 11: idiom rows (unpacking, comprehensions, EAFP, context managers, classes)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("idiom", "What is the Pythonic way to swap two variables?", "", r"""
Use tuple packing and unpacking: the right-hand side is evaluated into a tuple first, then assigned to the targets, so no temporary variable is needed.

```python
a, b = 1, 2
a, b = b, a
assert (a, b) == (2, 1)

x, y, z = "x", "y", "z"
x, y, z = z, x, y            # rotate three values
assert (x, y, z) == ("z", "x", "y")

items = [10, 20, 30]
items[0], items[-1] = items[-1], items[0]   # works on list elements too
assert items == [30, 20, 10]
```

The same mechanism powers `a, b = b, a + b` in Fibonacci-style updates.
"""),
R("idiom", "How do I loop over a list and get 1-based positions at the same time?", "", r"""
`enumerate(iterable, start=1)` yields `(position, item)` pairs. It avoids both a manual counter and `range(len(...))`.

```python
steps = ["clone", "install", "test"]
lines = [f"{n}. {step}" for n, step in enumerate(steps, start=1)]
assert lines == ["1. clone", "2. install", "3. test"]

errors = []
for lineno, text in enumerate("ok\nbad\nok".splitlines(), start=1):
    if text == "bad":
        errors.append(f"line {lineno}: {text}")
assert errors == ["line 2: bad"]
```

`start=1` is ideal for human-facing numbering such as line numbers and menu items.
"""),
R("idiom", "How do I build a dict from a list of keys and a list of values?", "", r"""
`dict(zip(keys, values))` pairs the lists element by element. Add `strict=True` (Python 3.10+) to catch length mismatches instead of silently dropping items.

```python
headers = ["id", "name", "email"]
row = [7, "ann", "a@x.io"]
record = dict(zip(headers, row))
assert record == {"id": 7, "name": "ann", "email": "a@x.io"}

try:
    dict(zip(headers, [1, 2], strict=True))
except ValueError:
    pass

defaults = dict.fromkeys(headers, None)   # same value for every key
assert defaults == {"id": None, "name": None, "email": None}
```

`dict.fromkeys` is the companion idiom when every key gets the same initial value (avoid a mutable one such as `[]`, which would be shared).
"""),
R("idiom", "How do I keep only some entries of a dict, for example settings that are not None?", "", r"""
A dict comprehension over `items()` with an `if` clause builds the filtered copy in one expression.

```python
settings = {"host": "db", "port": None, "user": "app", "password": None}
given = {key: value for key, value in settings.items() if value is not None}
assert given == {"host": "db", "user": "app"}

allowed = {"host", "port"}
subset = {k: v for k, v in settings.items() if k in allowed}
assert subset == {"host": "db", "port": None}

upper = {k.upper(): v for k, v in given.items()}
assert list(upper) == ["HOST", "USER"]   # order is preserved
```

Use `is not None` rather than truthiness if values like `0` or `""` should be kept.
"""),
R("idiom", "How do I get the set of unique file extensions from a list of file names?", "", r"""
A set comprehension collects unique values directly, without building a list first.

```python
files = ["a.py", "b.PY", "notes.txt", "c.py", "Makefile", "archive.tar.gz"]
extensions = {name.rsplit(".", 1)[-1].lower() for name in files if "." in name}
assert extensions == {"py", "txt", "gz"}
assert sorted(extensions) == ["gz", "py", "txt"]   # sort when you need stable output
```

Sets are unordered, so sort before displaying or comparing with expected text.
"""),
R("idiom", "How do I transform values conditionally inside a list comprehension (not filter them)?", "", r"""
Put a conditional expression in the *output* part: `[a if cond else b for x in xs]`. An `if` after the `for` filters items out; an `if ... else` before the `for` chooses a value for every item.

```python
readings = [12, -3, 7, -1, 0]
clipped = [r if r >= 0 else 0 for r in readings]
assert clipped == [12, 0, 7, 0, 0]

positives = [r for r in readings if r > 0]
assert positives == [12, 7]

labels = ["even" if n % 2 == 0 else "odd" for n in range(4)]
assert labels == ["even", "odd", "even", "odd"]
```

Mixing both is allowed (`[f(x) if a else g(x) for x in xs if b]`) but quickly becomes hard to read; switch to a loop or a helper function at that point.
"""),
R("idiom", "What does EAFP mean, and when should I prefer it over checking first?", "", r"""
"Easier to Ask Forgiveness than Permission": try the operation and handle the exception, instead of "Look Before You Leap" checks. It avoids duplicate work and race conditions (the state can change between the check and the use), and keeps the common path simple.

```python
def port_from(config):
    try:
        return int(config["port"])
    except KeyError:
        return 8080
    except ValueError:
        raise ValueError(f"bad port: {config['port']!r}") from None

assert port_from({}) == 8080
assert port_from({"port": "9000"}) == 9000

# LBYL version: two lookups, and isdigit() misses cases such as " 9000"
def port_from_lbyl(config):
    if "port" in config and config["port"].isdigit():
        return int(config["port"])
    return 8080
assert port_from_lbyl({"port": " 9000"}) == 8080   # silently wrong
```

Keep the `try` block tight and catch specific exceptions. LBYL is still fine when the check is cheap and failure is the common case.
"""),
R("idiom", "How should I make sure a lock is always released?", "", r"""
Use the lock as a context manager. `with lock:` acquires it and releases it when the block ends, including on exceptions and early returns, which manual `acquire()`/`release()` calls can easily miss.

```python
import threading

lock = threading.Lock()
balance = {"value": 100}

def withdraw(amount):
    with lock:
        if amount > balance["value"]:
            raise ValueError("insufficient funds")
        balance["value"] -= amount
        return balance["value"]

assert withdraw(30) == 70
try:
    withdraw(500)
except ValueError:
    pass
assert not lock.locked()      # released despite the exception
assert withdraw(20) == 50
```

The same pattern applies to files, sockets, database transactions and anything else with acquire/release semantics.
"""),
R("idiom", "Is there a quick way to print variable names with their values while debugging?", "", r"""
Since Python 3.8, an f-string field ending in `=` prints the expression text followed by its value (using `repr` by default). Format specs still work after the `=`.

```python
user = "ann"
retries = 3
ratio = 2 / 3

assert f"{user=}" == "user='ann'"
assert f"{retries=}, {ratio=:.2f}" == "retries=3, ratio=0.67"
assert f"{len(user) * 2 = }" == "len(user) * 2 = 6"   # spaces around = are kept
```

It is a debugging aid; for permanent diagnostics use `logging` with a proper message.
"""),
R("idiom", "How can I avoid computing an expensive value twice in a comprehension that filters on it?", "", r"""
An assignment expression (`:=`) in the filter binds the computed value, so the output expression can reuse it.

```python
calls = []

def parse(text):
    calls.append(text)
    try:
        return int(text)
    except ValueError:
        return None

raw = ["4", "x", "15", ""]
numbers = [n for text in raw if (n := parse(text)) is not None]
assert numbers == [4, 15]
assert len(calls) == 4       # parse ran once per item, not twice

squares = [y for x in range(6) if (y := x * x) % 2 == 0]
assert squares == [0, 4, 16]
```

Without the walrus you would write `[parse(t) for t in raw if parse(t) is not None]`, calling `parse` twice for each kept item.
"""),
R("idiom", "What is the modern way to merge two dicts?", "", r"""
Python 3.9 added `|` (returns a new dict) and `|=` (updates in place). The right-hand operand wins on duplicate keys. On older versions, `{**a, **b}` does the same.

```python
defaults = {"theme": "light", "lang": "en"}
user = {"lang": "nl"}

merged = defaults | user
assert merged == {"theme": "light", "lang": "nl"}
assert defaults == {"theme": "light", "lang": "en"}   # unchanged

legacy = {**defaults, **user, "beta": True}
assert legacy == {"theme": "light", "lang": "nl", "beta": True}

prefs = dict(defaults)
prefs |= {"theme": "dark"}
assert prefs["theme"] == "dark"
```

These are shallow merges: nested dicts are replaced, not merged recursively.
"""),
R("idiom", "How do I sort records by several fields, some ascending and some descending?", "", r"""
Return a tuple from the `key` function; tuples compare element by element. Negate numeric fields to reverse just those.

```python
employees = [
    {"name": "cy", "dept": "ops", "salary": 50},
    {"name": "ann", "dept": "dev", "salary": 70},
    {"name": "bo", "dept": "dev", "salary": 70},
    {"name": "di", "dept": "dev", "salary": 90},
]

ordered = sorted(employees, key=lambda e: (e["dept"], -e["salary"], e["name"]))
assert [e["name"] for e in ordered] == ["di", "ann", "bo", "cy"]
```

Strings can't be negated; for a descending string field, sort in several stable passes from least to most important key, using `reverse=True` on the pass that needs it.
"""),
R("idiom", "How do I write a lazy pipeline that processes a large input without building intermediate lists?", "", r"""
Write each stage as a generator function that takes an iterable and yields results. Chaining them processes one item at a time through all stages.

```python
import io

def read_lines(stream):
    for line in stream:
        yield line.rstrip("\n")

def non_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line

def parse_pairs(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

source = io.StringIO("# config\nhost = db\n\nport = 5432\n")
config = dict(parse_pairs(non_comments(read_lines(source))))
assert config == {"host": "db", "port": "5432"}
```

Each stage is small and testable on its own, and memory use doesn't depend on input size.
"""),
R("idiom", "What's the idiomatic way to expose a computed, read-only attribute on a class?", "", r"""
Use `@property`. Callers read it like an attribute, it is always in sync with the underlying data, and assignment raises `AttributeError` unless you add a setter.

```python
class Basket:
    def __init__(self):
        self.items = []

    @property
    def total(self):
        return sum(price for _, price in self.items)

    @property
    def is_empty(self):
        return not self.items

b = Basket()
assert b.is_empty and b.total == 0
b.items.append(("tea", 3.5))
assert b.total == 3.5 and not b.is_empty
try:
    b.total = 10
except AttributeError:
    pass
```

Keep properties cheap; an expensive computation disguised as an attribute surprises callers (use `functools.cached_property` or a method instead).
"""),
R("idiom", "When and how should I use `__slots__`?", "", r"""
`__slots__` declares a fixed set of attributes. Instances then store them in compact slots instead of a per-instance `__dict__`, saving memory when you create many objects, and assigning to an undeclared attribute raises `AttributeError`, which catches typos.

```python
import sys

class PointDict:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointSlots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p = PointSlots(1, 2)
try:
    p.z = 3
except AttributeError:
    pass
assert not hasattr(p, "__dict__")

d = PointDict(1, 2)
assert sys.getsizeof(d) + sys.getsizeof(d.__dict__) > sys.getsizeof(p)
```

Trade-offs: no dynamic attributes, subclasses must declare their own `__slots__` to keep the benefit, and `cached_property` doesn't work. Use it for small, numerous value objects, or `@dataclass(slots=True)`.
"""),
R("idiom", "How do I validate that every item in a list meets a condition, and report whether any fails?", "", r"""
Use `all()` and `any()` with generator expressions. They short-circuit, stopping at the first decisive item, and read like the sentence you'd write.

```python
ports = [80, 443, 8080]
assert all(0 < p < 65536 for p in ports)
assert not any(p < 1024 for p in [3000, 8080])

def first_invalid(values, valid):
    return next((v for v in values if not valid(v)), None)   # when you need the culprit

emails = ["a@x.io", "nope", "b@y.io"]
assert not all("@" in e for e in emails)
assert first_invalid(emails, lambda e: "@" in e) == "nope"
assert all(x > 0 for x in [])      # vacuously true for an empty input
```

Remember the empty cases: `all([])` is `True` and `any([])` is `False`; add an explicit emptiness check if an empty list should fail validation.
"""),
R("idiom", "How do I forward arbitrary arguments from one function to another?", "", r"""
Collect them with `*args` and `**kwargs` in the signature, then spread them with `*` and `**` in the call. This is how wrappers and decorators stay transparent to the wrapped function's signature.

```python
def connect(host, port=5432, *, timeout=10, ssl=False):
    return f"{host}:{port} timeout={timeout} ssl={ssl}"

def connect_logged(*args, **kwargs):
    log.append((args, kwargs))
    return connect(*args, **kwargs)

log = []
assert connect_logged("db", 6543, ssl=True) == "db:6543 timeout=10 ssl=True"
assert log == [(("db", 6543), {"ssl": True})]

options = {"timeout": 3}
target = ("cache", 6379)
assert connect(*target, **options) == "cache:6379 timeout=3 ssl=False"
```

Spreading also works for any iterable and any mapping with string keys, which is handy for building calls from configuration.
"""),
R("idiom", "What's the cleanest way to concatenate lists or build a list from several pieces?", "", r"""
Star-unpacking inside a list display (`[*a, *b]`) combines any iterables in one expression, and you can mix in single items. The `**` form does the same for dicts.

```python
base = ["--quiet"]
extra = ("--color", "never")
args = ["git", "status", *base, *extra]
assert args == ["git", "status", "--quiet", "--color", "never"]

unique_sorted = sorted({*"hello", *"world"})
assert unique_sorted == ["d", "e", "h", "l", "o", "r", "w"]

first, second = [1, 2], range(3, 5)
assert [*first, *second] == [1, 2, 3, 4]   # works even when one part is not a list
```

Unlike `a + b`, unpacking accepts any iterable type (tuples, ranges, generators, sets), and unlike `extend` it doesn't modify an existing list.
"""),
R("idiom", "How do I iterate over a dict ordered by its values, highest first?", "", r"""
Sort the `items()` pairs with a key that picks the value, and `reverse=True`.

```python
scores = {"ann": 81, "bo": 95, "cy": 67, "di": 95}

ranking = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
assert ranking == [("bo", 95), ("di", 95), ("ann", 81), ("cy", 67)]   # stable for ties

top_two = [name for name, _ in ranking[:2]]
assert top_two == ["bo", "di"]

ordered_dict = dict(ranking)            # a dict keeps this order from now on
assert list(ordered_dict)[0] == "bo"
```

For only the top k of a large dict, `heapq.nlargest(k, scores.items(), key=lambda kv: kv[1])` avoids sorting everything.
"""),
R("idiom", "How do I find the item with the largest attribute, safely handling an empty list?", "", r"""
`max` and `min` accept a `key` function and a `default` returned when the iterable is empty (without `default`, they raise `ValueError`).

```python
from dataclasses import dataclass

@dataclass
class Build:
    id: int
    seconds: float

builds = [Build(1, 42.0), Build(2, 97.5), Build(3, 12.3)]
slowest = max(builds, key=lambda b: b.seconds)
assert slowest.id == 2
assert min(builds, key=lambda b: b.seconds).id == 3
assert max([], key=lambda b: b.seconds, default=None) is None

words = ["pear", "fig", "banana"]
assert max(words, key=len) == "banana"
```

This returns the whole object, not only the maximal value, so there is no need to look it up again afterwards.
"""),
R("idiom", "When is a conditional expression (`x if cond else y`) preferable to an if statement?", "", r"""
Use the conditional expression when you are choosing between two *values* for a single assignment, return or argument. Use a statement when branches do different *things* or contain more than a simple expression.

```python
def plural(count, word):
    return f"{count} {word}{'' if count == 1 else 's'}"

assert plural(1, "file") == "1 file"
assert plural(3, "file") == "3 files"

def sign(n):
    return "negative" if n < 0 else ("zero" if n == 0 else "positive")   # already at the limit
assert [sign(n) for n in (-2, 0, 5)] == ["negative", "zero", "positive"]

level = "debug"
verbose = True if level == "debug" else False   # redundant form
assert verbose == (level == "debug")            # the comparison is already a bool
```

Avoid `True if cond else False`; the condition itself is the boolean.
"""),
R("idiom", "How do I unpack tuples directly in a for loop?", "", r"""
The loop target can be any assignment target, so `for name, score in pairs:` unpacks each tuple as it is produced. Nested structures unpack with nested parentheses.

```python
pairs = [("ann", 81), ("bo", 95)]
report = [f"{name}: {score}" for name, score in pairs]
assert report == ["ann: 81", "bo: 95"]

points = [("a", (1, 2)), ("b", (3, 4))]
xs = [x for _, (x, y) in points]
assert xs == [1, 3]

totals = {}
for i, (city, amount) in enumerate([("Oslo", 5), ("Rome", 7), ("Oslo", 1)]):
    totals[city] = totals.get(city, 0) + amount
assert totals == {"Oslo": 6, "Rome": 7}
```

Unpacking fails loudly (`ValueError`) if a row has the wrong length, which catches malformed data early.
"""),
R("idiom", "What does `_` mean as a variable name, e.g. `for _ in range(3)`?", "", r"""
By convention `_` names a value you intend to ignore. It tells readers (and linters) that the variable is unused on purpose. It is an ordinary name to Python; in the interactive shell, `_` additionally holds the last result.

```python
greetings = ["hi" for _ in range(3)]
assert greetings == ["hi", "hi", "hi"]

name, _, domain = "ann@example.org".partition("@")
assert (name, domain) == ("ann", "example.org")

first, *_ = [10, 20, 30]
assert first == 10

record = ("id-7", "ignored", "ignored too", 42)
rid, *_, value = record
assert (rid, value) == ("id-7", 42)
```

Avoid `_` when the code uses gettext, where `_` is conventionally the translation function; use `_unused` or similar there.
"""),
R("idiom", "How do I time a block of code with a reusable context manager?", "", r"""
A generator-based context manager from `contextlib` can record the start time before `yield` and the elapsed time after it, in a `finally` so it runs even on errors.

```python
import time
from contextlib import contextmanager

@contextmanager
def timer(results, label):
    start = time.perf_counter()
    try:
        yield
    finally:
        results[label] = time.perf_counter() - start

timings = {}
with timer(timings, "build"):
    total = sum(range(100_000))
with timer(timings, "sleep"):
    time.sleep(0.01)

assert total == 4999950000
assert set(timings) == {"build", "sleep"}
assert timings["sleep"] >= 0.009
```

`time.perf_counter` is the right clock for measuring durations: it is monotonic and has the highest available resolution.
"""),
R("idiom", "How do I read a stream in fixed-size chunks until the end, without a `while True` loop?", "", r"""
The two-argument form `iter(callable, sentinel)` calls `callable` repeatedly and stops when it returns `sentinel`. With `functools.partial(stream.read, size)` as the callable and `b""` (or `""`) as the sentinel, it yields chunks until end of file.

```python
import io
from functools import partial

stream = io.BytesIO(b"abcdefghij")
chunks = list(iter(partial(stream.read, 4), b""))
assert chunks == [b"abcd", b"efgh", b"ij"]

text = io.StringIO("line1\nline2\n")
lines = list(iter(text.readline, ""))
assert lines == ["line1\n", "line2\n"]
```

The sentinel must match the type the stream returns: `b""` for binary streams, `""` for text streams. With the wrong one the loop never ends.
"""),
]

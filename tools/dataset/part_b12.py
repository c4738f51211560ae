"""Writer B, part 12: idiom rows (names, iteration helpers, small patterns) plus two leftovers."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("idiom", "How do I read an optional attribute or call a method chosen by name at runtime?", "", r"""
`getattr(obj, name, default)` returns the attribute if it exists and `default` otherwise, without raising `AttributeError`. With a method name built from data, it doubles as a simple dispatcher.

```python
class Exporter:
    def to_csv(self, rows):
        return "\n".join(",".join(r) for r in rows)
    def to_tsv(self, rows):
        return "\n".join("\t".join(r) for r in rows)

def export(rows, fmt):
    method = getattr(Exporter(), f"to_{fmt}", None)
    if method is None:
        raise ValueError(f"unsupported format: {fmt}")
    return method(rows)

assert export([["a", "b"]], "csv") == "a,b"
assert export([["a", "b"]], "tsv") == "a\tb"
try:
    export([], "xml")
except ValueError:
    pass

class Plugin:
    pass
assert getattr(Plugin(), "priority", 0) == 0    # optional attribute with a fallback
```

Restrict names to a known prefix (like `to_`) so user input can't reach arbitrary methods.
"""),
R("idiom", "How can a function tell \"argument not given\" apart from an explicit `None`?", "", r"""
Use a private sentinel object as the default. Nobody else can pass that exact object, so `is _MISSING` means the caller omitted the argument, while `None` remains a legitimate value.

```python
_MISSING = object()

class Settings:
    def __init__(self, values):
        self.values = values

    def get(self, key, default=_MISSING):
        try:
            return self.values[key]
        except KeyError:
            if default is _MISSING:
                raise KeyError(f"setting {key!r} is not defined") from None
            return default

s = Settings({"proxy": None})
assert s.get("proxy") is None                  # stored None is returned
assert s.get("timeout", None) is None          # explicit None default
try:
    s.get("timeout")                           # no default given: error
except KeyError:
    pass
```

`dict.pop` and `getattr` use the same trick internally.
"""),
R("idiom", "What's the idiomatic way to multiply all numbers in a list, or sum with a non-zero start?", "", r"""
`math.prod` (Python 3.8+) multiplies an iterable, mirroring `sum`. Both accept a `start` value, which is also what lets `sum` add non-numbers such as `timedelta`s.

```python
import math
from datetime import timedelta

assert math.prod([2, 3, 4]) == 24
assert math.prod([]) == 1                      # empty product
assert math.prod([1.5, 2], start=10) == 30.0

durations = [timedelta(minutes=20), timedelta(minutes=45)]
assert sum(durations, timedelta()) == timedelta(hours=1, minutes=5)

assert sum([0.1] * 10) != 1.0
assert math.fsum([0.1] * 10) == 1.0            # exactly rounded float sum
```

Don't use `sum` to concatenate lists or strings: it is quadratic. Use `itertools.chain` or `"".join`.
"""),
R("idiom", "How do I convert a number of seconds into hours, minutes and seconds neatly?", "", r"""
`divmod(a, b)` returns `(a // b, a % b)` in one call, and chaining it peels off one unit at a time.

```python
def hms(total_seconds):
    minutes, seconds = divmod(total_seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:d}:{minutes:02d}:{seconds:02d}"

assert hms(0) == "0:00:00"
assert hms(3725) == "1:02:05"
assert hms(90061) == "25:01:01"

pages, leftover = divmod(53, 10)
assert (pages, leftover) == (5, 3)
```

For durations that feed into date arithmetic, `datetime.timedelta(seconds=n)` gives the same breakdown with `str()`.
"""),
R("idiom", "How do I get the distinct values of a list in sorted order?", "", r"""
`sorted(set(values))` removes duplicates with a set and returns a new sorted list. It needs hashable, mutually comparable items.

```python
tags = ["web", "api", "web", "db", "api"]
assert sorted(set(tags)) == ["api", "db", "web"]
assert sorted(set(tags), reverse=True) == ["web", "db", "api"]

versions = ["1.10", "1.2", "1.2", "1.9"]
by_number = sorted(set(versions), key=lambda v: tuple(map(int, v.split("."))))
assert by_number == ["1.2", "1.9", "1.10"]
```

If you need first-seen order instead of sorted order, use `list(dict.fromkeys(values))`.
"""),
R("idiom", "How do I loop over a list backwards?", "", r"""
Use `reversed(seq)`. It returns a lazy iterator without copying the list, while `seq[::-1]` builds a reversed copy. Combine it with `enumerate` if you need indices, but note those count from 0 over the reversed order.

```python
history = ["open", "edit", "save"]
assert list(reversed(history)) == ["save", "edit", "open"]

undo = []
for action in reversed(history):
    undo.append(f"undo {action}")
assert undo[0] == "undo save"

for offset, action in enumerate(reversed(history)):
    original_index = len(history) - 1 - offset
    assert history[original_index] == action

assert list(range(3)[::-1]) == list(reversed(range(3))) == [2, 1, 0]
```

`reversed` works on any sequence (and on dicts and dict views), but not on generators; call `list()` first for those.
"""),
R("idiom", "How do I import an optional module and fall back if it's not available?", "", r"""
Wrap the import in `try/except ImportError` (or the narrower `ModuleNotFoundError`) and bind one name either way, so the rest of the code doesn't care which implementation was found.

```python
try:
    import tomllib                       # Python 3.11+
except ModuleNotFoundError:              # pragma: no cover - older interpreters
    tomllib = None

try:
    import ujson as fast_json            # optional third-party speed-up
except ModuleNotFoundError:
    import json as fast_json

def parse_toml(text):
    if tomllib is None:
        raise RuntimeError("TOML support needs Python 3.11+")
    return tomllib.loads(text)

assert fast_json.loads('{"a": 1}') == {"a": 1}
assert parse_toml('name = "demo"\n[tool]\nx = 1') == {"name": "demo", "tool": {"x": 1}}
```

Catch only import errors; a broad `except Exception` would hide real bugs inside the optional module.
"""),
R("idiom", "How do I make my own class usable in a `with` statement?", "", r"""
Implement `__enter__` (usually returning `self`) and `__exit__(exc_type, exc, tb)`, which runs on the way out of the block, even after an exception. Return a false value from `__exit__` so exceptions still propagate.

```python
class Transaction:
    def __init__(self, store):
        self.store = store
        self.pending = {}

    def __enter__(self):
        return self

    def set(self, key, value):
        self.pending[key] = value

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.update(self.pending)   # commit only on success
        return False

db = {"a": 1}
with Transaction(db) as tx:
    tx.set("b", 2)
assert db == {"a": 1, "b": 2}

try:
    with Transaction(db) as tx:
        tx.set("c", 3)
        raise RuntimeError("abort")
except RuntimeError:
    pass
assert "c" not in db
```

For simple cases, `contextlib.contextmanager` with a generator is shorter; a class is better when the object also has methods, as here.
"""),
R("idiom", "How can I open several context managers in one `with` statement without deep nesting?", "", r"""
List them separated by commas. Since Python 3.10 you can wrap the list in parentheses and split it across lines. They are entered left to right and exited in reverse order.

```python
import io
from contextlib import contextmanager

events = []

@contextmanager
def resource(name):
    events.append(f"open {name}")
    try:
        yield name
    finally:
        events.append(f"close {name}")

with (
    resource("db") as db,
    resource("cache") as cache,
    io.StringIO() as buf,
):
    buf.write(f"{db}+{cache}")
    result = buf.getvalue()

assert result == "db+cache"
assert events == ["open db", "open cache", "close cache", "close db"]
```

When the number of managers is only known at runtime, use `contextlib.ExitStack` instead.
"""),
R("idiom", "How do I loop over two lists in parallel and also get the index?", "", r"""
Wrap `zip` in `enumerate`, and unpack the inner pair with parentheses in the loop target.

```python
names = ["ann", "bo", "cy"]
scores = [81, 95, 67]

lines = [f"{rank}. {name} ({score})" for rank, (name, score) in enumerate(zip(names, scores), start=1)]
assert lines == ["1. ann (81)", "2. bo (95)", "3. cy (67)"]

changed = [i for i, (old, new) in enumerate(zip([1, 2, 3], [1, 5, 3])) if old != new]
assert changed == [1]
```

The parentheses in `(name, score)` are required; without them Python would try to unpack the index-pair tuple into three names.
"""),
R("idiom", "Rewrite this loop so that the main logic is not buried in nested ifs.", r"""
for order in orders:
    if order["status"] != "cancelled":
        if order["items"]:
            if order["paid"]:
                ship(order)
""", r"""
Use `continue` to skip unwanted items early. Each condition becomes a flat, self-explanatory filter, and the real work sits at the loop's top level.

```python
def ship_all(orders, ship):
    for order in orders:
        if order["status"] == "cancelled":
            continue
        if not order["items"]:
            continue
        if not order["paid"]:
            continue
        ship(order)

shipped = []
orders = [
    {"id": 1, "status": "new", "items": ["x"], "paid": True},
    {"id": 2, "status": "cancelled", "items": ["x"], "paid": True},
    {"id": 3, "status": "new", "items": [], "paid": True},
    {"id": 4, "status": "new", "items": ["y"], "paid": False},
]
ship_all(orders, lambda o: shipped.append(o["id"]))
assert shipped == [1]
```

This is the loop equivalent of guard clauses in functions. If the conditions are simple, combining them into one `if ...: continue` is also fine.
"""),
R("idiom", "When do I use `append` and when `extend` on a list?", "", r"""
`append(x)` adds one element, even if `x` is itself a list. `extend(iterable)` adds each element of the iterable. `+=` on a list behaves like `extend`.

```python
a = [1, 2]
a.append([3, 4])
assert a == [1, 2, [3, 4]]          # one nested element

b = [1, 2]
b.extend([3, 4])
assert b == [1, 2, 3, 4]

c = ["x"]
c.extend("yz")                      # a string is an iterable of characters
assert c == ["x", "y", "z"]

d = [0]
d += range(1, 3)
assert d == [0, 1, 2]
```

The string case is a classic surprise: `extend("yz")` adds two characters, while `append("yz")` adds one string.
"""),
R("idiom", "Is `if key in my_dict.keys():` the right way to check for a key?", "", r"""
Just write `if key in my_dict:`. Membership on a dict already checks the keys, in O(1). Adding `.keys()` is redundant (and in Python 2 it was a slow list scan). To check values you do need `.values()`, which is O(n).

```python
stock = {"apple": 3, "pear": 0}
assert "apple" in stock
assert "kiwi" not in stock
assert 0 in stock.values()            # values need an explicit (linear) scan
assert ("pear", 0) in stock.items()   # key-value pair check

for name in stock:                    # iterating a dict yields keys, no .keys() needed
    assert name in stock
```

Likewise, `for k in d:` is the idiomatic loop over keys; use `.items()` when you need the values too.
"""),
R("idiom", "Why should I write `if x is None` rather than `if x == None`?", "", r"""
`None` is a singleton, so an identity check is exact and fast. `==` calls `__eq__`, which a class can override to return anything, so `x == None` may give a wrong answer (and linters flag it as E711).

```python
class Weird:
    def __eq__(self, other):
        return True          # claims to equal everything

w = Weird()
assert (w == None) is True    # misleading
assert (w is None) is False   # correct

def describe(value=None):
    if value is None:
        return "missing"
    return f"value={value!r}"

assert describe() == "missing"
assert describe(0) == "value=0"   # `if not value` would wrongly treat 0 as missing
```

Also prefer `is None` over plain truthiness when `0`, `""` or empty containers are valid values.
"""),
R("idiom", "How do I print a list's items separated by commas without building the string myself?", "", r"""
`print` accepts multiple positional arguments and a `sep` (default a space) and `end` (default newline). Unpack the list with `*` to pass its items as separate arguments; `print` calls `str()` on each.

```python
import io

buf = io.StringIO()
items = ["red", 3, None]
print(*items, sep=", ", file=buf)
print("done", end="!\n", file=buf)
print(*range(3), sep="", file=buf)
assert buf.getvalue() == "red, 3, None\ndone!\n012\n"
```

`", ".join(map(str, items))` gives the same text as a string when you need the value rather than output.
"""),
R("idiom", "Make this code more Pythonic.", r"""
names = list(map(lambda u: u["name"].title(), filter(lambda u: u["active"], users)))
""", r"""
A comprehension expresses map-plus-filter without `lambda`, and reads left to right in the order things happen.

```python
users = [
    {"name": "ann lee", "active": True},
    {"name": "bo", "active": False},
    {"name": "cy", "active": True},
]
names = [u["name"].title() for u in users if u["active"]]
assert names == ["Ann Lee", "Cy"]
assert names == list(map(lambda u: u["name"].title(), filter(lambda u: u["active"], users)))
```

`map` remains idiomatic when you already have a named function and no filter, e.g. `list(map(str.strip, lines))`.
"""),
R("idiom", "How do I create several similar functions that differ only in a parameter?", "", r"""
Write a factory function that returns an inner function closing over the parameter. Each call creates a new closure with its own captured value.

```python
def make_validator(minimum, maximum):
    def validate(value):
        return minimum <= value <= maximum
    validate.__name__ = f"between_{minimum}_{maximum}"
    return validate

is_percentage = make_validator(0, 100)
is_port = make_validator(1, 65535)

assert is_percentage(42) and not is_percentage(101)
assert is_port(8080) and not is_port(0)
assert is_port.__name__ == "between_1_65535"
```

Closures capture variables, so create them in a factory like this rather than in a loop that reuses one variable (the late-binding trap).
"""),
R("idiom", "How do I write a decorator that takes arguments, like `@retry(times=3)`?", "", r"""
Add one more level: the outer function receives the arguments and returns the actual decorator, which wraps the function.

```python
import functools

def retry(times, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
        return wrapper
    return decorator

calls = []

@retry(times=3, exceptions=(ConnectionError,))
def flaky():
    calls.append(1)
    if len(calls) < 3:
        raise ConnectionError("try again")
    return "ok"

assert flaky() == "ok" and len(calls) == 3
assert flaky.__name__ == "flaky"
```

`@retry(times=3)` first calls `retry(times=3)`, then applies the returned decorator to the function. Real retry logic would usually also wait between attempts.
"""),
R("idiom", "What are the idiomatic ways to copy a list, and which one should I use?", "", r"""
`list(x)`, `x.copy()` and `x[:]` all make a shallow copy: a new list holding the same element objects. Use `copy.deepcopy` when the elements themselves are mutable and must be independent.

```python
import copy

original = [[1, 2], [3]]
a = list(original)
b = original.copy()
c = original[:]
assert a == b == c == original
assert a is not original and a[0] is original[0]   # elements are shared

deep = copy.deepcopy(original)
deep[0].append(99)
assert original[0] == [1, 2]

alias = original             # not a copy at all
alias.append([4])
assert len(original) == 3
```

`x.copy()` states the intent most clearly; `list(x)` also works on any iterable, such as a tuple or a generator.
"""),
R("idiom", "How do I split a list of pairs into two separate lists?", "", r"""
`zip(*pairs)` is its own inverse: unpacking the pairs as arguments regroups the first elements together and the second elements together.

```python
pairs = [("ann", 81), ("bo", 95), ("cy", 67)]
names, scores = zip(*pairs)
assert names == ("ann", "bo", "cy")
assert scores == (81, 95, 67)

names, scores = map(list, zip(*pairs))    # lists instead of tuples
assert scores == [81, 95, 67]

points = [(1, 2, 3), (4, 5, 6)]
xs, ys, zs = zip(*points)
assert ys == (2, 5)
```

With an empty input, `zip(*[])` yields nothing and the two-name unpacking raises `ValueError`, so guard that case if it can happen.
"""),
R("idiom", "How do I check that an argument is an iterable of values but not a single string?", "", r"""
Test against `collections.abc.Iterable` and exclude `str`/`bytes` explicitly, because strings are iterable too. This lets a function accept either one value or many.

```python
from collections.abc import Iterable

def as_list(value):
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return [value]
    return list(value)

assert as_list("solo") == ["solo"]
assert as_list(["a", "b"]) == ["a", "b"]
assert as_list(("x",)) == ["x"]
assert as_list(5) == [5]
assert as_list({"k": 1}) == ["k"]
assert as_list(n for n in range(2)) == [0, 1]
```

The ABCs recognise any class implementing `__iter__`, including generators and custom containers, without them having to inherit from anything.
"""),
R("idiom", "How do I get the index of the largest value in a list?", "", r"""
Either ask `max` for the index whose value is largest, `max(range(len(xs)), key=xs.__getitem__)`, or take the max over `enumerate` pairs by their value. Both do one pass and return the first index on ties.

```python
from operator import itemgetter

temps = [12.5, 19.0, 17.2, 19.0]

best = max(range(len(temps)), key=temps.__getitem__)
assert best == 1

index, value = max(enumerate(temps), key=itemgetter(1))
assert (index, value) == (1, 19.0)

assert temps.index(max(temps)) == 1    # two passes, but very readable
```

Wrap these in a check for empty input, or pass `default=` to `max`.
"""),
R("idiom", "How do I compare the keys of two dicts to see what was added, removed or kept?", "", r"""
Dict key views behave like sets, so `-`, `&`, `|` and `^` work on them directly without converting to `set` first.

```python
old = {"host": "a", "port": 80, "debug": True}
new = {"host": "b", "port": 80, "timeout": 5}

added = new.keys() - old.keys()
removed = old.keys() - new.keys()
common = old.keys() & new.keys()
changed = {k for k in common if old[k] != new[k]}

assert added == {"timeout"}
assert removed == {"debug"}
assert changed == {"host"}
assert old.items() & new.items() == {("port", 80)}   # items views too, if values are hashable
```

This gives a compact config diff. The results are plain sets, so sort them if you need stable output.
"""),
R("idiom", "What's the right way to compare strings case-insensitively?", "", r"""
Use `str.casefold()` on both sides. It is a more aggressive form of `lower()` designed for caseless matching, and handles characters like the German `ß`, which `lower()` leaves alone.

```python
def same_text(a, b):
    return a.casefold() == b.casefold()

assert same_text("Straße", "STRASSE")
assert not ("Straße".lower() == "STRASSE".lower())
assert same_text("Python", "pYTHON")

names = ["bob", "Alice", "carol"]
assert sorted(names, key=str.casefold) == ["Alice", "bob", "carol"]
```

For user-facing text that may contain accents in different Unicode forms, also normalise with `unicodedata.normalize("NFC", s)` before comparing.
"""),
R("idiom", "How do I enumerate a list from the end while keeping the original indices?", "", r"""
Reverse the `enumerate` output rather than the input: `reversed(list(enumerate(seq)))`, or zip a descending range with `reversed(seq)`. This matters when you delete items by index while scanning backwards.

```python
items = ["a", "tmp", "b", "tmp"]

for i, item in reversed(list(enumerate(items))):
    if item == "tmp":
        del items[i]          # deleting from the back keeps the remaining indices valid
assert items == ["a", "b"]

seq = ["x", "y", "z"]
pairs = list(zip(range(len(seq) - 1, -1, -1), reversed(seq)))
assert pairs == [(2, "z"), (1, "y"), (0, "x")]
```

`enumerate(reversed(seq))` would number the items 0, 1, 2 from the end, which is not their position in the list.
"""),
R("refactor", "Clean up this nested fallback for decoding bytes with several encodings.", r"""
def decode(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            try:
                return data.decode("latin-1")
            except UnicodeDecodeError:
                return None
""", r"""
```python
ENCODINGS = ("utf-8", "cp1252")

def decode(data, encodings=ENCODINGS):
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # maps every byte, so it cannot fail

assert decode("café".encode("utf-8")) == "café"
assert decode("café".encode("cp1252")) == "café"
assert decode(b"\x81") == "\x81"   # undefined in cp1252, falls through to latin-1
```

A loop over a tuple of encodings replaces the staircase of nested `try` blocks, and callers can pass their own list. Latin-1 decodes every possible byte, so the original's final `return None` could never run; making it the unconditional last step says so.
"""),
R("complexity", "What is the complexity of this subsequence check, and how can it be made linear?", r"""
def is_subsequence(small, big):
    for ch in small:
        pos = big.find(ch)
        if pos == -1:
            return False
        big = big[pos + 1:]
    return True
""", r"""
Each `find` is fine, but `big = big[pos + 1:]` copies the rest of the string on every step. With m characters in `small` and n in `big`, the copies cost up to O(m * n) time. Searching from an index instead of slicing makes it O(n + m), because the search position only moves forward.

```python
def is_subsequence(small, big):
    pos = 0
    for ch in small:
        pos = big.find(ch, pos)
        if pos == -1:
            return False
        pos += 1
    return True

def is_subsequence_iter(small, big):
    it = iter(big)
    return all(ch in it for ch in small)   # `in` consumes the iterator up to the match

for check in (is_subsequence, is_subsequence_iter):
    assert check("ace", "abcde")
    assert not check("aec", "abcde")
    assert check("", "anything")
    assert check("ab" * 1000, "ab" * 1000 + "c" * 10_000)
```

The iterator version is a neat idiom: each `ch in it` advances the shared iterator, so the total work is a single pass over `big`.
"""),
]

"""Writer B, part 8: stdlib rows (dataclasses, enum, heapq, bisect, statistics, text, argparse, logging, ...)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("stdlib", "How do I convert a dataclass to a dict and make a modified copy of it?", "", r"""
`dataclasses.asdict` converts an instance (recursively, including nested dataclasses and lists) to plain dicts. `dataclasses.replace` returns a new instance with some fields changed, running `__init__` and `__post_init__` again.

```python
from dataclasses import dataclass, asdict, replace, field

@dataclass(frozen=True)
class Address:
    city: str
    zip_code: str

@dataclass(frozen=True)
class Customer:
    name: str
    address: Address
    tags: tuple = field(default=())

ann = Customer("Ann", Address("Lyon", "69001"), ("vip",))
assert asdict(ann) == {"name": "Ann", "address": {"city": "Lyon", "zip_code": "69001"}, "tags": ("vip",)}

moved = replace(ann, address=replace(ann.address, city="Nice", zip_code="06000"))
assert moved.address.city == "Nice"
assert ann.address.city == "Lyon"   # the original is untouched
```

`replace` is the standard way to "modify" frozen dataclasses. `astuple` is the tuple counterpart of `asdict`.
"""),
R("stdlib", "How do I make a memory-efficient, immutable record class with dataclasses?", "", r"""
`@dataclass(frozen=True, slots=True)` (Python 3.10+) forbids attribute assignment after creation, generates `__hash__`, and uses `__slots__` instead of a per-instance `__dict__`, which reduces memory and blocks accidental new attributes.

```python
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True, slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"

p = Pixel(3, 4)
try:
    p.x = 10
except FrozenInstanceError:
    pass
try:
    p.alpha = 0.5
except (AttributeError, TypeError):
    pass   # no __dict__ to put new attributes in
assert not hasattr(p, "__dict__")
assert len({Pixel(1, 1), Pixel(1, 1), Pixel(2, 1)}) == 2   # hashable
```

Frozen instances can be set members and dict keys. Note that "frozen" is shallow: a list stored in a field can still be mutated.
"""),
R("stdlib", "How do I sort dataclass instances by one field while excluding another field from comparisons?", "", r"""
With `order=True`, comparisons use the fields in declaration order. Put the sort field first and mark fields that should not affect equality or ordering with `field(compare=False)`.

```python
from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    notes: list = field(default_factory=list, compare=False, repr=False)

tasks = [Task(3, "deploy"), Task(1, "test"), Task(2, "review", ["urgent"])]
assert [t.name for t in sorted(tasks)] == ["test", "review", "deploy"]
assert Task(1, "a") == Task(1, "b")          # names are ignored when comparing
assert "notes" not in repr(tasks[2])
```

A common variant computes a hidden `sort_index` field in `__post_init__` with `field(init=False)` and puts it first.
"""),
R("stdlib", "How do I represent combinable permission bits with an enum?", "", r"""
`enum.Flag` members can be combined with `|`, tested with `in` or `&`, and removed with `& ~`. Using `auto()` assigns powers of two.

```python
from enum import Flag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE

user = Perm.READ | Perm.WRITE
assert Perm.READ in user
assert Perm.EXECUTE not in user
assert user & Perm.WRITE
assert (user | Perm.EXECUTE) == Perm.ALL
assert (Perm.ALL & ~Perm.WRITE) == Perm.READ | Perm.EXECUTE
assert [p.name for p in user] == ["READ", "WRITE"]   # iterating a combination, Python 3.11+
```

Use `IntFlag` when values must also behave as integers, for example to interoperate with OS-level bit masks.
"""),
R("stdlib", "I want enum members that compare equal to plain strings, e.g. for JSON. How?", "", r"""
`enum.StrEnum` (Python 3.11+) members are real `str` instances, so they compare equal to their values, work in string operations and serialise to JSON as plain strings. With `auto()`, the value is the lower-cased member name.

```python
import json
from enum import StrEnum, auto

class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = "dark-blue"

assert Color.RED == "red"
assert Color("dark-blue") is Color.DARK_BLUE
assert json.dumps({"c": Color.GREEN}) == '{"c": "green"}'
assert f"color={Color.RED}" == "color=red"
assert Color.RED.upper() == "RED"
```

On older versions, `class Color(str, Enum)` behaves similarly, except that `format()` and f-strings may show the member name rather than the value.
"""),
R("stdlib", "Build a priority queue with heapq where equal priorities come out in insertion order.", "", r"""
Store `(priority, counter, item)` tuples. The increasing counter breaks ties in FIFO order and means the items themselves never get compared, so they need not be orderable.

```python
import heapq
from itertools import count

class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = count()

    def push(self, item, priority):
        heapq.heappush(self._heap, (priority, next(self._counter), item))

    def pop(self):
        return heapq.heappop(self._heap)[2]

    def __len__(self):
        return len(self._heap)

pq = PriorityQueue()
pq.push({"job": "email"}, 2)
pq.push({"job": "backup"}, 1)
pq.push({"job": "report"}, 2)
assert [pq.pop()["job"] for _ in range(len(pq))] == ["backup", "email", "report"]
```

Without the counter, two entries with equal priority would compare the dicts, raising `TypeError`. For max-priority-first, push `-priority`.
"""),
R("stdlib", "Given sorted timestamps with values, how do I find the value in effect at an arbitrary time?", "", r"""
Binary-search for the last timestamp that is less than or equal to the query with `bisect_right` minus one. Each lookup is O(log n).

```python
from bisect import bisect_right

times = [0, 10, 25, 40]          # when each price took effect
prices = [100, 105, 98, 110]

def price_at(t):
    i = bisect_right(times, t) - 1
    if i < 0:
        raise LookupError(f"no price before t={t}")
    return prices[i]

assert price_at(0) == 100
assert price_at(24) == 105
assert price_at(25) == 98
assert price_at(1000) == 110
try:
    price_at(-1)
except LookupError:
    pass
```

`bisect_right` places a query equal to a timestamp after it, so a change that happens at exactly time t applies at t.
"""),
R("stdlib", "How do I keep a list of records sorted by a field as I insert into it?", "", r"""
Since Python 3.10, `bisect.insort` and friends accept a `key=` function. The list must already be sorted by that key; the key is applied to list elements, and for `insort` also to the new item.

```python
from bisect import insort, bisect_left

events = []
for event in [{"t": 30, "e": "stop"}, {"t": 10, "e": "start"}, {"t": 20, "e": "pause"}]:
    insort(events, event, key=lambda ev: ev["t"])
assert [ev["e"] for ev in events] == ["start", "pause", "stop"]

# for lookups, the key applies to list items only, so pass the bare key value
i = bisect_left(events, 20, key=lambda ev: ev["t"])
assert events[i]["e"] == "pause"
```

Note the asymmetry: `insort` applies the key to the new item, but `bisect_left` expects the search value to be a key already.
"""),
R("stdlib", "Compute the mean, median and standard deviation of a list of numbers without third-party packages.", "", r"""
The `statistics` module provides these directly. `stdev` is the sample standard deviation (n - 1 denominator); `pstdev` is the population version.

```python
import statistics as st

latencies = [120, 95, 130, 101, 99, 400, 105]

assert st.mean(latencies) == 150
assert st.median(latencies) == 105
assert round(st.stdev(latencies), 2) == 110.94
assert round(st.pstdev(latencies), 2) == 102.71
assert st.median([1, 2, 3, 4]) == 2.5     # average of the middle two
assert st.fmean([1, 2, 4]) == 7 / 3       # fast float mean

try:
    st.mean([])
except st.StatisticsError:
    pass
```

With an outlier like 400, the median describes the typical value much better than the mean.
"""),
R("stdlib", "How do I compute percentiles such as p90 with the standard library?", "", r"""
`statistics.quantiles(data, n=100)` returns the 99 cut points that divide the data into 100 groups, so index 89 is the 90th percentile. The default method is `"exclusive"`; `"inclusive"` treats the data as the whole population and never extrapolates beyond the minimum and maximum.

```python
import statistics

data = list(range(1, 101))  # 1..100

quartiles = statistics.quantiles(data, n=4)
assert quartiles == [25.25, 50.5, 75.75]

p = statistics.quantiles(data, n=100, method="inclusive")
assert round(p[89], 2) == 90.1     # p90
assert round(p[98], 2) == 99.01    # p99
```

Different tools define percentiles slightly differently (interpolation rules), so state the method when you report numbers.
"""),
R("stdlib", "How do I find the most common value, including when there is a tie?", "", r"""
`statistics.mode` returns the first most common value encountered; `statistics.multimode` returns all values that share the highest count, in first-seen order. Both work on non-numeric data.

```python
from statistics import mode, multimode

answers = ["yes", "no", "yes", "maybe", "no"]
assert mode(answers) == "yes"                  # first of the tied winners
assert multimode(answers) == ["yes", "no"]
assert multimode([1, 2, 3]) == [1, 2, 3]       # every value is tied
assert multimode([]) == []
```

Since Python 3.8 `mode` no longer raises on ties; use `multimode` whenever ties matter to your result.
"""),
R("stdlib", "How do I wrap a long paragraph to 40 columns with a hanging indent?", "", r"""
`textwrap.fill` wraps text at word boundaries and joins the lines with newlines; `initial_indent` and `subsequent_indent` control the prefixes. `textwrap.wrap` returns the list of lines instead.

```python
import textwrap

text = ("The quick brown fox jumps over the lazy dog while the cat "
        "watches from the windowsill, unimpressed.")
wrapped = textwrap.fill(text, width=40, initial_indent="- ", subsequent_indent="  ")
lines = wrapped.splitlines()
assert all(len(line) <= 40 for line in lines)
assert lines[0].startswith("- The quick") and lines[1].startswith("  ")
assert " ".join(line[2:] for line in lines) == text

assert textwrap.wrap("short", width=40) == ["short"]
```

Whitespace runs are collapsed to single spaces by default; pass `replace_whitespace=False` or pre-split paragraphs if you need to preserve layout.
"""),
R("stdlib", "How do I remove the common indentation from a triple-quoted string, and indent text for output?", "", r"""
`textwrap.dedent` strips the whitespace prefix shared by all non-blank lines, which lets you indent multi-line literals to match the code. `textwrap.indent` adds a prefix to every non-blank line.

```python
import textwrap

def usage():
    return textwrap.dedent('''\
        Usage:
          tool run <file>
          tool check
    ''')

assert usage() == "Usage:\n  tool run <file>\n  tool check\n"

quoted = textwrap.indent("first\n\nsecond\n", "> ")
assert quoted == "> first\n\n> second\n"   # blank lines are left alone by default
```

The backslash right after the opening quotes stops the literal from starting with a newline.
"""),
R("stdlib", "How do I shorten a long title to fit in 30 characters with an ellipsis, cutting at a word boundary?", "", r"""
`textwrap.shorten` collapses whitespace and, if the text is still too long, drops whole words from the end and appends a placeholder so that the total fits the width.

```python
import textwrap

title = "An   unusually long article title about Python packaging"
short = textwrap.shorten(title, width=30, placeholder="...")
assert short == "An unusually long article..."
assert len(short) <= 30
assert textwrap.shorten("fits fine", width=30) == "fits fine"
assert textwrap.shorten("Supercalifragilistic", width=10) == "[...]"  # no whole word fits
```

If the first word alone is too long, only the placeholder remains; slice by characters instead if that case matters.
"""),
R("stdlib", "Build a command-line tool with subcommands (`add` and `list`) using argparse.", "", r"""
`add_subparsers` creates a sub-parser per command. Setting a default `func` per sub-parser lets the main code dispatch without if/elif.

```python
import argparse

def cmd_add(args):
    return f"added {args.item} x{args.qty}"

def cmd_list(args):
    return f"listing (all={args.all})"

def build_parser():
    parser = argparse.ArgumentParser(prog="todo")
    sub = parser.add_subparsers(dest="command", required=True)

    add = sub.add_parser("add", help="add an item")
    add.add_argument("item")
    add.add_argument("--qty", type=int, default=1)
    add.set_defaults(func=cmd_add)

    lst = sub.add_parser("list", help="show items")
    lst.add_argument("--all", action="store_true")
    lst.set_defaults(func=cmd_list)
    return parser

def main(argv):
    args = build_parser().parse_args(argv)
    return args.func(args)

assert main(["add", "milk", "--qty", "2"]) == "added milk x2"
assert main(["list", "--all"]) == "listing (all=True)"
```

`required=True` makes a missing subcommand an error instead of leaving `func` unset. Passing `argv` explicitly keeps the parser testable.
"""),
R("stdlib", "How do I accept a variable number of file names and restrict an option to fixed choices with argparse?", "", r"""
`nargs="+"` collects one or more positional values into a list (`"*"` allows zero), and `choices=` rejects anything outside the allowed set with a clear error.

```python
import argparse

parser = argparse.ArgumentParser(prog="convert", exit_on_error=False)
parser.add_argument("files", nargs="+")
parser.add_argument("--format", choices=["json", "csv", "yaml"], default="json")
parser.add_argument("--exclude", nargs="*", default=[])

args = parser.parse_args(["a.txt", "b.txt", "--format", "csv", "--exclude", "tmp", "bak"])
assert args.files == ["a.txt", "b.txt"]
assert args.format == "csv"
assert args.exclude == ["tmp", "bak"]

try:
    parser.parse_args(["a.txt", "--format", "xml"])
except argparse.ArgumentError as exc:
    assert "invalid choice" in str(exc)
```

`exit_on_error=False` (Python 3.9+) makes some errors raise `ArgumentError` instead of calling `sys.exit`, which is handy in tests.
"""),
R("stdlib", "How do I make two argparse flags mutually exclusive, like `--verbose` and `--quiet`?", "", r"""
Add them to a group created with `add_mutually_exclusive_group()`. argparse then rejects command lines that use both. Storing both into one `dest` gives a single verbosity value.

```python
import argparse
import contextlib
import io

parser = argparse.ArgumentParser(prog="sync")
group = parser.add_mutually_exclusive_group()
group.add_argument("-v", "--verbose", dest="level", action="store_const", const=2)
group.add_argument("-q", "--quiet", dest="level", action="store_const", const=0)
parser.set_defaults(level=1)

assert parser.parse_args([]).level == 1
assert parser.parse_args(["-v"]).level == 2
assert parser.parse_args(["--quiet"]).level == 0

stderr = io.StringIO()
with contextlib.redirect_stderr(stderr):
    try:
        parser.parse_args(["-v", "-q"])
    except SystemExit as exc:
        assert exc.code == 2
assert "not allowed with argument" in stderr.getvalue()
```

Pass `required=True` to the group if one of the options must always be given.
"""),
R("stdlib", "How do I log an exception with its traceback using the logging module?", "", r"""
Inside an `except` block, `logger.exception(msg)` logs at ERROR level and appends the current traceback. For other levels, pass `exc_info=True`.

```python
import io
import logging

stream = io.StringIO()
logger = logging.getLogger("payments")
logger.addHandler(logging.StreamHandler(stream))
logger.setLevel(logging.INFO)
logger.propagate = False

def charge(amount):
    try:
        return 100 / amount
    except ZeroDivisionError:
        logger.exception("charge failed for amount=%s", amount)
        return None

assert charge(0) is None
output = stream.getvalue()
assert output.startswith("charge failed for amount=0")
assert "Traceback (most recent call last)" in output
assert "ZeroDivisionError" in output
```

Use `logger.exception` only inside exception handlers; elsewhere there is no current exception to attach.
"""),
R("stdlib", "How do I attach a request ID to every log message without passing it to each call?", "", r"""
A `logging.LoggerAdapter` adds a fixed `extra` dict to each record, so the formatter can reference `%(request_id)s`.

```python
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("[%(request_id)s] %(levelname)s %(message)s"))
base = logging.getLogger("web")
base.addHandler(handler)
base.setLevel(logging.DEBUG)
base.propagate = False

def handle(request_id, path):
    log = logging.LoggerAdapter(base, {"request_id": request_id})
    log.info("GET %s", path)
    log.debug("done")

handle("r-17", "/home")
handle("r-18", "/about")
assert stream.getvalue().splitlines() == [
    "[r-17] INFO GET /home",
    "[r-17] DEBUG done",
    "[r-18] INFO GET /about",
    "[r-18] DEBUG done",
]
```

For context that must flow through many functions, a `contextvars.ContextVar` read by a `logging.Filter` avoids creating adapters everywhere.
"""),
R("stdlib", "How can I ignore a specific exception in one line, for example when deleting a key that may not exist?", "", r"""
`contextlib.suppress(*exceptions)` is a context manager that swallows the listed exception types and continues after the block. Other exceptions still propagate.

```python
from contextlib import suppress

cache = {"a": 1}
with suppress(KeyError):
    del cache["missing"]
assert cache == {"a": 1}

def parse_or_none(text):
    with suppress(ValueError):
        return int(text)
    return None

assert parse_or_none("42") == 42
assert parse_or_none("x") is None

try:
    with suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError:
    pass
```

Execution resumes after the `with` block, not after the failing line, so keep the block to the single operation you expect might fail. For this particular case, `cache.pop("missing", None)` is even shorter.
"""),
R("stdlib", "How do I manage a variable number of context managers opened in a loop?", "", r"""
`contextlib.ExitStack` lets you enter context managers dynamically; everything entered is exited in reverse order when the stack closes, even if a later one fails.

```python
import tempfile
from contextlib import ExitStack
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    paths = []
    for i in range(3):
        path = Path(tmp) / f"part{i}.txt"
        path.write_text(f"chunk {i}\n")
        paths.append(path)

    with ExitStack() as stack:
        files = [stack.enter_context(p.open()) for p in paths]
        merged = "".join(f.read() for f in files)
    assert merged == "chunk 0\nchunk 1\nchunk 2\n"
    assert all(f.closed for f in files)

    log = []
    with ExitStack() as stack:
        stack.callback(log.append, "first registered")
        stack.callback(log.append, "second registered")
    assert log == ["second registered", "first registered"]
```

`stack.callback` registers arbitrary cleanup functions, which is handy for resources that are not context managers.
"""),
R("stdlib", "How do I capture what a function prints to stdout, for example in a test?", "", r"""
`contextlib.redirect_stdout` temporarily points `sys.stdout` at another file-like object such as `io.StringIO`.

```python
import io
from contextlib import redirect_stdout, redirect_stderr
import sys

def noisy(n):
    for i in range(n):
        print(f"step {i}")
    print("warning!", file=sys.stderr)
    return n

out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err):
    result = noisy(2)

assert result == 2
assert out.getvalue() == "step 0\nstep 1\n"
assert err.getvalue() == "warning!\n"
```

It only affects code that writes through `sys.stdout`, not output from C extensions or subprocesses writing directly to file descriptor 1.
"""),
R("stdlib", "How do I describe the shape of a JSON-like dict for type checkers?", "", r"""
`typing.TypedDict` declares the expected keys and value types of a dict. At runtime it is just a `dict`; the benefit is that static checkers such as mypy flag missing keys, typos and wrong types. `NotRequired` (3.11+) marks optional keys.

```python
from typing import TypedDict, NotRequired

class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]

def describe(movie: Movie) -> str:
    rating = movie.get("rating")
    suffix = f" ({rating}/10)" if rating is not None else ""
    return f"{movie['title']} [{movie['year']}]{suffix}"

m: Movie = {"title": "Alien", "year": 1979}
assert describe(m) == "Alien [1979]"
assert describe({"title": "Heat", "year": 1995, "rating": 8.3}) == "Heat [1995] (8.3/10)"
assert type(m) is dict
assert Movie.__required_keys__ == frozenset({"title", "year"})
```

TypedDict performs no runtime validation; validate untrusted input separately.
"""),
R("stdlib", "How do I write a type-annotated function that returns the same type as its input list's elements?", "", r"""
Use a `TypeVar`. It links the parameter and return types, so a checker knows that `first_or([1, 2], 0)` returns `int` and `first_or(["a"], "")` returns `str`.

```python
from typing import TypeVar, Sequence, Hashable

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

def first_or(items: Sequence[T], default: T) -> T:
    return items[0] if items else default

def index_by(items: Sequence[T], key_of) -> dict:
    return {key_of(item): item for item in items}

assert first_or([3, 4], 0) == 3
assert first_or([], "none") == "none"
assert index_by(["apple", "kiwi"], len) == {5: "apple", 4: "kiwi"}
```

On Python 3.12+ you can write `def first_or[T](items: Sequence[T], default: T) -> T:` without declaring the `TypeVar` separately. Type variables have no runtime effect.
"""),
R("stdlib", "How do I round money amounts half-up to cents correctly?", "", r"""
Use `decimal.Decimal` created from strings, and `quantize` with `ROUND_HALF_UP`. Python's built-in `round` uses banker's rounding (half to even) and floats cannot represent most cent values exactly.

```python
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN

CENT = Decimal("0.01")

def to_cents(amount):
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)

assert to_cents("2.675") == Decimal("2.68")
assert round(2.675, 2) == 2.67                     # float is really 2.67499999...
assert to_cents("0.125") == Decimal("0.13")
assert Decimal("0.125").quantize(CENT, rounding=ROUND_HALF_EVEN) == Decimal("0.12")

total = sum(Decimal(p) for p in ["19.99", "5.01", "0.10"])
assert total == Decimal("25.10") and str(total) == "25.10"
```

Build Decimals from strings (or integers), never from floats: `Decimal(2.675)` preserves the float's binary error.
"""),
R("stdlib", "How do I compute with more (or fewer) significant digits using decimal, only inside one block?", "", r"""
`decimal.localcontext()` gives a copy of the current arithmetic context that you can change; the change ends with the `with` block. Precision counts significant digits, and it applies to the results of arithmetic operations.

```python
from decimal import Decimal, localcontext, getcontext

assert getcontext().prec == 28
with localcontext() as ctx:
    ctx.prec = 50
    third = Decimal(1) / Decimal(3)
assert len(str(third)) == 52                  # "0." plus 50 digits

with localcontext() as ctx:
    ctx.prec = 4
    assert Decimal("3.14159") * 1 == Decimal("3.142")
    assert Decimal("3.14159") == Decimal("3.14159")   # creating a Decimal is not rounded

assert getcontext().prec == 28                # unchanged outside
```

Since Python 3.11 you can also write `localcontext(prec=50)`.
"""),
R("stdlib", "How do I do exact arithmetic with fractions and convert a float to a simple fraction?", "", r"""
`fractions.Fraction` stores an exact numerator/denominator pair, always reduced. Build from strings or integers for exact values; `limit_denominator` finds the closest fraction with a bounded denominator, which recovers "nice" fractions from floats.

```python
from fractions import Fraction

total = Fraction(1, 3) + Fraction(1, 6)
assert total == Fraction(1, 2)
assert Fraction("0.75") == Fraction(3, 4)
assert sum(Fraction(1, 10) for _ in range(10)) == 1     # no float drift

assert Fraction(0.1) != Fraction(1, 10)                  # the float's exact binary value
assert Fraction(0.1).limit_denominator(100) == Fraction(1, 10)
assert Fraction(3.14159).limit_denominator(10) == Fraction(22, 7)
assert float(Fraction(7, 8)) == 0.875
```

Fractions get slow as numerators and denominators grow, so they suit exact bookkeeping and small computations, not heavy numeric work.
"""),
R("stdlib", "How do I fill `$name`-style placeholders safely, leaving unknown ones untouched?", "", r"""
`string.Template` uses `$name` or `${name}` placeholders. `substitute` raises `KeyError` for missing values; `safe_substitute` leaves them as they are. Templates cannot evaluate expressions or access attributes, which makes them safer than `str.format` for user-supplied templates.

```python
from string import Template

t = Template("Hello $name, your order ${order_id}x is $status.")
assert t.substitute(name="Ann", order_id=42, status="shipped") == "Hello Ann, your order 42x is shipped."
assert t.safe_substitute(name="Bo") == "Hello Bo, your order ${order_id}x is $status."

try:
    t.substitute(name="Cy")
except KeyError as exc:
    assert exc.args[0] == "order_id"

assert Template("cost: $$5").substitute() == "cost: $5"   # $$ escapes a dollar sign
```

`str.format` with user input can leak data through expressions like `{user.__class__}`; `Template` has no such features.
"""),
R("stdlib", "Check that a password contains a lowercase letter, an uppercase letter, a digit and a punctuation character.", "", r"""
The `string` module provides ready-made character sets: `ascii_lowercase`, `ascii_uppercase`, `digits` and `punctuation`. Checking each category with `any` over the password keeps the rule readable.

```python
import string

CATEGORIES = {
    "lowercase": set(string.ascii_lowercase),
    "uppercase": set(string.ascii_uppercase),
    "digit": set(string.digits),
    "symbol": set(string.punctuation),
}

def missing_categories(password):
    chars = set(password)
    return [name for name, allowed in CATEGORIES.items() if not chars & allowed]

assert missing_categories("Secr3t!x") == []
assert missing_categories("password") == ["uppercase", "digit", "symbol"]
assert missing_categories("") == list(CATEGORIES)
```

Returning the missing categories instead of a boolean lets the caller tell the user exactly what to add.
"""),
R("stdlib", "How do I call the same method on every object in a list with `map`?", "", r"""
`operator.methodcaller(name, *args)` returns a callable that calls the named method with the given arguments on whatever object it receives.

```python
from operator import methodcaller, attrgetter

names = ["  ann ", "BO", " cy"]
assert list(map(methodcaller("strip"), names)) == ["ann", "BO", "cy"]

split_csv = methodcaller("split", ",")
assert split_csv("a,b,c") == ["a", "b", "c"]

pad = methodcaller("rjust", 4, "0")
assert [pad(s) for s in ["7", "42"]] == ["0007", "0042"]

from types import SimpleNamespace
orders = [SimpleNamespace(customer=SimpleNamespace(name="zed")), SimpleNamespace(customer=SimpleNamespace(name="amy"))]
assert [o.customer.name for o in sorted(orders, key=attrgetter("customer.name"))] == ["amy", "zed"]
```

`attrgetter` accepts dotted paths for nested attributes, which a plain `getattr` does not.
"""),
R("stdlib", "How do I compute the SHA-256 hash of a string and of a large stream in chunks?", "", r"""
`hashlib.sha256()` returns a hash object. Call `update` with bytes (encode strings first) as many times as needed, then `hexdigest()`. Feeding chunks gives the same result as hashing everything at once, without loading it all into memory.

```python
import hashlib
import io

digest = hashlib.sha256("hello".encode("utf-8")).hexdigest()
assert digest == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"

def sha256_stream(stream, chunk_size=8192):
    h = hashlib.sha256()
    for chunk in iter(lambda: stream.read(chunk_size), b""):
        h.update(chunk)
    return h.hexdigest()

data = b"x" * 100_000
assert sha256_stream(io.BytesIO(data), chunk_size=1000) == hashlib.sha256(data).hexdigest()
```

`iter(callable, sentinel)` calls `read` until it returns the empty bytes sentinel. For passwords use a slow key-derivation function such as `hashlib.scrypt` instead of a plain hash.
"""),
R("stdlib", "How do I encode binary data as text with base64 and decode it back?", "", r"""
`base64.b64encode` takes bytes and returns ASCII bytes; decode those to get a `str`. `urlsafe_b64encode` replaces `+` and `/` with `-` and `_` so the result can be used in URLs and file names.

```python
import base64

raw = bytes([0, 255, 16, 62, 63])
text = base64.b64encode(raw).decode("ascii")
assert text == "AP8QPj8="
assert base64.b64decode(text) == raw

url_safe = base64.urlsafe_b64encode(b"\xfb\xff").decode("ascii")
assert url_safe == "-_8="
assert base64.urlsafe_b64decode(url_safe) == b"\xfb\xff"

try:
    base64.b64decode("not base64!", validate=True)
except ValueError:
    pass   # binascii.Error is a subclass of ValueError
```

Base64 is an encoding, not encryption; it makes data about a third larger.
"""),
R("stdlib", "How do I pack numbers into a fixed binary layout and unpack them, e.g. for a file header?", "", r"""
`struct.pack(fmt, ...)` converts values to bytes according to a format string; `struct.unpack` reverses it. The first character sets byte order (`<` little-endian, `>` or `!` big-endian/network) and disables padding.

```python
import struct

HEADER = struct.Struct("<4sHHI")   # magic, version, flags, payload length
assert HEADER.size == 12

packed = HEADER.pack(b"LSMT", 2, 0b101, 1_000_000)
assert packed[:4] == b"LSMT" and len(packed) == 12

magic, version, flags, length = HEADER.unpack(packed)
assert (magic, version, flags, length) == (b"LSMT", 2, 5, 1_000_000)

assert struct.pack(">H", 1) == b"\x00\x01"
assert struct.pack("<H", 1) == b"\x01\x00"
try:
    struct.pack("<H", 70_000)   # does not fit in an unsigned short
except struct.error:
    pass
```

A precompiled `struct.Struct` avoids re-parsing the format and exposes `.size`, which is handy when reading records from a stream.
"""),
R("stdlib", "How do I suggest the closest valid command when a user mistypes one?", "", r"""
`difflib.get_close_matches(word, possibilities, n, cutoff)` returns the most similar strings, best first, using a similarity ratio between 0 and 1.

```python
import difflib

COMMANDS = ["install", "uninstall", "list", "freeze", "search", "show"]

def suggest(typed):
    matches = difflib.get_close_matches(typed, COMMANDS, n=1, cutoff=0.6)
    return f"unknown command {typed!r}; did you mean {matches[0]!r}?" if matches else f"unknown command {typed!r}"

assert suggest("instal") == "unknown command 'instal'; did you mean 'install'?"
assert suggest("lsit") == "unknown command 'lsit'; did you mean 'list'?"
assert suggest("xyz") == "unknown command 'xyz'"
assert round(difflib.SequenceMatcher(None, "freeze", "frezee").ratio(), 2) == 0.83
```

Raise `cutoff` to make suggestions stricter; `SequenceMatcher.ratio()` shows the underlying score for any pair.
"""),
R("stdlib", "How do I produce a unified diff between two versions of a text?", "", r"""
`difflib.unified_diff` takes two lists of lines and yields diff lines in the familiar `---`/`+++`/`@@` format. Keep the line endings (`splitlines(keepends=True)`) so the output can be joined directly.

```python
import difflib

old = "host = a\nport = 80\ndebug = no\n".splitlines(keepends=True)
new = "host = a\nport = 8080\ndebug = no\n".splitlines(keepends=True)

diff = "".join(difflib.unified_diff(old, new, fromfile="old.cfg", tofile="new.cfg", n=1))
assert diff.splitlines() == [
    "--- old.cfg",
    "+++ new.cfg",
    "@@ -1,3 +1,3 @@",
    " host = a",
    "-port = 80",
    "+port = 8080",
    " debug = no",
]
assert list(difflib.unified_diff(old, old)) == []   # identical input: no output
```

`n` sets the number of context lines (3 by default). `difflib.ndiff` gives a character-level view instead.
"""),
R("stdlib", "How do I parse a URL's query string and build one safely?", "", r"""
`urllib.parse.urlsplit` breaks a URL into parts, `parse_qs` turns the query into a dict of lists (a key may repeat), and `urlencode` builds a properly escaped query string.

```python
from urllib.parse import urlsplit, parse_qs, urlencode, urlunsplit

url = "https://shop.example/search?q=red+shoes&size=42&size=43&sort="
parts = urlsplit(url)
assert parts.netloc == "shop.example" and parts.path == "/search"

params = parse_qs(parts.query)
assert params == {"q": ["red shoes"], "size": ["42", "43"]}          # blank values dropped by default
assert parse_qs(parts.query, keep_blank_values=True)["sort"] == [""]

query = urlencode({"q": "café & bar", "page": 2})
assert query == "q=caf%C3%A9+%26+bar&page=2"
rebuilt = urlunsplit(parts._replace(query=query))
assert rebuilt == "https://shop.example/search?q=caf%C3%A9+%26+bar&page=2"
```

Never build query strings by concatenation: characters such as `&`, `=` and spaces must be escaped.
"""),
R("stdlib", "How do I check whether an IP address belongs to a subnet?", "", r"""
The `ipaddress` module parses IPv4 and IPv6 addresses and networks; `address in network` tests membership, and properties such as `is_private` classify addresses.

```python
import ipaddress

office = ipaddress.ip_network("10.20.0.0/16")
assert ipaddress.ip_address("10.20.5.7") in office
assert ipaddress.ip_address("10.21.0.1") not in office
assert office.num_addresses == 65536

assert ipaddress.ip_address("192.168.1.10").is_private
assert not ipaddress.ip_address("8.8.8.8").is_private
assert ipaddress.ip_address("::1").is_loopback

try:
    ipaddress.ip_network("10.20.0.1/16")   # host bits set
except ValueError:
    pass
assert ipaddress.ip_network("10.20.0.1/16", strict=False) == office
```

Parsing also validates input: malformed addresses raise `ValueError`, which is safer than matching them with a regular expression.
"""),
R("stdlib", "How do I use SQLite from Python without creating a file?", "", r"""
`sqlite3.connect(":memory:")` creates a database that lives only in memory. Always pass values through `?` placeholders rather than formatting them into the SQL, which prevents SQL injection.

```python
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE items (name TEXT PRIMARY KEY, qty INTEGER NOT NULL)")
with conn:  # commits on success, rolls back on error
    conn.executemany("INSERT INTO items VALUES (?, ?)", [("pen", 3), ("cup", 0), ("ink", 7)])

rows = conn.execute("SELECT name FROM items WHERE qty > ? ORDER BY name", (0,)).fetchall()
assert rows == [("ink",), ("pen",)]

try:
    with conn:
        conn.execute("INSERT INTO items VALUES (?, ?)", ("pen", 1))
except sqlite3.IntegrityError:
    pass
assert conn.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 3
conn.close()
```

Using the connection as a context manager manages transactions, but it does not close the connection; call `close()` yourself.
"""),
R("stdlib", "How do I split a shell-like command string into arguments, respecting quotes?", "", r"""
`shlex.split` follows POSIX shell quoting rules, so quoted arguments with spaces stay together. `shlex.quote` and `shlex.join` do the reverse, producing a string that is safe to paste into a shell.

```python
import shlex

cmd = 'grep -r "hello world" --include=*.py src/'
assert shlex.split(cmd) == ["grep", "-r", "hello world", "--include=*.py", "src/"]
assert shlex.split("echo 'it''s'") == ["echo", "its"]

args = ["cp", "my file.txt", "dest dir/"]
line = shlex.join(args)
assert line == "cp 'my file.txt' 'dest dir/'"
assert shlex.split(line) == args
assert shlex.quote("a; rm -rf x") == "'a; rm -rf x'"
```

A plain `str.split()` would break `"hello world"` into two arguments. When running programs, pass the argument list to `subprocess.run` rather than a shell string.
"""),
R("stdlib", "How do I match file names against shell-style patterns like `*.py` without touching the filesystem?", "", r"""
`fnmatch.fnmatch(name, pattern)` tests one name against a glob pattern, and `fnmatch.filter(names, pattern)` filters a list. `fnmatchcase` is always case-sensitive, while `fnmatch` follows the OS convention.

```python
import fnmatch

names = ["app.py", "test_app.py", "README.md", "setup.cfg", "data_01.csv", "data_x.csv"]
assert fnmatch.filter(names, "*.py") == ["app.py", "test_app.py"]
assert fnmatch.filter(names, "test_*") == ["test_app.py"]
assert fnmatch.filter(names, "data_[0-9][0-9].csv") == ["data_01.csv"]
assert fnmatch.fnmatchcase("Makefile", "[A-Z]*")
assert not fnmatch.fnmatchcase("readme.md", "README.*")

regex = fnmatch.translate("*.txt")
assert regex.endswith(r"\Z")     # converts to an anchored regular expression
```

`fnmatch` does not treat `/` specially, so `*` can match across directory separators; use `pathlib.PurePath.match` for path-aware matching.
"""),
R("stdlib", "How do I order tasks so that each runs after its dependencies?", "", r"""
`graphlib.TopologicalSorter` (Python 3.9+) takes a mapping from each node to its predecessors and yields a valid order, raising `CycleError` if the dependencies are circular.

```python
from graphlib import TopologicalSorter, CycleError

deps = {
    "deploy": {"test", "build"},
    "test": {"build"},
    "build": {"fetch"},
    "fetch": set(),
}
order = list(TopologicalSorter(deps).static_order())
assert order == ["fetch", "build", "test", "deploy"]

try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as exc:
    assert set(exc.args[1]) == {"a", "b"}
```

For parallel execution, use `prepare()`, `get_ready()` and `done()` to fetch every task whose dependencies are finished, batch by batch.
"""),
R("stdlib", "How do I create a zip archive in memory and read it back?", "", r"""
`zipfile.ZipFile` accepts any binary file-like object, so an `io.BytesIO` buffer works as an in-memory archive, for example to send over HTTP.

```python
import io
import zipfile

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("readme.txt", "hello\n")
    zf.writestr("data/values.csv", "a,b\n1,2\n" * 100)

payload = buffer.getvalue()
assert payload[:2] == b"PK"

with zipfile.ZipFile(io.BytesIO(payload)) as zf:
    assert sorted(zf.namelist()) == ["data/values.csv", "readme.txt"]
    assert zf.read("readme.txt").decode() == "hello\n"
    info = zf.getinfo("data/values.csv")
    assert info.compress_size < info.file_size      # repetitive data compresses well
```

When extracting archives from untrusted sources, check member names for `..` and absolute paths before writing to disk.
"""),
]

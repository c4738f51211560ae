"""Writer B, part 10: more error_message rows (types, I/O, async, regex, sqlite, classes)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("error_message", "Printing a name fails with `UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9'`. Why?", "", r"""
```text
UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)
```

The text is fine; the destination is not. Some output (a file opened without an encoding, a terminal or pipe configured for ASCII, an old C locale) only accepts ASCII, so encoding `é` fails. Choose an encoding explicitly for files, and set `PYTHONIOENCODING=utf-8` or a UTF-8 locale for the console.

```python
import io

text = "café"
try:
    text.encode("ascii")
except UnicodeEncodeError as exc:
    assert exc.start == 3

buf = io.BytesIO()
wrapper = io.TextIOWrapper(buf, encoding="utf-8")   # what open(path, "w", encoding="utf-8") gives you
wrapper.write(text)
wrapper.flush()
assert buf.getvalue() == b"caf\xc3\xa9"

assert text.encode("ascii", errors="replace") == b"caf?"
```

`errors="replace"` or `"backslashreplace"` is a fallback for logs, but it loses information, so prefer fixing the encoding.
"""),
R("error_message", "`TypeError: can't compare offset-naive and offset-aware datetimes`. What does it mean?", "", r"""
```text
>>> datetime.now() < datetime.now(timezone.utc)
TypeError: can't compare offset-naive and offset-aware datetimes
```

A *naive* datetime has no time zone (`tzinfo is None`), while an *aware* one does. Python refuses to compare them because it can't know what zone the naive one is in. Make both aware, ideally in UTC, at the point where the data enters the program.

```python
from datetime import datetime, timezone, timedelta

aware = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
naive = datetime(2024, 3, 1, 11, 0)

try:
    naive < aware
except TypeError:
    pass

as_utc = naive.replace(tzinfo=timezone.utc)          # when you know it was UTC
assert as_utc < aware

cet = timezone(timedelta(hours=1))
from_local = naive.replace(tzinfo=cet)               # when you know it was local time in CET
assert from_local.astimezone(timezone.utc).hour == 10
```

Use `datetime.now(timezone.utc)` instead of `datetime.utcnow()`, which returns a naive value and is deprecated since 3.12.
"""),
R("error_message", "Why does `strptime` raise `ValueError: time data '2024-03-07' does not match format '%d/%m/%Y'`?", "", r"""
```text
ValueError: time data '2024-03-07' does not match format '%d/%m/%Y'
```

`strptime` requires the string to match the format exactly, separators included. The text is ISO style (year-month-day with dashes) but the format describes day/month/year with slashes. Use the matching format, or try a list of accepted formats.

```python
from datetime import datetime, date

assert datetime.strptime("2024-03-07", "%Y-%m-%d").date() == date(2024, 3, 7)
assert date.fromisoformat("2024-03-07") == date(2024, 3, 7)

FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d %b %Y"]

def parse_date(text):
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date: {text!r}")

assert parse_date("07/03/2024") == parse_date("7 Mar 2024") == date(2024, 3, 7)
```

Be careful with ambiguous formats: `03/07/2024` parses under both `%d/%m/%Y` and `%m/%d/%Y`, so agree on one with whoever produces the data.
"""),
R("error_message", "`AttributeError: 'list' object has no attribute 'split'`. How do I fix this?", "", r"""
```text
>>> lines = text.splitlines()
>>> lines.split(",")
AttributeError: 'list' object has no attribute 'split'
```

`split` is a string method, but the variable holds a list, often because an earlier step (`splitlines`, `readlines`, `split`) already produced a list of strings. Apply the method to each element instead.

```python
text = "a,b\nc,d"
lines = text.splitlines()
assert isinstance(lines, list)

rows = [line.split(",") for line in lines]
assert rows == [["a", "b"], ["c", "d"]]

cells = ",".join(lines).split(",")   # or join first if you want one flat list
assert cells == ["a", "b", "c", "d"]
```

When the message names an unexpected type, print `type(x)` at that point; the bug is usually in the line that created `x`.
"""),
R("error_message", "I get `AttributeError: 'str' object has no attribute 'append'` when collecting results.", "", r"""
```text
>>> result = ""
>>> result.append("x")
AttributeError: 'str' object has no attribute 'append'
```

`append` exists on lists, not strings. Either the accumulator should be a list (then join at the end), or, if you want a string, concatenate. It also happens when a variable that was a list gets reassigned to a string somewhere along the way.

```python
parts = []
for word in ["alpha", "beta"]:
    parts.append(word.upper())
result = " ".join(parts)
assert result == "ALPHA BETA"

text = ""
for word in ["x", "y"]:
    text += word          # fine for a few pieces
assert text == "xy"
```

Collecting into a list and joining once is also faster than repeated string concatenation for many pieces.
"""),
R("error_message", "Why is `list` suddenly \"not callable\"?", r"""
list = ["a", "b"]
...
ids = list(range(3))
# TypeError: 'list' object is not callable
""", r"""
The first line rebinds the name `list` to a list object, shadowing the built-in type. Later, `list(range(3))` tries to call that list, which is not a function. Rename the variable; never use built-in names such as `list`, `dict`, `str`, `id`, `type`, `input` or `sum` for your own data.

```python
items = ["a", "b"]
ids = list(range(3))
assert ids == [0, 1, 2]

import builtins
list_ = ["shadow"]                     # a trailing underscore avoids clashes
assert builtins.list("ab") == ["a", "b"]
```

In an interactive session, `del list` removes your global and makes the built-in visible again. Linters such as ruff (rule A001) warn about shadowed builtins.
"""),
R("error_message", "`TypeError: 'module' object is not callable` when creating a datetime. What did I do?", "", r"""
```text
>>> import datetime
>>> datetime(2024, 1, 1)
TypeError: 'module' object is not callable
```

`import datetime` binds the *module* named `datetime`, and the class of the same name lives inside it. Calling the module fails. Either import the class, or qualify it.

```python
import datetime
d1 = datetime.datetime(2024, 1, 1)

from datetime import datetime as DateTime
d2 = DateTime(2024, 1, 1)

assert d1 == d2
assert callable(datetime.datetime) and not callable(datetime)
```

The same confusion happens with `socket.socket`, `pprint.pprint` and `glob.glob`. Pick one import style per file so readers know what the name refers to.
"""),
R("error_message", "Accessing a dict with a dot gives `AttributeError: 'dict' object has no attribute 'name'`.", "", r"""
```text
>>> user = {"name": "ann"}
>>> user.name
AttributeError: 'dict' object has no attribute 'name'
```

Dict entries are accessed with square brackets (`user["name"]`); dot syntax looks up *attributes*, which dict keys are not. If you want attribute access, convert to an object with named fields.

```python
from dataclasses import dataclass
from types import SimpleNamespace

user = {"name": "ann", "age": 30}
assert user["name"] == "ann"

ns = SimpleNamespace(**user)
assert ns.name == "ann"

@dataclass
class User:
    name: str
    age: int

u = User(**user)
assert u.age == 30
```

A dataclass also documents the expected fields and fails early (`TypeError`) when the dict has unexpected or missing keys.
"""),
R("error_message", "What causes `OverflowError: math range error` in `math.exp(1000)`?", "", r"""
```text
>>> math.exp(1000)
OverflowError: math range error
```

The result (about 10^434) exceeds the largest float, roughly 1.8e308. Python integers are unbounded, but floats are 64-bit IEEE values. Rework the computation in log space, use `Decimal` for huge values, or clamp inputs.

```python
import math
from decimal import Decimal

try:
    math.exp(1000)
except OverflowError:
    pass

def log_sum_exp(values):
    # log(sum(exp(v))) computed without overflow
    m = max(values)
    return m + math.log(sum(math.exp(v - m) for v in values))

assert math.isclose(log_sum_exp([1000, 1000]), 1000 + math.log(2))
assert str(Decimal(1000).exp())[:6] == "1.9700"
assert 2 ** 2000 > 10 ** 600          # integer arithmetic never overflows
```

`float("inf")` arithmetic such as `1e308 * 10` silently gives `inf` instead of raising; `math` functions raise so the problem is visible.
"""),
R("error_message", "Why do I get `TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'`?", r"""
def subtotal(items):
    total = sum(i["price"] for i in items)
    print(total)

grand = subtotal([{"price": 3}]) + 5
""", r"""
```text
TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
```

`subtotal` prints the total but never returns it, so the call evaluates to `None`, and `None + 5` is undefined. Printing is not returning. Return the value and let the caller decide whether to print.

```python
def subtotal(items):
    return sum(item["price"] for item in items)

grand = subtotal([{"price": 3}]) + 5
assert grand == 8
assert subtotal([]) == 0
```

The operand order in the message tells you which side was `None`: here the left one, the function result.
"""),
R("error_message", "Filling a JSON template with `str.format` raises `KeyError: '\"name\"'`. Why?", "", r"""
```text
>>> '{"name": "{user}"}'.format(user="ann")
KeyError: '"name"'
```

`str.format` treats every `{...}` as a replacement field, including the braces that belong to the JSON object, so it looks for a field literally named `"name"`. Literal braces must be doubled as `{{` and `}}`. For JSON, don't template text at all: build a dict and serialise it.

```python
import json

template = '{{"name": "{user}"}}'
assert template.format(user="ann") == '{"name": "ann"}'

payload = json.dumps({"name": 'ann "the great"'})   # escaping handled for you
assert json.loads(payload)["name"] == 'ann "the great"'

user = "bo"
assert f'{{"name": "{user}"}}' == '{"name": "bo"}'   # f-strings use the same doubling
```

String templating breaks as soon as a value contains a quote or backslash, which `json.dumps` handles correctly.
"""),
R("error_message", "`ValueError: list.remove(x): x not in list`. How do I remove an item only if it is present?", "", r"""
```text
>>> tags = ["a", "b"]
>>> tags.remove("z")
ValueError: list.remove(x): x not in list
```

`remove` raises when the value isn't in the list. Check first, catch the error, or, if order doesn't matter and items are unique, use a set, whose `discard` never raises.

```python
tags = ["a", "b"]
if "z" in tags:
    tags.remove("z")
assert tags == ["a", "b"]

try:
    tags.remove("a")
except ValueError:
    pass
assert tags == ["b"]

tag_set = {"a", "b"}
tag_set.discard("z")        # no error for a missing element
assert tag_set == {"a", "b"}

values = [1, 2, 1, 3]
values = [v for v in values if v != 1]   # remove every occurrence, not just the first
assert values == [2, 3]
```

Remember that `remove` deletes only the first occurrence.
"""),
R("error_message", "`TypeError: Product.__init__() got an unexpected keyword argument 'colour'`. What is wrong?", "", r"""
```text
>>> Product(name="mug", colour="red")
TypeError: Product.__init__() got an unexpected keyword argument 'colour'
```

The call passes a keyword the constructor doesn't declare, here a spelling difference (`colour` versus the parameter `color`). It also happens when constructing objects from dicts with extra keys. Match the parameter name, or filter the input to the known fields.

```python
from dataclasses import dataclass, fields

@dataclass
class Product:
    name: str
    color: str = "white"

assert Product(name="mug", color="red").color == "red"

def from_dict(cls, data):
    known = {f.name for f in fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"unknown fields for {cls.__name__}: {sorted(unknown)}")
    return cls(**data)

try:
    from_dict(Product, {"name": "mug", "colour": "red"})
except ValueError as exc:
    assert "colour" in str(exc)
```

Reporting unknown keys explicitly beats silently dropping them, which would hide the typo.
"""),
R("error_message", "Why can't I assign to this attribute?", r"""
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3.14159 * self.r ** 2

c = Circle(2)
c.area = 10
# AttributeError: property 'area' of 'Circle' object has no setter
""", r"""
`area` is a read-only property: it has a getter but no setter, so assignment is rejected. That is usually intended, since the area is derived from `r`. Either update the underlying data, or define a setter that translates the new value back into the stored state.

```python
import math

class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    @area.setter
    def area(self, value):
        if value < 0:
            raise ValueError("area must be non-negative")
        self.r = math.sqrt(value / math.pi)

c = Circle(2)
c.area = math.pi * 9
assert math.isclose(c.r, 3)
assert math.isclose(c.area, math.pi * 9)
```

Before Python 3.11 the same error read `AttributeError: can't set attribute`.
"""),
R("error_message", "`TypeError: Can't instantiate abstract class CsvExporter with abstract method export`. What does this mean?", "", r"""
```text
TypeError: Can't instantiate abstract class CsvExporter with abstract method export
```

The base class inherits from `abc.ABC` and marks `export` with `@abstractmethod`. A subclass can only be instantiated once it overrides every abstract method. Here `CsvExporter` didn't, often because of a typo in the method name or a different spelling such as `exports`.

```python
from abc import ABC, abstractmethod

class Exporter(ABC):
    @abstractmethod
    def export(self, rows):
        ...

class CsvExporter(Exporter):
    def export(self, rows):            # must use exactly the same name
        return "\n".join(",".join(map(str, r)) for r in rows)

assert CsvExporter().export([(1, 2), (3, 4)]) == "1,2\n3,4"

class Broken(Exporter):
    def exprot(self, rows):            # typo: export is still abstract
        return ""

try:
    Broken()
except TypeError as exc:
    assert "export" in str(exc)
```

The error is raised at construction time, which is the point of ABCs: incomplete subclasses fail early rather than on first use.
"""),
R("error_message", "`RuntimeError: asyncio.run() cannot be called from a running event loop`. How do I fix it?", "", r"""
```text
RuntimeError: asyncio.run() cannot be called from a running event loop
```

`asyncio.run` creates and runs a new event loop, so it can only be used from synchronous code at the top of a program. You called it from code that is already running inside a loop: an `async` function, or an environment such as Jupyter, which runs its own loop. Inside a running loop, just `await` the coroutine.

```python
import asyncio

async def fetch_value():
    await asyncio.sleep(0)
    return 42

async def handler():
    try:
        asyncio.run(fetch_value())              # wrong inside a coroutine
    except RuntimeError as exc:
        assert "running event loop" in str(exc)
    return await fetch_value()                  # right

assert asyncio.run(handler()) == 42              # top level: asyncio.run is correct
```

The leftover un-awaited coroutine from the failed call may trigger a "never awaited" warning, which is harmless here. In Jupyter, write `await fetch_value()` directly in a cell.
"""),
R("error_message", "I get `TypeError: 'coroutine' object is not subscriptable` and a warning that a coroutine was never awaited.", "", r"""
```text
TypeError: 'coroutine' object is not subscriptable
RuntimeWarning: coroutine 'get_user' was never awaited
```

Calling an `async def` function does not run it; it returns a coroutine object. Without `await` you are indexing that object, not the result, and the coroutine never executes, hence the warning. Add `await` (which requires being inside an `async` function).

```python
import asyncio

async def get_user(uid):
    await asyncio.sleep(0)
    return {"id": uid, "name": f"user{uid}"}

async def main():
    user = await get_user(7)
    names = [u["name"] for u in await asyncio.gather(get_user(1), get_user(2))]
    return user["name"], names

assert asyncio.run(main()) == ("user7", ["user1", "user2"])
```

Type checkers and linters such as ruff flag un-awaited coroutines; enabling them catches this before runtime.
"""),
R("error_message", "`re.error: nothing to repeat at position 0` for the pattern `*.txt`. Why?", "", r"""
```text
>>> re.search("*.txt", "notes.txt")
re.error: nothing to repeat at position 0
```

In regular expressions, `*` is a quantifier meaning "repeat the previous item", and at the start of the pattern there is nothing to repeat. `*.txt` is shell glob syntax, not regex. Write the regex equivalent, or use `fnmatch` for glob patterns.

```python
import re
import fnmatch

assert re.fullmatch(r".*\.txt", "notes.txt")
assert not re.fullmatch(r".*\.txt", "notes.txt.bak")
assert fnmatch.fnmatch("notes.txt", "*.txt")

regex = fnmatch.translate("*.txt")          # convert a glob to a regex
assert re.match(regex, "a.txt") and not re.match(regex, "a.csv")
```

Note the escaped dot: an unescaped `.` matches any character, so `.*.txt` would also match `notes_txt`.
"""),
R("error_message", "Searching for user-typed text with `re.search(query, text)` crashes with `re.error: missing ), unterminated subpattern`.", "", r"""
```text
re.error: missing ), unterminated subpattern at position 0
```

The user typed something like `(draft`, and the unbalanced parenthesis is regex syntax. Any user input used as a literal inside a pattern must be escaped with `re.escape`, which also prevents users from injecting slow patterns.

```python
import re

def contains_literal(text, query, ignore_case=True):
    flags = re.IGNORECASE if ignore_case else 0
    return re.search(re.escape(query), text, flags) is not None

assert contains_literal("Report (Draft v2)", "(draft")
assert contains_literal("price: $5.00", "$5.00")
assert not contains_literal("price: $5X00", "$5.00")   # the dot is literal now
assert re.escape("a.b*c") == r"a\.b\*c"
```

If you only need a plain substring test, `query.lower() in text.lower()` is simpler still.
"""),
R("error_message", "`sqlite3.ProgrammingError: Incorrect number of bindings supplied. The current statement uses 1, and there are 5 supplied.`", "", r"""
```text
>>> conn.execute("SELECT * FROM users WHERE name = ?", "alice")
sqlite3.ProgrammingError: Incorrect number of bindings supplied. The current statement uses 1, and there are 5 supplied.
```

The parameters argument must be a sequence of values. A string *is* a sequence of characters, so `"alice"` was treated as five separate values. Wrap the single value in a tuple; note that a one-element tuple needs a trailing comma.

```python
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (name TEXT)")
conn.execute("INSERT INTO users VALUES (?)", ("alice",))

row = conn.execute("SELECT name FROM users WHERE name = ?", ("alice",)).fetchone()
assert row == ("alice",)

row = conn.execute("SELECT name FROM users WHERE name = :n", {"n": "alice"}).fetchone()
assert row == ("alice",)            # named parameters take a dict
conn.close()
```

`("alice")` without the comma is just a string in parentheses, and produces the same error.
"""),
R("error_message", "`TypeError: 'float' object cannot be interpreted as an integer` in `range(len(items) / 2)`.", "", r"""
```text
>>> range(len(items) / 2)
TypeError: 'float' object cannot be interpreted as an integer
```

In Python 3, `/` always returns a float, even for `4 / 2`. `range`, list indices, `str * n` and similar APIs need integers. Use floor division `//`, or convert deliberately with `int()`, `round()` or `math.ceil()` depending on the rounding you want.

```python
import math

items = ["a", "b", "c", "d", "e"]
half = len(items) // 2
assert list(range(half)) == [0, 1]
assert items[:half] == ["a", "b"]

pages = math.ceil(len(items) / 2)       # round up: 3 pages of 2
assert pages == 3
assert 4 / 2 == 2.0 and isinstance(4 / 2, float)
```

Choosing between `//` (floor) and `math.ceil` is a real decision about remainders, not just a type fix.
"""),
R("error_message", "Using multiprocessing fails with `Can't pickle <function <lambda>>`. What is the problem?", "", r"""
```text
_pickle.PicklingError: Can't pickle <function <lambda> at 0x7f...>: attribute lookup <lambda> on __main__ failed
```

Multiprocessing sends functions and arguments to worker processes by pickling them, and pickle stores functions *by reference* (module plus name). Lambdas and functions defined inside other functions have no importable name, so they cannot be pickled. Define the worker at module level; `functools.partial` of a module-level function pickles fine.

```python
import pickle
from functools import partial

def scale(x, factor):
    return x * factor

try:
    pickle.dumps(lambda x: x * 2)
except (pickle.PicklingError, AttributeError):
    pass

worker = partial(scale, factor=2)
restored = pickle.loads(pickle.dumps(worker))
assert restored(21) == 42
```

Threads (`concurrent.futures.ThreadPoolExecutor`) share memory and do not pickle anything, so they accept lambdas.
"""),
R("error_message", "`TypeError: 'dict_keys' object is not subscriptable` when I try `d.keys()[0]`.", "", r"""
```text
>>> prices = {"tea": 3, "cake": 5}
>>> prices.keys()[0]
TypeError: 'dict_keys' object is not subscriptable
```

In Python 3, `keys()`, `values()` and `items()` return views: live, iterable windows on the dict that support `len` and `in` but not indexing. Convert to a list, or, to get the first key, use `next(iter(...))`.

```python
prices = {"tea": 3, "cake": 5}
assert list(prices.keys())[0] == "tea"
assert next(iter(prices)) == "tea"                 # no full copy needed
assert next(iter(prices.items())) == ("tea", 3)

keys = prices.keys()
prices["jam"] = 2
assert "jam" in keys and len(keys) == 3            # views reflect later changes
assert prices.keys() & {"tea", "milk"} == {"tea"}  # key views support set operations
```

Dicts keep insertion order, so "first" means first inserted.
"""),
R("error_message", "`ValueError: I/O operation on closed file`. Where does this come from?", "", r"""
```text
ValueError: I/O operation on closed file.
```

You read or wrote a file object after it was closed, most often by using it after its `with` block ended, or by returning a file handle (or a lazy generator over it) from a function that closed it. Do the reading inside the block, or return data instead of the handle.

```python
import io
from contextlib import closing

def read_lines_wrong(make_stream):
    with make_stream() as f:
        return (line.strip() for line in f)   # lazy: runs after the file is closed

def read_lines(make_stream):
    with make_stream() as f:
        return [line.strip() for line in f]   # consumed while still open

make = lambda: io.StringIO("a\nb\n")
assert read_lines(make) == ["a", "b"]
try:
    list(read_lines_wrong(make))
except ValueError as exc:
    assert "closed file" in str(exc)
```

The generator version is a subtle case: the `with` block has already exited by the time the caller iterates.
"""),
R("error_message", "Writing to a binary stream gives `TypeError: a bytes-like object is required, not 'str'`.", "", r"""
```text
>>> buf = io.BytesIO()
>>> buf.write("hello")
TypeError: a bytes-like object is required, not 'str'
```

The stream was opened in binary mode (`"wb"`, a socket, `BytesIO`, a subprocess pipe), so it accepts `bytes` only. Encode text first, or open the file in text mode with an encoding. The reverse error, "write() argument must be str, not bytes", means the opposite mismatch.

```python
import io

buf = io.BytesIO()
buf.write("hello é".encode("utf-8"))
assert buf.getvalue() == b"hello \xc3\xa9"

text = io.StringIO()
text.write("hello")                  # text streams take str
assert text.getvalue() == "hello"

assert b"abc".decode("ascii") == "abc"
assert "x" in b"xyz".decode()        # also: `"x" in b"xyz"` itself raises this TypeError
```

Decide at each boundary whether you handle text or bytes, and convert explicitly there.
"""),
R("error_message", "`TypeError: list indices must be integers or slices, not str`. What does it mean?", "", r"""
```text
>>> rows = [{"id": 1}, {"id": 2}]
>>> rows["id"]
TypeError: list indices must be integers or slices, not str
```

You indexed a list with a string as if it were a dict. Lists are indexed by position. Either pick an element first and then the key, or collect the key from every element.

```python
rows = [{"id": 1}, {"id": 2}]
assert rows[0]["id"] == 1
assert [row["id"] for row in rows] == [1, 2]

by_id = {row["id"]: row for row in rows}      # if you need lookup by a field
assert by_id[2] == {"id": 2}

for i, row in enumerate(rows):                # the loop variable is the item, not an index
    assert rows[i] is row
```

It also happens with `for i in rows: rows[i]`, where `i` is already the element, not its position.
"""),
R("error_message", "`TypeError: sequence item 1: expected str instance, int found` when calling `join`.", "", r"""
```text
>>> ", ".join(["a", 2, "c"])
TypeError: sequence item 1: expected str instance, int found
```

`str.join` only accepts strings and won't convert other types for you. The message names the position of the first offending item. Convert the items while joining.

```python
values = ["a", 2, "c", None]
assert ", ".join(map(str, values)) == "a, 2, c, None"
assert ", ".join(str(v) for v in values if v is not None) == "a, 2, c"

numbers = [1.5, 2.25]
assert " | ".join(f"{n:.1f}" for n in numbers) == "1.5 | 2.2"
```

Using a generator with a format spec gives control over how numbers look. Note that `2.25` rounds to `2.2` under round-half-even.
"""),
R("error_message", "`TypeError: cannot unpack non-iterable NoneType object`. Where should I look?", "", r"""
```text
>>> low, high = bounds(values)
TypeError: cannot unpack non-iterable NoneType object
```

The right-hand side evaluated to `None`, so there was nothing to unpack into `low, high`. The function has a path that returns nothing: a missing `return`, or an early `return` (or falling off the end) for an edge case such as empty input. Make every path return the same shape, or raise.

```python
def bounds(values):
    if not values:
        raise ValueError("bounds() of empty sequence")
    return min(values), max(values)

low, high = bounds([4, 1, 9])
assert (low, high) == (1, 9)
try:
    low, high = bounds([])
except ValueError:
    pass
```

Annotating the return type (`-> tuple[int, int]`) lets a type checker flag the path that returns `None`.
"""),
R("error_message", "After this line my list became None and the next append fails.", r"""
names = []
names = names.append("ann")
names.append("bo")
# AttributeError: 'NoneType' object has no attribute 'append'
""", r"""
`list.append` modifies the list in place and returns `None`. Assigning its result throws away your list and stores `None` in `names`, so the next call fails. Call mutating methods without assignment. The same applies to `sort`, `reverse`, `extend`, `insert`, `clear`, and to `dict.update` and `set.add`.

```python
names = []
names.append("ann")
names.append("bo")
assert names == ["ann", "bo"]

ordered = sorted(["b", "a"])       # sorted() returns a new list; list.sort() returns None
assert ordered == ["a", "b"]

config = {"a": 1}
config.update(b=2)                 # update() also returns None
assert config == {"a": 1, "b": 2}
```

As a rule, Python methods that mutate their object return `None`.
"""),
R("error_message", "My script finds `data/config.json` when run from one folder but raises `FileNotFoundError` from another. Why?", "", r"""
```text
FileNotFoundError: [Errno 2] No such file or directory: 'data/config.json'
```

Relative paths are resolved against the current working directory, the directory you launched Python from, not the directory of the script. Build the path from the script's own location with `Path(__file__).resolve().parent`, or pass an absolute path in.

```python
import os
import tempfile
from pathlib import Path

def load_config(base_dir):
    return (Path(base_dir) / "data" / "config.json").read_text()

with tempfile.TemporaryDirectory() as project, tempfile.TemporaryDirectory() as elsewhere:
    (Path(project) / "data").mkdir()
    (Path(project) / "data" / "config.json").write_text('{"ok": true}')

    old = os.getcwd()
    os.chdir(elsewhere)                      # simulate running from another folder
    try:
        try:
            Path("data/config.json").read_text()
        except FileNotFoundError:
            pass
        assert load_config(project) == '{"ok": true}'   # anchored path works anywhere
    finally:
        os.chdir(old)
```

In a real script, `base_dir = Path(__file__).resolve().parent` gives that anchor. For files shipped inside a package, `importlib.resources` is the robust choice.
"""),
]

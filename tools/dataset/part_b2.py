"""Writer B, part 2: more explain rows (language features, protocols, concurrency basics)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("explain", "Why is it a bad idea to validate user input with `assert` statements?", "", r"""
`assert cond, msg` is a debugging aid. When Python runs with `-O` (or `PYTHONOPTIMIZE` is set), all assert statements are removed at compile time, so validation written as asserts silently disappears in optimised deployments. Failed asserts also raise `AssertionError`, which tells the caller nothing about what kind of input was wrong.

```python
def set_ratio_checked(value):
    if not 0 <= value <= 1:
        raise ValueError(f"ratio must be between 0 and 1, got {value}")
    return value

assert set_ratio_checked(0.5) == 0.5
try:
    set_ratio_checked(2)
except ValueError as exc:
    assert "got 2" in str(exc)
```

Keep `assert` for internal invariants that indicate a bug in your own code ("this list is sorted here"); raise a specific exception for anything a user or caller can get wrong.
"""),
R("explain", "This function returns \"finally\" instead of raising. Why?", r"""
def risky():
    try:
        raise ValueError("boom")
    finally:
        return "finally"
""", r"""
A `return` inside `finally` replaces whatever the `try` block was doing, including propagating an exception. The `ValueError` is discarded and the function returns normally, hiding the error completely. A `return` in `finally` also overrides a `return` in the `try` block.

```python
def risky():
    try:
        raise ValueError("boom")
    finally:
        cleanup_log.append("cleaned")

cleanup_log = []
try:
    risky()
except ValueError:
    pass
assert cleanup_log == ["cleaned"]

def overrides():
    try:
        return "try"
    finally:
        pass  # no return here, so "try" is kept
assert overrides() == "try"
```

Use `finally` only for cleanup and never put `return`, `break` or `continue` in it (Python 3.14 starts warning about this).
"""),
R("explain", "Explain the `:=` in `while (chunk := stream.read(4)):`.", "", r"""
`:=` is the assignment expression ("walrus") operator. It assigns a value to a name *and* evaluates to that value, so the loop reads a chunk, binds it to `chunk` and tests it in one step. When `read` returns an empty string at end of input, the condition is falsy and the loop stops.

```python
import io

stream = io.StringIO("abcdefghij")
chunks = []
while (chunk := stream.read(4)):
    chunks.append(chunk)
assert chunks == ["abcd", "efgh", "ij"]

# Without the walrus the read is duplicated:
stream = io.StringIO("abcdefghij")
again = []
chunk = stream.read(4)
while chunk:
    again.append(chunk)
    chunk = stream.read(4)
assert again == chunks
```

The parentheses matter in many positions; keep walrus uses short, because an assignment hidden inside a condition is easy to miss when reading.
"""),
R("explain", "Explain what this `match` statement does for each kind of input.", r"""
def describe(command):
    match command:
        case ["go", direction]:
            return f"move {direction}"
        case ["take", *items] if items:
            return f"take {len(items)} items"
        case {"action": "quit"}:
            return "bye"
        case _:
            return "unknown"
""", r"""
`match` tries each `case` pattern from top to bottom. Sequence patterns check length and bind elements, `*items` captures the rest, `if items` is a guard that must also be true, mapping patterns check that the given keys exist with matching values (extra keys are allowed) and `_` matches anything.

```python
def describe(command):
    match command:
        case ["go", direction]:
            return f"move {direction}"
        case ["take", *items] if items:
            return f"take {len(items)} items"
        case {"action": "quit"}:
            return "bye"
        case _:
            return "unknown"

assert describe(["go", "north"]) == "move north"
assert describe(["take", "key", "lamp"]) == "take 2 items"
assert describe(["take"]) == "unknown"  # guard fails
assert describe({"action": "quit", "force": True}) == "bye"
assert describe("go north") == "unknown"  # strings are not sequence patterns
```

Structural pattern matching (Python 3.10+) is a readable way to dispatch on the shape of data, not just on equality.
"""),
R("explain", "Why does this dataclass need `field(default_factory=list)` instead of `= []`?", r"""
from dataclasses import dataclass, field

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
""", r"""
A plain `= []` default would be one list shared by every instance, the same trap as a mutable default argument. `dataclasses` refuses it with a `ValueError`. `default_factory=list` makes the generated `__init__` call `list()` for each new instance that doesn't receive `items`.

```python
from dataclasses import dataclass, field

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

a = Cart("ann")
b = Cart("bo")
a.items.append("pen")
assert b.items == []
assert a.items is not b.items

try:
    @dataclass
    class Broken:
        items: list = []
except ValueError:
    pass
else:
    raise AssertionError("dataclasses should reject a mutable default")
```

Any zero-argument callable works as a factory, for example `dict`, `set` or `lambda: {"retries": 3}`.
"""),
R("explain", "What is `__post_init__` used for in a dataclass? Give an example.", "", r"""
The generated `__init__` only assigns fields. If it finds a `__post_init__` method, it calls it right after, which is the place to validate fields or compute derived values. Fields declared with `field(init=False)` are excluded from `__init__` parameters and are typically set there.

```python
from dataclasses import dataclass, field

@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.width <= 0 or self.height <= 0:
            raise ValueError("sides must be positive")
        self.area = self.width * self.height

r = Rectangle(3, 4)
assert r.area == 12
assert "area=12" in repr(r)
try:
    Rectangle(0, 1)
except ValueError:
    pass
```

Note that a derived field set this way is not updated automatically if `width` changes later; use a `@property` if it must always be current.
"""),
R("explain", "How does `typing.NamedTuple` differ from `collections.namedtuple`?", "", r"""
They produce the same kind of class: an immutable tuple subclass with named fields. `typing.NamedTuple` uses class syntax, so you get type annotations, default values written inline, docstrings and methods in a natural way. `collections.namedtuple` is a factory function taking field names as strings.

```python
from collections import namedtuple
from typing import NamedTuple

PointA = namedtuple("PointA", ["x", "y"], defaults=[0])

class PointB(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)

a, b = PointA(3), PointB(3, -4)
assert a == (3, 0) and a.y == 0
assert b.norm1() == 7
assert b._replace(y=1) == PointB(3, 1)
assert isinstance(b, tuple)
assert PointB.__annotations__ == {"x": int, "y": int}
```

Prefer `typing.NamedTuple` in new code. Because both are tuples, they compare equal to plain tuples and unpack positionally, which is sometimes a drawback; a frozen dataclass avoids that.
"""),
R("explain", "Explain how this Enum behaves, including `auto()` and comparisons.", r"""
from enum import Enum, auto

class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    CLOSED = auto()
""", r"""
Each member is a singleton instance of `Status` with a `.name` and a `.value`; `auto()` assigns values 1, 2, 3 in definition order. Members compare by identity, not by value, so `Status.ACTIVE == 2` is `False`. You can look members up by value with `Status(2)` or by name with `Status["ACTIVE"]`.

```python
from enum import Enum, auto

class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    CLOSED = auto()

assert Status.ACTIVE.value == 2 and Status.ACTIVE.name == "ACTIVE"
assert Status(2) is Status.ACTIVE
assert Status["CLOSED"] is Status.CLOSED
assert Status.ACTIVE != 2
assert [s.name for s in Status] == ["PENDING", "ACTIVE", "CLOSED"]
try:
    Status.ACTIVE < Status.CLOSED
except TypeError:
    pass  # plain Enum members are not ordered
```

Use `IntEnum` only when you really need members to act as integers; a plain `Enum` prevents accidental mixing with numbers.
"""),
R("explain", "What does `asyncio.gather` do in this code, and in what order are results returned?", r"""
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    return await asyncio.gather(fetch("slow", 0.02), fetch("fast", 0.01))
""", r"""
`gather` schedules all the coroutines to run concurrently on the event loop and waits until every one has finished. While `fetch("slow")` is sleeping, the loop runs `fetch("fast")`, so the total time is about the longest delay, not the sum. Results come back in the order the awaitables were *passed*, not the order they finished.

```python
import asyncio

async def fetch(name, delay, finished):
    await asyncio.sleep(delay)
    finished.append(name)
    return name

async def main():
    finished = []
    results = await asyncio.gather(fetch("slow", 0.02, finished), fetch("fast", 0.01, finished))
    return results, finished

results, finished = asyncio.run(main())
assert results == ["slow", "fast"]   # argument order
assert finished == ["fast", "slow"]  # completion order
```

By default the first exception propagates out of `gather`; pass `return_exceptions=True` to receive exceptions as values in the result list.
"""),
R("explain", "Why does this counter need a lock if it is only `+= 1`?", r"""
import threading

count = 0
lock = threading.Lock()

def work():
    global count
    for _ in range(10_000):
        with lock:
            count += 1
""", r"""
`count += 1` is not atomic: it reads `count`, adds one and writes the result back, as separate bytecode steps. A thread switch between the read and the write lets two threads read the same old value, and one increment is lost. The lock makes the read-modify-write a critical section that only one thread executes at a time.

```python
import threading

count = 0
lock = threading.Lock()

def work():
    global count
    for _ in range(10_000):
        with lock:
            count += 1

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert count == 40_000
```

The GIL does not protect compound operations like this. `with lock:` releases the lock even if the body raises, which a manual `acquire()`/`release()` pair does not guarantee.
"""),
R("explain", "Does `ThreadPoolExecutor.map` return results in completion order or input order?", "", r"""
Input order. `executor.map(fn, items)` submits all calls, then yields results in the same order as `items`, waiting on each in turn even if later ones finished first. If you want results as soon as each completes, use `submit` together with `concurrent.futures.as_completed`.

```python
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def slow_square(n):
    time.sleep(0.03 if n == 1 else 0.0)
    return n * n

with ThreadPoolExecutor(max_workers=3) as pool:
    assert list(pool.map(slow_square, [1, 2, 3])) == [1, 4, 9]

    futures = {pool.submit(slow_square, n): n for n in [1, 2, 3]}
    done_order = [futures[f] for f in as_completed(futures)]
    assert sorted(done_order) == [1, 2, 3]
    assert done_order[-1] == 1  # the slow one finishes last
```

An exception raised inside a call to `map` is re-raised when you reach that item's result during iteration.
"""),
R("explain", "How does Python decide whether an object of my class is truthy in an `if`?", "", r"""
`bool(obj)` first calls `obj.__bool__()` if the class defines it. Otherwise it calls `__len__()` and treats a length of 0 as false. If neither exists, every instance is truthy. This is why empty lists, dicts and strings are falsy.

```python
class Queue:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)

class Account:
    def __init__(self, balance):
        self.balance = balance
    def __bool__(self):
        return self.balance > 0

class Plain:
    pass

q = Queue()
assert not q
q.items.append("job")
assert q
assert not Account(0) and Account(5)
assert bool(Plain())
```

`__bool__` must return an actual `bool`. Defining truthiness is convenient for container-like classes, but for other objects an explicit method such as `is_empty()` can be clearer.
"""),
R("explain", "What is the difference between `str` and `bytes`, and how do `encode` and `decode` relate them?", "", r"""
`str` is a sequence of Unicode code points (text). `bytes` is a sequence of integers 0-255 (raw data, as read from files, sockets or hashes). `text.encode("utf-8")` turns text into bytes using an encoding; `data.decode("utf-8")` turns bytes back into text.

```python
text = "café"
data = text.encode("utf-8")
assert data == b"caf\xc3\xa9"
assert len(text) == 4 and len(data) == 5  # é takes two bytes in UTF-8
assert data.decode("utf-8") == text
assert data[0] == 99  # indexing bytes gives an int

try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    pass
assert b"\xff".decode("utf-8", errors="replace") == "\ufffd"
assert "é".encode("latin-1") == b"\xe9"
```

Decode as early as possible when data enters your program, work with `str` inside, and encode at the boundary. Always name the encoding explicitly rather than relying on platform defaults.
"""),
R("explain", "Break down the format specifications used in these f-strings.", r"""
price = 1234.5
name = "tea"
f"{name:>8}|{price:,.2f}|{0.256:.1%}|{42:08b}|{name!r:^9}"
""", r"""
Inside the braces, `!r` applies `repr()` and the part after the colon is a format spec: optional fill and alignment (`<`, `>`, `^`), width, a `,` thousands separator, precision after the dot, and a type such as `f` (fixed point), `%` (percentage) or `b` (binary).

```python
price = 1234.5
name = "tea"
assert f"{name:>8}" == "     tea"     # right-aligned in 8 columns
assert f"{price:,.2f}" == "1,234.50"  # thousands separator, 2 decimals
assert f"{0.256:.1%}" == "25.6%"      # multiplied by 100, 1 decimal
assert f"{42:08b}" == "00101010"      # binary, zero-padded to 8
assert f"{name!r:^9}" == "  'tea'  "  # repr, centred in 9 columns
assert f"{name:*<6}" == "tea***"      # custom fill character
width = 6
assert f"{7:{width}d}" == "     7"     # nested field for the width
```

The same mini-language works with `format(value, spec)` and `str.format`, and classes can support custom specs by implementing `__format__`.
"""),
R("explain", "Why do `text.split()` and `text.split(\" \")` give different results?", "", r"""
With no argument, `split()` splits on any run of whitespace (spaces, tabs, newlines) and drops leading and trailing whitespace, so it never yields empty strings. With an explicit separator, every single occurrence splits, so consecutive separators produce empty strings and tabs are not treated as separators.

```python
text = "  a  b\tc \n"
assert text.split() == ["a", "b", "c"]
assert text.split(" ") == ["", "", "a", "", "b\tc", "\n"]

assert "a,,b".split(",") == ["a", "", "b"]
assert "".split() == []
assert "".split(",") == [""]
assert "k=v=w".split("=", 1) == ["k", "v=w"]  # maxsplit
assert "k=v=w".rsplit("=", 1) == ["k=v", "w"]
```

Use the no-argument form for human-typed words, and an explicit separator for structured formats where empty fields are meaningful (though real CSV needs the `csv` module).
"""),
R("explain", "What is a weak reference and when would I use `weakref`?", "", r"""
A weak reference points to an object without keeping it alive. When the last strong reference disappears, the object is freed and the weak reference returns `None`. This lets caches and registries track objects without causing memory leaks.

```python
import gc
import weakref

class Session:
    def __init__(self, user):
        self.user = user

s = Session("ann")
ref = weakref.ref(s)
assert ref() is s

cache = weakref.WeakValueDictionary()
cache["ann"] = s
assert "ann" in cache

del s
gc.collect()  # CPython frees it immediately; collect() makes the example portable
assert ref() is None
assert "ann" not in cache
```

`WeakValueDictionary` and `WeakKeyDictionary` drop entries automatically when their objects die. Built-in types such as `int`, `list` and `dict` do not support weak references directly.
"""),
R("explain", "Why can I loop over this class many times even though it has no `__next__`?", r"""
class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)
    def __iter__(self):
        for song in self.songs:
            if song:
                yield song
""", r"""
`Playlist` is an *iterable*, not an iterator. Because `__iter__` contains `yield`, calling it returns a brand-new generator each time, and the generator supplies `__next__`. Every `for` loop calls `iter()` again, so each loop gets a fresh iterator starting from the beginning.

```python
class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)
    def __iter__(self):
        for song in self.songs:
            if song:
                yield song

p = Playlist(["intro", "", "outro"])
assert list(p) == ["intro", "outro"]
assert list(p) == ["intro", "outro"]  # reusable
it1, it2 = iter(p), iter(p)
assert next(it1) == next(it2) == "intro"  # independent iterators
```

Writing `__iter__` as a generator is the simplest way to make a custom collection iterable without maintaining iteration state by hand.
"""),
R("explain", "Why does `itertools.groupby` give me the same key several times here?", r"""
from itertools import groupby
words = ["apple", "bean", "avocado", "beet"]
print([k for k, _ in groupby(words, key=lambda w: w[0])])  # ['a', 'b', 'a', 'b']
""", r"""
`groupby` groups *consecutive* items with equal keys; it starts a new group every time the key changes. It does not look ahead or collect items across the whole input, so unsorted data gives repeated keys. Sort by the same key first to get one group per key.

```python
from itertools import groupby

words = ["apple", "bean", "avocado", "beet"]
first = lambda w: w[0]
assert [k for k, _ in groupby(words, key=first)] == ["a", "b", "a", "b"]

grouped = {k: list(g) for k, g in groupby(sorted(words, key=first), key=first)}
assert grouped == {"a": ["apple", "avocado"], "b": ["bean", "beet"]}

runs = [(k, len(list(g))) for k, g in groupby("aaabccaa")]
assert runs == [("a", 3), ("b", 1), ("c", 2), ("a", 2)]
```

The consecutive behaviour is exactly what you want for run-length encoding. For grouping unsorted data without sorting, a `defaultdict(list)` is simpler.
"""),
R("explain", "Explain what each line does here.", r"""
from collections import Counter
votes = Counter("abacabad")
votes.update("dd")
top = votes.most_common(2)
""", r"""
`Counter("abacabad")` counts each character of the string: a=4, b=2, c=1, d=1. `update("dd")` *adds* counts (it does not replace them like `dict.update`), so d becomes 3. `most_common(2)` returns the two highest counts as `(element, count)` pairs, highest first; ties keep first-seen order.

```python
from collections import Counter

votes = Counter("abacabad")
assert votes == {"a": 4, "b": 2, "c": 1, "d": 1}
votes.update("dd")
assert votes["d"] == 3
assert votes.most_common(2) == [("a", 4), ("d", 3)]
assert votes["zzz"] == 0  # missing keys count as zero, no KeyError
votes.subtract("aaaa")
assert votes["a"] == 0
assert sum(votes.values()) == 6
```

A `Counter` is a dict subclass, so all dict methods work. `+` and `-` between counters drop zero and negative results, while `subtract` keeps them.
"""),
R("explain", "What does `strict=True` change in `zip`?", "", r"""
By default `zip` stops at the shortest input and silently ignores the rest, which can hide bugs when the lengths were supposed to match. With `strict=True` (Python 3.10+), `zip` raises `ValueError` if one input runs out before the others.

```python
names = ["a", "b", "c"]
scores = [1, 2]

assert list(zip(names, scores)) == [("a", 1), ("b", 2)]  # "c" silently dropped

try:
    list(zip(names, scores, strict=True))
except ValueError as exc:
    assert "shorter" in str(exc)

assert dict(zip(names, [1, 2, 3], strict=True)) == {"a": 1, "b": 2, "c": 3}

from itertools import zip_longest
assert list(zip_longest(names, scores)) == [("a", 1), ("b", 2), ("c", None)]
```

Use `strict=True` whenever the inputs are parallel lists that must correspond one to one, and `itertools.zip_longest` when shorter inputs should be padded.
"""),
R("explain", "Why does `<.*>` match too much in `re.findall(r\"<.*>\", \"<a><b>\")`?", "", r"""
`*` is greedy: it matches as many characters as possible and only gives some back when the rest of the pattern would fail. `.*` swallows `a><b` and the final `>` matches the last bracket, so the result is the whole string `"<a><b>"`. Adding `?` (`*?`, `+?`) makes a quantifier lazy: it matches as few characters as possible.

```python
import re

text = "<a><b>"
assert re.findall(r"<.*>", text) == ["<a><b>"]
assert re.findall(r"<.*?>", text) == ["<a>", "<b>"]
assert re.findall(r"<[^>]*>", text) == ["<a>", "<b>"]  # negated class, no backtracking

assert re.match(r"\d+", "2024-01").group() == "2024"
assert re.match(r"\d+?", "2024-01").group() == "2"
```

A negated character class like `[^>]*` often states the intent more precisely than a lazy dot and avoids backtracking surprises.
"""),
R("explain", "Explain how `re.sub` uses the function passed as the replacement here.", r"""
import re

def bump(match):
    return str(int(match.group()) + 1)

re.sub(r"\d+", bump, "v1.9.41")
""", r"""
When the replacement argument is callable, `re.sub` calls it once per match with the `Match` object and inserts whatever string it returns. Here each run of digits is converted to an int, incremented and turned back into a string, giving `"v2.10.42"`.

```python
import re

def bump(match):
    return str(int(match.group()) + 1)

assert re.sub(r"\d+", bump, "v1.9.41") == "v2.10.42"

prices = {"apple": "1.20", "pear": "0.90"}
template = "apple={apple}, pear={pear}, kiwi={kiwi}"
filled = re.sub(r"\{(\w+)\}", lambda m: prices.get(m.group(1), m.group(0)), template)
assert filled == "apple=1.20, pear=0.90, kiwi={kiwi}"

assert re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@example") == "example at bob"
```

A function replacement is needed whenever the new text depends on computation; for simple rearrangements, backreferences such as `\1` in a replacement string are enough.
"""),
R("explain", "What is Python's recursion limit and why does deep recursion fail?", "", r"""
Each Python function call uses a frame, and CPython caps the depth of nested calls (1000 by default, see `sys.getrecursionlimit()`) to avoid overflowing the C stack. Exceeding it raises `RecursionError`. Python does not eliminate tail calls, so even tail-recursive code hits the limit.

```python
import sys

def depth_recursive(n):
    return 0 if n == 0 else 1 + depth_recursive(n - 1)

assert sys.getrecursionlimit() >= 100
try:
    depth_recursive(100_000)
except RecursionError:
    pass

def depth_iterative(n):
    total = 0
    while n:
        total, n = total + 1, n - 1
    return total

assert depth_iterative(100_000) == 100_000
```

Raising the limit with `sys.setrecursionlimit` is risky, because it can crash the interpreter. For deep inputs, rewrite the recursion as a loop with an explicit stack.
"""),
R("explain", "How does the `in` operator work on a custom class?", "", r"""
`x in obj` calls `obj.__contains__(x)` if defined. Otherwise Python falls back to iterating with `__iter__` (or old-style `__getitem__` with 0, 1, 2...) and comparing each item with `==`. Defining `__contains__` lets you replace the linear scan with a faster or different test.

```python
class Range2D:
    def __init__(self, width, height):
        self.width, self.height = width, height
    def __contains__(self, point):
        x, y = point
        return 0 <= x < self.width and 0 <= y < self.height

class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)

board = Range2D(8, 8)
assert (3, 7) in board and (8, 0) not in board
assert 2 in Bag(1, 2, 3)  # falls back to iteration
```

`not in` simply negates the result. `__contains__` should return a boolean; any other value is converted with `bool()`.
"""),
R("explain", "What does `operator.itemgetter(1, 0)` do in `sorted(pairs, key=itemgetter(1, 0))`?", "", r"""
`itemgetter(1, 0)` builds a callable that, given an object, returns `(obj[1], obj[0])`. As a sort key it orders pairs by their second element and breaks ties with the first. With a single argument, `itemgetter(1)` returns just `obj[1]` rather than a tuple.

```python
from operator import itemgetter, attrgetter
from types import SimpleNamespace

pairs = [("b", 2), ("a", 2), ("c", 1)]
assert sorted(pairs, key=itemgetter(1, 0)) == [("c", 1), ("a", 2), ("b", 2)]

get_second = itemgetter(1)
assert get_second("xyz") == "y"

rows = [{"n": 3}, {"n": 1}]
assert min(rows, key=itemgetter("n")) == {"n": 1}

people = [SimpleNamespace(age=40), SimpleNamespace(age=9)]
assert [p.age for p in sorted(people, key=attrgetter("age"))] == [9, 40]
```

It is equivalent to `lambda p: (p[1], p[0])`, slightly faster and arguably clearer. `attrgetter` does the same for attributes.
"""),
R("explain", "Does `del x` delete the object that `x` refers to?", "", r"""
No. `del x` removes the *name* `x` from the current namespace. The object is only freed when nothing refers to it any more; if other names or containers still hold it, it survives. `del` on an item (`del items[0]`) or attribute removes that reference from the container or object.

```python
data = [1, 2, 3]
alias = data
del data
assert alias == [1, 2, 3]  # the list lives on through alias
try:
    data
except NameError:
    pass

items = ["a", "b", "c", "d"]
del items[0]
del items[1:]
assert items == ["b"]

config = {"debug": True, "port": 80}
del config["debug"]
assert config == {"port": 80}
```

You rarely need `del` on plain names; it is most useful for removing dictionary keys, list slices, or breaking a reference to a large object early.
"""),
R("explain", "This raised a TypeError, but the list inside the tuple still changed. How?", r"""
t = ([1], 2)
t[0] += [3]   # TypeError: 'tuple' object does not support item assignment
print(t)      # ([1, 3], 2)
""", r"""
`t[0] += [3]` runs in two steps: first `t[0].__iadd__([3])`, which extends the list in place and succeeds, then `t[0] = result`, which tries to store the result back into the tuple and fails because tuples are immutable. The mutation already happened before the error.

```python
t = ([1], 2)
try:
    t[0] += [3]
except TypeError:
    pass
assert t == ([1, 3], 2)

t2 = ([1], 2)
t2[0].extend([3])  # mutate without any assignment to the tuple
assert t2 == ([1, 3], 2)
```

Call the mutating method directly (`extend`, `append`) when the list sits inside an immutable container. The oddity is a good reminder that augmented assignment is both an operation and an assignment.
"""),
R("explain", "Why does `sum()` fail on my Vector objects, and how does `__radd__` fix it?", r"""
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

sum([Vector(1, 2), Vector(3, 4)])  # TypeError
""", r"""
`sum` starts from `0` and computes `0 + first`. `int.__add__` doesn't know `Vector` and returns `NotImplemented`, so Python tries the reflected `Vector.__radd__(0)`; with none defined, you get a `TypeError`. Implementing `__radd__` that treats `0` as the zero vector makes `sum` work.

```python
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

total = sum([Vector(1, 2), Vector(3, 4)])
assert total == Vector(4, 6)
assert sum([Vector(1, 1)], Vector(0, 0)) == Vector(1, 1)  # or pass a start value
```

Alternatively pass an explicit start: `sum(vectors, Vector(0, 0))`. Returning `NotImplemented` for unknown types lets Python try the other operand.
"""),
R("explain", "What is `functools.partial` and how does it differ from writing a lambda?", "", r"""
`partial(func, *args, **kwargs)` returns a new callable with some arguments pre-filled. Calling it appends new positional arguments after the frozen ones and merges keyword arguments. A lambda does the same job, but `partial` binds the values immediately (no late-binding surprises), exposes them as `.func`, `.args` and `.keywords`, and can be pickled.

```python
from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
two_to = partial(power, 2)
assert square(9) == 81
assert two_to(10) == 1024
assert square.func is power and square.keywords == {"exponent": 2}

parse_hex = partial(int, base=16)
assert list(map(parse_hex, ["ff", "10"])) == [255, 16]
assert square(3, exponent=3) == 27  # later keywords override
```

Use it for callbacks and `map` targets where a function needs a fixed configuration.
"""),
R("explain", "Explain how `functools.reduce` computes its result in this call.", r"""
from functools import reduce
reduce(lambda acc, d: acc * 10 + d, [4, 0, 7], 0)
""", r"""
`reduce(fn, items, initial)` folds a sequence into one value: it calls `fn(acc, item)` for each item from left to right, feeding each result back in as the new `acc`. Here: `0*10+4 = 4`, then `4*10+0 = 40`, then `40*10+7 = 407`, so the digits become the number 407.

```python
from functools import reduce
import operator

assert reduce(lambda acc, d: acc * 10 + d, [4, 0, 7], 0) == 407
assert reduce(operator.mul, [1, 2, 3, 4], 1) == 24
assert reduce(operator.add, [], 0) == 0  # the initial value handles empty input
try:
    reduce(operator.add, [])
except TypeError:
    pass  # no initial value and no items

merged = reduce(lambda a, b: {**a, **b}, [{"x": 1}, {"y": 2}, {"x": 3}], {})
assert merged == {"x": 3, "y": 2}
```

Always pass an initial value if the input may be empty. When a builtin exists (`sum`, `max`, `math.prod`, `"".join`), it is clearer than `reduce`.
"""),
R("explain", "What does the bare `*` mean in `def connect(host, *, timeout=5, retries=3)`?", "", r"""
Parameters after a bare `*` are keyword-only: callers must pass them by name. The `*` itself collects nothing; it just marks the boundary. This prevents confusing calls like `connect("db", 10, 2)`, where nobody can tell which number is which.

```python
def connect(host, *, timeout=5, retries=3):
    return host, timeout, retries

assert connect("db") == ("db", 5, 3)
assert connect("db", retries=1) == ("db", 5, 1)
try:
    connect("db", 10)
except TypeError as exc:
    assert "positional argument" in str(exc)

def log(*messages, sep=" "):
    return sep.join(messages)  # after *args, parameters are keyword-only too
assert log("a", "b", sep="-") == "a-b"
```

Keyword-only parameters are ideal for options and flags; they also let you reorder or add options later without breaking callers.
"""),
R("explain", "What does the `/` mean in a signature like `def clamp(value, /, low=0, high=1)`?", "", r"""
Parameters before `/` are positional-only (Python 3.8+): callers cannot pass them by keyword. Parameters after it can be passed either way, unless a later `*` makes them keyword-only.

```python
def clamp(value, /, low=0, high=1):
    return max(low, min(high, value))

assert clamp(5) == 1
assert clamp(-2, low=-1) == -1
try:
    clamp(value=0.5)
except TypeError:
    pass

def pack(a, b, /, c, *, d):
    return (a, b, c, d)
assert pack(1, 2, 3, d=4) == pack(1, 2, c=3, d=4) == (1, 2, 3, 4)

def fmt(name, /, **fields):
    return name, fields
assert fmt("x", name="y") == ("x", {"name": "y"})  # no clash with **fields
```

Use it when parameter names are meaningless or may change, and when a function takes `**kwargs` that could contain the same name. Many builtins such as `len(obj, /)` are positional-only.
"""),
R("explain", "Explain how `typing.Protocol` lets `total_area` accept these unrelated classes.", r"""
from typing import Protocol

class HasArea(Protocol):
    def area(self) -> float: ...

def total_area(shapes: list[HasArea]) -> float:
    return sum(s.area() for s in shapes)
""", r"""
A `Protocol` describes a structural type: any class with a matching `area()` method satisfies `HasArea`, without inheriting from it. Static checkers such as mypy verify this at check time; at runtime the annotation does nothing, so it is ordinary duck typing made explicit.

```python
from typing import Protocol, runtime_checkable

@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...

class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Disk:
    def area(self):
        return 3.0

def total_area(shapes: list[HasArea]) -> float:
    return sum(s.area() for s in shapes)

assert total_area([Square(2), Disk()]) == 7.0
assert isinstance(Square(1), HasArea)  # only checks that area exists
assert not isinstance("text", HasArea)
```

`@runtime_checkable` allows `isinstance` checks, but they only test that the methods exist, not their signatures.
"""),
R("explain", "How does `send()` work with this generator-based running average?", r"""
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
""", r"""
`yield average` both produces a value and receives one: `gen.send(x)` resumes the generator and makes the paused `yield` expression evaluate to `x`. The generator must first be advanced to its first `yield` with `next(gen)` (or `gen.send(None)`), which yields the initial `None`.

```python
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
assert next(avg) is None  # prime: run to the first yield
assert avg.send(10) == 10.0
assert avg.send(20) == 15.0
assert avg.send(0) == 10.0
avg.close()
```

Generators used this way are coroutines that keep state between calls. In modern code a small class or a closure is often clearer, but `send` underpins how `yield from` and early async frameworks worked.
"""),
R("explain", "What does `__missing__` do in this dict subclass?", r"""
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
""", r"""
When `d[key]` does not find the key, `dict.__getitem__` calls `self.__missing__(key)` if the subclass defines it, and returns its result instead of raising `KeyError`. Here missing keys render as placeholders. Unlike `defaultdict`, this version does not store the value, and `get()` and `in` are unaffected.

```python
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"

d = Defaults(name="Ada")
assert d["name"] == "Ada"
assert d["age"] == "<age>"
assert "age" not in d            # nothing was inserted
assert d.get("age") is None      # get() bypasses __missing__
assert "{name} is {age}".format_map(d) == "Ada is <age>"
```

It pairs nicely with `str.format_map` for templates that tolerate missing fields.
"""),
R("explain", "When do I need the `global` keyword in a function?", "", r"""
Only when a function *assigns* to a module-level name. Reading a global works without it, and so does mutating a global object (`CACHE.append(x)`), because neither rebinds the name. Assigning without `global` creates a new local variable instead.

```python
counter = 0
SEEN = []

def read_only():
    return counter + 1          # reading: no keyword needed

def mutate(x):
    SEEN.append(x)              # mutating the object: no keyword needed

def rebind():
    global counter
    counter += 1                # assignment: needs global

def shadow():
    counter = 99                # creates a local; the global is untouched
    return counter

assert read_only() == 1
mutate("a")
rebind()
assert shadow() == 99
assert counter == 1 and SEEN == ["a"]
```

Heavy use of `global` makes code hard to test; prefer returning values or keeping state in an object.
"""),
R("explain", "Why does `numbers = numbers.sort()` leave me with `None`?", "", r"""
`list.sort()` sorts the list in place and returns `None`, following the Python convention that methods which mutate an object return `None` so you don't mistake them for producing a copy. Assigning its result replaces your list with `None`. `sorted()` is the function that returns a new sorted list.

```python
numbers = [3, 1, 2]
result = numbers.sort()
assert result is None
assert numbers == [1, 2, 3]

original = [3, 1, 2]
ordered = sorted(original)
assert ordered == [1, 2, 3] and original == [3, 1, 2]

# the same convention applies to other mutators
items = ["b"]
assert items.append("a") is None and items.reverse() is None
assert items == ["a", "b"]
```

Use `lst.sort()` when you want to change the list, and `sorted(iterable)` when you need a new list or are starting from a tuple, set or generator.
"""),
R("explain", "Why does the iteration order of a set of strings change between program runs?", "", r"""
Sets are hash tables, and their iteration order depends on the hash values of the elements. For `str` and `bytes`, CPython randomises the hash seed at interpreter start-up (hash randomisation, a defence against denial-of-service attacks using crafted keys), so the same set of strings can iterate in a different order in each run. Small integers hash to themselves, so they often look ordered by coincidence.

```python
tags = {"red", "green", "blue"}
assert sorted(tags) == ["blue", "green", "red"]  # deterministic order

seen = set()
ordered_unique = []
for tag in ["red", "blue", "red", "green"]:
    if tag not in seen:
        seen.add(tag)
        ordered_unique.append(tag)
assert ordered_unique == ["red", "blue", "green"]
assert list(dict.fromkeys(["red", "blue", "red", "green"])) == ordered_unique
```

Never depend on set order in output or tests: sort it, or use `dict.fromkeys` when you need de-duplication that keeps first-seen order.
"""),
]

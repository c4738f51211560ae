"""Writer B, part 9: error_message rows (common built-in exceptions)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("error_message", "What does this error mean and how do I fix it?", r"""
Traceback (most recent call last):
  File "report.py", line 4, in <module>
    print("Total items: " + count)
TypeError: can only concatenate str (not "int") to str
""", r"""
`+` between a string and an integer is not defined: Python won't guess whether you want text joining or arithmetic, so it refuses to convert the `int` implicitly. Convert explicitly, or better, use an f-string, which formats any value.

```python
count = 7
message = f"Total items: {count}"
assert message == "Total items: 7"
assert "Total items: " + str(count) == message
assert "Total: {}".format(count) == "Total: 7"
```

The reverse mistake, `"3" + 4` where you meant arithmetic, is fixed with `int("3") + 4`.
"""),
R("error_message", "Why do I get `TypeError: 'NoneType' object is not subscriptable` here?", r"""
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

user = find_user([{"name": "ann", "age": 3}], "bob")
print(user["age"])
""", r"""
```text
TypeError: 'NoneType' object is not subscriptable
```

`find_user` falls off the end without a `return` when no user matches, so it returns `None`, and `None["age"]` fails. The error appears far from the real cause, the missing "not found" handling. Either check for `None` or raise a clear exception in the function.

```python
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
    raise LookupError(f"no user named {name!r}")

users = [{"name": "ann", "age": 3}]
assert find_user(users, "ann")["age"] == 3
try:
    find_user(users, "bob")
except LookupError as exc:
    assert "bob" in str(exc)
```

Returning `None` is fine for optional results, but then every caller must check `if user is None:` before subscripting.
"""),
R("error_message", "My regex code crashes with `AttributeError: 'NoneType' object has no attribute 'group'`. What is wrong?", "", r"""
```text
>>> re.match(r"\d+", "abc123").group()
AttributeError: 'NoneType' object has no attribute 'group'
```

`re.match` returns `None` when the pattern does not match, and here it doesn't, because `match` anchors at the *start* of the string, where there is no digit. Check the result before calling `.group()`, and use `re.search` if the match may occur anywhere.

```python
import re

def first_number(text):
    m = re.search(r"\d+", text)
    if m is None:
        return None
    return int(m.group())

assert first_number("abc123def45") == 123
assert first_number("no digits") is None
assert re.match(r"\d+", "abc123") is None
```

With Python 3.8+, `if (m := re.search(...)):` combines the call and the check.
"""),
R("error_message", "I get `KeyError: 'email'` when reading user records. How should I handle it?", r"""
Traceback (most recent call last):
  File "export.py", line 9, in <module>
    print(record["email"])
KeyError: 'email'
""", r"""
The dict `record` has no `"email"` key; `d[key]` raises `KeyError` for missing keys. Decide what a missing value means: if it is optional, use `dict.get` with a default; if it is required, catch the error or validate records early and report which one is broken.

```python
records = [{"name": "ann", "email": "a@x.io"}, {"name": "bo"}]

emails = [r.get("email", "<none>") for r in records]
assert emails == ["a@x.io", "<none>"]

def require(record, key):
    try:
        return record[key]
    except KeyError:
        raise ValueError(f"record {record.get('name')!r} has no {key!r}") from None

try:
    require(records[1], "email")
except ValueError as exc:
    assert str(exc) == "record 'bo' has no 'email'"
```

`key in record` is the explicit check when you need different code paths.
"""),
R("error_message", "Explain `IndexError: list index out of range` in this loop and fix it.", r"""
prices = [4, 8, 15]
for i in range(len(prices) + 1):
    print(prices[i] * 2)
""", r"""
```text
IndexError: list index out of range
```

A list of length 3 has valid indices 0, 1 and 2, but `range(len(prices) + 1)` also produces 3. Off-by-one errors like this disappear when you iterate over the items directly instead of over indices.

```python
prices = [4, 8, 15]
doubled = [price * 2 for price in prices]
assert doubled == [8, 16, 30]

for i, price in enumerate(prices):   # when you also need the position
    assert prices[i] == price

last = prices[-1] if prices else None  # guard before indexing a possibly empty list
assert last == 15
```

When indexing is unavoidable, use `range(len(seq))` exactly, and check for empty lists before `seq[0]` or `seq[-1]`.
"""),
R("error_message", "What causes `ValueError: invalid literal for int() with base 10: '3.5'`?", "", r"""
```text
>>> int("3.5")
ValueError: invalid literal for int() with base 10: '3.5'
```

`int()` on a string accepts only an optional sign and digits (plus surrounding whitespace and underscores between digits). A decimal point, a unit or an empty string is rejected. Parse as `float` first if decimals are allowed, and handle bad input explicitly.

```python
def parse_quantity(text):
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        value = float(text)  # still raises ValueError for text like "abc"
        if not value.is_integer():
            raise ValueError(f"quantity must be whole, got {text!r}") from None
        return int(value)

assert parse_quantity(" 42 ") == 42
assert parse_quantity("3.0") == 3
for bad in ["3.5", "", "ten"]:
    try:
        parse_quantity(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(bad)
```

Note that `int(3.5)` on a float works (it truncates to 3); only strings are strict.
"""),
R("error_message", "Why does this raise `UnboundLocalError` when `total` clearly exists?", r"""
total = 0

def add(amount):
    total = total + amount
    return total

add(5)
# UnboundLocalError: cannot access local variable 'total' where it is not associated with a value
""", r"""
Because `add` assigns to `total`, Python treats `total` as a local variable for the entire function body, decided at compile time. The right-hand side then reads that local before it has a value; the global is never consulted. The clean fix is to pass state in and return it, rather than reaching for a global.

```python
def add(total, amount):
    return total + amount

total = 0
total = add(total, 5)
assert total == 5

class Tally:
    def __init__(self):
        self.total = 0
    def add(self, amount):
        self.total += amount
        return self.total

t = Tally()
t.add(5)
assert t.add(2) == 7
```

If you truly need module state, declare `global total` inside the function (or `nonlocal` for an enclosing function's variable).
"""),
R("error_message", "I get `NameError: name 'reslt' is not defined`. What does NameError mean?", "", r"""
```text
NameError: name 'reslt' is not defined. Did you mean: 'result'?
```

Python could not find the name in the local, enclosing, global or built-in scopes. The usual causes are a typo (as Python 3.10+ suggests here), using a variable before the line that assigns it, a variable defined only inside a function or only in one branch of an `if`, or a forgotten import.

```python
def summarise(values):
    result = None               # defined on every path, not only inside the if
    if values:
        result = sum(values) / len(values)
    return result

assert summarise([2, 4]) == 3
assert summarise([]) is None

import math                     # forgetting this import gives NameError: name 'math' is not defined
assert math.floor(2.7) == 2
```

Linters such as pyflakes or ruff catch most undefined names before you run the code.
"""),
R("error_message", "How do I avoid `ZeroDivisionError: division by zero` when computing an average?", r"""
def average(values):
    return sum(values) / len(values)

average([])
""", r"""
```text
ZeroDivisionError: division by zero
```

With an empty list, `len(values)` is 0. Decide what the average of nothing should be and handle it explicitly: return a sentinel, or raise a clearer error.

```python
def average(values, default=None):
    if not values:
        return default
    return sum(values) / len(values)

assert average([1, 2, 3]) == 2
assert average([]) is None
assert average([], default=0.0) == 0.0

import statistics
try:
    statistics.mean([])
except statistics.StatisticsError:
    pass   # the stdlib chooses to raise a specific error instead
```

Avoid catching `ZeroDivisionError` around large blocks; an explicit check documents the edge case and can't hide unrelated divisions by zero.
"""),
R("error_message", "What does `RecursionError: maximum recursion depth exceeded` mean here?", r"""
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

countdown(-1)
""", r"""
```text
RecursionError: maximum recursion depth exceeded in comparison
```

The base case `n == 0` is never reached when `n` starts negative: the function calls itself with -2, -3, ... until Python's recursion limit (about 1000 frames) stops it. Make the base case cover every terminating input, validate arguments, or use a loop.

```python
def countdown(n):
    if n < 0:
        raise ValueError("n must be non-negative")
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

def countdown_loop(n):
    while n > 0:
        n -= 1
    return "liftoff"

assert countdown(5) == "liftoff"
assert countdown_loop(100_000) == "liftoff"   # too deep for recursion, fine for a loop
try:
    countdown(-1)
except ValueError:
    pass
```

If the recursion is correct but genuinely deep, convert it to iteration instead of raising the limit.
"""),
R("error_message", "Why does `TypeError: unhashable type: 'list'` happen when I use a list as a dict key?", "", r"""
```text
>>> seen = {}
>>> seen[[1, 2]] = True
TypeError: unhashable type: 'list'
```

Dict keys and set members must be hashable, meaning their hash never changes. Lists are mutable, so they have no hash. Use an immutable equivalent: a tuple for a list, a `frozenset` for a set.

```python
seen = {}
seen[(1, 2)] = True
assert (1, 2) in seen

routes = [["a", "b"], ["b", "a"], ["a", "b"]]
unique = {tuple(r) for r in routes}
assert unique == {("a", "b"), ("b", "a")}

undirected = {frozenset(r) for r in routes}
assert len(undirected) == 1          # order-insensitive key
```

The same error appears with dicts as keys (`unhashable type: 'dict'`); `tuple(sorted(d.items()))` is a common hashable stand-in.
"""),
R("error_message", "Fix `TypeError: 'int' object is not iterable` in this code.", r"""
count = 5
for i in count:
    print(i)
""", r"""
```text
TypeError: 'int' object is not iterable
```

A `for` loop needs an iterable, such as a list, a string or a range. An integer is just a number; to loop that many times, iterate over `range(count)`. The same error comes from `sum(5)`, `list(5)` or unpacking `a, b = 5`.

```python
count = 5
seen = []
for i in range(count):
    seen.append(i)
assert seen == [0, 1, 2, 3, 4]

total = sum([5])        # sum needs an iterable of numbers
assert total == 5
assert list(range(1, count + 1)) == [1, 2, 3, 4, 5]
```

If a function sometimes returns one number and sometimes a list, make it always return a list so callers can iterate.
"""),
R("error_message", "`TypeError: Greeter.hello() missing 1 required positional argument: 'self'`. What did I do wrong?", "", r"""
```text
>>> Greeter.hello()
TypeError: Greeter.hello() missing 1 required positional argument: 'self'
```

`hello` is an instance method, so it expects to be called on an instance, which Python passes as `self`. Calling it on the class itself supplies no instance. Create an object first, or make the method a `staticmethod` or `classmethod` if it doesn't need instance state.

```python
class Greeter:
    def __init__(self, name="world"):
        self.name = name
    def hello(self):
        return f"hello, {self.name}"
    @staticmethod
    def shout(text):
        return text.upper()

assert Greeter().hello() == "hello, world"       # note the ()
assert Greeter("ann").hello() == "hello, ann"
assert Greeter.shout("hi") == "HI"               # no instance needed
```

A frequent variant is forgetting the parentheses, `g = Greeter` instead of `g = Greeter()`, which makes `g` the class, not an instance.
"""),
R("error_message", "What does `TypeError: Counter.add() takes 1 positional argument but 2 were given` mean?", r"""
class Counter:
    def __init__(self):
        self.n = 0
    def add(amount):
        self.n += amount

Counter().add(3)
""", r"""
```text
TypeError: Counter.add() takes 1 positional argument but 2 were given
```

When you call `obj.add(3)`, Python passes the instance automatically as the first argument, so the method receives two: the instance and `3`. The definition `def add(amount)` only accepts one, because `self` is missing. The count in the message includes the implicit `self`, which is why it says 2 for a call with one visible argument.

```python
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, amount):
        self.n += amount
        return self.n

c = Counter()
c.add(3)
assert c.add(2) == 5
```

Every regular method needs `self` as its first parameter.
"""),
R("error_message", "How do I change one character of a string? I get `TypeError: 'str' object does not support item assignment`.", "", r"""
```text
>>> word = "cat"
>>> word[0] = "b"
TypeError: 'str' object does not support item assignment
```

Strings are immutable: you cannot change them in place. Build a new string instead, with slicing, `str.replace`, or via a list of characters for many edits.

```python
word = "cat"
word = "b" + word[1:]
assert word == "bat"

def replace_at(text, index, char):
    return text[:index] + char + text[index + 1:]
assert replace_at("hello", 1, "a") == "hallo"

chars = list("banana")
for i, ch in enumerate(chars):
    if ch == "a":
        chars[i] = "o"
assert "".join(chars) == "bonono"
assert "banana".replace("a", "o", 1) == "bonana"
```

Immutability is what makes strings safe to use as dict keys and to share between variables.
"""),
R("error_message", "Why does deleting items while looping over a dict raise an error?", r"""
stock = {"apple": 0, "pear": 3, "kiwi": 0}
for name, qty in stock.items():
    if qty == 0:
        del stock[name]
# RuntimeError: dictionary changed size during iteration
""", r"""
Iterating a dict while adding or removing keys would leave the iterator in an undefined position, so Python detects the size change and raises `RuntimeError`. Iterate over a snapshot of the keys, or build a new dict.

```python
stock = {"apple": 0, "pear": 3, "kiwi": 0}
for name in list(stock):          # list() copies the keys first
    if stock[name] == 0:
        del stock[name]
assert stock == {"pear": 3}

stock2 = {"apple": 0, "pear": 3, "kiwi": 0}
in_stock = {name: qty for name, qty in stock2.items() if qty > 0}
assert in_stock == {"pear": 3}
```

Changing the *values* of existing keys during iteration is allowed; only adding and removing keys is not. The same rule applies to sets.
"""),
R("error_message", "What does `ValueError: too many values to unpack (expected 2)` mean?", r"""
line = "name=ann=admin"
key, value = line.split("=")
""", r"""
```text
ValueError: too many values to unpack (expected 2)
```

The left side has two names, but `split("=")` returned three pieces, `["name", "ann", "admin"]`, so Python cannot assign them one to one. Limit the split, use `partition`, or capture the extras with a starred name.

```python
line = "name=ann=admin"

key, value = line.split("=", 1)      # at most one split
assert (key, value) == ("name", "ann=admin")

key, _, value = line.partition("=")  # never raises, always three parts
assert value == "ann=admin"

first, *rest = line.split("=")
assert rest == ["ann", "admin"]
```

The mirror error, "not enough values to unpack", occurs when there are fewer pieces than names, for example on a line with no `=` at all.
"""),
R("error_message", "Why do I get `ValueError: not enough values to unpack (expected 3, got 2)` while looping over rows?", "", r"""
```text
>>> for name, age, city in rows: ...
ValueError: not enough values to unpack (expected 3, got 2)
```

One of the rows has only two elements, so it cannot fill three names. Usually the data is ragged (a missing column) or you are iterating the wrong thing, such as a dict's `items()` when you expected triples. Validate rows, or give missing fields a default.

```python
rows = [("ann", 31, "Oslo"), ("bo", 25)]

def normalise(row, width=3, fill=None):
    if len(row) > width:
        raise ValueError(f"row has {len(row)} fields, expected at most {width}: {row!r}")
    return tuple(row) + (fill,) * (width - len(row))

people = [normalise(r) for r in rows]
for name, age, city in people:
    assert isinstance(name, str)
assert people[1] == ("bo", 25, None)
```

Printing the offending row (`print(repr(row))` in an `except` block) is the quickest way to find the bad record.
"""),
R("error_message", "My generator code stops with an unexpected `StopIteration` traceback. What is happening?", r"""
def first_even(numbers):
    return next(n for n in numbers if n % 2 == 0)

first_even([1, 3, 5])
""", r"""
```text
StopIteration
```

`next()` raises `StopIteration` when the iterator has no items left, and here no even number exists. Outside a `for` loop nothing catches it, so it surfaces as a confusing bare error (and inside a generator it would be turned into `RuntimeError`). Give `next` a default value.

```python
def first_even(numbers, default=None):
    return next((n for n in numbers if n % 2 == 0), default)

assert first_even([1, 4, 6]) == 4
assert first_even([1, 3, 5]) is None
assert first_even([], default=-1) == -1
```

Note the extra parentheses: when `next` gets a second argument, the generator expression must be parenthesised on its own.
"""),
R("error_message", "`ModuleNotFoundError: No module named 'requests'` even though I ran pip install. Why?", "", r"""
```text
Traceback (most recent call last):
  File "fetch.py", line 1, in <module>
    import requests
ModuleNotFoundError: No module named 'requests'
```

Python searched every directory in `sys.path` and found no such module. When the package is "installed", it was almost always installed into a *different* interpreter: a different Python version, the system Python instead of your virtual environment, or vice versa. Install with the same interpreter that runs the script, `python -m pip install requests`, and check which one runs.

```python
import sys
import importlib.util

print(sys.executable)                        # the interpreter actually running
assert importlib.util.find_spec("json") is not None
assert importlib.util.find_spec("surely_not_installed_pkg") is None

try:
    importlib.import_module("surely_not_installed_pkg")
except ModuleNotFoundError as exc:
    assert exc.name == "surely_not_installed_pkg"
```

Compare `sys.executable` with the output of `python -m pip --version`; they should point to the same environment.
"""),
R("error_message", "What does `ImportError: cannot import name 'Order' from partially initialized module 'models'` mean?", r"""
# models.py
from billing import charge
class Order: ...

# billing.py
from models import Order
def charge(order: Order): ...
""", r"""
```text
ImportError: cannot import name 'Order' from partially initialized module 'models'
(most likely due to a circular import)
```

It is a circular import. Importing `models` starts executing it, whose first line imports `billing`, whose first line imports `Order` from `models`, but `models` has not yet reached `class Order`, so the name does not exist yet. Fix the structure: move shared definitions into a third module, or import lazily where the name is needed.

```python
import sys
import types

def make_module(name, source):
    module = types.ModuleType(name)
    sys.modules[name] = module
    exec(source, module.__dict__)
    return module

# shared definitions live in their own module with no dependency back
make_module("shop_types", "class Order:\n    def __init__(self, total):\n        self.total = total\n")
make_module("shop_billing", "from shop_types import Order\ndef charge(order):\n    return order.total * 100\n")
models = make_module("shop_models", "from shop_types import Order\nfrom shop_billing import charge\n")

assert models.charge(models.Order(2.5)) == 250.0
```

For annotations only, `from __future__ import annotations` plus an import under `if TYPE_CHECKING:` avoids the runtime import entirely.
"""),
R("error_message", "`AttributeError: module 'json' has no attribute 'loads'` - but json definitely has loads!", "", r"""
```text
AttributeError: module 'json' has no attribute 'loads'
(consider renaming '/home/me/project/json.py' since it has the same name as the standard module)
```

You have a file called `json.py` (or a folder `json/`) next to your script. The script's directory comes first on `sys.path`, so `import json` imports your file instead of the standard library module. Rename your file (and delete any stale `__pycache__`). The same happens with `random.py`, `email.py`, `test.py`, `csv.py` and so on.

```python
import json

# check where a module really comes from
origin = json.__file__
assert origin.endswith(("json/__init__.py", "json\\__init__.py"))
assert json.loads('{"ok": true}') == {"ok": True}
```

Printing `module.__file__` is the fastest way to confirm which file was actually imported. Recent Python versions add the "consider renaming" hint automatically.
"""),
R("error_message", "What does `IndentationError: unexpected indent` or `TabError` mean?", r"""
  File "app.py", line 3
    return x * 2
TabError: inconsistent use of tabs and spaces in indentation
""", r"""
Indentation is part of Python's syntax. `IndentationError: unexpected indent` means a line is indented more than the block structure allows (for example a stray leading space). `TabError` means a block mixes tabs and spaces, so its indentation is ambiguous. Configure your editor to insert 4 spaces per level and convert existing tabs.

```python
source_bad = "def double(x):\n    y = x\n\treturn y * 2\n"
try:
    compile(source_bad, "app.py", "exec")
except TabError as exc:
    assert exc.lineno == 3

source_good = source_bad.replace("\t", "    ")
namespace = {}
exec(compile(source_good, "app.py", "exec"), namespace)
assert namespace["double"](4) == 8
```

Running `python -m tabnanny file.py` reports ambiguous indentation, and formatters like black normalise it.
"""),
R("error_message", "I get `SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?`. What is wrong?", r"""
  File "check.py", line 2
    if status = "done":
       ^^^^^^^^^^^^^^^
SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
""", r"""
`=` is assignment, which is a statement and cannot appear inside an `if` condition. To compare, use `==`. Python deliberately forbids `=` here to prevent the classic C bug where an accidental assignment is always true.

```python
def is_done(status):
    if status == "done":
        return True
    return False

assert is_done("done") and not is_done("open")

import re
text = "id=42"
if (m := re.search(r"\d+", text)):   # := when you really want to assign inside the condition
    assert m.group() == "42"
```

Other common causes of `invalid syntax` are a missing colon after `if`/`for`/`def`, an unclosed bracket on the previous line, and using a keyword such as `class` as a variable name.
"""),
R("error_message", "Sorting my list fails with `TypeError: '<' not supported between instances of 'str' and 'int'`.", "", r"""
```text
>>> sorted([10, "9", 3])
TypeError: '<' not supported between instances of 'str' and 'int'
```

Python 3 does not define an ordering between unrelated types, so a list mixing numbers and strings cannot be sorted. Usually the data should be homogeneous: convert it when reading it. If mixing is intended, supply a key that maps every element to comparable values.

```python
raw = [10, "9", 3]
numbers = sorted(int(x) for x in raw)
assert numbers == [3, 9, 10]

mixed = [10, "b", 3, "a"]
ordered = sorted(mixed, key=lambda x: (isinstance(x, str), x))   # numbers first, then strings
assert ordered == [3, 10, "a", "b"]

with_none = [3, None, 1]
assert sorted(with_none, key=lambda x: (x is None, x or 0)) == [1, 3, None]
```

The same error shows up with `None` values from missing data; decide explicitly whether they sort first or last.
"""),
R("error_message", "Why does `len()` fail with `TypeError: object of type 'generator' has no len()`?", "", r"""
```text
>>> evens = (n for n in range(10) if n % 2 == 0)
>>> len(evens)
TypeError: object of type 'generator' has no len()
```

A generator produces items lazily and doesn't know how many it will yield until it is exhausted, so it has no length. Either build a list when you need the length (and reuse that list), or count while consuming.

```python
evens = [n for n in range(10) if n % 2 == 0]    # a list comprehension instead
assert len(evens) == 5

lazy = (n for n in range(10) if n % 2 == 0)
count = sum(1 for _ in lazy)
assert count == 5
assert list(lazy) == []   # counting consumed it
```

`map`, `filter` and `zip` objects behave the same way: wrap them in `list()` if you need `len` or indexing.
"""),
R("error_message", "`json.loads` fails with `JSONDecodeError: Expecting value: line 1 column 1 (char 0)`. What does it mean?", "", r"""
```text
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
```

The parser found no JSON value at the very first character. The input is empty, whitespace only, or not JSON at all, typically an HTML error page or an empty HTTP response body. Check what you actually received before parsing, and include a snippet of it in your error message.

```python
import json

def parse_body(body):
    if not body.strip():
        raise ValueError("empty response body")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at char {exc.pos}): {body[:40]!r}") from exc

assert parse_body('{"ok": 1}') == {"ok": 1}
for bad in ["", "<html>502 Bad Gateway</html>"]:
    try:
        parse_body(bad)
    except ValueError as exc:
        assert "empty" in str(exc) or "<html>" in str(exc)
```

`JSONDecodeError` is a subclass of `ValueError` and carries `msg`, `pos`, `lineno` and `colno` for precise reporting.
"""),
R("error_message", "Why does `json.loads(\"{'name': 'ann'}\")` raise `Expecting property name enclosed in double quotes`?", "", r"""
```text
json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
```

JSON requires double quotes around strings and keys. Single quotes are Python literal syntax, not JSON, and such text usually comes from printing a dict with `str()`/`print` instead of serialising it with `json.dumps`. Fix the producer; if you must read Python-literal text, use `ast.literal_eval`, which safely evaluates literals only.

```python
import ast
import json

data = {"name": "ann", "active": True}
text = json.dumps(data)                 # what the producer should write
assert text == '{"name": "ann", "active": true}'
assert json.loads(text) == data

python_repr = str(data)                 # "{'name': 'ann', 'active': True}"
assert ast.literal_eval(python_repr) == data
```

Never use `eval` for this: it would execute arbitrary code embedded in the text.
"""),
R("error_message", "Looping over parsed JSON gives `TypeError: string indices must be integers`. Why?", r"""
import json
payload = json.loads('{"users": [{"name": "ann"}, {"name": "bo"}]}')
for user in payload:
    print(user["name"])
""", r"""
```text
TypeError: string indices must be integers, not 'str'
```

Iterating a dict yields its *keys*, so `user` is the string `"users"`, and `"users"["name"]` tries to index a string with a string. Navigate to the list first. Print `type(x)` when unsure what a JSON level contains.

```python
import json

payload = json.loads('{"users": [{"name": "ann"}, {"name": "bo"}]}')
names = [user["name"] for user in payload["users"]]
assert names == ["ann", "bo"]

for key, value in payload.items():   # if you do want to walk the top level
    assert key == "users" and isinstance(value, list)
```

The same error appears when a field you expected to be an object is actually a string in the data.
"""),
R("error_message", "Reading a file fails with `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3`. How do I fix it?", "", r"""
```text
UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte
```

The bytes are not valid UTF-8; the file was most likely written in another encoding, such as Latin-1 or Windows-1252, where `0xe9` is `é`. Decode with the encoding that was actually used. If you cannot know it, decide whether to fail, replace bad bytes, or keep them recoverable.

```python
data = "café".encode("latin-1")            # b'caf\xe9'
try:
    data.decode("utf-8")
except UnicodeDecodeError as exc:
    assert exc.start == 3

assert data.decode("latin-1") == "café"
assert data.decode("utf-8", errors="replace") == "caf\ufffd"
recovered = data.decode("utf-8", errors="surrogateescape")
assert recovered.encode("utf-8", errors="surrogateescape") == data   # lossless round trip
```

With files, pass the encoding to `open(path, encoding="cp1252")` or `Path.read_text(encoding=...)`; the default encoding varies by platform.
"""),
]

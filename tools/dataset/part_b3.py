"""Writer B, part 3: refactor rows (loops, conditionals, collections)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("refactor", "Refactor this loop to avoid indexing with `range(len(...))`.", r"""
def label_lines(lines):
    result = []
    for i in range(len(lines)):
        result.append(str(i + 1) + ": " + lines[i])
    return result
""", r"""
```python
def label_lines(lines):
    return [f"{number}: {line}" for number, line in enumerate(lines, start=1)]

assert label_lines(["alpha", "beta"]) == ["1: alpha", "2: beta"]
assert label_lines([]) == []
```

`enumerate(..., start=1)` supplies the line number and the item together, so there is no index arithmetic, and the f-string replaces the chain of `+` concatenations.
"""),
R("refactor", "Flatten the nesting in this function with guard clauses.", r"""
def shipping_cost(order):
    if order is not None:
        if order["items"]:
            if order["country"] == "NL":
                return 0 if order["total"] >= 50 else 5
            else:
                return 15
        else:
            return 0
    else:
        raise ValueError("no order")
""", r"""
```python
def shipping_cost(order):
    if order is None:
        raise ValueError("no order")
    if not order["items"]:
        return 0
    if order["country"] != "NL":
        return 15
    return 0 if order["total"] >= 50 else 5

assert shipping_cost({"items": [], "country": "NL", "total": 0}) == 0
assert shipping_cost({"items": [1], "country": "DE", "total": 99}) == 15
assert shipping_cost({"items": [1], "country": "NL", "total": 60}) == 0
assert shipping_cost({"items": [1], "country": "NL", "total": 10}) == 5
try:
    shipping_cost(None)
except ValueError:
    pass
```

Handling the special cases first and returning early leaves the main rule at the bottom with no indentation, and each condition can be read on its own.
"""),
R("refactor", "Make this word-frequency code more idiomatic.", r"""
def word_freq(text):
    freq = {}
    for word in text.lower().split():
        if word in freq:
            freq[word] = freq[word] + 1
        else:
            freq[word] = 1
    return freq
""", r"""
```python
from collections import Counter

def word_freq(text):
    return Counter(text.lower().split())

result = word_freq("The cat saw the dog")
assert result == {"the": 2, "cat": 1, "saw": 1, "dog": 1}
assert result.most_common(1) == [("the", 2)]
assert word_freq("") == {}
```

`Counter` does the check-and-increment for you and still behaves as a dict, so existing callers keep working; it also adds `most_common` for free.
"""),
R("refactor", "Rewrite using a list comprehension.", r"""
def active_emails(users):
    emails = []
    for user in users:
        if user["active"]:
            emails.append(user["email"].lower())
    return emails
""", r"""
```python
def active_emails(users):
    return [user["email"].lower() for user in users if user["active"]]

users = [
    {"email": "A@X.COM", "active": True},
    {"email": "b@x.com", "active": False},
    {"email": "C@x.com", "active": True},
]
assert active_emails(users) == ["a@x.com", "c@x.com"]
assert active_emails([]) == []
```

The comprehension expresses "transform the items that pass a filter" in one line, with no temporary list to manage.
"""),
R("refactor", "Simplify this search that uses a flag variable.", r"""
def has_admin(users):
    found = False
    for u in users:
        if u.get("role") == "admin":
            found = True
            break
    if found == True:
        return True
    else:
        return False
""", r"""
```python
def has_admin(users):
    return any(user.get("role") == "admin" for user in users)

assert has_admin([{"role": "dev"}, {"role": "admin"}]) is True
assert has_admin([{"role": "dev"}, {}]) is False
assert has_admin([]) is False
```

`any` with a generator stops at the first match, exactly like the `break`, and returns a real boolean, so both the flag and the `if ... return True else return False` disappear.
"""),
R("refactor", "Replace this if/elif chain with something easier to extend.", r"""
def http_reason(code):
    if code == 200:
        return "OK"
    elif code == 201:
        return "Created"
    elif code == 404:
        return "Not Found"
    elif code == 500:
        return "Internal Server Error"
    else:
        return "Unknown"
""", r"""
```python
REASONS = {
    200: "OK",
    201: "Created",
    404: "Not Found",
    500: "Internal Server Error",
}

def http_reason(code):
    return REASONS.get(code, "Unknown")

assert http_reason(201) == "Created"
assert http_reason(404) == "Not Found"
assert http_reason(418) == "Unknown"
```

When branches only map a value to another value, a dictionary is data rather than logic: adding a code is a one-line change and the table can be reused or tested directly. (The standard library's `http.HTTPStatus` already holds these phrases.)
"""),
R("refactor", "Clean up this CSV line builder.", r"""
def to_csv_line(values):
    line = ""
    for i in range(len(values)):
        line = line + str(values[i])
        if i != len(values) - 1:
            line = line + ","
    return line
""", r"""
```python
def to_csv_line(values):
    return ",".join(str(value) for value in values)

assert to_csv_line([1, "a", 2.5]) == "1,a,2.5"
assert to_csv_line(["solo"]) == "solo"
assert to_csv_line([]) == ""
```

`str.join` puts the separator only between items, so the "is this the last one?" check disappears. For values that may contain commas or quotes, use the `csv` module instead of joining by hand.
"""),
R("refactor", "Refactor to use the built-in `max` instead of manual tracking.", r"""
def oldest(people):
    best = None
    best_age = -1
    for p in people:
        if p["age"] > best_age:
            best_age = p["age"]
            best = p
    return best
""", r"""
```python
def oldest(people):
    return max(people, key=lambda person: person["age"], default=None)

people = [{"name": "a", "age": 30}, {"name": "b", "age": 41}, {"name": "c", "age": 41}]
assert oldest(people)["name"] == "b"  # first of the tied maxima, as before
assert oldest([]) is None
```

`max` with a `key` returns the item itself, keeps the first of equal maxima like the original strict `>` comparison, and `default=None` preserves the empty-input behaviour without a sentinel age.
"""),
R("refactor", "Rewrite this so the resource is always released, using a `with` statement.", r"""
import io

def first_line(stream_factory):
    stream = stream_factory()
    try:
        line = stream.readline()
    finally:
        stream.close()
    return line.rstrip("\n")
""", r"""
```python
import io

def first_line(stream_factory):
    with stream_factory() as stream:
        return stream.readline().rstrip("\n")

opened = []
def factory():
    stream = io.StringIO("header\nrow\n")
    opened.append(stream)
    return stream

assert first_line(factory) == "header"
assert opened[0].closed
```

File-like objects are context managers, so `with` closes them even when an exception occurs, replacing the hand-written `try/finally`. Returning from inside the block is fine: the close still happens.
"""),
R("refactor", "This class looks like Java. Make it Pythonic.", r"""
class Book:
    def __init__(self, title, pages):
        self._title = title
        self._pages = pages
    def get_title(self):
        return self._title
    def set_title(self, value):
        self._title = value
    def get_pages(self):
        return self._pages
    def set_pages(self, value):
        if value < 1:
            raise ValueError("pages must be >= 1")
        self._pages = value
""", r"""
```python
class Book:
    def __init__(self, title, pages):
        self.title = title
        self.pages = pages  # goes through the property setter below

    @property
    def pages(self):
        return self._pages

    @pages.setter
    def pages(self, value):
        if value < 1:
            raise ValueError("pages must be >= 1")
        self._pages = value

b = Book("Dune", 412)
b.title = "Dune Messiah"
assert (b.title, b.pages) == ("Dune Messiah", 412)
try:
    b.pages = 0
except ValueError:
    pass
assert b.pages == 412
```

Trivial getters and setters become a plain attribute. The one with validation becomes a property, so callers use `b.pages` either way and `__init__` validates too.
"""),
R("refactor", "Convert this data-holding class into a dataclass.", r"""
class Point3:
    def __init__(self, x, y, z=0.0):
        self.x = x
        self.y = y
        self.z = z
    def __repr__(self):
        return "Point3(x=%r, y=%r, z=%r)" % (self.x, self.y, self.z)
    def __eq__(self, other):
        return (self.x, self.y, self.z) == (other.x, other.y, other.z)
""", r"""
```python
from dataclasses import dataclass, astuple

@dataclass
class Point3:
    x: float
    y: float
    z: float = 0.0

p = Point3(1, 2)
assert repr(p) == "Point3(x=1, y=2, z=0.0)"
assert p == Point3(1, 2, 0.0)
assert astuple(p) == (1, 2, 0.0)
```

`@dataclass` generates `__init__`, `__repr__` and `__eq__` from the field list, so the class states only what it holds. Add `frozen=True` if points should be immutable and hashable.
"""),
R("refactor", "Get rid of the magic numbers in this function.", r"""
def order_state(code):
    if code == 1:
        return "waiting"
    if code == 2:
        return "shipped"
    if code == 3:
        return "delivered"
    return "invalid"

def can_cancel(code):
    return code == 1
""", r"""
```python
from enum import IntEnum

class OrderState(IntEnum):
    WAITING = 1
    SHIPPED = 2
    DELIVERED = 3

def order_state(code):
    try:
        return OrderState(code).name.lower()
    except ValueError:
        return "invalid"

def can_cancel(code):
    return code == OrderState.WAITING

assert order_state(2) == "shipped"
assert order_state(9) == "invalid"
assert can_cancel(1) and not can_cancel(OrderState.DELIVERED)
```

An enum gives each code one named definition, shared by every function. `IntEnum` keeps compatibility with callers that still pass raw integers.
"""),
R("refactor", "This function takes too many parameters. Refactor it.", r"""
def render_chart(title, width, height, x_label, y_label, color, show_grid, dpi, data):
    return f"{title} {width}x{height}@{dpi} {color} grid={show_grid} {x_label}/{y_label} n={len(data)}"
""", r"""
```python
from dataclasses import dataclass

@dataclass(frozen=True)
class ChartStyle:
    width: int = 640
    height: int = 480
    dpi: int = 96
    color: str = "blue"
    show_grid: bool = True

def render_chart(data, title, axes=("x", "y"), style=ChartStyle()):
    x_label, y_label = axes
    return (f"{title} {style.width}x{style.height}@{style.dpi} {style.color} "
            f"grid={style.show_grid} {x_label}/{y_label} n={len(data)}")

out = render_chart([1, 2, 3], "Sales", style=ChartStyle(color="red", dpi=150))
assert out == "Sales 640x480@150 red grid=True x/y n=3"
```

Presentation options now live in one frozen dataclass with sensible defaults, so calls only mention what differs from the default, and the style can be reused between charts. Being frozen, it is also safe as a default argument.
"""),
R("refactor", "Remove the duplication between these two functions.", r"""
def total_price_eur(items):
    total = 0
    for item in items:
        if item["qty"] > 0:
            total += item["price"] * item["qty"]
    return round(total * 1.21, 2)

def total_price_usd(items):
    total = 0
    for item in items:
        if item["qty"] > 0:
            total += item["price"] * item["qty"]
    return round(total * 1.21 * 1.08, 2)
""", r"""
```python
VAT = 1.21
EUR_TO_USD = 1.08

def _net_total(items):
    return sum(item["price"] * item["qty"] for item in items if item["qty"] > 0)

def total_price_eur(items):
    return round(_net_total(items) * VAT, 2)

def total_price_usd(items):
    return round(_net_total(items) * VAT * EUR_TO_USD, 2)

items = [{"price": 10.0, "qty": 2}, {"price": 5.0, "qty": 0}]
assert total_price_eur(items) == 24.2
assert total_price_usd(items) == 26.14
```

The shared summing logic moves into one helper and the rates become named constants, so a change to the filtering rule or VAT happens in exactly one place.
"""),
R("refactor", "Simplify these boolean-returning functions.", r"""
def is_weekend(day):
    if day == "sat" or day == "sun":
        return True
    else:
        return False

def is_valid_port(p):
    if p > 0:
        if p < 65536:
            return True
    return False
""", r"""
```python
def is_weekend(day):
    return day in {"sat", "sun"}

def is_valid_port(port):
    return 0 < port < 65536

assert is_weekend("sun") and not is_weekend("mon")
assert is_valid_port(443)
assert not is_valid_port(0) and not is_valid_port(65536)
```

A comparison is already a boolean, so return it directly. A set membership test replaces the chain of `or`, and a chained comparison states the range in one expression.
"""),
R("refactor", "Rewrite this pair-finding code with itertools.", r"""
def pairs_summing_to(nums, target):
    result = []
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                result.append((nums[i], nums[j]))
    return result
""", r"""
```python
from itertools import combinations

def pairs_summing_to(nums, target):
    return [(a, b) for a, b in combinations(nums, 2) if a + b == target]

assert pairs_summing_to([1, 4, 3, 2, 5], 6) == [(1, 5), (4, 2)]
assert pairs_summing_to([3, 3], 6) == [(3, 3)]
assert pairs_summing_to([], 1) == []
```

`combinations(nums, 2)` yields each unordered pair once in the same order as the nested index loops, so behaviour is identical while the code reads as the problem statement. It is still O(n^2); use a set of complements if you only need to know whether such a pair exists.
"""),
R("refactor", "Refactor this parallel-list loop.", r"""
def make_labels(names, prices):
    labels = []
    for i in range(min(len(names), len(prices))):
        labels.append(names[i] + " - $" + str(prices[i]))
    return labels
""", r"""
```python
def make_labels(names, prices):
    return [f"{name} - ${price}" for name, price in zip(names, prices)]

assert make_labels(["pen", "cup"], [2, 5]) == ["pen - $2", "cup - $5"]
assert make_labels(["pen", "cup"], [2]) == ["pen - $2"]  # zip stops at the shorter list, like min(len)
```

`zip` walks both sequences together and already stops at the shorter one, which is what the `min(len(...))` bound did by hand. If mismatched lengths are a bug, pass `strict=True`.
"""),
R("refactor", "Make this dictionary inversion shorter and clearer.", r"""
def invert(mapping):
    result = {}
    keys = list(mapping.keys())
    for k in keys:
        v = mapping[k]
        result[v] = k
    return result
""", r"""
```python
def invert(mapping):
    return {value: key for key, value in mapping.items()}

assert invert({"a": 1, "b": 2}) == {1: "a", 2: "b"}
assert invert({"a": 1, "b": 1}) == {1: "b"}  # last key wins, as before
assert invert({}) == {}
```

Iterating over `items()` gives key and value together, and the dict comprehension builds the result directly. Duplicate values behave as in the original: the later key overwrites the earlier one.
"""),
R("refactor", "Improve the type checks in this function.", r"""
def describe(value):
    if type(value) == int or type(value) == float:
        return "number"
    elif type(value) == str:
        return "text"
    elif type(value) == list or type(value) == tuple:
        return "sequence"
    return "other"
""", r"""
```python
def describe(value):
    if isinstance(value, bool):
        return "other"  # bool is a subclass of int; keep the original result
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "sequence"
    return "other"

class Meters(float):
    pass

assert describe(3) == describe(2.5) == "number"
assert describe("x") == "text"
assert describe((1,)) == "sequence"
assert describe(True) == "other"
assert describe(Meters(2)) == "number"  # subclasses are now accepted
```

`isinstance` accepts a tuple of types and respects subclasses, which `type(x) == ...` does not. Because `bool` subclasses `int`, the refactor checks it explicitly to keep the old output for `True`/`False`.
"""),
R("refactor", "Tidy up this grouping code.", r"""
def group_by_dept(employees):
    groups = {}
    for e in employees:
        dept = e["dept"]
        if dept not in groups:
            groups[dept] = []
        groups[dept].append(e["name"])
    return groups
""", r"""
```python
from collections import defaultdict

def group_by_dept(employees):
    groups = defaultdict(list)
    for employee in employees:
        groups[employee["dept"]].append(employee["name"])
    return dict(groups)

staff = [{"dept": "ops", "name": "a"}, {"dept": "dev", "name": "b"}, {"dept": "ops", "name": "c"}]
assert group_by_dept(staff) == {"ops": ["a", "c"], "dev": ["b"]}
assert group_by_dept([]) == {}
```

`defaultdict(list)` creates the empty list the first time a key is used, removing the membership check. Converting back with `dict()` means callers don't get a mapping that silently grows on lookups.
"""),
R("refactor", "Refactor this path handling to use pathlib.", r"""
import os

def backup_name(directory, filename):
    base, ext = os.path.splitext(filename)
    return os.path.join(directory, "backup", base + ".bak" + ext)
""", r"""
```python
from pathlib import PurePosixPath

def backup_name(directory, filename):
    name = PurePosixPath(filename)
    return PurePosixPath(directory) / "backup" / f"{name.stem}.bak{name.suffix}"

assert backup_name("/data", "report.csv") == PurePosixPath("/data/backup/report.bak.csv")
assert backup_name("logs", "notes") == PurePosixPath("logs/backup/notes.bak")
assert str(backup_name("/d", "a.tar.gz")) == "/d/backup/a.tar.bak.gz"  # same as splitext
```

Path objects join with `/` and expose `stem` and `suffix`, replacing string juggling with `os.path`. The example uses `PurePosixPath` so the assertions hold on any OS; real code would use `Path`. It returns a path object, so call `str()` if callers need a string.
"""),
R("refactor", "Replace this bubble-sort style code with Python's built-in sorting.", r"""
def sort_by_score(players):
    items = list(players)
    for i in range(len(items)):
        for j in range(len(items) - 1 - i):
            if items[j]["score"] < items[j + 1]["score"]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items
""", r"""
```python
from operator import itemgetter

def sort_by_score(players):
    return sorted(players, key=itemgetter("score"), reverse=True)

players = [{"n": "a", "score": 5}, {"n": "b", "score": 9}, {"n": "c", "score": 5}]
assert [p["n"] for p in sort_by_score(players)] == ["b", "a", "c"]
assert sort_by_score([]) == []
```

`sorted` is O(n log n), stable, and returns a new list like the original copy did. With `reverse=True` it still keeps equal scores in their input order, matching the bubble sort, which only swapped on strict `<`.
"""),
R("refactor", "This module uses global variables for state. Refactor into a class.", r"""
balance = 0
history = []

def deposit(amount):
    global balance
    balance += amount
    history.append(("deposit", amount))

def withdraw(amount):
    global balance
    if amount > balance:
        raise ValueError("insufficient funds")
    balance -= amount
    history.append(("withdraw", amount))
""", r"""
```python
class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("withdraw", amount))

acct = Account()
acct.deposit(50)
acct.withdraw(20)
assert acct.balance == 30
assert acct.history == [("deposit", 50), ("withdraw", 20)]
try:
    acct.withdraw(100)
except ValueError:
    pass
assert Account().balance == 0  # independent instances, easy to test
```

State tied to an instance allows several accounts at once and makes each test start from a clean object instead of resetting module globals.
"""),
R("refactor", "Replace these print statements with proper logging.", r"""
def sync(records):
    print("DEBUG: starting sync of", len(records), "records")
    done = 0
    for r in records:
        if not r:
            print("WARNING: skipping empty record")
            continue
        done += 1
    print("INFO: synced", done)
    return done
""", r"""
```python
import io
import logging

logger = logging.getLogger("sync")

def sync(records):
    logger.debug("starting sync of %d records", len(records))
    done = 0
    for record in records:
        if not record:
            logger.warning("skipping empty record")
            continue
        done += 1
    logger.info("synced %d", done)
    return done

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
logger.addHandler(handler)
logger.setLevel(logging.INFO)

assert sync([{"id": 1}, {}, {"id": 2}]) == 2
assert stream.getvalue().splitlines() == ["WARNING skipping empty record", "INFO synced 2"]
```

Log levels replace the hand-written prefixes, and the application, not the function, decides what is shown and where. Passing arguments with `%d` defers formatting until a message is actually emitted.
"""),
R("refactor", "Refactor this manual `sys.argv` parsing to use argparse.", r"""
import sys

def main():
    args = sys.argv[1:]
    verbose = False
    count = 1
    if "-v" in args:
        verbose = True
        args.remove("-v")
    if len(args) >= 2 and args[0] == "--count":
        count = int(args[1])
        args = args[2:]
    name = args[0]
    return name, count, verbose
""", r"""
```python
import argparse

def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Greet someone.")
    parser.add_argument("name")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)

def main(argv=None):
    args = parse_args(argv)
    return args.name, args.count, args.verbose

assert main(["ann"]) == ("ann", 1, False)
assert main(["--count", "3", "-v", "bob"]) == ("bob", 3, True)
assert main(["cy", "--count=2"]) == ("cy", 2, False)
```

argparse handles option order, `--opt=value` syntax, type conversion, `--help` and error messages. Accepting `argv` as a parameter makes `main` testable without touching `sys.argv`.
"""),
R("refactor", "Convert this old-style string formatting to f-strings.", r"""
def receipt_line(item, qty, price):
    return "%-10s x%d  %8.2f EUR" % (item, qty, qty * price)

def greeting(first, last):
    return "Hello, {0} {1}! You are user #{2}".format(first, last, len(first + last))
""", r"""
```python
def receipt_line(item, qty, price):
    return f"{item:<10} x{qty}  {qty * price:8.2f} EUR"

def greeting(first, last):
    return f"Hello, {first} {last}! You are user #{len(first + last)}"

assert receipt_line("coffee", 2, 2.5) == "coffee     x2      5.00 EUR"
assert receipt_line("coffee", 2, 2.5) == "%-10s x%d  %8.2f EUR" % ("coffee", 2, 5.0)
assert greeting("Ada", "L") == "Hello, Ada L! You are user #4"
```

f-strings place each expression where its value appears, so there are no positional indices to keep in sync. The format specs (`<10`, `8.2f`) carry over unchanged after the colon.
"""),
R("refactor", "Replace the string constants for ticket priority with an Enum.", r"""
def escalate(priority):
    if priority == "low":
        return "medium"
    if priority == "medium":
        return "high"
    if priority == "high":
        return "high"
    raise ValueError("bad priority: " + priority)
""", r"""
```python
from enum import Enum

class Priority(Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    def escalate(self):
        order = list(Priority)
        return order[min(order.index(self) + 1, len(order) - 1)]

def escalate(priority):
    return Priority(priority).escalate().value  # Priority("x") raises ValueError

assert Priority.LOW.escalate() is Priority.MEDIUM
assert Priority.HIGH.escalate() is Priority.HIGH
assert escalate("medium") == "high"
try:
    escalate("urgent")
except ValueError:
    pass
```

A typo in a string literal is a silent bug; a typo in `Priority.HIHG` is an immediate `AttributeError`. The ordering now lives in the enum's definition, so adding a level means adding one line.
"""),
R("refactor", "Simplify this deeply nested dictionary access.", r"""
def get_city(payload):
    if "user" in payload:
        if payload["user"] is not None:
            if "address" in payload["user"]:
                if payload["user"]["address"] is not None:
                    if "city" in payload["user"]["address"]:
                        return payload["user"]["address"]["city"]
    return None
""", r"""
```python
def dig(data, *keys, default=None):
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            return default
        data = data[key]
    return default if data is None else data

def get_city(payload):
    return dig(payload, "user", "address", "city")

assert get_city({"user": {"address": {"city": "Oslo"}}}) == "Oslo"
assert get_city({"user": None}) is None
assert get_city({"user": {"address": {}}}) is None
assert get_city({}) is None
```

A small `dig` helper walks any path of keys and stops at the first missing or `None` level, replacing five levels of repeated lookups with one reusable function.
"""),
R("refactor", "Replace the list-as-queue in this breadth-first search with a better structure.", r"""
def bfs_order(graph, start):
    queue = [start]
    seen = [start]
    order = []
    while len(queue) > 0:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                queue.append(nxt)
    return order
""", r"""
```python
from collections import deque

def bfs_order(graph, start):
    queue = deque([start])
    seen = {start}
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
assert bfs_order(graph, "a") == ["a", "b", "c", "d"]
assert bfs_order({"x": []}, "x") == ["x"]
```

`list.pop(0)` shifts every element (O(n)), while `deque.popleft()` is O(1); a set makes the `seen` check O(1) instead of a list scan. `while queue:` replaces the explicit length test.
"""),
R("refactor", "Refactor this hand-rolled memoization.", r"""
_cache = {}

def binomial(n, k):
    if (n, k) in _cache:
        return _cache[(n, k)]
    if k == 0 or k == n:
        result = 1
    else:
        result = binomial(n - 1, k - 1) + binomial(n - 1, k)
    _cache[(n, k)] = result
    return result
""", r"""
```python
from functools import cache

@cache
def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)

assert binomial(5, 2) == 10
assert binomial(30, 15) == 155117520
binomial.cache_clear()  # a module-level dict offered no clean way to do this
assert binomial.cache_info().currsize == 0
```

`functools.cache` (an unbounded `lru_cache`) keys on the arguments automatically, so the global dictionary and the bookkeeping around it go away, and the function body is just the recurrence.
"""),
R("refactor", "Split this function into smaller ones with a single job each.", r"""
def process(csv_text):
    rows = []
    for line in csv_text.strip().splitlines()[1:]:
        name, qty, price = line.split(",")
        if not name:
            raise ValueError("missing name")
        qty = int(qty)
        price = float(price)
        if qty < 0:
            raise ValueError("negative qty")
        rows.append((name, qty, price))
    total = 0
    for name, qty, price in rows:
        total += qty * price
    return round(total, 2)
""", r"""
```python
def parse_rows(csv_text):
    for line in csv_text.strip().splitlines()[1:]:
        name, qty, price = line.split(",")
        yield name, int(qty), float(price)

def validate(row):
    name, qty, _ = row
    if not name:
        raise ValueError("missing name")
    if qty < 0:
        raise ValueError("negative qty")
    return row

def order_total(rows):
    return round(sum(qty * price for _, qty, price in rows), 2)

def process(csv_text):
    return order_total(validate(row) for row in parse_rows(csv_text))

data = "name,qty,price\npen,2,1.50\ncup,1,4.25\n"
assert process(data) == 7.25
assert list(parse_rows(data))[0] == ("pen", 2, 1.5)
try:
    process("h\n,1,1\n")
except ValueError as exc:
    assert str(exc) == "missing name"
```

Parsing, validation and arithmetic are now separate, so each can be tested alone and reused; `process` just wires them together.
"""),
R("refactor", "Make the empty-collection checks here idiomatic.", r"""
def summary(items, tags):
    if len(items) == 0:
        return "nothing"
    if tags != None and len(tags) > 0:
        return str(len(items)) + " items tagged " + ",".join(tags)
    return str(len(items)) + " items"
""", r"""
```python
def summary(items, tags=None):
    if not items:
        return "nothing"
    if tags:
        return f"{len(items)} items tagged {','.join(tags)}"
    return f"{len(items)} items"

assert summary([]) == "nothing"
assert summary([1, 2], ["a", "b"]) == "2 items tagged a,b"
assert summary([1], []) == "1 items"
assert summary([1], None) == "1 items"
```

Empty containers and `None` are falsy, so `if not items:` and `if tags:` replace the length and `!= None` checks (and comparisons with `None` should use `is` anyway).
"""),
R("refactor", "Refactor this index-finding loop.", r"""
def first_index_over(values, limit):
    for i in range(len(values)):
        if values[i] > limit:
            return i
    return -1
""", r"""
```python
def first_index_over(values, limit):
    return next((i for i, value in enumerate(values) if value > limit), -1)

assert first_index_over([1, 5, 10], 4) == 1
assert first_index_over([1, 2], 9) == -1
assert first_index_over([], 0) == -1
```

`next()` on a generator returns the first match and stops, and its second argument provides the "not found" value. The explicit loop is also fine; the main improvement is replacing `range(len())` with `enumerate`.
"""),
R("refactor", "Simplify the repeated comparisons in this validator.", r"""
def is_image(filename):
    ext = filename.lower().split(".")[-1]
    if ext == "png" or ext == "jpg" or ext == "jpeg" or ext == "gif" or ext == "webp":
        return True
    return False
""", r"""
```python
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp")

def is_image(filename):
    return filename.lower().endswith(IMAGE_EXTENSIONS)

assert is_image("Photo.JPG")
assert is_image("icon.webp")
assert not is_image("notes.txt")
assert not is_image("png")  # a bare word is not an extension
```

`str.endswith` accepts a tuple, so one call checks all extensions, and the module-level constant documents the allowed list. It also fixes an edge case: the original treated a name without a dot, like `"png"`, as an image.
"""),
R("refactor", "Rewrite this batching function as a generator.", r"""
def batches(items, size):
    result = []
    current = []
    for item in items:
        current.append(item)
        if len(current) == size:
            result.append(current)
            current = []
    if len(current) > 0:
        result.append(current)
    return result
""", r"""
```python
from itertools import islice

def batches(items, size):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch

assert list(batches(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
assert list(batches([], 2)) == []
assert next(batches(iter(range(10**9)), 2)) == [0, 1]  # lazy: works on huge inputs
```

`islice` takes up to `size` items from a shared iterator and the loop ends when it returns nothing. As a generator, it works on endless or huge inputs without building all batches in memory. Wrap it in `list()` where a list is needed.
"""),
]

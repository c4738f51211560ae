"""Hand-written long rows (600-1,500 tokens): complete small modules with their tests. Labelled too_long.

They are genuine answers, just longer than the 512-token limit that `lorasmith prepare` applies by default,
so the length filter has real rows to drop. Their python blocks parse and run like every other block.
"""

LONG_ROWS = [
    dict(kind="write_function", lang="python",
         instruction="Write a small, complete token-bucket rate limiter module in Python with an injectable clock, "
                     "a decorator that applies it to a function, and unit tests that do not sleep.",
         input="",
         output='''```python
import time
import unittest


class RateLimited(Exception):
    """Raised when a call arrives while the bucket is empty."""


class TokenBucket:
    """Allow bursts of up to `capacity` calls, refilled at `rate` tokens per second.

    The clock is a parameter so tests can move time forward without sleeping.
    """

    def __init__(self, capacity, rate, clock=time.monotonic):
        if capacity <= 0 or rate <= 0:
            raise ValueError("capacity and rate must be positive")
        self.capacity = float(capacity)
        self.rate = float(rate)
        self.clock = clock
        self.tokens = float(capacity)
        self.updated = clock()

    def _refill(self):
        now = self.clock()
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now

    def try_acquire(self, cost=1.0):
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, cost=1.0):
        """Seconds until `cost` tokens will be available (0 if they are now)."""
        self._refill()
        missing = cost - self.tokens
        return max(0.0, missing / self.rate)


def rate_limited(bucket):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            if not bucket.try_acquire():
                raise RateLimited(f"{fn.__name__}: retry in {bucket.wait_time():.2f}s")
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


class TokenBucketTest(unittest.TestCase):
    def setUp(self):
        self.clock = FakeClock()
        self.bucket = TokenBucket(capacity=3, rate=1.5, clock=self.clock)

    def test_allows_a_burst_up_to_capacity(self):
        self.assertEqual([self.bucket.try_acquire() for _ in range(4)], [True, True, True, False])

    def test_refills_over_time_but_not_beyond_capacity(self):
        for _ in range(3):
            self.bucket.try_acquire()
        self.clock.advance(1.0)            # 1.5 tokens back
        self.assertTrue(self.bucket.try_acquire())
        self.assertFalse(self.bucket.try_acquire())
        self.clock.advance(100)
        self.assertEqual(self.bucket.wait_time(), 0.0)
        self.assertEqual(self.bucket.tokens, 3.0)

    def test_wait_time_says_when_to_retry(self):
        for _ in range(3):
            self.bucket.try_acquire()
        self.assertAlmostEqual(self.bucket.wait_time(), 1 / 1.5)

    def test_decorator_raises_when_empty(self):
        @rate_limited(self.bucket)
        def ping():
            return "pong"

        self.assertEqual([ping() for _ in range(3)], ["pong"] * 3)
        with self.assertRaises(RateLimited) as ctx:
            ping()
        self.assertIn("ping: retry in", str(ctx.exception))

    def test_rejects_bad_settings(self):
        with self.assertRaises(ValueError):
            TokenBucket(0, 1)


result = unittest.main(argv=["rate-limiter"], exit=False).result
assert result.wasSuccessful()
```

The bucket stores a fractional number of tokens and refills lazily: every call computes how much time has passed since the last one, so no background thread or timer is needed. Because the clock is injected, the tests advance a fake clock instead of sleeping, which keeps them instant and deterministic. `wait_time` lets callers (or an HTTP layer returning `Retry-After`) say exactly when the next call can succeed. The decorator turns the limiter into a one-line policy on any function, raising a dedicated exception so callers can tell rate limiting apart from real failures.'''),

    dict(kind="write_function", lang="python",
         instruction="Implement a small arithmetic expression evaluator in Python (numbers, + - * /, parentheses, "
                     "unary minus, and variables) using a tokenizer and a recursive-descent parser, without eval. "
                     "Include tests.",
         input="",
         output='''```python
import re
import unittest

TOKEN = re.compile(r"\\s*(?:(\\d+\\.?\\d*|\\.\\d+)|([A-Za-z_]\\w*)|(.))")


class ExprError(ValueError):
    pass


def tokenize(text):
    tokens = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        number, name, op = m.groups()
        if number:
            tokens.append(("num", float(number)))
        elif name:
            tokens.append(("name", name))
        elif op in "+-*/()":
            tokens.append(("op", op))
        else:
            raise ExprError(f"unexpected character {op!r} at position {m.start(3)}")
        pos = m.end()
    tokens.append(("end", None))
    return tokens


class Parser:
    """Grammar:  expr := term (('+'|'-') term)*   term := unary (('*'|'/') unary)*
                 unary := '-' unary | atom         atom := NUMBER | NAME | '(' expr ')'"""

    def __init__(self, text, variables):
        self.tokens = tokenize(text)
        self.i = 0
        self.variables = variables

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind, value=None):
        tok = self.tokens[self.i]
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise ExprError(f"expected {value or kind}, found {tok[1]!r}")
        self.i += 1
        return tok[1]

    def parse(self):
        value = self.expr()
        self.take("end")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take("op")
            right = self.term()
            value = value + right if op == "+" else value - right
        return value

    def term(self):
        value = self.unary()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take("op")
            right = self.unary()
            if op == "/" and right == 0:
                raise ExprError("division by zero")
            value = value * right if op == "*" else value / right
        return value

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take("op", "-")
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            return self.take("num")
        if kind == "name":
            name = self.take("name")
            if name not in self.variables:
                raise ExprError(f"unknown variable {name!r}")
            return self.variables[name]
        self.take("op", "(")
        inner = self.expr()
        self.take("op", ")")
        return inner


def evaluate(text, **variables):
    return Parser(text, variables).parse()


class EvaluateTest(unittest.TestCase):
    def test_precedence_and_parentheses(self):
        self.assertEqual(evaluate("2 + 3 * 4"), 14)
        self.assertEqual(evaluate("(2 + 3) * 4"), 20)
        self.assertEqual(evaluate("10 - 4 - 3"), 3)      # left associative
        self.assertEqual(evaluate("8 / 4 / 2"), 1)

    def test_unary_minus_and_decimals(self):
        self.assertEqual(evaluate("-(1.5 + .5) * -2"), 4)
        self.assertEqual(evaluate("--3"), 3)

    def test_variables(self):
        self.assertEqual(evaluate("price * qty - discount", price=2.5, qty=4, discount=1), 9)

    def test_errors_are_reported(self):
        for bad, message in [("1 +", "expected"), ("2 $ 3", "unexpected character"),
                             ("1 / (2 - 2)", "division by zero"), ("x + 1", "unknown variable"),
                             ("(1 + 2", "expected )")]:
            with self.subTest(bad=bad):
                with self.assertRaises(ExprError) as ctx:
                    evaluate(bad)
                self.assertIn(message, str(ctx.exception))


result = unittest.main(argv=["expr"], exit=False).result
assert result.wasSuccessful()
```

Each grammar rule is one method, and operator precedence falls out of the call structure: `expr` handles `+`/`-` by calling `term`, which handles `*`/`/` by calling `unary`, so multiplication binds tighter. Loops (instead of right recursion) make binary operators left-associative, which is why `10 - 4 - 3` gives 3. Errors carry a message that says what was expected, and variables come in as keyword arguments, so the evaluator can never reach Python's own names the way `eval` would.'''),

    dict(kind="write_function", lang="python",
         instruction="Write a Python module that orders build tasks by their dependencies (topological sort), "
                     "reports a dependency cycle with the tasks involved, and groups tasks into stages that could "
                     "run in parallel. Add tests.",
         input="tasks = {\n    'compile': [],\n    'test': ['compile'],\n    'docs': [],\n    'package': ['compile', 'docs'],\n    'release': ['test', 'package'],\n}",
         output='''```python
import unittest
from collections import deque


class CycleError(ValueError):
    def __init__(self, cycle):
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle


def _check_known(tasks):
    for name, deps in tasks.items():
        for dep in deps:
            if dep not in tasks:
                raise KeyError(f"{name!r} depends on unknown task {dep!r}")


def find_cycle(tasks):
    """Return one cycle as a list of names (first == last), or None."""
    state = {}  # name -> "visiting" | "done"
    path = []

    def visit(name):
        state[name] = "visiting"
        path.append(name)
        for dep in tasks[name]:
            if state.get(dep) == "visiting":
                return path[path.index(dep):] + [dep]
            if dep not in state:
                found = visit(dep)
                if found:
                    return found
        path.pop()
        state[name] = "done"
        return None

    for name in sorted(tasks):
        if name not in state:
            found = visit(name)
            if found:
                return found
    return None


def stages(tasks):
    """Kahn's algorithm by levels: each stage only depends on earlier stages."""
    _check_known(tasks)
    remaining = {name: len(deps) for name, deps in tasks.items()}
    dependents = {name: [] for name in tasks}
    for name, deps in tasks.items():
        for dep in deps:
            dependents[dep].append(name)
    ready = deque(sorted(n for n, count in remaining.items() if count == 0))
    result = []
    while ready:
        stage = sorted(ready)
        ready.clear()
        result.append(stage)
        for name in stage:
            for nxt in dependents[name]:
                remaining[nxt] -= 1
                if remaining[nxt] == 0:
                    ready.append(nxt)
    if sum(len(s) for s in result) != len(tasks):
        raise CycleError(find_cycle(tasks))
    return result


def build_order(tasks):
    return [name for stage in stages(tasks) for name in stage]


TASKS = {
    "compile": [],
    "test": ["compile"],
    "docs": [],
    "package": ["compile", "docs"],
    "release": ["test", "package"],
}


class StagesTest(unittest.TestCase):
    def test_stages_respect_dependencies(self):
        self.assertEqual(stages(TASKS), [["compile", "docs"], ["package", "test"], ["release"]])

    def test_build_order_puts_dependencies_first(self):
        order = build_order(TASKS)
        for name, deps in TASKS.items():
            for dep in deps:
                self.assertLess(order.index(dep), order.index(name))

    def test_cycle_is_reported_with_its_members(self):
        tasks = dict(TASKS, compile=["release"])
        with self.assertRaises(CycleError) as ctx:
            stages(tasks)
        cycle = ctx.exception.cycle
        self.assertEqual(cycle[0], cycle[-1])
        self.assertIn("compile", cycle)
        self.assertIn("release", cycle)

    def test_unknown_dependency(self):
        with self.assertRaises(KeyError):
            stages({"a": ["b"]})

    def test_empty_graph(self):
        self.assertEqual(stages({}), [])


result = unittest.main(argv=["stages"], exit=False).result
assert result.wasSuccessful()
```

`stages` is Kahn's algorithm processed level by level: tasks with no unfinished dependencies form a stage, and finishing a stage releases the tasks that were waiting on it. Sorting each stage makes the output deterministic, which keeps logs and tests stable. If some tasks never become ready, there must be a cycle, and a depth-first search with a "visiting" marker finds one to put in the error message, because "cycle detected" alone is hard to act on in a large build graph. Both steps are O(V + E).'''),

    dict(kind="write_function", lang="python",
         instruction="Write a Python cache with a maximum size and a per-entry time-to-live, evicting the least "
                     "recently used entry when full, plus hit/miss statistics and tests that use a fake clock.",
         input="",
         output='''```python
import time
import unittest
from collections import OrderedDict


class TTLCache:
    """LRU cache whose entries also expire `ttl` seconds after they were stored."""

    def __init__(self, maxsize=128, ttl=60.0, clock=time.monotonic):
        if maxsize < 1 or ttl <= 0:
            raise ValueError("maxsize must be >= 1 and ttl > 0")
        self.maxsize = maxsize
        self.ttl = ttl
        self.clock = clock
        self._data = OrderedDict()  # key -> (expires_at, value); order = recency
        self.hits = 0
        self.misses = 0

    def get(self, key, default=None):
        item = self._data.get(key)
        if item is None or item[0] <= self.clock():
            if item is not None:
                del self._data[key]  # expired: drop it eagerly
            self.misses += 1
            return default
        self._data.move_to_end(key)
        self.hits += 1
        return item[1]

    def set(self, key, value):
        self._data[key] = (self.clock() + self.ttl, value)
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def purge_expired(self):
        now = self.clock()
        expired = [k for k, (exp, _) in self._data.items() if exp <= now]
        for k in expired:
            del self._data[k]
        return len(expired)

    def __len__(self):
        return len(self._data)

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


def cached(cache):
    def decorate(fn):
        def wrapper(*args):
            marker = object()
            value = cache.get(args, marker)
            if value is marker:
                value = fn(*args)
                cache.set(args, value)
            return value
        return wrapper
    return decorate


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


class TTLCacheTest(unittest.TestCase):
    def setUp(self):
        self.clock = Clock()
        self.cache = TTLCache(maxsize=2, ttl=10, clock=self.clock)

    def test_returns_stored_value_until_it_expires(self):
        self.cache.set("a", 1)
        self.clock.t += 9.9
        self.assertEqual(self.cache.get("a"), 1)
        self.clock.t += 0.1
        self.assertIsNone(self.cache.get("a"))
        self.assertEqual(len(self.cache), 0)

    def test_evicts_least_recently_used(self):
        self.cache.set("a", 1)
        self.cache.set("b", 2)
        self.cache.get("a")          # "b" is now the least recent
        self.cache.set("c", 3)
        self.assertEqual(self.cache.get("b", "gone"), "gone")
        self.assertEqual((self.cache.get("a"), self.cache.get("c")), (1, 3))

    def test_statistics(self):
        self.cache.set("a", 1)
        self.cache.get("a")
        self.cache.get("missing")
        self.assertEqual((self.cache.hits, self.cache.misses), (1, 1))
        self.assertEqual(self.cache.hit_rate, 0.5)

    def test_purge_and_falsy_values(self):
        self.cache.set("zero", 0)
        self.assertEqual(self.cache.get("zero", "default"), 0)
        self.clock.t += 11
        self.assertEqual(self.cache.purge_expired(), 1)

    def test_decorator_calls_function_once_per_argument(self):
        calls = []

        @cached(TTLCache(maxsize=10, ttl=5, clock=self.clock))
        def square(n):
            calls.append(n)
            return n * n

        self.assertEqual([square(3), square(3), square(4)], [9, 9, 16])
        self.assertEqual(calls, [3, 4])


result = unittest.main(argv=["ttl-cache"], exit=False).result
assert result.wasSuccessful()
```

An `OrderedDict` gives both behaviours cheaply: `move_to_end` marks an entry as recently used and `popitem(last=False)` removes the least recently used one, each in O(1). Every entry stores its own expiry time, checked on read, so expired values are never returned even if nobody calls `purge_expired`. The decorator uses a private sentinel instead of `None` to detect a miss, so functions that legitimately return `None` or `0` are cached too. The injected clock keeps the expiry tests instant.'''),

    dict(kind="write_function", lang="python",
         instruction="Write a Python script that reads a CSV of sales (date, region, product, units, unit_price), "
                     "validates each row, reports bad rows with their line numbers, and prints monthly revenue per "
                     "region as a table. Use only the standard library and include tests with in-memory data.",
         input="date,region,product,units,unit_price\n2024-01-05,north,lamp,3,19.90\n2024-01-17,south,desk,1,149.00\n2024-02-02,north,lamp,x,19.90",
         output='''```python
import csv
import io
import unittest
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation

REQUIRED = ("date", "region", "product", "units", "unit_price")


def parse_row(row):
    """Return (month, region, revenue) or raise ValueError with a readable reason."""
    missing = [k for k in REQUIRED if not (row.get(k) or "").strip()]
    if missing:
        raise ValueError("missing " + ", ".join(missing))
    try:
        day = date.fromisoformat(row["date"].strip())
    except ValueError:
        raise ValueError(f"bad date {row['date']!r}") from None
    try:
        units = int(row["units"])
    except ValueError:
        raise ValueError(f"units is not an integer: {row['units']!r}") from None
    try:
        price = Decimal(row["unit_price"])
    except InvalidOperation:
        raise ValueError(f"bad price {row['unit_price']!r}") from None
    if units < 0 or price < 0:
        raise ValueError("negative units or price")
    return f"{day:%Y-%m}", row["region"].strip().lower(), units * price


def monthly_revenue(stream):
    totals = defaultdict(Decimal)
    errors = []
    reader = csv.DictReader(stream)
    for row in reader:
        try:
            month, region, revenue = parse_row(row)
        except ValueError as exc:
            errors.append((reader.line_num, str(exc)))
            continue
        totals[(month, region)] += revenue
    return dict(totals), errors


def format_table(totals):
    months = sorted({m for m, _ in totals})
    regions = sorted({r for _, r in totals})
    lines = ["month    " + "".join(f"{r:>12}" for r in regions)]
    for m in months:
        cells = "".join(f"{totals.get((m, r), Decimal(0)):>12.2f}" for r in regions)
        lines.append(f"{m:<9}{cells}")
    return "\\n".join(lines)


SAMPLE = """date,region,product,units,unit_price
2024-01-05,north,lamp,3,19.90
2024-01-17,South,desk,1,149.00
2024-01-20,north,chair,2,45.50
2024-02-02,north,lamp,x,19.90
2024-02-10,south,lamp,4,19.90
2024-13-01,south,desk,1,149.00
"""


class MonthlyRevenueTest(unittest.TestCase):
    def setUp(self):
        self.totals, self.errors = monthly_revenue(io.StringIO(SAMPLE))

    def test_totals_per_month_and_region(self):
        self.assertEqual(self.totals[("2024-01", "north")], Decimal("150.70"))
        self.assertEqual(self.totals[("2024-01", "south")], Decimal("149.00"))
        self.assertEqual(self.totals[("2024-02", "south")], Decimal("79.60"))

    def test_bad_rows_are_reported_with_line_numbers(self):
        self.assertEqual([line for line, _ in self.errors], [5, 7])
        self.assertIn("units is not an integer", self.errors[0][1])
        self.assertIn("bad date", self.errors[1][1])

    def test_table_layout(self):
        table = format_table(self.totals).splitlines()
        self.assertEqual(table[0].split(), ["month", "north", "south"])
        self.assertEqual(table[1].split(), ["2024-01", "150.70", "149.00"])
        self.assertEqual(table[2].split(), ["2024-02", "0.00", "79.60"])

    def test_missing_field(self):
        _, errors = monthly_revenue(io.StringIO("date,region,product,units,unit_price\\n2024-03-01,,lamp,1,2\\n"))
        self.assertEqual(errors, [(2, "missing region")])


result = unittest.main(argv=["sales"], exit=False).result
assert result.wasSuccessful()
```

Validation lives in `parse_row`, which turns every problem into a `ValueError` with a human-readable reason, so the loop can collect errors and keep going instead of stopping at the first bad line. `reader.line_num` gives the physical line number, which is what someone fixing the file needs. Money is summed as `Decimal` so totals like 150.70 are exact, and regions are lowercased so "South" and "south" land in the same column. Because `monthly_revenue` takes any text stream, the tests feed it an `io.StringIO` instead of touching the file system.'''),

    dict(kind="write_function", lang="sql",
         instruction="Design a SQLite schema for a small library (books, members, loans) with constraints, write "
                     "the queries for overdue loans and for the most borrowed books, and test them from Python.",
         input="",
         output='''```sql
CREATE TABLE books (
    id      INTEGER PRIMARY KEY,
    isbn    TEXT NOT NULL UNIQUE,
    title   TEXT NOT NULL,
    copies  INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 0)
);
CREATE TABLE members (
    id     INTEGER PRIMARY KEY,
    email  TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL
);
CREATE TABLE loans (
    id          INTEGER PRIMARY KEY,
    book_id     INTEGER NOT NULL REFERENCES books(id),
    member_id   INTEGER NOT NULL REFERENCES members(id),
    loaned_on   TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    returned_on TEXT,
    CHECK (due_on > loaned_on)
);
CREATE INDEX idx_loans_open ON loans (due_on) WHERE returned_on IS NULL;
```

```python
import sqlite3

SCHEMA = """
CREATE TABLE books (id INTEGER PRIMARY KEY, isbn TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
                    copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 0));
CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE loans (id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL REFERENCES books(id),
                    member_id INTEGER NOT NULL REFERENCES members(id), loaned_on TEXT NOT NULL,
                    due_on TEXT NOT NULL, returned_on TEXT, CHECK (due_on > loaned_on));
CREATE INDEX idx_loans_open ON loans (due_on) WHERE returned_on IS NULL;
"""

OVERDUE = """
SELECT m.name, b.title, l.due_on,
       CAST(julianday(:today) - julianday(l.due_on) AS INTEGER) AS days_late
FROM loans AS l
JOIN books AS b ON b.id = l.book_id
JOIN members AS m ON m.id = l.member_id
WHERE l.returned_on IS NULL AND l.due_on < :today
ORDER BY days_late DESC, m.name
"""

MOST_BORROWED = """
SELECT b.title, COUNT(l.id) AS times
FROM books AS b
LEFT JOIN loans AS l ON l.book_id = b.id
GROUP BY b.id, b.title
ORDER BY times DESC, b.title
LIMIT :n
"""

db = sqlite3.connect(":memory:")
db.execute("PRAGMA foreign_keys = ON")
db.executescript(SCHEMA)
db.executemany("INSERT INTO books (id, isbn, title) VALUES (?, ?, ?)",
               [(1, "978-0", "Dune"), (2, "978-1", "Emma"), (3, "978-2", "Ulysses")])
db.executemany("INSERT INTO members (id, email, name) VALUES (?, ?, ?)",
               [(1, "ana@x.org", "Ana"), (2, "bo@x.org", "Bo")])
db.executemany(
    "INSERT INTO loans (book_id, member_id, loaned_on, due_on, returned_on) VALUES (?, ?, ?, ?, ?)",
    [(1, 1, "2024-05-01", "2024-05-15", "2024-05-10"),
     (1, 2, "2024-05-20", "2024-06-03", None),
     (2, 1, "2024-05-25", "2024-06-08", None),
     (1, 1, "2024-06-01", "2024-06-20", None)],
)

overdue = db.execute(OVERDUE, {"today": "2024-06-10"}).fetchall()
assert overdue == [("Bo", "Dune", "2024-06-03", 7), ("Ana", "Emma", "2024-06-08", 2)]

top = db.execute(MOST_BORROWED, {"n": 2}).fetchall()
assert top == [("Dune", 3), ("Emma", 1)]

for bad in ["INSERT INTO loans (book_id, member_id, loaned_on, due_on) VALUES (99, 1, '2024-01-01', '2024-01-02')",
            "INSERT INTO loans (book_id, member_id, loaned_on, due_on) VALUES (1, 1, '2024-01-05', '2024-01-01')",
            "INSERT INTO members (email, name) VALUES ('ana@x.org', 'Another Ana')"]:
    try:
        db.execute(bad)
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("constraint not enforced: " + bad)
```

The constraints carry the rules the application must never break: unique ISBNs and emails, loans that point at real books and members (enforced once `PRAGMA foreign_keys = ON` is set, which SQLite requires per connection), and a due date after the loan date. The partial index covers only open loans, which is exactly what the overdue query scans, so it stays small as the history grows. The overdue query computes days late with `julianday`, and the popularity query uses a LEFT JOIN with `COUNT(l.id)` so books never borrowed still appear with 0. The Python part runs both queries against known data and also checks that each constraint really rejects bad rows.'''),

    dict(kind="write_tests", lang="python",
         instruction="Write a thorough unittest suite for a `parse_duration` function that turns strings like "
                     "'1h30m', '45s' or '2d 4h' into seconds, including the implementation, edge cases and error "
                     "messages.",
         input="",
         output='''```python
import re
import unittest

UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
PART = re.compile(r"(\\d+)\\s*([dhms])")


def parse_duration(text):
    """'2d 4h', '1h30m', '45s' -> seconds. Units must be in descending order and appear once."""
    if not isinstance(text, str):
        raise TypeError(f"expected a string, got {type(text).__name__}")
    cleaned = text.strip().lower()
    if not cleaned:
        raise ValueError("empty duration")
    if cleaned.isdigit():
        return int(cleaned)  # a bare number means seconds
    pos, total, seen = 0, 0, []
    for m in PART.finditer(cleaned):
        if cleaned[pos:m.start()].strip():
            raise ValueError(f"cannot parse {cleaned[pos:m.start()].strip()!r} in {text!r}")
        amount, unit = int(m.group(1)), m.group(2)
        if unit in seen:
            raise ValueError(f"unit {unit!r} given twice in {text!r}")
        if seen and UNITS[unit] > UNITS[seen[-1]]:
            raise ValueError(f"units out of order in {text!r}")
        seen.append(unit)
        total += amount * UNITS[unit]
        pos = m.end()
    if not seen or cleaned[pos:].strip():
        raise ValueError(f"cannot parse {cleaned[pos:].strip() or cleaned!r} in {text!r}")
    return total


class ValidDurations(unittest.TestCase):
    def test_single_units(self):
        cases = {"45s": 45, "5m": 300, "2h": 7200, "1d": 86400, "0s": 0}
        for text, seconds in cases.items():
            with self.subTest(text=text):
                self.assertEqual(parse_duration(text), seconds)

    def test_combined_units(self):
        self.assertEqual(parse_duration("1h30m"), 5400)
        self.assertEqual(parse_duration("2d 4h"), 2 * 86400 + 4 * 3600)
        self.assertEqual(parse_duration("1d2h3m4s"), 93784)

    def test_whitespace_and_case_are_ignored(self):
        self.assertEqual(parse_duration("  1H 30M "), 5400)
        self.assertEqual(parse_duration("10 m"), 600)

    def test_bare_number_means_seconds(self):
        self.assertEqual(parse_duration("90"), 90)

    def test_large_values_are_not_normalised(self):
        self.assertEqual(parse_duration("90m"), 5400)


class InvalidDurations(unittest.TestCase):
    def assertRejects(self, text, fragment):
        with self.assertRaises(ValueError) as ctx:
            parse_duration(text)
        self.assertIn(fragment, str(ctx.exception))

    def test_empty(self):
        self.assertRejects("", "empty")
        self.assertRejects("   ", "empty")

    def test_unknown_unit_or_garbage(self):
        self.assertRejects("5w", "cannot parse")
        self.assertRejects("1h and 5m", "cannot parse 'and'")
        self.assertRejects("h", "cannot parse")

    def test_repeated_or_misordered_units(self):
        self.assertRejects("1h1h", "given twice")
        self.assertRejects("5m1h", "out of order")

    def test_negative_numbers_are_rejected(self):
        self.assertRejects("-5m", "cannot parse '-'")

    def test_wrong_type(self):
        with self.assertRaises(TypeError):
            parse_duration(30)


result = unittest.main(argv=["durations"], exit=False).result
assert result.wasSuccessful()
```

The suite separates valid and invalid input into two classes, and uses `subTest` for tables of cases so one failing case does not hide the others. Every error test checks part of the message as well as the exception type, because a parser whose errors do not say what was wrong is only half done. The edge cases are the ones real users hit: surrounding whitespace, uppercase units, a bare number, repeated or misordered units, stray words between parts, negative numbers and a non-string argument. A helper assertion (`assertRejects`) keeps each negative test to one line.'''),

    dict(kind="write_function", lang="javascript",
         instruction="Write a small JavaScript validation module for form data (required, minLength, pattern, "
                     "custom rules) that collects all errors per field, and tests for it using node:test.",
         input="",
         output='''```javascript
// validate.js
export const rules = {
  required: (message = "is required") => (value) =>
    value === undefined || value === null || String(value).trim() === "" ? message : null,

  minLength: (n, message = `must be at least ${n} characters`) => (value) =>
    value != null && String(value).length < n ? message : null,

  pattern: (regex, message = "has an invalid format") => (value) =>
    value != null && value !== "" && !regex.test(String(value)) ? message : null,

  oneOf: (options, message = `must be one of ${options.join(", ")}`) => (value) =>
    value != null && value !== "" && !options.includes(value) ? message : null,
};

export function validate(data, schema) {
  const errors = {};
  for (const [field, fieldRules] of Object.entries(schema)) {
    const messages = [];
    for (const rule of fieldRules) {
      const message = rule(data[field], data);
      if (message) messages.push(message);
    }
    if (messages.length) errors[field] = messages;
  }
  return { valid: Object.keys(errors).length === 0, errors };
}
```

```javascript
// validate.test.js
import { test } from "node:test";
import assert from "node:assert/strict";
import { rules, validate } from "./validate.js";

const signup = {
  email: [rules.required(), rules.pattern(/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/, "is not an email address")],
  password: [rules.required(), rules.minLength(10)],
  confirm: [(value, data) => (value !== data.password ? "does not match the password" : null)],
  plan: [rules.oneOf(["free", "pro"])],
};

test("accepts valid data", () => {
  const result = validate(
    { email: "ana@example.org", password: "correct horse", confirm: "correct horse", plan: "pro" },
    signup,
  );
  assert.deepEqual(result, { valid: true, errors: {} });
});

test("collects every error of every field", () => {
  const result = validate({ email: "", password: "short", confirm: "other", plan: "gold" }, signup);
  assert.equal(result.valid, false);
  assert.deepEqual(result.errors, {
    email: ["is required"],
    password: ["must be at least 10 characters"],
    confirm: ["does not match the password"],
    plan: ["must be one of free, pro"],
  });
});

test("format rules skip empty optional values", () => {
  const schema = { website: [rules.pattern(/^https:\\/\\//)] };
  assert.equal(validate({}, schema).valid, true);
  assert.deepEqual(validate({ website: "ftp://x" }, schema).errors, { website: ["has an invalid format"] });
});

test("whitespace-only input counts as missing", () => {
  assert.deepEqual(validate({ name: "   " }, { name: [rules.required()] }).errors, { name: ["is required"] });
});
```

Each rule is a small factory that returns a function `(value, data) => message | null`, so custom rules such as "confirm must equal password" are just plain functions with access to the whole form. `validate` runs every rule of every field and collects all messages, which lets a form show all problems at once instead of one per submit. Format rules deliberately ignore empty values, so optional fields stay optional unless combined with `required()`. Run the tests with `node --test`; they need no dependencies beyond Node 18+.'''),
]

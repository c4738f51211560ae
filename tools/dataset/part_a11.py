"""Writer A, part 11: write_tests rows (I/O, config and numeric helpers)."""

ROWS = [
dict(kind="write_tests", lang="python",
     instruction="Write tests for this compound interest function.",
     input='''def compound(principal, annual_rate, years, periods_per_year=12):
    if principal < 0 or years < 0 or periods_per_year <= 0:
        raise ValueError("invalid arguments")
    rate = annual_rate / periods_per_year
    return principal * (1 + rate) ** (periods_per_year * years)''',
     output=r'''```python
import math
import unittest

def compound(principal, annual_rate, years, periods_per_year=12):
    if principal < 0 or years < 0 or periods_per_year <= 0:
        raise ValueError("invalid arguments")
    rate = annual_rate / periods_per_year
    return principal * (1 + rate) ** (periods_per_year * years)

class CompoundTests(unittest.TestCase):
    def test_annual_compounding(self):
        self.assertAlmostEqual(compound(1000, 0.05, 2, periods_per_year=1), 1102.5)

    def test_monthly_beats_annual(self):
        self.assertGreater(compound(1000, 0.05, 10), compound(1000, 0.05, 10, 1))

    def test_zero_rate_or_time(self):
        self.assertEqual(compound(500, 0.0, 30), 500)
        self.assertEqual(compound(500, 0.07, 0), 500)

    def test_approaches_continuous(self):
        daily = compound(1, 1.0, 1, periods_per_year=100_000)
        self.assertTrue(math.isclose(daily, math.e, rel_tol=1e-4))

    def test_invalid(self):
        with self.assertRaises(ValueError):
            compound(-1, 0.05, 1)
        with self.assertRaises(ValueError):
            compound(1, 0.05, 1, periods_per_year=0)

unittest.main(argv=["tests"], exit=False)
```
Hand-computable cases (1000 at 5% for two years is 1102.50) anchor the formula, while property checks cover behaviour that is harder to compute by hand: more frequent compounding earns more and tends toward `e` at 100% interest.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for the loan payment function.",
     input='''def monthly_payment(principal, annual_rate, months):
    if months <= 0:
        raise ValueError("months must be positive")
    if annual_rate == 0:
        return principal / months
    r = annual_rate / 12
    return principal * r / (1 - (1 + r) ** -months)''',
     output=r'''```python
import unittest

def monthly_payment(principal, annual_rate, months):
    if months <= 0:
        raise ValueError("months must be positive")
    if annual_rate == 0:
        return principal / months
    r = annual_rate / 12
    return principal * r / (1 - (1 + r) ** -months)

def remaining_balance(principal, annual_rate, months, payment):
    balance = principal
    for _ in range(months):
        balance = balance * (1 + annual_rate / 12) - payment
    return balance

class MonthlyPaymentTests(unittest.TestCase):
    def test_zero_interest(self):
        self.assertEqual(monthly_payment(1200, 0, 12), 100)

    def test_known_value(self):
        self.assertAlmostEqual(monthly_payment(200_000, 0.06, 360), 1199.10, places=2)

    def test_payment_clears_the_loan(self):
        p = monthly_payment(15_000, 0.045, 48)
        self.assertAlmostEqual(remaining_balance(15_000, 0.045, 48, p), 0, places=6)

    def test_invalid_term(self):
        with self.assertRaises(ValueError):
            monthly_payment(1000, 0.05, 0)

unittest.main(argv=["tests"], exit=False)
```
Besides a published reference value (a 30-year 200k mortgage at 6%), an independent simulation checks that paying the computed amount every month brings the balance to zero, which validates the formula without trusting it.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for time_to_minutes.",
     input='''def time_to_minutes(hhmm):
    hours, sep, minutes = hhmm.partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"bad time {hhmm!r}")
    h, m = int(hours), int(minutes)
    if h > 23 or m > 59:
        raise ValueError(f"bad time {hhmm!r}")
    return h * 60 + m''',
     output=r'''```python
import unittest

def time_to_minutes(hhmm):
    hours, sep, minutes = hhmm.partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"bad time {hhmm!r}")
    h, m = int(hours), int(minutes)
    if h > 23 or m > 59:
        raise ValueError(f"bad time {hhmm!r}")
    return h * 60 + m

class TimeToMinutesTests(unittest.TestCase):
    def test_valid_times(self):
        self.assertEqual(time_to_minutes("00:00"), 0)
        self.assertEqual(time_to_minutes("09:30"), 570)
        self.assertEqual(time_to_minutes("9:05"), 545)
        self.assertEqual(time_to_minutes("23:59"), 1439)

    def test_invalid_times(self):
        for bad in ("24:00", "12:60", "12:5", "1230", "ab:cd", "-1:00", ""):
            with self.subTest(bad=bad):
                with self.assertRaises(ValueError):
                    time_to_minutes(bad)

unittest.main(argv=["tests"], exit=False)
```
Valid cases include midnight, the last minute of the day and a single-digit hour. The invalid list targets each guard: out-of-range hours and minutes, a one-digit minute, a missing colon, non-digits and a sign.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for ranges_overlap.",
     input='''def ranges_overlap(a_start, a_end, b_start, b_end):
    """Half-open ranges [start, end)."""
    return a_start < b_end and b_start < a_end''',
     output=r'''```python
import itertools
import unittest

def ranges_overlap(a_start, a_end, b_start, b_end):
    """Half-open ranges [start, end)."""
    return a_start < b_end and b_start < a_end

class RangesOverlapTests(unittest.TestCase):
    def test_partial_overlap(self):
        self.assertTrue(ranges_overlap(1, 5, 4, 8))

    def test_containment(self):
        self.assertTrue(ranges_overlap(1, 10, 3, 4))

    def test_touching_ranges_do_not_overlap(self):
        self.assertFalse(ranges_overlap(1, 5, 5, 8))

    def test_disjoint(self):
        self.assertFalse(ranges_overlap(1, 2, 7, 9))

    def test_symmetric(self):
        for a, b in itertools.product([(0, 3), (2, 5), (3, 4), (6, 9)], repeat=2):
            with self.subTest(a=a, b=b):
                self.assertEqual(ranges_overlap(*a, *b), ranges_overlap(*b, *a))

unittest.main(argv=["tests"], exit=False)
```
Four geometric cases (partial, contained, touching, disjoint) cover the logic, with touching ranges specifically checked because half-open semantics make them non-overlapping. The symmetry test checks argument order never matters.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this ID allocator class.",
     input='''class IdAllocator:
    def __init__(self, start=1):
        self._next = start
        self._free = []

    def allocate(self):
        if self._free:
            return self._free.pop()
        value = self._next
        self._next += 1
        return value

    def release(self, ident):
        if ident >= self._next or ident in self._free:
            raise ValueError(f"id {ident} is not allocated")
        self._free.append(ident)''',
     output=r'''```python
import unittest

class IdAllocator:
    def __init__(self, start=1):
        self._next = start
        self._free = []

    def allocate(self):
        if self._free:
            return self._free.pop()
        value = self._next
        self._next += 1
        return value

    def release(self, ident):
        if ident >= self._next or ident in self._free:
            raise ValueError(f"id {ident} is not allocated")
        self._free.append(ident)

class IdAllocatorTests(unittest.TestCase):
    def setUp(self):
        self.ids = IdAllocator()

    def test_sequential(self):
        self.assertEqual([self.ids.allocate() for _ in range(3)], [1, 2, 3])

    def test_released_ids_are_reused(self):
        a, b = self.ids.allocate(), self.ids.allocate()
        self.ids.release(a)
        self.assertEqual(self.ids.allocate(), a)
        self.assertEqual(self.ids.allocate(), b + 1)

    def test_double_release_rejected(self):
        a = self.ids.allocate()
        self.ids.release(a)
        with self.assertRaises(ValueError):
            self.ids.release(a)

    def test_release_unknown_rejected(self):
        with self.assertRaises(ValueError):
            self.ids.release(99)

    def test_custom_start(self):
        self.assertEqual(IdAllocator(start=100).allocate(), 100)

unittest.main(argv=["tests"], exit=False)
```
`setUp` gives each test a fresh allocator so tests don't influence each other. The tests cover sequential allocation, reuse of released IDs, and both misuse cases the class guards against.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this TTL cache. It takes a clock function so it can be tested without sleeping.",
     input='''import time

class TTLCache:
    def __init__(self, ttl_seconds, clock=time.monotonic):
        self.ttl = ttl_seconds
        self.clock = clock
        self._data = {}

    def set(self, key, value):
        self._data[key] = (value, self.clock() + self.ttl)

    def get(self, key, default=None):
        item = self._data.get(key)
        if item is None:
            return default
        value, expires = item
        if self.clock() >= expires:
            del self._data[key]
            return default
        return value''',
     output=r'''```python
import time
import unittest

class TTLCache:
    def __init__(self, ttl_seconds, clock=time.monotonic):
        self.ttl = ttl_seconds
        self.clock = clock
        self._data = {}

    def set(self, key, value):
        self._data[key] = (value, self.clock() + self.ttl)

    def get(self, key, default=None):
        item = self._data.get(key)
        if item is None:
            return default
        value, expires = item
        if self.clock() >= expires:
            del self._data[key]
            return default
        return value

class FakeClock:
    def __init__(self):
        self.now = 0.0
    def __call__(self):
        return self.now

class TTLCacheTests(unittest.TestCase):
    def setUp(self):
        self.clock = FakeClock()
        self.cache = TTLCache(10, clock=self.clock)

    def test_value_available_before_expiry(self):
        self.cache.set("k", "v")
        self.clock.now = 9.99
        self.assertEqual(self.cache.get("k"), "v")

    def test_value_expires_at_ttl(self):
        self.cache.set("k", "v")
        self.clock.now = 10
        self.assertIsNone(self.cache.get("k"))
        self.assertNotIn("k", self.cache._data)   # expired entries are evicted

    def test_set_again_refreshes(self):
        self.cache.set("k", 1)
        self.clock.now = 8
        self.cache.set("k", 2)
        self.clock.now = 15
        self.assertEqual(self.cache.get("k"), 2)

    def test_default_for_missing(self):
        self.assertEqual(self.cache.get("nope", "dflt"), "dflt")

unittest.main(argv=["tests"], exit=False)
```
A fake clock injected through the constructor lets the tests jump time forward instantly and hit the exact expiry boundary, which would be slow and flaky with `time.sleep`.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this token bucket rate limiter.",
     input='''class TokenBucket:
    def __init__(self, capacity, refill_per_sec, clock):
        self.capacity = capacity
        self.rate = refill_per_sec
        self.clock = clock
        self.tokens = capacity
        self.last = clock()

    def allow(self):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False''',
     output=r'''```python
import unittest

class TokenBucket:
    def __init__(self, capacity, refill_per_sec, clock):
        self.capacity = capacity
        self.rate = refill_per_sec
        self.clock = clock
        self.tokens = capacity
        self.last = clock()

    def allow(self):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

class TokenBucketTests(unittest.TestCase):
    def setUp(self):
        self.t = [0.0]
        self.bucket = TokenBucket(capacity=3, refill_per_sec=1, clock=lambda: self.t[0])

    def test_burst_up_to_capacity(self):
        self.assertEqual([self.bucket.allow() for _ in range(4)], [True, True, True, False])

    def test_refills_over_time(self):
        for _ in range(3):
            self.bucket.allow()
        self.t[0] = 1.0
        self.assertTrue(self.bucket.allow())
        self.assertFalse(self.bucket.allow())

    def test_never_exceeds_capacity(self):
        self.t[0] = 1000.0
        results = [self.bucket.allow() for _ in range(5)]
        self.assertEqual(results.count(True), 3)

unittest.main(argv=["tests"], exit=False)
```
The clock is a lambda over a mutable list, so each test controls time exactly. The tests check the initial burst, refilling after a second, and that a long idle period still caps tokens at the capacity.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this minimal --key=value argument parser.",
     input='''def parse_args(argv):
    options, positional = {}, []
    for arg in argv:
        if arg.startswith("--"):
            key, sep, value = arg[2:].partition("=")
            if not key:
                raise ValueError(f"bad option {arg!r}")
            options[key] = value if sep else True
        else:
            positional.append(arg)
    return options, positional''',
     output=r'''```python
import unittest

def parse_args(argv):
    options, positional = {}, []
    for arg in argv:
        if arg.startswith("--"):
            key, sep, value = arg[2:].partition("=")
            if not key:
                raise ValueError(f"bad option {arg!r}")
            options[key] = value if sep else True
        else:
            positional.append(arg)
    return options, positional

class ParseArgsTests(unittest.TestCase):
    def test_mixed(self):
        opts, pos = parse_args(["in.txt", "--level=3", "--verbose", "out.txt"])
        self.assertEqual(opts, {"level": "3", "verbose": True})
        self.assertEqual(pos, ["in.txt", "out.txt"])

    def test_empty_value_is_string(self):
        self.assertEqual(parse_args(["--name="])[0], {"name": ""})

    def test_value_may_contain_equals(self):
        self.assertEqual(parse_args(["--expr=a=b"])[0], {"expr": "a=b"})

    def test_later_option_wins(self):
        self.assertEqual(parse_args(["--x=1", "--x=2"])[0], {"x": "2"})

    def test_bare_double_dash_rejected(self):
        with self.assertRaises(ValueError):
            parse_args(["--"])

unittest.main(argv=["tests"], exit=False)
```
The tests pin down subtle behaviours: an empty value stays a string rather than becoming `True`, only the first `=` splits, repeated options overwrite, and a bare `--` is rejected.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for env_int, which reads an integer setting from an environment mapping.",
     input='''def env_int(env, name, default, minimum=None):
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}")
    return value''',
     output=r'''```python
import unittest

def env_int(env, name, default, minimum=None):
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}")
    return value

class EnvIntTests(unittest.TestCase):
    def test_reads_value(self):
        self.assertEqual(env_int({"WORKERS": " 8 "}, "WORKERS", 1), 8)

    def test_default_when_missing_or_blank(self):
        self.assertEqual(env_int({}, "WORKERS", 4), 4)
        self.assertEqual(env_int({"WORKERS": "  "}, "WORKERS", 4), 4)

    def test_error_names_the_variable(self):
        with self.assertRaisesRegex(ValueError, "WORKERS must be an integer"):
            env_int({"WORKERS": "many"}, "WORKERS", 1)

    def test_minimum(self):
        self.assertEqual(env_int({"N": "0"}, "N", 1, minimum=0), 0)
        with self.assertRaisesRegex(ValueError, ">= 1"):
            env_int({"N": "0"}, "N", 1, minimum=1)

unittest.main(argv=["tests"], exit=False)
```
Passing a plain dict instead of `os.environ` makes the function trivially testable. The tests check whitespace tolerance, both forms of "unset", that error messages name the offending variable, and the inclusive minimum.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for file_extension.",
     input='''def file_extension(filename):
    base = filename.rsplit("/", 1)[-1]
    if base.startswith(".") and base.count(".") == 1:
        return ""
    _, dot, ext = base.rpartition(".")
    return ext.lower() if dot else ""''',
     output=r'''```python
def file_extension(filename):
    base = filename.rsplit("/", 1)[-1]
    if base.startswith(".") and base.count(".") == 1:
        return ""
    _, dot, ext = base.rpartition(".")
    return ext.lower() if dot else ""

cases = {
    "photo.JPG": "jpg",
    "archive.tar.gz": "gz",
    "README": "",
    ".bashrc": "",              # dotfile, not an extension
    ".config.yaml": "yaml",
    "dir.v2/notes": "",         # dot in directory name only
    "/tmp/report.final.pdf": "pdf",
    "trailing.": "",
}
failures = {name: file_extension(name) for name, want in cases.items() if file_extension(name) != want}
assert not failures, failures
print(f"{len(cases)} extension cases ok")
```
A dict of filename to expected extension makes it easy to add cases. The tricky ones are dotfiles, dots in directory names, multiple extensions and a trailing dot; collecting all failures before asserting reports every broken case at once.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for normalize_path (a pure POSIX path cleaner).",
     input='''import posixpath

def normalize_path(path):
    if not path:
        raise ValueError("empty path")
    cleaned = posixpath.normpath(path)
    if cleaned.startswith("//"):
        cleaned = "/" + cleaned.lstrip("/")
    return cleaned''',
     output=r'''```python
import posixpath
import unittest

def normalize_path(path):
    if not path:
        raise ValueError("empty path")
    cleaned = posixpath.normpath(path)
    if cleaned.startswith("//"):
        cleaned = "/" + cleaned.lstrip("/")
    return cleaned

class NormalizePathTests(unittest.TestCase):
    def test_collapses_separators_and_dots(self):
        self.assertEqual(normalize_path("a//b/./c/"), "a/b/c")

    def test_resolves_parent_references(self):
        self.assertEqual(normalize_path("/srv/app/../data"), "/srv/data")

    def test_cannot_go_above_root(self):
        self.assertEqual(normalize_path("/../../etc"), "/etc")

    def test_relative_parents_kept(self):
        self.assertEqual(normalize_path("../x/../y"), "../y")

    def test_double_leading_slash(self):
        self.assertEqual(normalize_path("//server/share"), "/server/share")

    def test_empty(self):
        with self.assertRaises(ValueError):
            normalize_path("")

unittest.main(argv=["tests"], exit=False)
```
Each test targets one normalisation rule, including the special case the function adds: POSIX allows a leading `//` to be preserved by `normpath`, and the function collapses it.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this function that counts words in a text stream.",
     input='''import re

def count_words_in(stream):
    counts = {}
    for line in stream:
        for word in re.findall(r"[a-z']+", line.lower()):
            counts[word] = counts.get(word, 0) + 1
    return counts''',
     output=r'''```python
import io
import re
import unittest

def count_words_in(stream):
    counts = {}
    for line in stream:
        for word in re.findall(r"[a-z']+", line.lower()):
            counts[word] = counts.get(word, 0) + 1
    return counts

class CountWordsTests(unittest.TestCase):
    def test_counts_across_lines_case_insensitive(self):
        text = io.StringIO("The cat\nthe CAT sat\n")
        self.assertEqual(count_words_in(text), {"the": 2, "cat": 2, "sat": 1})

    def test_punctuation_ignored_apostrophes_kept(self):
        text = io.StringIO("Don't stop, don't!")
        self.assertEqual(count_words_in(text), {"don't": 2, "stop": 1})

    def test_empty_stream(self):
        self.assertEqual(count_words_in(io.StringIO("")), {})

    def test_accepts_any_iterable_of_lines(self):
        self.assertEqual(count_words_in(["a b", "a"]), {"a": 2, "b": 1})

unittest.main(argv=["tests"], exit=False)
```
`io.StringIO` stands in for a real file, so the tests need no disk access. Because the function only iterates lines, a plain list works too, which the last test confirms.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for sum_csv_column.",
     input='''import csv

def sum_csv_column(stream, column):
    reader = csv.DictReader(stream)
    if reader.fieldnames is None or column not in reader.fieldnames:
        raise KeyError(column)
    total = 0.0
    for row in reader:
        value = row[column].strip()
        if value:
            total += float(value)
    return total''',
     output=r'''```python
import csv
import io
import unittest

def sum_csv_column(stream, column):
    reader = csv.DictReader(stream)
    if reader.fieldnames is None or column not in reader.fieldnames:
        raise KeyError(column)
    total = 0.0
    for row in reader:
        value = row[column].strip()
        if value:
            total += float(value)
    return total

class SumCsvColumnTests(unittest.TestCase):
    def test_sums_column(self):
        data = io.StringIO("item,cost\npen,1.25\nbook,10\n")
        self.assertEqual(sum_csv_column(data, "cost"), 11.25)

    def test_blank_cells_skipped(self):
        data = io.StringIO("item,cost\npen,\nink, 2 \n")
        self.assertEqual(sum_csv_column(data, "cost"), 2.0)

    def test_quoted_fields(self):
        data = io.StringIO('name,cost\n"Smith, J",3\n')
        self.assertEqual(sum_csv_column(data, "cost"), 3.0)

    def test_unknown_column(self):
        with self.assertRaises(KeyError):
            sum_csv_column(io.StringIO("a,b\n1,2\n"), "c")

    def test_empty_input(self):
        with self.assertRaises(KeyError):
            sum_csv_column(io.StringIO(""), "cost")

    def test_bad_number(self):
        with self.assertRaises(ValueError):
            sum_csv_column(io.StringIO("cost\nabc\n"), "cost")

unittest.main(argv=["tests"], exit=False)
```
Inputs are built with `io.StringIO` so each test states its CSV inline. The cases include blank cells, a quoted field containing a comma, a missing column, an entirely empty file, and a non-numeric value.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for load_config, which parses JSON config text and validates it.",
     input='''import json

REQUIRED = {"name": str, "port": int}

def load_config(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON at line {exc.lineno}") from None
    if not isinstance(data, dict):
        raise ValueError("config must be an object")
    for key, kind in REQUIRED.items():
        if not isinstance(data.get(key), kind):
            raise ValueError(f"{key} must be {kind.__name__}")
    data.setdefault("debug", False)
    return data''',
     output=r'''```python
import json
import unittest

REQUIRED = {"name": str, "port": int}

def load_config(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON at line {exc.lineno}") from None
    if not isinstance(data, dict):
        raise ValueError("config must be an object")
    for key, kind in REQUIRED.items():
        if not isinstance(data.get(key), kind):
            raise ValueError(f"{key} must be {kind.__name__}")
    data.setdefault("debug", False)
    return data

class LoadConfigTests(unittest.TestCase):
    def test_valid_config_gets_defaults(self):
        cfg = load_config('{"name": "api", "port": 8080}')
        self.assertEqual(cfg, {"name": "api", "port": 8080, "debug": False})

    def test_explicit_debug_kept(self):
        self.assertTrue(load_config('{"name": "a", "port": 1, "debug": true}')["debug"])

    def test_syntax_error_reports_line(self):
        with self.assertRaisesRegex(ValueError, "line 2"):
            load_config('{"name": "a",\n  port: 1}')

    def test_top_level_must_be_object(self):
        with self.assertRaisesRegex(ValueError, "object"):
            load_config("[1, 2]")

    def test_type_checks(self):
        with self.assertRaisesRegex(ValueError, "port must be int"):
            load_config('{"name": "a", "port": "80"}')
        with self.assertRaisesRegex(ValueError, "name must be str"):
            load_config('{"port": 80}')

unittest.main(argv=["tests"], exit=False)
```
The tests check each validation step in order: JSON syntax (with a line number in the message), top-level type, required field types, and defaults being filled in without overriding explicit values.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for matrix_add.",
     input='''def matrix_add(a, b):
    if len(a) != len(b) or any(len(x) != len(y) for x, y in zip(a, b)):
        raise ValueError("shape mismatch")
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]''',
     output=r'''```python
import unittest

def matrix_add(a, b):
    if len(a) != len(b) or any(len(x) != len(y) for x, y in zip(a, b)):
        raise ValueError("shape mismatch")
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]

class MatrixAddTests(unittest.TestCase):
    def test_adds_elementwise(self):
        self.assertEqual(matrix_add([[1, 2], [3, 4]], [[10, 20], [30, 40]]),
                         [[11, 22], [33, 44]])

    def test_inputs_not_modified(self):
        a, b = [[1]], [[2]]
        matrix_add(a, b)
        self.assertEqual((a, b), ([[1]], [[2]]))

    def test_empty_matrices(self):
        self.assertEqual(matrix_add([], []), [])

    def test_row_count_mismatch(self):
        with self.assertRaises(ValueError):
            matrix_add([[1], [2]], [[1]])

    def test_column_count_mismatch(self):
        with self.assertRaises(ValueError):
            matrix_add([[1, 2]], [[1]])

unittest.main(argv=["tests"], exit=False)
```
Both kinds of shape mismatch are tested separately, because `zip` would silently truncate either one if the check were missing. The tests also confirm the function returns a new matrix rather than mutating its inputs.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for normalize_vector.",
     input='''import math

def normalize_vector(v):
    length = math.sqrt(sum(x * x for x in v))
    if length == 0:
        raise ValueError("cannot normalize zero vector")
    return [x / length for x in v]''',
     output=r'''```python
import math
import unittest

def normalize_vector(v):
    length = math.sqrt(sum(x * x for x in v))
    if length == 0:
        raise ValueError("cannot normalize zero vector")
    return [x / length for x in v]

class NormalizeVectorTests(unittest.TestCase):
    def test_known_result(self):
        self.assertEqual(normalize_vector([3, 4]), [0.6, 0.8])

    def test_unit_length(self):
        for v in ([1, 1, 1], [-2, 0.5], [1e-3, 7, -9]):
            with self.subTest(v=v):
                n = normalize_vector(v)
                self.assertAlmostEqual(math.sqrt(sum(x * x for x in n)), 1.0)

    def test_direction_preserved(self):
        n = normalize_vector([2, -6])
        self.assertAlmostEqual(n[1] / n[0], -3.0)

    def test_zero_vector(self):
        with self.assertRaises(ValueError):
            normalize_vector([0, 0, 0])

unittest.main(argv=["tests"], exit=False)
```
Besides an exact 3-4-5 example, the tests assert the defining properties of normalisation: the result has length 1 and points the same way (component ratios unchanged). The zero vector is the one undefined input.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this histogram binning function.",
     input='''def histogram(values, bin_width):
    if bin_width <= 0:
        raise ValueError("bin width must be positive")
    bins = {}
    for v in values:
        start = (v // bin_width) * bin_width
        bins[start] = bins.get(start, 0) + 1
    return dict(sorted(bins.items()))''',
     output=r'''```python
import unittest

def histogram(values, bin_width):
    if bin_width <= 0:
        raise ValueError("bin width must be positive")
    bins = {}
    for v in values:
        start = (v // bin_width) * bin_width
        bins[start] = bins.get(start, 0) + 1
    return dict(sorted(bins.items()))

class HistogramTests(unittest.TestCase):
    def test_basic_bins(self):
        self.assertEqual(histogram([1, 4, 5, 9, 10], 5), {0: 2, 5: 2, 10: 1})

    def test_lower_edge_inclusive(self):
        self.assertEqual(histogram([5], 5), {5: 1})

    def test_negative_values_floor(self):
        self.assertEqual(histogram([-1, -5, -6], 5), {-10: 1, -5: 2})

    def test_counts_sum_to_len(self):
        data = [3, 17, 22, 22, 40, 8]
        self.assertEqual(sum(histogram(data, 10).values()), len(data))

    def test_keys_sorted(self):
        self.assertEqual(list(histogram([30, 0, 10], 10)), [0, 10, 30])

    def test_invalid_width(self):
        with self.assertRaises(ValueError):
            histogram([1], 0)

unittest.main(argv=["tests"], exit=False)
```
Negative values are the interesting case: floor division puts -1 in the bin starting at -5, not 0. The tests also confirm no value is lost (counts sum to the input length) and that bins come back in order.'''),
]
